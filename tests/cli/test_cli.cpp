// summit-cli end to end: the real binary in a child process, a real database file.
#include "QtDoctest.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "CliRunner.h"

using summit::test::Cli;
using summit::test::Run;

namespace {

// The object of a JSON array whose `key` is `value` (empty when there is none).
QJsonObject findIn(const QJsonArray& array, const QString& value, const QString& key = QStringLiteral("id"))
{
    for (const auto& v : array)
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    return {};
}

QStringList gapKinds(const QJsonArray& gaps)
{
    QStringList kinds;
    for (const auto& g : gaps)
        kinds << g.toObject().value(QStringLiteral("kind")).toString();
    return kinds;
}

const QRegularExpression
    kId(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));

} // namespace

TEST_CASE("exit status: 0 on success, 2 on a usage error, 1 on any other error with one line on stderr")
{
    Cli cli;
    CHECK(cli({}).code == 2);
    CHECK(cli({QStringLiteral("frobnicate")}).code == 2);
    CHECK(cli({QStringLiteral("account"), QStringLiteral("add")}).code == 2);
    CHECK(cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--bogus")}).code == 2);
    CHECK(cli({QStringLiteral("init")}).code == 0);

    const Run bad = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("华为技术有限公司"),
                         QStringLiteral("credit_code=914403001922038217")});
    CHECK(bad.code == 1);
    CHECK(bad.err.count(QLatin1Char('\n')) == 1);
    CHECK(bad.err.startsWith(QStringLiteral("summit-cli: ")));
    CHECK(bad.err.contains(QStringLiteral("credit code")));
    CHECK(bad.out.isEmpty());
    CHECK(cli.json({QStringLiteral("account"), QStringLiteral("list")})
              .array()
              .isEmpty()); // nothing was written

    CHECK(cli({QStringLiteral("account"), QStringLiteral("show"),
               QStringLiteral("01234567-0123-7123-8123-0123456789ab")})
              .code == 1);
    CHECK(cli({QStringLiteral("init")}, QStringLiteral("/proc/version/x.db")).code == 1);
}

TEST_CASE("--version prints the build's version and commit, for summit-cli and summit")
{
    // "summit-cli 0.1.0 (commit abc1234)"; "unknown" in place of the commit outside a checkout.
    const QRegularExpression line(
        QStringLiteral("^%1 %2 \\(commit ([0-9a-f]{4,40}|unknown)\\)\n$")
            .arg(QStringLiteral("summit-cli"),
                 QRegularExpression::escape(QStringLiteral(SUMMIT_PROJECT_VERSION))));
    Cli cli(false);
    const Run r = cli({QStringLiteral("--version")});
    CHECK(r.code == 0);
    CHECK_MESSAGE(line.match(r.out).hasMatch(), r.out.toStdString());
    CHECK(r.err.isEmpty());
    CHECK_FALSE(QFile::exists(cli.db)); // no database is opened for it

    // The desktop program answers before it needs a display.
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(SUMMIT_GUI_PATH), {QStringLiteral("--version")});
    REQUIRE(gui.waitForFinished(60000));
    CHECK(gui.exitCode() == 0);
    const QString out = QString::fromUtf8(gui.readAllStandardOutput());
    CHECK(out.startsWith(QStringLiteral("summit %1 (commit ").arg(QStringLiteral(SUMMIT_PROJECT_VERSION))));
    CHECK(out.section(QLatin1Char('('), 1) == r.out.section(QLatin1Char('('), 1)); // the same commit
}

TEST_CASE("every command answers --help")
{
    Cli cli;
    const Run overview = cli({QStringLiteral("--help")});
    CHECK(overview.code == 0);
    const QStringList commands = {QStringLiteral("init"),
                                  QStringLiteral("demo"),
                                  QStringLiteral("account add"),
                                  QStringLiteral("account list"),
                                  QStringLiteral("account show"),
                                  QStringLiteral("account set"),
                                  QStringLiteral("orgunit add"),
                                  QStringLiteral("orgunit move"),
                                  QStringLiteral("contact add"),
                                  QStringLiteral("contact list"),
                                  QStringLiteral("contact show"),
                                  QStringLiteral("contact set"),
                                  QStringLiteral("link add"),
                                  QStringLiteral("followup add"),
                                  QStringLiteral("followup list"),
                                  QStringLiteral("task add"),
                                  QStringLiteral("task list"),
                                  QStringLiteral("task done"),
                                  QStringLiteral("task reopen"),
                                  QStringLiteral("opportunity add"),
                                  QStringLiteral("opportunity list"),
                                  QStringLiteral("opportunity set"),
                                  QStringLiteral("delete"),
                                  QStringLiteral("undo"),
                                  QStringLiteral("search"),
                                  QStringLiteral("history"),
                                  QStringLiteral("stats"),
                                  QStringLiteral("export"),
                                  QStringLiteral("member add"),
                                  QStringLiteral("member list"),
                                  QStringLiteral("member leave"),
                                  QStringLiteral("member return"),
                                  QStringLiteral("coverage set"),
                                  QStringLiteral("coverage remove"),
                                  QStringLiteral("coverage list"),
                                  QStringLiteral("buying-role add"),
                                  QStringLiteral("buying-role remove"),
                                  QStringLiteral("link set"),
                                  QStringLiteral("bulk set"),
                                  QStringLiteral("gaps")};
    for (const QString& c : commands) {
        CAPTURE(c);
        CHECK(overview.out.contains(c));
        const Run r = cli(c.split(QLatin1Char(' ')) + QStringList{QStringLiteral("--help")});
        CHECK(r.code == 0);
        CHECK(r.out.startsWith(QStringLiteral("Usage: ") + c));
    }
}

