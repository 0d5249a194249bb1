#include "map/MapHistory.h"

#include "model/Display.h"
#include "model/Schema.h"
#include "store/Database.h"
#include "store/Hlc.h"
#include "store/Migrations.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>
#include <limits>

namespace summit::map {

namespace {

// The translation context of this file (lupdate and the runtime agree on it).
struct MapHistoryText
{
    Q_DECLARE_TR_FUNCTIONS(MapHistory)
};

const QString kDeleted = QStringLiteral("deleted");

// The largest clock value whose wall time is at or before `millis`.
quint64 cutAt(qint64 millis)
{
    return HybridClock::pack(millis, 0xFFFF);
}

// One record as the log says it was at the cut.
struct RecordState
{
    QString entity;
    QVariantMap fields;                              // winning values; a field never written is absent
    QHash<QString, std::pair<quint64, QString>> won; // field -> (hlc, replica) of the winning write
    quint64 firstHlc = 0, lastHlc = 0;               // like created_hlc and updated_hlc
    bool alive() const { return fields.value(kDeleted).toInt() == 0; }
    QString text(const QString& field) const { return fields.value(field).toString(); }
};

using States = QHash<QString, RecordState>; // record id -> state, only records that existed at the cut

// A write of a tree field (org unit parent, reports-to), replayed in clock order.
struct TreeWrite
{
    quint64 hlc = 0;
    QString replica, id, target;
};

// Reads the state of an account's records at a cut from op_fields, with the
// store's rules: last writer by (hlc, replica) per field; tree fields replayed
// as Store::resolveTrees does when it rebuilds from the log.
class AsOfReader
{
public:
    AsOfReader(Database& db, quint64 cut) : m_db(db), m_cut(cut) {}

    // The account record itself and every team member (coverage and gaps name them).
    Status loadAccount(const QString& accountId)
    {
        return consume(QStringLiteral("account"),
                       m_db.run(QStringLiteral("SELECT entity_id, field, value, hlc, replica FROM op_fields "
                                               "WHERE entity_id = ? AND hlc <= ?"),
                                {accountId, qint64(m_cut)}));
    }
    Status loadMembers()
    {
        return consume(QStringLiteral("member"),
                       m_db.run(QStringLiteral("SELECT f.entity_id, f.field, f.value, f.hlc, f.replica FROM "
                                               "members m JOIN op_fields f ON f.entity_id = m.id "
                                               "WHERE f.hlc <= ?"),
                                {qint64(m_cut)}));
    }
    // The records of one entity that belong to the account (the account field
    // never changes, so today's table says which records ever belonged to it,
    // deleted ones included). `fields` limits what is read (empty: all).
    Status loadEntity(const model::EntityDef& def, const QString& accountId, const QStringList& fields = {})
    {
        QString sql = QStringLiteral("SELECT f.entity_id, f.field, f.value, f.hlc, f.replica FROM %1 t "
                                     "JOIN op_fields f ON f.entity_id = t.id WHERE t.%2 = ? AND f.hlc <= ?")
                          .arg(def.table, def.accountField);
        QVariantList binds = {accountId, qint64(m_cut)};
        if (!fields.isEmpty()) {
            // Bound, and on op_fields' primary key (entity_id, field, hlc): fields
            // not asked for (a follow-up's summary and notes) are never read.
            QStringList marks;
            for (const QString& f : fields + QStringList{kDeleted}) {
                marks << QStringLiteral("?");
                binds << f;
            }
            sql += QStringLiteral(" AND f.field IN (%1)").arg(marks.join(QStringLiteral(", ")));
        }
        return consume(def.name, m_db.run(sql, binds));
    }

