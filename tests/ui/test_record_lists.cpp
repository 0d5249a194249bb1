// The Tasks, Follow-ups and Opportunities pages: filters (open/done, mine,
// type, stage), sorting by the header with the id breaking ties, paging 200
// rows at a time without losing or repeating a row, Enter opening the record; a list
// that opened empty fits its columns to its first rows.
#include "QtDoctest.h"

#include "store/Ids.h"
#include "store/Store.h"
#include "ui/Workspace.h"
#include "ui/lists/RecordListModel.h"
#include "ui/lists/RecordListView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHeaderView>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace summit;
using namespace summit::ui;

namespace {

const QDate kToday(2026, 5, 20);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

struct ListBook
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<Workspace> workspace;
    QString me, mate, huawei, mobile;

    ListBook()
    {
        REQUIRE(dir.isValid());
        auto r = Store::open(dir.filePath(QStringLiteral("lists.db")));
        REQUIRE(r);
        store = std::move(r.value());
        me = add(QStringLiteral("member"), {{QStringLiteral("name"), s("李明")}});
        mate = add(QStringLiteral("member"), {{QStringLiteral("name"), s("张伟")}});
        store->setAuthor(me);
        workspace = std::make_unique<Workspace>(*store);
        huawei = add(QStringLiteral("account"), {{QStringLiteral("name"), s("华为技术有限公司")}});
        mobile = add(QStringLiteral("account"), {{QStringLiteral("name"), s("中国移动通信集团有限公司")}});
    }
    QString add(const QString& entity, FieldValues fields)
    {
        const QString id = ids::newId();
        REQUIRE(store->apply({QStringLiteral("add"), {Operation::set(entity, id, std::move(fields))}}));
        return id;
    }
    // Many records in one change; returns their ids.
    QStringList addMany(const QString& entity, int n, const std::function<FieldValues(int)>& fields)
    {
        Change c{QStringLiteral("bulk"), {}};
        QStringList idList;
        for (int i = 0; i < n; ++i) {
            idList << ids::newId();
            c.ops.push_back(Operation::set(entity, idList.back(), fields(i)));
        }
        REQUIRE(store->apply(c, ApplyOptions{false}));
        return idList;
    }
    QString task(const QString& title, int due, const QString& assignee, const QString& status,
                 const QString& account)
    {
        return add(QStringLiteral("task"),
                   {{QStringLiteral("title"), title},
                    {QStringLiteral("due"), kToday.addDays(due).toString(Qt::ISODate)},
                    {QStringLiteral("assignee_id"), assignee},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("account_id"), account}});
    }
};

QStringList column(const RecordListModel* model, int col)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, col).data().toString();
    return out;
}

int columnOf(const RecordListModel* model, const QString& header)
{
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() == header)
            return c;
    FAIL("no column " << header.toStdString());
    return -1;
}

} // namespace

TEST_CASE("tasks: open by default, only mine, done; sorted by due, then by the header")
{
    ListBook b;
    b.task(s("准备方案"), 3, b.me, QStringLiteral("open"), b.huawei);
    b.task(s("回访客户"), -2, b.me, QStringLiteral("open"), b.mobile);
    b.task(s("安排演示"), 0, b.mate, QStringLiteral("open"), b.huawei);
    b.task(s("发送报价"), -5, b.me, QStringLiteral("done"), b.huawei);
    b.task(s("同事已完成"), -1, b.mate, QStringLiteral("done"), b.mobile);
    REQUIRE(b.store->apply(
        {QStringLiteral("delete"),
         {Operation::remove(QStringLiteral("task"),
                            b.task(s("已删除"), 1, b.me, QStringLiteral("open"), b.huawei))}}));

    RecordListView view(*b.workspace, QStringLiteral("task"), nullptr);
    RecordListModel* m = view.model();
    const int title = columnOf(m, QStringLiteral("Task"));
    const int account = columnOf(m, QStringLiteral("Account"));
    const int assignee = columnOf(m, QStringLiteral("Assignee"));
    CHECK(column(m, title) == QStringList{s("回访客户"), s("安排演示"), s("准备方案")}); // open, by due
    CHECK(column(m, account) ==
          QStringList{s("中国移动通信集团有限公司"), s("华为技术有限公司"), s("华为技术有限公司")});
    CHECK(column(m, assignee) == QStringList{s("李明"), s("张伟"), s("李明")});
    CHECK(view.table()->horizontalHeader()->sortIndicatorSection() == columnOf(m, QStringLiteral("Due")));

    view.mineFilter()->setChecked(true);
    CHECK(column(m, title) == QStringList{s("回访客户"), s("准备方案")});
    view.statusFilter()->setCurrentIndex(view.statusFilter()->findData(QStringLiteral("done")));
    CHECK(column(m, title) == QStringList{s("发送报价")});
    view.mineFilter()->setChecked(false);
    CHECK(column(m, title) == QStringList{s("发送报价"), s("同事已完成")});
    view.statusFilter()->setCurrentIndex(view.statusFilter()->findData(QString()));
    CHECK(m->rowCount() == 5);

    // The header sorts: by due, newest first; by account name.
    view.table()->sortByColumn(columnOf(m, QStringLiteral("Due")), Qt::DescendingOrder);
    CHECK(column(m, title).first() == s("准备方案"));
    CHECK(column(m, title).last() == s("发送报价"));
    view.table()->sortByColumn(account, Qt::AscendingOrder);
    const QStringList accounts = column(m, account);
    CHECK(accounts == QStringList{s("中国移动通信集团有限公司"), s("中国移动通信集团有限公司"),
                                  s("华为技术有限公司"), s("华为技术有限公司"), s("华为技术有限公司")});
    // A column that does not sort leaves the order and the indicator as they were.
    view.table()->sortByColumn(assignee, Qt::AscendingOrder);
    CHECK(column(m, account) == accounts);
    CHECK(view.table()->horizontalHeader()->sortIndicatorSection() == account);
}

