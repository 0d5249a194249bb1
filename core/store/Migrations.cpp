#include "store/Migrations.h"
#include "CoreText.h"

#include "model/Schema.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <functional>

namespace summit::migrations {

namespace {

QString columnType(model::FieldType t)
{
    switch (t) {
    case model::FieldType::Int:
    case model::FieldType::Money:
        return QStringLiteral("INTEGER");
    default:
        return QStringLiteral("TEXT");
    }
}

Status execAll(Database& db, const QStringList& statements)
{
    for (const QString& sql : statements) {
        QSqlQuery q(db.connection());
        if (!q.exec(sql))
            return Status::fail(
                CoreText::tr("Schema step failed (%1): %2").arg(sql.left(60), db.lastError(q)));
    }
    return {};
}

// Version 1: the operation log, the materialised entity tables, search, undo.
Status toV1(Database& db)
{
    QStringList sql = {
        // Device-local settings: replica id, remote, cursors. Never exported or replicated.
        QStringLiteral("CREATE TABLE local (key TEXT PRIMARY KEY, value) WITHOUT ROWID"),
        // One row per operation; n is the local order of arrival.
        QStringLiteral(
            "CREATE TABLE ops (n INTEGER PRIMARY KEY, op_id TEXT NOT NULL UNIQUE, replica TEXT NOT NULL,"
            " seq INTEGER NOT NULL, hlc INTEGER NOT NULL, kind TEXT NOT NULL, entity TEXT NOT NULL,"
            " entity_id TEXT NOT NULL, author TEXT)"),
        QStringLiteral("CREATE INDEX ops_replica_seq ON ops (replica, seq)"),
        // One row per field written; clustered so that "who wrote this field last"
        // and a record's history are range scans.
        QStringLiteral(
            "CREATE TABLE op_fields (entity_id TEXT NOT NULL, field TEXT NOT NULL, hlc INTEGER NOT NULL,"
            " replica TEXT NOT NULL, value, op INTEGER NOT NULL,"
            " PRIMARY KEY (entity_id, field, hlc, replica)) WITHOUT ROWID"),
        // Local undo stack of this device's changes (ranges of ops.n).
        QStringLiteral(
            "CREATE TABLE changes (n INTEGER PRIMARY KEY, label TEXT NOT NULL, first_op INTEGER NOT NULL,"
            " last_op INTEGER NOT NULL, kind TEXT NOT NULL, state TEXT NOT NULL, undone_order INTEGER)"),
        // Search: an FTS5 table of prepared terms, and the record each row stands for.
        // Prefix indexes of one and two characters keep short pinyin queries (hw) fast.
        QStringLiteral("CREATE VIRTUAL TABLE search USING fts5(terms, tokenize = 'unicode61 "
                       "remove_diacritics 2', prefix = '1 2')"),
        QStringLiteral(
            "CREATE TABLE search_docs (docid INTEGER PRIMARY KEY, entity TEXT NOT NULL,"
            " entity_id TEXT NOT NULL UNIQUE, account_id TEXT, title TEXT, names TEXT, body TEXT)"),
    };
    for (const model::EntityDef& e : model::entities()) {
        if (e.sinceSchema > 1)
            continue; // created by the step that added it
        QStringList cols = {QStringLiteral("id TEXT PRIMARY KEY")};
        for (const model::FieldDef& f : e.fields)
            if (f.sinceSchema <= 1)
                cols << QStringLiteral("%1 %2").arg(f.name, columnType(f.type));
        cols << QStringLiteral("deleted INTEGER NOT NULL DEFAULT 0") << QStringLiteral("created_hlc INTEGER")
             << QStringLiteral("updated_hlc INTEGER");
        sql << QStringLiteral("CREATE TABLE %1 (%2)").arg(e.table, cols.join(QStringLiteral(", ")));
        for (const model::FieldDef& f : e.fields)
            if (f.sinceSchema <= 1 && f.type == model::FieldType::Ref)
                sql << QStringLiteral("CREATE INDEX %1_%2 ON %1 (%2)").arg(e.table, f.name);
    }
    sql << QStringLiteral("CREATE INDEX followups_account_at ON followups (account_id, at)")
        << QStringLiteral("CREATE INDEX tasks_status_due ON tasks (status, due)")
        << QStringLiteral("CREATE INDEX accounts_name ON accounts (name)");
    return execAll(db, sql);
}

// Version 2: concurrent losing writes kept for the user to see and restore.
Status toV2(Database& db)
{
    return execAll(db,
                   {QStringLiteral("CREATE TABLE conflicts (entity_id TEXT NOT NULL, field TEXT NOT NULL,"
                                   " hlc INTEGER NOT NULL, replica TEXT NOT NULL, value, winner_hlc INTEGER,"
                                   " winner_replica TEXT, resolved INTEGER NOT NULL DEFAULT 0,"
                                   " PRIMARY KEY (entity_id, field, hlc, replica)) WITHOUT ROWID")});
}

// Version 3: each operation records the frontier it was written under (what its
// writer had integrated from every other replica), so concurrent writes can be
// told from causal overwrites exactly. Conflicts are derived from the log and
// say whether they are a concurrent field write or an edit concurrent with a delete.
Status toV3(Database& db)
{
    // The conflicts table is derived from the log (rebuildFromLog recreates its rows), so it is replaced.
    return execAll(
        db, {QStringLiteral("CREATE TABLE frontiers (id INTEGER PRIMARY KEY, value TEXT NOT NULL UNIQUE)"),
             QStringLiteral("ALTER TABLE ops ADD COLUMN frontier INTEGER REFERENCES frontiers (id)"),
             QStringLiteral("DROP TABLE conflicts"),
             QStringLiteral(
                 "CREATE TABLE conflicts (entity_id TEXT NOT NULL, field TEXT NOT NULL, kind TEXT NOT NULL,"
                 " hlc INTEGER NOT NULL, replica TEXT NOT NULL, value, winner_hlc INTEGER,"
                 " winner_replica TEXT, PRIMARY KEY (entity_id, field, kind, hlc, replica)) WITHOUT ROWID")});
}

// Version 4: notes (follow-ups, tasks) get their own search table. Ranking
// every follow-up that mentions a common word cost 100 ms and more on a large
// book; notes are listed newest first instead, which FTS5 answers at once,
// while names (accounts, units, contacts, opportunities) stay ranked.
Status toV4(Database& db)
{
    return execAll(
        db, {QStringLiteral("CREATE VIRTUAL TABLE search_notes USING fts5(terms, tokenize = 'unicode61 "
                            "remove_diacritics 2')"),
             QStringLiteral("INSERT INTO search_notes (rowid, terms) SELECT s.rowid, s.terms FROM search s "
                            "JOIN search_docs d ON d.docid = s.rowid WHERE d.entity IN ('followup', 'task')"),
             QStringLiteral("DELETE FROM search WHERE rowid IN (SELECT docid FROM search_docs WHERE entity "
                            "IN ('followup', 'task'))")});
}

// Version 5: indexes for the workspace views, each measured on the large set
// (2,000 accounts, 1M follow-ups): the Follow-ups list newest first (first page
// 600-750 ms -> 3 ms), Today's next actions by account or author (300 ms ->
// 55 ms with both), and counting an account's contacts from the index alone
// (sorting the account list by contacts 25 ms -> 10 ms).
Status toV5(Database& db)
{
    return execAll(
        db, {QStringLiteral("CREATE INDEX followups_at ON followups (at)"),
             QStringLiteral("CREATE INDEX followups_account_next_due ON followups (account_id, next_due)"
                            " WHERE next_due IS NOT NULL"),
             QStringLiteral("CREATE INDEX followups_author_next_due ON followups (author_id, next_due)"
                            " WHERE next_due IS NOT NULL"),
             QStringLiteral("CREATE INDEX contacts_account_deleted ON contacts (account_id, deleted)")});
}

// Version 6: the trash, from partial indexes that hold only deleted records.
// Listing it scanned every table: 14.6 s cold for the follow-ups of the large
// set (971k rows), now a walk of an index as small as the trash.
// And the moves of org trees and reporting lines by the record they name as the
// parent, so integration can tell that a new person affects no tree (see
// Store::namedByMoves). Its WHERE lists the tree fields of the schema; a schema
// that adds one recreates it.
Status toV6(Database& db)
{
    QStringList sql;
    for (const model::EntityDef& e : model::entities())
        if (e.sinceSchema <= 6)
            sql << QStringLiteral("CREATE INDEX %1_in_trash ON %1 (updated_hlc) WHERE deleted <> 0")
                       .arg(e.table);
    sql << QStringLiteral("CREATE INDEX op_fields_tree_targets ON op_fields (value) WHERE field IN (%1)")
               .arg(model::treeFieldList());
    return execAll(db, sql);
}

// Columns the schema added in `version` (FieldDef::sinceSchema), with the
// index every reference column has.
QStringList addedColumns(int version)
{
    QStringList sql;
    for (const model::EntityDef& e : model::entities()) {
        if (e.sinceSchema == version) {
            // A new table: its columns, the bookkeeping every table has, and the trash index.
            QStringList cols = {QStringLiteral("id TEXT PRIMARY KEY")};
            for (const model::FieldDef& f : e.fields)
                if (f.sinceSchema <= version) // later columns come with their own version
                    cols << QStringLiteral("%1 %2").arg(f.name, columnType(f.type));
            cols << QStringLiteral("deleted INTEGER NOT NULL DEFAULT 0")
                 << QStringLiteral("created_hlc INTEGER") << QStringLiteral("updated_hlc INTEGER");
            sql << QStringLiteral("CREATE TABLE %1 (%2)").arg(e.table, cols.join(QStringLiteral(", ")))
                << QStringLiteral("CREATE INDEX %1_in_trash ON %1 (updated_hlc) WHERE deleted <> 0")
                       .arg(e.table);
            for (const model::FieldDef& f : e.fields)
                if (f.sinceSchema <= version && f.type == model::FieldType::Ref)
                    sql << QStringLiteral("CREATE INDEX %1_%2 ON %1 (%2)").arg(e.table, f.name);
            continue;
        }
        for (const model::FieldDef& f : e.fields) {
            if (f.sinceSchema != version)
                continue;
            sql << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(e.table, f.name, columnType(f.type));
            if (f.type == model::FieldType::Ref)
                sql << QStringLiteral("CREATE INDEX %1_%2 ON %1 (%2)").arg(e.table, f.name);
        }
    }
    return sql;
}

// Version 7: a team member can be marked as left (member.status); a member
// who left keeps their history and names but takes no new accounts or tasks.
// And accounts by credit code: a new account's code is checked against every
// other account's (two accounts with one code are one company).
Status toV7(Database& db)
{
    return execAll(db, addedColumns(7)
                           << QStringLiteral("CREATE INDEX accounts_credit_code ON accounts (credit_code)"));
}

// Version 8: custom fields. Their definitions are records (field_defs); their
// values are fields of the records they belong to, written through the same
// operation log, and materialised in one side table keyed by record and key.
Status toV8(Database& db)
{
    return execAll(db, addedColumns(8)
                           << QStringLiteral("CREATE TABLE custom_values (entity_id TEXT NOT NULL,"
                                             " key TEXT NOT NULL, value, PRIMARY KEY (entity_id, key))"
                                             " WITHOUT ROWID"));
}

// Version 9: a custom field says where it shows (field_defs.show_in).
Status toV9(Database& db)
{
    return execAll(db, addedColumns(9));
}

// Version 10: contracts, receivables, service requests and satisfaction surveys.
Status toV10(Database& db)
{
    return execAll(db, addedColumns(10));
}

// Version 11: the team's account model (tiers, health) and an account's reason for a tier set by hand.
Status toV11(Database& db)
{
    return execAll(db, addedColumns(11));
}

// Version 12: the margin and years of the customer lifetime value in the account model;
// and followups_account_at covers type, deleted and author too, so the tiers' activity
// (follow-ups of three months by account and type), each account's last follow-up and the
// dashboard's activity per member and week are read from the index alone: on a million
// follow-ups 0.12 s, 7 ms and 0.25 s instead of 1.3 s, 0.6 s and 1.4 s.
Status toV12(Database& db)
{
    return execAll(db, addedColumns(12) << QStringLiteral("DROP INDEX followups_account_at")
                                        << QStringLiteral("CREATE INDEX followups_account_at ON followups "
                                                          "(account_id, at, type, deleted, author_id)"));
}

// Version 13: rules, the team's calendar days, and a task's rule and trigger.
Status toV13(Database& db)
{
    return execAll(db, addedColumns(13));
}

// Version 14: playbooks, and a task's playbook and step; a playbook's runs on an account are
// read by the playbook's id.
// And followup_contacts: one row per person a live follow-up names (its contact_ids, a JSON
// array), with the follow-up's account and time, kept by triggers on followups whatever
// writes them (an edit, a sync, an import, a rebuild). "Who was seen lately" (the gap
// analysis behind health) reads a range of its index instead of every follow-up row of a
// window with its JSON.
Status toV14(Database& db)
{
    const QString names = QStringLiteral(
        "SELECT j.value, NEW.id, NEW.account_id, NEW.at FROM json_each(CASE WHEN NEW.deleted = 0 AND "
        "json_valid(NEW.contact_ids) AND json_type(NEW.contact_ids) = 'array' THEN NEW.contact_ids END) j "
        "WHERE j.type = 'text'");
    return execAll(
        db, addedColumns(14)
                << QStringLiteral("CREATE INDEX tasks_playbook ON tasks (playbook_id, account_id) "
                                  "WHERE playbook_id IS NOT NULL")
                << QStringLiteral("CREATE TABLE followup_contacts (contact_id TEXT NOT NULL, "
                                  "followup_id TEXT NOT NULL, account_id TEXT, at TEXT, "
                                  "PRIMARY KEY (contact_id, followup_id)) WITHOUT ROWID")
                << QStringLiteral("CREATE INDEX followup_contacts_followup ON followup_contacts "
                                  "(followup_id)")
                << QStringLiteral("CREATE INDEX followup_contacts_account_at ON followup_contacts "
                                  "(account_id, at, contact_id)")
                << QStringLiteral("CREATE TRIGGER followup_contacts_insert AFTER INSERT ON followups "
                                  "BEGIN INSERT OR IGNORE INTO followup_contacts %1; END")
                       .arg(names)
                << QStringLiteral("CREATE TRIGGER followup_contacts_update AFTER UPDATE OF "
                                  "contact_ids, at, account_id, deleted ON followups BEGIN DELETE "
                                  "FROM followup_contacts WHERE followup_id = OLD.id; INSERT OR "
                                  "IGNORE INTO followup_contacts %1; END")
                       .arg(names)
                << QStringLiteral("CREATE TRIGGER followup_contacts_delete AFTER DELETE ON followups "
                                  "BEGIN DELETE FROM followup_contacts WHERE followup_id = OLD.id; END")
                << QStringLiteral("INSERT OR IGNORE INTO followup_contacts SELECT j.value, f.id, "
                                  "f.account_id, f.at FROM followups f, json_each(CASE WHEN "
                                  "json_valid(f.contact_ids) AND json_type(f.contact_ids) = 'array' "
                                  "THEN f.contact_ids END) j WHERE f.deleted = 0 AND j.type = 'text'"));
}

// Version 15: the search index no longer merges its segments inside the
// write that adds one. FTS5's automatic merge cascades every 64 writes and held
// a write for 40-50 ms on the large set (any write: a typed edit as well as a
// rule run's tasks); the store merges in small steps instead, between writes
// (Store::tidySearchIndex). FTS5 still merges at once if a level reaches 16
// segments, so an index nobody tidies (the CLI) stays bounded.
Status toV15(Database& db)
{
    return execAll(db,
                   {QStringLiteral("INSERT INTO search (search, rank) VALUES ('automerge', 0)"),
                    QStringLiteral("INSERT INTO search_notes (search_notes, rank) VALUES ('automerge', 0)")});
}

// Version 16: the health scores this device computed, a day at a time (Store::recordHealthScores).
// Derived and local: not in the log, never replicated, left alone by a rebuild. "Health down by
// N in 30 days" reads the score of 30 days back here instead of rebuilding every account as it
// was then from the log (about 14 ms an account on the large set: half a minute for a book).
Status toV16(Database& db)
{
    return execAll(db, {QStringLiteral("CREATE TABLE health_scores (account_id TEXT NOT NULL, day TEXT NOT "
                                       "NULL, score INTEGER NOT NULL, PRIMARY KEY (day, account_id)) "
                                       "WITHOUT ROWID")});
}

const std::vector<std::function<Status(Database&)>>& steps()
{
    static const std::vector<std::function<Status(Database&)>> all = {
        toV1, toV2,  toV3,  toV4,  toV5,  toV6,  toV7,  toV8,
        toV9, toV10, toV11, toV12, toV13, toV14, toV15, toV16};
    return all;
}

Status runSteps(Database& db, int from, int to)
{
    for (int v = from + 1; v <= to; ++v) {
        Transaction t(db);
        if (!t.status())
            return t.status();
        if (Status s = steps()[size_t(v - 1)](db); !s)
            return Status::fail(
                CoreText::tr("Upgrading the database to schema %1 failed: %2").arg(v).arg(s.message()));
        if (Status s = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(v)); !s)
            return s;
        if (Status s = t.commit(); !s)
            return s;
    }
    return {};
}

} // namespace

