// An account's lifecycle (analysis/Lifecycle.h): the stage with its entry
// date and days in stage from the operation log, and the forward move the
// records suggest — never backwards, never from a draft.
#include "StoreFixture.h"

#include "analysis/Lifecycle.h"

using namespace summit;
using test::StoreFixture;

namespace {

qint64 noonOf(const QDate& d)
{
    return QDateTime(d, QTime(12, 0)).toMSecsSinceEpoch();
}

struct Book : StoreFixture
{
    analysis::Lifecycle life(const QString& account, const QDate& today)
    {
        auto l = analysis::accountLifecycle(*store, account, today);
        REQUIRE_MESSAGE(l.isOk(), l.message().toStdString());
        return l.value();
    }
    void stage(const QString& account, const char* stage, const QDate& on)
    {
        now = noonOf(on);
        REQUIRE(
            set(QStringLiteral("account"), account, {{QStringLiteral("stage"), QString::fromLatin1(stage)}}));
    }
    QString contract(const QString& account, const char* status, const QDate& signedOn,
                     const QDate& start = {})
    {
        FieldValues f = {{QStringLiteral("account_id"), account},
                         {QStringLiteral("title"), QStringLiteral("Framework")},
                         {QStringLiteral("status"), QString::fromLatin1(status)},
                         {QStringLiteral("signed_on"), signedOn.toString(Qt::ISODate)}};
        if (start.isValid())
            f.emplace_back(QStringLiteral("start_on"), start.toString(Qt::ISODate));
        return add(QStringLiteral("contract"), f);
    }
    void deal(const QString& account)
    {
        add(QStringLiteral("opportunity"), {{QStringLiteral("account_id"), account},
                                            {QStringLiteral("name"), QStringLiteral("DC upgrade")}});
    }
};

} // namespace

TEST_CASE("the stage, the day it was entered and the stages before it come from the log")
{
    Book b;
    b.now = noonOf(QDate(2026, 3, 1));
    const QString a = b.add(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("华为")},
                                                        {QStringLiteral("stage"), QStringLiteral("lead")}});
    b.stage(a, "nurturing", QDate(2026, 4, 10));
    b.stage(a, "opportunity", QDate(2026, 5, 1));
    b.stage(a, "opportunity", QDate(2026, 5, 20)); // set again: still in it since 1 May
    const analysis::Lifecycle l = b.life(a, QDate(2026, 6, 1));
    CHECK(l.stage == QStringLiteral("opportunity"));
    CHECK(l.since == QDate(2026, 5, 1));
    CHECK(l.daysInStage == 31);
    REQUIRE(l.entries.size() == 4);
    CHECK(l.entries.front().stage == QStringLiteral("lead"));
    CHECK(l.entries.front().on == QDate(2026, 3, 1));
    CHECK(l.entries[1].on == QDate(2026, 4, 10));
    CHECK(l.suggested.isEmpty()); // nothing recorded suggests a move

    // An account never given a stage has no entry date.
    const QString bare = b.account(QStringLiteral("小米"));
    const analysis::Lifecycle none = b.life(bare, QDate(2026, 6, 1));
    CHECK(none.stage.isEmpty());
    CHECK_FALSE(none.since.isValid());
    CHECK(none.daysInStage == -1);
    CHECK_FALSE(analysis::accountLifecycle(*b.store, QStringLiteral("nobody"), QDate(2026, 6, 1)));
}

TEST_CASE("records suggest the furthest stage they support, forward only, and a draft suggests nothing")
{
    Book b;
    const QDate today(2026, 6, 1);
    const QString a = b.add(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("华为")},
                                                        {QStringLiteral("stage"), QStringLiteral("lead")}});
    b.contract(a, "draft", QDate(2026, 5, 1), QDate(2026, 5, 1));
    CHECK(b.life(a, today).suggested.isEmpty());

    b.deal(a);
    analysis::Lifecycle l = b.life(a, today);
    CHECK(l.suggested == QStringLiteral("opportunity"));
    CHECK(l.reason.contains(QStringLiteral("DC upgrade")));

    // Signed, its service starting next month: closing.
    b.contract(a, "signed", QDate(2026, 5, 20), QDate(2026, 7, 1));
    l = b.life(a, today);
    CHECK(l.suggested == QStringLiteral("closing"));
    CHECK(l.reason.contains(QStringLiteral("2026")));
    // On 1 July the service has started: onboarding.
    CHECK(b.life(a, QDate(2026, 7, 1)).suggested == QStringLiteral("onboarding"));

    // In service with an open deal: expansion.
    b.stage(a, "service", QDate(2026, 7, 2));
    CHECK(b.life(a, QDate(2026, 7, 3)).suggested == QStringLiteral("expansion"));
    // Already further: nothing, not a step back.
    b.stage(a, "advocacy", QDate(2026, 7, 4));
    CHECK(b.life(a, QDate(2026, 7, 5)).suggested.isEmpty());
    CHECK(analysis::stageRank(QStringLiteral("advocacy")) == 7);
    CHECK(analysis::stageRank(QString()) == -1);
}
