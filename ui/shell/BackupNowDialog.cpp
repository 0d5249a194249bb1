#include "ui/shell/BackupNowDialog.h"
#include "ui/UiText.h"

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

std::function<QString(QWidget*, const QString&)> BackupNowDialog::saveCopyFile =
    [](QWidget* parent, const QString& suggested) {
        return QFileDialog::getSaveFileName(
            parent, UiText::tr("Save a Copy of the Backup"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggested),
            UiText::tr("Summit databases (*.db);;All files (*)"));
    };

BackupNowDialog::BackupNowDialog(const QString& database, const QString& folder, QWidget* parent)
    : QDialog(parent), m_database(database)
{
    setWindowTitle(UiText::tr("Back Up Now"));
    m_message = new QLabel(UiText::tr("Backing up %1…").arg(QDir::toNativeSeparators(database)), this);
    m_message->setTextFormat(Qt::PlainText); // a path and an error, as written
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveCopy = buttons->addButton(UiText::tr("Save a Copy Elsewhere…"), QDialogButtonBox::ActionRole);
    m_saveCopy->setEnabled(false);
    connect(m_saveCopy, &QPushButton::clicked, this, [this] { saveCopy(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);

    const QString target = folder.isEmpty() ? backup::folderFor(database) : folder;
    const backup::Retention keep = m_keep = backup::retentionSetting();
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
        m_message->setText(UiText::tr("The backup failed: %1").arg(m_error));
        emit backupFinished(false);
        return;
    }
    const backup::Summary& s = m_made.summary;
    const QLocale locale;
    QString text =
        UiText::tr("Backed up to:") + QLatin1Char('\n') + QDir::toNativeSeparators(s.path) +
        QStringLiteral("\n\n") +
        UiText::tr("%1 · Accounts %2 · Contacts %3 · Follow-ups %4 · Opportunities %5 · Tasks %6")
            .arg(locale.formattedDataSize(s.bytes), locale.toString(s.accounts), locale.toString(s.contacts),
                 locale.toString(s.followUps), locale.toString(s.opportunities), locale.toString(s.tasks));
    if (!m_made.deleted.isEmpty())
        text += QStringLiteral("\n\n") +
                UiText::tr("Older backups removed: %1. Kept are the newest of each of the last "
                           "%2 days and of each of the last %3 weeks.")
                    .arg(m_made.deleted.size())
                    .arg(m_keep.days)
                    .arg(m_keep.weeks);
    m_message->setText(text);
    m_saveCopy->setEnabled(true);
    adjustSize(); // the result is longer than "Backing up…"
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
                           UiText::tr("Cannot save a copy to %1.").arg(QDir::toNativeSeparators(target)));
        return false;
    }
    m_message->setText(m_message->text() + QStringLiteral("\n\n") +
                       UiText::tr("A copy is saved to %1.").arg(QDir::toNativeSeparators(target)));
    adjustSize();
    return true;
}

} // namespace summit::ui
