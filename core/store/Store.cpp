#include "store/Store.h"
#include "store/CustomFields.h"
#include "store/StorePrivate.h"

#include "model/Schema.h"
#include "search/SearchIndex.h"

#include "search/SearchText.h"
#include "store/Ids.h"
#include "store/Migrations.h"
#include "store/OperationLog.h"
#include <cstdlib>

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace summit {

QString opKindName(OpKind kind)
{
    switch (kind) {
    case OpKind::Set:
        return QStringLiteral("set");
    case OpKind::Delete:
        return QStringLiteral("delete");
    case OpKind::Restore:
        return QStringLiteral("restore");
    case OpKind::Move:
        return QStringLiteral("move");
    }
    return {};
}

bool opKindFromName(const QString& name, OpKind* kind)
{
    for (OpKind k : {OpKind::Set, OpKind::Delete, OpKind::Restore, OpKind::Move})
        if (opKindName(k) == name) {
            *kind = k;
            return true;
        }
    return false;
}

Store::Store()
{
    qRegisterMetaType<summit::ChangeSet>();
}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const QString& path, OpenMode mode)
{
    std::unique_ptr<Store> store(new Store());
    if (Status s = store->m_db.open(path, mode); !s)
        return s.error();
    if (Status s = migrations::upgrade(store->m_db); !s)
        return s.error();
    if (Status s = store->init(); !s)
        return s.error();
    // From here on, only the store's write paths may write (see Writable).
    if (Status s = store->m_db.exec(QStringLiteral("PRAGMA query_only=ON")); !s)
        return s.error();
    return store;
}

Store::Writable::Writable(Store& store) : m_store(store)
{
    // A failure here shows up as the write's own error ("readonly database").
    if (m_store.m_writers++ == 0 && m_store.m_db.isOpen())
        (void)m_store.m_db.exec(QStringLiteral("PRAGMA query_only=OFF"));
}

Store::Writable::~Writable()
{
    if (--m_store.m_writers == 0 && m_store.m_db.isOpen())
        (void)m_store.m_db.exec(QStringLiteral("PRAGMA query_only=ON"));
}

StoreTransaction::StoreTransaction(Store& store) : m_writable(store), m_transaction(store.m_db) {}

Result<std::vector<StampedOperation>> Store::ownOperationsAfter(qint64 afterSeq, int limit)
{
    return readOperations(m_db, m_replica, afterSeq, limit);
}

qint64 Store::countOwnOperationsAfter(qint64 seq)
{
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM ops WHERE replica = ? AND seq > ?"), {m_replica, seq})
        .toLongLong();
}

int Store::countLocalValues(const QString& prefix)
{
    // The prefix is matched as text, not as a LIKE pattern (a key may hold '_').
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM local WHERE substr(key, 1, ?) = ?"),
                {prefix.size(), prefix})
        .toInt();
}

Status Store::checkWritable() const
{
    if (!m_db.isReadOnly())
        return {};
    return Status::fail(tr("%1 is open read-only, so this change was not saved. To make changes, copy the "
                           "file to a folder you can write to and open the copy.")
                            .arg(QDir::toNativeSeparators(m_db.path())));
}

Status Store::init()
{
    m_replica = localValue(QStringLiteral("replica_id")).toString();
    if (m_replica.isEmpty() && !isReadOnly()) {
        m_replica = ids::newReplicaId();
        if (Status s = setLocalValue(QStringLiteral("replica_id"), m_replica); !s)
            return s;
    }
    m_seq =
        m_db.scalar(QStringLiteral("SELECT max(seq) FROM ops WHERE replica = ?"), {m_replica}).toLongLong();
    // The clock resumes after the newest operation ever written or received. It
    // is kept with each transaction: max(hlc) over the log is a full scan
    // (300 ms on a million operations) that every start would pay.
    const QVariant saved = localValue(QStringLiteral("clock_last"));
    if (saved.isValid()) {
        m_clock.setLast(saved.toULongLong());
    } else {
        // A database from before the clock was kept: scan once and keep it.
        m_clock.setLast(m_db.scalar(QStringLiteral("SELECT max(hlc) FROM ops")).toULongLong());
        if (Status s = isReadOnly() ? Status() : saveClock(); !s)
            return s;
    }
    m_author = localValue(QStringLiteral("author")).toString();
    m_seenOp = m_db.scalar(QStringLiteral("SELECT max(n) FROM ops")).toLongLong();
    m_dataVersion = m_db.scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
    return {};
}

