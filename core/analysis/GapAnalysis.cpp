#include "analysis/GapAnalysis.h"
#include "CoreText.h"

#include "model/Schema.h"
#include "store/Database.h"
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
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

// One run of the rules: over one account (its queries are ranges of the account's indexes)
// or over every account at once (each table read once, the rows grouped by account).
struct Context
{
    Database& db;
    const QString& account; // empty: every account
    const GapOptions& options;
    QDate today;
    struct Names
    {
        QString account, manager; // the account manager, if the account has one
    };
    QHash<QString, Names> names; // the accounts in scope
    QStringList order;           // their ids, in the order they were read
    QHash<QString, std::vector<Gap>>& out;

    // " AND <column> = ?" for one account, nothing for all.
    QString scope(const char* column, QVariantList& binds) const
    {
        if (account.isEmpty())
            return {};
        binds << account;
        return QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
    }
    void add(const QString& accountId, Gap g)
    {
        if (names.contains(accountId))
            out[accountId].push_back(std::move(g));
    }
};

QString seenKey(const QString& accountId, const QString& contactId)
{
    return accountId + QLatin1Char('\n') + contactId;
}

// Newest follow-up time per economic buyer of one account among follow-ups in [from, to),
// keyed by account and contact: a range of followup_contacts(account_id, at, contact_id), the
// index alone (a follow-up's people, kept by triggers on followups: schema 14).
Result<QHash<QString, QString>> lastSeen(Context& cx, const QString& accountId, const QString& from,
                                         const QString& to)
{
    QVariantList binds = {from, to};
    const QString sql = QStringLiteral("SELECT x.account_id, x.contact_id, max(x.at) FROM followup_contacts x"
                                       " WHERE x.at >= ? AND x.at < ?%1"
                                       " AND x.contact_id IN (SELECT c.id FROM contacts c WHERE"
                                       "  c.decision_role = 'economic_buyer' AND %2%3)"
                                       " GROUP BY x.account_id, x.contact_id")
                            .arg(accountId.isEmpty() ? QString() : QStringLiteral(" AND x.account_id = ?"),
                                 QLatin1String(kActive),
                                 accountId.isEmpty() ? QString() : QStringLiteral(" AND c.account_id = ?"));
    if (!accountId.isEmpty())
        binds << accountId << accountId;
    auto rows = rowsOf(cx.db, sql, binds);
    if (!rows)
        return rows.error();
    QHash<QString, QString> last;
    for (const QVariantList& row : rows.value())
        last.insert(seenKey(row[0].toString(), row[1].toString()), row[2].toString());
    return last;
}