int latestVersion()
{
    return int(steps().size());
}

int currentVersion(Database& db)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status createAt(Database& db, int version)
{
    return runSteps(db, currentVersion(db), version);
}

Status upgrade(Database& db)
{
    const int current = currentVersion(db);
    if (current < 0)
        return Status::fail(CoreText::tr("Cannot read the schema version of %1.").arg(db.path()));
    if (current > latestVersion())
        return Status::fail(
            CoreText::tr(
                "%1 was written by a newer version of Summit (schema %2; this version knows up to %3). "
                "Update Summit to open it.")
                .arg(db.path())
                .arg(current)
                .arg(latestVersion()));
    if (current == 0) {
        // An empty file is new; anything else without a version is not ours.
        const int tables = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();
        if (tables > 0)
            return Status::fail(
                CoreText::tr("%1 is a SQLite database but not a Summit database.").arg(db.path()));
    }
    if (current < latestVersion() && db.isReadOnly())
        return Status::fail(current == 0 ? CoreText::tr("%1 is empty and read-only: there is no "
                                                        "Summit data in it to show.")
                                               .arg(db.path())
                                         : CoreText::tr("%1 was saved by an older version of Summit "
                                                        "and must be upgraded before it is opened, but "
                                                        "it is read-only. Copy it to a folder you can "
                                                        "write to and open the copy.")
                                               .arg(db.path()));
    return runSteps(db, current, latestVersion());
}

