// summit-cli rule, playbook and calendar end to end: the real binary on a real
// database file. Deadlines on the working calendar, a bad rule or playbook
// refused with the field or step named and nothing written, a run making the
// rules' and playbooks' tasks once, a playbook started by hand and its progress.
#include "QtDoctest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "CliRunner.h"

using summit::test::Cli;
using summit::test::Run;

namespace {
const QString kNewKey = QStringLiteral("00000000-0000-7000-8003-000000000001");
const QString kMonthly = QStringLiteral("00000000-0000-7000-8003-000000000003");
const QString kToday = QStringLiteral("2026-12-07");

QString s(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

TEST_CASE("calendar workdays counts on China's calendar and says when a year is not covered")
{
    Cli cli;
    // The Friday before National Day 2026: five workdays later is after the holiday.
    Run r = cli({QStringLiteral("calendar"), QStringLiteral("workdays"), QStringLiteral("2026-09-30"),
                 QStringLiteral("5")});
    CHECK(r.code == 0);
    CHECK(r.out.trimmed() == QStringLiteral("2026-10-13"));
    r = cli({QStringLiteral("calendar"), QStringLiteral("workdays"), QStringLiteral("2027-03-01"),
             QStringLiteral("1")});
    CHECK(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("2027")));
    r = cli({QStringLiteral("calendar"), QStringLiteral("workdays"), QStringLiteral("2026-13-01"),
             QStringLiteral("1")});
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("2026-13-01")));
}

TEST_CASE("a bad rule or playbook is refused naming what is wrong, and nothing is written")
{
    Cli cli;
    const int rules = cli.json({QStringLiteral("rule"), QStringLiteral("list")}).array().size();
    CHECK(rules == 11);
    Run r =
        cli({QStringLiteral("rule"), QStringLiteral("add"), s("name=测试"), QStringLiteral("condition=quiet"),
             QStringLiteral("threshold=-3"), QStringLiteral("roles=am")});
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("-3")));
    CHECK(cli.json({QStringLiteral("rule"), QStringLiteral("list")}).array().size() == rules);

    const int playbooks = cli.json({QStringLiteral("playbook"), QStringLiteral("list")}).array().size();
    CHECK(playbooks == 5);
    r = cli({QStringLiteral("playbook"), QStringLiteral("add"), QStringLiteral("--name"), s("试点"),
             QStringLiteral("--trigger"), QStringLiteral("manual"), QStringLiteral("--step"),
             QStringLiteral("a: Call | 1wd | am | after b"), QStringLiteral("--step"),
             QStringLiteral("b: Visit | 2wd | am | after a")});
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("circle")));
    r = cli({QStringLiteral("playbook"), QStringLiteral("add"), QStringLiteral("--name"), s("试点"),
             QStringLiteral("--trigger"), QStringLiteral("manual"), QStringLiteral("--step"),
             QStringLiteral("a: Call | tomorrow | am")});
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("tomorrow")));
    CHECK(cli.json({QStringLiteral("playbook"), QStringLiteral("list")}).array().size() == playbooks);
    // A good one is added and listed.
    const QString id = cli.add({QStringLiteral("playbook"), QStringLiteral("add"), QStringLiteral("--name"),
                                s("试点"), QStringLiteral("--trigger"), QStringLiteral("manual"),
                                QStringLiteral("--step"), s("call: 电话确认需求 | 24h | am"),
                                QStringLiteral("--step"), s("visit: 上门拜访 | 3wd | am,sa | after call")});
    const QJsonObject shown = cli.json({QStringLiteral("playbook"), QStringLiteral("show"), id}).object();
    CHECK(shown.value(QStringLiteral("steps")).toArray().size() == 2);
    CHECK(shown.value(QStringLiteral("steps"))
              .toArray()[1]
              .toObject()
              .value(QStringLiteral("after"))
              .toArray()[0]
              .toString() == QStringLiteral("call"));
}

