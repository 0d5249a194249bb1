#include "ui/shell/RestoreBackupDialog.h"
#include "ui/UiText.h"
#include "ui/common/PlainMessageBox.h"

#include "backup/Backup.h"
#include "backup/Restore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace summit::ui {

namespace {
const int kPathRole = Qt::UserRole;
} // namespace

std::function<bool(QWidget*, const QString&)> RestoreBackupDialog::confirm = [](QWidget* parent,
                                                                                const QString& text) {
    QMessageBox box(QMessageBox::Question, UiText::tr("Restore from Backup"), text, QMessageBox::Cancel,
                    parent);
    QPushButton* go = box.addButton(UiText::tr("Restore"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel); // replacing the database needs a deliberate choice
    box.exec();
    return box.clickedButton() == go;
};

std::function<QString(QWidget*)> RestoreBackupDialog::otherFile = [](QWidget* parent) {
    return QFileDialog::getOpenFileName(parent, UiText::tr("Restore from a Backup File"), QString(),
                                        UiText::tr("Summit databases (*.db);;All files (*)"));
};

RestoreBackupDialog::RestoreBackupDialog(const QString& database, const QString& folder, bool team,
                                         QWidget* parent)
    : QDialog(parent), m_database(database), m_folder(folder), m_team(team)
{
    setWindowTitle(UiText::tr("Restore from Backup"));
    m_where = new QLabel(this);
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({UiText::tr("Made"), UiText::tr("Size"), UiText::tr("Accounts"),
                             UiText::tr("Contacts"), UiText::tr("Follow-ups"), UiText::tr("Opportunities"),
                             UiText::tr("Tasks")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false); // the counts stay under their headers
    m_list->setMinimumSize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 14);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(UiText::tr("&Restore…"), QDialogButtonBox::ActionRole);
    QPushButton* other = buttons->addButton(UiText::tr("&Other File…"), QDialogButtonBox::ActionRole);
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    connect(other, &QPushButton::clicked, this, [this] {
        const QString path = otherFile(this);
        if (!path.isEmpty())
            restoreFile(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](const QTreeWidgetItem* item) { m_restore->setEnabled(item && !item->isDisabled()); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { restoreSelected(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    reload();
}

void RestoreBackupDialog::reload()
{
    m_list->clear();
    const std::vector<backup::Listed> found = backup::list(m_folder);
    m_where->setText(found.empty()
                         ? UiText::tr("There are no backups of %1 in %2 yet.")
                               .arg(QFileInfo(m_database).fileName(), QDir::toNativeSeparators(m_folder))
                         : UiText::tr("Backups of %1 in %2, newest first.")
                               .arg(QFileInfo(m_database).fileName(), QDir::toNativeSeparators(m_folder)));
    const QLocale locale;
    for (const backup::Listed& item : found) {
        const backup::Summary& s = item.summary;
        auto* row = new QTreeWidgetItem(m_list);
        QString made = locale.toString(s.madeAt.toLocalTime(), QLocale::ShortFormat);
        if (backup::isKeptBeforeRestore(s.path))
            made += QLatin1Char(' ') + UiText::tr("(before a restore)");
        row->setText(MadeColumn, made);
        row->setText(SizeColumn, locale.formattedDataSize(s.bytes));
        row->setData(MadeColumn, kPathRole, s.path);
        for (int c = SizeColumn; c <= TasksColumn; ++c)
            row->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (!item.problem.isEmpty()) {
            // Listed so nothing hides, but it cannot be restored.
            row->setText(AccountsColumn, UiText::tr("unreadable"));
            row->setToolTip(MadeColumn, item.problem);
            row->setDisabled(true);
            continue;
        }
        row->setText(AccountsColumn, locale.toString(s.accounts));
        row->setText(ContactsColumn, locale.toString(s.contacts));
        row->setText(FollowUpsColumn, locale.toString(s.followUps));
        row->setText(OpportunitiesColumn, locale.toString(s.opportunities));
        row->setText(TasksColumn, locale.toString(s.tasks));
        row->setToolTip(MadeColumn, QDir::toNativeSeparators(s.path));
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (QTreeWidgetItem* row = m_list->topLevelItem(i); !row->isDisabled()) {
            m_list->setCurrentItem(row); // the newest that can be restored
            break;
        }
    m_restore->setEnabled(m_list->currentItem() != nullptr && !m_list->currentItem()->isDisabled());
    // Every column in view, without scrolling sideways.
    m_list->setMinimumWidth(
        std::max(m_list->minimumWidth(), m_list->header()->length() + 2 * m_list->frameWidth() +
                                             m_list->verticalScrollBar()->sizeHint().width()));
}

bool RestoreBackupDialog::restoreSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || item->isDisabled())
        return false;
    return restoreFile(item->data(MadeColumn, kPathRole).toString());
}

bool RestoreBackupDialog::restoreFile(const QString& path)
{
    QString made;
    if (auto s = backup::inspect(path); s)
        made = QLocale().toString(s.value().madeAt.toLocalTime(), QLocale::ShortFormat);
    QString text =
        UiText::tr("Replace the database %1 with the backup made %2?")
            .arg(QFileInfo(m_database).fileName(), made.isEmpty() ? QFileInfo(path).fileName() : made);
    text +=
        QStringLiteral("\n\n") +
        UiText::tr("The database as it is now is kept as a backup first, so you can go back to it from this "
                   "list. Summit closes the database, restores and reopens it.");
    if (m_team)
        text +=
            QStringLiteral("\n\n") +
            UiText::tr(
                "This database belongs to a team. After the restore it writes under a new replica id, and "
                "the next sync brings back everything the team has, including the changes this computer "
                "had already sent; changes it had not sent are only in the kept backup.");
    if (!confirm(this, text))
        return false;
    emit restoreRequested(path);
    accept();
    return true;
}

bool RestoreBackupDialog::restoreClosedDatabase(QWidget* parent, const QString& database)
{
    RestoreBackupDialog dialog(database, backup::folderFor(database), false, parent);
    QString chosen;
    connect(&dialog, &RestoreBackupDialog::restoreRequested, &dialog,
            [&chosen](const QString& file) { chosen = file; });
    if (dialog.exec() != QDialog::Accepted || chosen.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restored = backup::restore(chosen, database, backup::folderFor(database));
    QApplication::restoreOverrideCursor();
    if (!restored) {
        showPlainMessage(parent, UiText::tr("Restore from Backup"), restored.message());
        return false;
    }
    return true;
}

} // namespace summit::ui
