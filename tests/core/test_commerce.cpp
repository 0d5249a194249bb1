// Contracts, receivables, service requests and satisfaction surveys (schema 10):
// written through the one write path with their rules across fields, and the
// account's commercial figures computed from them at the edges of their windows.
#include "StoreFixture.h"

#include "export/CanonicalExport.h"
#include "query/AccountCommerce.h"

#include <QBuffer>

using namespace summit;
using test::StoreFixture;

namespace {

const QDate kToday(2026, 12, 6);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}
QString day(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

struct Book : StoreFixture
{
    QString acc, other;
    Book()
    {
        acc = account();
        other = account(s("小米科技有限责任公司"));
    }
    QString contract(const char* title, qint64 amount, const QDate& signedOn, FieldValues more = {})
    {
        FieldValues f = {{QStringLiteral("account_id"), acc},
                         {QStringLiteral("title"), s(title)},
                         {QStringLiteral("amount"), amount},
                         {QStringLiteral("signed_on"), day(signedOn)}};
        f.insert(f.end(), more.begin(), more.end());
        return add(QStringLiteral("contract"), f);
    }
    QString receivable(const QString& contractId, const QDate& dueOn, qint64 due, qint64 got = -1,
                       const QDate& receivedOn = {})
    {
        FieldValues f = {{QStringLiteral("account_id"), acc},
                         {QStringLiteral("contract_id"), contractId},
                         {QStringLiteral("due_on"), day(dueOn)},
                         {QStringLiteral("amount_due"), due}};
        if (got >= 0)
            f.emplace_back(QStringLiteral("amount_received"), got);
        if (receivedOn.isValid())
            f.emplace_back(QStringLiteral("received_on"), day(receivedOn));
        return add(QStringLiteral("receivable"), f);
    }
    query::CommerceFigures figures()
    {
        auto r = query::accountCommerce(store->reader(), acc, kToday);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        return r.value();
    }
};

} // namespace

TEST_CASE_FIXTURE(Book,
                  "twelve months of signed contracts: the window's edges, drafts, terminations, currencies")
{
    contract("今天签", 100, kToday);
    contract("一年前那天", 1000, kToday.addMonths(-12));               // not after today - 12 months: out
    contract("一年前第二天", 10000, kToday.addMonths(-12).addDays(1)); // in
    contract("明天签", 100000, kToday.addDays(1));                     // not signed yet as of today
    contract("草稿", 1000000, kToday, {{QStringLiteral("status"), QStringLiteral("draft")}});
    contract("终止", 2000000, kToday, {{QStringLiteral("status"), QStringLiteral("terminated")}});
    contract("已过期", 4, kToday.addMonths(-2), {{QStringLiteral("status"), QStringLiteral("expired")}});
    contract("美元", 7, kToday, {{QStringLiteral("currency"), QStringLiteral("USD")}});
    const auto f = figures();
    CHECK(f.signed12m == 100 + 10000 + 4);
    CHECK(f.contracts12m == 3);
    CHECK(f.otherCurrency == 1);
}

TEST_CASE_FIXTURE(Book, "receivables: due against received, overdue computed from the dates")
{
    const QString c = contract("框架合同", 1000000, kToday.addMonths(-3));
    receivable(c, kToday.addDays(-10), 300000, 100000, kToday.addDays(-5));  // partly paid, 10 days late
    receivable(c, kToday.addDays(-40), 200000);                              // nothing paid, 40 days late
    receivable(c, kToday.addDays(-30), 100000, 100000, kToday.addDays(-31)); // paid in full: not overdue
    receivable(c, kToday, 50000);                                            // due today: not late yet
    receivable(c, kToday.addDays(-400), 10, 10, kToday.addMonths(-13));      // paid over a year ago
    const auto f = figures();
    CHECK(f.due == 300000 + 200000 + 100000 + 50000 + 10);
    CHECK(f.received == 100000 + 100000 + 10);
    CHECK(f.received12m == 100000 + 100000);
    CHECK(f.overdue == 2);
    CHECK(f.overdueAmount == 200000 + 200000);
    CHECK(f.longestOverdueDays == 40);
}

