// The account timeline and the account-wide history: filters, order, paging,
// names resolved, and old → new values across the account's records.
#include "QtDoctest.h"
#include "StoreFixture.h"
#include "model/Display.h"
#include "query/AccountHistory.h"
#include "query/Timeline.h"

#include <QSet>

using namespace summit;
using namespace summit::query;
using test::StoreFixture;

namespace {

const QString kFollowup = QStringLiteral("followup");

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

struct Book : StoreFixture
{
    QString account, other, zhang, li, wang, zhao, opp, me;

    Book()
    {
        me = add(QStringLiteral("member"), {{QStringLiteral("name"), s("张伟")}});
        store->setAuthor(me);
        account = StoreFixture::account();
        other = StoreFixture::account(s("中国移动通信集团有限公司"));
        wang = contact(account, s("王建国"), {{QStringLiteral("stance"), QStringLiteral("neutral")}});
        li = contact(account, s("李娜"));
        zhao = contact(account, s("赵强"));
        zhang = contact(other, s("张敏"));
        opp = add(QStringLiteral("opportunity"), {{QStringLiteral("account_id"), account},
                                                  {QStringLiteral("name"), s("云平台扩容")},
                                                  {QStringLiteral("stage"), QStringLiteral("develop")},
                                                  {QStringLiteral("amount"), qint64(50'000'000)},
                                                  {QStringLiteral("owner_id"), me}});
    }

    QString followUp(const QString& acc, const char* type, const QString& at, const QStringList& contacts,
                     const QString& opportunity = {})
    {
        FieldValues f = {{QStringLiteral("account_id"), acc},
                         {QStringLiteral("type"), QString::fromLatin1(type)},
                         {QStringLiteral("at"), at},
                         {QStringLiteral("author_id"), me},
                         {QStringLiteral("summary"), s("拜访 ") + at},
                         {QStringLiteral("contact_ids"),
                          QStringLiteral("[\"%1\"]").arg(contacts.join(QStringLiteral("\",\"")))}};
        if (!opportunity.isEmpty())
            f.emplace_back(QStringLiteral("opportunity_id"), opportunity);
        return add(kFollowup, f);
    }

    std::vector<TimelineEntry> timeline(const TimelineFilter& filter, int offset = 0, int limit = 100)
    {
        auto r = accountFollowUps(store->reader(), filter, offset, limit);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        return r.value();
    }
    std::vector<AccountHistoryEntry> history(int offset = 0, int limit = 1000)
    {
        auto r = accountHistory(store->reader(), account, offset, limit);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        return r.value();
    }
};

QString at(int day, int hour = 9)
{
    return QStringLiteral("2026-05-%1T%2:00:00.000Z")
        .arg(day, 2, 10, QLatin1Char('0'))
        .arg(hour, 2, 10, QLatin1Char('0'));
}

QStringList idsOf(const std::vector<TimelineEntry>& entries)
{
    QStringList out;
    for (const TimelineEntry& e : entries)
        out << e.id;
    return out;
}

} // namespace

TEST_CASE("the timeline lists an account's follow-ups newest first with names resolved")
{
    Book b;
    const QString oldest = b.followUp(b.account, "visit", at(1), {b.wang});
    const QString newest = b.followUp(b.account, "call", at(9), {b.li, b.wang}, b.opp);
    const QString middle = b.followUp(b.account, "meeting", at(5), {b.zhao});
    b.followUp(b.other, "visit", at(7), {b.zhang}); // another account: never shown
    const QString gone = b.followUp(b.account, "visit", at(8), {b.wang});
    REQUIRE(b.store->apply({QStringLiteral("delete"), {Operation::remove(kFollowup, gone)}}).isOk());

    const auto all = b.timeline({b.account, {}, {}, {}});
    CHECK(idsOf(all) == QStringList{newest, middle, oldest});
    const TimelineEntry& first = all.front();
    CHECK(first.type == QStringLiteral("call"));
    CHECK(first.authorName == s("张伟"));
    CHECK(first.contactIds == QStringList{b.li, b.wang});
    CHECK(first.contactNames == QStringList{s("李娜"), s("王建国")});
    CHECK(first.opportunityName == s("云平台扩容"));
    CHECK(all.back().opportunityName.isEmpty());

    auto count = countAccountFollowUps(b.store->reader(), {b.account, {}, {}, {}});
    REQUIRE(count.isOk());
    CHECK(count.value() == 3);
}

