#include "map/MapHistory.h"
#include "CoreText.h"

#include "model/Display.h"
#include "model/Schema.h"
#include "store/Database.h"
#include "store/Hlc.h"
#include "store/Merge.h"
#include "store/Migrations.h"
#include "store/OperationLog.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <limits>

namespace summit::map {

namespace {

const QString kDeleted = QStringLiteral("deleted");

// The largest clock value whose wall time is at or before `millis`.
quint64 cutAt(qint64 millis)
{
    return HybridClock::pack(millis, 0xFFFF);
}

// One field of a record at the cut: the winning value and the write it came from.
struct Slot
{
    QVariant value; // null when never written
    quint64 hlc = 0;
    QString replica;
    bool written = false;
};

// One record as the log says it was at the cut.
struct RecordState
{
    const model::EntityDef* def = nullptr;
    std::vector<Slot> cells;           // one per field of def, in its order, then `deleted`
    quint64 firstHlc = 0, lastHlc = 0; // like created_hlc and updated_hlc

    QString entity() const { return def->name; }
    // Index of a field's slot; -1 for a field this version does not know.
    int slotOf(QStringView field) const
    {
        if (field == kDeleted)
            return int(def->fields.size());
        const model::FieldDef* f = def->field(field);
        return f ? int(f - def->fields.data()) : -1;
    }
    QVariant value(QStringView field) const
    {
        const int i = slotOf(field);
        return i < 0 ? QVariant() : cells[size_t(i)].value;
    }
    QString text(QStringView field) const { return value(field).toString(); }
    bool alive() const { return cells.back().value.toInt() == 0; }
};

using States = QHash<QString, RecordState>; // record id -> state, only records that existed at the cut

// Reads the state of an account's records at a cut from op_fields, with the
// store's rules (store/Merge.h): last writer by (hlc, replica) per field; tree
// fields replayed in that order, skipping moves that would make a cycle.
class AsOfReader
{
public:
    AsOfReader(Database& db, quint64 cut) : m_log(db), m_cut(cut) {}

    // The account record itself and every team member (coverage and gaps name them).
    Status loadAccount(const QString& accountId)
    {
        return m_log.writesUntil(accountId, m_cut, visitor(QStringLiteral("account")));
    }
    Status loadMembers()
    {
        return m_log.writesOfTableUntil(model::entity(QStringLiteral("member"))->table, m_cut,
                                        visitor(QStringLiteral("member")));
    }
    // The records of one entity that belong to the account (the account field
    // never changes, so today's table says which records ever belonged to it,
    // deleted ones included). `fields` limits what is read (empty: all): a
    // follow-up's summary and notes are never read for the map.
    Status loadEntity(const model::EntityDef& def, const QString& accountId, const QStringList& fields = {})
    {
        return m_log.writesOfAccountUntil(def, accountId, fields, m_cut, visitor(def.name));
    }

    // Replays the tree fields; call after every load.
    void resolveTrees()
    {
        for (auto it = m_moves.begin(); it != m_moves.end(); ++it) {
            const QString entity = it.key().first, field = it.key().second;
            QList<QString> nodes; // every record of the entity, deleted ones too
            for (auto s = m_states.cbegin(); s != m_states.cend(); ++s)
                if (s->def->name == entity)
                    nodes << s.key();
            const QHash<QString, QString> parent = merge::replayTree(nodes, std::move(it.value()));
            for (auto p = parent.cbegin(); p != parent.cend(); ++p) {
                RecordState& s = m_states[p.key()];
                s.cells[size_t(s.slotOf(field))].value = p->isEmpty() ? QVariant() : QVariant(*p);
            }
        }
        m_moves.clear();
    }

    States& states() { return m_states; }

private:
    // Takes each write of a record of `entity` into the states: the newest of
    // each field by (hlc, replica), tree moves kept for replaying.
    OperationLog::WriteVisitor visitor(const QString& entity)
    {
        const model::EntityDef* def = model::entity(entity);
        return [this, def, entity](const FieldWrite& w) {
            RecordState& s = m_states[w.id];
            if (!s.def) {
                s.def = def;
                s.cells.resize(def->fields.size() + 1);
                s.firstHlc = s.lastHlc = w.hlc;
            }
            s.firstHlc = std::min(s.firstHlc, w.hlc);
            s.lastHlc = std::max(s.lastHlc, w.hlc);
            const int i = s.slotOf(w.field);
            if (i < 0)
                return; // a field of a newer version of Summit: the map cannot use it
            if (i < int(def->fields.size()) && def->fields[size_t(i)].tree) {
                m_moves[{entity, w.field}].push_back({w.hlc, w.replica, w.id, w.value.toString()});
                return;
            }
            Slot& slot = s.cells[size_t(i)];
            if (slot.written && !merge::newerThan(w.hlc, w.replica, slot.hlc, slot.replica))
                return;
            slot = {w.value, w.hlc, w.replica, true};
        };
    }

