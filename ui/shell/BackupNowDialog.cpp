#include "ui/shell/BackupNowDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

namespace summit::ui {

std::function<QString(QWidget*, const QString&)> BackupNowDialog::saveCopyFile = [](QWidget* parent,
                                                                                  const QString& suggested) {
    return QFileDialog::getSaveFileName(
        parent, BackupNowDialog::tr("Save a Copy of the Backup"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggested),
        BackupNowDialog::tr("Summit databases (*.db);;All files (*)"));
};

BackupNowDialog::BackupNowDialog(const QString& database, const QString& folder, QWidget* parent)
    : QDialog(parent), m_database(database)
{
    setWindowTitle(tr("Back Up Now"));
    m_message = new QLabel(tr("Backing up %1…").arg(QDir::toNativeSeparators(database)), this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveCopy = buttons->addButton(tr("Save a Copy Elsewhere…"), QDialogButtonBox::ActionRole);
    m_saveCopy->setEnabled(false);
    connect(m_saveCopy, &QPushButton::clicked, this, [this] { saveCopy(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);

    const QString target = folder.isEmpty() ? backup::folderFor(database) : folder;
    const backup::Retention keep = backup::retentionSetting();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_thread = QThread::create([this, database, target, keep, now] {
        auto made = backup::backUpInto(database, target, keep, now);
        if (made)
            m_made = made.value();
        else
            m_error = made.message();
    });
    connect(m_thread, &QThread::finished, this, &BackupNowDialog::finish);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_thread->start();
}

BackupNowDialog::~BackupNowDialog()
{
    if (m_thread) {
        m_thread->wait(); // a backup takes seconds; leaving it half made helps nobody
        delete m_thread;
        QApplication::restoreOverrideCursor();
    }
}

void BackupNowDialog::finish()
{
    if (!m_thread)
        return;
    delete m_thread;
    m_thread = nullptr;
    QApplication::restoreOverrideCursor();
    if (!m_error.isEmpty()) {
        m_message->setText(tr("The backup failed: %1").arg(m_error));
        emit backupFinished(false);
        return;
    }
    const backup::Summary& s = m_made.summary;
    QString text = tr("Backed up to:\n%1\n\n%2 · %3, %4, %5, %6, %7.")
                       .arg(QDir::toNativeSeparators(s.path), QLocale().formattedDataSize(s.bytes),
                            tr("%n account(s)", nullptr, int(s.accounts)),
                            tr("%n contact(s)", nullptr, int(s.contacts)),
                            tr("%n follow-up(s)", nullptr, int(s.followUps)),
                            tr("%n opportunity(s)", nullptr, int(s.opportunities)),
                            tr("%n task(s)", nullptr, int(s.tasks)));
    if (!m_made.deleted.isEmpty())
        text += QStringLiteral("\n") + tr("%n older backup(s) removed; the newest of each of the last days "
                                          "and weeks are kept.",
                                          nullptr, int(m_made.deleted.size()));
    m_message->setText(text);
    m_saveCopy->setEnabled(true);
    emit backupFinished(true);
}

bool BackupNowDialog::saveCopy()
{
    if (backupPath().isEmpty())
        return false;
    const QString target = saveCopyFile(this, QFileInfo(backupPath()).fileName());
    if (target.isEmpty())
        return false;
    // The file picker has asked before replacing a file; QFile::copy will not replace one.
    if (QFileInfo(target).absoluteFilePath() != QFileInfo(backupPath()).absoluteFilePath())
        QFile::remove(target);
    if (!QFile::copy(backupPath(), target)) {
        m_message->setText(m_message->text() + QStringLiteral("\n\n") +
                           tr("Cannot save a copy to %1.").arg(QDir::toNativeSeparators(target)));
        return false;
    }
    m_message->setText(m_message->text() + QStringLiteral("\n\n") +
                       tr("A copy is saved to %1.").arg(QDir::toNativeSeparators(target)));
    return true;
}

} // namespace summit::ui
