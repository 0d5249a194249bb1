// Key figures and the contact list of the account view, on hand-made accounts
// where every figure has a record just inside and one just outside its rule.
#include "QtDoctest.h"
#include "StoreFixture.h"
#include "model/AccountModel.h"
#include "query/AccountSummary.h"
#include "query/ContactList.h"

#include <QDateTime>
#include <QTime>

using namespace summit;
using namespace summit::query;
using test::StoreFixture;

namespace {

const QDate kToday(2026, 5, 20);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// A stored follow-up time: local `time` on the day `days` before kToday, in UTC.
QString localAt(int days, QTime time = QTime(10, 0))
{
    return QDateTime(kToday.addDays(-days), time)
        .toUTC()
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

struct Book : StoreFixture
{
    QString account = StoreFixture::account();
    QString other = StoreFixture::account(s("中国移动通信集团有限公司"));

    QString opportunity(const QString& acct, qint64 amount, const QVariant& status,
                        const QVariant& currency = {})
    {
        FieldValues f = {{QStringLiteral("account_id"), acct},
                         {QStringLiteral("name"), s("云平台")},
                         {QStringLiteral("amount"), amount}};
        if (!status.isNull())
            f.emplace_back(QStringLiteral("status"), status);
        if (!currency.isNull())
            f.emplace_back(QStringLiteral("currency"), currency);
        return add(QStringLiteral("opportunity"), f);
    }
    QString followUp(const QString& acct, const QString& at, const QStringList& contacts = {})
    {
        FieldValues f = {{QStringLiteral("account_id"), acct},
                         {QStringLiteral("type"), QStringLiteral("visit")},
                         {QStringLiteral("at"), at},
                         {QStringLiteral("summary"), s("拜访")}};
        if (!contacts.isEmpty())
            f.emplace_back(QStringLiteral("contact_ids"),
                           QStringLiteral("[\"%1\"]").arg(contacts.join(QStringLiteral("\",\""))));
        return add(QStringLiteral("followup"), f);
    }
    QString task(const QString& acct, const QVariant& status)
    {
        FieldValues f = {{QStringLiteral("account_id"), acct}, {QStringLiteral("title"), s("报价")}};
        if (!status.isNull())
            f.emplace_back(QStringLiteral("status"), status);
        return add(QStringLiteral("task"), f);
    }
    QString member(const QString& name)
    {
        return add(QStringLiteral("member"), {{QStringLiteral("name"), name}});
    }
    void cover(const QString& member, const QString& contact, const QString& level)
    {
        add(QStringLiteral("coverage"), {{QStringLiteral("account_id"), account},
                                         {QStringLiteral("member_id"), member},
                                         {QStringLiteral("contact_id"), contact},
                                         {QStringLiteral("level"), level}});
    }
    void trash(const QString& entity, const QString& id)
    {
        REQUIRE(store->apply({QStringLiteral("delete"), {Operation::remove(entity, id)}}).isOk());
    }
    AccountSummary summary(const QString& acct)
    {
        SummaryOptions o;
        o.today = kToday;
        auto r = accountSummary(store->reader(), acct, o);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        return r.value();
    }
    std::vector<ContactRow> contacts(const QString& unit = {})
    {
        ContactListOptions o;
        o.today = kToday;
        o.orgUnitId = unit;
        auto r = listContacts(store->reader(), account, o);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        return r.value();
    }
};

const ContactRow& rowOf(const std::vector<ContactRow>& rows, const QString& id)
{
    for (const ContactRow& r : rows)
        if (r.id == id)
            return r;
    FAIL("contact not listed");
    return rows.front();
}

} // namespace

TEST_CASE("open pipeline sums open opportunities per currency, nothing else")
{
    Book b;
    b.opportunity(b.account, 100'000'000, QStringLiteral("open"));
    b.opportunity(b.account, 5'000'050, {}); // no status: open
    b.opportunity(b.account, 7'000, QStringLiteral("open"), QStringLiteral("USD"));
    b.opportunity(b.account, 900'000'000, QStringLiteral("won"));
    b.opportunity(b.account, 300, QStringLiteral("lost"));
    b.trash(QStringLiteral("opportunity"), b.opportunity(b.account, 1'000, QStringLiteral("open")));
    b.opportunity(b.other, 42, QStringLiteral("open"));

    const AccountSummary sum = b.summary(b.account);
    CHECK(sum.openPipeline.value(QStringLiteral("CNY")) == 105'000'050);
    CHECK(sum.openPipeline.value(QStringLiteral("USD")) == 7'000);
    CHECK(sum.openPipeline.size() == 2);
    CHECK(sum.openOpportunities == 3);
    CHECK(b.summary(b.other).openPipeline.value(QStringLiteral("CNY")) == 42);
}

TEST_CASE("recent follow-ups: today back to local midnight 90 days ago, no plans, no trash")
{
    Book b;
    b.followUp(b.account, localAt(0, QTime(23, 59)));
    b.followUp(b.account, localAt(90, QTime(0, 0))); // first instant of the window
    b.followUp(b.account, localAt(91, QTime(23, 59, 59)));
    b.followUp(b.account, localAt(-1, QTime(0, 0))); // tomorrow: a plan
    b.trash(QStringLiteral("followup"), b.followUp(b.account, localAt(3)));
    b.followUp(b.other, localAt(1));

    CHECK(b.summary(b.account).recentFollowUps == 2);
    CHECK(b.summary(b.other).recentFollowUps == 1);

    SummaryOptions week;
    week.today = kToday;
    week.followUpDays = 7;
    CHECK(accountSummary(b.store->reader(), b.account, week).value().recentFollowUps == 1);
}

TEST_CASE("open tasks and active contacts")
{
    Book b;
    b.task(b.account, QStringLiteral("open"));
    b.task(b.account, {});
    b.task(b.account, QStringLiteral("done"));
    b.task(b.account, QStringLiteral("cancelled"));
    b.trash(QStringLiteral("task"), b.task(b.account, QStringLiteral("open")));
    b.task(b.other, QStringLiteral("open"));
    b.contact(b.account, s("王建国"));
    b.contact(b.account, s("李娜"), {{QStringLiteral("status"), QStringLiteral("active")}});
    b.contact(b.account, s("赵磊"), {{QStringLiteral("status"), QStringLiteral("left")}});
    b.trash(QStringLiteral("contact"), b.contact(b.account, s("陈静")));
    b.contact(b.other, s("刘洋"));

    const AccountSummary sum = b.summary(b.account);
    CHECK(sum.openTasks == 2);
    CHECK(sum.contacts == 2);
    CHECK(sum.contactsLeft == 1);
}

TEST_CASE("an unknown account is an error; an empty one has zero figures")
{
    Book b;
    CHECK_FALSE(accountSummary(b.store->reader(), ids::newId()).isOk());
    const AccountSummary sum = b.summary(b.account);
    CHECK(sum.openPipeline.isEmpty());
    CHECK(sum.recentFollowUps == 0);
    CHECK(sum.openTasks == 0);
    CHECK(sum.contacts == 0);
}

TEST_CASE("contact list: unit name, best coverage and who, last contacted up to today")
{
    Book b;
    const QString hq = b.unit(b.account, s("集团总部"));
    const QString south = b.unit(b.account, s("华南区"), hq);
    const QString wang = b.contact(b.account, s("王建国"),
                                   {{QStringLiteral("org_unit_id"), hq},
                                    {QStringLiteral("stance"), QStringLiteral("supporter")},
                                    {QStringLiteral("influence"), 5}});
    const QString li = b.contact(b.account, s("李娜"), {{QStringLiteral("org_unit_id"), south}});
    const QString zhao =
        b.contact(b.account, s("赵磊"), {{QStringLiteral("status"), QStringLiteral("left")}});
    b.trash(QStringLiteral("contact"), b.contact(b.account, s("陈静")));
    b.contact(b.other, s("刘洋"));

    const QString zhang = b.member(s("张伟")), liu = b.member(s("刘芳")), gone = b.member(s("孙强"));
    b.cover(liu, wang, QStringLiteral("working"));
    b.cover(zhang, wang, QStringLiteral("trusted"));
    b.cover(gone, wang, QStringLiteral("trusted"));
    b.trash(QStringLiteral("member"), gone);
    b.cover(zhang, li, QStringLiteral("none"));

    b.followUp(b.account, localAt(30), {wang, li});
    b.followUp(b.account, localAt(2), {wang});
    b.followUp(b.account, localAt(-3), {li});                                     // planned
    b.trash(QStringLiteral("followup"), b.followUp(b.account, localAt(1), {li})); // trash
    b.followUp(b.account, localAt(0));                                            // nobody named

    const auto rows = b.contacts();
    REQUIRE(rows.size() == 3); // not the one in the trash, nor the other account's
    const ContactRow& w = rowOf(rows, wang);
    CHECK(w.orgUnitName == s("集团总部"));
    CHECK(w.stance == QStringLiteral("supporter"));
    CHECK(w.influence == 5);
    CHECK(w.coverageLevel == QStringLiteral("trusted"));
    CHECK(w.coveredBy == QStringList{s("张伟")}); // the deleted member does not count
    CHECK(w.lastContacted == localAt(2));

    const ContactRow& l = rowOf(rows, li);
    CHECK(l.coverageLevel.isEmpty()); // "none" is no coverage
    CHECK(l.coveredBy.isEmpty());
    CHECK(l.lastContacted == localAt(30));
    CHECK(l.influence == 0);

    const ContactRow& z = rowOf(rows, zhao);
    CHECK(z.left);
    CHECK(z.lastContacted.isEmpty());
    CHECK(z.orgUnitName.isEmpty());

    const auto south_ = b.contacts(south);
    REQUIRE(south_.size() == 1);
    CHECK(south_.front().id == li);
}

TEST_CASE("equal best coverage lists every member at that level")
{
    Book b;
    const QString wang = b.contact(b.account, s("王建国"));
    const QString zhang = b.member(s("张伟")), liu = b.member(s("刘芳"));
    b.cover(zhang, wang, QStringLiteral("working"));
    b.cover(liu, wang, QStringLiteral("working"));
    const auto rows = b.contacts();
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().coverageLevel == QStringLiteral("working"));
    CHECK(rows.front().coveredBy == QStringList{s("刘芳"), s("张伟")});
}

TEST_CASE("a change touches an account through its own records, team members and the tier model only")
{
    Book b;
    const QString mine = b.contact(b.account, s("王建国"));
    const QString theirs = b.contact(b.other, s("刘洋"));
    const QString gone = b.contact(b.account, s("陈静"));
    b.trash(QStringLiteral("contact"), gone);
    auto touches = [&](const QSet<QString>& entities, const QSet<QString>& ids) {
        auto r = touchesAccount(b.store->reader(), b.account, entities, ids);
        REQUIRE(r.isOk());
        return r.value();
    };
    const QSet<QString> contact{QStringLiteral("contact")};
    CHECK(touches(contact, {mine}));
    CHECK(touches(contact, {theirs, mine}));
    CHECK(touches(contact, {gone})); // a record going to the trash changes the view
    CHECK_FALSE(touches(contact, {theirs}));
    CHECK(touches({QStringLiteral("account")}, {b.account}));
    CHECK_FALSE(touches({QStringLiteral("account")}, {b.other}));
    CHECK(touches({QStringLiteral("member")}, {ids::newId()}));
    // The model's thresholds and weights recompute every account's tier and health.
    CHECK(touches({QStringLiteral("account_model")}, {model::kAccountModelId}));
}
