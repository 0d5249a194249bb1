#include "query/AccountWork.h"

#include "model/Schema.h"
#include "store/Database.h"

#include <QStringList>
#include <algorithm>

namespace summit::query {

namespace {
const QString kOpen = QStringLiteral("open");

QString text(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}
} // namespace

Result<std::vector<TaskRow>> accountTasks(Database& db, const QString& accountId, const QDate& today)
{
    auto rows =
        db.rows(QStringLiteral("SELECT t.id, t.title, t.due, t.assignee_id, m.name, t.status, t.done_at"
                               " FROM tasks t LEFT JOIN members m ON m.id = t.assignee_id AND m.deleted = 0"
                               " WHERE t.account_id = ? AND t.deleted = 0"),
                {accountId});
    if (!rows)
        return rows.error();
    const QString day = today.toString(Qt::ISODate);
    std::vector<TaskRow> out;
    out.reserve(rows.value().size());
    for (const QVariantList& r : rows.value()) {
        TaskRow t{text(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4]), text(r[5]), text(r[6])};
        if (t.status.isEmpty())
            t.status = kOpen;
        t.overdue = t.status == kOpen && !t.due.isEmpty() && t.due < day;
        out.push_back(std::move(t));
    }
    std::sort(out.begin(), out.end(), [](const TaskRow& a, const TaskRow& b) {
        const bool aOpen = a.status == kOpen, bOpen = b.status == kOpen;
        if (aOpen != bOpen)
            return aOpen;
        if (aOpen) {
            if (a.due.isEmpty() != b.due.isEmpty())
                return b.due.isEmpty();
            if (a.due != b.due)
                return a.due < b.due;
        } else {
            if (a.doneAt != b.doneAt)
                return a.doneAt > b.doneAt;
            if (a.due != b.due)
                return a.due > b.due;
        }
        return a.id < b.id; // a stable order for equal keys
    });
    return out;
}

const QStringList& opportunityChoices()
{
    static const QStringList all = model::entity(u"opportunity")->field(u"stage")->enumValues +
                                   QStringList{QStringLiteral("won"), QStringLiteral("lost")};
    return all;
}

QString OpportunityRow::choice() const
{
    return status == kOpen || status.isEmpty() ? stage : status;
}

Result<std::vector<OpportunityRow>> accountOpportunities(Database& db, const QString& accountId)
{
    auto rows = db.rows(
        QStringLiteral(
            "SELECT o.id, o.name, o.stage, o.status, o.currency, o.expected_close, o.owner_id, m.name,"
            " o.amount, o.probability"
            " FROM opportunities o LEFT JOIN members m ON m.id = o.owner_id AND m.deleted = 0"
            " WHERE o.account_id = ? AND o.deleted = 0"),
        {accountId});
    if (!rows)
        return rows.error();
    std::vector<OpportunityRow> out;
    out.reserve(rows.value().size());
    for (const QVariantList& r : rows.value())
        out.push_back({text(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4]), text(r[5]), text(r[6]),
                       text(r[7]), r[8], r[9]});
    auto rank = [](const OpportunityRow& o) {
        const int i = int(opportunityChoices().indexOf(o.choice()));
        return i < 0 ? 0 : i; // no stage yet: first, with the deals being qualified
    };
    std::sort(out.begin(), out.end(), [&](const OpportunityRow& a, const OpportunityRow& b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (a.expectedClose != b.expectedClose)
            return a.expectedClose < b.expectedClose;
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    return out;
}

Result<std::vector<BuyingRoleRow>> buyingCenter(Database& db, const QString& opportunityId)
{
    auto rows = db.rows(QStringLiteral("SELECT b.id, b.contact_id, c.name, b.role, c.title, c.stance"
                                       " FROM buying_roles b LEFT JOIN contacts c ON c.id = b.contact_id"
                                       " WHERE b.opportunity_id = ? AND b.deleted = 0"
                                       " ORDER BY b.role, c.name, b.id"),
                        {opportunityId});
    if (!rows)
        return rows.error();
    std::vector<BuyingRoleRow> out;
    out.reserve(rows.value().size());
    for (const QVariantList& r : rows.value())
        out.push_back({text(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4]), text(r[5])});
    return out;
}

} // namespace summit::query
