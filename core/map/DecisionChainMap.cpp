#include "map/DecisionChainMap.h"
#include "CoreText.h"

#include "layout/TreeLayout.h"
#include "model/Schema.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTime>
#include <algorithm>
#include <cmath>

namespace summit::map {

namespace {

using Rows = std::vector<QVariantList>;

Result<Rows> rowsOf(Database& db, const QString& sql, const QVariantList& binds)
{
    return db.rows(sql, binds);
}

// The UTC instant local midnight of `day` falls on, in the stored format of followups.at.
QString utcStartOf(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

// Local calendar days from a stored UTC time to `today`; -1 when unreadable.
int daysSince(const QString& at, const QDate& today)
{
    QDateTime t = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(at, Qt::ISODate);
    return t.isValid() ? int(t.toLocalTime().date().daysTo(today)) : -1;
}

int roleRank(const QString& role)
{
    static const QStringList order = {QStringLiteral("economic_buyer"),
                                      QStringLiteral("technical_buyer"),
                                      QStringLiteral("financial_approver"),
                                      QStringLiteral("user_buyer"),
                                      QStringLiteral("champion"),
                                      QStringLiteral("influencer"),
                                      QStringLiteral("blocker"),
                                      QStringLiteral("gatekeeper")};
    const qsizetype i = order.indexOf(role);
    return i < 0 ? int(order.size()) : int(i);
}

int levelRank(const QString& level)
{
    if (level == QLatin1String("trusted"))
        return 0;
    if (level == QLatin1String("working"))
        return 1;
    return 2;
}

struct Unit
{
    QString id, name, kind;
    int parent = -1;
    bool keep = true;
};

struct Person
{
    QString id, name, title, role, stance, unitName;
    int unit = -1;    // index into units
    int manager = -1; // index into people (reports_to)
    int influence = 0;
    bool left = false;
    bool keep = true;
    bool context = false;
    std::vector<CoverageEntry> coverage;
    int days = -1;
    QString dealRole;
    bool highlighted = false;
};

// Cuts every cycle of a parent array at the node where a walk first meets
// itself; returns the nodes whose parent was cut (now -1).
std::vector<int> breakCycles(std::vector<int>& parent)
{
    const int n = int(parent.size());
    std::vector<char> state(parent.size(), 0); // 0 new, 1 on the current walk, 2 done
    std::vector<int> cut, walk;
    for (int start = 0; start < n; ++start) {
        walk.clear();
        int v = start;
        while (v >= 0 && state[size_t(v)] == 0) {
            state[size_t(v)] = 1;
            walk.push_back(v);
            const int p = parent[size_t(v)];
            if (p >= 0 && p < n && state[size_t(p)] == 1) {
                parent[size_t(v)] = -1;
                cut.push_back(v);
                break;
            }
            v = (p >= 0 && p < n) ? p : -1;
        }
        for (int w : walk)
            state[size_t(w)] = 2;
    }
    return cut;
}

// Is `unit` the unit `root` or below it?
bool unitWithin(const std::vector<Unit>& units, int unit, int root)
{
    for (size_t steps = 0; unit >= 0 && steps <= units.size(); ++steps) {
        if (unit == root)
            return true;
        unit = units[size_t(unit)].parent;
    }
    return false;
}

double contactWidth(const Person& p, const QString& detail)
{
    using namespace metrics;
    double w = estimateTextWidth(p.name, nameFont) * 1.08 + 6 + dotsWidth;
    w = std::max(w, estimateTextWidth(detail, textFont));
    double badges = 0;
    if (!p.role.isEmpty())
        badges += estimateTextWidth(model::enumLabel(u"decision_role", p.role), textFont) + 14;
    if (!p.dealRole.isEmpty() && p.dealRole != p.role)
        badges += estimateTextWidth(model::enumLabel(u"decision_role", p.dealRole), textFont) + 18;
    w = std::max(w, badges);
    const double coverage =
        (p.coverage.empty() ? estimateTextWidth(CoreText::tr("No coverage"), smallFont) + 14
                            : double(p.coverage.size()) * (smallFont + 9)) +
        44; // and the freshness on the right
    w = std::max(w, coverage);
    return std::clamp(w + 2 * padding, minContactWidth, maxContactWidth);
}

double unitWidth(const QString& name, const QString& kind)
{
    using namespace metrics;
    const double w = std::max(estimateTextWidth(name, nameFont) * 1.08, estimateTextWidth(kind, textFont));
    return std::clamp(w + 2 * padding + 6, minUnitWidth, maxUnitWidth);
}

} // namespace

double estimateTextWidth(QStringView text, double size)
{
    double em = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isLowSurrogate())
            continue;
        if (u >= 0x2E80 || c.isHighSurrogate())
            em += 1.0; // CJK, kana, hangul, full-width forms
        else if (u == u' ')
            em += 0.3;
        else if (u >= u'0' && u <= u'9')
            em += 0.56;
        else if (u >= u'A' && u <= u'Z')
            em += 0.68;
        else if (u == u'i' || u == u'l' || u == u'j' || u == u'.' || u == u',' || u == u'\'')
            em += 0.3;
        else if (u == u'm' || u == u'w')
            em += 0.85;
        else
            em += 0.56;
    }
    return em * size;
}