TEST_CASE("paging: 200 rows a page, ties and empty values neither lost nor repeated")
{
    ListBook b;
    // 450 tasks: 225 share two due dates, 225 have none (nulls sort first ascending, last
    // descending), so page boundaries fall among equal dues and among empty ones in both orders.
    const QStringList all = b.addMany(QStringLiteral("task"), 450, [&](int i) {
        FieldValues f = {{QStringLiteral("title"), QStringLiteral("T%1").arg(i, 3, 10, QLatin1Char('0'))},
                         {QStringLiteral("status"), QStringLiteral("open")},
                         {QStringLiteral("account_id"), i % 2 ? b.huawei : b.mobile}};
        if (i % 2)
            f.emplace_back(QStringLiteral("due"), kToday.addDays(i % 4).toString(Qt::ISODate));
        return f;
    });
    RecordListView view(*b.workspace, QStringLiteral("task"), nullptr);
    RecordListModel* m = view.model();
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        CAPTURE(int(order));
        view.table()->sortByColumn(columnOf(m, QStringLiteral("Due")), order);
        CHECK(m->rowCount() == RecordListModel::kPageSize);
        REQUIRE(m->canFetchMore({}));
        while (m->canFetchMore({}))
            m->fetchMore({});
        REQUIRE(m->rowCount() == 450);
        QSet<QString> seen;
        QString lastDue, lastId;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QVariantMap& row = m->recordAt(r);
            const QString id = row.value(QStringLiteral("id")).toString();
            const QString due = row.value(QStringLiteral("due")).toString();
            seen.insert(id);
            if (r > 0) {
                const bool asc = order == Qt::AscendingOrder;
                // Empty first ascending, last descending; equal dues in id order.
                if (due == lastDue)
                    CHECK((asc ? lastId < id : lastId > id));
                else if (asc)
                    CHECK((lastDue.isEmpty() || lastDue < due));
                else
                    CHECK((due.isEmpty() || lastDue > due));
            }
            lastDue = due;
            lastId = id;
        }
        CHECK(seen.size() == 450);
        CHECK(seen == QSet<QString>(all.begin(), all.end()));
    }
}

