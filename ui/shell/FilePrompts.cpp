#include "ui/shell/FilePrompts.h"
#include "ui/UiText.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace summit::ui::prompts {

namespace {
QString databaseFilter()
{
    return UiText::tr("Summit databases (*.db *.summit);;All files (*)");
}
// Asks where to save a file of one type; the path ends in `suffix` (added when typed without).
QString saveFileEndingIn(QWidget* parent, const QString& title, const QString& suggested,
                         const QString& filter, const QString& suffix)
{
    QString path = QFileDialog::getSaveFileName(parent, title, suggested, filter);
    if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}
} // namespace

std::function<QString(QWidget*)> openDatabaseFile = [](QWidget* parent) {
    return QFileDialog::getOpenFileName(parent, UiText::tr("Open Database"), QString(), databaseFilter());
};

std::function<QString(QWidget*)> newDatabaseFile = [](QWidget* parent) {
    QString path =
        QFileDialog::getSaveFileName(parent, UiText::tr("New Database"), QString(), databaseFilter());
    if (!path.isEmpty() && !path.contains(QLatin1Char('.')))
        path += QStringLiteral(".db");
    return path;
};

std::function<QString(QWidget*, const QString&, const QString&)> savePdfFile =
    [](QWidget* parent, const QString& title, const QString& suggested) {
        return saveFileEndingIn(parent, title, suggested, UiText::tr("PDF documents (*.pdf)"),
                                QStringLiteral(".pdf"));
    };
std::function<QString(QWidget*, const QString&, const QString&)> saveXlsxFile =
    [](QWidget* parent, const QString& title, const QString& suggested) {
        return saveFileEndingIn(parent, title, suggested, UiText::tr("Excel workbook (*.xlsx)"),
                                QStringLiteral(".xlsx"));
    };
std::function<ExportTarget(QWidget*, const QString&)> exportListFile = [](QWidget* parent,
                                                                          const QString& title) {
    const QString xlsx = UiText::tr("Excel workbook (*.xlsx)");
    const QString csv = UiText::tr("CSV, UTF-8 (*.csv)");
    const QString gb18030 = UiText::tr("CSV, GB18030 for older Excel and WPS (*.csv)");
    QString chosen = xlsx;
    const QString suggestion =
        QStringLiteral("%1 %2.xlsx").arg(title, QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
    QString path =
        QFileDialog::getSaveFileName(parent, UiText::tr("Export %1").arg(title), suggestion,
                                     QStringList{xlsx, csv, gb18030}.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return ExportTarget();
    // The filter decides the format: a name typed without (or with the other) extension gets the right one.
    const bool isCsv = chosen == csv || chosen == gb18030;
    const QString ext = isCsv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    if (!path.endsWith(ext, Qt::CaseInsensitive)) {
        for (const QString& other : {QStringLiteral(".csv"), QStringLiteral(".xlsx")})
            if (path.endsWith(other, Qt::CaseInsensitive))
                path.chop(other.size());
        path += ext;
    }
    return ExportTarget(path, chosen == gb18030 ? exports::CsvEncoding::Gb18030 : exports::CsvEncoding::Utf8);
};

std::function<bool(QWidget*, const QString&, const QString&)> trustSshHost =
    [](QWidget* parent, const QString& host, const QString& fingerprint) {
        QMessageBox box(QMessageBox::Question, UiText::tr("New ssh Server"),
                        UiText::tr("This computer has never connected to %1 before.").arg(host),
                        QMessageBox::NoButton, parent);
        box.setInformativeText(
            UiText::tr("Its key fingerprint is:\n%1\n\nCompare it with the fingerprint the server's "
                       "administrator gives you. Trust the server only if they are the same; Summit "
                       "then remembers it in ~/.ssh/known_hosts.")
                .arg(fingerprint));
        QPushButton* trust = box.addButton(UiText::tr("Trust This Server"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel); // trusting needs a deliberate choice
        box.exec();
        return box.clickedButton() == trust;
    };

} // namespace summit::ui::prompts