TEST_CASE("a run makes the rules' and playbooks' tasks once; a playbook started by hand shows its progress")
{
    Cli cli;
    cli.add({QStringLiteral("member"), QStringLiteral("add"), s("赵总"), QStringLiteral("role=team_lead")});
    const QString am = cli.add(
        {QStringLiteral("member"), QStringLiteral("add"), s("王敏"), QStringLiteral("role=account_manager")});
    const QString acc = cli.add({QStringLiteral("account"), QStringLiteral("add"), s("华东电力"),
                                 QStringLiteral("tier=A"), QStringLiteral("am_id=") + am});
    // The quiet key account (a rule) and the month's health check (a playbook).
    QJsonObject run =
        cli.json({QStringLiteral("rule"), QStringLiteral("run"), QStringLiteral("--today"), kToday}).object();
    bool rule = false, monthly = false;
    for (const auto& v : run.value(QStringLiteral("tasks")).toArray()) {
        const QJsonObject t = v.toObject();
        rule = rule || !t.value(QStringLiteral("rule_id")).toString().isEmpty();
        monthly = monthly || t.value(QStringLiteral("playbook_id")).toString() == kMonthly;
    }
    CHECK(rule);
    CHECK(monthly);
    CHECK(run.value(QStringLiteral("made")).toInt() == run.value(QStringLiteral("tasks")).toArray().size());
    run =
        cli.json({QStringLiteral("rule"), QStringLiteral("run"), QStringLiteral("--today"), kToday}).object();
    CHECK(run.value(QStringLiteral("made")).toInt() == 0);
    CHECK(run.value(QStringLiteral("existing")).toInt() > 0);

    // Switched off, the new-key-account playbook cannot be started; switched on, it can, once a day.
    Run r = cli({QStringLiteral("playbook"), QStringLiteral("start"), kNewKey, QStringLiteral("--account"),
                 acc, QStringLiteral("--today"), kToday});
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("switched off")));
    REQUIRE(cli({QStringLiteral("playbook"), QStringLiteral("set"), kNewKey, QStringLiteral("--enabled"),
                 QStringLiteral("1")})
                .code == 0);
    r = cli({QStringLiteral("playbook"), QStringLiteral("start"), kNewKey, QStringLiteral("--account"), acc,
             QStringLiteral("--today"), kToday});
    CHECK_MESSAGE(r.code == 0, r.err.toStdString());
    CHECK(r.out.contains(QStringLiteral("1"))); // the survey for the account manager (no architect)
    r = cli({QStringLiteral("playbook"), QStringLiteral("start"), kNewKey, QStringLiteral("--account"), acc,
             QStringLiteral("--today"), kToday});
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("already started")));

    const QJsonArray runs =
        cli.json({QStringLiteral("playbook"), QStringLiteral("status"), QStringLiteral("--account"), acc,
                  QStringLiteral("--today"), QStringLiteral("2026-12-11")})
            .array();
    QJsonObject manual;
    for (const auto& v : runs)
        if (v.toObject().value(QStringLiteral("playbook_id")).toString() == kNewKey)
            manual = v.toObject();
    REQUIRE_FALSE(manual.isEmpty());
    CHECK(manual.value(QStringLiteral("run")).toString() == QStringLiteral("manual:") + kToday);
    const QJsonArray steps = manual.value(QStringLiteral("steps")).toArray();
    REQUIRE(steps.size() == 3);
    CHECK(steps[0].toObject().value(QStringLiteral("state")).toString() ==
          QStringLiteral("late")); // due 12-10
    CHECK(steps[0].toObject().value(QStringLiteral("due")).toString() == QStringLiteral("2026-12-10"));
    CHECK(steps[1].toObject().value(QStringLiteral("state")).toString() == QStringLiteral("waiting"));
    r = cli({QStringLiteral("playbook"), QStringLiteral("status"), QStringLiteral("--account"), acc,
             QStringLiteral("--today"), kToday});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("0 of 3 steps finished")));
    CHECK(r.out.contains(QStringLiteral("waits for Survey the customer's needs")));
}

TEST_CASE("gate add, list and remove: a team's own gate refuses a move; a shipped gate cannot be removed")
{
    Cli cli;
    const QJsonArray shipped = cli.json({QStringLiteral("gate"), QStringLiteral("list")}).array();
    CHECK(shipped.size() == 6);
    Run r = cli({QStringLiteral("gate"), QStringLiteral("add"), QStringLiteral("applies_to=account"),
                 QStringLiteral("stage=onboarding"), QStringLiteral("requires=de_id,unknown_field")});
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("unknown_field")));
    r = cli({QStringLiteral("gate"), QStringLiteral("add"), QStringLiteral("applies_to=account"),
             QStringLiteral("stage=onboarding"), QStringLiteral("requires=de_id")});
    REQUIRE(r.code == 0);
    const QString id = r.out.trimmed();
    CHECK(cli.json({QStringLiteral("gate"), QStringLiteral("list")}).array().size() == 7);

    r = cli({QStringLiteral("account"), QStringLiteral("add"), s("华东电力")});
    REQUIRE(r.code == 0);
    const QString account = r.out.trimmed();
    r = cli({QStringLiteral("account"), QStringLiteral("set"), account, QStringLiteral("stage"),
             QStringLiteral("onboarding")});
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("Delivery")));

    r = cli({QStringLiteral("gate"), QStringLiteral("remove"),
             shipped.first().toObject().value(QStringLiteral("id")).toString()});
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("switched off")));
    REQUIRE(cli({QStringLiteral("gate"), QStringLiteral("remove"), id}).code == 0);
    CHECK(cli.json({QStringLiteral("gate"), QStringLiteral("list")}).array().size() == 6);
    CHECK(cli({QStringLiteral("account"), QStringLiteral("set"), account, QStringLiteral("stage"),
               QStringLiteral("onboarding")})
              .code == 0);
    r = cli({QStringLiteral("gate"), QStringLiteral("remove"), id});
    CHECK(r.code != 0);
    CHECK(r.err.contains(id));
}