// Rules 1-3: economic buyers known, covered, and seen lately.
Status economicBuyers(Context& cx)
{
    QVariantList binds;
    const QString sql =
        QStringLiteral("SELECT c.account_id, c.id, c.name, coalesce(c.status, 'active') = 'left',"
                       " EXISTS (SELECT 1 FROM coverage v JOIN members m ON m.id = v.member_id"
                       "  WHERE v.contact_id = c.id AND v.deleted = 0 AND m.deleted = 0"
                       "  AND coalesce(m.status, 'active') <> 'left'"
                       "  AND v.level IN ('brief', 'working', 'trusted'))"
                       " FROM contacts c WHERE c.deleted = 0 AND c.decision_role = 'economic_buyer'%1"
                       " ORDER BY c.name, c.id")
            .arg(cx.scope("c.account_id", binds));
    auto buyers = rowsOf(cx.db, sql, binds);
    if (!buyers)
        return buyers.status();

    struct Buyer
    {
        QString id, name;
    };
    QHash<QString, std::vector<Buyer>> active;
    QHash<QString, QStringList> gone;
    for (const QVariantList& row : buyers.value()) {
        const QString acc = row[0].toString();
        const QString id = row[1].toString();
        const QString name = row[2].toString();
        if (!cx.names.contains(acc))
            continue;
        if (row[3].toBool()) {
            gone[acc] << name;
            continue;
        }
        active[acc].push_back({id, name});
        if (!row[4].toBool()) {
            const QString& manager = cx.names[acc].manager;
            QString message;
            if (manager.isEmpty())
                message = CoreText::tr("Nobody on the team covers %1 (economic buyer); assign "
                                       "someone to build the relationship.")
                              .arg(name);
            else
                message = CoreText::tr("Nobody on the team covers %1 (economic buyer); "
                                       "%2 (account manager) should build the relationship.")
                              .arg(name, manager);
            cx.add(acc, gap(GapKind::EconomicBuyerNotCovered, Severity::High, message, "contact", id));
        }
    }
    for (const QString& acc : cx.order) {
        if (active.contains(acc))
            continue;
        const QStringList left = gone.value(acc);
        const QString message = left.isEmpty()
                                    ? CoreText::tr("No economic buyer is known at %1: nobody is recorded as "
                                                   "the one who approves the budget.")
                                          .arg(cx.names[acc].account)
                                    : CoreText::tr("No economic buyer is known at %1: %2 has left.")
                                          .arg(cx.names[acc].account, left.join(QStringLiteral(", ")));
        cx.add(acc, gap(GapKind::NoEconomicBuyer, Severity::High, message, "account", acc));
    }
    if (active.isEmpty())
        return {};

    // Who was seen within the window. For one account, a short range of the index; only when
    // someone was not is the older history read. For the whole book, every buyer's last
    // follow-up up to today at once, each a lookup by the index's contact_id, split at the
    // window's start (two passes, within the window and before it, cost twice as much).
    // Follow-ups dated after today are plans, not contact.
    const QString cutoff = utcStartOf(cx.today.addDays(-cx.options.staleDays));
    const QString tomorrow = utcStartOf(cx.today.addDays(1));
    QHash<QString, QString> recent, bookOlder;
    if (cx.account.isEmpty()) {
        auto rows =
            rowsOf(cx.db,
                   QStringLiteral("SELECT c.account_id, c.id, (SELECT max(x.at) FROM followup_contacts x"
                                  " WHERE x.contact_id = c.id AND x.account_id = c.account_id AND x.at < ?)"
                                  " FROM contacts c WHERE c.decision_role = 'economic_buyer' AND %1")
                       .arg(QLatin1String(kActive)),
                   {tomorrow});
        if (!rows)
            return rows.status();
        for (const QVariantList& row : rows.value()) {
            if (row[2].isNull())
                continue;
            const QString at = row[2].toString();
            (at >= cutoff ? recent : bookOlder).insert(seenKey(row[0].toString(), row[1].toString()), at);
        }
    } else {
        auto seen = lastSeen(cx, cx.account, cutoff, tomorrow);
        if (!seen)
            return seen.status();
        recent = std::move(seen.value());
    }
    for (const QString& acc : cx.order) {
        const auto it = active.constFind(acc);
        if (it == active.cend())
            continue;
        const std::vector<Buyer>& list = *it;
        if (std::all_of(list.begin(), list.end(),
                        [&](const Buyer& b) { return recent.contains(seenKey(acc, b.id)); }))
            continue;
        QHash<QString, QString> accountOlder;
        if (!cx.account.isEmpty()) {
            auto before = lastSeen(cx, acc, QStringLiteral("0000"), cutoff); // from the beginning
            if (!before)
                return before.status();
            accountOlder = std::move(before.value());
        }
        const QHash<QString, QString>& older = cx.account.isEmpty() ? bookOlder : accountOlder;
        for (const Buyer& b : list) {
            if (recent.contains(seenKey(acc, b.id)))
                continue;
            const auto last = older.constFind(seenKey(acc, b.id));
            // The count is a plain variable: lupdate (Qt 6.4) hangs on a call with
            // several arguments inside translate()'s argument list.
            const int days = last == older.cend() ? 0 : int(daysSince(*last, cx.today));
            const QString message =
                last == older.cend()
                    ? CoreText::tr("%1 (economic buyer) has never been contacted: no follow-up names them.")
                          .arg(b.name)
                    : CoreText::tr("%1 (economic buyer) has not been contacted for %n day(s).", nullptr, days)
                          .arg(b.name);
            cx.add(acc, gap(GapKind::EconomicBuyerStale, Severity::High, message, "contact", b.id));
        }
    }
    return {};
}

