// Ctrl+K search on a small demo book, typed into the real field: Chinese and
// pinyin initials find the account first under Accounts, a person groups under
// Contacts with the account beside, Up/Down/Enter/Esc work from the keyboard.
#include "QtDoctest.h"

#include "demo/DemoData.h"
#include "store/Queries.h"
#include "store/Store.h"
#include "ui/Workspace.h"
#include "ui/search/GlobalSearch.h"

#include <QFrame>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace summit;
using namespace summit::ui;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

struct SearchBook
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<Workspace> workspace;
    QWidget window;
    GlobalSearch* search = nullptr;

    SearchBook()
    {
        REQUIRE(dir.isValid());
        auto r = Store::open(dir.filePath(QStringLiteral("search.db")));
        REQUIRE(r);
        store = std::move(r.value());
        demo::Options o;
        o.accounts = 3;
        o.today = QDate(2026, 5, 20);
        REQUIRE(demo::generate(*store, o));
        workspace = std::make_unique<Workspace>(*store);
        search = new GlobalSearch(*workspace, &window);
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(search->field());
        layout->addStretch(1);
        window.resize(600, 400);
        window.show();
        // The popup closes when the field loses focus, so the window must be the
        // active one before typing (under load, activation can lag the exposure).
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    // Types like a person and waits for the debounced search.
    void type(const QString& text)
    {
        search->activate();
        search->field()->clear();
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClick(search->field(), c.toLatin1());
            } else {
                // Chinese arrives through the input method, committed character by character.
                QInputMethodEvent commit;
                commit.setCommitString(c);
                QCoreApplication::sendEvent(search->field(), &commit);
            }
        }
        CHECK(search->results()->topLevelItemCount() == 0); // not yet: debounced
        REQUIRE(QTest::qWaitFor([&] { return search->results()->topLevelItemCount() > 0; }, 2000));
    }

    QTreeWidgetItem* group(const QString& heading) const
    {
        for (int i = 0; i < search->results()->topLevelItemCount(); ++i)
            if (search->results()->topLevelItem(i)->text(0) == heading)
                return search->results()->topLevelItem(i);
        return nullptr;
    }

    QString idOf(const QString& entity, const QString& name)
    {
        ListFilter f;
        f.equals.insert(QStringLiteral("name"), name);
        auto r = listRecords(store->reader(), entity, f);
        REQUIRE(r);
        REQUIRE(!r.value().empty());
        return r.value().front().value(QStringLiteral("id")).toString();
    }
};

} // namespace

TEST_CASE("华为 and hw find the account first under Accounts; Enter opens it")
{
    SearchBook book;
    const QString huawei = book.idOf(QStringLiteral("account"), s("华为技术有限公司"));
    for (const QString& query : {s("华为"), QStringLiteral("hw")}) {
        CAPTURE(query);
        book.type(query);
        CHECK(book.search->popup()->isVisible());
        QTreeWidgetItem* accounts = book.search->results()->topLevelItem(0);
        REQUIRE(accounts);
        CHECK(accounts->text(0) == QStringLiteral("Accounts"));
        CHECK_FALSE(accounts->flags().testFlag(Qt::ItemIsSelectable)); // a heading
        REQUIRE(accounts->childCount() > 0);
        CHECK(accounts->child(0)->text(0) == s("华为技术有限公司"));
        CHECK(book.search->results()->currentItem() == accounts->child(0));

        QSignalSpy opened(book.workspace.get(), &Workspace::openAccountRequested);
        QTest::keyClick(book.search->field(), Qt::Key_Return);
        REQUIRE(opened.count() == 1);
        CHECK(opened.at(0).at(0).toString() == huawei);
        CHECK_FALSE(book.search->popup()->isVisible());
    }
}

TEST_CASE("a contact groups under Contacts with the account beside it; Down and Enter open it")
{
    SearchBook book;
    const QString contact = book.idOf(QStringLiteral("contact"), s("王建国"));
    book.type(s("王建国"));
    QTreeWidgetItem* contacts = book.group(QStringLiteral("Contacts"));
    REQUIRE(contacts);
    CHECK_FALSE(book.group(QStringLiteral("Accounts")));
    int row = -1;
    for (int i = 0; i < contacts->childCount(); ++i)
        if (contacts->child(i)->data(0, Qt::UserRole).toString() == contact)
            row = i;
    REQUIRE(row >= 0);
    CHECK(contacts->child(row)->text(0) == s("王建国"));
    CHECK(contacts->child(row)->text(1) == s("华为技术有限公司"));

    // From the first hit, Down moves hit by hit (headings are skipped) to the contact.
    QTreeWidgetItem* first = book.search->results()->currentItem();
    REQUIRE(first);
    QTest::keyClick(book.search->field(), Qt::Key_Up); // already at the top: stays
    CHECK(book.search->results()->currentItem() == first);
    for (QTreeWidgetItem* at = first; at != contacts->child(row);
         at = book.search->results()->currentItem()) {
        QTest::keyClick(book.search->field(), Qt::Key_Down);
        REQUIRE(book.search->results()->currentItem() != at);
        CHECK(book.search->results()->currentItem()->parent()); // never a heading
    }
    CHECK(book.search->results()->currentItem() == contacts->child(row));

    QSignalSpy opened(book.workspace.get(), &Workspace::openRecordRequested);
    QTest::keyClick(book.search->field(), Qt::Key_Enter);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toString() == contact);
}

TEST_CASE("Esc closes the drop-down; no match says so; an empty field shows nothing")
{
    SearchBook book;
    book.type(s("华为"));
    CHECK(book.search->popup()->isVisible());
    QTest::keyClick(book.search->field(), Qt::Key_Escape);
    CHECK_FALSE(book.search->popup()->isVisible());

    book.type(QStringLiteral("zzqqxx"));
    REQUIRE(book.search->results()->topLevelItemCount() == 1);
    CHECK(book.search->results()->topLevelItem(0)->text(0) == s("No matches for “zzqqxx”"));
    QSignalSpy opened(book.workspace.get(), &Workspace::openRecordRequested);
    QTest::keyClick(book.search->field(), Qt::Key_Return);
    CHECK(opened.count() == 0);

    book.search->field()->clear();
    CHECK(book.search->results()->topLevelItemCount() == 0);
    CHECK_FALSE(book.search->popup()->isVisible());
}
