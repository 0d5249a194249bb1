// Text from records is shown as text. A name, a summary or a note may come
// from a teammate's replica (or an imported file) and say anything: Qt shows a
// label or a tooltip whose text looks like HTML as HTML, so a record named
// "<b>…</b><img src=…>" would be drawn as markup, load a local image, or
// show a link that is not what it reads. Every page and every tab of an
// account is walked with such records in it; no label and no tooltip holding
// their text may be rich text.
#include "DemoFixture.h"
#include "QtDoctest.h"

#include "demo/DemoData.h"
#include "store/Queries.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"
#include "ui/account/AccountView.h"
#include "ui/common/PlainMessageBox.h"
#include "ui/common/PlainToolTips.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>
#include <memory>

using namespace summit;
using namespace summit::ui;

namespace {

const QDate kToday(2026, 5, 20);
// What every hostile text holds; it begins with a tag, so Qt's guess calls it rich text.
const QString kMark = QStringLiteral("<b>粗体</b>");
const QString kHostile =
    kMark + QStringLiteral("<img src=\"file:///etc/hostname\"><a href=\"http://x\">华为</a>");

demo::Options demoOptions()
{
    demo::Options options;
    options.accounts = 2;
    options.seed = 1;
    options.today = kToday;
    return options;
}

QString firstId(Store& store, const QString& entity, const QString& accountId = {})
{
    ListFilter f;
    f.accountId = accountId;
    auto r = listRecords(store.reader(), entity, f);
    REQUIRE(r.isOk());
    REQUIRE_FALSE(r.value().empty());
    return r.value().front().value(QStringLiteral("id")).toString();
}

// The demo book with an account, a contact, a unit, a deal and a follow-up whose texts are hostile.
struct HostileBook
{
    test::DemoFixture fixture{demoOptions()};
    QString account;

    HostileBook()
    {
        Store& store = *fixture.store;
        account = firstId(store, QStringLiteral("account"));
        REQUIRE(fixture.set(QStringLiteral("account"), account,
                            {{QStringLiteral("name"), kHostile}, {QStringLiteral("short_name"), kHostile}}));
        for (const char* entity : {"contact", "org_unit", "opportunity"}) {
            const QString e = QString::fromLatin1(entity);
            REQUIRE(fixture.set(e, firstId(store, e, account), {{QStringLiteral("name"), kHostile}}));
        }
        const QString followup = firstId(store, QStringLiteral("followup"), account);
        REQUIRE(fixture.set(QStringLiteral("followup"), followup, {{QStringLiteral("summary"), kHostile}}));
        // And today's, at the top of the follow-up list.
        fixture.add(
            QStringLiteral("followup"),
            {{QStringLiteral("account_id"), account},
             {QStringLiteral("type"), QStringLiteral("visit")},
             {QStringLiteral("at"), QDateTime(kToday, QTime(8, 0)).toUTC().toString(Qt::ISODateWithMs)},
             {QStringLiteral("author_id"), fixture.summary.meId},
             {QStringLiteral("summary"), kHostile}});
    }
};

bool holdsHostile(const QString& text)
{
    return text.contains(kMark) || text.contains(kMark.toHtmlEscaped());
}

// What a person reads: rich text as a text document renders it, plain text as it is.
QString readable(Qt::TextFormat format, const QString& text)
{
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text)))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// Asks for the tooltip at `pos` of `widget` as a hovering mouse would, and returns what it shows.
QString shownToolTip(QWidget* widget, const QPoint& pos)
{
    QToolTip::hideText();
    QHelpEvent help(QEvent::ToolTip, pos, widget->mapToGlobal(pos));
    QApplication::sendEvent(widget, &help);
    return QToolTip::isVisible() ? readable(Qt::AutoText, QToolTip::text()) : QString();
}