// Rule 4: influential people against us.
Status hostileKeyPeople(Context& cx)
{
    QVariantList binds = {cx.options.hostileInfluence};
    const QString sql =
        QStringLiteral("SELECT c.account_id, c.id, c.name, c.influence, c.stance = 'opponent',"
                       " c.decision_role = 'blocker' FROM contacts c WHERE %1"
                       " AND c.influence >= ? AND (c.stance = 'opponent' OR c.decision_role = 'blocker')%2"
                       " ORDER BY c.name, c.id")
            .arg(QLatin1String(kActive), cx.scope("c.account_id", binds));
    auto rows = rowsOf(cx.db, sql, binds);
    if (!rows)
        return rows.status();
    for (const QVariantList& row : rows.value()) {
        const QString name = row[2].toString();
        const QString influence = row[3].toString();
        const bool opponent = row[4].toBool();
        const bool blocker = row[5].toBool();
        const QString message =
            opponent && blocker
                ? CoreText::tr("%1 (influence %2 of 5) opposes us and can block the decision.")
                      .arg(name, influence)
            : opponent ? CoreText::tr("%1 (influence %2 of 5) opposes us.").arg(name, influence)
                       : CoreText::tr("%1 (influence %2 of 5) can block the decision.").arg(name, influence);
        cx.add(row[0].toString(),
               gap(GapKind::HostileKeyPerson, Severity::High, message, "contact", row[1].toString()));
    }
    return {};
}

// Rule 5: how many people the team has actually talked to lately: the people of the
// follow-ups in the window (followup_contacts), only those still known (not in the trash,
// not left). For one account, a range of its index and the first two by name. For every
// account, each account's range of the index, its people looked up one by one until two
// known ones are found: most accounts need two lookups, where joining every pair to its
// contact row cost 0.4 s on the large set.
Status singleThreaded(Context& cx)
{
    const int days = cx.options.threadDays;
    const QString from = utcStartOf(cx.today.addDays(-days)), to = utcStartOf(cx.today.addDays(1));
    using Person = std::pair<QString, QString>;  // id, name
    QHash<QString, std::vector<Person>> engaged; // up to two known people an account
    if (!cx.account.isEmpty()) {
        auto rows = rowsOf(cx.db,
                           QStringLiteral("SELECT DISTINCT c.id, c.name FROM followup_contacts x"
                                          " CROSS JOIN contacts c ON c.id = x.contact_id"
                                          " WHERE x.account_id = ? AND x.at >= ? AND x.at < ?"
                                          " AND c.account_id = ? AND %1 ORDER BY c.name, c.id LIMIT 2")
                               .arg(QLatin1String(kActive)),
                           {cx.account, from, to, cx.account});
        if (!rows)
            return rows.status();
        for (const QVariantList& row : rows.value())
            engaged[cx.account].emplace_back(row[0].toString(), row[1].toString());
    } else {
        // Each live account's range of followup_contacts_account_at, stepped through without
        // DISTINCT (a sort of every pair in the window cost 0.4 s): the first two known people
        // end an account's lookups, and a person is looked up once per account.
        Statement& pairs = cx.db.fast(
            QStringLiteral("SELECT a.id, x.contact_id FROM accounts a CROSS JOIN followup_contacts x"
                           " ON x.account_id = a.id WHERE a.deleted = 0 AND x.at >= ? AND x.at < ?"));
        Statement& known = cx.db.fast(
            QStringLiteral("SELECT c.name FROM contacts c WHERE c.id = ? AND c.account_id = ? AND %1")
                .arg(QLatin1String(kActive)));
        pairs.bind(1, from).bind(2, to);
        QString acc;
        QByteArray accBytes; // `acc` as stored: 190,000 rows compared without making a string each
        std::vector<Person>* list = nullptr;
        QSet<QString> tried; // the people of `acc` looked up so far
        while (pairs.step()) {
            const QByteArrayView rowAccount = pairs.utf8(0);
            if (list == nullptr || rowAccount != accBytes) {
                accBytes = rowAccount.toByteArray();
                acc = QString::fromUtf8(accBytes);
                list = &engaged[acc];
                tried.clear();
            }
            if (list->size() >= 2)
                continue;
            const QString contact = pairs.text(1);
            if (tried.contains(contact))
                continue;
            tried.insert(contact);
            known.bind(1, contact).bind(2, acc);
            if (known.step())
                list->emplace_back(contact, known.text(0));
            known.reset();
        }
        const QString error = pairs.error();
        pairs.reset();
        if (!error.isEmpty())
            return Status::fail(error);
    }
    for (const QString& acc : cx.order) {
        const std::vector<Person> list = engaged.value(acc);
        if (list.empty())
            cx.add(acc, gap(GapKind::SingleThreaded, Severity::Medium,
                            CoreText::tr("No contact has been engaged in the last %n day(s).", nullptr, days),
                            "account", acc));
        else if (list.size() == 1)
            cx.add(acc, gap(GapKind::SingleThreaded, Severity::Medium,
                            CoreText::tr(
                                "Only %1 has been engaged in the last %n day(s); the relationship hangs on "
                                "one person.",
                                nullptr, days)
                                .arg(list[0].second),
                            "contact", list[0].first));
    }
    return {};
}

