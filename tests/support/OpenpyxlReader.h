#pragma once
// An independent reader for the workbooks Summit writes: python3 with openpyxl,
// run as a child process, answers with every cell's type, value, number format
// and boldness, and the sheet's title, frozen pane, autofilter and column widths,
// as JSON. Tests skip (with a message) only when no python3 with openpyxl is found.
//
// Debian's openpyxl is installed for /usr/bin/python3; a python3 earlier on PATH
// (pyenv) may lack it, so both are tried.

#include <doctest/doctest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <optional>

namespace summit::test {

// The python3 that imports openpyxl, or empty when there is none.
inline QString openpyxlPython()
{
    static const QString found = [] {
        QStringList candidates = {QStringLiteral("/usr/bin/python3")};
        if (const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
            !onPath.isEmpty())
            candidates << onPath;
        for (const QString& python : candidates) {
            QProcess p;
            p.start(python, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
            if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
                return python;
        }
        return QString();
    }();
    return found;
}

// Each sheet: {"title", "freeze", "filter", "widths": {"A": 12.0}, "rows": [[cell, ...], ...]}
// with each cell {"type": openpyxl's data_type ("s", "n", "b", "d", "f"), "value": …,
// "format": the number format, "bold": true|false}; dates and times as ISO text.
// `maxRows` cuts each sheet's rows (the column widths and the filter still cover it all).
inline QJsonArray readWithOpenpyxl(const QString& path, int maxRows = 200)
{
    static const char* script = R"PY(
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows(max_row=min(ws.max_row, int(sys.argv[2]))):
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
                v = v.isoformat()
            cells.append({"type": c.data_type, "value": v, "format": c.number_format,
                          "bold": bool(c.font and c.font.b)})
        rows.append(cells)
    widths = {k: d.width for k, d in ws.column_dimensions.items() if d.width}
    out.append({"title": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                "max_row": ws.max_row, "max_column": ws.max_column, "widths": widths, "rows": rows})
json.dump(out, sys.stdout, ensure_ascii=False)
)PY";
    QProcess p;
    p.start(openpyxlPython(),
            {QStringLiteral("-c"), QString::fromUtf8(script), path, QString::number(maxRows)});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        FAIL_CHECK("openpyxl could not read " << path.toStdString() << ": "
                                              << p.readAllStandardError().toStdString());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
}

} // namespace summit::test