Status Store::saveClock()
{
    return setLocalValue(QStringLiteral("clock_last"), qint64(m_clock.last()));
}

void Store::catchUpWithFile()
{
    const qint64 version = m_db.scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    // A replica id taken by the sync worker (this file was a copy of another
    // database): local writes must go out under the new one, numbered after it.
    const QString replica = localValue(QStringLiteral("replica_id")).toString();
    if (!replica.isEmpty())
        m_replica = replica;
    // Another process on this file (summit-cli beside the app, a second
    // summit-cli) writes under the same replica id: number after its operations,
    // or two operations would share an id. An index lookup.
    m_seq =
        m_db.scalar(QStringLiteral("SELECT max(seq) FROM ops WHERE replica = ?"), {m_replica}).toLongLong();
    // Operations integrated elsewhere advance the clock (so a later local edit
    // wins over what it has seen) and the frontier (so it is not taken for a
    // concurrent write). Only the operations added since the last look are read.
    auto added = m_db.run(QStringLiteral("SELECT max(hlc), max(n) FROM ops WHERE n > ?"), {m_seenOp});
    if (added && added.value()->next() && !added.value()->value(1).isNull()) {
        m_clock.observe(added.value()->value(0).toULongLong());
        m_seenOp = added.value()->value(1).toLongLong();
    }
    if (added)
        added.value()->finish();
    m_frontierId = -1;
    m_conflictsExist = -1;
}

void Store::notifyExternalChange()
{
    ChangeSet all;
    all.everything = true;
    notifyExternalChange(all);
}

void Store::notifyExternalChange(const ChangeSet& what)
{
    catchUpWithFile();
    ChangeSet set = what;
    set.remote = true;
    if (set.everything)
        for (const model::EntityDef& def : model::entities())
            set.entities.insert(def.name);
    emit changed(set);
}

QString Store::path() const
{
    return m_db.path();
}

void Store::setWallClock(HybridClock::WallClock wall)
{
    const quint64 last = m_clock.last();
    m_clock = HybridClock(std::move(wall));
    m_clock.setLast(last);
}

QVariant Store::localValue(const QString& key, const QVariant& fallback)
{
    const QVariant v = m_db.scalar(QStringLiteral("SELECT value FROM local WHERE key = ?"), {key});
    return v.isValid() ? v : fallback;
}