TEST_CASE("a working session: accounts, org units, contacts, follow-ups, tasks, search, history, undo")
{
    Cli cli;
    const QString acc = cli.add({QStringLiteral("account"), QStringLiteral("add"),
                                 QStringLiteral("华为技术有限公司"), QStringLiteral("short_name=华为"),
                                 QStringLiteral("credit_code=914403001922038216"), QStringLiteral("tier=A")});
    CHECK(kId.match(acc).hasMatch());
    const QString hq = cli.add({QStringLiteral("orgunit"), QStringLiteral("add"), acc,
                                QStringLiteral("集团总部"), QStringLiteral("kind=group_hq")});
    const QString div =
        cli.add({QStringLiteral("orgunit"), QStringLiteral("add"), acc, QStringLiteral("企业业务部"),
                 QStringLiteral("kind=division"), QStringLiteral("parent_id=") + hq});
    const Run cycle = cli({QStringLiteral("orgunit"), QStringLiteral("move"), hq, div});
    CHECK(cycle.code == 1);
    CHECK(cycle.err.contains(QStringLiteral("ancestor")));
    // --root is a flag: it takes no value and moves the unit to the top.
    const Run toTop = cli({QStringLiteral("orgunit"), QStringLiteral("move"), div, QStringLiteral("--root")});
    CHECK_MESSAGE(toTop.code == 0, toTop.err.toStdString());
    CHECK(cli.json({QStringLiteral("orgunit"), QStringLiteral("show"), div})
              .object()
              .value(QStringLiteral("parent_id"))
              .isNull());
    CHECK(cli({QStringLiteral("orgunit"), QStringLiteral("move"), div, hq}).code == 0);

    const QString wang =
        cli.add({QStringLiteral("contact"), QStringLiteral("add"), acc, QStringLiteral("王建国"),
                 QStringLiteral("title=采购总监"), QStringLiteral("decision_role=economic_buyer"),
                 QStringLiteral("mobile=13800138000"), QStringLiteral("org_unit_id=") + div});
    const QString li = cli.add({QStringLiteral("contact"), QStringLiteral("add"), acc, QStringLiteral("李娜"),
                                QStringLiteral("reports_to=") + wang});
    CHECK(cli({QStringLiteral("link"), QStringLiteral("add"), li, wang, QStringLiteral("kind=influences"),
               QStringLiteral("strength=4")})
              .code == 0);
    const Run badPhone = cli({QStringLiteral("contact"), QStringLiteral("set"), li, QStringLiteral("phone"),
                              QStringLiteral("12345")});
    CHECK(badPhone.code == 1);
    CHECK(badPhone.err.contains(QStringLiteral("Phone")));

    CHECK(cli({QStringLiteral("contact"), QStringLiteral("set"), wang, QStringLiteral("stance"),
               QStringLiteral("supporter")})
              .code == 0);
    const QJsonObject shown = cli.json({QStringLiteral("contact"), QStringLiteral("show"), wang}).object();
    CHECK(shown.value(QStringLiteral("stance")).toString() == QStringLiteral("supporter"));
    CHECK(shown.value(QStringLiteral("name")).toString() == QStringLiteral("王建国"));

    const QString fu =
        cli.add({QStringLiteral("followup"), QStringLiteral("add"), acc, QStringLiteral("visit"),
                 QStringLiteral("拜访王建国，沟通数据中心扩容"), QStringLiteral("contact_ids=") + wang,
                 QStringLiteral("next_action=发送方案"), QStringLiteral("next_due=2026-12-01")});
    CHECK(cli.json({QStringLiteral("followup"), QStringLiteral("list"), QStringLiteral("--account"), acc})
              .array()
              .size() == 1);
    const QString task = cli.add({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("发送方案"),
                                  QStringLiteral("account_id=") + acc, QStringLiteral("due=2026-12-01"),
                                  QStringLiteral("status=open"), QStringLiteral("followup_id=") + fu});
    CHECK(cli({QStringLiteral("task"), QStringLiteral("done"), task}).code == 0);
    CHECK(cli.json({QStringLiteral("task"), QStringLiteral("show"), task})
              .object()
              .value(QStringLiteral("status"))
              .toString() == QStringLiteral("done"));
    const QString opp = cli.add({QStringLiteral("opportunity"), QStringLiteral("add"), acc,
                                 QStringLiteral("数据中心扩容"), QStringLiteral("amount=1250000.50"),
                                 QStringLiteral("currency=CNY"), QStringLiteral("stage=propose")});
    CHECK(cli.json({QStringLiteral("opportunity"), QStringLiteral("show"), opp})
              .object()
              .value(QStringLiteral("amount"))
              .toInteger() == 125000050);

    for (const QString& q : {QStringLiteral("华为"), QStringLiteral("hw"), QStringLiteral("huawei")}) {
        CAPTURE(q);
        const QJsonArray hits = cli.json({QStringLiteral("search"), q}).array();
        REQUIRE_FALSE(hits.isEmpty());
        CHECK(hits.first().toObject().value(QStringLiteral("id")).toString() == acc);
    }
    CHECK(cli.json({QStringLiteral("search"), QStringLiteral("13800138000")})
              .array()
              .first()
              .toObject()
              .value(QStringLiteral("id"))
              .toString() == wang);

    const QJsonArray history = cli.json({QStringLiteral("history"), wang}).array();
    bool sawStance = false;
    for (const auto& e : history)
        if (e.toObject().value(QStringLiteral("field")).toString() == QStringLiteral("stance"))
            sawStance = e.toObject().value(QStringLiteral("new")).toString() == QStringLiteral("supporter");
    CHECK(sawStance);

    CHECK(cli({QStringLiteral("delete"), li}).code == 0);
    CHECK(cli.json({QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--account"), acc})
              .array()
              .size() == 1);
    const Run undo = cli({QStringLiteral("undo")});
    CHECK(undo.code == 0);
    CHECK(undo.out.contains(QStringLiteral("Delete")));
    CHECK(cli.json({QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--account"), acc})
              .array()
              .size() == 2);

    const QJsonObject stats = cli.json({QStringLiteral("stats")}).object();
    CHECK(stats.value(QStringLiteral("contact")).toInt() == 2);
    CHECK(stats.value(QStringLiteral("account")).toInt() == 1);
}

TEST_CASE("a follow-up's next action becomes a task from the command line as from the dialog")
{
    Cli cli;
    const QString acc =
        cli.add({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("中国移动")});
    const QString me = cli.add({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("李娜")});
    const QString fu =
        cli.add({QStringLiteral("followup"), QStringLiteral("add"), acc, QStringLiteral("call"),
                 QStringLiteral("电话沟通二期预算"), QStringLiteral("author_id=") + me,
                 QStringLiteral("next_action=发送报价"), QStringLiteral("next_due=2026-12-08")});
    const QJsonArray tasks =
        cli.json({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--account"), acc}).array();
    REQUIRE(tasks.size() == 1);
    const QJsonObject task = tasks.first().toObject();
    CHECK(task.value(QStringLiteral("title")).toString() == QStringLiteral("发送报价"));
    CHECK(task.value(QStringLiteral("due")).toString() == QStringLiteral("2026-12-08"));
    CHECK(task.value(QStringLiteral("followup_id")).toString() == fu);
    CHECK(task.value(QStringLiteral("assignee_id")).toString() == me);
    CHECK(task.value(QStringLiteral("source")).toString() == QStringLiteral("followup"));
    CHECK(task.value(QStringLiteral("status")).toString() == QStringLiteral("open"));

    // Without a next action there is no task; a bad due date is refused and nothing is written.
    cli.add({QStringLiteral("followup"), QStringLiteral("add"), acc, QStringLiteral("visit"),
             QStringLiteral("拜访")});
    const Run badDue = cli({QStringLiteral("followup"), QStringLiteral("add"), acc, QStringLiteral("visit"),
                            QStringLiteral("拜访"), QStringLiteral("next_action=回访"),
                            QStringLiteral("next_due=2026-13-01")});
    CHECK(badDue.code == 1);
    CHECK(badDue.err.contains(QStringLiteral("2026-13-01")));
    CHECK(cli.json({QStringLiteral("task"), QStringLiteral("list")}).array().size() == 1);
    CHECK(cli.json({QStringLiteral("followup"), QStringLiteral("list")}).array().size() == 2);

    // A task made by hand is open; done and reopen go back and forth.
    const QString id = cli.add({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("准备方案"),
                                QStringLiteral("account_id=") + acc});
    auto status = [&] {
        return cli.json({QStringLiteral("task"), QStringLiteral("show"), id})
            .object()
            .value(QStringLiteral("status"))
            .toString();
    };
    CHECK(status() == QStringLiteral("open"));
    CHECK(cli({QStringLiteral("task"), QStringLiteral("done"), id}).code == 0);
    CHECK(status() == QStringLiteral("done"));
    CHECK(cli({QStringLiteral("task"), QStringLiteral("reopen"), id}).code == 0);
    CHECK(status() == QStringLiteral("open"));
    const Run notATask = cli({QStringLiteral("task"), QStringLiteral("done"), acc});
    CHECK(notATask.code == 1);
    CHECK(notATask.err.contains(acc));
}

TEST_CASE("the canonical export is stable across runs and across insertion order")
{
    Cli cli;
    const QString one = cli.dir.filePath(QStringLiteral("one.db")),
                  two = cli.dir.filePath(QStringLiteral("two.db"));
    for (const QString& db : {one, two})
        REQUIRE(cli({QStringLiteral("init")}, db).code == 0);
    const QString a = QStringLiteral("01900000-0000-7000-8000-00000000000a"),
                  b = QStringLiteral("01900000-0000-7000-8000-00000000000b");
    auto add = [&](const QString& db, const QString& id, const QString& name) {
        REQUIRE(cli({QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("tier=B"),
                     QStringLiteral("--id"), id},
                    db)
                    .code == 0);
    };
    add(one, a, QStringLiteral("甲集团"));
    add(one, b, QStringLiteral("乙集团"));
    add(two, b, QStringLiteral("乙集团"));
    add(two, a, QStringLiteral("甲集团"));
    const QByteArray first = cli.exportJson(one);
    CHECK(first == cli.exportJson(one));
    CHECK(first == cli.exportJson(two));
    CHECK(first.contains("甲集团"));
    CHECK(cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("丙"), QStringLiteral("--id"),
               a},
              one)
              .code == 1);
    CHECK(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
               QStringLiteral("--out"), QStringLiteral("x")})
              .code == 2);
}

TEST_CASE("demo data is deterministic for a seed")
{
    Cli cli;
    const QString one = cli.dir.filePath(QStringLiteral("d1.db")),
                  two = cli.dir.filePath(QStringLiteral("d2.db"));
    for (const QString& db : {one, two}) {
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--accounts"), QStringLiteral("2"),
                           QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--today"),
                           QStringLiteral("2026-11-23")},
                          db);
        REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    }
    CHECK(cli.exportJson(one) == cli.exportJson(two));
    const Run hits = cli({QStringLiteral("search"), QStringLiteral("华为"), QStringLiteral("--type"),
                          QStringLiteral("account")},
                         one);
    CHECK(hits.out.contains(QStringLiteral("华为技术有限公司")));
    CHECK(cli({QStringLiteral("demo"), QStringLiteral("--accounts"), QStringLiteral("0")}).code == 2);
}