TEST_CASE_FIXTURE(Book, "renewals due in 90 days, unless a live contract renews them")
{
    auto ending = [&](const char* title, int inDays, const char* status = "active") {
        return contract(title, 500, kToday.addYears(-1),
                        {{QStringLiteral("start_on"), day(kToday.addYears(-1))},
                         {QStringLiteral("end_on"), day(kToday.addDays(inDays))},
                         {QStringLiteral("status"), QString::fromLatin1(status)}});
    };
    ending("今天到期", 0);
    ending("90天", 90);
    ending("91天", 91);     // later than the window
    ending("昨天到期", -1); // already over
    ending("已终止", 10, "terminated");
    const QString renewed = ending("已续约", 30);
    contract("续约合同", 600, kToday, {{QStringLiteral("renews_id"), renewed}});
    const QString renewedByTerminated = ending("续约被终止", 20);
    contract("被终止的续约", 600, kToday,
             {{QStringLiteral("renews_id"), renewedByTerminated},
              {QStringLiteral("status"), QStringLiteral("terminated")}});
    const auto f = figures();
    CHECK(f.renewalsDue == 3); // 今天到期, 90天, 续约被终止
    CHECK(f.renewalsDueAmount == 1500);
}

TEST_CASE_FIXTURE(Book, "open severe service requests and the latest survey answers")
{
    auto request = [&](const char* severity, bool resolved) {
        FieldValues f = {{QStringLiteral("account_id"), acc},
                         {QStringLiteral("title"), s("系统故障")},
                         {QStringLiteral("severity"), QString::fromLatin1(severity)},
                         {QStringLiteral("opened_at"), QStringLiteral("2026-12-01T02:00:00.000Z")}};
        if (resolved)
            f.emplace_back(QStringLiteral("resolved_at"), QStringLiteral("2026-12-02T02:00:00.000Z"));
        return add(QStringLiteral("service_request"), f);
    };
    request("critical", false);
    request("high", false);
    request("high", true);
    request("low", false);
    auto survey = [&](const QDate& on, FieldValues scores) {
        FieldValues f = {{QStringLiteral("account_id"), acc}, {QStringLiteral("surveyed_on"), day(on)}};
        f.insert(f.end(), scores.begin(), scores.end());
        return add(QStringLiteral("satisfaction"), f);
    };
    survey(kToday.addDays(-60), {{QStringLiteral("csat"), 2}, {QStringLiteral("nps"), 3}});
    survey(kToday.addDays(-10), {{QStringLiteral("csat"), 4}});
    survey(kToday.addDays(5),
           {{QStringLiteral("csat"), 1}, {QStringLiteral("nps"), 0}}); // dated later than today
    const auto f = figures();
    CHECK(f.openRequests == 3);
    CHECK(f.openSevere == 2);
    REQUIRE(f.lastCsat.has_value());
    CHECK(*f.lastCsat == 4);
    REQUIRE(f.lastNps.has_value());
    CHECK(*f.lastNps == 3); // the latest survey with an NPS answer
    CHECK(f.lastSurvey == kToday.addDays(-10));
}

TEST_CASE_FIXTURE(Book,
                  "an account without commercial records has empty figures; an unknown account is an error")
{
    const auto f = figures();
    CHECK(f.signed12m == 0);
    CHECK(f.due == 0);
    CHECK(f.renewalsDue == 0);
    CHECK_FALSE(f.lastCsat.has_value());
    CHECK_FALSE(f.lastSurvey.isValid());
    CHECK_FALSE(query::accountCommerce(store->reader(),
                                       QStringLiteral("0190aaaa-0000-7000-8000-000000000000"), kToday)
                    .isOk());
}

