// The report packs from the desktop: the account view's Report button saves the
// account plan as PDF through the file prompt, the print preview paints the
// same pages on a QPrinter, both packs save as Excel workbooks, and the
// dashboard's source writes the team review of the period its filter shows.
#include "QtDoctest.h"
#include "StoreFixture.h"

#include "demo/DemoData.h"
#include "store/Queries.h"
#include "ui/Workspace.h"
#include "ui/account/AccountView.h"
#include "ui/report/ReportMenu.h"
#include "ui/report/ReportSources.h"
#include "ui/shell/FilePrompts.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QPrinter>
#include <QToolButton>
#include <memory>

using namespace summit;
using namespace summit::ui;

namespace {

const QDate kToday(2026, 11, 20);

QByteArray head(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(5) : QByteArray();
}

struct Book
{
    test::StoreFixture fixture;
    std::unique_ptr<Workspace> workspace;
    QString account;
    QString asked; // the title the save prompt was shown with

    Book()
    {
        demo::Options options;
        options.accounts = 2;
        options.seed = 1;
        options.today = kToday;
        auto r = demo::generate(*fixture.store, options);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        workspace = std::make_unique<Workspace>(*fixture.store);
        workspace->setNow(QDateTime(kToday, QTime(9, 30)));
        ListFilter f;
        auto accounts = listRecords(fixture.store->reader(), QStringLiteral("account"), f);
        REQUIRE(accounts);
        REQUIRE(!accounts.value().empty());
        account = accounts.value().front().value(QStringLiteral("id")).toString();
    }
    ~Book()
    {
        prompts::savePdfFile = nullptr;
        prompts::saveXlsxFile = nullptr;
        showPrintPreview = nullptr;
    }
    void answerSave(const QString& path)
    {
        prompts::savePdfFile = [this, path](QWidget*, const QString& title, const QString&) {
            asked = title;
            return path;
        };
    }
};

QAction* reportAction(QWidget& view, const char* button, const char* action)
{
    auto* b = view.findChild<QToolButton*>(QString::fromLatin1(button));
    REQUIRE(b);
    REQUIRE(b->menu());
    auto* a = b->menu()->findChild<QAction*>(QString::fromLatin1(action));
    REQUIRE(a);
    return a;
}

} // namespace

TEST_CASE("the account view's Report button saves the account plan as a PDF where the prompt says, or "
          "nothing when cancelled")
{
    Book book;
    AccountView view(*book.workspace, book.account);
    const QString path = book.fixture.dir.filePath(QStringLiteral("plan.pdf"));
    book.answerSave(QString());
    reportAction(view, "accountReport", "reportSavePdf")->trigger();
    CHECK_FALSE(QFile::exists(path));
    book.answerSave(path);
    reportAction(view, "accountReport", "reportSavePdf")->trigger();
    CHECK(book.asked == QStringLiteral("Account plan (PDF)…"));
    CHECK(head(path) == QByteArray("%PDF-"));
}

TEST_CASE("the print preview paints the account plan on a printer, the same pages as the PDF")
{
    Book book;
    AccountView view(*book.workspace, book.account);
    const QString path = book.fixture.dir.filePath(QStringLiteral("printed.pdf"));
    bool shown = false;
    showPrintPreview = [&](QWidget*, QPrinter& printer, const std::function<void(QPrinter*)>& paint) {
        shown = true;
        CHECK(printer.resolution() == 72); // the pages are laid out in points
        CHECK(printer.pageLayout().pageSize().id() == QPageSize::A4);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        paint(&printer);
    };
    reportAction(view, "accountReport", "reportPreview")->trigger();
    CHECK(shown);
    CHECK(head(path) == QByteArray("%PDF-"));
    CHECK(QFileInfo(path).size() > 10000);
}

TEST_CASE("the dashboard's report source writes the team review of the period and member its filter shows")
{
    Book book;
    query::DashboardFilter filter;
    filter.from = QDate(2026, 11, 16);
    filter.to = QDate(2026, 11, 22);
    const ReportSource source = teamReviewSource(*book.workspace, [&] { return filter; });
    const QString path = book.fixture.dir.filePath(QStringLiteral("review.pdf"));
    book.answerSave(path);
    saveReportPdf(source, nullptr);
    CHECK(book.asked == QStringLiteral("Team review (PDF)…"));
    CHECK(head(path) == QByteArray("%PDF-"));
}

TEST_CASE("both packs save as an Excel workbook from the same menu; the name proposed ends in .xlsx")
{
    Book book;
    AccountView view(*book.workspace, book.account);
    const QString path = book.fixture.dir.filePath(QStringLiteral("plan.xlsx"));
    QString title, suggested;
    prompts::saveXlsxFile = [&](QWidget*, const QString& t, const QString& s) {
        title = t;
        suggested = s;
        return path;
    };
    reportAction(view, "accountReport", "reportSaveXlsx")->trigger();
    CHECK(title == QStringLiteral("Account plan (Excel)…"));
    CHECK(suggested.endsWith(QStringLiteral(".xlsx")));
    CHECK(head(path).startsWith("PK")); // a zip: the workbook

    query::DashboardFilter filter;
    filter.from = QDate(2026, 11, 1);
    filter.to = QDate(2026, 11, 30);
    const ReportSource review = teamReviewSource(*book.workspace, [&] { return filter; });
    const QString reviewPath = book.fixture.dir.filePath(QStringLiteral("review.xlsx"));
    prompts::saveXlsxFile = [&](QWidget*, const QString& t, const QString&) {
        title = t;
        return reviewPath;
    };
    saveReportXlsx(review, nullptr);
    CHECK(title == QStringLiteral("Team review (Excel)…"));
    CHECK(head(reviewPath).startsWith("PK"));
    // Cancelled: nothing written.
    const QString none = book.fixture.dir.filePath(QStringLiteral("none.xlsx"));
    prompts::saveXlsxFile = [](QWidget*, const QString&, const QString&) {
        return QString();
    };
    saveReportXlsx(review, nullptr);
    CHECK_FALSE(QFile::exists(none));
}