// Rule 6: subsidiaries where nobody is known, in the unit or any unit below it. Each unit of
// the tree looks up its contacts (by org_unit_id), rather than SQLite scanning every contact
// of the database against the tree (0.13 s an account on the benchmark set). Only the
// subsidiaries with nobody in the unit itself have their trees walked: most have someone, and
// walking every subsidiary's tree cost four times as long on the large set.
Status subsidiaries(Context& cx)
{
    QVariantList binds;
    const QString inner = cx.scope("s.account_id", binds);
    const QString sql =
        QStringLiteral("WITH RECURSIVE bare(id) AS ("
                       " SELECT s.id FROM org_units s WHERE s.deleted = 0 AND s.kind = 'subsidiary'%2"
                       " AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.org_unit_id = s.id AND %1)),"
                       " tree(root, id) AS (SELECT id, id FROM bare"
                       " UNION SELECT tree.root, u.id FROM tree JOIN org_units u ON u.parent_id = tree.id"
                       " WHERE u.deleted = 0)"
                       " SELECT s.account_id, s.id, s.name FROM org_units s WHERE s.id IN bare"
                       " AND s.id NOT IN (SELECT tree.root FROM tree"
                       " WHERE EXISTS (SELECT 1 FROM contacts c WHERE c.org_unit_id = tree.id AND %1))"
                       " ORDER BY s.name, s.id")
            .arg(QLatin1String(kActive), inner);
    auto rows = rowsOf(cx.db, sql, binds);
    if (!rows)
        return rows.status();
    for (const QVariantList& row : rows.value())
        cx.add(row[0].toString(), gap(GapKind::SubsidiaryWithoutContact, Severity::Medium,
                                      CoreText::tr("Nobody is known at %1 (subsidiary) or any unit under it.")
                                          .arg(row[2].toString()),
                                      "org_unit", row[1].toString()));
    return {};
}

// Rule 7: open opportunities whose buying center has no champion, by role or by stance.
Status opportunities(Context& cx)
{
    QVariantList binds;
    const QString sql =
        QStringLiteral(
            "SELECT o.account_id, o.id, o.name, (SELECT count(*) FROM buying_roles b JOIN contacts c ON "
            "c.id = b.contact_id WHERE b.opportunity_id = o.id AND b.deleted = 0 AND %1)"
            " FROM opportunities o WHERE o.deleted = 0%2"
            " AND coalesce(o.status, 'open') = 'open'"
            " AND NOT EXISTS (SELECT 1 FROM buying_roles b JOIN contacts c ON c.id = b.contact_id"
            "  WHERE b.opportunity_id = o.id AND b.deleted = 0 AND %1"
            "  AND (b.role = 'champion' OR c.stance = 'champion'))"
            " ORDER BY o.name, o.id")
            .arg(QLatin1String(kActive), cx.scope("o.account_id", binds));
    auto rows = rowsOf(cx.db, sql, binds);
    if (!rows)
        return rows.status();
    for (const QVariantList& row : rows.value()) {
        const QString name = row[2].toString();
        const QString message =
            row[3].toLongLong() == 0
                ? CoreText::tr("Opportunity %1 has no buying center yet, so no champion.").arg(name)
                : CoreText::tr("Opportunity %1 has no champion in its buying center.").arg(name);
        cx.add(row[0].toString(), gap(GapKind::OpportunityWithoutChampion, Severity::High, message,
                                      "opportunity", row[1].toString()));
    }
    return {};
}

