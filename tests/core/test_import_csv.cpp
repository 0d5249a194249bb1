// The CSV/TSV reader: RFC 4180 quoting, line ends, line numbers for messages, the
// encodings Excel and other programs write (detected or named), the delimiter, the
// limits, and a message for every way a file can be wrong.

#include "ImportTestHelpers.h"
#include "QtDoctest.h"
#include "import/CsvReader.h"

#include <QStringEncoder>

using namespace summit;
using namespace summit::import;
using summit::test::joined;
using summit::test::readAll;

namespace {

std::unique_ptr<CsvReader> open(const QByteArray& bytes, const ReadOptions& options = {},
                                const QString& name = QStringLiteral("客户.csv"))
{
    auto r = CsvReader::openData(bytes, name, options);
    REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
    return std::move(r.value());
}

QList<Row> rowsOf(const QByteArray& bytes, const ReadOptions& options = {})
{
    auto reader = open(bytes, options);
    const auto read = readAll(*reader);
    REQUIRE_MESSAGE(read.status.isOk(), read.status.message().toStdString());
    return read.rows;
}

QString readError(const QByteArray& bytes, const ReadOptions& options = {})
{
    auto reader = open(bytes, options);
    const auto read = readAll(*reader);
    REQUIRE_FALSE(read.status.isOk());
    return read.status.message();
}

QByteArray encoded(const QString& text, const char* encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

const QString sample = QStringLiteral("客户名称,联系人,备注\r\n华为技术有限公司,任正非,\"深圳, 龙岗\"\r\n"
                                      "中兴通讯,\"李\"\"经理\"\"\",\"第一行\r\n第二行\"\r\n腾讯,马化腾,\r\n");

} // namespace

TEST_CASE("Quoted fields keep their delimiters, line breaks and doubled quotes")
{
    const QList<Row> rows = rowsOf(sample.toUtf8());
    REQUIRE(rows.size() == 4);
    CHECK(joined(rows[0]) == QStringLiteral("客户名称|联系人|备注"));
    CHECK(joined(rows[1]) == QStringLiteral("华为技术有限公司|任正非|深圳, 龙岗"));
    CHECK(rows[2].cells[1].text() == QStringLiteral("李\"经理\""));
    CHECK(rows[2].cells[2].text() == QStringLiteral("第一行\n第二行"));
    CHECK(joined(rows[3]) == QStringLiteral("腾讯|马化腾")); // the empty last field is trimmed
    CHECK(rows[1].cells[0].kind() == Cell::Kind::Text);
    // Record numbers count records; lines count lines, so a multi-line field moves them apart.
    CHECK(rows[2].number == 3);
    CHECK(rows[2].line == 3);
    CHECK(rows[3].number == 4);
    CHECK(rows[3].line == 5);
}

TEST_CASE("CRLF, LF and CR line ends read alike, and blank lines are skipped but counted")
{
    const QString lf = QStringLiteral("a,b\n\n1,2\n,\n3,\"x\ny\"\n4,5");
    for (const QString& end : {QStringLiteral("\n"), QStringLiteral("\r\n"), QStringLiteral("\r")}) {
        QString text = lf;
        text.replace(QLatin1Char('\n'), end);
        const QList<Row> rows = rowsOf(text.toUtf8());
        REQUIRE(rows.size() == 4);
        CHECK(rows[1].number == 3);
        CHECK(rows[1].line == 3);
        CHECK(joined(rows[2]) == QStringLiteral("3|x\ny"));
        CHECK(rows[2].number == 5);
        CHECK(rows[3].number == 6);
        CHECK(rows[3].line == 7);
    }
}

TEST_CASE("Empty fields are empty cells, quoted text after a closing quote is kept, a lone quote is text")
{
    const QList<Row> rows = rowsOf("a,,\"\",b\n\"ab\"c,d\"e,\"\"\"\"\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].cells[1].kind() == Cell::Kind::Empty);
    CHECK(rows[0].cells[2].kind() == Cell::Kind::Empty);
    CHECK(joined(rows[0]) == QStringLiteral("a|||b"));
    CHECK(joined(rows[1]) == QStringLiteral("abc|d\"e|\""));
}

TEST_CASE("An unterminated quote at the end of the file names the line where it started")
{
    const QString message = readError("名称,备注\n华为,\"没有结束\n第三行\n第四行\n");
    CHECK(message.contains(QStringLiteral("line 2")));
    CHECK(message.contains(QStringLiteral("客户.csv")));
}

TEST_CASE("The delimiter is found among comma, semicolon and tab, or given")
{
    CHECK(detectDelimiter(u"a,b,c\n1,2,3\n", u',') == u',');
    CHECK(detectDelimiter(u"a;b;c\n1;2,5;3\n", u',') == u';');
    CHECK(detectDelimiter(u"a\tb\n1\t\"x,y,z\"\n", u',') == u'\t');
    CHECK(detectDelimiter(u"名称\n华为\n", u',') == u',');
    CHECK(detectDelimiter(u"名称\n华为\n", u'\t') == u'\t');
    CHECK(detectDelimiter(u"\"a;b\",c\n\"1;2\",3\n", u',') == u',');
    CHECK(detectDelimiter(u"a,b;c;d\n1,2;3;4\n5,6;7;8\n", u',') == u';');
    bool separatorLine = false;
    CHECK(detectDelimiter(u"sep=|\r\na|b\r\n", u',', &separatorLine) == u'|');
    CHECK(separatorLine);

    auto reader = open("sep=;\r\n名称;金额\r\n华为;1,5\r\n");
    CHECK(reader->delimiter() == u';');
    auto read = readAll(*reader);
    REQUIRE(read.status.isOk());
    REQUIRE(read.rows.size() == 2);
    CHECK(read.rows[0].number == 1);
    CHECK(read.rows[0].line == 2);
    CHECK(joined(read.rows[1]) == QStringLiteral("华为|1,5"));

    ReadOptions given;
    given.delimiter = u';';
    const QList<Row> rows = rowsOf("a;b,c\n", given);
    CHECK(joined(rows[0]) == QStringLiteral("a|b,c"));

    given.delimiter = u'"';
    auto quote = CsvReader::openData("a\n", QStringLiteral("x.csv"), given);
    REQUIRE_FALSE(quote.isOk());
    CHECK(quote.message().contains(QStringLiteral("x.csv")));

    reader = open("a\tb\n", {}, QStringLiteral("表.tsv"));
    CHECK(reader->delimiter() == u'\t');
    CHECK(reader->sheets().front().name == QStringLiteral("表"));
    CHECK(reader->formatName() == QStringLiteral("CSV"));
}

TEST_CASE("Encodings are detected: byte-order marks, then strict UTF-8, then GB18030")
{
    const QString text =
        QStringLiteral("客户名称,统一社会信用代码\r\n华为技术有限公司,914403001922038216\r\n");
    struct Case
    {
        QByteArray bytes;
        const char* name;
        int mark;
    };
    const QList<Case> cases = {
        {"\xEF\xBB\xBF" + text.toUtf8(), "UTF-8", 3},
        {text.toUtf8(), "UTF-8", 0},
        {encoded(text, "GB18030"), "GB18030", 0},
        {"\xFF\xFE" + encoded(text, "UTF-16LE"), "UTF-16LE", 2},
        {"\xFE\xFF" + encoded(text, "UTF-16BE"), "UTF-16BE", 2},
        {encoded(text, "UTF-16LE"), "UTF-16LE", 0}, // no mark: told by its NUL bytes
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        auto reader = open(c.bytes);
        CHECK(reader->encoding().name == QLatin1String(c.name));
        CHECK(reader->encoding().byteOrderMark == c.mark);
        CHECK(reader->encoding().detected);
        const auto read = readAll(*reader);
        REQUIRE(read.status.isOk());
        REQUIRE(read.rows.size() == 2);
        CHECK(joined(read.rows[0]) == QStringLiteral("客户名称|统一社会信用代码"));
        CHECK(joined(read.rows[1]) == QStringLiteral("华为技术有限公司|914403001922038216"));
    }
}

TEST_CASE("A named encoding is used as given, and one the file is not written in is reported by line")
{
    const QByteArray gb = encoded(QStringLiteral("名称\r\nabc\r\n华为\r\n"), "GB18030");
    ReadOptions gbk;
    gbk.encoding = QStringLiteral("gbk");
    auto reader = open(gb, gbk);
    CHECK(reader->encoding().name == QStringLiteral("GBK"));
    CHECK_FALSE(reader->encoding().detected);
    CHECK(joined(readAll(*reader).rows[2]) == QStringLiteral("华为"));

    ReadOptions utf8;
    utf8.encoding = QStringLiteral("UTF-8");
    QString message = readError(gb, utf8);
    CHECK(message.contains(QStringLiteral("line 1")));
    CHECK(message.contains(QStringLiteral("UTF-8")));
    message = readError(encoded(QStringLiteral("a\r\nb\r\n华为\r\n"), "GB18030"), utf8);
    CHECK(message.contains(QStringLiteral("line 3")));

    // A UTF-8 byte-order mark in front of GBK bytes.
    message = readError("\xEF\xBB\xBF" + encoded(QStringLiteral("a\nb\nc\n华为\n"), "GB18030"));
    CHECK(message.contains(QStringLiteral("line 4")));

    // Bytes that are neither UTF-8 nor GB18030.
    message = readError("a\nb\n\x80\x80\n");
    CHECK(message.contains(QStringLiteral("line 3")));
    CHECK(message.contains(QStringLiteral("GB18030")));

    ReadOptions unknown;
    unknown.encoding = QStringLiteral("latin-9");
    auto bad = CsvReader::openData("a\n", QStringLiteral("x.csv"), unknown);
    REQUIRE_FALSE(bad.isOk());
    CHECK(bad.message().contains(QStringLiteral("latin-9")));
    CHECK(canonicalEncoding(QStringLiteral("utf_16le")) == QStringLiteral("UTF-16LE"));
    CHECK(canonicalEncoding(QStringLiteral("CP936")) == QStringLiteral("GBK"));
}

TEST_CASE("Records that cross the reader's 64 KB chunks read the same in every encoding")
{
    QString text;
    for (int i = 1; i <= 6000; ++i)
        text += QStringLiteral("第%1家客户,\"地址\r\n第二行, %1号\",\"说\"\"好\"\"\"\r\n").arg(i);
    for (const char* encoding : {"UTF-8", "GB18030", "UTF-16LE"}) {
        CAPTURE(encoding);
        QByteArray bytes = encoded(text, encoding);
        if (QByteArrayView(encoding) == "UTF-16LE")
            bytes.prepend("\xFF\xFE");
        REQUIRE(bytes.size() > 3 * (1 << 16));
        const QList<Row> rows = rowsOf(bytes);
        REQUIRE(rows.size() == 6000);
        for (int i : {0, 1000, 4567, 5999}) {
            CHECK(rows[i].number == i + 1);
            CHECK(rows[i].line == 2 * i + 1);
            CHECK(joined(rows[i]) == QStringLiteral("第%1家客户|地址\n第二行, %1号|说\"好\"").arg(i + 1));
        }
    }
}

TEST_CASE("Row, field and column limits stop the read with a message naming the place")
{
    ReadOptions few;
    few.limits.maxRows = 3;
    CHECK(readError("a\nb\nc\nd\n", few).contains(QStringLiteral("more than 3 rows")));
    CHECK(rowsOf("a\nb\nc\n", few).size() == 3);

    ReadOptions shortFields;
    shortFields.limits.maxCellChars = 5;
    QString message = readError("a,b\nc,123456\n", shortFields);
    CHECK(message.contains(QStringLiteral("row 2")));
    CHECK(message.contains(QStringLiteral("column B")));
    CHECK(message.contains(QStringLiteral("line 2")));
    // A quote that never closes swallows the file into one field: the message says where it opened.
    message = readError("a\n\"b\n1\n2\n3\n4\n5\n", shortFields);
    CHECK(message.contains(QStringLiteral("line 2")));

    ReadOptions narrow;
    narrow.limits.maxColumns = 2;
    CHECK(readError("a,b,c\n", narrow).contains(QStringLiteral("more than 2 columns")));
}

TEST_CASE("A read can be cancelled, and reports its progress in bytes")
{
    QByteArray bytes;
    for (int i = 0; i < 30000; ++i)
        bytes += "客户" + QByteArray::number(i) + ",联系人\n";
    ReadOptions options;
    qint64 lastDone = 0, lastTotal = 0;
    int calls = 0;
    options.onProgress = [&](qint64 done, qint64 total) {
        CHECK(done >= lastDone);
        lastDone = done;
        lastTotal = total;
        ++calls;
    };
    auto reader = open(bytes, options);
    int seen = 0;
    const Status s = reader->readSheet(0, [&](const Row&) { return ++seen < 10; });
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral("cancelled")));
    CHECK(reader->report().cancelled);
    lastDone = 0;
    REQUIRE(readAll(*reader).status.isOk());
    CHECK(calls > 2);
    CHECK(lastDone == bytes.size());
    CHECK(lastTotal == bytes.size());
}

TEST_CASE("Empty, blank and binary files are refused with a message")
{
    auto empty = CsvReader::openData({}, QStringLiteral("空.csv"));
    REQUIRE_FALSE(empty.isOk());
    CHECK(empty.message().contains(QStringLiteral("空.csv")));
    auto bom = CsvReader::openData("\xEF\xBB\xBF", QStringLiteral("空.csv"));
    REQUIRE_FALSE(bom.isOk());
    CHECK(bom.message().contains(QStringLiteral("empty")));
    CHECK(readError("\n\n,,\n\r\n").contains(QStringLiteral("no rows")));
    auto binary =
        CsvReader::openData(QByteArray("\x01\x00\x00\x00\x00\x00\x02\x00\x00", 9), QStringLiteral("x.csv"));
    REQUIRE_FALSE(binary.isOk());
    CHECK(binary.message().contains(QStringLiteral("not a text file")));
    auto reader = open("a\n");
    const Status noSheet = reader->readSheet(1, [](const Row&) { return true; });
    CHECK_FALSE(noSheet.isOk());
}
