#include "store/Store.h"

#include "model/Schema.h"
#include "search/SearchText.h"
#include "store/Ids.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace summit {

namespace {

const QString kDeleted = QStringLiteral("deleted");

// (hlc, replica) is the total order of operations across the team.
bool newer(quint64 hlcA, const QString& replicaA, quint64 hlcB, const QString& replicaB)
{
    return hlcA != hlcB ? hlcA > hlcB : replicaA > replicaB;
}

QString recordName(const model::EntityDef& def, const QVariantMap& row, const QString& id)
{
    const QString title = def.titleField.isEmpty() ? QString() : row.value(def.titleField).toString();
    return title.isEmpty() ? id : title;
}

// The columns search needs of a record, not the whole row: reindexing runs
// for every searchable record of a bulk import.
Result<QVariantMap> searchRow(Database& db, const model::EntityDef& def, const QString& id)
{
    QStringList columns = {kDeleted};
    auto add = [&](const QString& c) {
        if (!c.isEmpty() && !columns.contains(c))
            columns << c;
    };
    add(def.accountField);
    add(def.titleField);
    for (const QString& c : def.searchTitle + def.searchBody)
        add(c);
    for (const model::FieldDef& f : def.fields)
        if (f.check == model::Check::Phone || f.check == model::Check::Mobile)
            add(f.name);
    Statement& q = db.fast(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), def.table));
    q.bind(1, id);
    QVariantMap row;
    if (q.step())
        for (int i = 0; i < columns.size(); ++i)
            row.insert(columns[i], q.value(i));
    const QString error = q.error();
    q.reset();
    if (!error.isEmpty())
        return Result<QVariantMap>::fail(error);
    if (row.isEmpty())
        return Result<QVariantMap>::fail(id);
    return row;
}

} // namespace

struct Store::Pending
{
    ChangeSet set;
    QHash<QString, QString> reindex; // record id -> entity type
    QSet<QString> treeAccounts;
    QSet<QPair<QString, QString>> conflictFields; // (record id, field) written concurrently, maybe
    QSet<QString> conflictRecords;
    qint64 firstOp = 0;
    qint64 lastOp = 0;
};

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

Store::Store() { qRegisterMetaType<summit::ChangeSet>(); }

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const QString& path)
{
    std::unique_ptr<Store> store(new Store());
    if (Status s = store->m_db.open(path); !s)
        return s.error();
    if (Status s = migrations::upgrade(store->m_db); !s)
        return s.error();
    if (Status s = store->init(); !s)
        return s.error();
    return store;
}

Status Store::init()
{
    m_replica = localValue(QStringLiteral("replica_id")).toString();
    if (m_replica.isEmpty()) {
        m_replica = ids::newReplicaId();
        if (Status s = setLocalValue(QStringLiteral("replica_id"), m_replica); !s)
            return s;
    }
    m_seq = m_db.scalar(QStringLiteral("SELECT max(seq) FROM ops WHERE replica = ?"), {m_replica}).toLongLong();
    m_clock.setLast(m_db.scalar(QStringLiteral("SELECT max(hlc) FROM ops")).toULongLong());
    m_author = localValue(QStringLiteral("author")).toString();
    return {};
}