    OperationLog m_log;
    quint64 m_cut = 0;
    States m_states;
    QHash<std::pair<QString, QString>, std::vector<merge::TreeMove>> m_moves; // (entity, field) -> writes
};

// Writes the states into `db` (a fresh database with the full schema) the way
// Store::materialise would have: the winning values, deleted, created_hlc and
// updated_hlc.
Status writeStates(Database& db, const States& states)
{
    Transaction t(db);
    if (!t.status())
        return t.status();
    for (const model::EntityDef& def : model::entities()) {
        QStringList columns = {QStringLiteral("id"), QStringLiteral("created_hlc"),
                               QStringLiteral("updated_hlc")};
        for (const model::FieldDef& f : def.fields)
            columns << f.name;
        columns << kDeleted; // the last slot, as in RecordState
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        Statement& ins = db.fast(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(def.table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        // In id order: the primary key and the indexes grow at their end, not at random.
        QStringList ids;
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            if (it->def == &def)
                ids << it.key();
        ids.sort();
        for (const QString& id : ids) {
            const RecordState& r = *states.constFind(id);
            ins.bind(1, id).bind(2, qint64(r.firstHlc)).bind(3, qint64(r.lastHlc));
            int i = 4;
            for (const Slot& cell : r.cells)
                ins.bind(i++, cell.value);
            ins.bind(i - 1, qint64(r.alive() ? 0 : 1)); // never null, as in the store
            if (!ins.exec())
                return Status::fail(
                    CoreText::tr("Cannot rebuild the past state of %1: %2").arg(id, ins.error()));
        }
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
    StampReader(Database& db, quint64 from, quint64 to) : m_log(db), m_from(from), m_to(to) {}

    Result<Stamp> stamp(const QString& id, const QString& field, bool first = false)
    {
        auto write = m_log.writeBetween(id, field, m_from, m_to, first);
        if (!write)
            return write.error();
        Stamp s;
        if (const auto& w = write.value()) {
            s.at = QDateTime::fromMSecsSinceEpoch(HybridClock::millis(w->write.hlc), QTimeZone::utc());
            s.authorId = w->author;
            s.authorName = w->authorName;
        }
        return s;
    }

private:
    OperationLog m_log;
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
            auto known = m_after.constFind(id);
            if (known == m_after.constEnd())
                known = m_before.constFind(id);
            const QString entity = known->entity();
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
            c.before = display(contact, status, b->value(status));
            c.after = display(contact, status, a->value(status));
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
            c.before = display(contact, field, b->value(field));
            c.after = display(contact, field, a->value(field));
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
            c.before = display(entity, field, b->value(field));
            c.after = display(entity, field, a->value(field));
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
        return buildMap(store.reader(), accountId, options);
    auto states = statesAt(store.reader(), accountId, cutAt(at.toMSecsSinceEpoch()), true);
    if (!states)
        return states.error();
    auto account = states.value().constFind(accountId);
    if (account == states.value().constEnd() || !account->alive() ||
        account->entity() != QLatin1String("account")) {
        const QString when = QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
        return Result<DecisionChainMap>::fail(
            CoreText::tr("Account %1 did not exist on %2.").arg(accountId, when));
    }

    // A private in-memory database with the same schema, through the same code
    // as a real one, so buildMap and the gap analysis read what they always read.
    Database past;
    if (Status s = past.open(QStringLiteral(":memory:")); !s)
        return s;
    if (Status s = migrations::upgrade(past); !s)
        return s;
    // Nothing to roll back to or recover: it lives for one map.
    past.scalar(QStringLiteral("PRAGMA journal_mode = OFF")); // answers a row: read and released
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
        return Result<std::vector<MapChange>>::fail(CoreText::tr("No start date given for the changes."));
    const qint64 end = until.isValid() ? until.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max() >> 16;
    const quint64 from = cutAt(since.toMSecsSinceEpoch() - 1);
    const quint64 to = cutAt(end);
    if (to <= from)
        return std::vector<MapChange>();
    auto before = statesAt(store.reader(), accountId, from, false);
    if (!before)
        return before.error();
    auto after = statesAt(store.reader(), accountId, to, false);
    if (!after)
        return after.error();
    StampReader stamps(store.reader(), from, to);
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
        {"new_person", QT_TRANSLATE_NOOP("summit::core", "new")},
        {"left", QT_TRANSLATE_NOOP("summit::core", "left")},
        {"returned", QT_TRANSLATE_NOOP("summit::core", "back")},
        {"removed_person", QT_TRANSLATE_NOOP("summit::core", "removed")},
        {"stance", QT_TRANSLATE_NOOP("summit::core", "stance changed")},
        {"role", QT_TRANSLATE_NOOP("summit::core", "role changed")},
        {"influence", QT_TRANSLATE_NOOP("summit::core", "influence changed")},
        {"moved", QT_TRANSLATE_NOOP("summit::core", "moved")},
        {"new_unit", QT_TRANSLATE_NOOP("summit::core", "new unit")},
        {"removed_unit", QT_TRANSLATE_NOOP("summit::core", "unit removed")},
        {"unit_moved", QT_TRANSLATE_NOOP("summit::core", "unit moved")},
        {"new_link", QT_TRANSLATE_NOOP("summit::core", "new link")},
        {"removed_link", QT_TRANSLATE_NOOP("summit::core", "link removed")},
        {"link_changed", QT_TRANSLATE_NOOP("summit::core", "link changed")},
    };
    for (const Label& l : labels)
        if (kind == QLatin1String(l.kind))
            return CoreText::tr(l.text);
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