TEST_CASE_FIXTURE(Book, "rules across fields and references are checked like every edit")
{
    // A service that ends before it starts.
    Status bad = store->apply({QStringLiteral("add"),
                               {Operation::set(QStringLiteral("contract"), ids::newId(),
                                               {{QStringLiteral("account_id"), acc},
                                                {QStringLiteral("title"), s("倒序")},
                                                {QStringLiteral("start_on"), QStringLiteral("2026-06-01")},
                                                {QStringLiteral("end_on"), QStringLiteral("2026-05-31")}})}});
    REQUIRE_FALSE(bad.isOk());
    CHECK(bad.message().contains(QStringLiteral("Service end")));
    CHECK(bad.error().field == QStringLiteral("end_on"));
    // The same rule on an edit of one field, against the stored other one.
    const QString c = contract("正常", 1, kToday,
                               {{QStringLiteral("start_on"), QStringLiteral("2026-01-01")},
                                {QStringLiteral("end_on"), QStringLiteral("2026-12-31")}});
    CHECK_FALSE(
        set(QStringLiteral("contract"), c, {{QStringLiteral("start_on"), QStringLiteral("2027-01-01")}})
            .isOk());
    CHECK(set(QStringLiteral("contract"), c, {{QStringLiteral("end_on"), QStringLiteral("2027-12-31")}})
              .isOk());

    // A survey with no score at all, and an edit that would leave it without one.
    bad = store->apply({QStringLiteral("add"),
                        {Operation::set(QStringLiteral("satisfaction"), ids::newId(),
                                        {{QStringLiteral("account_id"), acc},
                                         {QStringLiteral("surveyed_on"), QStringLiteral("2026-11-01")}})}});
    REQUIRE_FALSE(bad.isOk());
    CHECK(bad.message().contains(QStringLiteral("CSAT")));
    const QString survey =
        add(QStringLiteral("satisfaction"), {{QStringLiteral("account_id"), acc},
                                             {QStringLiteral("surveyed_on"), QStringLiteral("2026-11-01")},
                                             {QStringLiteral("nps"), 9}});
    CHECK_FALSE(set(QStringLiteral("satisfaction"), survey, {{QStringLiteral("nps"), QVariant()}}).isOk());
    CHECK_FALSE(set(QStringLiteral("satisfaction"), survey, {{QStringLiteral("nps"), 11}}).isOk()); // 0..10
    CHECK_FALSE(set(QStringLiteral("satisfaction"), survey, {{QStringLiteral("csat"), 0}}).isOk()); // 1..5

    // A service request answered before it was opened.
    bad = store->apply(
        {QStringLiteral("add"),
         {Operation::set(
             QStringLiteral("service_request"), ids::newId(),
             {{QStringLiteral("account_id"), acc},
              {QStringLiteral("title"), s("投诉")},
              {QStringLiteral("opened_at"), QStringLiteral("2026-12-02T02:00:00.000Z")},
              {QStringLiteral("first_response_at"), QStringLiteral("2026-12-01T02:00:00.000Z")}})}});
    CHECK_FALSE(bad.isOk());

    // A receivable of another account's contract: the same-account rule.
    const QString theirs = add(QStringLiteral("contract"), {{QStringLiteral("account_id"), other},
                                                            {QStringLiteral("title"), s("他们的")}});
    bad = store->apply({QStringLiteral("add"),
                        {Operation::set(QStringLiteral("receivable"), ids::newId(),
                                        {{QStringLiteral("account_id"), acc},
                                         {QStringLiteral("contract_id"), theirs},
                                         {QStringLiteral("due_on"), QStringLiteral("2026-12-31")},
                                         {QStringLiteral("amount_due"), 5}})}});
    CHECK_FALSE(bad.isOk());
    // A negative amount.
    CHECK_FALSE(set(QStringLiteral("contract"), c, {{QStringLiteral("amount"), qint64(-1)}}).isOk());
}

TEST_CASE_FIXTURE(Book, "the new records are in the canonical export")
{
    const QString c = contract("导出合同", 123456, kToday);
    receivable(c, kToday, 123456);
    QBuffer b;
    b.open(QIODevice::WriteOnly);
    REQUIRE(writeCanonicalJson(store->reader(), b));
    CHECK(b.data().contains("\"entity\":\"contract\""));
    CHECK(b.data().contains("\"entity\":\"receivable\""));
    CHECK(b.data().contains("123456"));
}

TEST_CASE("one receivable's state: outstanding, paid, overdue and days late")
{
    auto state = [](const char* due, qint64 amount, qint64 got, const char* receivedOn = "") {
        QVariantMap r{{QStringLiteral("due_on"), QString::fromLatin1(due)},
                      {QStringLiteral("amount_due"), amount}};
        if (got >= 0)
            r.insert(QStringLiteral("amount_received"), got);
        if (*receivedOn)
            r.insert(QStringLiteral("received_on"), QString::fromLatin1(receivedOn));
        return query::receivableState(r, kToday);
    };
    auto unpaidLate = state("2026-11-26", 1000, -1);
    CHECK(unpaidLate.overdue);
    CHECK(unpaidLate.outstanding == 1000);
    CHECK(unpaidLate.daysLate == 10);
    auto partly = state("2026-12-05", 1000, 400, "2026-12-01");
    CHECK(partly.overdue);
    CHECK(partly.outstanding == 600);
    CHECK(*partly.daysLate == 1);
    auto paidLate = state("2026-10-01", 1000, 1000, "2026-10-31");
    CHECK(paidLate.paid);
    CHECK_FALSE(paidLate.overdue);
    CHECK(*paidLate.daysLate == 30);
    auto paidEarly = state("2026-10-31", 1000, 1200, "2026-10-21");
    CHECK(paidEarly.outstanding == 0); // overpaid: nothing missing, never negative
    CHECK(*paidEarly.daysLate == -10);
    auto dueToday = state("2026-12-06", 1000, -1);
    CHECK_FALSE(dueToday.overdue);
    CHECK_FALSE(dueToday.daysLate.has_value());
    auto notYet = state("2027-01-06", 1000, -1);
    CHECK_FALSE(notYet.overdue);
}