QString Store::path() const { return m_db.path(); }

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
    return m_db.exec(QStringLiteral("INSERT INTO local (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {key, value});
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
    return row;
}

QString Store::entityOf(const QString& id)
{
    return m_db
        .scalar(QStringLiteral("SELECT o.entity FROM op_fields f JOIN ops o ON o.n = f.op WHERE f.entity_id = ? LIMIT 1"),
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

quint64 Store::operationCount() { return m_db.scalar(QStringLiteral("SELECT count(*) FROM ops")).toULongLong(); }

// ---------------------------------------------------------------- validation

Status Store::checkTree(const QString& entity, const QString& table, const QString& field, const QString& id,
                        const QString& parent)
{
    // Walk up from the new parent; meeting the node itself means a cycle.
    QString cursor = parent;
    for (int depth = 0; !cursor.isEmpty(); ++depth) {
        if (cursor == id || depth > 100000)
            return Status::fail(tr("%1: this would make the record its own ancestor.")
                                    .arg(model::fieldLabel(entity, field)),
                                field);
        cursor = m_db.scalar(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(field, table), {cursor}).toString();
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
    if (op.kind == OpKind::Move && (op.fields.size() != 1 || !def->field(op.fields[0].first) ||
                                    !def->field(op.fields[0].first)->tree))
        return Status::fail(tr("A move changes exactly one parent field."));

    const QString accountField = def->accountField;
    QString account = current ? current->value(accountField).toString() : QString();
    for (const auto& [name, value] : op.fields)
        if (name == accountField)
            account = value.toString();

    for (const auto& [name, value] : op.fields) {
        const model::FieldDef* f = def->field(name);
        if (!f)
            return Status::fail(tr("%1 has no field \"%2\".").arg(model::entityLabel(op.entity), name), name);
        if (QString why = model::checkValue(*def, *f, value); !why.isEmpty())
            return Status::fail(why, name);
        if (current && name == accountField && current->value(name).toString() != value.toString())
            return Status::fail(tr("%1: a record cannot move to another account.").arg(model::fieldLabel(op.entity, name)),
                                name);
        const bool changedValue = !current || current->value(name) != value;
        if (f->type == model::FieldType::Ref && !value.isNull() && changedValue) {
            const model::EntityDef* target = model::entity(f->refEntity);
            // Only what the check needs: this runs for every reference of every
            // operation, in bulk imports too.
            const QString titleColumn = target->titleField.isEmpty() ? QStringLiteral("id") : target->titleField;
            const QString accountColumn = target->accountField.isEmpty() ? QStringLiteral("NULL") : target->accountField;
            Statement& ref = m_db.fast(QStringLiteral("SELECT deleted, %1, %2 FROM %3 WHERE id = ?")
                                           .arg(accountColumn, titleColumn, target->table));
            ref.bind(1, value);
            const bool found = ref.step();
            const bool live = found && ref.integer(0) == 0;
            const QString refAccount = found ? ref.text(1) : QString();
            const QString refTitle = found ? ref.text(2) : QString();
            const QString refError = ref.error();
            ref.reset();
            if (!refError.isEmpty())
                return Status::fail(refError);
            if (!live)
                return Status::fail(tr("%1: no %2 with id %3.")
                                        .arg(model::fieldLabel(op.entity, name), model::entityLabel(f->refEntity),
                                             value.toString()),
                                    name);
            if (f->sameAccount && !target->accountField.isEmpty() && refAccount != account)
                return Status::fail(tr("%1: %2 belongs to another account.")
                                        .arg(model::fieldLabel(op.entity, name), refTitle.isEmpty() ? value.toString() : refTitle),
                                    name);
            if (f->tree)
                if (Status s = checkTree(op.entity, def->table, name, op.id, value.toString()); !s)
                    return s;
        }
    }
    if (!current) {
        for (const model::FieldDef& f : def->fields) {
            if (!f.required)
                continue;
            const auto it = std::find_if(op.fields.begin(), op.fields.end(),
                                         [&](const auto& fv) { return fv.first == f.name; });
            if (it == op.fields.end())
                return Status::fail(tr("%1 is required.").arg(model::fieldLabel(op.entity, f.name)), f.name);
        }
    }
    return {};
}

// ---------------------------------------------------------------- the write path

Status Store::apply(const Change& change, const ApplyOptions& options)
{
    if (change.ops.empty())
        return {};
    Pending pending;
    const qint64 seqBefore = m_seq;
    const quint64 clockBefore = m_clock.last();
    Transaction t(m_db);
    Status s = t.status();
    if (s)
        s = applyLocal(change.label, change.ops, QStringLiteral("user"), options.undoable, pending);
    if (s)
        s = t.commit();
    if (!s) {
        m_seq = seqBefore; // nothing was written: the numbers are free again
        m_clock.setLast(clockBefore);
        return s;
    }
    emit changed(pending.set);
    return {};
}

Status Store::applyLocal(const QString& label, const std::vector<Operation>& ops, const QString& kind,
                         bool undoable, Pending& pending)
{
    for (const Operation& op : ops)
        if (Status s = applyOne(op, pending); !s)
            return s;
    if (Status s = reindex(pending.reindex); !s)
        return s;
    if (undoable) {
        if (kind == QLatin1String("user"))
            if (Status s = m_db.exec(QStringLiteral("UPDATE changes SET state = 'dead' WHERE state = 'undone'")); !s)
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
    return writeStamped(sop, true, pending);
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
    } else {
        frontier = frontierId(sop.frontier);
    }
    if (!frontier)
        return frontier.status();
    Statement& ins = m_db.fast(QStringLiteral("INSERT OR IGNORE INTO ops (op_id, replica, seq, hlc, kind, entity, entity_id, "
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
        fields = {{kDeleted, 1}};
    else if (sop.op.kind == OpKind::Restore)
        fields = {{kDeleted, 0}};

    Statement& addField = m_db.fast(
        QStringLiteral("INSERT OR IGNORE INTO op_fields (entity_id, field, hlc, replica, value, op) VALUES (?,?,?,?,?,?)"));
    Statement& latest = m_db.fast(QStringLiteral(
        "SELECT hlc, replica FROM op_fields WHERE entity_id = ? AND field = ? ORDER BY hlc DESC, replica DESC LIMIT 1"));

    FieldValues winners;
    winners.reserve(fields.size());
    bool treeTouched = false;
    for (const auto& [name, value] : fields) {
        const model::FieldDef* f = def->field(name);
        if (!f && name != kDeleted)
            return Status::fail(tr("%1 has no field \"%2\" (operation %3).")
                                    .arg(model::entityLabel(sop.op.entity), name, sop.opId));
        bool wins = local; // a local operation carries the newest clock value
        if (!local) {
            latest.bind(1, sop.op.id).bind(2, name);
            const bool competing = latest.step();
            wins = !competing || newer(sop.hlc, sop.replica, quint64(latest.integer(0)), latest.text(1));
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
                m_conflictsExist = m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM conflicts)")).toInt();
            if (m_conflictsExist)
                if (Status s = m_db.exec(QStringLiteral("DELETE FROM conflicts WHERE entity_id = ? AND field = ?"), {sop.op.id, name}); !s)
                    return s;
        }
        if (f && f->tree && !local) {
            treeTouched = true; // resolved by replaying the tree's moves in order
            wins = false;
        }
        addField.bind(1, sop.op.id).bind(2, name).bind(3, qint64(sop.hlc)).bind(4, sop.replica).bind(5, value).bind(6, n);
        if (!addField.exec())
            return Status::fail(tr("Cannot write the operation log: %1").arg(addField.error()));
        if (wins)
            winners.emplace_back(name, value);
    }
    if (Status s = materialise(sop.op.entity, sop.op.id, sop.hlc, winners); !s)
        return s;
    // Any record of a tree entity can be the missing parent that an earlier
    // move waited for, so its account's trees are re-resolved.
    const bool treeEntity = std::any_of(def->fields.begin(), def->fields.end(), [](const auto& f) { return f.tree; });
    if (!local && (treeTouched || treeEntity)) {
        QString account = m_db.scalar(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(def->accountField, def->table),
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

Status Store::materialise(const QString& entity, const QString& id, quint64 hlc, const FieldValues& winners)
{
    const model::EntityDef* def = model::entity(entity);
    QString columns = QStringLiteral("id, created_hlc, updated_hlc");
    QString values = QStringLiteral("?, ?, ?");
    QString updates = QStringLiteral("created_hlc = min(coalesce(created_hlc, excluded.created_hlc), excluded.created_hlc),"
                                     " updated_hlc = max(coalesce(updated_hlc, 0), excluded.updated_hlc)");
    for (const auto& fv : winners) {
        columns += QStringLiteral(", ") + fv.first;
        values += QStringLiteral(", ?");
        updates += QStringLiteral(", %1 = excluded.%1").arg(fv.first);
    }
    Statement& q = m_db.fast(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
                                 .arg(def->table, columns, values, updates));
    q.bind(1, id).bind(2, qint64(hlc)).bind(3, qint64(hlc));
    int i = 4;
    for (const auto& fv : winners)
        q.bind(i++, fv.second);
    if (!q.exec())
        return Status::fail(tr("Cannot update %1 %2: %3").arg(model::entityLabel(entity), id, q.error()));
    return {};
}

Status Store::reindex(const QHash<QString, QString>& records)
{
    Statement& findDoc = m_db.fast(QStringLiteral("SELECT docid FROM search_docs WHERE entity_id = ?"));
    // Names are ranked; notes (records without a name to search, such as
    // follow-ups) live in their own table and are listed newest first.
    Statement& dropFts = m_db.fast(QStringLiteral("DELETE FROM search WHERE rowid = ?"));
    Statement& dropNote = m_db.fast(QStringLiteral("DELETE FROM search_notes WHERE rowid = ?"));
    Statement& dropDoc = m_db.fast(QStringLiteral("DELETE FROM search_docs WHERE docid = ?"));
    Statement& addDoc = m_db.fast(QStringLiteral(
        "INSERT INTO search_docs (entity, entity_id, account_id, title, names, body) VALUES (?, ?, ?, ?, ?, ?)"));
    Statement& addName = m_db.fast(QStringLiteral("INSERT INTO search (rowid, terms) VALUES (?, ?)"));
    Statement& addNote = m_db.fast(QStringLiteral("INSERT INTO search_notes (rowid, terms) VALUES (?, ?)"));
    for (auto it = records.begin(); it != records.end(); ++it) {
        const QString& id = it.key();
        findDoc.bind(1, id);
        const bool indexed = findDoc.step();
        const qint64 docid = indexed ? findDoc.integer(0) : 0;
        findDoc.reset();
        if (indexed) {
            Statement& drop = model::entity(it.value())->searchTitle.isEmpty() ? dropNote : dropFts;
            drop.bind(1, docid);
            dropDoc.bind(1, docid);
            if (!drop.exec() || !dropDoc.exec())
                return Status::fail(tr("Cannot update the search index: %1").arg(drop.error() + dropDoc.error()));
        }
        const QString& entity = it.value();
        const model::EntityDef* def = model::entity(entity);
        auto row = searchRow(m_db, *def, id);
        if (!row || row.value().value(kDeleted).toInt() != 0)
            continue;
        QStringList title, body;
        for (const QString& f : def->searchTitle)
            title << row.value().value(f).toString();
        for (const QString& f : def->searchBody)
            body << row.value().value(f).toString();
        title.removeAll(QString());
        body.removeAll(QString());
        const QString titleText = title.join(QLatin1Char(' '));
        const QString bodyText = body.join(QLatin1Char(' '));
        addDoc.bind(1, entity).bind(2, id);
        addDoc.bind(3, def->accountField.isEmpty() ? QVariant(id) : row.value().value(def->accountField));
        addDoc.bind(4, recordName(*def, row.value(), id)).bind(5, titleText).bind(6, bodyText);
        if (!addDoc.exec())
            return Status::fail(tr("Cannot update the search index: %1").arg(addDoc.error()));
        Statement& addFts = def->searchTitle.isEmpty() ? addNote : addName;
        addFts.bind(1, addDoc.lastInsertId());
        // Phone numbers are also indexed as bare digits, so 13800138000 finds +86 138 0013 8000.
        QString terms = bodyText;
        for (const model::FieldDef& f : def->fields)
            if (f.check == model::Check::Phone || f.check == model::Check::Mobile) {
                QString digits = row.value().value(f.name).toString();
                digits.removeIf([](QChar ch) { return !ch.isDigit(); });
                if (!digits.isEmpty())
                    terms += QLatin1Char(' ') + digits + QLatin1Char(' ') + digits.right(11);
            }
        addFts.bind(2, search::indexTerms(titleText, terms));
        if (!addFts.exec())
            return Status::fail(tr("Cannot update the search index: %1").arg(addFts.error()));
    }
    return {};
}

// ---------------------------------------------------------------- remote operations and trees

Result<int> Store::integrate(const std::vector<StampedOperation>& ops)
{
    Pending pending;
    Transaction t(m_db);
    if (!t.status())
        return t.status();
    int fresh = 0;
    for (const StampedOperation& sop : ops) {
        const qint64 before = pending.lastOp;
        if (Status s = writeStamped(sop, false, pending); !s)
            return s;
        if (pending.lastOp != before)
            ++fresh;
        m_clock.observe(sop.hlc);
    }
    if (Status s = resolveTrees(pending.treeAccounts, pending); !s)
        return s;
    for (const auto& [record, field] : pending.conflictFields)
        if (Status s = recomputeConflicts(record, field); !s)
            return s;
    for (const QString& id : pending.conflictRecords)
        if (Status s = recomputeDeleteConflicts(id); !s)
            return s;
    if (Status s = reindex(pending.reindex); !s)
        return s;
    if (Status s = t.commit(); !s)
        return s;
    m_frontierId = -1; // what this replica has seen moved on
    m_conflictsExist = -1;
    if (fresh > 0) {
        pending.set.remote = true;
        emit changed(pending.set);
    }
    return fresh;
}

// Tree fields are decided by replaying every move of the account's tree in
// (hlc, replica) order and skipping a move that would make a node its own
// ancestor (Kleppmann et al. 2021). Concurrent moves thus never make a cycle,
// and every replica, whatever order the moves arrived in, ends with the same tree.
Status Store::resolveTrees(const QSet<QString>& accounts, Pending& pending)
{
    for (const model::EntityDef& def : model::entities()) {
        for (const model::FieldDef& f : def.fields) {
            if (!f.tree)
                continue;
            for (const QString& account : accounts) {
                QHash<QString, QString> parent;
                QHash<QString, QString> stored;
                auto nodes = m_db.run(QStringLiteral("SELECT id, %1 FROM %2 WHERE %3 = ?").arg(f.name, def.table, def.accountField),
                                      {account});
                if (!nodes)
                    return nodes.status();
                while (nodes.value()->next()) {
                    stored.insert(nodes.value()->value(0).toString(), nodes.value()->value(1).toString());
                    parent.insert(nodes.value()->value(0).toString(), QString());
                }
                auto moves = m_db.run(QStringLiteral("SELECT f.entity_id, f.value FROM op_fields f JOIN %1 t ON t.id = f.entity_id "
                                                     "WHERE t.%2 = ? AND f.field = ? ORDER BY f.hlc, f.replica")
                                          .arg(def.table, def.accountField),
                                      {account, f.name});
                if (!moves)
                    return moves.status();
                while (moves.value()->next()) {
                    const QString node = moves.value()->value(0).toString();
                    const QString target = moves.value()->value(1).toString();
                    bool cycle = false;
                    for (QString up = target; !up.isEmpty(); up = parent.value(up)) {
                        if (up == node) {
                            cycle = true;
                            break;
                        }
                    }
                    if (!cycle && (target.isEmpty() || parent.contains(target)))
                        parent[node] = target;
                }
                for (auto it = parent.cbegin(); it != parent.cend(); ++it) {
                    if (stored.value(it.key()) == it.value())
                        continue;
                    if (Status s = m_db.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(def.table, f.name),
                                             {it.value().isEmpty() ? QVariant() : QVariant(it.value()), it.key()});
                        !s)
                        return s;
                    pending.set.ids.insert(it.key());
                    pending.set.entities.insert(def.name);
                }
            }
        }
    }
    return {};
}

// ---------------------------------------------------------------- undo and redo

namespace {
struct LoggedOp
{
    QString kind, entity, id, replica;
    quint64 hlc = 0;
};
} // namespace

Result<std::vector<Operation>> Store::inverseOf(qint64 firstOp, qint64 lastOp)
{
    std::vector<LoggedOp> logged;
    auto r = m_db.run(QStringLiteral("SELECT kind, entity, entity_id, hlc, replica FROM ops WHERE n BETWEEN ? AND ? ORDER BY n DESC"),
                      {firstOp, lastOp});
    if (!r)
        return r.error();
    while (r.value()->next())
        logged.push_back({r.value()->value(0).toString(), r.value()->value(1).toString(), r.value()->value(2).toString(),
                          r.value()->value(4).toString(), r.value()->value(3).toULongLong()});

    std::vector<Operation> inverse;
    for (const LoggedOp& op : logged) {
        if (op.kind == QLatin1String("delete")) {
            inverse.push_back(Operation::restore(op.entity, op.id));
            continue;
        }
        if (op.kind == QLatin1String("restore")) {
            inverse.push_back(Operation::remove(op.entity, op.id));
            continue;
        }
        const qint64 hlc = qint64(op.hlc);
        const bool existed =
            m_db.scalar(QStringLiteral("SELECT 1 FROM op_fields WHERE entity_id = ? AND (hlc < ? OR (hlc = ? AND replica < ?)) LIMIT 1"),
                        {op.id, hlc, hlc, op.replica})
                .isValid();
        if (!existed) { // the operation created the record: undoing it moves it to the trash
            inverse.push_back(Operation::remove(op.entity, op.id));
            continue;
        }
        const model::EntityDef* def = model::entity(op.entity);
        QStringList fields;
        auto f = m_db.run(QStringLiteral("SELECT field FROM op_fields WHERE entity_id = ? AND hlc = ? AND replica = ?"),
                          {op.id, hlc, op.replica});
        if (!f)
            return f.error();
        while (f.value()->next())
            fields << f.value()->value(0).toString();
        FieldValues plain;
        for (const QString& field : fields) {
            const QVariant before = m_db.scalar(
                QStringLiteral("SELECT value FROM op_fields WHERE entity_id = ? AND field = ? AND (hlc < ? OR (hlc = ? AND replica < ?)) "
                               "ORDER BY hlc DESC, replica DESC LIMIT 1"),
                {op.id, field, hlc, hlc, op.replica});
            const model::FieldDef* fd = def->field(field);
            if (fd && fd->tree)
                inverse.push_back(Operation::move(op.entity, op.id, field, before));
            else
                plain.emplace_back(field, before);
        }
        if (!plain.empty())
            inverse.push_back(Operation::set(op.entity, op.id, plain));
    }
    return inverse;
}

Result<std::vector<Operation>> Store::replayOf(qint64 firstOp, qint64 lastOp)
{
    std::vector<Operation> replay;
    auto r = m_db.run(QStringLiteral("SELECT kind, entity, entity_id, hlc, replica FROM ops WHERE n BETWEEN ? AND ? ORDER BY n"),
                      {firstOp, lastOp});
    if (!r)
        return r.error();
    std::vector<LoggedOp> logged;
    while (r.value()->next())
        logged.push_back({r.value()->value(0).toString(), r.value()->value(1).toString(), r.value()->value(2).toString(),
                          r.value()->value(4).toString(), r.value()->value(3).toULongLong()});
    for (const LoggedOp& op : logged) {
        OpKind kind = OpKind::Set;
        opKindFromName(op.kind, &kind);
        if (kind == OpKind::Delete || kind == OpKind::Restore) {
            replay.push_back({kind, op.entity, op.id, {}});
            continue;
        }
        auto row = record(op.entity, op.id);
        if (row && row.value().value(kDeleted).toInt() != 0)
            replay.push_back(Operation::restore(op.entity, op.id)); // the undo of a create trashed it
        FieldValues fields;
        auto f = m_db.run(QStringLiteral("SELECT field, value FROM op_fields WHERE entity_id = ? AND hlc = ? AND replica = ?"),
                          {op.id, qint64(op.hlc), op.replica});
        if (!f)
            return f.error();
        while (f.value()->next())
            fields.emplace_back(f.value()->value(0).toString(), f.value()->value(1));
        replay.push_back({kind, op.entity, op.id, fields});
    }
    return replay;
}

bool Store::canUndo() { return !undoLabel().isNull(); }
bool Store::canRedo() { return !redoLabel().isNull(); }

QString Store::undoLabel()
{
    const QVariant v = m_db.scalar(QStringLiteral("SELECT label FROM changes WHERE state = 'done' ORDER BY n DESC LIMIT 1"));
    return v.isValid() ? v.toString() : QString();
}

QString Store::redoLabel()
{
    const QVariant v = m_db.scalar(
        QStringLiteral("SELECT label FROM changes WHERE state = 'undone' ORDER BY undone_order DESC LIMIT 1"));
    return v.isValid() ? v.toString() : QString();
}

Status Store::undo()
{
    auto r = m_db.run(QStringLiteral("SELECT n, label, first_op, last_op FROM changes WHERE state = 'done' ORDER BY n DESC LIMIT 1"));
    if (!r)
        return r.status();
    if (!r.value()->next())
        return Status::fail(tr("Nothing to undo."));
    const qint64 n = r.value()->value(0).toLongLong();
    const QString label = r.value()->value(1).toString();
    const qint64 first = r.value()->value(2).toLongLong(), last = r.value()->value(3).toLongLong();
    r.value()->finish();

    const qint64 seqBefore = m_seq;
    const quint64 clockBefore = m_clock.last();
    Pending pending;
    Transaction t(m_db);
    Status s = t.status();
    if (s) {
        auto inverse = inverseOf(first, last);
        s = inverse ? applyLocal(tr("Undo %1").arg(label), inverse.value(), QStringLiteral("undo"), false, pending)
                    : inverse.status();
    }
    if (s)
        s = m_db.exec(QStringLiteral("UPDATE changes SET state = 'undone', undone_order = "
                                     "(SELECT coalesce(max(undone_order), 0) + 1 FROM changes) WHERE n = ?"),
                      {n});
    if (s)
        s = t.commit();
    if (!s) {
        m_seq = seqBefore;
        m_clock.setLast(clockBefore);
        return Status::fail(tr("Cannot undo \"%1\": %2").arg(label, s.message()), s.error().field);
    }
    emit changed(pending.set);
    return {};
}

Status Store::redo()
{
    auto r = m_db.run(QStringLiteral("SELECT n, label, first_op, last_op FROM changes WHERE state = 'undone' "
                                     "ORDER BY undone_order DESC LIMIT 1"));
    if (!r)
        return r.status();
    if (!r.value()->next())
        return Status::fail(tr("Nothing to redo."));
    const qint64 n = r.value()->value(0).toLongLong();
    const QString label = r.value()->value(1).toString();
    const qint64 first = r.value()->value(2).toLongLong(), last = r.value()->value(3).toLongLong();
    r.value()->finish();

    const qint64 seqBefore = m_seq;
    const quint64 clockBefore = m_clock.last();
    Pending pending;
    Transaction t(m_db);
    Status s = t.status();
    if (s) {
        auto replay = replayOf(first, last);
        s = replay ? applyLocal(label, replay.value(), QStringLiteral("redo"), true, pending) : replay.status();
    }
    if (s)
        s = m_db.exec(QStringLiteral("UPDATE changes SET state = 'redone' WHERE n = ?"), {n});
    if (s)
        s = t.commit();
    if (!s) {
        m_seq = seqBefore;
        m_clock.setLast(clockBefore);
        return Status::fail(tr("Cannot redo \"%1\": %2").arg(label, s.message()), s.error().field);
    }
    emit changed(pending.set);
    return {};
}

// ---------------------------------------------------------------- rebuild

Status Store::rebuildFromLog()
{
    Transaction t(m_db);
    if (!t.status())
        return t.status();
    for (const model::EntityDef& def : model::entities())
        if (Status s = m_db.exec(QStringLiteral("DELETE FROM %1").arg(def.table)); !s)
            return s;
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM search")); !s)
        return s;
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM search_notes")); !s)
        return s;
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM search_docs")); !s)
        return s;

    // Winner of each field: the newest write by (hlc, replica). Tree fields are
    // left to resolveTrees, which replays their moves.
    Pending pending;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT o.entity, f.entity_id, f.field, f.value, f.hlc FROM op_fields f JOIN ops o ON o.n = f.op "
                               "ORDER BY f.entity_id, f.field, f.hlc DESC, f.replica DESC")))
        return Status::fail(m_db.lastError(q));
    QString entity, id, lastField;
    FieldValues winners;
    quint64 minHlc = 0, maxHlc = 0;
    auto flush = [&]() -> Status {
        if (id.isEmpty())
            return {};
        if (Status s = materialise(entity, id, minHlc, winners); !s)
            return s;
        if (Status s = materialise(entity, id, maxHlc, {}); !s)
            return s;
        const model::EntityDef* def = model::entity(entity);
        if (def->searchable())
            pending.reindex.insert(id, entity);
        if (!def->accountField.isEmpty())
            for (const auto& fv : winners)
                if (fv.first == def->accountField)
                    pending.treeAccounts.insert(fv.second.toString());
        return {};
    };
    while (q.next()) {
        const QString rowId = q.value(1).toString();
        const QString field = q.value(2).toString();
        const quint64 hlc = q.value(4).toULongLong();
        if (rowId != id) {
            if (Status s = flush(); !s)
                return s;
            entity = q.value(0).toString();
            id = rowId;
            lastField.clear();
            winners.clear();
            minHlc = maxHlc = hlc;
        }
        minHlc = std::min(minHlc, hlc);
        maxHlc = std::max(maxHlc, hlc);
        if (field == lastField)
            continue; // an older write of the same field
        lastField = field;
        const model::FieldDef* f = model::entity(entity)->field(field);
        if (f && f->tree)
            continue;
        winners.emplace_back(field, q.value(3));
    }
    if (Status s = flush(); !s)
        return s;
    if (Status s = resolveTrees(pending.treeAccounts, pending); !s)
        return s;
    if (Status s = reindex(pending.reindex); !s)
        return s;
    // Conflicts are derived from the log as well.
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM conflicts")); !s)
        return s;
    std::vector<std::pair<QString, QString>> contested;
    QSqlQuery c(m_db.connection());
    c.setForwardOnly(true);
    if (!c.exec(QStringLiteral("SELECT entity_id, field FROM op_fields GROUP BY entity_id, field HAVING count(*) > 1")))
        return Status::fail(m_db.lastError(c));
    while (c.next())
        contested.emplace_back(c.value(0).toString(), c.value(1).toString());
    c.finish();
    QSet<QString> records;
    for (const auto& [record, field] : contested) {
        records.insert(record);
        const QString entityName = entityOf(record);
        const model::FieldDef* fd = model::entity(entityName) ? model::entity(entityName)->field(field) : nullptr;
        if (fd && fd->tree)
            continue;
        if (Status s = recomputeConflicts(record, field); !s)
            return s;
    }
    for (const QString& record : records)
        if (Status s = recomputeDeleteConflicts(record); !s)
            return s;
    m_conflictsExist = -1;
    return t.commit();
}

Status Store::changeReplicaId(qint64 confirmedSeq)
{
    const QString old = m_replica;
    const QString fresh = ids::newReplicaId();
    Transaction t(m_db);
    if (!t.status())
        return t.status();
    // Renumbered from 1 under the new id; their op ids change too, because the
    // other holder of the old id may have used the same numbers.
    auto r = m_db.run(QStringLiteral("SELECT n, seq FROM ops WHERE replica = ? AND seq > ? ORDER BY seq"), {old, confirmedSeq});
    if (!r)
        return r.status();
    std::vector<std::pair<qint64, qint64>> moved;
    while (r.value()->next())
        moved.emplace_back(r.value()->value(0).toLongLong(), r.value()->value(1).toLongLong());
    qint64 seq = 0;
    for (const auto& [n, oldSeq] : moved) {
        Q_UNUSED(oldSeq);
        ++seq;
        if (Status s = m_db.exec(QStringLiteral("UPDATE ops SET replica = ?, seq = ?, op_id = ? WHERE n = ?"),
                                 {fresh, seq, QStringLiteral("%1:%2").arg(fresh).arg(seq), n});
            !s)
            return s;
        if (Status s = m_db.exec(QStringLiteral("UPDATE op_fields SET replica = ? WHERE op = ?"), {fresh, n}); !s)
            return s;
    }
    if (Status s = setLocalValue(QStringLiteral("replica_id"), fresh); !s)
        return s;
    if (Status s = t.commit(); !s)
        return s;
    m_replica = fresh;
    m_seq = seq;
    m_frontierId = -1;
    return {};
}

// ---------------------------------------------------------------- frontiers and conflicts

QMap<QString, qint64> Store::integratedFrontier()
{
    QMap<QString, qint64> frontier;
    auto r = m_db.run(QStringLiteral("SELECT replica, max(seq) FROM ops WHERE replica <> ? GROUP BY replica"), {m_replica});
    if (r)
        while (r.value()->next())
            frontier.insert(r.value()->value(0).toString(), r.value()->value(1).toLongLong());
    return frontier;
}

Result<qint64> Store::frontierId(const QMap<QString, qint64>& frontier)
{
    if (frontier.isEmpty())
        return qint64(0);
    QStringList parts;
    for (auto it = frontier.begin(); it != frontier.end(); ++it)
        parts << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
    const QString value = parts.join(QLatin1Char(','));
    if (Status s = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO frontiers (value) VALUES (?)"), {value}); !s)
        return s.error();
    return m_db.scalar(QStringLiteral("SELECT id FROM frontiers WHERE value = ?"), {value}).toLongLong();
}

namespace {

struct Write
{
    quint64 hlc = 0;
    QString replica;
    qint64 seq = 0;
    QVariant value;
    QMap<QString, qint64> frontier;
};

QMap<QString, qint64> parseFrontier(const QString& text)
{
    QMap<QString, qint64> f;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int colon = part.indexOf(QLatin1Char(':'));
        f.insert(part.left(colon), part.mid(colon + 1).toLongLong());
    }
    return f;
}

// `later` had seen `earlier` when it was written.
bool covers(const Write& later, const Write& earlier)
{
    if (later.replica == earlier.replica)
        return later.seq > earlier.seq;
    return later.frontier.value(earlier.replica, 0) >= earlier.seq;
}

} // namespace

// The conflicts of a field are the writes nobody has seen (the heads of its
// history) except the winner. That depends only on the set of writes, never on
// the order they arrived in, so every replica derives the same conflicts.
Status Store::recomputeConflicts(const QString& entityId, const QString& field)
{
    auto r = m_db.run(QStringLiteral("SELECT f.hlc, f.replica, f.value, o.seq, fr.value FROM op_fields f JOIN ops o ON o.n = f.op "
                                     "LEFT JOIN frontiers fr ON fr.id = o.frontier WHERE f.entity_id = ? AND f.field = ?"),
                      {entityId, field});
    if (!r)
        return r.status();
    std::vector<Write> writes;
    while (r.value()->next())
        writes.push_back({r.value()->value(0).toULongLong(), r.value()->value(1).toString(), r.value()->value(3).toLongLong(),
                          r.value()->value(2), parseFrontier(r.value()->value(4).toString())});
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM conflicts WHERE entity_id = ? AND field = ? AND kind = 'field'"),
                             {entityId, field});
        !s)
        return s;
    if (writes.size() < 2)
        return {};
    const Write* winner = &writes.front();
    for (const Write& w : writes)
        if (newer(w.hlc, w.replica, winner->hlc, winner->replica))
            winner = &w;
    for (const Write& w : writes) {
        if (&w == winner || w.value == winner->value)
            continue;
        const bool seen = std::any_of(writes.begin(), writes.end(), [&](const Write& v) { return &v != &w && covers(v, w); });
        if (seen)
            continue;
        if (Status s = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO conflicts (entity_id, field, hlc, replica, value, winner_hlc, "
                                                "winner_replica, kind) VALUES (?, ?, ?, ?, ?, ?, ?, 'field')"),
                                 {entityId, field, qint64(w.hlc), w.replica, w.value, qint64(winner->hlc), winner->replica});
            !s)
            return s;
    }
    return {};
}

// A record in the trash keeps, flagged, every edit made concurrently with the
// delete that put it there, so nobody's work disappears unseen.
Status Store::recomputeDeleteConflicts(const QString& entityId)
{
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM conflicts WHERE entity_id = ? AND kind = 'deleted'"), {entityId}); !s)
        return s;
    auto r = m_db.run(QStringLiteral("SELECT f.field, f.hlc, f.replica, f.value, o.seq, fr.value FROM op_fields f JOIN ops o ON o.n = f.op "
                                     "LEFT JOIN frontiers fr ON fr.id = o.frontier WHERE f.entity_id = ?"),
                      {entityId});
    if (!r)
        return r.status();
    std::vector<std::pair<QString, Write>> writes;
    while (r.value()->next())
        writes.emplace_back(r.value()->value(0).toString(),
                            Write{r.value()->value(1).toULongLong(), r.value()->value(2).toString(), r.value()->value(4).toLongLong(),
                                  r.value()->value(3), parseFrontier(r.value()->value(5).toString())});
    const Write* del = nullptr;
    for (const auto& [field, w] : writes)
        if (field == kDeleted && (!del || newer(w.hlc, w.replica, del->hlc, del->replica)))
            del = &w;
    if (!del || del->value.toInt() == 0)
        return {};
    for (const auto& [field, w] : writes) {
        if (field == kDeleted || covers(*del, w) || covers(w, *del))
            continue;
        if (Status s = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO conflicts (entity_id, field, hlc, replica, value, winner_hlc, "
                                                "winner_replica, kind) VALUES (?, ?, ?, ?, ?, ?, ?, 'deleted')"),
                                 {entityId, field, qint64(w.hlc), w.replica, w.value, qint64(del->hlc), del->replica});
            !s)
            return s;
    }
    return {};
}

} // namespace summit
