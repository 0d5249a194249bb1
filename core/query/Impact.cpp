#include "query/Impact.h"
#include "CoreText.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSet>

namespace summit::query {

namespace {
int countIn(Database& db, const QString& table, const QString& field, const QString& id)
{
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ? AND deleted = 0").arg(table, field),
                {id})
        .toInt();
}
} // namespace

QStringList childrenOf(Database& db, const QString& table, const QString& field, const QString& parentId)
{
    QStringList out;
    auto rows = db.rows(
        QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND deleted = 0 ORDER BY id").arg(table, field),
        {parentId});
    if (rows)
        for (const QVariantList& r : rows.value())
            out << r[0].toString();
    return out;
}

Result<DeletionImpact> deletionImpact(Database& db, const QStringList& ids)
{
    DeletionImpact d;
    const QSet<QString> deleting(ids.begin(), ids.end());
    auto movedOut = [&](const QStringList& children) {
        int n = 0;
        for (const QString& c : children)
            n += deleting.contains(c) ? 0 : 1;
        return n;
    };
    for (const QString& id : ids) {
        const QString account = QStringLiteral("account_id");
        if (db.scalar(QStringLiteral("SELECT 1 FROM accounts WHERE id = ?"), {id}).isValid()) {
            d.orgUnits += countIn(db, QStringLiteral("org_units"), account, id);
            d.contacts += countIn(db, QStringLiteral("contacts"), account, id);
            d.opportunities += countIn(db, QStringLiteral("opportunities"), account, id);
            d.followUps += countIn(db, QStringLiteral("followups"), account, id);
            d.tasks += countIn(db, QStringLiteral("tasks"), account, id);
        } else if (db.scalar(QStringLiteral("SELECT 1 FROM org_units WHERE id = ?"), {id}).isValid()) {
            d.movedUnits +=
                movedOut(childrenOf(db, QStringLiteral("org_units"), QStringLiteral("parent_id"), id));
            d.movedPeople +=
                movedOut(childrenOf(db, QStringLiteral("contacts"), QStringLiteral("org_unit_id"), id));
        } else if (db.scalar(QStringLiteral("SELECT 1 FROM contacts WHERE id = ?"), {id}).isValid()) {
            d.movedReports +=
                movedOut(childrenOf(db, QStringLiteral("contacts"), QStringLiteral("reports_to"), id));
        }
    }
    return d;
}

QStringList DeletionImpact::describe() const
{
    QStringList out;
    auto add = [&](int n, const QString& text) {
        if (n > 0)
            out << text;
    };
    add(orgUnits, CoreText::tr("%n org units", nullptr, orgUnits));
    add(contacts, CoreText::tr("%n people", nullptr, contacts));
    add(opportunities, CoreText::tr("%n opportunities", nullptr, opportunities));
    add(followUps, CoreText::tr("%n follow-ups", nullptr, followUps));
    add(tasks, CoreText::tr("%n tasks", nullptr, tasks));
    add(movedUnits, CoreText::tr("%n sub-units move up to the parent unit", nullptr, movedUnits));
    add(movedPeople, CoreText::tr("%n people move up to the parent unit", nullptr, movedPeople));
    add(movedReports,
        CoreText::tr("%n people who reported to them now report to their manager", nullptr, movedReports));
    return out;
}

} // namespace summit::query
