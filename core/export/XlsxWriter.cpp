#include "export/XlsxWriter.h"
#include "CoreText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>
#include <algorithm>
#include <cstdio>
#include <xlsxwriter.h>

namespace summit::exports {

namespace {

constexpr double kMinWidth = 6, kMaxWidth = 60;

bool wide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// The width a value takes on screen as the cell's format shows it.
int displayWidth(const Value& v)
{
    switch (v.kind) {
    case Value::Kind::Empty:
        return 0;
    case Value::Kind::Text: {
        int widest = 0;
        for (const QString& line : v.text.split(QLatin1Char('\n')))
            widest = std::max(widest, XlsxWriter::textWidth(line));
        return widest;
    }
    case Value::Kind::Number:
        return int(v.toText().size());
    case Value::Kind::Money: {
        const int digits = int(QString::number(std::abs(v.minor / 100)).size());
        return digits + (digits - 1) / 3 + 3 + (v.text.isEmpty() || v.text == QLatin1String("CNY") ? 1 : 4);
    }
    case Value::Kind::Date:
        return 10;
    case Value::Kind::DateTime:
        return 16;
    case Value::Kind::Boolean:
        return 5;
    }
    return 0;
}

lxw_datetime excelClock(const QDate& d, const QTime& t = QTime(0, 0))
{
    return {d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second() + t.msec() / 1000.0};
}

} // namespace

struct XlsxWriter::Book
{
    QString path;
    QTemporaryFile part; // where libxlsxwriter writes; renamed onto `path` by finish()
    lxw_workbook* workbook = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* header = nullptr;
    lxw_format* date = nullptr;
    lxw_format* dateTime = nullptr;
    QHash<QString, lxw_format*> money; // by currency code
    std::vector<double> widths;
    int row = 0;     // the next row to write
    int columns = 0; // of the header
    QByteArray utf8; // reused for every string written

    ~Book()
    {
        if (workbook)
            lxw_workbook_free(workbook);
    }
    lxw_format* moneyFormat(const QString& currency)
    {
        QString code = currency;
        code.removeIf(
            [](QChar c) { return c < QLatin1Char('A') || c > QLatin1Char('Z'); }); // ISO 4217 letters
        if (code.isEmpty())
            code = QStringLiteral("CNY");
        if (lxw_format* f = money.value(code))
            return f;
        lxw_format* f = workbook_add_format(workbook);
        const QString pattern = code == QLatin1String("CNY") ? QStringLiteral("\"\u00A5\"#,##0.00")
                                                             : QStringLiteral("#,##0.00 \"%1\"").arg(code);
        format_set_num_format(f, pattern.toUtf8().constData());
        money.insert(code, f);
        return f;
    }
    Status failed(lxw_error e) const
    {
        return Status::fail(
            CoreText::tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(e))));
    }
    // The column widths and the filter of the sheet being written.
    void endSheet()
    {
        for (size_t c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                                 std::clamp(widths[c], kMinWidth, kMaxWidth), nullptr);
        if (columns > 0)
            worksheet_autofilter(sheet, 0, 0, lxw_row_t(std::max(row - 1, 0)), lxw_col_t(columns - 1));
    }
    void widen(int column, double width)
    {
        if (column >= int(widths.size()))
            widths.resize(size_t(column) + 1, 0);
        widths[size_t(column)] = std::max(widths[size_t(column)], width);
    }
};

XlsxWriter::XlsxWriter(std::unique_ptr<Book> book) : m_book(std::move(book)) {}
XlsxWriter::~XlsxWriter() = default;

QString XlsxWriter::sheetNameFor(const QString& name)
{
    QString s = name;
    for (QChar& c : s)
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = QLatin1Char('_');
    while (s.startsWith(QLatin1Char('\'')))
        s.remove(0, 1);
    s = s.left(31);
    if (s.size() == 31 && s.back().isHighSurrogate())
        s.chop(1);
    while (s.endsWith(QLatin1Char('\'')))
        s.chop(1);
    return s.trimmed().isEmpty() ? QStringLiteral("Sheet1") : s;
}

int XlsxWriter::textWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += wide(c) ? 2 : 1;
    return width;
}

