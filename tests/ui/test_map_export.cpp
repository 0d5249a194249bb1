// Exports of the decision-chain map, checked the way a reader would: the PNG
// opens, the SVG is well-formed XML with the Chinese names as text, the PDF's
// text layer (pdftotext) holds the names, a big account spreads over more A4
// pages than A3 pages, and a failed export says where and leaves no file.
#define DOCTEST_CONFIG_IMPLEMENT
#include "QtDoctest.h"
#include "StoreFixture.h"

#include "demo/DemoData.h"
#include "map/DecisionChainMap.h"
#include "render/MapExport.h"
#include "render/MapPainter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <memory>

using namespace summit;

namespace {

const QDate kToday(2026, 5, 20);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// The demo book with two accounts, generated once for all cases.
struct Demo
{
    test::StoreFixture fixture;
    QString huawei;
    map::DecisionChainMap chart;

    Demo()
    {
        demo::Options options;
        options.accounts = 2;
        options.seed = 1;
        options.today = kToday;
        auto r = demo::generate(*fixture.store, options);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        huawei =
            fixture.store->reader()
                .scalar(QStringLiteral("SELECT id FROM accounts WHERE name = ?"), {s("华为技术有限公司")})
                .toString();
        REQUIRE_FALSE(huawei.isEmpty());
        map::MapOptions mo;
        mo.today = kToday;
        auto m = map::buildMap(fixture.store->reader(), huawei, mo);
        REQUIRE_MESSAGE(m.isOk(), m.message().toStdString());
        chart = m.value();
    }
};

std::unique_ptr<Demo> g_demo; // released before the application object goes

Demo& demoBook()
{
    if (!g_demo)
        g_demo = std::make_unique<Demo>();
    return *g_demo;
}

QString tool(const char* name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

// Output of a command line tool, or a null string if it failed.
QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    if (const QString pdfinfo = tool("pdfinfo"); !pdfinfo.isEmpty()) {
        const QString info = run(pdfinfo, {path});
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        if (m.hasMatch())
            return m.captured(1).toInt();
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QString raw = QString::fromLatin1(f.readAll());
    return int(raw.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?![s\\w])"))));
}

} // namespace

TEST_CASE("PNG: one sheet that opens, within the size limits")
{
    Demo& d = demoBook();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("华为.png"));
    const Status st = ui::exportMap(d.chart, path);
    REQUIRE_MESSAGE(st.isOk(), st.message().toStdString());
    QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() > 1000);
    CHECK(image.height() > 500);
    CHECK(image.width() <= 16000);
    CHECK(image.height() <= 16000);
    // Not a blank page: the title is dark ink near the top left.
    bool ink = false;
    for (int y = 0; y < std::min(image.height(), 200) && !ink; ++y)
        for (int x = 0; x < std::min(image.width(), 600) && !ink; ++x)
            ink = qGray(image.pixel(x, y)) < 100;
    CHECK(ink);

    ui::ExportOptions small;
    small.maxImageSide = 1500;
    const QString thumb = dir.filePath(QStringLiteral("small.PNG"));
    REQUIRE(ui::exportMap(d.chart, thumb, small).isOk());
    const QImage t(thumb);
    REQUIRE_FALSE(t.isNull());
    CHECK(std::max(t.width(), t.height()) <= 1500);
    CHECK(std::max(t.width(), t.height()) >= 1400);
}

TEST_CASE("SVG: well-formed, and the Chinese names are text")
{
    Demo& d = demoBook();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("map.svg"));
    const Status st = ui::exportMap(d.chart, path);
    REQUIRE_MESSAGE(st.isOk(), st.message().toStdString());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString text;
    int texts = 0;
    bool inText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text")) {
            inText = true;
            ++texts;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("text")) {
            inText = false;
            text += QLatin1Char('\n');
        } else if (xml.isCharacters() && inText) {
            text += xml.text();
        }
    }
    CHECK_MESSAGE(!xml.hasError(), xml.errorString().toStdString());
    CHECK(texts > 240);
    CHECK(text.contains(s("王建国")));
    CHECK(text.contains(s("华为技术有限公司")));
}

