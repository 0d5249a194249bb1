#include "search/SearchIndex.h"
#include "CoreText.h"

#include "model/Schema.h"
#include "search/SearchText.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <algorithm>
#include <vector>

namespace summit::search {

namespace {

const QString kDeleted = QStringLiteral("deleted");

QString recordName(const model::EntityDef& def, const QVariantMap& row, const QString& id)
{
    const QString title = def.titleField.isEmpty() ? QString() : row.value(def.titleField).toString();
    return title.isEmpty() ? id : title;
}

// The columns search needs of a record, not the whole row: reindexing runs
// for every searchable record of a bulk import. An empty map: no such record.
Result<QVariantMap> searchRow(Database& db, const model::EntityDef& def, const QString& id)
{
    // The columns and the statement of a record type, worked out once: the
    // index is written for every record of an import.
    struct Shape
    {
        QStringList columns;
        QString sql;
    };
    thread_local QHash<QString, Shape> shapes;
    auto shape = shapes.find(def.name);
    if (shape == shapes.end()) {
        Shape fresh;
        fresh.columns = QStringList{kDeleted};
        auto add = [&](const QString& c) {
            if (!c.isEmpty() && !fresh.columns.contains(c))
                fresh.columns << c;
        };
        add(def.accountField);
        add(def.titleField);
        for (const QString& c : def.searchTitle + def.searchBody)
            add(c);
        for (const model::FieldDef& f : def.fields)
            if (f.check == model::Check::Phone || f.check == model::Check::Mobile)
                add(f.name);
        fresh.sql = QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                        .arg(fresh.columns.join(QStringLiteral(", ")), def.table);
        shape = shapes.insert(def.name, std::move(fresh));
    }
    const QStringList& columns = shape->columns;
    Statement& q = db.fast(shape->sql);
    q.bind(1, id);
    QVariantMap row;
    if (q.step())
        for (int i = 0; i < columns.size(); ++i)
            row.insert(columns[i], q.value(i));
    const QString error = q.error();
    q.reset();
    if (!error.isEmpty())
        return Result<QVariantMap>::fail(error);
    return row; // empty: no such record
}

// The same columns as searchRow() reads, from the values a new record was
// created with; a column it was not given holds the table's default (null,
// and 0 for deleted).
QVariantMap createdRow(const FieldValues& values)
{
    QVariantMap row;
    row.insert(kDeleted, 0);
    for (const auto& [name, value] : values)
        row.insert(name, value);
    return row;
}

} // namespace

Status writeIndex(Database& db, const QHash<QString, QString>& records,
                  const QHash<QString, const FieldValues*>* created)
{
    Statement& findDoc = db.fast(
        QStringLiteral("SELECT docid, account_id, title, names, body FROM search_docs WHERE entity_id = ?"));
    struct Doc
    {
        QString id, entity;
        qint64 docid = 0; // 0: not indexed yet
        QVariantList stored;
    };
    std::vector<Doc> docs;
    docs.reserve(size_t(records.size()));
    for (auto it = records.begin(); it != records.end(); ++it) {
        Doc doc{it.key(), it.value(), 0, {}};
        findDoc.bind(1, doc.id);
        if (findDoc.step()) {
            doc.docid = findDoc.integer(0);
            doc.stored = {findDoc.value(1), findDoc.value(2), findDoc.value(3), findDoc.value(4)};
        }
        const QString error = findDoc.error();
        findDoc.reset();
        if (!error.isEmpty())
            return Status::fail(CoreText::tr("Cannot update the search index: %1").arg(error));
        docs.push_back(std::move(doc));
    }
    std::sort(docs.begin(), docs.end(), [](const Doc& a, const Doc& b) {
        return (a.docid == 0) != (b.docid == 0) ? b.docid == 0 : a.docid < b.docid;
    });

    // Names are ranked; notes (records without a name to search, such as
    // follow-ups) live in their own table and are listed newest first.
    Statement& readName = db.fast(QStringLiteral("SELECT terms FROM search WHERE rowid = ?"));
    Statement& readNote = db.fast(QStringLiteral("SELECT terms FROM search_notes WHERE rowid = ?"));
    Statement& dropName = db.fast(QStringLiteral("DELETE FROM search WHERE rowid = ?"));
    Statement& dropNote = db.fast(QStringLiteral("DELETE FROM search_notes WHERE rowid = ?"));
    Statement& dropDoc = db.fast(QStringLiteral("DELETE FROM search_docs WHERE docid = ?"));
    Statement& addDoc = db.fast(QStringLiteral("INSERT INTO search_docs (entity, entity_id, account_id, "
                                               "title, names, body) VALUES (?, ?, ?, ?, ?, ?)"));
    Statement& setDoc = db.fast(QStringLiteral(
        "UPDATE search_docs SET account_id = ?, title = ?, names = ?, body = ? WHERE docid = ?"));
    Statement& addName = db.fast(QStringLiteral("INSERT INTO search (rowid, terms) VALUES (?, ?)"));
    Statement& addNote = db.fast(QStringLiteral("INSERT INTO search_notes (rowid, terms) VALUES (?, ?)"));
    auto failed = [&](const Statement& st) {
        return Status::fail(CoreText::tr("Cannot update the search index: %1").arg(st.error()));
    };
    // Text custom fields are searched like the record's own notes; most books have none.
    const bool customText =
        db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM field_defs WHERE deleted = 0"
                                 " AND value_type IN ('text', 'multiline'))"))
            .toInt() != 0;
    Statement& customValues = db.fast(QStringLiteral(
        "SELECT v.value FROM custom_values v JOIN field_defs d ON d.key = v.key AND d.applies_to = ?"
        " AND d.deleted = 0 AND d.value_type IN ('text', 'multiline') WHERE v.entity_id = ? ORDER BY v.key"));
    for (const Doc& doc : docs) {
        const model::EntityDef* def = model::entity(doc.entity);
        const bool isNote = def->searchTitle.isEmpty();
        const FieldValues* given = created ? created->value(doc.id) : nullptr;
        auto row = given ? Result<QVariantMap>(createdRow(*given)) : searchRow(db, *def, doc.id);
        if (!row)
            return Status::fail(CoreText::tr("Cannot update the search index: %1").arg(row.message()));
        const bool live = !row.value().isEmpty() && row.value().value(kDeleted).toInt() == 0;
        QString titleText, bodyText, terms;
        QVariantList fresh;
        if (live) {
            QStringList title, body;
            for (const QString& f : def->searchTitle)
                title << row.value().value(f).toString();
            for (const QString& f : def->searchBody)
                body << row.value().value(f).toString();
            if (customText) {
                customValues.bind(1, doc.entity).bind(2, doc.id);
                while (customValues.step())
                    body << customValues.text(0);
                const QString error = customValues.error();
                customValues.reset();
                if (!error.isEmpty())
                    return Status::fail(CoreText::tr("Cannot update the search index: %1").arg(error));
            }
            title.removeAll(QString());
            body.removeAll(QString());
            titleText = title.join(QLatin1Char(' '));
            bodyText = body.join(QLatin1Char(' '));
            fresh = {def->accountField.isEmpty() ? QVariant(doc.id) : row.value().value(def->accountField),
                     recordName(*def, row.value(), doc.id), titleText, bodyText};
            // Phone numbers are also indexed as bare digits, so 13800138000 finds +86 138 0013 8000.
            terms = bodyText;
            for (const model::FieldDef& f : def->fields)
                if (f.check == model::Check::Phone || f.check == model::Check::Mobile) {
                    QString digits = row.value().value(f.name).toString();
                    digits.removeIf([](QChar ch) { return !ch.isDigit(); });
                    if (!digits.isEmpty())
                        terms += QLatin1Char(' ') + digits + QLatin1Char(' ') + digits.right(11);
                }
            terms = search::indexTerms(titleText, terms);
        }
        if (doc.docid != 0) {
            if (live) {
                bool same = true;
                for (int i = 0; i < 4 && same; ++i)
                    same = doc.stored[i].toString() == fresh[i].toString();
                if (same) {
                    Statement& read = isNote ? readNote : readName;
                    read.bind(1, doc.docid);
                    same = read.step() && read.text(0) == terms;
                    read.reset();
                }
                if (same)
                    continue; // nothing the search sees has changed
            }
            Statement& drop = isNote ? dropNote : dropName;
            drop.bind(1, doc.docid);
            if (!drop.exec())
                return failed(drop);
            if (!live) {
                dropDoc.bind(1, doc.docid);
                if (!dropDoc.exec())
                    return failed(dropDoc);
                continue;
            }
            setDoc.bind(1, fresh[0]).bind(2, fresh[1]).bind(3, fresh[2]).bind(4, fresh[3]).bind(5, doc.docid);
            if (!setDoc.exec())
                return failed(setDoc);
        } else {
            if (!live)
                continue;
            addDoc.bind(1, doc.entity).bind(2, doc.id);
            addDoc.bind(3, fresh[0]).bind(4, fresh[1]).bind(5, fresh[2]).bind(6, fresh[3]);
            if (!addDoc.exec())
                return failed(addDoc);
        }
        Statement& addFts = isNote ? addNote : addName;
        addFts.bind(1, doc.docid != 0 ? doc.docid : addDoc.lastInsertId()).bind(2, terms);
        if (!addFts.exec())
            return failed(addFts);
    }
    return {};
}

Result<bool> mergeStep(Database& db, int pages)
{
    // FTS5 tells whether a merge did anything only through the change counter: a difference of
    // 2 or more means it merged (its documentation, "The 'merge' Command").
    bool worked = false;
    for (const char* table : {"search", "search_notes"}) {
        const qint64 before = db.totalChanges();
        if (Status s = db.exec(
                QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('merge', ?)").arg(QLatin1String(table)),
                {pages});
            !s)
            return s.error();
        worked = worked || db.totalChanges() - before >= 2;
    }
    return worked;
}

Status clearIndex(Database& db)
{
    for (const char* table : {"search", "search_notes", "search_docs"})
        if (Status s = db.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))); !s)
            return s;
    return {};
}

} // namespace summit::search