Status Store::setLocalValue(const QString& key, const QVariant& value)
{
    if (Status s = checkWritable(); !s)
        return s;
    Writable writable(*this);
    return m_db.explainWrite(
        m_db.exec(QStringLiteral("INSERT INTO local (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                  {key, value}));
}

// ---------------------------------------------------------------- reads

Result<QVariantMap> Store::record(const QString& entity, const QString& id)
{
    const model::EntityDef* def = model::entity(entity);
    if (!def)
        return Result<QVariantMap>::fail(tr("Unknown record type \"%1\".").arg(entity));
    auto r = m_db.run(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(def->table), {id});
    if (!r)
        return r.error();
    QSqlQuery* q = r.value();
    if (!q->next())
        return Result<QVariantMap>::fail(tr("No %1 with id %2.").arg(model::entityLabel(entity), id));
    QVariantMap row;
    const QSqlRecord rec = q->record();
    for (int i = 0; i < rec.count(); ++i)
        row.insert(rec.fieldName(i), q->value(i));
    q->finish();
    if (model::customizableEntities().contains(entity))
        row.insert(custom::valuesOf(m_db, entity, id));
    return row;
}

QString Store::entityOf(const QString& id)
{
    return m_db
        .scalar(
            QStringLiteral(
                "SELECT o.entity FROM op_fields f JOIN ops o ON o.n = f.op WHERE f.entity_id = ? LIMIT 1"),
            {id})
        .toString();
}

Result<QVariantMap> Store::find(const QString& id)
{
    const QString entity = entityOf(id);
    if (entity.isEmpty())
        return Result<QVariantMap>::fail(tr("No record with id %1.").arg(id));
    auto r = record(entity, id);
    if (!r)
        return r;
    QVariantMap row = r.value();
    row.insert(QStringLiteral("entity"), entity);
    return row;
}

quint64 Store::operationCount()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM ops")).toULongLong();
}

// ---------------------------------------------------------------- validation

Status Store::checkTree(const QString& entity, const QString& table, const QString& field, const QString& id,
                        const QString& parent)
{
    // Walk up from the new parent; meeting the node itself means a cycle.
    QString cursor = parent;
    for (int depth = 0; !cursor.isEmpty(); ++depth) {
        if (cursor == id || depth > 100000)
            return Status::fail(
                tr("%1: this would make the record its own ancestor.").arg(model::fieldLabel(entity, field)),
                field);
        cursor = m_db.scalar(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(field, table), {cursor})
                     .toString();
    }
    return {};
}

Status Store::validate(const Operation& op, const QVariantMap* current)
{
    const model::EntityDef* def = model::entity(op.entity);
    if (!def)
        return Status::fail(tr("Unknown record type \"%1\".").arg(op.entity));
    if (!ids::looksLikeId(op.id))
        return Status::fail(tr("\"%1\" is not a record id.").arg(op.id));

    if (op.kind == OpKind::Delete || op.kind == OpKind::Restore) {
        if (!current)
            return Status::fail(tr("No %1 with id %2.").arg(model::entityLabel(op.entity), op.id));
        return {};
    }
    if (op.fields.empty())
        return Status::fail(tr("Nothing to change on %1.").arg(op.id));
    if (op.kind == OpKind::Move &&
        (op.fields.size() != 1 || !def->field(op.fields[0].first) || !def->field(op.fields[0].first)->tree))
        return Status::fail(tr("A move changes exactly one parent field."));

    const QString accountField = def->accountField;
    QString account = current ? current->value(accountField).toString() : QString();
    for (const auto& [name, value] : op.fields)
        if (name == accountField)
            account = value.toString();

    for (const auto& [name, value] : op.fields) {
        const model::FieldDef* f = def->field(name);
        model::FieldDef customField; // a team's own field, defined in field_defs
        if (!f && custom::fieldOf(m_db, op.entity, name, &customField))
            f = &customField;
        if (!f)
            return Status::fail(tr("%1 has no field \"%2\".").arg(model::entityLabel(op.entity), name), name);
        if (QString why = model::checkValue(*def, *f, value); !why.isEmpty())
            return Status::fail(why, name);
        if (current && name == accountField && current->value(name).toString() != value.toString())
            return Status::fail(
                tr("%1: a record cannot move to another account.").arg(model::fieldLabel(op.entity, name)),
                name);
        const bool changedValue = !current || current->value(name) != value;
        if (f->type == model::FieldType::Ref && !value.isNull() && changedValue) {
            const model::EntityDef* target = model::entity(f->refEntity);
            // Only what the check needs: this runs for every reference of every
            // operation, in bulk imports too.
            const QString titleColumn =
                target->titleField.isEmpty() ? QStringLiteral("id") : target->titleField;
            const QString accountColumn =
                target->accountField.isEmpty() ? QStringLiteral("NULL") : target->accountField;
            // A member who left the team takes no new accounts, tasks or deals.
            const bool member = f->refEntity == QLatin1String("member");
            const QString statusColumn = member ? QStringLiteral("status") : QStringLiteral("NULL");
            Statement& ref = m_db.fast(QStringLiteral("SELECT deleted, %1, %2, %3 FROM %4 WHERE id = ?")
                                           .arg(accountColumn, titleColumn, statusColumn, target->table));
            ref.bind(1, value);
            const bool found = ref.step();
            const bool live = found && ref.integer(0) == 0;
            const QString refAccount = found ? ref.text(1) : QString();
            const QString refTitle = found ? ref.text(2) : QString();
            const bool left = found && ref.text(3) == QLatin1String("left");
            const QString refError = ref.error();
            ref.reset();
            if (!refError.isEmpty())
                return Status::fail(refError);
            if (!live)
                return Status::fail(tr("%1: no %2 with id %3.")
                                        .arg(model::fieldLabel(op.entity, name),
                                             model::entityLabel(f->refEntity), value.toString()),
                                    name);
            if (left)
                return Status::fail(
                    tr("%1: %2 has left the team.").arg(model::fieldLabel(op.entity, name), refTitle), name);
            if (f->sameAccount && !target->accountField.isEmpty() && refAccount != account)
                return Status::fail(tr("%1: %2 belongs to another account.")
                                        .arg(model::fieldLabel(op.entity, name),
                                             refTitle.isEmpty() ? value.toString() : refTitle),
                                    name);
            if (f->tree)
                if (Status s = checkTree(op.entity, def->table, name, op.id, value.toString()); !s)
                    return s;
        }
    }
    if (op.entity == QLatin1String("account"))
        for (const auto& [name, value] : op.fields)
            if (name == QLatin1String("credit_code") && !value.isNull() &&
                (!current || current->value(name) != value)) {
                const QString other =
                    m_db.scalar(QStringLiteral("SELECT name FROM accounts WHERE credit_code = ?"
                                               " AND deleted = 0 AND id IS NOT ? LIMIT 1"),
                                {value, op.id})
                        .toString();
                if (!other.isEmpty())
                    return Status::fail(tr("%1: %2 already has the credit code %3.")
                                            .arg(model::fieldLabel(op.entity, name), other, value.toString()),
                                        name);
            }
    if (op.entity == QLatin1String("field_def"))
        if (Status s = checkFieldDefinition(op, current); !s)
            return s;
    if (!current) {
        for (const model::FieldDef& f : def->fields) {
            if (!f.required)
                continue;
            const auto it = std::find_if(op.fields.begin(), op.fields.end(),
                                         [&](const auto& fv) { return fv.first == f.name; });
            if (it == op.fields.end())
                return Status::fail(tr("%1 is required.").arg(model::fieldLabel(op.entity, f.name)), f.name);
        }
        // Most teams have no required custom fields: one cached lookup says so
        // before the definitions are read (this runs for every new record of an import).
        Statement& anyRequired =
            m_db.fast(QStringLiteral("SELECT EXISTS (SELECT 1 FROM field_defs WHERE applies_to = ? AND "
                                     "required = 1 AND deleted = 0)"));
        anyRequired.bind(1, op.entity);
        const bool required = anyRequired.step() && anyRequired.integer(0) != 0;
        anyRequired.reset();
        if (required)
            for (const custom::Definition& d : custom::definitions(m_db, op.entity)) {
                if (!d.required)
                    continue;
                const auto it = std::find_if(op.fields.begin(), op.fields.end(), [&](const auto& fv) {
                    return fv.first == d.key && !fv.second.isNull() && !fv.second.toString().isEmpty();
                });
                if (it == op.fields.end())
                    return Status::fail(tr("%1 is required.").arg(d.field().label), d.key);
            }
    }
    return {};
}

Status Store::checkFieldDefinition(const Operation& op, const QVariantMap* current)
{
    QString appliesTo = current ? current->value(QStringLiteral("applies_to")).toString() : QString();
    QString key = current ? current->value(QStringLiteral("key")).toString() : QString();
    for (const auto& [name, value] : op.fields) {
        const bool identity = name == QLatin1String("applies_to") || name == QLatin1String("key");
        if (identity && current && current->value(name) != value)
            // Values are stored under the key: renaming it would strand them.
            return Status::fail(
                tr("%1: a custom field keeps its key and record type; add a new field instead.")
                    .arg(model::fieldLabel(op.entity, name)),
                name);
        if (name == QLatin1String("applies_to"))
            appliesTo = value.toString();
        if (name == QLatin1String("key"))
            key = value.toString();
    }
    const model::EntityDef* target = model::entity(appliesTo);
    if (current || !target)
        return {};
    const QString keyField = QStringLiteral("key");
    if (target->field(key) || key == QLatin1String("id") || key == QLatin1String("deleted") ||
        key.endsWith(QLatin1String("_hlc")))
        return Status::fail(tr("Key: %1 already has a field \"%2\".").arg(model::entityLabel(appliesTo), key),
                            keyField);
    const QString other =
        m_db.scalar(QStringLiteral("SELECT label FROM field_defs WHERE applies_to = ? AND key = ?"
                                   " AND deleted = 0 AND id IS NOT ? LIMIT 1"),
                    {appliesTo, key, op.id})
            .toString();
    if (!other.isEmpty())
        return Status::fail(tr("Key: the custom field %1 already uses the key \"%2\".").arg(other, key),
                            keyField);
    return {};
}

// ---------------------------------------------------------------- the write path

Status Store::apply(const Change& change, const ApplyOptions& options)
{
    if (change.ops.empty())
        return {};
    return inLocalTransaction([&](Pending& pending) {
        return applyLocal(change.label, change.ops, QStringLiteral("user"), options.undoable, pending);
    });
}

Status Store::tryOut(const Change& change, const std::function<Status()>& body)
{
    if (Status s = checkWritable(); !s)
        return s;
    const qint64 seqBefore = m_seq;
    const quint64 clockBefore = m_clock.last();
    Status s;
    {
        Pending pending;
        Writable writable(*this);
        Transaction t(m_db); // never committed: rolled back when it goes out of scope
        s = t.status();
        if (s)
            catchUpWithFile();
        if (s)
            s = applyLocal(change.label, change.ops, QStringLiteral("user"), false, pending);
        if (s)
            s = body();
    }
    m_seq = seqBefore;
    m_clock.setLast(clockBefore);
    m_frontierId = -1; // rows written in the transaction are gone with it
    m_conflictsExist = -1;
    return s;
}

Status Store::inLocalTransaction(const std::function<Status(Pending&)>& body)
{
    if (Status s = checkWritable(); !s)
        return s;
    Pending pending;
    Writable writable(*this);
    Transaction t(m_db);
    Status s = t.status();
    // Under the write lock (BEGIN IMMEDIATE) nobody else can write until this
    // change commits, so what is read here stays true while it is stamped.
    if (s)
        catchUpWithFile();
    const qint64 seqBefore = m_seq;
    const quint64 clockBefore = m_clock.last();
    if (s)
        s = body(pending);
    if (s)
        s = saveClock();
#ifdef SUMMIT_CRASH_POINTS
    // Test builds: stop dead with the change written but not committed (an import
    // killed halfway), to prove that nothing of it survives.
    if (s && qgetenv("SUMMIT_CRASH_AT") == "before-local-commit")
        std::_Exit(137);
#endif
    if (s)
        s = t.commit();
    if (!s) {
        m_seq = seqBefore; // nothing was written: the numbers are free again
        m_clock.setLast(clockBefore);
        // The frontier row these operations would have named may have been
        // written in this transaction, and is gone with it: look again next time.
        m_frontierId = -1;
        m_conflictsExist = -1;
        return m_db.explainWrite(s); // a full disk or a busy file in words, naming the file
    }
    notifyAfterCommit(pending.set);
    return {};
}

void Store::notifyAfterCommit(const ChangeSet& set)
{
    m_unsent.entities.unite(set.entities);
    m_unsent.ids.unite(set.ids);
    m_unsent.remote = m_unsent.remote || set.remote;
    m_unsent.everything = m_unsent.everything || set.everything;
    if (m_noticeQueued)
        return;
    m_noticeQueued = true;
    m_db.whenOutermostEnds([this](bool committed) {
        const ChangeSet done = std::exchange(m_unsent, ChangeSet{});
        m_noticeQueued = false;
        if (committed)
            emit changed(done);
    });
}

Status Store::applyLocal(const QString& label, const std::vector<Operation>& ops, const QString& kind,
                         bool undoable, Pending& pending)
{
    for (const Operation& op : ops)
        if (Status s = applyOne(op, pending); !s)
            return s;
    if (Status s = search::writeIndex(m_db, pending.reindex, &pending.created); !s)
        return s;
    if (undoable) {
        if (kind == QLatin1String("user"))
            if (Status s =
                    m_db.exec(QStringLiteral("UPDATE changes SET state = 'dead' WHERE state = 'undone'"));
                !s)
                return s;
        if (Status s = m_db.exec(QStringLiteral("INSERT INTO changes (label, first_op, last_op, kind, state) "
                                                "VALUES (?, ?, ?, ?, 'done')"),
                                 {label, pending.firstOp, pending.lastOp, kind});
            !s)
            return s;
    }
    return {};
}

Status Store::applyOne(const Operation& op, Pending& pending)
{
    const model::EntityDef* def = model::entity(op.entity);
    QVariantMap current;
    bool exists = false;
    if (def) {
        // Most operations of a bulk import create records: ask cheaply first.
        Statement& known = m_db.fast(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(def->table));
        known.bind(1, op.id);
        exists = known.step();
        known.reset();
        if (exists) {
            auto row = record(op.entity, op.id);
            exists = row.isOk();
            if (exists)
                current = row.value();
        }
    }
    if (Status s = validate(op, exists ? &current : nullptr); !s)
        return s;

    StampedOperation sop;
    sop.hlc = m_clock.tick();
    sop.seq = ++m_seq;
    sop.replica = m_replica;
    sop.opId = QStringLiteral("%1:%2").arg(m_replica).arg(sop.seq);
    sop.author = m_author;
    sop.op = op;
    if (Status s = writeStamped(sop, true, pending); !s)
        return s;
    if (exists || op.kind != OpKind::Set)
        pending.created.remove(op.id); // written again: the row is what counts now
    else
        pending.created.insert(op.id, &op.fields);
    return {};
}

Status Store::writeStamped(const StampedOperation& sop, bool local, Pending& pending)
{
    const model::EntityDef* def = model::entity(sop.op.entity);
    if (!def)
        return Status::fail(tr("Unknown record type \"%1\" in operation %2.").arg(sop.op.entity, sop.opId));

    Result<qint64> frontier = -1;
    if (local) {
        if (m_frontierId < 0) {
            frontier = frontierId(integratedFrontier());
            if (frontier)
                m_frontierId = frontier.value();
        }
        frontier = m_frontierId;
    } else if (pending.remoteFrontierId > 0 && pending.remoteFrontier == sop.frontier) {
        frontier = pending.remoteFrontierId; // the operations of a batch share their writer's frontier
    } else {
        frontier = frontierId(sop.frontier);
        if (frontier) {
            pending.remoteFrontier = sop.frontier;
            pending.remoteFrontierId = frontier.value();
        }
    }
    if (!frontier)
        return frontier.status();
    Statement& ins = m_db.fast(
        QStringLiteral("INSERT OR IGNORE INTO ops (op_id, replica, seq, hlc, kind, entity, entity_id, "
                       "author, frontier) VALUES (?,?,?,?,?,?,?,?,?)"));
    ins.bind(1, sop.opId).bind(2, sop.replica).bind(3, sop.seq).bind(4, qint64(sop.hlc));
    ins.bind(5, opKindName(sop.op.kind)).bind(6, sop.op.entity).bind(7, sop.op.id);
    if (sop.author.isEmpty())
        ins.bindNull(8);
    else
        ins.bind(8, sop.author);
    if (frontier.value() > 0)
        ins.bind(9, frontier.value());
    else
        ins.bindNull(9);
    if (!ins.exec())
        return Status::fail(tr("Cannot write the operation log: %1").arg(ins.error()));
    if (ins.changes() == 0)
        return {}; // already integrated: operation ids make a replay harmless
    const qint64 n = ins.lastInsertId();
    if (pending.firstOp == 0)
        pending.firstOp = n;
    pending.lastOp = n;

    FieldValues fields = sop.op.fields;
    if (sop.op.kind == OpKind::Delete)
        fields = {{kDeletedField, 1}};
    else if (sop.op.kind == OpKind::Restore)
        fields = {{kDeletedField, 0}};

    Statement& addField = m_db.fast(QStringLiteral(
        "INSERT OR IGNORE INTO op_fields (entity_id, field, hlc, replica, value, op) VALUES (?,?,?,?,?,?)"));
    Statement& latest = m_db.fast(QStringLiteral("SELECT hlc, replica FROM op_fields WHERE entity_id = ? AND "
                                                 "field = ? ORDER BY hlc DESC, replica DESC LIMIT 1"));

    FieldValues winners;
    winners.reserve(fields.size());
    // A remote write changes an account's trees only when it moves a node (a tree
    // field) or brings a node into or out of an account (the account field) that
    // some move names: its own earlier moves, or moves to it as a parent, which
    // could not apply while it was elsewhere. A new person nobody reports to, and
    // every other edit, leave the trees alone, so neither costs a replay of the
    // account, however large it is.
    bool treeTouched = false;
    const bool treeEntity =
        std::any_of(def->fields.begin(), def->fields.end(), [](const auto& f) { return f.tree; });
    if (!local && treeEntity && std::any_of(fields.begin(), fields.end(), [&](const auto& fv) {
            return fv.first == def->accountField;
        })) {
        auto named = namedByMoves(*def, sop.op.id);
        if (!named)
            return named.status();
        treeTouched = named.value();
    }
    if (treeTouched) {
        // The account the node leaves, if any, loses it from its trees.
        const QString previous =
            m_db.scalar(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(def->accountField, def->table),
                        {sop.op.id})
                .toString();
        if (!previous.isEmpty())
            pending.treeAccounts.insert(previous);
    }
    // A record this replica has never seen has no earlier write of any field to
    // compare with: one lookup of its row instead of one per field (a remote
    // batch, like an import, is mostly new records). Every write materialises
    // the row, so a record without one has no writes in the log either.
    bool unseen = false;
    if (!local) {
        Statement& known = m_db.fast(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(def->table));
        known.bind(1, sop.op.id);
        unseen = !known.step();
        const QString error = known.error();
        known.reset();
        if (!error.isEmpty())
            return Status::fail(error);
    }
    for (const auto& [name, value] : fields) {
        const model::FieldDef* f = def->field(name);
        // A custom field's value: any well-formed key of a type that can have them
        // (a remote definition may arrive in a later batch than its values).
        const bool customValue =
            !f && model::customizableEntities().contains(sop.op.entity) && model::isCustomFieldKey(name);
        if (!f && name != kDeletedField && !customValue)
            return Status::fail(tr("%1 has no field \"%2\" (operation %3).")
                                    .arg(model::entityLabel(sop.op.entity), name, sop.opId));
        bool wins = local; // a local operation carries the newest clock value
        if (!local && unseen) {
            wins = true;
            pending.conflictRecords.insert(sop.op.id);
        } else if (!local) {
            latest.bind(1, sop.op.id).bind(2, name);
            const bool competing = latest.step();
            wins = !competing || newerThan(sop.hlc, sop.replica, quint64(latest.integer(0)), latest.text(1));
            const QString error = latest.error();
            latest.reset();
            if (!error.isEmpty())
                return Status::fail(error);
            if (competing && !(f && f->tree))
                pending.conflictFields.insert({sop.op.id, name});
            pending.conflictRecords.insert(sop.op.id);
        } else {
            // A local write has seen every value integrated so far: it settles the field.
            if (m_conflictsExist < 0)
                m_conflictsExist =
                    m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM conflicts)")).toInt();
            if (m_conflictsExist) {
                if (Status s =
                        m_db.exec(QStringLiteral("DELETE FROM conflicts WHERE entity_id = ? AND field = ?"),
                                  {sop.op.id, name});
                    !s)
                    return s;
                // A local delete or restore has seen every edit: none is concurrent with it.
                if (name == kDeletedField)
                    if (Status s = m_db.exec(
                            QStringLiteral("DELETE FROM conflicts WHERE entity_id = ? AND kind = 'deleted'"),
                            {sop.op.id});
                        !s)
                        return s;
            }
        }
        if (f && f->tree && !local) {
            treeTouched = true; // resolved by replaying the tree's moves in order
            wins = false;
        }
        addField.bind(1, sop.op.id)
            .bind(2, name)
            .bind(3, qint64(sop.hlc))
            .bind(4, sop.replica)
            .bind(5, value)
            .bind(6, n);
        if (!addField.exec())
            return Status::fail(tr("Cannot write the operation log: %1").arg(addField.error()));
        if (addField.changes() == 0)
            wins = false; // the same field twice in one operation: the first write stands
        if (wins)
            winners.emplace_back(name, value);
    }
    if (Status s = materialise(sop.op.entity, sop.op.id, sop.hlc, winners); !s)
        return s;
    if (treeTouched) {
        QString account =
            m_db.scalar(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(def->accountField, def->table),
                        {sop.op.id})
                .toString();
        if (!account.isEmpty())
            pending.treeAccounts.insert(account);
    }
    pending.set.entities.insert(sop.op.entity);
    pending.set.ids.insert(sop.op.id);
    if (def->searchable())
        pending.reindex.insert(sop.op.id, sop.op.entity);
    return {};
}

Result<bool> Store::namedByMoves(const model::EntityDef& def, const QString& id)
{
    for (const model::FieldDef& f : def.fields) {
        if (!f.tree)
            continue;
        Statement& own =
            m_db.fast(QStringLiteral("SELECT 1 FROM op_fields WHERE entity_id = ? AND field = ? LIMIT 1"));
        own.bind(1, id).bind(2, f.name);
        const bool moved = own.step();
        const QString error = own.error();
        own.reset();
        if (!error.isEmpty())
            return Result<bool>::fail(error);
        if (moved)
            return true;
    }
    // Written as the partial index op_fields_tree_targets is, so that SQLite uses it.
    Statement& target =
        m_db.fast(QStringLiteral("SELECT 1 FROM op_fields WHERE field IN (%1) AND value = ? LIMIT 1")
                      .arg(model::treeFieldList()));
    target.bind(1, id);
    const bool parent = target.step();
    const QString error = target.error();
    target.reset();
    if (!error.isEmpty())
        return Result<bool>::fail(error);
    return parent;
}

Status Store::materialise(const QString& entity, const QString& id, quint64 hlc, const FieldValues& winners)
{
    const model::EntityDef* def = model::entity(entity);
    FieldValues customValues;
    // The statement's text depends only on the type and the fields written; an
    // import writes the same few shapes a hundred thousand times, so the text is
    // built once per shape (the key is far shorter than the statement).
    QString shape = entity;
    for (const auto& fv : winners) {
        if (!def->field(fv.first) && fv.first != kDeletedField) {
            customValues.push_back(fv);
            continue;
        }
        shape += QLatin1Char(',') + fv.first;
    }
    thread_local QHash<QString, QString> upserts;
    auto sql = upserts.find(shape);
    if (sql == upserts.end()) {
        QString columns = QStringLiteral("id, created_hlc, updated_hlc");
        QString values = QStringLiteral("?, ?, ?");
        QString updates = QStringLiteral(
            "created_hlc = min(coalesce(created_hlc, excluded.created_hlc), excluded.created_hlc),"
            " updated_hlc = max(coalesce(updated_hlc, 0), excluded.updated_hlc)");
        for (const auto& fv : winners) {
            if (!def->field(fv.first) && fv.first != kDeletedField)
                continue;
            columns += QStringLiteral(", ") + fv.first;
            values += QStringLiteral(", ?");
            updates += QStringLiteral(", %1 = excluded.%1").arg(fv.first);
        }
        sql = upserts.insert(
            shape, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
                       .arg(def->table, columns, values, updates));
    }
    Statement& q = m_db.fast(*sql);
    q.bind(1, id).bind(2, qint64(hlc)).bind(3, qint64(hlc));
    int i = 4;
    for (const auto& fv : winners)
        if (def->field(fv.first) || fv.first == kDeletedField)
            q.bind(i++, fv.second);
    if (!q.exec())
        return Status::fail(tr("Cannot update %1 %2: %3").arg(model::entityLabel(entity), id, q.error()));
    for (const auto& [key, value] : customValues) {
        const bool clear =
            value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
        Statement& c =
            m_db.fast(clear ? QStringLiteral("DELETE FROM custom_values WHERE entity_id = ? AND key = ?")
                            : QStringLiteral("INSERT INTO custom_values (entity_id, key, value)"
                                             " VALUES (?, ?, ?) ON CONFLICT (entity_id, key)"
                                             " DO UPDATE SET value = excluded.value"));
        c.bind(1, id).bind(2, key);
        if (!clear)
            c.bind(3, value);
        if (!c.exec())
            return Status::fail(tr("Cannot update %1 %2: %3").arg(model::entityLabel(entity), id, c.error()));
    }
    return {};
}

// FTS5 keeps the terms of a transaction in memory and writes them out as a new
// segment whenever a write goes to a lower rowid than the one before. Records
// are therefore visited in rowid order: those already indexed by their docid
// (rewritten in place, under the same docid), then the new ones, which get
// higher docids. Editing 50 old records between new ones used to write 50 tiny
// segments. A record whose indexed text did not change (a stance, a date) is
// not rewritten at all.
} // namespace summit
