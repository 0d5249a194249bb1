#pragma once
// File pickers and questions the shell asks, behind replaceable functions so
// that tests drive the real code without a modal dialog (as KeePassXC's GUI
// tests do with MessageBox::setNextAnswer).

#include "export/TableWriter.h"

#include <QString>
#include <functional>

class QWidget;

namespace summit::ui::prompts {

// Each returns the chosen path, or an empty string when cancelled.
extern std::function<QString(QWidget*)> openDatabaseFile;
extern std::function<QString(QWidget*)> newDatabaseFile;
// Where to save a report as PDF; `suggested` is the proposed file name. The
// returned path ends in .pdf (added when the person typed none).
extern std::function<QString(QWidget*, const QString& title, const QString& suggested)> savePdfFile;
// Where to save a report as an Excel workbook; the path ends in .xlsx.
extern std::function<QString(QWidget*, const QString& title, const QString& suggested)> saveXlsxFile;
// A file to export to, and for CSV its encoding.
struct ExportTarget
{
    ExportTarget(QString path = {}, exports::CsvEncoding encoding = exports::CsvEncoding::Utf8)
        : path(std::move(path)), encoding(encoding)
    {}
    QString path; // empty: cancelled
    exports::CsvEncoding encoding;
};
// Where to export a list named `title`: an .xlsx or .csv path, the extension
// following the type chosen in the dialog's filter; CSV in UTF-8 (with a
// byte-order mark) or GB18030 (older Excel and WPS), as chosen there too.
extern std::function<ExportTarget(QWidget*, const QString& title)> exportListFile;

// Asks whether to trust a new ssh host whose key has `fingerprint`; true: trust it.
extern std::function<bool(QWidget*, const QString& host, const QString& fingerprint)> trustSshHost;

} // namespace summit::ui::prompts