    // Replays the tree fields; call after every load.
    void resolveTrees()
    {
        for (auto it = m_moves.begin(); it != m_moves.end(); ++it) {
            const QString entity = it.key().first, field = it.key().second;
            std::vector<TreeWrite>& moves = it.value();
            std::sort(moves.begin(), moves.end(), [](const TreeWrite& a, const TreeWrite& b) {
                return a.hlc != b.hlc ? a.hlc < b.hlc : a.replica < b.replica;
            });
            QHash<QString, QString> parent; // every record of the entity, deleted ones too
            for (auto s = m_states.cbegin(); s != m_states.cend(); ++s)
                if (s->entity == entity)
                    parent.insert(s.key(), QString());
            for (const TreeWrite& w : moves) {
                bool cycle = false;
                for (QString up = w.target; !up.isEmpty() && !cycle; up = parent.value(up))
                    cycle = up == w.id;
                if (!cycle && (w.target.isEmpty() || parent.contains(w.target)))
                    parent[w.id] = w.target;
            }
            for (auto p = parent.cbegin(); p != parent.cend(); ++p)
                m_states[p.key()].fields.insert(field, p->isEmpty() ? QVariant() : QVariant(*p));
        }
        m_moves.clear();
    }

    States& states() { return m_states; }

private:
    Status consume(const QString& entity, Result<QSqlQuery*> run)
    {
        if (!run)
            return run.status();
        const model::EntityDef* def = model::entity(entity);
        QSqlQuery* q = run.value();
        while (q->next()) {
            const QString id = q->value(0).toString();
            const QString field = q->value(1).toString();
            const quint64 hlc = q->value(3).toULongLong();
            const QString replica = q->value(4).toString();
            RecordState& s = m_states[id];
            if (s.entity.isEmpty()) {
                s.entity = entity;
                s.firstHlc = s.lastHlc = hlc;
            }
            s.firstHlc = std::min(s.firstHlc, hlc);
            s.lastHlc = std::max(s.lastHlc, hlc);
            const model::FieldDef* f = def->field(field);
            if (!f && field != kDeleted)
                continue; // a field of a newer version of Summit: the map cannot use it
            if (f && f->tree) {
                m_moves[{entity, field}].push_back({hlc, replica, id, q->value(2).toString()});
                continue;
            }
            auto w = s.won.find(field);
            if (w != s.won.end() && (w->first > hlc || (w->first == hlc && w->second > replica)))
                continue;
            s.won.insert(field, {hlc, replica});
            s.fields.insert(field, q->value(2));
        }
        q->finish();
        return {};
    }