TEST_CASE("the timeline filters by type, person and opportunity")
{
    Book b;
    const QString visit = b.followUp(b.account, "visit", at(1), {b.wang});
    const QString call = b.followUp(b.account, "call", at(2), {b.li, b.wang}, b.opp);
    const QString meeting = b.followUp(b.account, "meeting", at(3), {b.zhao}, b.opp);
    // A follow-up with nobody listed shows unfiltered and never under a person.
    const QString odd = b.add(kFollowup, {{QStringLiteral("account_id"), b.account},
                                          {QStringLiteral("type"), QStringLiteral("email")},
                                          {QStringLiteral("at"), at(4)},
                                          {QStringLiteral("summary"), s("邮件")}});

    CHECK(idsOf(b.timeline({b.account, QStringLiteral("visit"), {}, {}})) == QStringList{visit});
    CHECK(idsOf(b.timeline({b.account, {}, b.wang, {}})) == QStringList{call, visit});
    CHECK(idsOf(b.timeline({b.account, {}, b.zhao, {}})) == QStringList{meeting});
    CHECK(idsOf(b.timeline({b.account, {}, {}, b.opp})) == QStringList{meeting, call});
    CHECK(idsOf(b.timeline({b.account, QStringLiteral("call"), b.wang, b.opp})) == QStringList{call});
    CHECK(b.timeline({b.account, QStringLiteral("visit"), b.li, {}}).empty());
    CHECK(idsOf(b.timeline({b.account, {}, {}, {}})) == QStringList{odd, meeting, call, visit});
    auto count = countAccountFollowUps(b.store->reader(), {b.account, {}, b.wang, {}});
    REQUIRE(count.isOk());
    CHECK(count.value() == 2);
}

TEST_CASE("timeline pages cover every follow-up once, in order")
{
    Book b;
    QStringList expected;
    for (int day = 1; day <= 25; ++day)
        expected.prepend(b.followUp(b.account, day % 2 ? "visit" : "call", at(day), {b.wang}));
    QStringList paged;
    for (int offset = 0; offset < 30; offset += 10)
        paged << idsOf(b.timeline({b.account, {}, {}, {}}, offset, 10));
    CHECK(paged == expected);
    CHECK(b.timeline({b.account, {}, {}, {}}, 20, 10).size() == 5);
}

