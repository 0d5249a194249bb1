// The account list driven as a user would: filter menus and toggles, header
// clicks, Ctrl+C, Enter, saved filters; and the model's promise to load only
// the pages a view shows. Expected values come from listRecords, not from the
// query under test.
#include "DemoFixture.h"
#include "QtDoctest.h"

#include "demo/DemoData.h"
#include "store/Ids.h"
#include "store/Queries.h"
#include "ui/Workspace.h"
#include "ui/accounts/AccountFilterBar.h"
#include "ui/accounts/AccountListModel.h"
#include "ui/accounts/AccountListView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <memory>

using namespace summit;
using namespace summit::ui;
using query::AccountColumn;

namespace {

const QDate kToday(2026, 11, 23);

inline demo::Options demoOptions()
{
    demo::Options options;
    options.accounts = 12;
    options.today = kToday;
    return options;
}

struct Demo
{
    test::DemoFixture fixture{demoOptions()};
    std::unique_ptr<Workspace> workspace;
    std::vector<QVariantMap> accounts; // live accounts, as stored
    QString me;

    Demo()
    {
        QSettings().remove(QStringLiteral("accounts")); // no saved header or filters from another case
        me = fixture.summary.meId;
        workspace = std::make_unique<Workspace>(*fixture.store);
        workspace->setNow(QDateTime(kToday, QTime(10, 0)));
        accounts = listRecords(fixture.store->reader(), QStringLiteral("account")).value();
        REQUIRE(accounts.size() == 12);
    }

    QSet<QString> ids(const std::function<bool(const QVariantMap&)>& keep) const
    {
        QSet<QString> out;
        for (const QVariantMap& a : accounts)
            if (keep(a))
                out.insert(a.value(QStringLiteral("id")).toString());
        return out;
    }
};

QSet<QString> shownIds(const AccountListModel& model)
{
    QSet<QString> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.insert(model.accountId(row));
    return out;
}

QToolButton* buttonOf(QWidget& view, const char* actionName)
{
    auto* action = view.findChild<QAction*>(QLatin1String(actionName));
    REQUIRE(action);
    for (auto* button : view.findChildren<QToolButton*>())
        if (button->defaultAction() == action)
            return button;
    FAIL("no button for " << actionName);
    return nullptr;
}

void showActive(QWidget& view)
{
    view.resize(1200, 500);
    view.show();
    QApplication::setActiveWindow(&view);
    REQUIRE(QTest::qWaitForWindowActive(&view));
}

void clickHeader(QTableView* table, AccountColumn column)
{
    QHeaderView* header = table->horizontalHeader();
    const int section = static_cast<int>(column);
    const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

} // namespace

TEST_CASE("the tier menu narrows the list and the count follows")
{
    Demo d;
    AccountListView view(*d.workspace);
    CHECK(view.model()->rowCount() == 12);
    auto* label = view.findChild<QLabel*>(QStringLiteral("accountCount"));
    REQUIRE(label);
    CHECK(label->text().startsWith(QStringLiteral("12 ")));

    const QSet<QString> tierS =
        d.ids([](const QVariantMap& a) { return a.value(QStringLiteral("tier")) == "S"; });
    REQUIRE_FALSE(tierS.isEmpty());
    REQUIRE(tierS.size() < 12);
    auto* button = view.findChild<QToolButton*>(QStringLiteral("tierFilter"));
    REQUIRE(button);
    QAction* s = nullptr;
    for (QAction* a : button->menu()->actions())
        if (a->data() == QStringLiteral("S"))
            s = a;
    REQUIRE(s);
    s->trigger();
    CHECK(shownIds(*view.model()) == tierS);
    CHECK(view.filter().tiers == QSet<QString>{QStringLiteral("S")});
    CHECK(label->text().startsWith(QString::number(tierS.size()) + QLatin1Char(' ')));
    CHECK(button->text().contains(QStringLiteral("S")));

    // "Any" undoes the facet.
    button->menu()->actions().front()->trigger();
    CHECK(view.model()->rowCount() == 12);
}

TEST_CASE("Mine and Overdue toggles, and the name filter")
{
    Demo d;
    AccountListView view(*d.workspace);
    showActive(view);

    const QSet<QString> mine = d.ids([&](const QVariantMap& a) {
        return a.value(QStringLiteral("am_id")) == d.me || a.value(QStringLiteral("sa_id")) == d.me ||
               a.value(QStringLiteral("de_id")) == d.me;
    });
    REQUIRE_FALSE(mine.isEmpty());
    REQUIRE(mine.size() < 12);
    QTest::mouseClick(buttonOf(view, "mineFilter"), Qt::LeftButton);
    CHECK(view.filter().mine);
    CHECK(shownIds(*view.model()) == mine);
    QTest::mouseClick(buttonOf(view, "mineFilter"), Qt::LeftButton);
    CHECK(view.model()->rowCount() == 12);

    QSet<QString> overdue;
    // The demo leaves every account something overdue: three catch up on their tasks first.
    auto isOverdue = [](const QVariantMap& t) {
        return t.value(QStringLiteral("status")) == "open" &&
               QDate::fromString(t.value(QStringLiteral("due")).toString(), Qt::ISODate) < kToday;
    };
    std::vector<Operation> done;
    for (size_t i = 0; i < 3; ++i) {
        ListFilter of;
        of.accountId = d.accounts[i].value(QStringLiteral("id")).toString();
        const auto own = listRecords(d.fixture.store->reader(), QStringLiteral("task"), of);
        REQUIRE(own.isOk());
        for (const QVariantMap& t : own.value())
            if (isOverdue(t))
                done.push_back(Operation::set(QStringLiteral("task"),
                                              t.value(QStringLiteral("id")).toString(),
                                              {{QStringLiteral("status"), QStringLiteral("done")}}));
    }
    REQUIRE(d.workspace->apply({QStringLiteral("catch up"), done}));
    const auto tasks = listRecords(d.fixture.store->reader(), QStringLiteral("task"));
    REQUIRE(tasks.isOk());
    for (const QVariantMap& t : tasks.value())
        if (isOverdue(t))
            overdue.insert(t.value(QStringLiteral("account_id")).toString());
    REQUIRE_FALSE(overdue.isEmpty());
    REQUIRE(overdue.size() < 12);
    QTest::mouseClick(buttonOf(view, "overdueFilter"), Qt::LeftButton);
    CHECK(shownIds(*view.model()) == overdue);
    // Every overdue account shows its earliest open due date, in the past.
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        const QModelIndex due = view.model()->index(row, static_cast<int>(AccountColumn::NextActionDue));
        CHECK(due.data(AccountListModel::RawRole).toDate() < kToday);
        CHECK(due.data().toString() ==
              QLocale().toString(due.data(AccountListModel::RawRole).toDate(), QLocale::ShortFormat));
    }
    QTest::mouseClick(buttonOf(view, "overdueFilter"), Qt::LeftButton);

