// The map as of a date and "what changed since": an account changed over four
// days on a fixed clock. The map as of each instant must equal the map of a
// copy of the database whose operation log was cut there and rebuilt; the
// changes of a period must be exactly the differences a reviewer would name.
#include "QtDoctest.h"
#include "StoreFixture.h"
#include "map/MapHistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

using namespace summit;
using namespace summit::map;
using test::StoreFixture;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const QString kContact = QStringLiteral("contact");
const qint64 kDay = 24 * 3600 * 1000;
// 2026-05-01 09:00 in China (the suites run with TZ=Asia/Shanghai; only instants matter here).
const qint64 kStart = QDateTime(QDate(2026, 5, 1), QTime(1, 0), QTimeZone::utc()).toMSecsSinceEpoch();

QDateTime instant(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// Four steps, one day apart, each written in a burst of one-second ticks:
//  1 (day 0): HQ and 技术部; 王建国 (economic buyer, supporter, influence 5, covered,
//     seen), 李强 reports to him, 赵磊; link 王建国 → 李强.
//  2 (day 1): 李强 becomes an opponent; 钱芳 joins; 赵磊 leaves and now reports to
//     李强; 深圳子公司 opens; link 李强 → 赵磊 added, 王建国 → 李强 removed.
//  3 (day 2): 孙丽 added and deleted again; 王建国 influence 4 and financial
//     approver; 技术部 moves under 深圳子公司; 钱芳 deleted; 李强 set to
//     opponent again (no change).
//  4 (day 3): 李强 back to supporter... and to opponent (no net change); 周敏 joins.
struct History : StoreFixture
{
    QString acc, me, hq, tech, sub;
    QString wang, li, zhao, qian, sun, zhou;
    QString wangLi, liZhao;
    qint64 stepEnd[5] = {};

    void at(int day) { now = kStart + day * kDay; }

    QString link(const QString& from, const QString& to)
    {
        return add(QStringLiteral("influence_link"), {{QStringLiteral("account_id"), acc},
                                                      {QStringLiteral("from_id"), from},
                                                      {QStringLiteral("to_id"), to},
                                                      {QStringLiteral("kind"), QStringLiteral("influences")},
                                                      {QStringLiteral("strength"), 3}});
    }
    void remove(const QString& entity, const QString& id)
    {
        const Status st = store->apply({QStringLiteral("delete"), {Operation::remove(entity, id)}});
        REQUIRE_MESSAGE(st.isOk(), st.message().toStdString());
    }
    void edit(const QString& entity, const QString& id, FieldValues f)
    {
        const Status st = set(entity, id, std::move(f));
        REQUIRE_MESSAGE(st.isOk(), st.message().toStdString());
    }

    History()
    {
        at(0);
        me = add(QStringLiteral("member"), {{QStringLiteral("name"), s("李明")}});
        store->setAuthor(me);
        acc = account();
        hq = add(QStringLiteral("org_unit"), {{QStringLiteral("account_id"), acc},
                                              {QStringLiteral("name"), s("集团总部")},
                                              {QStringLiteral("kind"), QStringLiteral("group_hq")}});
        tech = unit(acc, s("技术部"), hq);
        wang = contact(acc, s("王建国"),
                       {{QStringLiteral("org_unit_id"), hq},
                        {QStringLiteral("decision_role"), QStringLiteral("economic_buyer")},
                        {QStringLiteral("stance"), QStringLiteral("supporter")},
                        {QStringLiteral("influence"), 5}});
        li = contact(acc, s("李强"),
                     {{QStringLiteral("org_unit_id"), tech},
                      {QStringLiteral("reports_to"), wang},
                      {QStringLiteral("decision_role"), QStringLiteral("technical_buyer")}});
        zhao = contact(acc, s("赵磊"), {{QStringLiteral("org_unit_id"), tech}});
        add(QStringLiteral("coverage"), {{QStringLiteral("account_id"), acc},
                                         {QStringLiteral("member_id"), me},
                                         {QStringLiteral("contact_id"), wang},
                                         {QStringLiteral("level"), QStringLiteral("trusted")}});
        const QString ids = QString::fromUtf8(QJsonDocument(QJsonArray{wang}).toJson(QJsonDocument::Compact));
        add(QStringLiteral("followup"), {{QStringLiteral("account_id"), acc},
                                         {QStringLiteral("type"), QStringLiteral("visit")},
                                         {QStringLiteral("at"), QStringLiteral("2026-04-28T02:00:00.000Z")},
                                         {QStringLiteral("contact_ids"), ids},
                                         {QStringLiteral("summary"), s("拜访王总")}});
        wangLi = link(wang, li);
        stepEnd[1] = now;

        at(1);
        edit(kContact, li, {{QStringLiteral("stance"), QStringLiteral("opponent")}});
        qian = contact(acc, s("钱芳"), {{QStringLiteral("org_unit_id"), tech}});
        edit(kContact, zhao, {{QStringLiteral("status"), QStringLiteral("left")}});
        REQUIRE(store->apply(
            {QStringLiteral("move"), {Operation::move(kContact, zhao, QStringLiteral("reports_to"), li)}}));
        sub = add(QStringLiteral("org_unit"), {{QStringLiteral("account_id"), acc},
                                               {QStringLiteral("name"), s("深圳子公司")},
                                               {QStringLiteral("kind"), QStringLiteral("subsidiary")},
                                               {QStringLiteral("parent_id"), hq}});
        liZhao = link(li, zhao);
        remove(QStringLiteral("influence_link"), wangLi);
        stepEnd[2] = now;

        at(2);
        sun = contact(acc, s("孙丽"), {{QStringLiteral("org_unit_id"), hq}});
        remove(kContact, sun);
        edit(kContact, wang,
             {{QStringLiteral("influence"), 4},
              {QStringLiteral("decision_role"), QStringLiteral("financial_approver")}});
        REQUIRE(store->apply(
            {QStringLiteral("move"),
             {Operation::move(QStringLiteral("org_unit"), tech, QStringLiteral("parent_id"), sub)}}));
        remove(kContact, qian);
        edit(kContact, li, {{QStringLiteral("stance"), QStringLiteral("opponent")}});
        stepEnd[3] = now;

        at(3);
        edit(kContact, li, {{QStringLiteral("stance"), QStringLiteral("supporter")}});
        edit(kContact, li, {{QStringLiteral("stance"), QStringLiteral("opponent")}});
        zhou = contact(acc, s("周敏"), {{QStringLiteral("org_unit_id"), sub}});
        stepEnd[4] = now;
    }

    // The map of a copy of the database whose log was cut at `cutMs` and rebuilt.
    DecisionChainMap rebuiltAt(qint64 cutMs, const MapOptions& o)
    {
        static int copies = 0;
        const QString copy = dir.filePath(QStringLiteral("cut-%1.db").arg(++copies));
        REQUIRE(test::writeBehindStore(store->path(), QStringLiteral("VACUUM INTO ?"), {copy}));
        // The log is cut behind the store's back.
        const qint64 hlc = qint64(HybridClock::pack(cutMs, 0xFFFF));
        REQUIRE(test::writeBehindStore(copy, QStringLiteral("DELETE FROM op_fields WHERE hlc > ?"), {hlc}));
        REQUIRE(test::writeBehindStore(copy, QStringLiteral("DELETE FROM ops WHERE hlc > ?"), {hlc}));
        auto opened = Store::open(copy);
        REQUIRE(opened);
        Store& cut = *opened.value();
        REQUIRE(cut.rebuildFromLog());
        auto m = buildMap(cut.reader(), acc, o);
        REQUIRE_MESSAGE(m.isOk(), m.message().toStdString());
        return m.value();
    }
};

// Everything a reviewer sees of a map, as comparable text lines.
QStringList describe(const DecisionChainMap& m)
{
    QStringList out;
    out << m.accountName;
    for (const MapNode& n : m.nodes) {
        QStringList cover;
        for (const CoverageEntry& c : n.coverage)
            cover << c.memberName + QLatin1Char(':') + c.level;
        out << QStringList{n.id,
                           n.name,
                           n.detail,
                           n.parent >= 0 ? m.nodes[size_t(n.parent)].id : QStringLiteral("-"),
                           n.unitId,
                           n.role,
                           n.stance,
                           QString::number(n.influence),
                           QString::number(n.daysSinceFollowUp),
                           n.left ? QStringLiteral("left") : QStringLiteral("active"),
                           n.hasGap ? QStringLiteral("gap") : QStringLiteral("-"),
                           cover.join(QLatin1Char(','))}
                   .join(QLatin1Char('|'));
    }
    for (const MapLink& l : m.links)
        out << QStringLiteral("link %1 -> %2 %3 %4")
                   .arg(m.nodes[size_t(l.from)].id, m.nodes[size_t(l.to)].id, l.kind)
                   .arg(l.strength);
    for (const analysis::Gap& g : m.gaps)
        out << QStringLiteral("gap %1 %2").arg(analysis::gapKindKey(g.kind), g.id);
    return out;
}

// A change as one comparable line: kind, record, and for a field: field, before -> after.
QString line(const MapChange& c)
{
    const QString head = c.kind + QLatin1Char(' ') + c.name;
    if (c.field.isEmpty())
        return head;
    return QStringLiteral("%1 %2 %3 -> %4").arg(head, c.field, c.before, c.after);
}

// The changes as sorted lines, one string: a failed comparison prints both lists.
QString lines(const std::vector<MapChange>& changes)
{
    QStringList out;
    for (const MapChange& c : changes)
        out << line(c);
    out.sort();
    return out.join(QLatin1Char('\n'));
}

QString lines(QStringList expected)
{
    expected.sort();
    return expected.join(QLatin1Char('\n'));
}

std::vector<MapChange> changes(History& h, qint64 from, qint64 to)
{
    auto r = changesSince(*h.store, h.acc, instant(from), instant(to));
    REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
    return r.value();
}

} // namespace

