#pragma once
// File ▸ Restore from Backup: the backups of the open database, newest first,
// each with its date, size and record counts. Restoring one asks first, says
// that the database as it is now is kept as a backup, and hands the file to
// the main window (restoreRequested), which closes the database, restores and
// reopens it. A file that cannot be read is listed with the reason, and cannot
// be chosen.

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace summit::ui {

class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    // `team`: the open database replicates (the question then says what that means).
    RestoreBackupDialog(const QString& database, const QString& folder, bool team, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QPushButton* restoreButton() const { return m_restore; }
    // Re-reads the folder.
    void reload();
    // Asks (confirm), then emits restoreRequested and accepts; false when declined or nothing is chosen.
    bool restoreSelected();
    bool restoreFile(const QString& path);

    enum Column
    {
        MadeColumn,
        SizeColumn,
        AccountsColumn,
        ContactsColumn,
        FollowUpsColumn,
        OpportunitiesColumn,
        TasksColumn,
    };

    // Seams for tests: the question before a restore (true: go ahead), and the
    // file picked by "Other File…" ("" when cancelled).
    static std::function<bool(QWidget*, const QString& text)> confirm;
    static std::function<QString(QWidget*)> otherFile;

    // For a database that cannot be opened (a damaged file): the dialog over
    // the backups of `database`, and the chosen backup restored in its place
    // (the damaged file is kept, byte for byte). True when it was restored.
    // The store of `database` must not be open.
    static bool restoreClosedDatabase(QWidget* parent, const QString& database);

signals:
    void restoreRequested(const QString& backupFile);

private:
    QString m_database;
    QString m_folder;
    bool m_team = false;
    QTreeWidget* m_list = nullptr;
    QLabel* m_where = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace summit::ui
