#include <doctest/doctest.h>

#include "QtDoctest.h"
#include "demo/DemoData.h"
#include "export/CanonicalExport.h"
#include "store/Ids.h"
#include "store/Store.h"
#include "validation/Validation.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace summit;

namespace {

const QDate kToday(2025, 6, 18);

struct Generated
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    demo::Summary summary;
    std::vector<std::pair<int, int>> progress;
};

std::unique_ptr<Generated> generateDemo(quint64 seed, int accounts = 3)
{
    auto g = std::make_unique<Generated>();
    REQUIRE(g->dir.isValid());
    auto opened = Store::open(g->dir.filePath(QStringLiteral("demo.db")));
    REQUIRE_MESSAGE(opened.isOk(), opened.message());
    g->store = std::move(opened).value();
    demo::Options options;
    options.accounts = accounts;
    options.seed = seed;
    options.today = kToday;
    options.progress = [&g](int done, int total) {
        g->progress.emplace_back(done, total);
    };
    auto result = demo::generate(*g->store, options);
    REQUIRE_MESSAGE(result.isOk(), result.message());
    g->summary = result.value();
    return g;
}

QByteArray canonical(Store& store)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status s = writeCanonicalJson(store.reader(), buffer);
    REQUIRE_MESSAGE(s.isOk(), s.message());
    return buffer.data();
}

QVariant scalar(Store& store, const QString& sql)
{
    return store.reader().scalar(sql);
}
qint64 count(Store& store, const QString& sql)
{
    return scalar(store, sql).toLongLong();
}