TEST_CASE_FIXTURE(History, "the map as of each step equals the map rebuilt from the log cut there")
{
    MapOptions o;
    o.today = QDate(2026, 5, 10);
    for (int step = 1; step <= 4; ++step) {
        CAPTURE(step);
        auto past = buildMapAsOf(*store, acc, instant(stepEnd[step]), o);
        REQUIRE_MESSAGE(past.isOk(), past.message().toStdString());
        const QStringList expected = describe(rebuiltAt(stepEnd[step], o));
        CHECK(describe(past.value()) == expected);
        // Laid out the same way too: the chart does not move between the two.
        CHECK(past.value().bounds == rebuiltAt(stepEnd[step], o).bounds);
    }

    // Between steps is the same as the end of the step before.
    auto between = buildMapAsOf(*store, acc, instant(stepEnd[2] + kDay / 2), o);
    REQUIRE(between);
    CHECK(describe(between.value()) == describe(rebuiltAt(stepEnd[2], o)));

    // What each step looked like, checked by hand against the story.
    auto first = buildMapAsOf(*store, acc, instant(stepEnd[1]), o);
    REQUIRE(first);
    const DecisionChainMap& m1 = first.value();
    CHECK(m1.contactCount() == 3);
    CHECK(m1.unitCount() == 2);
    REQUIRE(m1.indexOf(li) >= 0);
    CHECK(m1.nodes[size_t(m1.indexOf(li))].stance == QStringLiteral("unknown"));
    CHECK(m1.nodes[size_t(m1.indexOf(wang))].influence == 5);
    CHECK(m1.nodes[size_t(m1.indexOf(wang))].coverage.size() == 1);
    CHECK(m1.links.size() == 1);
    CHECK(m1.indexOf(qian) < 0); // created later
    CHECK(m1.indexOf(sub) < 0);

    auto third = buildMapAsOf(*store, acc, instant(stepEnd[3]), o);
    REQUIRE(third);
    const DecisionChainMap& m3 = third.value();
    CHECK(m3.indexOf(sun) < 0);  // deleted
    CHECK(m3.indexOf(qian) < 0); // deleted
    CHECK(m3.nodes[size_t(m3.indexOf(zhao))].left);
    CHECK(m3.nodes[size_t(m3.nodes[size_t(m3.indexOf(tech))].parent)].id == sub);
    REQUIRE(m3.links.size() == 1);
    CHECK(m3.nodes[size_t(m3.links[0].from)].id == li);
}