int DecisionChainMap::indexOf(const QString& id) const
{
    for (size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].id == id)
            return int(i);
    return -1;
}

int DecisionChainMap::contactCount() const
{
    return int(std::count_if(nodes.begin(), nodes.end(), [](const MapNode& n) { return n.isContact(); }));
}

int DecisionChainMap::unitCount() const
{
    return int(nodes.size()) - contactCount();
}

void layoutMap(DecisionChainMap& map)
{
    // Leaf people under one parent are stacked in columns when there are three
    // or more of them: a wide row of cards becomes a compact block.
    const int n = int(map.nodes.size());
    for (MapNode& node : map.nodes)
        node.stacked = false; // decided afresh: a subset may have other leaves
    std::vector<std::vector<int>> kids(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        if (map.nodes[size_t(i)].parent >= 0)
            kids[size_t(map.nodes[size_t(i)].parent)].push_back(i);
    struct Block
    {
        std::vector<int> members;
        int columns = 1;
        double columnWidth = 0;
    };
    std::vector<Block> blocks;
    std::vector<int> blockOf(size_t(n), -1);
    for (int i = 0; i < n; ++i) {
        Block b;
        for (int k : kids[size_t(i)])
            if (map.nodes[size_t(k)].isContact() && kids[size_t(k)].empty())
                b.members.push_back(k);
        if (b.members.size() < 3)
            continue;
        const double count = double(b.members.size());
        // Up to three rows deep, deeper only for big teams: a deep block makes
        // its whole level of the tree deep (levels are bands).
        const int rows = std::max(3, int(std::ceil(std::sqrt(count * 0.8))));
        b.columns = int(std::ceil(count / rows));
        for (int k : b.members) {
            b.columnWidth = std::max(b.columnWidth, map.nodes[size_t(k)].rect.width());
            map.nodes[size_t(k)].stacked = true;
            blockOf[size_t(k)] = int(blocks.size());
        }
        blocks.push_back(std::move(b));
    }

    // Layout nodes: every node that is not stacked, and one per block, in map order.
    std::vector<layout::Node> lay;
    std::vector<int> layOf(size_t(n), -1);
    std::vector<int> blockLay(blocks.size(), -1);
    for (int i = 0; i < n; ++i) {
        const MapNode& node = map.nodes[size_t(i)];
        const int pl = node.parent >= 0 ? layOf[size_t(node.parent)] : -1;
        if (node.stacked) {
            const int b = blockOf[size_t(i)];
            if (blockLay[size_t(b)] < 0) {
                const Block& blk = blocks[size_t(b)];
                const int rows = int((blk.members.size() + size_t(blk.columns) - 1) / size_t(blk.columns));
                layout::Node ln;
                ln.parent = pl;
                ln.width = blk.columns * (metrics::stackSpine + blk.columnWidth) +
                           (blk.columns - 1) * metrics::stackColumnGap;
                ln.height = rows * metrics::contactHeight + (rows - 1) * metrics::stackRowGap;
                blockLay[size_t(b)] = int(lay.size());
                lay.push_back(ln);
            }
            continue;
        }
        layOf[size_t(i)] = int(lay.size());
        lay.push_back({pl, node.rect.width(), node.rect.height()});
    }
    layout::Options lo;
    lo.levelGap = metrics::levelGap;
    lo.siblingGap = metrics::siblingGap;
    lo.subtreeGap = metrics::subtreeGap;
    const std::vector<QRectF> rects = layout::layoutTree(lay, lo);
    for (int i = 0; i < n; ++i)
        if (layOf[size_t(i)] >= 0)
            map.nodes[size_t(i)].rect = rects[size_t(layOf[size_t(i)])];
    for (size_t b = 0; b < blocks.size(); ++b) {
        const Block& blk = blocks[b];
        const QRectF area = rects[size_t(blockLay[b])];
        const int rows = int((blk.members.size() + size_t(blk.columns) - 1) / size_t(blk.columns));
        for (size_t j = 0; j < blk.members.size(); ++j) {
            const int column = int(j) / rows, row = int(j) % rows;
            const double x = area.x() +
                             column * (metrics::stackSpine + blk.columnWidth + metrics::stackColumnGap) +
                             metrics::stackSpine;
            const double y = area.y() + row * (metrics::contactHeight + metrics::stackRowGap);
            map.nodes[size_t(blk.members[j])].rect = QRectF(x, y, blk.columnWidth, metrics::contactHeight);
        }
    }
    map.bounds = layout::boundingRect(rects); // blocks include the bus lines left of their cards
}

Result<DecisionChainMap> buildMap(Database& db, const QString& accountId, const MapOptions& o)
{
    using R = Result<DecisionChainMap>;
    DecisionChainMap map;
    map.accountId = accountId;
    map.today = o.today.isValid() ? o.today : QDate::currentDate();

    auto account =
        rowsOf(db, QStringLiteral("SELECT name FROM accounts WHERE id = ? AND deleted = 0"), {accountId});
    if (!account)
        return account.error();
    if (account.value().empty())
        return R::fail(CoreText::tr("There is no account with id %1.").arg(accountId));
    map.accountName = account.value()[0][0].toString();

    // Overlays are checked first: a wrong id is an error, not an empty overlay.
    if (!o.opportunityId.isEmpty()) {
        auto opp = rowsOf(db,
                          QStringLiteral("SELECT name FROM opportunities WHERE id = ? AND account_id = ?"
                                         " AND deleted = 0"),
                          {o.opportunityId, accountId});
        if (!opp)
            return opp.error();
        if (opp.value().empty())
            return R::fail(CoreText::tr("Account %1 has no opportunity with id %2.")
                               .arg(map.accountName, o.opportunityId));
        map.opportunityName = opp.value()[0][0].toString();
    }
    if (!o.memberId.isEmpty()) {
        auto member =
            rowsOf(db, QStringLiteral("SELECT name FROM members WHERE id = ? AND deleted = 0"), {o.memberId});
        if (!member)
            return member.error();
        if (member.value().empty())
            return R::fail(CoreText::tr("There is no team member with id %1.").arg(o.memberId));
        map.memberName = member.value()[0][0].toString();
    }

    // Org units, in their stored order.
    std::vector<Unit> units;
    QHash<QString, int> unitIndex;
    {
        auto rows =
            rowsOf(db,
                   QStringLiteral("SELECT id, parent_id, name, kind FROM org_units WHERE account_id = ?"
                                  " AND deleted = 0 ORDER BY coalesce(position, 1073741824), name, id"),
                   {accountId});
        if (!rows)
            return rows.error();
        QStringList parents;
        for (const QVariantList& row : rows.value()) {
            unitIndex.insert(row[0].toString(), int(units.size()));
            units.push_back({row[0].toString(), row[2].toString(), row[3].toString(), -1, true});
            parents << row[1].toString();
        }
        std::vector<int> parent(units.size(), -1);
        for (size_t i = 0; i < units.size(); ++i)
            parent[i] = unitIndex.value(parents[qsizetype(i)], -1);
        breakCycles(parent);
        for (size_t i = 0; i < units.size(); ++i)
            units[i].parent = parent[i];
    }

    // Contacts.
    std::vector<Person> people;
    QHash<QString, int> personIndex;
    {
        auto rows =
            rowsOf(db,
                   QStringLiteral("SELECT id, org_unit_id, reports_to, name, title, decision_role, stance,"
                                  " influence, coalesce(status, 'active') = 'left' FROM contacts"
                                  " WHERE account_id = ? AND deleted = 0 ORDER BY name, id"),
                   {accountId});
        if (!rows)
            return rows.error();
        QStringList managers;
        for (const QVariantList& row : rows.value()) {
            Person p;
            p.id = row[0].toString();
            p.unit = unitIndex.value(row[1].toString(), -1);
            p.name = row[3].toString();
            p.title = row[4].toString();
            p.role = row[5].toString();
            p.stance = row[6].toString().isEmpty() ? QStringLiteral("unknown") : row[6].toString();
            p.influence = row[7].isNull() ? 0 : std::clamp(row[7].toInt(), 0, 5);
            p.left = row[8].toBool();
            if (p.unit >= 0)
                p.unitName = units[size_t(p.unit)].name;
            personIndex.insert(p.id, int(people.size()));
            people.push_back(std::move(p));
            managers << row[2].toString();
        }
        for (size_t i = 0; i < people.size(); ++i) {
            const int m = personIndex.value(managers[qsizetype(i)], -1);
            people[i].manager = m == int(i) ? -1 : m;
        }
    }

    // Coverage: who on the team knows whom (brief or better).
    {
        auto rows = rowsOf(db,
                           QStringLiteral("SELECT v.contact_id, m.id, m.name, v.level FROM coverage v"
                                          " JOIN members m ON m.id = v.member_id"
                                          " WHERE v.account_id = ? AND v.deleted = 0 AND m.deleted = 0"
                                          " AND v.level IN ('brief', 'working', 'trusted')"),
                           {accountId});
        if (!rows)
            return rows.error();
        for (const QVariantList& row : rows.value()) {
            const int i = personIndex.value(row[0].toString(), -1);
            if (i < 0)
                continue;
            people[size_t(i)].coverage.push_back({row[1].toString(), row[2].toString(), row[3].toString()});
        }
        for (Person& p : people) {
            std::sort(p.coverage.begin(), p.coverage.end(),
                      [](const CoverageEntry& a, const CoverageEntry& b) {
                          if (levelRank(a.level) != levelRank(b.level))
                              return levelRank(a.level) < levelRank(b.level);
                          if (a.memberName != b.memberName)
                              return a.memberName < b.memberName;
                          return a.memberId < b.memberId;
                      });
            if (!o.memberId.isEmpty())
                p.highlighted = std::any_of(p.coverage.begin(), p.coverage.end(),
                                            [&](const CoverageEntry& c) { return c.memberId == o.memberId; });
        }
    }

    // Freshness: the newest follow-up naming each contact, one pass over the
    // account's follow-ups up to today (later ones are plans, not contact).
    {
        auto rows =
            rowsOf(db,
                   QStringLiteral("SELECT j.value, max(f.at) FROM followups f CROSS JOIN json_each(CASE"
                                  " WHEN json_valid(f.contact_ids) THEN f.contact_ids END) j"
                                  " WHERE f.account_id = ? AND f.deleted = 0 AND f.at < ?"
                                  " GROUP BY j.value"),
                   {accountId, utcStartOf(map.today.addDays(1))});
        if (!rows)
            return rows.error();
        for (const QVariantList& row : rows.value()) {
            const int i = personIndex.value(row[0].toString(), -1);
            if (i >= 0)
                people[size_t(i)].days = daysSince(row[1].toString(), map.today);
        }
    }

    // Buying-center overlay.
    if (!o.opportunityId.isEmpty()) {
        auto rows = rowsOf(db,
                           QStringLiteral("SELECT contact_id, role FROM buying_roles WHERE opportunity_id = ?"
                                          " AND account_id = ? AND deleted = 0 ORDER BY id"),
                           {o.opportunityId, accountId});
        if (!rows)
            return rows.error();
        for (const QVariantList& row : rows.value()) {
            const int i = personIndex.value(row[0].toString(), -1);
            if (i < 0)
                continue;
            Person& p = people[size_t(i)];
            p.highlighted = true;
            if (p.dealRole.isEmpty() || roleRank(row[1].toString()) < roleRank(p.dealRole))
                p.dealRole = row[1].toString();
        }
    }

    // Filters: keep the matching people and the managers above them.
    const bool filtered = !o.stances.isEmpty() || o.keyPeopleOnly;
    if (filtered) {
        for (Person& p : people) {
            const bool key = !p.role.isEmpty() || p.influence >= 4; // as MapNode::isKey()
            p.keep = (o.stances.isEmpty() || o.stances.contains(p.stance)) && (!o.keyPeopleOnly || key);
            p.context = false;
        }
        for (size_t i = 0; i < people.size(); ++i) {
            if (!people[i].keep || people[i].context)
                continue;
            int m = people[i].manager;
            for (size_t steps = 0; m >= 0 && steps < people.size(); ++steps) {
                Person& boss = people[size_t(m)];
                if (boss.keep)
                    break; // already kept: its own chain is (or will be) walked
                boss.keep = true;
                boss.context = true;
                m = boss.manager;
            }
        }
        for (Unit& u : units)
            u.keep = false;
        for (const Person& p : people) {
            if (!p.keep)
                continue;
            int u = p.unit;
            for (size_t steps = 0; u >= 0 && steps <= units.size() && !units[size_t(u)].keep; ++steps) {
                units[size_t(u)].keep = true;
                u = units[size_t(u)].parent;
            }
        }
    }
    if (o.contactsOnly)
        for (Unit& u : units)
            u.keep = false;

    // One graph over units [0, U) and people [U, U + P): parents, then children in drawing order.
    const int unitCount = int(units.size());
    const int total = unitCount + int(people.size());
    auto personOf = [&](int v) -> Person& {
        return people[size_t(v - unitCount)];
    };
    std::vector<int> parent(size_t(total), -1);
    std::vector<char> present(size_t(total), 0);
    for (int u = 0; u < unitCount; ++u) {
        present[size_t(u)] = units[size_t(u)].keep;
        parent[size_t(u)] = units[size_t(u)].parent;
    }
    auto unitParent = [&](const Person& p) {
        return (p.unit >= 0 && units[size_t(p.unit)].keep) ? p.unit : -1;
    };
    for (int i = 0; i < int(people.size()); ++i) {
        const Person& p = people[size_t(i)];
        const int v = unitCount + i;
        present[size_t(v)] = p.keep;
        if (!p.keep)
            continue;
        const int m = p.manager;
        const bool managerHere = m >= 0 && people[size_t(m)].keep;
        if (o.contactsOnly)
            parent[size_t(v)] = managerHere ? unitCount + m : -1;
        else if (managerHere && (p.unit < 0 ? people[size_t(m)].unit < 0
                                            : unitWithin(units, people[size_t(m)].unit, p.unit)))
            parent[size_t(v)] = unitCount + m; // the manager is in this person's unit or below it
        else
            parent[size_t(v)] = unitParent(p);
    }
    for (int v : breakCycles(parent))
        if (v >= unitCount)
            parent[size_t(v)] = unitParent(personOf(v)); // a reporting cycle: hang under the unit

    std::vector<std::vector<int>> children(static_cast<size_t>(total));
    std::vector<int> roots;
    for (int v = 0; v < total; ++v)
        if (present[size_t(v)])
            (parent[size_t(v)] >= 0 ? children[size_t(parent[size_t(v)])] : roots).push_back(v);
    // People before sub-units; key people first; units keep their stored order.
    auto before = [&](int a, int b) {
        const bool ua = a < unitCount, ub = b < unitCount;
        if (ua != ub)
            return !ua;
        if (ua)
            return a < b;
        const Person& pa = personOf(a);
        const Person& pb = personOf(b);
        if (pa.left != pb.left)
            return !pa.left;
        if (roleRank(pa.role) != roleRank(pb.role))
            return roleRank(pa.role) < roleRank(pb.role);
        if (pa.influence != pb.influence)
            return pa.influence > pb.influence;
        return a < b; // by name, then id (load order)
    };
    for (auto& list : children)
        std::stable_sort(list.begin(), list.end(), before);
    std::stable_sort(roots.begin(), roots.end(), [&](int a, int b) {
        const bool ua = a < unitCount, ub = b < unitCount;
        if (ua != ub)
            return ua; // unit trees first, then people without a unit
        return before(a, b);
    });

    // Map nodes in pre-order, so that siblings keep their order by index.
    std::vector<int> nodeOf(size_t(total), -1);
    {
        std::vector<int> stack(roots.rbegin(), roots.rend());
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            MapNode n;
            n.parent = parent[size_t(v)] >= 0 ? nodeOf[size_t(parent[size_t(v)])] : -1;
            if (v < unitCount) {
                const Unit& u = units[size_t(v)];
                n.kind = NodeKind::Unit;
                n.id = u.id;
                n.name = u.name;
                n.unitKind = u.kind;
                n.detail = u.kind.isEmpty() ? QString() : model::enumLabel(u"kind", u.kind);
                n.rect.setSize({unitWidth(n.name, n.detail), metrics::unitHeight});
            } else {
                const Person& p = personOf(v);
                n.kind = NodeKind::Contact;
                n.id = p.id;
                n.name = p.name;
                n.detail = p.title;
                if (o.contactsOnly && !p.unitName.isEmpty())
                    n.detail = p.title.isEmpty() ? p.unitName : p.title + QStringLiteral(" · ") + p.unitName;
                n.unitId = p.unit >= 0 ? units[size_t(p.unit)].id : QString();
                n.role = p.role;
                n.stance = p.stance;
                n.influence = p.influence;
                n.coverage = p.coverage;
                n.daysSinceFollowUp = p.days;
                n.left = p.left;
                n.highlighted = p.highlighted;
                n.dealRole = p.dealRole;
                n.context = p.context;
                n.rect.setSize({contactWidth(p, n.detail), metrics::contactHeight});
            }
            nodeOf[size_t(v)] = int(map.nodes.size());
            map.nodes.push_back(std::move(n));
            const auto& kids = children[size_t(v)];
            for (auto k = kids.rbegin(); k != kids.rend(); ++k)
                stack.push_back(*k);
        }
    }

    layoutMap(map);
    const int n = int(map.nodes.size());

    // Influence links between people on the map.
    {
        QHash<QString, int> index;
        for (int i = 0; i < n; ++i)
            if (map.nodes[size_t(i)].isContact())
                index.insert(map.nodes[size_t(i)].id, i);
        auto rows = rowsOf(db,
                           QStringLiteral("SELECT from_id, to_id, kind, strength FROM influence_links"
                                          " WHERE account_id = ? AND deleted = 0 ORDER BY id"),
                           {accountId});
        if (!rows)
            return rows.error();
        for (const QVariantList& row : rows.value()) {
            const int from = index.value(row[0].toString(), -1);
            const int to = index.value(row[1].toString(), -1);
            if (from < 0 || to < 0 || from == to)
                continue;
            const QString kind =
                row[2].toString().isEmpty() ? QStringLiteral("influences") : row[2].toString();
            map.links.push_back({from, to, kind, row[3].isNull() ? 0 : std::clamp(row[3].toInt(), 0, 5)});
        }
    }

    analysis::GapOptions go;
    go.today = map.today;
    map.staleDays = go.staleDays;
    auto gaps = analysis::findGaps(db, accountId, go);
    if (!gaps)
        return gaps.error();
    map.gaps = std::move(gaps.value());
    QSet<QString> gapIds;
    for (const analysis::Gap& g : map.gaps)
        gapIds.insert(g.id);
    for (MapNode& node : map.nodes)
        node.hasGap = gapIds.contains(node.id);
    return map;
}

} // namespace summit::map