// Every label, tooltip and list row's tooltip under `root` that holds a hostile text must show it
// as written. Returns how many there were.
int checkShownAsText(QWidget* root, const char* where)
{
    int seen = 0;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisible() || !holdsHostile(label->text()))
            continue;
        ++seen;
        CHECK_MESSAGE(readable(label->textFormat(), label->text()).contains(kHostile),
                      where << ": label " << label->objectName().toStdString() << " does not show "
                            << label->text().toStdString() << " as written");
    }
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets << root;
    for (QWidget* w : widgets) {
        if (!w->isVisible() || !holdsHostile(w->toolTip()))
            continue;
        ++seen;
        CHECK_MESSAGE(shownToolTip(w, w->rect().center()).contains(kHostile),
                      where << ": the tooltip of " << w->metaObject()->className() << " "
                            << w->objectName().toStdString()
                            << " is not shown as written: " << w->toolTip().toStdString());
    }
    // Tooltips of the rows of every list, table and tree (top level, first 200 rows).
    for (QAbstractItemView* v : root->findChildren<QAbstractItemView*>()) {
        QAbstractItemModel* model = v->model();
        if (!model || !v->isVisible())
            continue;
        for (int r = 0; r < std::min(model->rowCount(), 200); ++r)
            for (int c = 0; c < model->columnCount(); ++c) {
                const QModelIndex index = model->index(r, c);
                const QString tip = index.data(Qt::ToolTipRole).toString();
                if (!holdsHostile(tip))
                    continue;
                v->scrollTo(index);
                const QRect rect = v->visualRect(index);
                if (rect.isEmpty() || !v->viewport()->rect().contains(rect.center()))
                    continue; // a column out of sight
                ++seen;
                CHECK_MESSAGE(shownToolTip(v->viewport(), rect.center()).contains(kHostile),
                              where << ": a row's tooltip in " << v->metaObject()->className() << " "
                                    << v->objectName().toStdString()
                                    << " is not shown as written: " << tip.toStdString());
            }
    }
    return seen;
}

} // namespace

TEST_CASE("an account's name, people, units, deals and follow-ups are shown as text on every tab")
{
    HostileBook book;
    installPlainToolTips(); // as the main window does
    Workspace workspace(*book.fixture.store);
    workspace.setNow(QDateTime(kToday, QTime(9, 30)));
    AccountView view(workspace, book.account);
    view.resize(1366, 768);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    int seen = 0;
    for (QTabWidget* tabs : view.findChildren<QTabWidget*>())
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(300); // tabs load as they are first shown
            seen += checkShownAsText(&view, qPrintable(tabs->tabText(i)));
        }
    CHECK(seen > 0); // the walk found the hostile texts it checks
}

TEST_CASE("the pages show records' text as text")
{
    HostileBook book;
    auto window = std::make_unique<MainWindow>(std::move(book.fixture.store));
    window->workspace().setNow(QDateTime(kToday, QTime(9, 30)));
    window->resize(1366, 768);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    int seen = 0;
    for (MainWindow::Page page :
         {MainWindow::Page::Today, MainWindow::Page::Dashboard, MainWindow::Page::Accounts,
          MainWindow::Page::Opportunities, MainWindow::Page::Tasks, MainWindow::Page::FollowUps,
          MainWindow::Page::Commerce, MainWindow::Page::Team, MainWindow::Page::Conflicts,
          MainWindow::Page::Trash}) {
        window->showPage(page);
        QTest::qWait(500);
        seen += checkShownAsText(window.get(), "a page");
    }
    CHECK(seen > 0);
    window.reset();
}

// What the next message box to open reads as, once `press` closes it.
struct BoxReading
{
    QString readable;
    Qt::TextFormat format = Qt::AutoText;
};
void readNextBox(BoxReading& reading, QMessageBox::StandardButton press)
{
    QTimer::singleShot(0, [&reading, press] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box);
        reading.format = box->textFormat();
        reading.readable = readable(box->textFormat(), box->text());
        box->button(press)->click();
    });
}

TEST_CASE("a question that quotes a record shows it as written")
{
    const QString question = QStringLiteral("Delete “%1”?").arg(kHostile);
    BoxReading box;
    readNextBox(box, QMessageBox::No);
    CHECK(askPlainQuestion(nullptr, QStringLiteral("Delete"), question) == QMessageBox::No);
    CHECK(box.format == Qt::PlainText);
    CHECK(box.readable == question);
}

TEST_CASE("a warning that quotes a message shows it as written")
{
    const QString message = QStringLiteral("Cannot write %1.xlsx: the disk is full.").arg(kHostile);
    BoxReading box;
    readNextBox(box, QMessageBox::Ok);
    showPlainMessage(nullptr, QStringLiteral("Export"), message);
    CHECK(box.format == Qt::PlainText);
    CHECK(box.readable == message);
}