TEST_CASE("account history shows edits old → new across records, newest first")
{
    Book b;
    const QString task = b.add(QStringLiteral("task"), {{QStringLiteral("account_id"), b.account},
                                                        {QStringLiteral("title"), s("拜访王建国")},
                                                        {QStringLiteral("status"), QStringLiteral("open")}});
    const QString elsewhere = b.contact(b.other, s("周杰"));
    REQUIRE(b.set(QStringLiteral("contact"), b.wang, {{QStringLiteral("stance"), QStringLiteral("champion")}})
                .isOk());
    REQUIRE(b.set(QStringLiteral("opportunity"), b.opp,
                  {{QStringLiteral("stage"), QStringLiteral("propose")},
                   {QStringLiteral("amount"), qint64(80'000'000)}})
                .isOk());
    REQUIRE(b.set(QStringLiteral("contact"), elsewhere, {{QStringLiteral("title"), s("总监")}}).isOk());
    REQUIRE(
        b.store->apply({QStringLiteral("delete"), {Operation::remove(QStringLiteral("task"), task)}}).isOk());

    const auto all = b.history();
    // account, 3 contacts, opportunity, task creations + 2 edits + 1 delete; nothing of the other account.
    REQUIRE(all.size() == 9);
    for (size_t i = 1; i < all.size(); ++i)
        CHECK(all[i - 1].hlc > all[i].hlc);
    for (const AccountHistoryEntry& e : all)
        CHECK(e.entityId != elsewhere);

    const AccountHistoryEntry& del = all[0];
    CHECK(del.kind == QStringLiteral("delete"));
    CHECK(del.entity == QStringLiteral("task"));
    CHECK(del.title == s("拜访王建国"));
    CHECK(del.recordDeleted);
    CHECK(del.changes.empty());
    CHECK(del.authorName == s("张伟"));

    const AccountHistoryEntry& deal = all[1];
    CHECK(deal.kind == QStringLiteral("set"));
    CHECK(deal.title == s("云平台扩容"));
    REQUIRE(deal.changes.size() == 2);
    CHECK(deal.changes[0].field == QStringLiteral("stage"));
    CHECK(deal.changes[0].oldText == QStringLiteral("Develop"));
    CHECK(deal.changes[0].newText == QStringLiteral("Propose"));
    CHECK(deal.changes[1].field == QStringLiteral("amount"));
    CHECK(deal.changes[1].oldValue.toLongLong() == 50'000'000);
    CHECK(deal.changes[1].newValue.toLongLong() == 80'000'000);
    CHECK(deal.changes[1].newText == model::formatMoney(80'000'000));

    const AccountHistoryEntry& stance = all[2];
    CHECK(stance.entityId == b.wang);
    REQUIRE(stance.changes.size() == 1);
    CHECK(stance.changes[0].oldText == QStringLiteral("Neutral"));
    CHECK(stance.changes[0].newText == QStringLiteral("Champion"));

    const AccountHistoryEntry& created = all[3];
    CHECK(created.kind == QStringLiteral("create"));
    CHECK(created.entityId == task);

    // The opportunity's creation names its owner, not the owner's id.
    for (const AccountHistoryEntry& e : all)
        if (e.entityId == b.opp && e.kind == QStringLiteral("create"))
            for (const HistoryChange& c : e.changes)
                if (c.field == QStringLiteral("owner_id"))
                    CHECK(c.newText == s("张伟"));
}

TEST_CASE("account history pages add up to the whole and restore shows as its own entry")
{
    Book b;
    for (int i = 0; i < 7; ++i)
        b.followUp(b.account, "call", at(i + 1), {b.li});
    REQUIRE(b.store->apply({QStringLiteral("delete"), {Operation::remove(QStringLiteral("contact"), b.zhao)}})
                .isOk());
    REQUIRE(
        b.store->apply({QStringLiteral("restore"), {Operation::restore(QStringLiteral("contact"), b.zhao)}})
            .isOk());
    const auto all = b.history();
    CHECK(all.front().kind == QStringLiteral("restore"));
    CHECK(all[1].kind == QStringLiteral("delete"));
    CHECK_FALSE(all.front().recordDeleted);

    // Pages read only the records that can hold them, and still add up to the
    // history of every record of the account.
    auto ids = accountRecordIds(b.store->reader(), b.account);
    REQUIRE(ids.isOk());
    auto everything = recordsHistory(b.store->reader(), ids.value(), 0, 1000);
    REQUIRE(everything.isOk());
    REQUIRE(everything.value().size() == all.size());
    std::vector<qint64> paged;
    for (int offset = 0; offset < int(all.size()) + 4; offset += 4)
        for (const AccountHistoryEntry& e : b.history(offset, 4))
            paged.push_back(e.op);
    REQUIRE(paged.size() == all.size());
    for (size_t i = 0; i < all.size(); ++i)
        CHECK(paged[i] == everything.value()[i].op);

    // Coverage has no title of its own: it is named by whom it connects.
    const QString cover =
        b.add(QStringLiteral("coverage"), {{QStringLiteral("account_id"), b.account},
                                           {QStringLiteral("member_id"), b.me},
                                           {QStringLiteral("contact_id"), b.wang},
                                           {QStringLiteral("level"), QStringLiteral("brief")}});
    const auto latest = b.history(0, 1);
    REQUIRE(latest.size() == 1);
    CHECK(latest.front().entityId == cover);
    CHECK(latest.front().title == s("张伟 → 王建国"));
}
