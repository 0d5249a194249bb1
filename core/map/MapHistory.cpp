#include "map/MapHistory.h"
#include "CoreText.h"

#include "model/Display.h"
#include "model/Schema.h"
#include "store/AsOf.h"
#include "store/Database.h"
#include "store/Hlc.h"
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

using asof::cutAt;
using asof::RecordState;
using asof::States;

const QString kDeleted = QStringLiteral("deleted");

// The fields of a follow-up the map and its gap analysis read (freshness,
// engagement); the rest of a follow-up is text they never look at.
const QStringList kFollowUpFields = {QStringLiteral("account_id"), QStringLiteral("at"),
                                     QStringLiteral("contact_ids"), QStringLiteral("opportunity_id")};

Result<States> statesAt(Database& db, const QString& accountId, quint64 cut, bool forMap)
{
    asof::Reader reader(db, cut);
    if (Status s = reader.loadRecord(QStringLiteral("account"), accountId); !s)
        return s;
    if (forMap)
        if (Status s = reader.loadTable(QStringLiteral("member")); !s)
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

    // A private in-memory database with the same schema, so buildMap and the
    // gap analysis read what they always read.
    auto past = asof::pastDatabase(states.value());
    if (!past)
        return past.error();
    MapOptions o = options;
    if (!o.today.isValid())
        o.today = at.toLocalTime().date();
    return buildMap(*past.value(), accountId, o);
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