    // Ctrl+F goes to the name filter; typing narrows to 华为.
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_F, Qt::ControlModifier);
    auto* text = view.findChild<QLineEdit*>(QStringLiteral("textFilter"));
    REQUIRE(text);
    CHECK(text->hasFocus());
    // Typed as an input method delivers it (QTest::keyClicks takes Latin-1 only).
    for (const QChar c : QString::fromUtf8("华为")) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(text, &press);
    }
    CHECK(text->text() == QString::fromUtf8("华为"));
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.model()->index(0, 0).data().toString() == QString::fromUtf8("华为技术有限公司"));
}

TEST_CASE("clicking a header sorts through the model, both ways")
{
    Demo d;
    AccountListView view(*d.workspace);
    showActive(view);
    const int before = view.model()->pagesLoaded();
    clickHeader(view.table(), AccountColumn::OpenPipeline);
    CHECK(view.model()->sortOrder().column == AccountColumn::OpenPipeline);
    CHECK(view.model()->index(0, 0).data().isValid());
    CHECK(view.model()->pagesLoaded() > before); // re-queried, not sorted in memory

    for (int click = 0; click < 2; ++click) {
        const bool descending = view.model()->sortOrder().descending;
        CHECK(view.table()->horizontalHeader()->sortIndicatorOrder() ==
              (descending ? Qt::DescendingOrder : Qt::AscendingOrder));
        qint64 previous = descending ? std::numeric_limits<qint64>::max() : -1;
        QSet<qint64> distinct;
        for (int row = 0; row < 12; ++row) {
            const qint64 amount = view.model()
                                      ->index(row, static_cast<int>(AccountColumn::OpenPipeline))
                                      .data(AccountListModel::RawRole)
                                      .toLongLong();
            CHECK((descending ? amount <= previous : amount >= previous));
            previous = amount;
            distinct.insert(amount);
        }
        CHECK(distinct.size() > 2); // the order says something
        clickHeader(view.table(), AccountColumn::OpenPipeline);
        CHECK(view.model()->sortOrder().descending != descending);
    }
}