TEST_CASE("follow-ups by type and mine, newest first; opportunities by stage; Enter opens")
{
    ListBook b;
    auto followup = [&](const char* type, int daysAgo, const QString& author) {
        return b.add(
            QStringLiteral("followup"),
            {{QStringLiteral("account_id"), b.huawei},
             {QStringLiteral("type"), QString::fromLatin1(type)},
             {QStringLiteral("at"),
              QDateTime(kToday.addDays(-daysAgo), QTime(10, 0), Qt::UTC).toString(Qt::ISODateWithMs)},
             {QStringLiteral("author_id"), author},
             {QStringLiteral("summary"), s("沟通")}});
    };
    const QString oldVisit = followup("visit", 9, b.me);
    const QString call = followup("call", 3, b.mate);
    const QString newVisit = followup("visit", 1, b.mate);

    RecordListView followups(*b.workspace, QStringLiteral("followup"), nullptr);
    RecordListModel* m = followups.model();
    REQUIRE(m->rowCount() == 3);
    CHECK(m->idAt(0) == newVisit);
    CHECK(m->idAt(2) == oldVisit);
    followups.typeFilter()->setCurrentIndex(followups.typeFilter()->findData(QStringLiteral("visit")));
    REQUIRE(m->rowCount() == 2);
    CHECK(m->index(0, columnOf(m, QStringLiteral("Type"))).data().toString() == QStringLiteral("Visit"));
    followups.mineFilter()->setChecked(true);
    REQUIRE(m->rowCount() == 1);
    CHECK(m->idAt(0) == oldVisit);
    followups.typeFilter()->setCurrentIndex(followups.typeFilter()->findData(QStringLiteral("call")));
    CHECK(m->rowCount() == 0);
    followups.mineFilter()->setChecked(false);
    REQUIRE(m->rowCount() == 1);
    CHECK(m->idAt(0) == call);

    // A new follow-up reaches a shown list through the store's change.
    followups.show();
    const QString another = followup("call", 0, b.me);
    REQUIRE(QTest::qWaitFor([&] { return m->rowCount() == 2; }, 2000));
    CHECK(m->idAt(0) == another);

    QSignalSpy opened(b.workspace.get(), &Workspace::openRecordRequested);
    followups.table()->setFocus();
    followups.table()->setCurrentIndex(m->index(1, 0));
    QTest::keyClick(followups.table(), Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toString() == call);

    const QString deal =
        b.add(QStringLiteral("opportunity"), {{QStringLiteral("account_id"), b.huawei},
                                              {QStringLiteral("name"), s("华为云迁移项目")},
                                              {QStringLiteral("stage"), QStringLiteral("propose")},
                                              {QStringLiteral("status"), QStringLiteral("open")},
                                              {QStringLiteral("amount"), 12'000'000'00LL}});
    b.add(QStringLiteral("opportunity"), {{QStringLiteral("account_id"), b.mobile},
                                          {QStringLiteral("name"), s("移动数据中心")},
                                          {QStringLiteral("stage"), QStringLiteral("qualify")},
                                          {QStringLiteral("status"), QStringLiteral("lost")}});
    RecordListView deals(*b.workspace, QStringLiteral("opportunity"), nullptr);
    CHECK(deals.model()->rowCount() == 2);
    deals.stageFilter()->setCurrentIndex(deals.stageFilter()->findData(QStringLiteral("propose")));
    REQUIRE(deals.model()->rowCount() == 1);
    CHECK(deals.model()->idAt(0) == deal);
    CHECK(deals.model()
              ->index(0, columnOf(deals.model(), QStringLiteral("Amount")))
              .data()
              .toString()
              .contains(QStringLiteral("12")));
    deals.stageFilter()->setCurrentIndex(0);
    deals.statusFilter()->setCurrentIndex(deals.statusFilter()->findData(QStringLiteral("lost")));
    REQUIRE(deals.model()->rowCount() == 1);
    CHECK(deals.model()->index(0, 0).data().toString() == s("移动数据中心"));
}

TEST_CASE("custom fields chosen for lists are columns of the opportunity and follow-up pages")
{
    ListBook b;
    b.add(QStringLiteral("field_def"), {{QStringLiteral("applies_to"), QStringLiteral("opportunity")},
                                        {QStringLiteral("key"), QStringLiteral("competitor")},
                                        {QStringLiteral("label"), QStringLiteral("Competitor")},
                                        {QStringLiteral("value_type"), QStringLiteral("text")},
                                        {QStringLiteral("show_in"), QStringLiteral("lists")}});
    b.add(QStringLiteral("field_def"), {{QStringLiteral("applies_to"), QStringLiteral("opportunity")},
                                        {QStringLiteral("key"), QStringLiteral("sponsor")},
                                        {QStringLiteral("label"), QStringLiteral("Sponsor")},
                                        {QStringLiteral("value_type"), QStringLiteral("member")}});
    const QString formOnly =
        b.add(QStringLiteral("field_def"), {{QStringLiteral("applies_to"), QStringLiteral("opportunity")},
                                            {QStringLiteral("key"), QStringLiteral("internal_note")},
                                            {QStringLiteral("label"), QStringLiteral("Internal note")},
                                            {QStringLiteral("value_type"), QStringLiteral("text")},
                                            {QStringLiteral("show_in"), QStringLiteral("form")}});
    const QString deal =
        b.add(QStringLiteral("opportunity"), {{QStringLiteral("account_id"), b.huawei},
                                              {QStringLiteral("name"), s("核心网扩容")},
                                              {QStringLiteral("stage"), QStringLiteral("qualify")},
                                              {QStringLiteral("competitor"), s("爱立信")},
                                              {QStringLiteral("sponsor"), b.mate},
                                              {QStringLiteral("internal_note"), s("不公开")}});
    b.add(QStringLiteral("opportunity"), {{QStringLiteral("account_id"), b.mobile},
                                          {QStringLiteral("name"), s("无值的商机")},
                                          {QStringLiteral("stage"), QStringLiteral("qualify")}});

    RecordListView deals(*b.workspace, QStringLiteral("opportunity"), nullptr);
    RecordListModel* m = deals.model();
    REQUIRE(m->rowCount() == 2);
    const int competitor = columnOf(m, QStringLiteral("Competitor"));
    const int sponsor = columnOf(m, QStringLiteral("Sponsor"));
    int row = m->idAt(0) == deal ? 0 : 1;
    CHECK(m->index(row, competitor).data().toString() == s("爱立信"));
    CHECK(m->index(row, sponsor).data().toString() == s("张伟")); // a member by name, not by id
    CHECK(m->index(1 - row, competitor).data().toString().isEmpty());
    // A form-only field is not a column.
    for (int c = 0; c < m->columnCount(); ++c)
        CHECK(m->headerData(c, Qt::Horizontal).toString() != QStringLiteral("Internal note"));

    // Switching it to "lists" adds its column once the page reloads.
    deals.show();
    const int before = m->columnCount();
    REQUIRE(b.store->apply({QStringLiteral("show"),
                            {Operation::set(QStringLiteral("field_def"), formOnly,
                                            {{QStringLiteral("show_in"), QStringLiteral("lists")}})}}));
    REQUIRE(QTest::qWaitFor([&] { return m->columnCount() == before + 1; }, 2000));
    row = m->idAt(0) == deal ? 0 : 1;
    CHECK(m->index(row, columnOf(m, QStringLiteral("Internal note"))).data().toString() == s("不公开"));

    // Follow-ups have their own fields; an opportunity's field is not among them.
    b.add(QStringLiteral("field_def"), {{QStringLiteral("applies_to"), QStringLiteral("followup")},
                                        {QStringLiteral("key"), QStringLiteral("visit_cost")},
                                        {QStringLiteral("label"), QStringLiteral("Visit cost")},
                                        {QStringLiteral("value_type"), QStringLiteral("money")}});
    b.add(QStringLiteral("followup"),
          {{QStringLiteral("account_id"), b.huawei},
           {QStringLiteral("type"), QStringLiteral("visit")},
           {QStringLiteral("at"), QDateTime(kToday, QTime(9, 0), Qt::UTC).toString(Qt::ISODateWithMs)},
           {QStringLiteral("summary"), s("拜访")},
           {QStringLiteral("visit_cost"), qint64(123450)}});
    RecordListView followups(*b.workspace, QStringLiteral("followup"), nullptr);
    RecordListModel* f = followups.model();
    REQUIRE(f->rowCount() == 1);
    CHECK(f->index(0, columnOf(f, QStringLiteral("Visit cost")))
              .data()
              .toString()
              .contains(QStringLiteral("1,234.50")));
    for (int c = 0; c < f->columnCount(); ++c)
        CHECK(f->headerData(c, Qt::Horizontal).toString() != QStringLiteral("Competitor"));
}

TEST_CASE("a list that opened empty fits its columns to its first rows; a contract's amount is not cut")
{
    ListBook b;
    RecordListView view(*b.workspace, QStringLiteral("contract"), nullptr);
    view.resize(1000, 400);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.model()->rowCount() == 0);
    int amount = -1;
    for (int c = 0; c < view.model()->columnCount(); ++c)
        if (view.model()->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Amount"))
            amount = c;
    REQUIRE(amount >= 0);
    b.add(QStringLiteral("contract"), {{QStringLiteral("account_id"), b.huawei},
                                       {QStringLiteral("title"), s("年度框架协议")},
                                       {QStringLiteral("amount"), qint64(1234567890)}});
    REQUIRE(QTest::qWaitFor([&] { return view.model()->rowCount() == 1; }, 5000));
    const QString shown = view.model()->index(0, amount).data().toString(); // ¥12,345,678.90
    CHECK(view.table()->columnWidth(amount) > view.table()->fontMetrics().horizontalAdvance(shown));
    // Widths the person set stay when more rows come.
    view.table()->setColumnWidth(amount, 40);
    b.add(QStringLiteral("contract"), {{QStringLiteral("account_id"), b.mobile},
                                       {QStringLiteral("title"), s("运维服务合同")},
                                       {QStringLiteral("amount"), qint64(99)}});
    REQUIRE(QTest::qWaitFor([&] { return view.model()->rowCount() == 2; }, 5000));
    CHECK(view.table()->columnWidth(amount) == 40);
}