TEST_CASE_FIXTURE(History, "as of now is the live map; before the account existed is an error")
{
    MapOptions o;
    o.today = QDate(2026, 5, 10);
    auto live = buildMap(store->reader(), acc, o);
    REQUIRE(live);
    auto now = buildMapAsOf(*store, acc, instant(stepEnd[4] + kDay), o);
    REQUIRE(now);
    CHECK(describe(now.value()) == describe(live.value()));
    auto invalid = buildMapAsOf(*store, acc, QDateTime(), o);
    REQUIRE(invalid);
    CHECK(describe(invalid.value()) == describe(live.value()));

    auto before = buildMapAsOf(*store, acc, instant(kStart - kDay), o);
    CHECK_FALSE(before.isOk());
    CHECK(before.message().contains(acc));

    // Without a date for freshness, the day of `at` is used: the visit of
    // 2026-04-28 was 3 days before 2026-05-01 and 4 before the next day.
    auto day0 = buildMapAsOf(*store, acc, instant(stepEnd[1]), MapOptions());
    REQUIRE(day0);
    CHECK(day0.value().today == QDate(2026, 5, 1));
    CHECK(day0.value().nodes[size_t(day0.value().indexOf(wang))].daysSinceFollowUp == 3);
}

TEST_CASE_FIXTURE(History, "changes of one day: exactly what a reviewer would name")
{
    const auto day1 = changes(*this, stepEnd[1] + 1, stepEnd[2]);
    CHECK(lines(day1) == lines({
                             s("stance 李强 stance Unknown -> Opponent"),
                             s("new_person 钱芳"),
                             s("left 赵磊 status  -> Left the company"),
                             s("moved 赵磊 reports_to  -> 李强"),
                             s("new_unit 深圳子公司"),
                             s("new_link 李强 → 赵磊"),
                             s("removed_link 王建国 → 李强"),
                         }));
    CHECK(day1.size() == 7);
    for (const MapChange& c : day1) {
        CAPTURE(line(c));
        CHECK(c.at >= instant(stepEnd[1] + 1));
        CHECK(c.at <= instant(stepEnd[2]));
        CHECK(c.authorId == me);
        CHECK(c.authorName == s("李明"));
        if (c.kind == QLatin1String("new_link")) {
            CHECK(c.focusId == li);
            CHECK(c.otherId == zhao);
            CHECK(c.recordId == liZhao);
        }
    }
    // Newest first: the link removal was the day's last operation.
    CHECK(day1.front().kind == QStringLiteral("removed_link"));
    CHECK(day1.front().at == instant(stepEnd[2]));

    const auto day2 = changes(*this, stepEnd[2] + 1, stepEnd[3]);
    CHECK(lines(day2) == lines({
                             s("influence 王建国 influence 5 -> 4"),
                             s("role 王建国 decision_role Economic buyer -> Financial approver"),
                             s("unit_moved 技术部 parent_id 集团总部 -> 深圳子公司"),
                             s("removed_person 钱芳"),
                         })); // 孙丽, added and deleted that day, is not there; nor 李强's unchanged stance
}