TEST_CASE(
    "the team from the command line: members join, leave with a handover and return; the last admin stays")
{
    Cli cli;
    const QString zhang = cli.add({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("张伟"),
                                   QStringLiteral("role=admin")});
    const QString li = cli.add({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("李娜"),
                                QStringLiteral("role=account_manager")});
    const QString wang = cli.add({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("王芳")});
    const QString hw = cli.add({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("华为"),
                                QStringLiteral("am_id=") + zhang});
    const QString zte = cli.add({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("中兴"),
                                 QStringLiteral("sa_id=") + zhang});
    for (const QString& title : {QStringLiteral("发送方案"), QStringLiteral("安排交流")})
        cli.add({QStringLiteral("task"), QStringLiteral("add"), title, QStringLiteral("account_id=") + hw,
                 QStringLiteral("assignee_id=") + zhang});
    const QString done = cli.add({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("已完成"),
                                  QStringLiteral("assignee_id=") + zhang});
    REQUIRE(cli({QStringLiteral("task"), QStringLiteral("done"), done}).code == 0);
    for (const QString& name : {QStringLiteral("数据中心扩容"), QStringLiteral("云迁移")})
        cli.add({QStringLiteral("opportunity"), QStringLiteral("add"), hw, name,
                 QStringLiteral("owner_id=") + zhang});

    // A member added from the command line is active, like one added in the Team page.
    CHECK(cli.json({QStringLiteral("member"), QStringLiteral("show"), wang})
              .object()
              .value(QStringLiteral("status"))
              .toString() == QStringLiteral("active"));
    auto members = [&] {
        return cli.json({QStringLiteral("member"), QStringLiteral("list")}).array();
    };
    QJsonArray list = members();
    REQUIRE(list.size() == 3);
    QJsonObject z = findIn(list, zhang);
    CHECK(z.value(QStringLiteral("name")).toString() == QStringLiteral("张伟"));
    CHECK(z.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(z.value(QStringLiteral("accounts")).toInt() == 2);
    CHECK(z.value(QStringLiteral("open_tasks")).toInt() == 2); // the done task does not count
    CHECK(z.value(QStringLiteral("open_opportunities")).toInt() == 2);
    CHECK(findIn(list, li).value(QStringLiteral("accounts")).toInt() == 0);
    CHECK(cli.json({QStringLiteral("member"), QStringLiteral("list"), QStringLiteral("--where"),
                    QStringLiteral("role=admin")})
              .array()
              .size() == 1);
    const Run text = cli({QStringLiteral("member"), QStringLiteral("list")});
    CHECK(text.out.contains(zhang + QStringLiteral("\t张伟\tadmin\tactive\t2\t2\t2\n")));

    auto amOf = [&](const QString& account, const char* seat) {
        return cli.json({QStringLiteral("account"), QStringLiteral("show"), account})
            .object()
            .value(QString::fromLatin1(seat))
            .toString();
    };

    // The last admin can neither leave nor be deleted; nothing is written.
    const Run lastLeaves =
        cli({QStringLiteral("member"), QStringLiteral("leave"), zhang, QStringLiteral("--to"), li});
    CHECK(lastLeaves.code == 1);
    CHECK(lastLeaves.err.count(QLatin1Char('\n')) == 1);
    CHECK(lastLeaves.err.contains(QStringLiteral("last admin")));
    const Run lastDeleted = cli({QStringLiteral("delete"), zhang});
    CHECK(lastDeleted.code == 1);
    CHECK(lastDeleted.err.contains(QStringLiteral("last admin")));
    CHECK(findIn(members(), zhang).value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(amOf(hw, "am_id") == zhang);

    REQUIRE(cli({QStringLiteral("member"), QStringLiteral("set"), wang, QStringLiteral("role"),
                 QStringLiteral("admin")})
                .code == 0);

    // Someone who holds accounts, tasks and deals cannot leave without a successor.
    const Run noSuccessor = cli({QStringLiteral("member"), QStringLiteral("leave"), zhang});
    CHECK(noSuccessor.code == 1);
    CHECK(noSuccessor.err.count(QLatin1Char('\n')) == 1);
    CHECK(noSuccessor.err.contains(QStringLiteral("Successor")));
    CHECK(noSuccessor.err.contains(QStringLiteral("--to")));
    CHECK(noSuccessor.out.isEmpty());
    CHECK(findIn(members(), zhang).value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(amOf(hw, "am_id") == zhang);

    // A successor who is not a member is refused as well.
    CHECK(cli({QStringLiteral("member"), QStringLiteral("leave"), zhang, QStringLiteral("--to"), hw}).code ==
          1);
    CHECK(cli({QStringLiteral("member"), QStringLiteral("leave"), zhang, QStringLiteral("--to")}).code == 2);

    const Run handover =
        cli({QStringLiteral("member"), QStringLiteral("leave"), zhang, QStringLiteral("--to"), li});
    REQUIRE_MESSAGE(handover.code == 0, handover.err.toStdString());
    CHECK(handover.out.trimmed() ==
          QStringLiteral("Handed over 2 accounts, 2 tasks and 2 opportunities to 李娜."));
    CHECK(amOf(hw, "am_id") == li);
    CHECK(amOf(zte, "sa_id") == li);
    list = members();
    CHECK(findIn(list, zhang).value(QStringLiteral("status")).toString() == QStringLiteral("left"));
    CHECK(findIn(list, zhang).value(QStringLiteral("accounts")).toInt() == 0);
    CHECK(findIn(list, li).value(QStringLiteral("accounts")).toInt() == 2);
    CHECK(findIn(list, li).value(QStringLiteral("open_tasks")).toInt() == 2);
    CHECK(findIn(list, li).value(QStringLiteral("open_opportunities")).toInt() == 2);
    CHECK(cli.json({QStringLiteral("task"), QStringLiteral("show"), done})
              .object()
              .value(QStringLiteral("assignee_id"))
              .toString() == zhang); // a done task stays with who did it

    // Nothing new goes to someone who left; leaving twice is refused.
    const Run toLeft =
        cli({QStringLiteral("account"), QStringLiteral("set"), zte, QStringLiteral("de_id"), zhang});
    CHECK(toLeft.code == 1);
    CHECK(toLeft.err.contains(QStringLiteral("has left the team")));
    CHECK(amOf(zte, "de_id").isEmpty());
    CHECK(cli({QStringLiteral("member"), QStringLiteral("leave"), zhang, QStringLiteral("--to"), li}).code ==
          1);

    // The handover is one change: one undo gives everything back.
    CHECK(cli({QStringLiteral("undo")}).code == 0);
    CHECK(amOf(hw, "am_id") == zhang);
    CHECK(amOf(zte, "sa_id") == zhang);
    CHECK(findIn(members(), zhang).value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(cli({QStringLiteral("redo")}).code == 0);
    CHECK(amOf(hw, "am_id") == li);

    // Returning makes the member active again; nothing is handed back.
    CHECK(cli({QStringLiteral("member"), QStringLiteral("return"), zhang}).code == 0);
    CHECK(findIn(members(), zhang).value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(amOf(hw, "am_id") == li);

    // Someone who holds nothing leaves without a successor.
    const Run plain = cli({QStringLiteral("member"), QStringLiteral("leave"), zhang});
    CHECK_MESSAGE(plain.code == 0, plain.err.toStdString());
    CHECK(plain.out.contains(QStringLiteral("张伟")));
    CHECK(findIn(members(), zhang).value(QStringLiteral("status")).toString() == QStringLiteral("left"));
}

TEST_CASE("coverage, buying roles and influence links from the command line, seen by the gap analysis")
{
    Cli cli;
    const QString li = cli.add({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("李娜")});
    const QString acc = cli.add({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("华为"),
                                 QStringLiteral("am_id=") + li});
    const QString buyer = cli.add({QStringLiteral("contact"), QStringLiteral("add"), acc,
                                   QStringLiteral("王建国"), QStringLiteral("decision_role=economic_buyer")});
    const QString other =
        cli.add({QStringLiteral("contact"), QStringLiteral("add"), acc, QStringLiteral("赵敏")});
    auto gaps = [&] {
        return cli.json({QStringLiteral("gaps"), acc}).array();
    };

    QJsonArray before = gaps();
    REQUIRE(gapKinds(before).contains(QStringLiteral("economic_buyer_not_covered")));
    const QJsonObject notCovered =
        findIn(before, QStringLiteral("economic_buyer_not_covered"), QStringLiteral("kind"));
    CHECK(notCovered.value(QStringLiteral("severity")).toString() == QStringLiteral("high"));
    CHECK(notCovered.value(QStringLiteral("entity")).toString() == QStringLiteral("contact"));
    CHECK(notCovered.value(QStringLiteral("id")).toString() == buyer);
    CHECK(notCovered.value(QStringLiteral("message")).toString().contains(QStringLiteral("王建国")));
    const Run words = cli({QStringLiteral("gaps"), acc});
    CHECK(words.code == 0);
    CHECK(words.out.contains(QStringLiteral("High: ") +
                             notCovered.value(QStringLiteral("message")).toString() + QLatin1Char('\n')));
    CHECK(words.out.count(QLatin1Char('\n')) == before.size());

    // Setting coverage twice keeps one row, changed in place.
    const QString first =
        cli.add({QStringLiteral("coverage"), QStringLiteral("set"), buyer, li, QStringLiteral("brief")});
    const QString second = cli.add({QStringLiteral("coverage"), QStringLiteral("set"), buyer, li,
                                    QStringLiteral("working"), QStringLiteral("desired=trusted")});
    CHECK(first == second);
    QJsonArray coverage = cli.json({QStringLiteral("coverage"), QStringLiteral("list"), buyer}).array();
    REQUIRE(coverage.size() == 1);
    CHECK(coverage[0].toObject().value(QStringLiteral("member_id")).toString() == li);
    CHECK(coverage[0].toObject().value(QStringLiteral("member_name")).toString() == QStringLiteral("李娜"));
    CHECK(coverage[0].toObject().value(QStringLiteral("level")).toString() == QStringLiteral("working"));
    CHECK(coverage[0].toObject().value(QStringLiteral("desired_level")).toString() ==
          QStringLiteral("trusted"));
    QJsonArray after = gaps();
    CHECK_FALSE(gapKinds(after).contains(QStringLiteral("economic_buyer_not_covered")));
    CHECK(findIn(after, QStringLiteral("coverage_below_desired"), QStringLiteral("kind"))
              .value(QStringLiteral("id"))
              .toString() == buyer);

    // A level not in the list is refused, naming the field; nothing is written.
    const Run badLevel =
        cli({QStringLiteral("coverage"), QStringLiteral("set"), buyer, li, QStringLiteral("great")});
    CHECK(badLevel.code == 1);
    CHECK(badLevel.err.count(QLatin1Char('\n')) == 1);
    CHECK(badLevel.err.contains(QStringLiteral("level")));
    CHECK(badLevel.err.contains(QStringLiteral("\"great\"")));
    const Run badDesired = cli({QStringLiteral("coverage"), QStringLiteral("set"), buyer, li,
                                QStringLiteral("trusted"), QStringLiteral("desired=best")});
    CHECK(badDesired.code == 1);
    CHECK(badDesired.err.contains(QStringLiteral("\"best\"")));
    coverage = cli.json({QStringLiteral("coverage"), QStringLiteral("list"), buyer}).array();
    REQUIRE(coverage.size() == 1);
    CHECK(coverage[0].toObject().value(QStringLiteral("level")).toString() == QStringLiteral("working"));

    // Nobody who left gets new coverage.
    const QString gone = cli.add({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("离职者")});
    REQUIRE(cli({QStringLiteral("member"), QStringLiteral("leave"), gone}).code == 0);
    const Run byLeft =
        cli({QStringLiteral("coverage"), QStringLiteral("set"), other, gone, QStringLiteral("brief")});
    CHECK(byLeft.code == 1);
    CHECK(byLeft.err.contains(QStringLiteral("has left the team")));
    CHECK(cli.json({QStringLiteral("coverage"), QStringLiteral("list"), other}).array().isEmpty());

    CHECK(cli({QStringLiteral("coverage"), QStringLiteral("remove"), buyer, li}).code == 0);
    CHECK(cli.json({QStringLiteral("coverage"), QStringLiteral("list"), buyer}).array().isEmpty());
    CHECK(cli({QStringLiteral("coverage"), QStringLiteral("remove"), buyer, li}).code == 1);
    CHECK(gapKinds(gaps()).contains(QStringLiteral("economic_buyer_not_covered")));

    // A buying role is set in place and taken off again; the gap analysis follows.
    const QString opp =
        cli.add({QStringLiteral("opportunity"), QStringLiteral("add"), acc, QStringLiteral("数据中心扩容")});
    CHECK(gapKinds(gaps()).contains(QStringLiteral("opportunity_without_champion")));
    const QString role = cli.add(
        {QStringLiteral("buying-role"), QStringLiteral("add"), opp, other, QStringLiteral("champion")});
    CHECK_FALSE(gapKinds(gaps()).contains(QStringLiteral("opportunity_without_champion")));
    CHECK(cli.add({QStringLiteral("buying-role"), QStringLiteral("add"), opp, other,
                   QStringLiteral("influencer")}) == role);
    CHECK(gapKinds(gaps()).contains(QStringLiteral("opportunity_without_champion")));
    const Run badRole =
        cli({QStringLiteral("buying-role"), QStringLiteral("add"), opp, other, QStringLiteral("boss")});
    CHECK(badRole.code == 1);
    CHECK(badRole.err.contains(QStringLiteral("Role")));
    REQUIRE(
        cli({QStringLiteral("buying-role"), QStringLiteral("add"), opp, other, QStringLiteral("champion")})
            .code == 0);
    CHECK(cli({QStringLiteral("buying-role"), QStringLiteral("remove"), opp, other}).code == 0);
    CHECK(gapKinds(gaps()).contains(QStringLiteral("opportunity_without_champion")));
    CHECK(cli({QStringLiteral("buying-role"), QStringLiteral("remove"), opp, other}).code == 1);

    // link set creates the link once and changes it in place.
    const QString link = cli.add({QStringLiteral("link"), QStringLiteral("set"), other, buyer,
                                  QStringLiteral("kind=trusts"), QStringLiteral("strength=4")});
    CHECK(kId.match(link).hasMatch());
    CHECK(cli.add({QStringLiteral("link"), QStringLiteral("set"), other, buyer,
                   QStringLiteral("strength=2")}) == link);
    const Run badStrength =
        cli({QStringLiteral("link"), QStringLiteral("set"), other, buyer, QStringLiteral("strength=9")});
    CHECK(badStrength.code == 1);
    CHECK(badStrength.err.contains(QStringLiteral("Strength")));
    CHECK(cli({QStringLiteral("link"), QStringLiteral("set"), other, buyer, QStringLiteral("kind=hates")})
              .code == 1);
    const QJsonArray records =
        QJsonDocument::fromJson(cli.exportJson(cli.db)).object().value(QStringLiteral("records")).toArray();
    int links = 0;
    for (const auto& r : records)
        if (r.toObject().value(QStringLiteral("entity")).toString() == QStringLiteral("influence_link"))
            ++links;
    CHECK(links == 1);
    const QJsonObject fields = findIn(records, link).value(QStringLiteral("fields")).toObject();
    CHECK(fields.value(QStringLiteral("kind")).toString() == QStringLiteral("trusts"));
    CHECK(fields.value(QStringLiteral("strength")).toInt() == 2);
    CHECK(fields.value(QStringLiteral("from_id")).toString() == other);
    CHECK(fields.value(QStringLiteral("to_id")).toString() == buyer);
}

TEST_CASE("gaps: none found, an unknown account, a bad date")
{
    Cli cli;
    const QString li = cli.add({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("李娜")});
    const QString acc = cli.add({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("华为"),
                                 QStringLiteral("am_id=") + li});
    const QString buyer = cli.add({QStringLiteral("contact"), QStringLiteral("add"), acc,
                                   QStringLiteral("王建国"), QStringLiteral("decision_role=economic_buyer")});
    const QString other =
        cli.add({QStringLiteral("contact"), QStringLiteral("add"), acc, QStringLiteral("赵敏")});
    cli.add({QStringLiteral("coverage"), QStringLiteral("set"), buyer, li, QStringLiteral("trusted")});
    cli.add({QStringLiteral("followup"), QStringLiteral("add"), acc, QStringLiteral("visit"),
             QStringLiteral("拜访"), QStringLiteral("contact_ids=") + buyer + QLatin1Char(',') + other});
    CHECK(cli.json({QStringLiteral("gaps"), acc}).array().isEmpty());
    const Run none = cli({QStringLiteral("gaps"), acc});
    CHECK(none.code == 0);
    CHECK(none.out == QStringLiteral("No gaps found.\n"));
    // Long after the last visit the buyer is stale (High, a contact).
    const QJsonArray later = cli.json({QStringLiteral("gaps"), acc, QStringLiteral("--today"),
                                       QDate::currentDate().addDays(200).toString(Qt::ISODate)})
                                 .array();
    CHECK(findIn(later, QStringLiteral("economic_buyer_stale"), QStringLiteral("kind"))
              .value(QStringLiteral("id"))
              .toString() == buyer);

    CHECK(cli({QStringLiteral("gaps"), buyer}).code == 1);
    CHECK(cli({QStringLiteral("gaps"), acc, QStringLiteral("--today"), QStringLiteral("2026-13-01")}).code ==
          2);
    CHECK(cli({QStringLiteral("gaps")}).code == 2);
}

TEST_CASE("bulk set changes exactly the matching records as one change")
{
    Cli cli;
    const QString li = cli.add({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("李娜")});
    QStringList south;
    for (const QString& name : {QStringLiteral("华为"), QStringLiteral("中兴"), QStringLiteral("腾讯")})
        south << cli.add({QStringLiteral("account"), QStringLiteral("add"), name,
                          QStringLiteral("region=华南"), QStringLiteral("tier=B")});
    const QString north = cli.add({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("百度"),
                                   QStringLiteral("region=华北"), QStringLiteral("tier=B")});
    auto accounts = [&] {
        return cli.json({QStringLiteral("account"), QStringLiteral("list")}).array();
    };
    auto field = [&](const QString& id, const char* name) {
        return findIn(accounts(), id).value(QString::fromLatin1(name)).toString();
    };
    const QStringList where = {QStringLiteral("bulk"),    QStringLiteral("set"),
                               QStringLiteral("--type"),  QStringLiteral("account"),
                               QStringLiteral("--where"), QStringLiteral("region=华南")};

    const Run dry = cli(where + QStringList{QStringLiteral("am_id"), li, QStringLiteral("--dry-run")});
    CHECK(dry.code == 0);
    CHECK(dry.out.contains(QStringLiteral("3")));
    for (const QString& id : south)
        CHECK(field(id, "am_id").isEmpty());

    const Run changed = cli(where + QStringList{QStringLiteral("am_id"), li});
    REQUIRE_MESSAGE(changed.code == 0, changed.err.toStdString());
    CHECK(changed.out == QStringLiteral("Changed 3 records.\n"));
    for (const QString& id : south)
        CHECK(field(id, "am_id") == li);
    CHECK(field(north, "am_id").isEmpty());

    // One change: one undo takes back all three.
    const Run undo = cli({QStringLiteral("undo")});
    CHECK(undo.code == 0);
    for (const QString& id : south)
        CHECK(field(id, "am_id").isEmpty());
    CHECK(accounts().size() == 4); // the one undo took back the bulk change, not an earlier one

    // Several --where must all match.
    // (A tier the figures do not give needs a reason, as in the desktop app; one already on the
    // account counts.)
    REQUIRE(cli(where + QStringList{QStringLiteral("--where"), QStringLiteral("name=中兴"),
                                    QStringLiteral("tier_reason"), QStringLiteral("集团战略客户")})
                .code == 0);
    const Run two = cli(where + QStringList{QStringLiteral("--where"), QStringLiteral("name=中兴"),
                                            QStringLiteral("tier"), QStringLiteral("A")});
    REQUIRE_MESSAGE(two.code == 0, two.err.toStdString());
    CHECK(field(south[1], "tier") == QStringLiteral("A"));
    CHECK(field(south[0], "tier") == QStringLiteral("B"));
    CHECK(field(north, "tier") == QStringLiteral("B"));
    const Run none = cli(where + QStringList{QStringLiteral("--where"), QStringLiteral("name=百度"),
                                             QStringLiteral("tier"), QStringLiteral("S")});
    CHECK(none.code == 0);
    CHECK(none.out.contains(QStringLiteral("0")));
    CHECK(field(north, "tier") == QStringLiteral("B"));
    CHECK(field(south[0], "tier") == QStringLiteral("B"));

    // Bad values are refused naming the field, and nothing is written.
    const Run badTier = cli(where + QStringList{QStringLiteral("tier"), QStringLiteral("Z")});
    CHECK(badTier.code == 1);
    CHECK(badTier.err.count(QLatin1Char('\n')) == 1);
    CHECK(badTier.err.contains(QStringLiteral("Tier")));
    CHECK(field(south[0], "tier") == QStringLiteral("B"));
    const QString gone = cli.add({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("离职者")});
    REQUIRE(cli({QStringLiteral("member"), QStringLiteral("leave"), gone}).code == 0);
    const Run toLeft = cli(where + QStringList{QStringLiteral("am_id"), gone});
    CHECK(toLeft.code == 1);
    CHECK(toLeft.err.contains(QStringLiteral("has left the team")));
    for (const QString& id : south)
        CHECK(field(id, "am_id").isEmpty());

    // Usage errors: no --where (it would change every record), an unknown type or field.
    CHECK(cli({QStringLiteral("bulk"), QStringLiteral("set"), QStringLiteral("--type"),
               QStringLiteral("account"), QStringLiteral("tier"), QStringLiteral("A")})
              .code == 2);
    CHECK(cli({QStringLiteral("bulk"), QStringLiteral("set"), QStringLiteral("--type"),
               QStringLiteral("planet"), QStringLiteral("--where"), QStringLiteral("tier=B"),
               QStringLiteral("tier"), QStringLiteral("A")})
              .code == 2);
    CHECK(cli(where + QStringList{QStringLiteral("colour"), QStringLiteral("red")}).code == 2);

    // The team keeps an admin: demoting every admin at once is refused.
    const QString admin = cli.add({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("张伟"),
                                   QStringLiteral("role=admin")});
    const Run demote = cli({QStringLiteral("bulk"), QStringLiteral("set"), QStringLiteral("--type"),
                            QStringLiteral("member"), QStringLiteral("--where"), QStringLiteral("role=admin"),
                            QStringLiteral("role"), QStringLiteral("team_lead")});
    CHECK(demote.code == 1);
    CHECK(demote.err.contains(QStringLiteral("admin")));
    CHECK(cli.json({QStringLiteral("member"), QStringLiteral("show"), admin})
              .object()
              .value(QStringLiteral("role"))
              .toString() == QStringLiteral("admin"));
}

TEST_CASE("bulk set reaches every matching record, past the first page")
{
    Cli cli;
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--accounts"), QStringLiteral("3"),
                 QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--today"),
                 QStringLiteral("2026-11-23")})
                .code == 0);
    const qsizetype calls = cli.json({QStringLiteral("followup"), QStringLiteral("list"),
                                      QStringLiteral("--where"), QStringLiteral("type=call")})
                                .array()
                                .size();
    REQUIRE(calls > 1000); // more than one page of the query bulk set reads
    const Run r = cli({QStringLiteral("bulk"), QStringLiteral("set"), QStringLiteral("--type"),
                       QStringLiteral("followup"), QStringLiteral("--where"), QStringLiteral("type=call"),
                       QStringLiteral("outcome"), QStringLiteral("已回访")});
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    CHECK(r.out == QStringLiteral("Changed %1 records.\n").arg(calls));
    CHECK(cli.json({QStringLiteral("followup"), QStringLiteral("list"), QStringLiteral("--where"),
                    QStringLiteral("outcome=已回访")})
              .array()
              .size() == calls);
}

TEST_CASE("delete takes several ids as one change and says what an account takes with it")
{
    Cli cli;
    const QString acc = cli.add({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("华为")});
    const QString other = cli.add({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("中兴")});
    QStringList people;
    for (const QString& name : {QStringLiteral("王建国"), QStringLiteral("李娜"), QStringLiteral("赵敏")})
        people << cli.add({QStringLiteral("contact"), QStringLiteral("add"), other, name});
    cli.add({QStringLiteral("orgunit"), QStringLiteral("add"), acc, QStringLiteral("集团总部")});
    cli.add({QStringLiteral("orgunit"), QStringLiteral("add"), acc, QStringLiteral("企业业务部")});
    cli.add({QStringLiteral("contact"), QStringLiteral("add"), acc, QStringLiteral("张三")});
    cli.add({QStringLiteral("contact"), QStringLiteral("add"), acc, QStringLiteral("李四")});
    auto contacts = [&](const QString& account) {
        return cli
            .json({QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--account"), account})
            .array()
            .size();
    };

    const Run two = cli({QStringLiteral("delete"), people[0], people[1]});
    CHECK(two.code == 0);
    CHECK(contacts(other) == 1);
    const Run undo = cli({QStringLiteral("undo")});
    CHECK(undo.code == 0);
    CHECK(contacts(other) == 3); // one undo brings both back

    // An unknown id among them: nothing is deleted.
    const Run unknown =
        cli({QStringLiteral("delete"), people[0], QStringLiteral("01234567-0123-7123-8123-0123456789ab")});
    CHECK(unknown.code == 1);
    CHECK(contacts(other) == 3);
    CHECK(cli({QStringLiteral("delete")}).code == 2);

    // What hangs under a deleted org unit moves up, and the command says so.
    const QString top =
        cli.add({QStringLiteral("orgunit"), QStringLiteral("add"), other, QStringLiteral("总部")});
    const QString sub = cli.add({QStringLiteral("orgunit"), QStringLiteral("add"), other,
                                 QStringLiteral("研发部"), QStringLiteral("parent_id=") + top});
    const QString unit = cli.add({QStringLiteral("orgunit"), QStringLiteral("add"), other,
                                  QStringLiteral("实验室"), QStringLiteral("parent_id=") + sub});
    const Run unitGone = cli({QStringLiteral("delete"), sub});
    CHECK(unitGone.code == 0);
    CHECK(unitGone.out.contains(QStringLiteral("1 sub-unit moves up to the parent unit")));
    CHECK(cli.json({QStringLiteral("orgunit"), QStringLiteral("show"), unit})
              .object()
              .value(QStringLiteral("parent_id"))
              .toString() == top);

    const Run account = cli({QStringLiteral("delete"), acc});
    CHECK(account.code == 0);
    CHECK(account.out.contains(QStringLiteral("2 org units")));
    CHECK(account.out.contains(QStringLiteral("2 people")));
    CHECK(cli.json({QStringLiteral("account"), QStringLiteral("list")}).array().size() == 1);
    CHECK(cli({QStringLiteral("undo")}).code == 0);
    CHECK(cli.json({QStringLiteral("account"), QStringLiteral("list")}).array().size() == 2);
}

TEST_CASE("custom fields: defined, set by key on add and set, checked, listed, removed without losing values")
{
    Cli cli;
    const QString acc =
        cli.add({QStringLiteral("account"), QStringLiteral("add"), QString::fromUtf8("远航集团")});
    const QString def =
        cli.add({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("contact"),
                 QStringLiteral("budget_owner"), QStringLiteral("Budget owner"), QStringLiteral("choice"),
                 QString::fromUtf8("choices=IT|财务|业务"), QString::fromUtf8("label_zh=预算归属")});
    const QString wang = cli.add({QStringLiteral("contact"), QStringLiteral("add"), acc,
                                  QString::fromUtf8("王建国"), QString::fromUtf8("budget_owner=财务")});
    QJsonObject shown = cli.json({QStringLiteral("contact"), QStringLiteral("show"), wang}).object();
    CHECK(shown.value(QStringLiteral("budget_owner")).toString() == QString::fromUtf8("财务"));

    // A value outside the list: one line naming the field, exit 1, nothing written.
    const Run bad = cli({QStringLiteral("contact"), QStringLiteral("set"), wang,
                         QStringLiteral("budget_owner"), QString::fromUtf8("采购")});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("Budget owner")));
    CHECK(cli({QStringLiteral("contact"), QStringLiteral("set"), wang, QStringLiteral("budget_owner"),
               QStringLiteral("IT")})
              .code == 0);
    const Run text = cli({QStringLiteral("contact"), QStringLiteral("show"), wang});
    CHECK(text.out.contains(QStringLiteral("Budget owner: IT")));

    // A duplicate key, a built-in name and a bad type are refused.
    CHECK(cli({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("contact"),
               QStringLiteral("budget_owner"), QStringLiteral("Again"), QStringLiteral("text")})
              .code == 1);
    CHECK(cli({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("contact"),
               QStringLiteral("title"), QStringLiteral("Title 2"), QStringLiteral("text")})
              .code == 1);
    CHECK(cli({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("contact"),
               QStringLiteral("x_y"), QStringLiteral("X"), QStringLiteral("colour")})
              .code == 1);
    // Where it shows: "form" or "lists", nothing else.
    CHECK(
        cli({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("contact"), QStringLiteral("x_y"),
             QStringLiteral("X"), QStringLiteral("text"), QStringLiteral("show_in=menu")})
            .code == 1);
    cli.add({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("contact"),
             QStringLiteral("private_note"), QStringLiteral("Private note"), QStringLiteral("text"),
             QStringLiteral("show_in=form")});

    const QJsonArray fields =
        cli.json({QStringLiteral("field"), QStringLiteral("list"), QStringLiteral("contact")}).array();
    REQUIRE(fields.size() == 2);
    CHECK(fields[0].toObject().value(QStringLiteral("key")).toString() == QStringLiteral("budget_owner"));
    CHECK(fields[0].toObject().value(QStringLiteral("choices")).toArray().size() == 3);
    CHECK(fields[0].toObject().value(QStringLiteral("show_in")).toString() == QStringLiteral("lists"));
    CHECK(fields[1].toObject().value(QStringLiteral("show_in")).toString() == QStringLiteral("form"));

    // Removing the definition hides the value; undo brings both back.
    REQUIRE(cli({QStringLiteral("field"), QStringLiteral("remove"), def}).code == 0);
    CHECK_FALSE(cli({QStringLiteral("contact"), QStringLiteral("show"), wang})
                    .out.contains(QStringLiteral("Budget owner")));
    CHECK(cli({QStringLiteral("contact"), QStringLiteral("set"), wang, QStringLiteral("budget_owner"),
               QStringLiteral("IT")})
              .code == 1);
    REQUIRE(cli({QStringLiteral("undo")}).code == 0);
    CHECK(cli({QStringLiteral("contact"), QStringLiteral("show"), wang})
              .out.contains(QStringLiteral("Budget owner: IT")));
    // The canonical export carries the value.
    CHECK(cli.exportJson(cli.db).contains("\"custom\":{\"budget_owner\":\"IT\"}"));
}