Result<std::unique_ptr<XlsxWriter>> XlsxWriter::open(const QString& path, const QString& sheetName)
{
    using R = Result<std::unique_ptr<XlsxWriter>>;
    auto book = std::make_unique<Book>();
    book->path = path;
    const QFileInfo info(path);
    book->part.setFileTemplate(info.dir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    if (!book->part.open())
        return R::fail(CoreText::tr("Cannot write %1: %2").arg(path, book->part.errorString()));
    book->part.close();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    book->workbook = workbook_new_opt(QFile::encodeName(book->part.fileName()).constData(), &options);
    if (!book->workbook)
        return R::fail(CoreText::tr("Cannot write %1: no room for temporary files.").arg(path));
    book->sheet = workbook_add_worksheet(book->workbook, sheetNameFor(sheetName).toUtf8().constData());
    if (!book->sheet)
        return R::fail(
            CoreText::tr("Cannot write %1: the sheet name \"%2\" is refused.").arg(path, sheetName));
    book->header = workbook_add_format(book->workbook);
    format_set_bold(book->header);
    book->date = workbook_add_format(book->workbook);
    format_set_num_format(book->date, "yyyy-mm-dd");
    book->dateTime = workbook_add_format(book->workbook);
    format_set_num_format(book->dateTime, "yyyy-mm-dd hh:mm");
    return std::unique_ptr<XlsxWriter>(new XlsxWriter(std::move(book)));
}

Status XlsxWriter::nextSheet(const QString& name)
{
    Book& b = *m_book;
    b.endSheet();
    b.sheet = workbook_add_worksheet(b.workbook, sheetNameFor(name).toUtf8().constData());
    if (!b.sheet)
        return Status::fail(
            CoreText::tr("Cannot write %1: the sheet name \"%2\" is refused.").arg(b.path, name));
    b.widths.clear();
    b.row = 0;
    b.columns = 0;
    return {};
}

Status XlsxWriter::writeHeader(const QStringList& headers)
{
    Book& b = *m_book;
    if (headers.size() > kMaxColumns)
        return Status::fail(CoreText::tr("Cannot write %1: %2 columns do not fit in one Excel sheet.")
                                .arg(b.path)
                                .arg(headers.size()));
    b.columns = int(headers.size());
    for (int c = 0; c < b.columns; ++c) {
        b.utf8 = headers[c].toUtf8();
        if (lxw_error e = worksheet_write_string(b.sheet, 0, lxw_col_t(c), b.utf8.constData(), b.header))
            return b.failed(e);
        b.widen(c, textWidth(headers[c]) * 1.1 + 3); // bold, and the filter's button
    }
    worksheet_freeze_panes(b.sheet, 1, 0);
    b.row = 1;
    return {};
}

Status XlsxWriter::writeRow(const std::vector<Value>& row)
{
    Book& b = *m_book;
    if (b.row >= kMaxRows)
        return Status::fail(CoreText::tr("Cannot write %1: more than %L2 rows do not fit in one Excel sheet; "
                                         "export fewer (one account) or write CSV.")
                                .arg(b.path)
                                .arg(kMaxRows - 1));
    const auto r = lxw_row_t(b.row);
    for (size_t i = 0; i < row.size() && int(i) < kMaxColumns; ++i) {
        const Value& v = row[i];
        const auto c = lxw_col_t(i);
        lxw_error e = LXW_NO_ERROR;
        switch (v.kind) {
        case Value::Kind::Empty:
            continue;
        case Value::Kind::Text:
            if (v.text.size() > kMaxText)
                return Status::fail(
                    CoreText::tr("Cannot write %1: row %2, column %3 holds %L4 characters; an "
                                 "Excel cell holds at most %L5. Write CSV instead.")
                        .arg(b.path)
                        .arg(b.row + 1)
                        .arg(i + 1)
                        .arg(v.text.size())
                        .arg(kMaxText));
            // A string cell, never a formula: worksheet_write_string stores text as it is.
            b.utf8 = v.text.toUtf8();
            e = worksheet_write_string(b.sheet, r, c, b.utf8.constData(), nullptr);
            break;
        case Value::Kind::Number:
            e = worksheet_write_number(b.sheet, r, c, v.number, nullptr);
            break;
        case Value::Kind::Money:
            e = worksheet_write_number(b.sheet, r, c, double(v.minor) / 100.0, b.moneyFormat(v.text));
            break;
        case Value::Kind::Date:
            if (v.date.year() < 1900) { // before Excel's calendar: the ISO text
                b.utf8 = v.toText().toUtf8();
                e = worksheet_write_string(b.sheet, r, c, b.utf8.constData(), nullptr);
            } else {
                lxw_datetime d = excelClock(v.date);
                e = worksheet_write_datetime(b.sheet, r, c, &d, b.date);
            }
            break;
        case Value::Kind::DateTime:
            if (v.clock.date().year() < 1900) {
                b.utf8 = v.toText().toUtf8();
                e = worksheet_write_string(b.sheet, r, c, b.utf8.constData(), nullptr);
            } else {
                lxw_datetime d = excelClock(v.clock.date(), v.clock.time());
                e = worksheet_write_datetime(b.sheet, r, c, &d, b.dateTime);
            }
            break;
        case Value::Kind::Boolean:
            e = worksheet_write_boolean(b.sheet, r, c, v.yes ? 1 : 0, nullptr);
            break;
        }
        if (e != LXW_NO_ERROR)
            return b.failed(e);
        b.widen(int(i), displayWidth(v) + 1);
    }
    ++b.row;
    return {};
}

Status XlsxWriter::finish()
{
    Book& b = *m_book;
    b.endSheet();
    const lxw_error e = workbook_close(b.workbook);
    b.workbook = nullptr; // freed by workbook_close, also when it fails
    if (e != LXW_NO_ERROR)
        return b.failed(e);
    QFile::setPermissions(b.part.fileName(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    // rename(2) replaces the old file in one step: a reader sees the old workbook or the new one.
    if (std::rename(QFile::encodeName(b.part.fileName()).constData(),
                    QFile::encodeName(b.path).constData()) != 0)
        return Status::fail(CoreText::tr("Cannot write %1: %2").arg(b.path, qt_error_string()));
    b.part.setAutoRemove(false);
    return {};
}

} // namespace summit::exports