QStringList column(Store& store, const QString& sql)
{
    QSqlQuery q(store.reader().connection());
    q.setForwardOnly(true);
    REQUIRE_MESSAGE(q.exec(sql), sql);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

TEST_CASE("demo data: counts, anchors and integrity")
{
    auto g = generateDemo(7);
    Store& store = *g->store;
    const demo::Summary& s = g->summary;

    {
        INFO("the summary matches the tables and the ranges are plausible");
        CHECK(s.members == 8);
        CHECK(s.accounts == 3);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM members")) == s.members);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM accounts")) == s.accounts);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM org_units")) == s.orgUnits);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM contacts")) == s.contacts);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM influence_links")) == s.links);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM coverage")) == s.coverage);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM opportunities")) == s.opportunities);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM buying_roles")) == s.buyingRoles);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM followups")) == s.followups);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM tasks")) == s.tasks);

        CHECK(s.orgUnits >= 3 * 6);
        CHECK(s.orgUnits <= 3 * 250);
        CHECK(s.contacts >= 3 * 20);
        CHECK(s.contacts <= 3 * 2000);
        CHECK(s.followups >= s.contacts * 7);
        CHECK(s.followups <= s.contacts * 13);
        CHECK(s.opportunities >= 3);
        CHECK(s.opportunities <= 3 * 8);
        CHECK(s.links > 0);
        CHECK(s.coverage > 0);
        CHECK(s.buyingRoles > 0);
        CHECK(s.tasks > 0);
        // Every account has 1 to 8 opportunities and at least 20 contacts.
        CHECK(count(store,
                    QStringLiteral("SELECT count(*) FROM accounts a WHERE (SELECT count(*) FROM "
                                   "opportunities o WHERE o.account_id = a.id) NOT BETWEEN 1 AND 8")) == 0);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM accounts a WHERE (SELECT count(*) FROM "
                                          "contacts c WHERE c.account_id = a.id) < 20")) == 0);
    }

    {
        INFO("progress is reported after each account");
        const std::vector<std::pair<int, int>> expected = {{1, 3}, {2, 3}, {3, 3}};
        CHECK(g->progress == expected);
    }

    {
        INFO("the team: roles, and me is the first account manager");
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM members WHERE role = 'account_manager'")) ==
              3);
        CHECK(count(store,
                    QStringLiteral("SELECT count(*) FROM members WHERE role = 'solution_architect'")) == 2);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM members WHERE role = 'delivery_expert'")) ==
              2);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM members WHERE role = 'team_lead'")) == 1);
        auto me = store.record(QStringLiteral("member"), s.meId);
        REQUIRE(me.isOk());
        CHECK(me.value().value(QStringLiteral("role")).toString() == QStringLiteral("account_manager"));
        CHECK(me.value().value(QStringLiteral("email")).toString().endsWith(QStringLiteral("@example.com")));
        // The first account (华为) is mine.
        CHECK(scalar(store, QStringLiteral("SELECT am_id FROM accounts WHERE short_name = '华为'"))
                  .toString() == s.meId);
    }

    {
        INFO("anchors: 华为 with 王建国, then 中国移动");
        const QStringList names = column(store, QStringLiteral("SELECT name FROM accounts ORDER BY id"));
        REQUIRE(names.size() == 3);
        CHECK(names[0] == QStringLiteral("华为技术有限公司"));
        CHECK(names[1] == QStringLiteral("中国移动通信集团有限公司"));
        CHECK(scalar(store,
                     QStringLiteral("SELECT credit_code FROM accounts WHERE name = '华为技术有限公司'")) ==
              QStringLiteral("914403001922038216"));
        CHECK(scalar(store, QStringLiteral(
                                "SELECT short_name FROM accounts WHERE name = '中国移动通信集团有限公司'")) ==
              QStringLiteral("中国移动"));
        const QStringList wang =
            column(store, QStringLiteral("SELECT c.decision_role FROM contacts c JOIN accounts a ON "
                                         "a.id = c.account_id WHERE a.short_name = '华为' AND "
                                         "c.name = '王建国'"));
        CHECK(wang == QStringList{QStringLiteral("economic_buyer")});
    }

    {
        INFO("references stay inside their account");
        CHECK(count(store,
                    QStringLiteral("SELECT count(*) FROM contacts c JOIN contacts r ON r.id = c.reports_to "
                                   "WHERE r.account_id <> c.account_id")) == 0);
        CHECK(count(store, QStringLiteral(
                               "SELECT count(*) FROM contacts c LEFT JOIN contacts r ON r.id = c.reports_to "
                               "WHERE c.reports_to IS NOT NULL AND r.id IS NULL")) == 0);
        CHECK(count(store,
                    QStringLiteral("SELECT count(*) FROM contacts c JOIN org_units u ON u.id = c.org_unit_id "
                                   "WHERE u.account_id <> c.account_id")) == 0);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM contacts WHERE org_unit_id IS NULL")) == 0);
        CHECK(count(store,
                    QStringLiteral("SELECT count(*) FROM org_units u JOIN org_units p ON p.id = u.parent_id "
                                   "WHERE p.account_id <> u.account_id")) == 0);
        CHECK(count(store, QStringLiteral(
                               "SELECT count(*) FROM influence_links l JOIN contacts f ON f.id = l.from_id "
                               "JOIN contacts t ON t.id = l.to_id WHERE f.account_id <> l.account_id OR "
                               "t.account_id <> l.account_id OR l.from_id = l.to_id")) == 0);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM buying_roles b JOIN opportunities o ON "
                                          "o.id = b.opportunity_id WHERE o.account_id <> b.account_id")) ==
              0);
        // Follow-up contacts: 1 to 3 contacts of the same account.
        QSqlQuery q(store.reader().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT account_id, contact_ids FROM followups")));
        int checked = 0, bad = 0;
        while (q.next()) {
            const QJsonArray ids = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
            if (ids.isEmpty() || ids.size() > 3)
                ++bad;
            for (const auto& id : ids)
                if (scalar(store, QStringLiteral("SELECT account_id FROM contacts WHERE id = '%1'")
                                      .arg(id.toString())) != q.value(0))
                    ++bad;
            ++checked;
        }
        CHECK(checked == s.followups);
        CHECK(bad == 0);
    }

    {
        INFO("reporting lines: unit heads report to the parent unit's head, nobody else is a root");
        // One root per account (the chairman of the group HQ).
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM contacts WHERE reports_to IS NULL")) == 3);
        CHECK(count(store,
                    QStringLiteral("SELECT count(*) FROM contacts c JOIN org_units u ON u.id = c.org_unit_id "
                                   "WHERE c.reports_to IS NULL AND u.kind <> 'group_hq'")) == 0);
        // Staff report to someone of their own unit or of the parent unit.
        CHECK(count(store,
                    QStringLiteral("SELECT count(*) FROM contacts c JOIN contacts r ON r.id = c.reports_to "
                                   "JOIN org_units u ON u.id = c.org_unit_id WHERE r.org_unit_id <> u.id AND "
                                   "r.org_unit_id <> u.parent_id")) == 0);
    }

    {
        INFO("org trees have 3 to 6 levels and one root");
        QSqlQuery q(store.reader().connection());
        REQUIRE(q.exec(QStringLiteral(
            "WITH RECURSIVE walk(id, account_id, depth) AS ("
            " SELECT id, account_id, 1 FROM org_units WHERE parent_id IS NULL"
            " UNION ALL SELECT u.id, u.account_id, w.depth + 1 FROM org_units u JOIN walk w ON u.parent_id = "
            "w.id)"
            " SELECT account_id, max(depth), count(*), (SELECT count(*) FROM org_units r WHERE r.account_id ="
            " walk.account_id AND r.parent_id IS NULL) FROM walk GROUP BY account_id")));
        int accounts = 0;
        qint64 reached = 0;
        while (q.next()) {
            CAPTURE(q.value(0).toString());
            CHECK(q.value(1).toInt() >= 3);
            CHECK(q.value(1).toInt() <= 6);
            CHECK(q.value(3).toInt() == 1);
            reached += q.value(2).toLongLong();
            ++accounts;
        }
        CHECK(accounts == 3);
        CHECK(reached == s.orgUnits); // every unit hangs under its HQ
    }

    {
        INFO("credit codes are valid, unique and the tax id of the account");
        QStringList codes =
            column(store, QStringLiteral("SELECT credit_code FROM accounts UNION ALL SELECT credit_code "
                                         "FROM org_units WHERE credit_code IS NOT NULL"));
        CHECK(codes.size() > 3);
        for (const QString& code : codes) {
            CAPTURE(code);
            CHECK(validation::checkCreditCode(code) == QString());
            CHECK(code.size() == 18);
        }
        const qsizetype all = codes.size();
        codes.removeDuplicates();
        CHECK(codes.size() == all);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM accounts WHERE tax_id <> credit_code OR "
                                          "invoice_title <> name OR currency <> 'CNY'")) == 0);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM org_units WHERE kind = 'subsidiary' AND "
                                          "credit_code IS NULL")) == 0);
    }

    {
        INFO("contacts: mobiles, left contacts, decision roles");
        for (const QString& m :
             column(store, QStringLiteral("SELECT mobile FROM contacts WHERE mobile IS NOT NULL"))) {
            CAPTURE(m);
            CHECK(validation::checkMobile(m) == QString());
            CHECK(m.size() == 11);
        }
        const qint64 left =
            count(store, QStringLiteral("SELECT count(*) FROM contacts WHERE status = 'left'"));
        CHECK(left > 0);
        CHECK(left < s.contacts / 10);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM contacts WHERE (status = 'left') <> "
                                          "(left_on IS NOT NULL)")) == 0);
        CHECK(count(store,
                    QStringLiteral(
                        "SELECT count(*) FROM (SELECT account_id FROM contacts WHERE "
                        "decision_role = 'economic_buyer' GROUP BY account_id HAVING count(*) > 1)")) == 0);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM contacts WHERE decision_role IS NOT NULL")) >=
              3 * 3);
        CHECK(count(store, QStringLiteral(
                               "SELECT count(*) FROM contacts WHERE influence NOT BETWEEN 1 AND 5")) == 0);
        // Nobody shares an e-mail address or a mobile with a colleague: by Summit's own rules
        // (duplicate check, import) two such people would be one. Seed 7 gave 陈建红 and 陈家华
        // both chenjh@huawei.com before the initials style counted on.
        CHECK(
            count(store, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM contacts WHERE email IS NOT NULL"
                                        " GROUP BY account_id, email HAVING count(*) > 1)")) == 0);
        CHECK(count(store,
                    QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM contacts WHERE mobile IS NOT NULL"
                                   " GROUP BY account_id, mobile HAVING count(*) > 1)")) == 0);
        // The chairman outranks his staff.
        CHECK(count(store,
                    QStringLiteral("SELECT count(*) FROM contacts c JOIN contacts r ON r.id = c.reports_to "
                                   "WHERE c.influence > r.influence")) == 0);
    }

    {
        INFO("follow-ups: the last three years in China working hours; tasks overdue, due today and done");
        const QString first = scalar(store, QStringLiteral("SELECT min(at) FROM followups")).toString();
        const QString last = scalar(store, QStringLiteral("SELECT max(at) FROM followups")).toString();
        CHECK(first >= kToday.addDays(-3 * 366).toString(Qt::ISODate));
        CHECK(last < kToday.toString(Qt::ISODate));
        CHECK(first < kToday.addYears(-2).toString(Qt::ISODate)); // really years of history
        for (const QString& at : column(store, QStringLiteral("SELECT at FROM followups LIMIT 500"))) {
            const QDateTime utc = QDateTime::fromString(at, Qt::ISODateWithMs);
            REQUIRE(utc.isValid());
            const int localHour = (utc.time().hour() + 8) % 24;
            CHECK(localHour >= 9);
            CHECK(localHour <= 18);
        }
        CHECK(count(store, QStringLiteral("SELECT count(DISTINCT type) FROM followups")) == 7);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM tasks WHERE source = 'followup' AND "
                                          "followup_id IS NULL")) == 0);
        const QString today = kToday.toString(Qt::ISODate);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'open' AND due < '%1'")
                               .arg(today)) > 0);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'open' AND due = '%1'")
                               .arg(today)) > 0);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'done'")) > 0);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM tasks WHERE (status = 'done') <> "
                                          "(done_at IS NOT NULL)")) == 0);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM tasks WHERE done_at >= '%1'").arg(today)) ==
              0);
        CHECK(count(store, QStringLiteral("SELECT count(*) FROM opportunities WHERE status = 'lost' AND "
                                          "loss_reason IS NULL")) == 0);
    }

    {
        INFO("the id source is the system's again afterwards");
        const QString id = ids::newId();
        const qint64 millis = id.left(8).append(id.mid(9, 4)).toLongLong(nullptr, 16);
        CHECK(qAbs(millis - QDateTime::currentMSecsSinceEpoch()) < 60 * 60 * 1000);
    }
}

TEST_CASE("demo data is deterministic for a seed and a day")
{
    auto a = generateDemo(42);
    auto b = generateDemo(42);
    const QByteArray exportA = canonical(*a->store);
    const QByteArray exportB = canonical(*b->store);
    CHECK(exportA.size() > 100000);
    CHECK(exportA == exportB);
    CHECK(a->summary.meId == b->summary.meId);

    auto c = generateDemo(43);
    CHECK(canonical(*c->store) != exportA);
    // The anchors do not depend on the seed.
    CHECK(scalar(*c->store, QStringLiteral("SELECT count(*) FROM contacts WHERE name = '王建国' AND "
                                           "decision_role = 'economic_buyer'"))
              .toInt() == 1);
}

TEST_CASE("demo data: no accounts gives just the team")
{
    auto g = generateDemo(1, 0);
    CHECK(g->summary.members == 8);
    CHECK(g->summary.accounts == 0);
    CHECK(!g->summary.meId.isEmpty());
    CHECK(g->progress.empty());
    CHECK(count(*g->store, QStringLiteral("SELECT count(*) FROM accounts")) == 0);
}
