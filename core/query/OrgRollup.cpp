#include "query/OrgRollup.h"

#include "store/Database.h"

#include <QSet>

namespace summit::query {

Result<QHash<QString, UnitFigures>> orgRollup(Database& db, const QString& accountId, const QDate& todayIn)
{
    const QDate today = todayIn.isValid() ? todayIn : QDate::currentDate();
    auto units =
        db.rows(QStringLiteral("SELECT id, coalesce(parent_id, '') FROM org_units WHERE account_id = ? "
                               "AND deleted = 0"),
                {accountId});
    if (!units)
        return units.error();
    QHash<QString, QString> parentOf;
    QHash<QString, UnitFigures> out;
    for (const QVariantList& r : units.value()) {
        parentOf.insert(r[0].toString(), r[1].toString());
        out.insert(r[0].toString(), {});
    }
    // A unit and the live units above it; a parent in the trash ends the chain (the tree shows
    // such a unit at the top). Bounded by the number of units, so a cycle cannot hang it.
    auto upwards = [&](const QString& unit, const auto& visit) {
        QString at = unit;
        for (qsizetype steps = 0; out.contains(at) && steps <= parentOf.size(); ++steps) {
            visit(out[at]);
            at = parentOf.value(at);
        }
    };

    auto contracts =
        db.rows(QStringLiteral(
                    "SELECT org_unit_id, coalesce(amount, 0) FROM contracts WHERE account_id = ? AND "
                    "deleted = 0 AND coalesce(org_unit_id, '') <> '' AND coalesce(status, 'signed') IN "
                    "('signed', 'active', 'expired') AND coalesce(nullif(currency, ''), 'CNY') = 'CNY' AND "
                    "signed_on > ? AND signed_on <= ?"),
                {accountId, today.addMonths(-12).toString(Qt::ISODate), today.toString(Qt::ISODate)});
    if (!contracts)
        return contracts.error();
    for (const QVariantList& r : contracts.value())
        upwards(r[0].toString(), [&](UnitFigures& f) {
            f.revenue += r[1].toLongLong();
            ++f.contracts;
        });

    // Each deal once per unit: the units its people are in, and the units above those.
    auto deals =
        db.rows(QStringLiteral(
                    "SELECT DISTINCT o.id, coalesce(o.amount, 0), c.org_unit_id FROM opportunities o JOIN "
                    "buying_roles b ON b.opportunity_id = o.id AND b.deleted = 0 JOIN contacts c ON c.id = "
                    "b.contact_id AND c.deleted = 0 WHERE o.account_id = ? AND o.deleted = 0 AND "
                    "coalesce(o.status, 'open') = 'open' AND coalesce(nullif(o.currency, ''), 'CNY') = 'CNY' "
                    "AND coalesce(c.org_unit_id, '') <> ''"),
                {accountId});
    if (!deals)
        return deals.error();
    QHash<QString, QSet<QString>> dealsIn; // unit -> deals counted there
    for (const QVariantList& r : deals.value()) {
        const QString deal = r[0].toString();
        const qint64 amount = r[1].toLongLong();
        QString at = r[2].toString();
        for (qsizetype steps = 0; out.contains(at) && steps <= parentOf.size(); ++steps) {
            QSet<QString>& counted = dealsIn[at];
            if (!counted.contains(deal)) {
                counted.insert(deal);
                out[at].pipeline += amount;
                ++out[at].deals;
            }
            at = parentOf.value(at);
        }
    }

    auto people =
        db.rows(QStringLiteral(
                    "SELECT c.org_unit_id, EXISTS (SELECT 1 FROM coverage v JOIN members m ON m.id = "
                    "v.member_id WHERE v.contact_id = c.id AND v.deleted = 0 AND m.deleted = 0 AND "
                    "coalesce(m.status, 'active') <> 'left' AND v.level IN ('brief', 'working', 'trusted')) "
                    "FROM contacts c WHERE c.account_id = ? AND c.deleted = 0 AND coalesce(c.status, "
                    "'active') <> 'left' AND coalesce(c.org_unit_id, '') <> ''"),
                {accountId});
    if (!people)
        return people.error();
    for (const QVariantList& r : people.value()) {
        const bool known = r[1].toBool();
        upwards(r[0].toString(), [&](UnitFigures& f) {
            ++f.people;
            f.known += known ? 1 : 0;
        });
    }
    return out;
}

} // namespace summit::query