QStringList describeSchema(Database& db)
{
    QStringList out;
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
        "AND name NOT GLOB 'search_*_data' AND name NOT GLOB 'search_*_idx' AND name NOT GLOB "
        "'search_*_content' "
        "AND name NOT GLOB 'search_*_docsize' AND name NOT GLOB 'search_*_config' "
        "AND name NOT IN ('search_data', 'search_idx', 'search_content', 'search_docsize', 'search_config') "
        "ORDER BY name"));
    while (tables.next()) {
        const QString type = tables.value(0).toString(), name = tables.value(1).toString();
        out << QStringLiteral("%1 %2 on %3").arg(type, name, tables.value(2).toString());
        QSqlQuery info(db.connection());
        info.exec(type == QLatin1String("index") ? QStringLiteral("PRAGMA index_info(%1)").arg(name)
                                                 : QStringLiteral("PRAGMA table_info(%1)").arg(name));
        while (info.next()) {
            if (type == QLatin1String("index"))
                out << QStringLiteral("  %1 key %2").arg(name, info.value(2).toString());
            else
                out << QStringLiteral("  %1.%2 %3 notnull=%4 default=%5 pk=%6")
                           .arg(name, info.value(1).toString(), info.value(2).toString(),
                                info.value(3).toString(), info.value(4).toString(), info.value(5).toString());
        }
    }
    out.sort();
    return out;
}

} // namespace summit::migrations