    Database& m_db;
    quint64 m_cut = 0;
    States m_states;
    QHash<std::pair<QString, QString>, std::vector<TreeWrite>> m_moves; // (entity, field) -> writes
};

// Writes the states into `db` (a fresh database with the full schema) the way
// Store::materialise would have: the winning values, deleted, created_hlc and
// updated_hlc.
Status writeStates(Database& db, const States& states)
{
    Transaction t(db);
    if (!t.status())
        return t.status();
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        const model::EntityDef* def = model::entity(it->entity);
        QStringList columns = {QStringLiteral("id"), kDeleted, QStringLiteral("created_hlc"),
                               QStringLiteral("updated_hlc")};
        for (const model::FieldDef& f : def->fields)
            columns << f.name;
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        Statement& ins = db.fast(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(def->table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        ins.bind(1, it.key()).bind(2, qint64(it->alive() ? 0 : 1));
        ins.bind(3, qint64(it->firstHlc)).bind(4, qint64(it->lastHlc));
        int i = 5;
        for (const model::FieldDef& f : def->fields)
            ins.bind(i++, it->fields.value(f.name));
        if (!ins.exec())
            return Status::fail(
                MapHistoryText::tr("Cannot rebuild the past state of %1: %2").arg(it.key(), ins.error()));
    }
    return t.commit();
}

// The fields of a follow-up the map and its gap analysis read (freshness,
// engagement); the rest of a follow-up is text they never look at.
const QStringList kFollowUpFields = {QStringLiteral("account_id"), QStringLiteral("at"),
                                     QStringLiteral("contact_ids"), QStringLiteral("opportunity_id")};

Result<States> statesAt(Database& db, const QString& accountId, quint64 cut, bool forMap)
{
    AsOfReader reader(db, cut);
    if (Status s = reader.loadAccount(accountId); !s)
        return s;
    if (forMap)
        if (Status s = reader.loadMembers(); !s)
            return s;
    for (const model::EntityDef& def : model::entities()) {
        if (def.accountField.isEmpty())
            continue;
        const bool people = def.name == QLatin1String("org_unit") || def.name == QLatin1String("contact") ||
                            def.name == QLatin1String("influence_link");
        const bool mapOnly = def.name == QLatin1String("coverage") ||
                             def.name == QLatin1String("opportunity") ||
                             def.name == QLatin1String("buying_role");
        Status s;
        if (people || (forMap && mapOnly))
            s = reader.loadEntity(def, accountId);
        else if (forMap && def.name == QLatin1String("followup"))
            s = reader.loadEntity(def, accountId, kFollowUpFields);
        if (!s)
            return s;
    }
    reader.resolveTrees();
    return std::move(reader.states());
}

// ---------------------------------------------------------------- changes

// Who made a change and when: the newest write of `field` (any field when
// empty) in the period, or with `first` the oldest write of the record there.
struct Stamp
{
    QDateTime at;
    QString authorId, authorName;
};

class StampReader
{
public:
    StampReader(Database& db, quint64 from, quint64 to) : m_db(db), m_from(from), m_to(to) {}

    Result<Stamp> stamp(const QString& id, const QString& field, bool first = false)
    {
        const QString order = first ? QStringLiteral("ASC") : QStringLiteral("DESC");
        const QString which = field.isEmpty() ? QString() : QStringLiteral(" AND f.field = ?");
        QVariantList binds = {id, qint64(m_from), qint64(m_to)};
        if (!field.isEmpty())
            binds << field;
        auto rows = m_db.rows(
            QStringLiteral("SELECT f.hlc, o.author, m.name FROM op_fields f JOIN ops o ON o.n = f.op "
                           "LEFT JOIN members m ON m.id = o.author WHERE f.entity_id = ? AND f.hlc > ? "
                           "AND f.hlc <= ?%1 ORDER BY f.hlc %2, f.replica %2 LIMIT 1")
                .arg(which, order),
            binds);
        if (!rows)
            return rows.error();
        Stamp s;
        if (!rows.value().empty()) {
            const QVariantList& r = rows.value().front();
            s.at = QDateTime::fromMSecsSinceEpoch(HybridClock::millis(r[0].toULongLong()), QTimeZone::utc());
            s.authorId = r[1].toString();
            s.authorName = r[2].toString();
        }
        return s;
    }

private:
    Database& m_db;
    quint64 m_from, m_to;
};

class ChangeFinder
{
public:
    ChangeFinder(const States& before, const States& after, StampReader& stamps)
        : m_before(before), m_after(after), m_stamps(stamps)
    {}

    Result<std::vector<MapChange>> run()
    {
        QSet<QString> ids;
        for (auto it = m_after.cbegin(); it != m_after.cend(); ++it)
            ids.insert(it.key());
        for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
            ids.insert(it.key());
        for (const QString& id : ids) {
            const RecordState* b = live(m_before, id);
            const RecordState* a = live(m_after, id);
            const QString entity = (a ? a : b) ? (a ? a : b)->entity : QString();
            Status s;
            if (entity == QLatin1String("contact"))
                s = person(id, b, a);
            else if (entity == QLatin1String("org_unit"))
                s = unit(id, b, a);
            else if (entity == QLatin1String("influence_link"))
                s = link(id, b, a);
            if (!s)
                return s;
        }
        std::sort(m_out.begin(), m_out.end(), [](const MapChange& x, const MapChange& y) {
            if (x.at != y.at)
                return x.at > y.at;
            if (x.name != y.name)
                return x.name < y.name;
            if (x.kind != y.kind)
                return x.kind < y.kind;
            return x.recordId < y.recordId;
        });
        return std::move(m_out);
    }

private:
    static const RecordState* live(const States& states, const QString& id)
    {
        auto it = states.constFind(id);
        return it != states.constEnd() && it->alive() ? &*it : nullptr;
    }

    // The name of a record now, or as it was before when it is gone.
    QString nameOf(const QString& id) const
    {
        for (const States* states : {&m_after, &m_before}) {
            auto it = states->constFind(id);
            if (it != states->constEnd()) {
                const QString n = it->text(QStringLiteral("name"));
                if (!n.isEmpty())
                    return n;
            }
        }
        return id;
    }

    static QString display(const QString& entity, const QString& field, const QVariant& value)
    {
        const model::FieldDef* f = model::entity(entity)->field(field);
        return f ? model::displayValue(*f, value) : value.toString();
    }

    // A change of the record's existence: who made it exist (its first write
    // in the period, or the restore) or go away (the delete).
    Status appeared(MapChange c, const QString& id, bool existedBefore)
    {
        auto stamp = existedBefore ? m_stamps.stamp(id, kDeleted) : m_stamps.stamp(id, QString(), true);
        if (!stamp)
            return stamp.status();
        return add(std::move(c), stamp.value());
    }

    Status fieldChanged(MapChange c, const QString& id)
    {
        auto stamp = m_stamps.stamp(id, c.field);
        if (!stamp)
            return stamp.status();
        return add(std::move(c), stamp.value());
    }

    Status add(MapChange c, const Stamp& s)
    {
        c.at = s.at;
        c.authorId = s.authorId;
        c.authorName = s.authorName;
        m_out.push_back(std::move(c));
        return {};
    }

    MapChange base(const QString& kind, const QString& entity, const QString& id) const
    {
        MapChange c;
        c.kind = kind;
        c.entity = entity;
        c.recordId = id;
        c.focusId = id;
        c.name = nameOf(id);
        return c;
    }

    Status person(const QString& id, const RecordState* b, const RecordState* a)
    {
        const QString contact = QStringLiteral("contact");
        if (!b && !a)
            return {};
        if (!b)
            return appeared(base(QStringLiteral("new_person"), contact, id), id, m_before.contains(id));
        if (!a)
            return appeared(base(QStringLiteral("removed_person"), contact, id), id, true);
        const QString status = QStringLiteral("status");
        const bool leftBefore = b->text(status) == QLatin1String("left");
        const bool leftAfter = a->text(status) == QLatin1String("left");
        if (leftBefore != leftAfter) {
            MapChange c = base(leftAfter ? QStringLiteral("left") : QStringLiteral("returned"), contact, id);
            c.field = status;
            c.before = display(contact, status, b->fields.value(status));
            c.after = display(contact, status, a->fields.value(status));
            if (Status s = fieldChanged(std::move(c), id); !s)
                return s;
        }
        // An unset stance is drawn as "unknown": setting it to unknown changes nothing on the map.
        auto stance = [](const RecordState* r) {
            const QString v = r->text(QStringLiteral("stance"));
            return v.isEmpty() ? QStringLiteral("unknown") : v;
        };
        if (stance(b) != stance(a)) {
            MapChange c = base(QStringLiteral("stance"), contact, id);
            c.field = QStringLiteral("stance");
            c.before = model::enumLabel(u"stance", stance(b));
            c.after = model::enumLabel(u"stance", stance(a));
            if (Status s = fieldChanged(std::move(c), id); !s)
                return s;
        }
        for (const auto& [kind, field] :
             {std::pair{QStringLiteral("role"), QStringLiteral("decision_role")},
              std::pair{QStringLiteral("influence"), QStringLiteral("influence")}}) {
            if (b->text(field) == a->text(field))
                continue;
            MapChange c = base(kind, contact, id);
            c.field = field;
            c.before = display(contact, field, b->fields.value(field));
            c.after = display(contact, field, a->fields.value(field));
            if (Status s = fieldChanged(std::move(c), id); !s)
                return s;
        }
        for (const QString& field : {QStringLiteral("org_unit_id"), QStringLiteral("reports_to")}) {
            if (b->text(field) == a->text(field))
                continue;
            MapChange c = base(QStringLiteral("moved"), contact, id);
            c.field = field;
            c.before = b->text(field).isEmpty() ? QString() : nameOf(b->text(field));
            c.after = a->text(field).isEmpty() ? QString() : nameOf(a->text(field));
            if (Status s = fieldChanged(std::move(c), id); !s)
                return s;
        }
        return {};
    }

    Status unit(const QString& id, const RecordState* b, const RecordState* a)
    {
        const QString orgUnit = QStringLiteral("org_unit");
        if (!b && !a)
            return {};
        if (!b)
            return appeared(base(QStringLiteral("new_unit"), orgUnit, id), id, m_before.contains(id));
        if (!a)
            return appeared(base(QStringLiteral("removed_unit"), orgUnit, id), id, true);
        const QString parent = QStringLiteral("parent_id");
        if (b->text(parent) == a->text(parent))
            return {};
        MapChange c = base(QStringLiteral("unit_moved"), orgUnit, id);
        c.field = parent;
        c.before = b->text(parent).isEmpty() ? QString() : nameOf(b->text(parent));
        c.after = a->text(parent).isEmpty() ? QString() : nameOf(a->text(parent));
        return fieldChanged(std::move(c), id);
    }

    Status link(const QString& id, const RecordState* b, const RecordState* a)
    {
        const QString entity = QStringLiteral("influence_link");
        if (!b && !a)
            return {};
        const RecordState* r = a ? a : b;
        auto make = [&](const QString& kind) {
            MapChange c = base(kind, entity, id);
            c.focusId = r->text(QStringLiteral("from_id"));
            c.otherId = r->text(QStringLiteral("to_id"));
            c.name = nameOf(c.focusId) + QStringLiteral(" → ") + nameOf(c.otherId);
            return c;
        };
        if (!b)
            return appeared(make(QStringLiteral("new_link")), id, m_before.contains(id));
        if (!a)
            return appeared(make(QStringLiteral("removed_link")), id, true);
        for (const QString& field : {QStringLiteral("kind"), QStringLiteral("strength")}) {
            if (b->text(field) == a->text(field))
                continue;
            MapChange c = make(QStringLiteral("link_changed"));
            c.field = field;
            c.before = display(entity, field, b->fields.value(field));
            c.after = display(entity, field, a->fields.value(field));
            if (Status s = fieldChanged(std::move(c), id); !s)
                return s;
        }
        return {};
    }

    const States& m_before;
    const States& m_after;
    StampReader& m_stamps;
    std::vector<MapChange> m_out;
};

} // namespace

Result<DecisionChainMap> buildMapAsOf(Store& store, const QString& accountId, const QDateTime& at,
                                      const MapOptions& options)
{
    if (!at.isValid())
        return buildMap(store.db(), accountId, options);
    auto states = statesAt(store.db(), accountId, cutAt(at.toMSecsSinceEpoch()), true);
    if (!states)
        return states.error();
    auto account = states.value().constFind(accountId);
    if (account == states.value().constEnd() || !account->alive() ||
        account->entity != QLatin1String("account")) {
        const QString when = QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
        return Result<DecisionChainMap>::fail(
            MapHistoryText::tr("Account %1 did not exist on %2.").arg(accountId, when));
    }

    // A private in-memory database with the same schema, through the same code
    // as a real one, so buildMap and the gap analysis read what they always read.
    Database past;
    if (Status s = past.open(QStringLiteral(":memory:")); !s)
        return s;
    if (Status s = migrations::upgrade(past); !s)
        return s;
    if (Status s = writeStates(past, states.value()); !s)
        return s;
    MapOptions o = options;
    if (!o.today.isValid())
        o.today = at.toLocalTime().date();
    return buildMap(past, accountId, o);
}

Result<std::vector<MapChange>> changesSince(Store& store, const QString& accountId, const QDateTime& since,
                                            const QDateTime& until)
{
    // Two states compared, rather than the log read operation by operation:
    // a change undone inside the period, a person added and deleted again, a
    // stance set back and forth all come out right without special cases, and
    // a difference is by construction what the two maps show. The log is
    // asked only who made each difference and when.
    if (!since.isValid())
        return Result<std::vector<MapChange>>::fail(
            MapHistoryText::tr("No start date given for the changes."));
    const qint64 end = until.isValid() ? until.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max() >> 16;
    const quint64 from = cutAt(since.toMSecsSinceEpoch() - 1);
    const quint64 to = cutAt(end);
    if (to <= from)
        return std::vector<MapChange>();
    auto before = statesAt(store.db(), accountId, from, false);
    if (!before)
        return before.error();
    auto after = statesAt(store.db(), accountId, to, false);
    if (!after)
        return after.error();
    StampReader stamps(store.db(), from, to);
    return ChangeFinder(before.value(), after.value(), stamps).run();
}

QString changeKindLabel(const QString& kind)
{
    struct Label
    {
        const char* kind;
        const char* text;
    };
    static const Label labels[] = {
        {"new_person", QT_TRANSLATE_NOOP("MapHistory", "new")},
        {"left", QT_TRANSLATE_NOOP("MapHistory", "left")},
        {"returned", QT_TRANSLATE_NOOP("MapHistory", "back")},
        {"removed_person", QT_TRANSLATE_NOOP("MapHistory", "removed")},
        {"stance", QT_TRANSLATE_NOOP("MapHistory", "stance changed")},
        {"role", QT_TRANSLATE_NOOP("MapHistory", "role changed")},
        {"influence", QT_TRANSLATE_NOOP("MapHistory", "influence changed")},
        {"moved", QT_TRANSLATE_NOOP("MapHistory", "moved")},
        {"new_unit", QT_TRANSLATE_NOOP("MapHistory", "new unit")},
        {"removed_unit", QT_TRANSLATE_NOOP("MapHistory", "unit removed")},
        {"unit_moved", QT_TRANSLATE_NOOP("MapHistory", "unit moved")},
        {"new_link", QT_TRANSLATE_NOOP("MapHistory", "new link")},
        {"removed_link", QT_TRANSLATE_NOOP("MapHistory", "link removed")},
        {"link_changed", QT_TRANSLATE_NOOP("MapHistory", "link changed")},
    };
    for (const Label& l : labels)
        if (kind == QLatin1String(l.kind))
            return MapHistoryText::tr(l.text);
    return kind;
}

QHash<QString, QString> changeMarks(const std::vector<MapChange>& changes)
{
    QHash<QString, QStringList> own, links;
    for (const MapChange& c : changes) {
        const QString label = changeKindLabel(c.kind);
        if (c.entity == QLatin1String("influence_link")) {
            for (const QString& id : {c.focusId, c.otherId})
                if (!id.isEmpty() && !links[id].contains(label))
                    links[id] << label;
        } else if (!own[c.recordId].contains(label)) {
            own[c.recordId] << label;
        }
    }
    QHash<QString, QString> marks;
    for (auto it = links.cbegin(); it != links.cend(); ++it)
        marks.insert(it.key(), it->join(QStringLiteral(", ")));
    for (auto it = own.cbegin(); it != own.cend(); ++it)
        marks.insert(it.key(), it->join(QStringLiteral(", "))); // a person's own change wins
    return marks;
}

} // namespace summit::map