TEST_CASE("Ctrl+C copies the selected rows as tab-separated text with a header")
{
    Demo d;
    AccountListView view(*d.workspace);
    showActive(view);
    QTableView* table = view.table();
    table->setFocus();
    table->selectionModel()->select(view.model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(view.model()->index(3, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);

    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    const QStringList header = lines[0].split(QLatin1Char('\t'));
    REQUIRE(header.size() == query::kAccountColumnCount);
    CHECK(header[0] == QStringLiteral("Name"));
    CHECK(header[static_cast<int>(AccountColumn::OpenPipeline)] == QStringLiteral("Open pipeline"));
    for (int i = 0; i < 2; ++i) {
        const int row = i == 0 ? 1 : 3;
        const QStringList cells = lines[i + 1].split(QLatin1Char('\t'));
        REQUIRE(cells.size() == query::kAccountColumnCount);
        CHECK(cells[0] == view.model()->index(row, 0).data().toString());
        const int pipeline = static_cast<int>(AccountColumn::OpenPipeline);
        CHECK(cells[pipeline] == view.model()->index(row, pipeline).data().toString());
        CHECK(cells[pipeline].startsWith(QString::fromUtf8("¥")));
    }
}

TEST_CASE("Enter opens the current account")
{
    Demo d;
    AccountListView view(*d.workspace);
    showActive(view);
    QSignalSpy opened(d.workspace.get(), &Workspace::openAccountRequested);
    view.table()->setFocus();
    view.table()->setCurrentIndex(view.model()->index(2, 1));
    QTest::keyClick(view.table(), Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    const QString id = opened.front().front().toString();
    CHECK(id == view.model()->index(2, 0).data(AccountListModel::IdRole).toString());
    CHECK(d.ids([&](const QVariantMap& a) { return a.value(QStringLiteral("id")) == id; }).size() == 1);
}

TEST_CASE("the model loads only the pages it is asked for, and keeps a bounded cache")
{
    Demo d;
    AccountListModel model(*d.workspace);
    model.setPageSize(3);
    model.setMaxCachedPages(2);
    CHECK(model.rowCount() == 12);
    CHECK(model.pagesLoaded() == 0); // counting loads no rows
    auto name = [&](int row) {
        return model.index(row, 0).data().toString();
    };
    CHECK_FALSE(name(0).isEmpty());
    CHECK(model.pagesLoaded() == 1);
    name(2);
    CHECK(model.pagesLoaded() == 1); // same page
    name(11);
    CHECK(model.pagesLoaded() == 2); // the last page, not the ones between
    name(4);
    CHECK(model.pagesLoaded() == 3);
    name(10);
    CHECK(model.pagesLoaded() == 3); // still cached
    name(0);
    CHECK(model.pagesLoaded() == 4); // page 0 was the least recently used and was dropped

    // A view shows the first rows only: it must not load all four pages.
    AccountListView view(*d.workspace);
    view.model()->setPageSize(3);
    view.resize(900, 160);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const int loaded = view.model()->pagesLoaded();
    CHECK(loaded >= 1);
    CHECK(loaded < 4);
}

TEST_CASE("store changes refresh the list, keeping filter and sort")
{
    Demo d;
    AccountListView view(*d.workspace);
    view.table()->sortByColumn(static_cast<int>(AccountColumn::Contacts), Qt::DescendingOrder);
    AccountListModel* model = view.model();
    const QString top = model->accountId(0);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

    // A rename keeps the row count: the rows are re-read without a reset.
    const QString renamed = QString::fromUtf8("华为技术有限公司（改名）");
    REQUIRE(d.workspace->apply(
        {QStringLiteral("rename"),
         {Operation::set(QStringLiteral("account"), top, {{QStringLiteral("name"), renamed}})}}));
    CHECK(resets.isEmpty());
    CHECK_FALSE(changed.isEmpty());
    CHECK(model->index(0, 0).data().toString() == renamed);
    CHECK(model->sortOrder().column == AccountColumn::Contacts);

    // Deleting it changes the count: a reset, the sort kept.
    REQUIRE(
        d.workspace->apply({QStringLiteral("delete"), {Operation::remove(QStringLiteral("account"), top)}}));
    CHECK(resets.size() == 1);
    CHECK(model->rowCount() == 11);
    CHECK(model->accountId(0) != top);
    CHECK(model->sortOrder().descending);
    d.workspace->undoStack()->undo();
    CHECK(model->rowCount() == 12);
    CHECK(model->accountId(0) == top);
}

TEST_CASE("saved filters: save under a name, pick, delete")
{
    Demo d;
    AccountListView view(*d.workspace);
    view.setNamePrompt([](const QString&) { return QStringLiteral("My S accounts"); });
    query::AccountFilter f;
    f.tiers = {QStringLiteral("S")};
    f.mine = true;
    view.setFilter(f);
    const int narrowed = view.model()->rowCount();
    CHECK(narrowed < 12);
    QTest::mouseClick(view.findChild<QToolButton*>(QStringLiteral("saveFilter")), Qt::LeftButton);
    CHECK(QSettings()
              .value(QStringLiteral("accounts/savedFilters"))
              .toMap()
              .contains(QStringLiteral("My S accounts")));

    QTest::mouseClick(view.findChild<QToolButton*>(QStringLiteral("clearFilters")), Qt::LeftButton);
    CHECK(view.model()->rowCount() == 12);
    CHECK(view.filter() == query::AccountFilter{});

    auto* combo = view.findChild<QComboBox*>(QStringLiteral("savedFilters"));
    REQUIRE(combo);
    REQUIRE(combo->count() == 1);
    CHECK(combo->currentIndex() == -1); // the cleared filter is no saved one
    combo->setCurrentIndex(0);
    emit combo->activated(0);
    CHECK(view.filter().tiers == f.tiers);
    CHECK(view.filter().mine);
    CHECK(view.model()->rowCount() == narrowed);
    CHECK(buttonOf(view, "mineFilter")->isChecked());

    QTest::mouseClick(view.findChild<QToolButton*>(QStringLiteral("deleteFilter")), Qt::LeftButton);
    CHECK(combo->count() == 0);
    CHECK_FALSE(QSettings().contains(QStringLiteral("accounts/savedFilters")));
}

TEST_CASE("column order and widths are remembered")
{
    Demo d;
    {
        AccountListView view(*d.workspace);
        QHeaderView* header = view.table()->horizontalHeader();
        header->moveSection(static_cast<int>(AccountColumn::OpenPipeline), 1);
        header->resizeSection(static_cast<int>(AccountColumn::Region), 173);
    }
    AccountListView again(*d.workspace);
    QHeaderView* header = again.table()->horizontalHeader();
    CHECK(header->visualIndex(static_cast<int>(AccountColumn::OpenPipeline)) == 1);
    CHECK(header->sectionSize(static_cast<int>(AccountColumn::Region)) == 173);
}

TEST_CASE("an account custom field shown in lists is a column; a form-only one is not; they follow the store")
{
    Demo d;
    AccountListView view(*d.workspace);
    AccountListModel* m = view.model();
    CHECK(m->columnCount() == query::kAccountColumnCount);
    const QString first = d.accounts.front().value(QStringLiteral("id")).toString();
    auto apply = [&](const QString& entity, const QString& id, FieldValues fields) {
        const Status st =
            d.fixture.store->apply({QStringLiteral("edit"), {Operation::set(entity, id, std::move(fields))}});
        REQUIRE_MESSAGE(st.isOk(), st.message().toStdString());
    };
    const QString level = ids::newId();
    apply(QStringLiteral("field_def"), level,
          {{QStringLiteral("applies_to"), QStringLiteral("account")},
           {QStringLiteral("key"), QStringLiteral("partner_level")},
           {QStringLiteral("label"), QStringLiteral("Partner level")},
           {QStringLiteral("label_zh"), QString::fromUtf8("合作等级")},
           {QStringLiteral("value_type"), QStringLiteral("choice")},
           {QStringLiteral("choices"), QString::fromUtf8("战略\n核心\n一般")}});
    apply(QStringLiteral("field_def"), ids::newId(),
          {{QStringLiteral("applies_to"), QStringLiteral("account")},
           {QStringLiteral("key"), QStringLiteral("board_notes")},
           {QStringLiteral("label"), QStringLiteral("Board notes")},
           {QStringLiteral("value_type"), QStringLiteral("text")},
           {QStringLiteral("show_in"), QStringLiteral("form")}});
    apply(QStringLiteral("account"), first,
          {{QStringLiteral("partner_level"), QString::fromUtf8("战略")},
           {QStringLiteral("board_notes"), QStringLiteral("x")}});
    // The store's change reaches the model: one more column, after the built-in ones.
    REQUIRE(m->columnCount() == query::kAccountColumnCount + 1);
    const int column = query::kAccountColumnCount;
    CHECK(m->headerData(column, Qt::Horizontal).toString() == QStringLiteral("Partner level"));
    int row = -1;
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->accountId(r) == first)
            row = r;
    REQUIRE(row >= 0);
    CHECK(m->index(row, column).data().toString() == QString::fromUtf8("战略"));
    CHECK(m->index(row, column).data(AccountListModel::RawRole).toString() == QString::fromUtf8("战略"));
    CHECK(m->index(row == 0 ? 1 : 0, column).data().toString().isEmpty());
    // Removing the definition takes the column away; its values stay in the store.
    REQUIRE(d.fixture.store->apply(
        {QStringLiteral("remove"), {Operation::remove(QStringLiteral("field_def"), level)}}));
    CHECK(m->columnCount() == query::kAccountColumnCount);
}
