#include "store/AsOf.h"
#include "CoreText.h"

#include "model/AccountModel.h"
#include "model/Schema.h"
#include "store/Database.h"
#include "store/Hlc.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <algorithm>

namespace summit::asof {

namespace {

const QString kDeleted = QStringLiteral("deleted");

} // namespace

quint64 cutAt(qint64 millis)
{
    return HybridClock::pack(millis, 0xFFFF);
}

QString RecordState::entity() const
{
    return def->name;
}

int RecordState::slotOf(QStringView field) const
{
    if (field == kDeleted)
        return int(def->fields.size());
    const model::FieldDef* f = def->field(field);
    return f ? int(f - def->fields.data()) : -1;
}

QVariant RecordState::value(QStringView field) const
{
    const int i = slotOf(field);
    return i < 0 ? QVariant() : cells[size_t(i)].value;
}

Reader::Reader(Database& db, quint64 cut) : m_log(db), m_cut(cut) {}

Status Reader::loadRecord(const QString& entity, const QString& id)
{
    return m_log.writesUntil(id, m_cut, visitor(entity));
}

Status Reader::loadTable(const QString& entity)
{
    return m_log.writesOfTableUntil(model::entity(entity)->table, m_cut, visitor(entity));
}

Status Reader::loadEntity(const model::EntityDef& def, const QString& accountId, const QStringList& fields)
{
    return m_log.writesOfAccountUntil(def, accountId, fields, m_cut, visitor(def.name));
}

void Reader::resolveTrees()
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

// Takes each write of a record of `entity` into the states: the newest of
// each field by (hlc, replica), tree moves kept for replaying.
OperationLog::WriteVisitor Reader::visitor(const QString& entity)
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
            return; // a field of a newer version of Summit: nothing here reads it
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

Result<States> accountStates(Database& db, const QString& accountId, quint64 cut)
{
    Reader reader(db, cut);
    if (Status s = reader.loadRecord(QStringLiteral("account"), accountId); !s)
        return s;
    if (Status s = reader.loadTable(QStringLiteral("member")); !s)
        return s;
    if (Status s = reader.loadRecord(QStringLiteral("account_model"), model::kAccountModelId); !s)
        return s;
    for (const model::EntityDef& def : model::entities())
        if (!def.accountField.isEmpty())
            if (Status s = reader.loadEntity(def, accountId); !s)
                return s;
    reader.resolveTrees();
    return std::move(reader.states());
}

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

Result<std::unique_ptr<Database>> pastDatabase(const States& states)
{
    // Through the same code as a real database, so what reads it reads what it always reads.
    auto past = std::make_unique<Database>();
    if (Status s = past->open(QStringLiteral(":memory:")); !s)
        return s;
    if (Status s = migrations::upgrade(*past); !s)
        return s;
    // Nothing to roll back to or recover: it lives for one computation.
    past->scalar(QStringLiteral("PRAGMA journal_mode = OFF")); // answers a row: read and released
    if (Status s = writeStates(*past, states); !s)
        return s;
    return past;
}

} // namespace summit::asof