// Rule 7: people the team wants to know better than anyone does now
// (coverage.desired_level above the best current level of an active member).
Status coverageBelowDesired(Context& cx)
{
    QVariantList binds;
    const QString rank = QStringLiteral("CASE %1 WHEN 'brief' THEN 1 WHEN 'working' THEN 2"
                                        " WHEN 'trusted' THEN 3 ELSE 0 END");
    const QString sql =
        QStringLiteral("SELECT c.account_id, c.id, c.name, max(%1), max(%2) FROM contacts c"
                       " JOIN coverage v ON v.contact_id = c.id AND v.deleted = 0"
                       " JOIN members m ON m.id = v.member_id AND m.deleted = 0"
                       "  AND coalesce(m.status, 'active') <> 'left'"
                       " WHERE %3%4 GROUP BY c.id HAVING max(%2) > max(%1)"
                       " ORDER BY c.name, c.id")
            .arg(rank.arg(QStringLiteral("v.level")), rank.arg(QStringLiteral("v.desired_level")),
                 QLatin1String(kActive), cx.scope("c.account_id", binds));
    // Thousands of rows on a large book: read on the C API, the words looked up once.
    const QString labels[] = {levelLabel("none"), levelLabel("brief"), levelLabel("working"),
                              levelLabel("trusted")};
    const QString pattern = CoreText::tr("The team wants a %1 relationship with %2; the best today is %3.");
    return cx.db.scan(sql, binds, [&](const Statement& row) {
        const qint64 now = std::clamp<qint64>(row.integer(3), 0, 3);
        const qint64 wanted = std::clamp<qint64>(row.integer(4), 0, 3);
        cx.add(row.text(0),
               gap(GapKind::CoverageBelowDesired, Severity::Medium,
                   pattern.arg(labels[wanted], row.text(2), labels[now]), "contact", row.text(1)));
    });
}

// The gaps of the account, or of every live account when `accountId` is empty, each list sorted.
Result<QHash<QString, std::vector<Gap>>> run(Database& db, const QString& accountId,
                                             const GapOptions& options)
{
    using R = Result<QHash<QString, std::vector<Gap>>>;
    auto accounts =
        rowsOf(db,
               accountId.isEmpty()
                   ? QStringLiteral("SELECT a.id, a.name, m.name FROM accounts a LEFT JOIN members m"
                                    " ON m.id = a.am_id AND m.deleted = 0 WHERE a.deleted = 0 ORDER BY a.id")
                   : QStringLiteral("SELECT a.id, a.name, m.name FROM accounts a LEFT JOIN members m"
                                    " ON m.id = a.am_id AND m.deleted = 0 WHERE a.id = ?"),
               accountId.isEmpty() ? QVariantList{} : QVariantList{accountId});
    if (!accounts)
        return accounts.error();
    if (!accountId.isEmpty() && accounts.value().empty())
        return R::fail(CoreText::tr("There is no account with id %1.").arg(accountId));

    QHash<QString, std::vector<Gap>> gaps;
    Context cx{db, accountId, options, options.today.isValid() ? options.today : QDate::currentDate(),
               {}, {},        gaps};
    for (const QVariantList& row : accounts.value()) {
        cx.names.insert(row[0].toString(), {row[1].toString(), row[2].toString()});
        cx.order << row[0].toString();
        gaps.insert(row[0].toString(), {});
    }
    for (auto rule : {economicBuyers, hostileKeyPeople, singleThreaded, subsidiaries, opportunities,
                      coverageBelowDesired})
        if (Status s = rule(cx); !s)
            return s.error();

    for (std::vector<Gap>& list : gaps)
        std::stable_sort(list.begin(), list.end(), [](const Gap& a, const Gap& b) {
            if (a.severity != b.severity)
                return a.severity < b.severity;
            if (a.kind != b.kind)
                return a.kind < b.kind;
            return a.message < b.message;
        });
    return gaps;
}

} // namespace

Result<std::vector<Gap>> findGaps(Database& db, const QString& accountId, const GapOptions& options)
{
    auto gaps = run(db, accountId, options);
    if (!gaps)
        return gaps.error();
    return gaps.value().value(accountId);
}

Result<QHash<QString, std::vector<Gap>>> findGapsAll(Database& db, const GapOptions& options)
{
    return run(db, QString(), options);
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