TEST_CASE_FIXTURE(History, "a longer period nets out; a quiet period and an undone change list nothing")
{
    const auto days12 = changes(*this, stepEnd[1] + 1, stepEnd[3]);
    const QString l = lines(days12);
    CHECK_FALSE(l.contains(s("new_person 钱芳")));     // joined and was deleted within the period
    CHECK_FALSE(l.contains(s("removed_person 钱芳"))); // so not there at either end
    CHECK(l.contains(s("new_unit 深圳子公司")));
    CHECK(l.contains(s("influence 王建国 influence 5 -> 4")));
    CHECK(days12.size() == 9);

    // Day 3 set 李强's stance away and back: no change; 周敏 is new.
    const auto day3 = changes(*this, stepEnd[3] + 1, stepEnd[4]);
    CHECK(lines(day3) == lines({s("new_person 周敏")}));

    // Nothing happened between the steps.
    CHECK(changes(*this, stepEnd[2] + 1000, stepEnd[2] + kDay / 2).empty());
    CHECK(changes(*this, stepEnd[4] + 1, stepEnd[4] + kDay).empty());

    // An invalid end means now; an end before the start lists nothing.
    auto toNow = changesSince(*store, acc, instant(stepEnd[3] + 1), QDateTime());
    REQUIRE(toNow);
    CHECK(lines(toNow.value()) == lines(day3));
    CHECK(changes(*this, stepEnd[3], stepEnd[1]).empty());
}

TEST_CASE_FIXTURE(History, "a restored person is new again; marks name each node's changes")
{
    at(5);
    remove(kContact, zhou);
    const qint64 deleted = now;
    at(6);
    REQUIRE(store->apply({QStringLiteral("restore"), {Operation::restore(kContact, zhou)}}));
    const auto back = changes(*this, deleted + 1, now);
    REQUIRE(back.size() == 1);
    CHECK(back[0].kind == QStringLiteral("new_person"));
    CHECK(back[0].at == instant(now)); // the restore, not the creation days before

    const auto day1 = changes(*this, stepEnd[1] + 1, stepEnd[2]);
    const QHash<QString, QString> marks = changeMarks(day1);
    CHECK(marks.value(qian) == QStringLiteral("new"));
    CHECK(marks.value(sub) == QStringLiteral("new unit"));
    CHECK(marks.value(li) == QStringLiteral("stance changed")); // own change wins over its links
    // 赵磊: left and moved (order follows the changes, newest first); 王建国 only lost a link.
    CHECK((marks.value(zhao) == QStringLiteral("moved, left") ||
           marks.value(zhao) == QStringLiteral("left, moved")));
    CHECK(marks.value(wang) == QStringLiteral("link removed"));
    CHECK_FALSE(marks.contains(tech));
}
