// The account's tasks, opportunities and buying centers as its tabs list them.
#include "QtDoctest.h"
#include "StoreFixture.h"
#include "query/AccountWork.h"

using namespace summit;
using test::StoreFixture;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
QStringList titles(const std::vector<query::TaskRow>& rows)
{
    QStringList out;
    for (const auto& r : rows)
        out << r.title;
    return out;
}
} // namespace

TEST_CASE("an account's tasks: open by due date (none last), then done, latest first; names joined in")
{
    StoreFixture f;
    const QString acc = f.account();
    const QString other = f.account(s("中国移动"));
    const QString li = f.add(QStringLiteral("member"), {{QStringLiteral("name"), s("李娜")}});
    const QString gone = f.add(QStringLiteral("member"), {{QStringLiteral("name"), s("离职者")}});
    auto task = [&](const char* title, FieldValues more, const QString& account) {
        FieldValues fields = {{QStringLiteral("account_id"), account}, {QStringLiteral("title"), s(title)}};
        fields.insert(fields.end(), more.begin(), more.end());
        return f.add(QStringLiteral("task"), fields);
    };
    const QDate today(2026, 5, 20);
    task("没有日期", {}, acc);
    const QString late = task(
        "已逾期",
        {{QStringLiteral("due"), QStringLiteral("2026-05-18")}, {QStringLiteral("assignee_id"), li}}, acc);
    task("明天",
         {{QStringLiteral("due"), QStringLiteral("2026-05-21")},
          {QStringLiteral("status"), QStringLiteral("open")},
          {QStringLiteral("assignee_id"), gone}},
         acc);
    task("早完成",
         {{QStringLiteral("status"), QStringLiteral("done")},
          {QStringLiteral("done_at"), QStringLiteral("2026-05-01T01:00:00.000Z")}},
         acc);
    task("刚完成",
         {{QStringLiteral("status"), QStringLiteral("done")},
          {QStringLiteral("done_at"), QStringLiteral("2026-05-19T01:00:00.000Z")},
          {QStringLiteral("due"), QStringLiteral("2026-05-10")}},
         acc);
    const QString trashed = task("已删除", {}, acc);
    REQUIRE(f.store->apply({QStringLiteral("d"), {Operation::remove(QStringLiteral("task"), trashed)}}));
    REQUIRE(f.store->apply({QStringLiteral("d"), {Operation::remove(QStringLiteral("member"), gone)}}));
    task("别的客户", {}, other);

    auto rows = query::accountTasks(f.store->reader(), acc, today);
    REQUIRE(rows.isOk());
    CHECK(titles(rows.value()) ==
          QStringList{s("已逾期"), s("明天"), s("没有日期"), s("刚完成"), s("早完成")});
    const query::TaskRow& first = rows.value().front();
    CHECK(first.id == late);
    CHECK(first.overdue);
    CHECK(first.assigneeName == s("李娜"));
    CHECK_FALSE(rows.value()[1].overdue);
    CHECK(rows.value()[1].assigneeName.isEmpty());           // a member in the trash is nobody's name
    CHECK(rows.value()[2].status == QStringLiteral("open")); // no status means open
    CHECK_FALSE(rows.value()[3].overdue);                    // done is never overdue
}

TEST_CASE("an account's opportunities: open by stage, then won, then lost; the buying center by role")
{
    StoreFixture f;
    const QString acc = f.account();
    const QString owner = f.add(QStringLiteral("member"), {{QStringLiteral("name"), s("王强")}});
    const QStringList stages = query::opportunityChoices();
    REQUIRE(stages.size() >= 4);
    REQUIRE(stages.endsWith(QStringLiteral("lost")));
    auto deal = [&](const char* name, FieldValues more) {
        FieldValues fields = {{QStringLiteral("account_id"), acc}, {QStringLiteral("name"), s(name)}};
        fields.insert(fields.end(), more.begin(), more.end());
        return f.add(QStringLiteral("opportunity"), fields);
    };
    deal("输了", {{QStringLiteral("stage"), stages[1]}, {QStringLiteral("status"), QStringLiteral("lost")}});
    deal("赢了", {{QStringLiteral("stage"), stages[0]}, {QStringLiteral("status"), QStringLiteral("won")}});
    const QString later = deal("后期", {{QStringLiteral("stage"), stages[1]},
                                        {QStringLiteral("owner_id"), owner},
                                        {QStringLiteral("amount"), qint64(125000050)}});
    deal("早期晚关", {{QStringLiteral("stage"), stages[0]},
                      {QStringLiteral("expected_close"), QStringLiteral("2026-09-01")}});
    deal("早期早关", {{QStringLiteral("stage"), stages[0]},
                      {QStringLiteral("expected_close"), QStringLiteral("2026-06-01")}});

    auto rows = query::accountOpportunities(f.store->reader(), acc);
    REQUIRE(rows.isOk());
    QStringList names;
    for (const auto& r : rows.value())
        names << r.name;
    CHECK(names == QStringList{s("早期早关"), s("早期晚关"), s("后期"), s("赢了"), s("输了")});
    const query::OpportunityRow& l = rows.value()[2];
    CHECK(l.id == later);
    CHECK(l.ownerName == s("王强"));
    CHECK(l.amount.toLongLong() == 125000050);
    CHECK(l.probability.isNull());
    CHECK(rows.value()[3].choice() == QStringLiteral("won"));
    CHECK(rows.value()[0].choice() == stages[0]);

    const QString wang = f.contact(
        acc, s("王建国"),
        {{QStringLiteral("title"), s("采购总监")}, {QStringLiteral("stance"), QStringLiteral("supporter")}});
    const QString zhao = f.contact(acc, s("赵敏"));
    f.add(QStringLiteral("buying_role"), {{QStringLiteral("account_id"), acc},
                                          {QStringLiteral("opportunity_id"), later},
                                          {QStringLiteral("contact_id"), zhao},
                                          {QStringLiteral("role"), QStringLiteral("user_buyer")}});
    f.add(QStringLiteral("buying_role"), {{QStringLiteral("account_id"), acc},
                                          {QStringLiteral("opportunity_id"), later},
                                          {QStringLiteral("contact_id"), wang},
                                          {QStringLiteral("role"), QStringLiteral("economic_buyer")}});
    REQUIRE(f.store->apply({QStringLiteral("d"), {Operation::remove(QStringLiteral("contact"), zhao)}}));
    auto center = query::buyingCenter(f.store->reader(), later);
    REQUIRE(center.isOk());
    REQUIRE(center.value().size() == 2);
    CHECK(center.value()[0].role == QStringLiteral("economic_buyer"));
    CHECK(center.value()[0].contactName == s("王建国"));
    CHECK(center.value()[0].title == s("采购总监"));
    CHECK(center.value()[0].stance == QStringLiteral("supporter"));
    CHECK(center.value()[1].contactName == s("赵敏")); // in the trash, still named
    CHECK(query::buyingCenter(f.store->reader(), QStringLiteral("none")).value().empty());
}
