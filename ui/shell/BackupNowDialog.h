#pragma once
// File ▸ Back Up Now: makes a backup of the open database in its backups
// folder (on a worker thread, with connections of its own), then says where it
// is and offers to save a copy elsewhere too (a USB stick, a shared drive).

#include "backup/Retention.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;
class QThread;

namespace summit::ui {

class BackupNowDialog : public QDialog
{
    Q_OBJECT
public:
    // Starts the backup of `database` into `folder` (its backups folder unless given) at once.
    explicit BackupNowDialog(const QString& database, const QString& folder = QString(),
                             QWidget* parent = nullptr);
    ~BackupNowDialog() override;

    bool isRunning() const { return m_thread != nullptr; }
    QString backupPath() const { return m_made.summary.path; } // empty until made
    QString errorText() const { return m_error; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* saveCopyButton() const { return m_saveCopy; }
    // Copies the backup to a file the user picks (saveCopyFile); true when saved.
    bool saveCopy();

    // Seam for tests: the file to save a copy to, or "" when cancelled.
    static std::function<QString(QWidget*, const QString& suggested)> saveCopyFile;

signals:
    void backupFinished(bool ok);

private:
    void finish();

    QString m_database;
    QLabel* m_message = nullptr;
    QPushButton* m_saveCopy = nullptr;
    QThread* m_thread = nullptr;
    backup::Made m_made;
    backup::Retention m_keep;
    QString m_error;
};

} // namespace summit::ui
