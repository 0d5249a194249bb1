#include "analysis/GapAnalysis.h"
#include "CoreText.h"

#include "model/Schema.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTime>
#include <algorithm>

namespace summit::analysis {

namespace {

using Rows = std::vector<QVariantList>;

Result<Rows> rowsOf(Database& db, const QString& sql, const QVariantList& binds)
{
    return db.rows(sql, binds);
}

// Contacts that count as known people: not in the trash and not gone.
const char* const kActive = "c.deleted = 0 AND coalesce(c.status, 'active') <> 'left'";

// The UTC instant local midnight of `day` falls on, in the stored format of followups.at.
QString utcStartOf(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

// Local calendar days from a stored UTC time to `today`.
qint64 daysSince(const QString& at, const QDate& today)
{
    QDateTime t = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(at, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().date().daysTo(today) : -1;
}

// "brief", lower-case inside a sentence.
QString levelLabel(const char* key)
{
    return model::enumLabel(u"level", QString::fromLatin1(key)).toLower();
}

Gap gap(GapKind kind, Severity severity, QString message, const char* entity, QString id)
{
    return {kind, severity, std::move(message), QString::fromLatin1(entity), std::move(id)};
}

struct Context
{
    Database& db;
    const QString& account;
    const GapOptions& options;
    QDate today;
    QString accountName;
    QString managerName; // the account manager, if the account has one
    std::vector<Gap>& out;
};

// Newest follow-up time per economic buyer of the account among follow-ups
// in [from, to): one range of followup_contacts(account_id, at, contact_id), the
// index alone (a follow-up's people, kept by triggers on followups: schema 14).
Result<QHash<QString, QString>> lastSeen(Context& cx, const QString& from, const QString& to)
{
    const QString sql =
        QStringLiteral("SELECT x.contact_id, max(x.at) FROM followup_contacts x"
                       " WHERE x.account_id = ? AND x.at >= ? AND x.at < ?"
                       " AND x.contact_id IN (SELECT c.id FROM contacts c WHERE c.account_id = ?"
                       "  AND c.decision_role = 'economic_buyer' AND %1)"
                       " GROUP BY x.contact_id")
            .arg(QLatin1String(kActive));
    auto rows = rowsOf(cx.db, sql, {cx.account, from, to, cx.account});
    if (!rows)
        return rows.error();
    QHash<QString, QString> last;
    for (const QVariantList& row : rows.value())
        last.insert(row[0].toString(), row[1].toString());
    return last;
}

// Rules 1-3: economic buyers known, covered, and seen lately.
Status economicBuyers(Context& cx)
{
    const QString sql =
        QStringLiteral("SELECT c.id, c.name, coalesce(c.status, 'active') = 'left',"
                       " EXISTS (SELECT 1 FROM coverage v JOIN members m ON m.id = v.member_id"
                       "  WHERE v.contact_id = c.id AND v.deleted = 0 AND m.deleted = 0"
                       "  AND coalesce(m.status, 'active') <> 'left'"
                       "  AND v.level IN ('brief', 'working', 'trusted'))"
                       " FROM contacts c WHERE c.account_id = ? AND c.deleted = 0"
                       " AND c.decision_role = 'economic_buyer' ORDER BY c.name, c.id");
    auto buyers = rowsOf(cx.db, sql, {cx.account});
    if (!buyers)
        return buyers.status();

    struct Buyer
    {
        QString id, name;
    };
    std::vector<Buyer> active;
    QStringList gone;
    for (const QVariantList& row : buyers.value()) {
        const QString id = row[0].toString();
        const QString name = row[1].toString();
        if (row[2].toBool()) {
            gone << name;
            continue;
        }
        active.push_back({id, name});
        if (!row[3].toBool()) {
            QString message;
            if (cx.managerName.isEmpty())
                message = CoreText::tr("Nobody on the team covers %1 (economic buyer); assign "
                                       "someone to build the relationship.")
                              .arg(name);
            else
                message = CoreText::tr("Nobody on the team covers %1 (economic buyer); "
                                       "%2 (account manager) should build the relationship.")
                              .arg(name, cx.managerName);
            cx.out.push_back(gap(GapKind::EconomicBuyerNotCovered, Severity::High, message, "contact", id));
        }
    }
    if (active.empty()) {
        const QString message = gone.isEmpty()
                                    ? CoreText::tr("No economic buyer is known at %1: nobody is recorded as "
                                                   "the one who approves the budget.")
                                          .arg(cx.accountName)
                                    : CoreText::tr("No economic buyer is known at %1: %2 has left.")
                                          .arg(cx.accountName, gone.join(QStringLiteral(", ")));
        cx.out.push_back(gap(GapKind::NoEconomicBuyer, Severity::High, message, "account", cx.account));
        return {};
    }

    // Who was seen within the window: a short range of the index. Only when
    // someone was not is the older history read, once for all of them.
    // Follow-ups dated after today are plans, not contact.
    const QString cutoff = utcStartOf(cx.today.addDays(-cx.options.staleDays));
    const QString tomorrow = utcStartOf(cx.today.addDays(1));
    auto recent = lastSeen(cx, cutoff, tomorrow);
    if (!recent)
        return recent.status();
    const bool allRecent = std::all_of(active.begin(), active.end(),
                                       [&](const Buyer& b) { return recent.value().contains(b.id); });
    QHash<QString, QString> older;
    if (!allRecent) {
        auto before = lastSeen(cx, QStringLiteral("0000"), cutoff); // from the beginning
        if (!before)
            return before.status();
        older = std::move(before.value());
    }
    for (const Buyer& b : active) {
        if (recent.value().contains(b.id))
            continue;
        const auto last = older.constFind(b.id);
        // The count is a plain variable: lupdate (Qt 6.4) hangs on a call with
        // several arguments inside translate()'s argument list.
        const int days = last == older.cend() ? 0 : int(daysSince(*last, cx.today));
        const QString message =
            last == older.cend()
                ? CoreText::tr("%1 (economic buyer) has never been contacted: no follow-up names them.")
                      .arg(b.name)
                : CoreText::tr("%1 (economic buyer) has not been contacted for %n day(s).", nullptr, days)
                      .arg(b.name);
        cx.out.push_back(gap(GapKind::EconomicBuyerStale, Severity::High, message, "contact", b.id));
    }
    return {};
}

// Rule 4: influential people against us.
Status hostileKeyPeople(Context& cx)
{
    const QString sql =
        QStringLiteral("SELECT c.id, c.name, c.influence, c.stance = 'opponent',"
                       " c.decision_role = 'blocker' FROM contacts c WHERE c.account_id = ? AND %1"
                       " AND c.influence >= ? AND (c.stance = 'opponent' OR c.decision_role = 'blocker')"
                       " ORDER BY c.name, c.id")
            .arg(QLatin1String(kActive));
    auto rows = rowsOf(cx.db, sql, {cx.account, cx.options.hostileInfluence});
    if (!rows)
        return rows.status();
    for (const QVariantList& row : rows.value()) {
        const QString name = row[1].toString();
        const QString influence = row[2].toString();
        const bool opponent = row[3].toBool();
        const bool blocker = row[4].toBool();
        const QString message =
            opponent && blocker
                ? CoreText::tr("%1 (influence %2 of 5) opposes us and can block the decision.")
                      .arg(name, influence)
            : opponent ? CoreText::tr("%1 (influence %2 of 5) opposes us.").arg(name, influence)
                       : CoreText::tr("%1 (influence %2 of 5) can block the decision.").arg(name, influence);
        cx.out.push_back(
            gap(GapKind::HostileKeyPerson, Severity::High, message, "contact", row[0].toString()));
    }
    return {};
}

// Rule 5: how many people the team has actually talked to lately. The window
// is a range of followup_contacts(account_id, at); the join order is forced so that
// SQLite walks the follow-ups' people, not the contacts.
Status singleThreaded(Context& cx)
{
    const QString sql = QStringLiteral("SELECT DISTINCT c.id, c.name FROM followup_contacts x"
                                       " CROSS JOIN contacts c ON c.id = x.contact_id"
                                       " WHERE x.account_id = ? AND x.at >= ? AND x.at < ?"
                                       " AND c.account_id = ? AND %1 ORDER BY c.name, c.id LIMIT 2")
                            .arg(QLatin1String(kActive));
    const int days = cx.options.threadDays;
    auto rows = rowsOf(
        cx.db, sql,
        {cx.account, utcStartOf(cx.today.addDays(-days)), utcStartOf(cx.today.addDays(1)), cx.account});
    if (!rows)
        return rows.status();
    if (rows.value().empty())
        cx.out.push_back(
            gap(GapKind::SingleThreaded, Severity::Medium,
                CoreText::tr("No contact has been engaged in the last %n day(s).", nullptr, days), "account",
                cx.account));
    else if (rows.value().size() == 1)
        cx.out.push_back(
            gap(GapKind::SingleThreaded, Severity::Medium,
                CoreText::tr(
                    "Only %1 has been engaged in the last %n day(s); the relationship hangs on one person.",
                    nullptr, days)
                    .arg(rows.value()[0][1].toString()),
                "contact", rows.value()[0][0].toString()));
    return {};
}

// Rule 6: subsidiaries where nobody is known, in the unit or any unit below it. Each unit of
// the tree looks up its contacts (by org_unit_id), rather than SQLite scanning every contact
// of the database against the tree (0.13 s an account on the benchmark set).
Status subsidiaries(Context& cx)
{
    const QString sql =
        QStringLiteral(
            "WITH RECURSIVE tree(root, id) AS ("
            " SELECT id, id FROM org_units WHERE account_id = ? AND deleted = 0 AND kind = 'subsidiary'"
            " UNION SELECT tree.root, u.id FROM tree JOIN org_units u ON u.parent_id = tree.id"
            " WHERE u.deleted = 0)"
            " SELECT s.id, s.name FROM org_units s WHERE s.account_id = ? AND s.deleted = 0"
            " AND s.kind = 'subsidiary' AND s.id NOT IN (SELECT tree.root FROM tree"
            " WHERE EXISTS (SELECT 1 FROM contacts c WHERE c.org_unit_id = tree.id AND %1))"
            " ORDER BY s.name, s.id")
            .arg(QLatin1String(kActive));
    auto rows = rowsOf(cx.db, sql, {cx.account, cx.account});
    if (!rows)
        return rows.status();
    for (const QVariantList& row : rows.value())
        cx.out.push_back(gap(
            GapKind::SubsidiaryWithoutContact, Severity::Medium,
            CoreText::tr("Nobody is known at %1 (subsidiary) or any unit under it.").arg(row[1].toString()),
            "org_unit", row[0].toString()));
    return {};
}

// Rule 7: open opportunities whose buying center has no champion, by role or by stance.
Status opportunities(Context& cx)
{
    const QString sql =
        QStringLiteral(
            "SELECT o.id, o.name, (SELECT count(*) FROM buying_roles b JOIN contacts c ON c.id = b.contact_id"
            "  WHERE b.opportunity_id = o.id AND b.deleted = 0 AND %1)"
            " FROM opportunities o WHERE o.account_id = ? AND o.deleted = 0"
            " AND coalesce(o.status, 'open') = 'open'"
            " AND NOT EXISTS (SELECT 1 FROM buying_roles b JOIN contacts c ON c.id = b.contact_id"
            "  WHERE b.opportunity_id = o.id AND b.deleted = 0 AND %1"
            "  AND (b.role = 'champion' OR c.stance = 'champion'))"
            " ORDER BY o.name, o.id")
            .arg(QLatin1String(kActive));
    auto rows = rowsOf(cx.db, sql, {cx.account});
    if (!rows)
        return rows.status();
    for (const QVariantList& row : rows.value()) {
        const QString name = row[1].toString();
        const QString message =
            row[2].toLongLong() == 0
                ? CoreText::tr("Opportunity %1 has no buying center yet, so no champion.").arg(name)
                : CoreText::tr("Opportunity %1 has no champion in its buying center.").arg(name);
        cx.out.push_back(gap(GapKind::OpportunityWithoutChampion, Severity::High, message, "opportunity",
                             row[0].toString()));
    }
    return {};
}

// Rule 7: people the team wants to know better than anyone does now
// (coverage.desired_level above the best current level of an active member).
Status coverageBelowDesired(Context& cx)
{
    const QString rank = QStringLiteral("CASE %1 WHEN 'brief' THEN 1 WHEN 'working' THEN 2"
                                        " WHEN 'trusted' THEN 3 ELSE 0 END");
    const QString sql = QStringLiteral("SELECT c.id, c.name, max(%1), max(%2) FROM contacts c"
                                       " JOIN coverage v ON v.contact_id = c.id AND v.deleted = 0"
                                       " JOIN members m ON m.id = v.member_id AND m.deleted = 0"
                                       "  AND coalesce(m.status, 'active') <> 'left'"
                                       " WHERE c.account_id = ? AND %3 GROUP BY c.id HAVING max(%2) > max(%1)"
                                       " ORDER BY c.name, c.id")
                            .arg(rank.arg(QStringLiteral("v.level")),
                                 rank.arg(QStringLiteral("v.desired_level")), QLatin1String(kActive));
    auto rows = rowsOf(cx.db, sql, {cx.account});
    if (!rows)
        return rows.status();
    static const char* const levels[] = {"none", "brief", "working", "trusted"};
    for (const QVariantList& row : rows.value()) {
        const int now = std::clamp(row[2].toInt(), 0, 3), wanted = std::clamp(row[3].toInt(), 0, 3);
        const QString message =
            CoreText::tr("The team wants a %1 relationship with %2; the best today is %3.")
                .arg(levelLabel(levels[wanted]), row[1].toString(), levelLabel(levels[now]));
        cx.out.push_back(
            gap(GapKind::CoverageBelowDesired, Severity::Medium, message, "contact", row[0].toString()));
    }
    return {};
}

} // namespace

Result<std::vector<Gap>> findGaps(Database& db, const QString& accountId, const GapOptions& options)
{
    using R = Result<std::vector<Gap>>;
    auto account = rowsOf(db,
                          QStringLiteral("SELECT a.name, m.name FROM accounts a LEFT JOIN members m"
                                         " ON m.id = a.am_id AND m.deleted = 0 WHERE a.id = ?"),
                          {accountId});
    if (!account)
        return account.error();
    if (account.value().empty())
        return R::fail(CoreText::tr("There is no account with id %1.").arg(accountId));

    std::vector<Gap> gaps;
    Context cx{db,
               accountId,
               options,
               options.today.isValid() ? options.today : QDate::currentDate(),
               account.value()[0][0].toString(),
               account.value()[0][1].toString(),
               gaps};
    for (auto rule : {economicBuyers, hostileKeyPeople, singleThreaded, subsidiaries, opportunities,
                      coverageBelowDesired})
        if (Status s = rule(cx); !s)
            return s.error();

    std::stable_sort(gaps.begin(), gaps.end(), [](const Gap& a, const Gap& b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.message < b.message;
    });
    return gaps;
}

QString gapKindKey(GapKind kind)
{
    switch (kind) {
    case GapKind::NoEconomicBuyer:
        return QStringLiteral("no_economic_buyer");
    case GapKind::EconomicBuyerNotCovered:
        return QStringLiteral("economic_buyer_not_covered");
    case GapKind::EconomicBuyerStale:
        return QStringLiteral("economic_buyer_stale");
    case GapKind::HostileKeyPerson:
        return QStringLiteral("hostile_key_person");
    case GapKind::SingleThreaded:
        return QStringLiteral("single_threaded");
    case GapKind::SubsidiaryWithoutContact:
        return QStringLiteral("subsidiary_without_contact");
    case GapKind::OpportunityWithoutChampion:
        return QStringLiteral("opportunity_without_champion");
    case GapKind::CoverageBelowDesired:
        return QStringLiteral("coverage_below_desired");
    }
    return {};
}

} // namespace summit::analysis
