#include "QtDoctest.h"
#include "StoreFixture.h"
#include "demo/DemoData.h"
#include "map/DecisionChainMap.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTime>

using namespace summit;
using namespace summit::map;
using test::StoreFixture;

namespace {

const QDate kToday(2026, 5, 20);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// A stored follow-up time: local wall-clock `time` on the day `days` before kToday, in UTC.
QString localAt(int days, QTime time = QTime(10, 0))
{
    return QDateTime(kToday.addDays(-days), time)
        .toUTC()
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QString idList(const QStringList& ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

// The first pair of node boxes that overlap, as text; empty when none do.
QString overlap(const DecisionChainMap& m)
{
    for (size_t i = 0; i < m.nodes.size(); ++i)
        for (size_t j = i + 1; j < m.nodes.size(); ++j) {
            const QRectF r = m.nodes[i].rect.intersected(m.nodes[j].rect);
            if (r.width() > 1e-6 && r.height() > 1e-6)
                return m.nodes[i].name + QStringLiteral(" / ") + m.nodes[j].name;
        }
    return {};
}

// A small group:
//   集团总部 (HQ): 王建国 (economic buyer) ← 周敏 (financial approver, opponent, left)
//     技术部: 李强 (technical buyer, reports to 王建国 in HQ) ← 赵磊, 钱芳, 冯涛 (leaves), 陈刚 ← 孙丽
//     (influencer) 深圳子公司 (subsidiary): 吴昊
//   郑伟: no unit, no manager.  何洁: deleted.
struct Group : StoreFixture
{
    QString acc, hq, tech, sub;
    QString wang, li, zhao, qian, feng, chen, sun, zhou, wu, zheng, he;
    QString manager, engineer, deal, otherDeal;

    Group()
    {
        const QString c = QStringLiteral("contact");
        acc = account();
        hq = add(QStringLiteral("org_unit"), {{QStringLiteral("account_id"), acc},
                                              {QStringLiteral("name"), s("集团总部")},
                                              {QStringLiteral("kind"), QStringLiteral("group_hq")}});
        tech = add(QStringLiteral("org_unit"), {{QStringLiteral("account_id"), acc},
                                                {QStringLiteral("name"), s("技术部")},
                                                {QStringLiteral("kind"), QStringLiteral("department")},
                                                {QStringLiteral("parent_id"), hq}});
        sub = add(QStringLiteral("org_unit"), {{QStringLiteral("account_id"), acc},
                                               {QStringLiteral("name"), s("深圳子公司")},
                                               {QStringLiteral("kind"), QStringLiteral("subsidiary")},
                                               {QStringLiteral("parent_id"), hq}});
        auto person = [&](const char* name, const QString& unit, const QString& boss, FieldValues more = {}) {
            if (!unit.isEmpty())
                more.emplace_back(QStringLiteral("org_unit_id"), unit);
            if (!boss.isEmpty())
                more.emplace_back(QStringLiteral("reports_to"), boss);
            return contact(acc, s(name), more);
        };
        wang = person("王建国", hq, {},
                      {{QStringLiteral("decision_role"), QStringLiteral("economic_buyer")},
                       {QStringLiteral("stance"), QStringLiteral("supporter")},
                       {QStringLiteral("influence"), 5},
                       {QStringLiteral("title"), s("董事长")}});
        zhou = person("周敏", hq, wang,
                      {{QStringLiteral("decision_role"), QStringLiteral("financial_approver")},
                       {QStringLiteral("stance"), QStringLiteral("opponent")},
                       {QStringLiteral("status"), QStringLiteral("left")}});
        li = person("李强", tech, wang,
                    {{QStringLiteral("decision_role"), QStringLiteral("technical_buyer")},
                     {QStringLiteral("stance"), QStringLiteral("skeptic")},
                     {QStringLiteral("influence"), 4}});
        zhao = person("赵磊", tech, li, {{QStringLiteral("stance"), QStringLiteral("neutral")}});
        qian = person("钱芳", tech, li);
        feng = person("冯涛", tech, li);
        chen = person("陈刚", tech, li);
        sun = person("孙丽", tech, chen, {{QStringLiteral("decision_role"), QStringLiteral("influencer")}});
        wu = person("吴昊", sub, {});
        zheng = person("郑伟", {}, {});
        he = person("何洁", tech, li);

        manager = add(QStringLiteral("member"), {{QStringLiteral("name"), s("张经理")}});
        engineer = add(QStringLiteral("member"), {{QStringLiteral("name"), s("刘工")}});
        auto cover = [&](const QString& member, const QString& who, const char* level) {
            add(QStringLiteral("coverage"), {{QStringLiteral("account_id"), acc},
                                             {QStringLiteral("member_id"), member},
                                             {QStringLiteral("contact_id"), who},
                                             {QStringLiteral("level"), QString::fromLatin1(level)}});
        };
        cover(manager, wang, "trusted");
        cover(engineer, wang, "working");
        cover(manager, li, "brief");
        cover(engineer, zhao, "none");

        auto followup = [&](const QString& at, const QStringList& who) {
            add(QStringLiteral("followup"), {{QStringLiteral("account_id"), acc},
                                             {QStringLiteral("type"), QStringLiteral("visit")},
                                             {QStringLiteral("at"), at},
                                             {QStringLiteral("summary"), s("拜访")},
                                             {QStringLiteral("contact_ids"), idList(who)}});
        };
        followup(localAt(42), {wang, li});
        followup(localAt(10), {li});
        followup(localAt(-5), {zhao});                   // planned: not contact yet
        followup(localAt(0, QTime(23, 30)), {qian});     // late tonight, local time: today
        followup(localAt(61, QTime(0, 10)), {wang, wu}); // older than 42 for 王建国

        add(QStringLiteral("influence_link"), {{QStringLiteral("account_id"), acc},
                                               {QStringLiteral("from_id"), zhao},
                                               {QStringLiteral("to_id"), wang},
                                               {QStringLiteral("kind"), QStringLiteral("influences")},
                                               {QStringLiteral("strength"), 3}});
        add(QStringLiteral("influence_link"), {{QStringLiteral("account_id"), acc},
                                               {QStringLiteral("from_id"), he},
                                               {QStringLiteral("to_id"), wang}}); // from 何洁, deleted next
        REQUIRE(store->apply({QStringLiteral("delete"), {Operation::remove(c, he)}}).isOk());

        deal = add(QStringLiteral("opportunity"),
                   {{QStringLiteral("account_id"), acc}, {QStringLiteral("name"), s("数据中心扩容")}});
        otherDeal = add(QStringLiteral("opportunity"),
                        {{QStringLiteral("account_id"), acc}, {QStringLiteral("name"), s("办公网改造")}});
        auto role = [&](const QString& opp, const QString& who, const char* r) {
            add(QStringLiteral("buying_role"), {{QStringLiteral("account_id"), acc},
                                                {QStringLiteral("opportunity_id"), opp},
                                                {QStringLiteral("contact_id"), who},
                                                {QStringLiteral("role"), QString::fromLatin1(r)}});
        };
        role(deal, wang, "economic_buyer");
        role(deal, li, "champion");
        role(otherDeal, zhao, "user_buyer");
    }

    DecisionChainMap build(MapOptions o = {})
    {
        if (!o.today.isValid())
            o.today = kToday;
        auto r = buildMap(store->reader(), acc, o);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        return r.value();
    }
};

const MapNode& node(const DecisionChainMap& m, const QString& id)
{
    const int i = m.indexOf(id);
    REQUIRE_MESSAGE(i >= 0, id.toStdString());
    return m.nodes[size_t(i)];
}

QString parentId(const DecisionChainMap& m, const QString& id)
{
    const int p = node(m, id).parent;
    return p < 0 ? QString() : m.nodes[size_t(p)].id;
}

QSet<QString> ids(const DecisionChainMap& m, NodeKind kind)
{
    QSet<QString> out;
    for (const MapNode& n : m.nodes)
        if (n.kind == kind)
            out.insert(n.id);
    return out;
}

} // namespace

TEST_CASE_FIXTURE(Group, "the map of a small group: nodes, edges and where people hang")
{
    const DecisionChainMap m = build();
    CHECK(m.accountName == s("华为技术有限公司"));
    CHECK(m.today == kToday);
    CHECK(m.unitCount() == 3);
    CHECK(m.contactCount() == 10); // 何洁 is in the trash
    CHECK(m.indexOf(he) < 0);
    REQUIRE(m.links.size() == 1); // the link from 何洁 is not drawn
    CHECK(m.nodes[size_t(m.links[0].from)].id == zhao);
    CHECK(m.nodes[size_t(m.links[0].to)].id == wang);
    CHECK(m.links[0].kind == QStringLiteral("influences"));
    CHECK(m.links[0].strength == 3);

    CHECK(parentId(m, hq).isEmpty());
    CHECK(parentId(m, tech) == hq);
    CHECK(parentId(m, sub) == hq);
    CHECK(parentId(m, wang) == hq);
    CHECK(parentId(m, zhou) == wang);
    CHECK(parentId(m, li) == tech); // the manager sits in HQ, outside 技术部: under the unit
    CHECK(parentId(m, zhao) == li);
    CHECK(parentId(m, chen) == li);
    CHECK(parentId(m, sun) == chen);
    CHECK(parentId(m, wu) == sub);
    CHECK(parentId(m, zheng).isEmpty());

    // Titles, kinds and enum keys.
    CHECK(node(m, hq).kind == NodeKind::Unit);
    CHECK(node(m, hq).unitKind == QStringLiteral("group_hq"));
    CHECK(node(m, hq).detail == QStringLiteral("Group HQ"));
    CHECK(node(m, wang).name == s("王建国"));
    CHECK(node(m, wang).detail == s("董事长"));
    CHECK(node(m, wang).role == QStringLiteral("economic_buyer"));
    CHECK(node(m, wang).stance == QStringLiteral("supporter"));
    CHECK(node(m, wang).influence == 5);
    CHECK(node(m, qian).stance == QStringLiteral("unknown"));
    CHECK(node(m, qian).influence == 0);
    CHECK(node(m, li).unitId == tech);

    // Three leaves under 李强 are stacked; 陈刚 has a report and is not; 孙丽 is an only child.
    CHECK(node(m, zhao).stacked);
    CHECK(node(m, qian).stacked);
    CHECK(node(m, feng).stacked);
    CHECK_FALSE(node(m, chen).stacked);
    CHECK_FALSE(node(m, sun).stacked);
    CHECK_FALSE(node(m, wang).stacked);

    // Gaps come from the analysis; 周敏 has left, so she is no hostile key person.
    auto gaps = analysis::findGaps(store->reader(), acc, {kToday});
    REQUIRE(gaps.isOk());
    CHECK(m.gaps.size() == gaps.value().size());
}

TEST_CASE_FIXTURE(Group, "the layout: no overlapping boxes, units above their people, bounds from the origin")
{
    for (bool contactsOnly : {false, true}) {
        MapOptions o;
        o.contactsOnly = contactsOnly;
        const DecisionChainMap m = build(o);
        CAPTURE(contactsOnly);
        CHECK(overlap(m).isEmpty());
        CHECK(m.bounds.topLeft() == QPointF(0, 0));
        for (const MapNode& n : m.nodes) {
            CHECK(m.bounds.contains(n.rect));
            CHECK(n.rect.width() > 0);
            CHECK(n.rect.height() > 0);
            if (n.parent >= 0)
                CHECK(n.rect.top() > m.nodes[size_t(n.parent)].rect.bottom()); // children hang below
        }
    }
    const DecisionChainMap m = build();
    // Stacked cards share their column's width and hang in one column below 李强.
    CHECK(node(m, zhao).rect.width() == node(m, qian).rect.width());
    CHECK(node(m, zhao).rect.left() == node(m, qian).rect.left());
    CHECK(node(m, qian).rect.top() > node(m, zhao).rect.bottom());
    // A long title widens a card, within limits.
    CHECK(node(m, wang).rect.width() >= metrics::minContactWidth);
    CHECK(node(m, wang).rect.width() <= metrics::maxContactWidth);
}

TEST_CASE_FIXTURE(Group, "people only: reporting lines across units connect directly")
{
    MapOptions o;
    o.contactsOnly = true;
    const DecisionChainMap m = build(o);
    CHECK(m.unitCount() == 0);
    CHECK(m.contactCount() == 10);
    CHECK(parentId(m, li) == wang);
    CHECK(parentId(m, wang).isEmpty());
    CHECK(parentId(m, wu).isEmpty());
    CHECK(node(m, li).detail == s("技术部")); // no title: the unit tells where they sit
}

TEST_CASE_FIXTURE(Group, "freshness, left and coverage")
{
    const DecisionChainMap m = build();
    CHECK(node(m, wang).daysSinceFollowUp == 42);
    CHECK(node(m, li).daysSinceFollowUp == 10);
    CHECK(node(m, zhao).daysSinceFollowUp == -1); // only a planned follow-up
    CHECK(node(m, qian).daysSinceFollowUp == 0);
    CHECK(node(m, wu).daysSinceFollowUp == 61);
    CHECK(node(m, zheng).daysSinceFollowUp == -1);

    CHECK(node(m, zhou).left);
    CHECK_FALSE(node(m, wang).left);

    const auto& wc = node(m, wang).coverage;
    REQUIRE(wc.size() == 2);
    CHECK(wc[0].memberName == s("张经理"));
    CHECK(wc[0].level == QStringLiteral("trusted"));
    CHECK(wc[1].memberName == s("刘工"));
    CHECK(wc[1].level == QStringLiteral("working"));
    REQUIRE(node(m, li).coverage.size() == 1);
    CHECK(node(m, li).coverage[0].memberId == manager);
    CHECK(node(m, li).coverage[0].level == QStringLiteral("brief"));
    CHECK(node(m, zhao).coverage.empty()); // level "none" is no coverage
    CHECK_FALSE(node(m, zhao).covered());
    CHECK(node(m, wang).isKey());
    CHECK_FALSE(node(m, qian).isKey());

    // The day moves on: the same follow-ups are older.
    MapOptions later;
    later.today = kToday.addDays(30);
    CHECK(node(build(later), wang).daysSinceFollowUp == 72);
    CHECK(node(build(later), zhao).daysSinceFollowUp == 25); // the planned one has happened
}

TEST_CASE_FIXTURE(Group, "the buying-center overlay marks exactly the opportunity's people")
{
    MapOptions o;
    o.opportunityId = deal;
    const DecisionChainMap m = build(o);
    CHECK(m.opportunityName == s("数据中心扩容"));
    QSet<QString> marked;
    for (const MapNode& n : m.nodes)
        if (n.highlighted)
            marked.insert(n.id);
    CHECK(marked == QSet<QString>{wang, li});
    CHECK(node(m, wang).dealRole == QStringLiteral("economic_buyer"));
    CHECK(node(m, li).dealRole == QStringLiteral("champion"));
    CHECK(node(m, li).role == QStringLiteral("technical_buyer")); // the decision role stays
    CHECK(node(m, zhao).dealRole.isEmpty());
    CHECK(m.contactCount() == 10); // an overlay marks, it does not filter

    const DecisionChainMap plain = build();
    for (const MapNode& n : plain.nodes) {
        CHECK_FALSE(n.highlighted);
        CHECK(n.dealRole.isEmpty());
    }

    o.opportunityId = otherDeal;
    const DecisionChainMap other = build(o);
    for (const MapNode& n : other.nodes)
        CHECK(n.highlighted == (n.id == zhao));
}

TEST_CASE_FIXTURE(Group, "the coverage overlay marks the people a team member knows")
{
    MapOptions o;
    o.memberId = engineer;
    const DecisionChainMap m = build(o);
    CHECK(m.memberName == s("刘工"));
    for (const MapNode& n : m.nodes)
        CHECK(n.highlighted == (n.id == wang)); // 赵磊's "none" row does not count
}

TEST_CASE_FIXTURE(Group, "key people only keeps role holders, the influential and the chain above them")
{
    // 吴昊 has no role but an influence of 4: a key person too. 赵磊 (influence 3) is not.
    REQUIRE(set(QStringLiteral("contact"), wu, {{QStringLiteral("influence"), 4}}).isOk());
    REQUIRE(set(QStringLiteral("contact"), zhao, {{QStringLiteral("influence"), 3}}).isOk());
    MapOptions o;
    o.keyPeopleOnly = true;
    const DecisionChainMap m = build(o);
    CHECK(ids(m, NodeKind::Contact) == QSet<QString>{wang, zhou, li, chen, sun, wu});
    CHECK(ids(m, NodeKind::Unit) == QSet<QString>{hq, tech, sub});
    CHECK(node(m, chen).context); // only there because 孙丽 reports to him
    CHECK_FALSE(node(m, sun).context);
    CHECK_FALSE(node(m, wang).context);
    CHECK_FALSE(node(m, wu).context);
    CHECK(parentId(m, sun) == chen);
    CHECK(parentId(m, chen) == li);
    CHECK(m.links.empty()); // 赵磊 is not on the map
    CHECK(overlap(m).isEmpty());
    // Every key person of the whole map is kept, and everyone kept is key or context.
    const DecisionChainMap all = build({});
    for (const MapNode& n : all.nodes)
        if (n.isContact() && n.isKey())
            CHECK(ids(m, NodeKind::Contact).contains(n.id));
    for (const MapNode& n : m.nodes)
        if (n.isContact())
            CHECK((n.isKey() || n.context));
}

TEST_CASE_FIXTURE(Group, "a stance filter keeps the matching people and their managers")
{
    MapOptions o;
    o.stances = {QStringLiteral("opponent")};
    DecisionChainMap m = build(o);
    CHECK(ids(m, NodeKind::Contact) == QSet<QString>{zhou, wang});
    CHECK(node(m, wang).context);
    CHECK(ids(m, NodeKind::Unit) == QSet<QString>{hq});

    o.stances = {QStringLiteral("unknown"), QStringLiteral("neutral")};
    m = build(o);
    // 钱芳, 冯涛, 陈刚, 孙丽, 吴昊, 郑伟 have no stance; 赵磊 is neutral; 李强 and 王建国 are the chain.
    CHECK(ids(m, NodeKind::Contact) == QSet<QString>{qian, feng, chen, sun, wu, zheng, zhao, li, wang});
    CHECK(node(m, li).context);
    CHECK_FALSE(node(m, zhao).context);
}

TEST_CASE_FIXTURE(Group, "errors name what is wrong")
{
    MapOptions o;
    o.today = kToday;
    auto r = buildMap(store->reader(), QStringLiteral("no-such-account"), o);
    REQUIRE_FALSE(r.isOk());
    CHECK(r.message().contains(QStringLiteral("no-such-account")));

    const QString other = account(s("中国移动通信集团有限公司"));
    const QString foreign = add(QStringLiteral("opportunity"), {{QStringLiteral("account_id"), other},
                                                                {QStringLiteral("name"), s("5G专网")}});
    o.opportunityId = foreign;
    r = buildMap(store->reader(), acc, o);
    REQUIRE_FALSE(r.isOk());
    CHECK(r.message().contains(foreign));

    o.opportunityId.clear();
    o.memberId = QStringLiteral("nobody");
    r = buildMap(store->reader(), acc, o);
    REQUIRE_FALSE(r.isOk());
    CHECK(r.message().contains(QStringLiteral("nobody")));
}

TEST_CASE("the demo account: every contact on the map, nothing overlaps")
{
    StoreFixture f;
    demo::Options options;
    options.accounts = 2;
    options.seed = 1;
    options.today = kToday;
    REQUIRE(demo::generate(*f.store, options).isOk());
    const QString acc =
        f.store->reader()
            .scalar(QStringLiteral("SELECT id FROM accounts WHERE name = ?"), {s("华为技术有限公司")})
            .toString();
    REQUIRE_FALSE(acc.isEmpty());
    MapOptions o;
    o.today = kToday;
    auto r = buildMap(f.store->reader(), acc, o);
    REQUIRE(r.isOk());
    const DecisionChainMap& m = r.value();
    const int contacts =
        f.store->reader()
            .scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE account_id = ? AND deleted = 0"),
                    {acc})
            .toInt();
    const int units =
        f.store->reader()
            .scalar(QStringLiteral("SELECT count(*) FROM org_units WHERE account_id = ? AND deleted = 0"),
                    {acc})
            .toInt();
    CHECK(contacts == 240);
    CHECK(m.contactCount() == contacts);
    CHECK(m.unitCount() == units);
    CHECK(overlap(m).isEmpty());
    CHECK(m.indexOf(QString()) < 0);
    bool wang = false;
    for (const MapNode& n : m.nodes)
        wang = wang || (n.name == s("王建国") && n.role == QStringLiteral("economic_buyer"));
    CHECK(wang);
    // Stacking keeps the chart from becoming one very long row.
    CHECK(m.bounds.width() < 40 * m.bounds.height());
}

TEST_CASE("layoutMap: the same layout again, and a subset laid out afresh without overlaps")
{
    StoreFixture f;
    demo::Options options;
    options.accounts = 1;
    options.seed = 3;
    options.today = kToday;
    REQUIRE(demo::generate(*f.store, options).isOk());
    const QString acc =
        f.store->reader().scalar(QStringLiteral("SELECT id FROM accounts LIMIT 1")).toString();
    MapOptions o;
    o.today = kToday;
    auto r = buildMap(f.store->reader(), acc, o);
    REQUIRE(r.isOk());
    const DecisionChainMap full = r.value();

    DecisionChainMap again = full;
    layoutMap(again);
    REQUIRE(again.nodes.size() == full.nodes.size());
    for (size_t i = 0; i < full.nodes.size(); ++i)
        CHECK(again.nodes[i].rect == full.nodes[i].rect);
    CHECK(again.bounds == full.bounds);

    // Hide everything below the unit with the most nodes under it (as collapsing it does).
    std::vector<int> below(full.nodes.size(), 0);
    for (size_t i = full.nodes.size(); i-- > 0;)
        if (full.nodes[i].parent >= 0)
            below[size_t(full.nodes[i].parent)] += below[i] + 1;
    int hidden = -1;
    for (size_t i = 0; i < full.nodes.size(); ++i)
        if (!full.nodes[i].isContact() && full.nodes[i].parent >= 0 &&
            (hidden < 0 || below[i] > below[size_t(hidden)]))
            hidden = int(i);
    REQUIRE(hidden >= 0);
    REQUIRE(below[size_t(hidden)] > 10);
    DecisionChainMap part = full;
    part.nodes.clear();
    part.links.clear();
    std::vector<int> newIndex(full.nodes.size(), -1);
    for (size_t i = 0; i < full.nodes.size(); ++i) {
        int a = full.nodes[i].parent;
        bool under = false;
        while (a >= 0 && !under) {
            under = a == hidden;
            a = full.nodes[size_t(a)].parent;
        }
        if (under)
            continue;
        MapNode n = full.nodes[i];
        n.parent = n.parent >= 0 ? newIndex[size_t(n.parent)] : -1;
        newIndex[i] = int(part.nodes.size());
        part.nodes.push_back(n);
    }
    REQUIRE(part.nodes.size() + size_t(below[size_t(hidden)]) == full.nodes.size());
    layoutMap(part);
    CHECK(overlap(part).isEmpty());
    CHECK(part.bounds.topLeft() == QPointF(0, 0));
    CHECK(part.bounds.width() * part.bounds.height() < full.bounds.width() * full.bounds.height());
    // Every child still sits below its parent.
    for (const MapNode& n : part.nodes)
        if (n.parent >= 0)
            CHECK(n.rect.top() > part.nodes[size_t(n.parent)].rect.bottom());
}
