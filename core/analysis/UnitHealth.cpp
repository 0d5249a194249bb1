#include "analysis/UnitHealth.h"
#include "CoreText.h"

#include "model/Schema.h"
#include "store/AsOf.h"
#include "store/Database.h"
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace summit::analysis {

namespace {

// Copies the rows of `def` that `where` selects (with `binds`) from `from` into the same table
// of `to`: the columns a store materialises (id, clocks, fields, deleted), trashed rows too.
// `fields` limits the fields copied (empty: all).
Status copyRows(Database& from, Database& to, const model::EntityDef& def, const QString& where,
                const QVariantList& binds, const QStringList& fields = {})
{
    QStringList columns = {QStringLiteral("id"), QStringLiteral("created_hlc"),
                           QStringLiteral("updated_hlc")};
    for (const model::FieldDef& f : def.fields)
        if (fields.isEmpty() || fields.contains(f.name))
            columns << f.name;
    columns << QStringLiteral("deleted");
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString list = columns.join(QStringLiteral(", "));
    Statement& read = from.fast(QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(list, def.table, where));
    Statement& write = to.fast(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(def.table, list, marks.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < binds.size(); ++i)
        read.bind(int(i) + 1, binds[i]);
    while (read.step()) {
        for (int i = 0; i < int(columns.size()); ++i)
            write.bind(i + 1, read.value(i));
        if (!write.exec()) {
            const QString error = write.error();
            read.reset();
            return Status::fail(error);
        }
    }
    const QString error = read.error();
    read.reset();
    return error.isEmpty() ? Status() : Status::fail(error);
}

// The records of a unit's subtree (?1: the JSON list of its unit ids, ?2: the account), by
// table, each selected on the source through its own indexes; kPeople is the subtree's people.
struct Part
{
    const char* entity;
    const char* where;
    QStringList fields = {}; // what the score reads, where that is much less than the record
};
// "+account_id": not by the account's index (every record of a large group) but by the unit's
// or the person's, the account only checked.
const char* const kPeople =
    "SELECT id FROM contacts WHERE +account_id = ?2 AND org_unit_id IN (SELECT value FROM "
    "json_each(?1))";
const Part kParts[] = {
    {"org_unit", "account_id = ?2 AND id IN (SELECT value FROM json_each(?1))"},
    {"contact", "+account_id = ?2 AND org_unit_id IN (SELECT value FROM json_each(?1))"},
    {"coverage", "+account_id = ?2 AND contact_id IN (%1)"},
    // A follow-up's texts are most of its bytes and no part of a score.
    {"followup",
     "+account_id = ?2 AND id IN (SELECT x.followup_id FROM followup_contacts x WHERE x.contact_id IN (%1))",
     {QStringLiteral("account_id"), QStringLiteral("type"), QStringLiteral("at"),
      QStringLiteral("contact_ids"), QStringLiteral("opportunity_id")}},
    {"contract", "account_id = ?2 AND org_unit_id IN (SELECT value FROM json_each(?1))"},
    {"receivable", "account_id = ?2 AND contract_id IN (SELECT id FROM contracts WHERE account_id = ?2 AND "
                   "org_unit_id IN (SELECT value FROM json_each(?1)))"},
    {"opportunity",
     "account_id = ?2 AND id IN (SELECT b.opportunity_id FROM buying_roles b WHERE b.deleted = 0 "
     "AND b.contact_id IN (%1))"},
    {"buying_role", "account_id = ?2 AND contact_id IN (%1)"},
    {"service_request", "account_id = ?2 AND contact_id IN (%1)"},
    {"satisfaction", "account_id = ?2 AND contact_id IN (%1)"},
};

// The units the issue of roll-ups names: the group, its divisions and regions, its subsidiaries.
// A plant or a department is a handful of people, scored with the entity it belongs to.
const QStringList kScoredKinds = {QStringLiteral("group_hq"), QStringLiteral("division"),
                                  QStringLiteral("region"), QStringLiteral("subsidiary")};

} // namespace

Result<QHash<QString, HealthAssessment>> unitHealth(Database& db, const QString& accountId,
                                                    const QDate& todayIn)
{
    using Out = QHash<QString, HealthAssessment>;
    const QDate today = todayIn.isValid() ? todayIn : QDate::currentDate();
    const QVariant live =
        db.scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ? AND deleted = 0"), {accountId});
    if (live.toInt() == 0)
        return Result<Out>::fail(CoreText::tr("No account with id %1.").arg(accountId));
    auto units = db.rows(
        QStringLiteral("SELECT id, coalesce(parent_id, ''), name, coalesce(kind, '') FROM org_units WHERE "
                       "account_id = ? AND deleted = 0"),
        {accountId});
    if (!units)
        return units.error();
    if (units.value().empty())
        return Out();
    QHash<QString, QString> parentOf, nameOf, kindOf;
    for (const QVariantList& r : units.value()) {
        parentOf.insert(r[0].toString(), r[1].toString());
        nameOf.insert(r[0].toString(), r[2].toString());
        kindOf.insert(r[0].toString(), r[3].toString());
    }
    // Each unit's subtree: every live unit whose chain of live parents reaches it (a parent in
    // the trash ends a chain, as on the Organisation tab). Bounded, so a cycle cannot hang it.
    QHash<QString, QStringList> subtree;
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
        QString at = it.key();
        for (qsizetype steps = 0; parentOf.contains(at) && steps <= parentOf.size(); ++steps) {
            subtree[at] << it.key();
            at = parentOf.value(at);
        }
    }

    // A private database with the real schema: the account, the team's members and model once,
    // then for each unit the records of its subtree, cleared before the next.
    auto scratch = asof::pastDatabase(asof::States{});
    if (!scratch)
        return scratch.error();
    Database& s = *scratch.value();
    {
        Transaction t(s);
        if (!t.status())
            return t.status();
        for (const char* entity : {"account", "member", "account_model"}) {
            const model::EntityDef* def = model::entity(QString::fromLatin1(entity));
            if (Status c = copyRows(db, s, *def,
                                    def->name == QLatin1String("account") ? QStringLiteral("id = ?1")
                                                                          : QStringLiteral("?1 = ?1"),
                                    {accountId});
                !c)
                return c;
        }
        if (Status c = t.commit(); !c)
            return c;
    }

    Out out;
    for (auto it = subtree.cbegin(); it != subtree.cend(); ++it) {
        if (!kScoredKinds.contains(kindOf.value(it.key())))
            continue;
        const QString unitList = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(it.value())).toJson(QJsonDocument::Compact));
        Transaction t(s);
        if (!t.status())
            return t.status();
        for (const Part& part : kParts) {
            const model::EntityDef* def = model::entity(QString::fromLatin1(part.entity));
            if (Status c = s.exec(QStringLiteral("DELETE FROM %1").arg(def->table)); !c)
                return c;
            QString where = QString::fromLatin1(part.where);
            where.replace(QLatin1String("%1"), QLatin1String(kPeople));
            if (Status c = copyRows(db, s, *def, where, {unitList, accountId}, part.fields); !c)
                return c;
        }
        // The assessment is named after the unit.
        if (Status c = s.exec(QStringLiteral("UPDATE accounts SET name = ? WHERE id = ?"),
                              {nameOf.value(it.key()), accountId});
            !c)
            return c;
        if (Status c = t.commit(); !c)
            return c;
        auto health = assessHealth(s, accountId, today);
        if (!health)
            return health.status();
        out.insert(it.key(), health.value());
    }
    return out;
}

} // namespace summit::analysis