TEST_CASE("PDF: Chinese is selectable text; a big account is tiled, more pages on A4 than on A3")
{
    Demo& d = demoBook();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString a3 = dir.filePath(QStringLiteral("a3.pdf"));
    const QString a4 = dir.filePath(QStringLiteral("a4.pdf"));
    ui::ExportOptions o3;
    ui::ExportOptions o4;
    o4.paper = ui::ExportOptions::Paper::A4;
    Status st = ui::exportMap(d.chart, a3, o3);
    REQUIRE_MESSAGE(st.isOk(), st.message().toStdString());
    st = ui::exportMap(d.chart, a4, o4);
    REQUIRE_MESSAGE(st.isOk(), st.message().toStdString());

    const ui::PdfPlan plan3 = ui::planPdf(d.chart, o3);
    const ui::PdfPlan plan4 = ui::planPdf(d.chart, o4);
    CHECK(plan3.scale >= 0.6);
    CHECK(plan4.scale >= 0.6);
    CHECK(plan3.pageCount() > 1); // 240 people do not fit one A3 page at a readable scale
    const int pages3 = pdfPages(a3);
    const int pages4 = pdfPages(a4);
    CHECK(pages3 == plan3.pageCount());
    CHECK(pages4 == plan4.pageCount());
    CHECK(pages4 > pages3);
    // The tiles cover the whole map.
    QRectF covered;
    for (const QRectF& t : plan4.tiles)
        covered = covered.united(t);
    CHECK(covered.contains(d.chart.bounds));

    const QString pdftotext = tool("pdftotext");
    if (pdftotext.isEmpty()) {
        MESSAGE("pdftotext is not installed: the PDF text layer is not checked");
        return;
    }
    const QString text = run(pdftotext, {a3, QStringLiteral("-")});
    CHECK(text.contains(s("王建国")));
    CHECK(text.contains(s("华为技术有限公司")));
    CHECK(text.contains(QStringLiteral("2026-05-20"))); // digits copy out too
    // Radicals share glyphs with ideographs in CJK fonts; the text layer must say 长, not ⻓.
    const bool radicals = std::any_of(text.begin(), text.end(),
                                      [](QChar c) { return c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF; });
    CHECK_FALSE(radicals);
    const bool chairman = d.fixture.store->reader()
                              .scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE account_id = ?"
                                                     " AND title = ? AND deleted = 0"),
                                      {d.huawei, s("董事长")})
                              .toInt() > 0;
    if (chairman)
        CHECK(text.contains(s("董事长")));
}

TEST_CASE("PDF: a small map is one page")
{
    test::StoreFixture f;
    const QString acc = f.account(s("小米科技有限责任公司"));
    const QString unit = f.unit(acc, s("采购部"));
    f.contact(acc, s("雷军"), {{QStringLiteral("org_unit_id"), unit}});
    map::MapOptions mo;
    mo.today = kToday;
    auto m = map::buildMap(f.store->reader(), acc, mo);
    REQUIRE(m.isOk());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.pdf"));
    ui::ExportOptions o;
    o.paper = ui::ExportOptions::Paper::A4;
    REQUIRE(ui::exportMap(m.value(), path, o).isOk());
    CHECK(pdfPages(path) == 1);
    CHECK(ui::planPdf(m.value(), o).scale == doctest::Approx(1.0));
}

TEST_CASE("errors name the path and leave no file")
{
    Demo& d = demoBook();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const QString missing = dir.filePath(QStringLiteral("no/such/dir/map.pdf"));
    Status st = ui::exportMap(d.chart, missing);
    REQUIRE_FALSE(st.isOk());
    CHECK(st.message().contains(missing));
    CHECK_FALSE(QFileInfo::exists(missing));

    const QString unknown = dir.filePath(QStringLiteral("map.docx"));
    st = ui::exportMap(d.chart, unknown);
    REQUIRE_FALSE(st.isOk());
    CHECK(st.message().contains(unknown));
    CHECK_FALSE(QFileInfo::exists(unknown));

    const QString noSuffix = dir.filePath(QStringLiteral("map"));
    st = ui::exportMap(d.chart, noSuffix);
    REQUIRE_FALSE(st.isOk());
    CHECK(st.message().contains(noSuffix));

    // The target is a directory: refused, and the directory is untouched.
    const QString folder = dir.filePath(QStringLiteral("folder.png"));
    REQUIRE(QDir().mkpath(folder));
    st = ui::exportMap(d.chart, folder);
    REQUIRE_FALSE(st.isOk());
    CHECK(st.message().contains(folder));
    CHECK(QFileInfo(folder).isDir());

    // Nothing else was left behind in the directory (no temporary files either).
    QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    CHECK_MESSAGE(left.isEmpty(), left.join(QStringLiteral(", ")).toStdString());
}

TEST_CASE("the painter draws into any region of a device")
{
    Demo& d = demoBook();
    QImage image(800, 500, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        ui::MapPainter(d.chart).paint(p, QRectF(100, 100, 600, 300));
    }
    // Outside the region stays white; inside something was drawn.
    CHECK(image.pixel(50, 50) == qRgb(255, 255, 255));
    CHECK(image.pixel(750, 450) == qRgb(255, 255, 255));
    bool drawn = false;
    for (int y = 100; y < 400 && !drawn; ++y)
        for (int x = 100; x < 700 && !drawn; ++x)
            drawn = image.pixel(x, y) != qRgb(255, 255, 255);
    CHECK(drawn);
    CHECK_FALSE(ui::MapPainter::fontFamily().isEmpty());
}

int main(int argc, char** argv)
{
    qputenv("LANGUAGE", "en");
    QGuiApplication app(argc, argv);
    doctest::Context context(argc, argv);
    const int code = context.run();
    g_demo.reset();
    return code;
}
