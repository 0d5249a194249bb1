#include "analysis/AccountScores.h"
#include "CoreText.h"

#include "analysis/GapAnalysis.h"
#include "model/Display.h"
#include "model/Schema.h"
#include "store/Database.h"
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTime>
#include <algorithm>
#include <cmath>
#include <optional>

namespace summit::analysis {

namespace {

// A contract that was signed and stands, in CNY (as AccountCommerce counts them).
const char* const kSigned = "coalesce(c.status, 'signed') IN ('signed', 'active', 'expired')";
const char* const kCny = "coalesce(nullif(c.currency, ''), 'CNY') = 'CNY'";
// The decision roles the relationship component looks for.
const char* const kKeyRoles[] = {"economic_buyer", "technical_buyer", "user_buyer", "champion"};

QString isoDay(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QString utcStartOf(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

// Everything the tier and the health of one account are computed from.
struct Inputs
{
    QString id, name, tier, potential, tierReason;
    qint64 revenue = 0, priorRevenue = 0; // the last 12 months, the 12 before
    QDate lastContract;                   // RFM: the last contract signed in 24 months (invalid: none)
    int contracts24m = 0;                 // RFM: contracts signed in 24 months
    qint64 revenue24m = 0;                // RFM: their CNY
    int interactions = 0, points = 0;     // the last three months
    QString lastFollowUp;                 // UTC time of the newest follow-up not after today
    QSet<QString> roles;                  // key decision roles held by active contacts
    int rolePeople = 0, roleCovered = 0, champions = 0, opponents = 0;
    QStringList keyPeopleLeft;
    bool commerce = false;
    int overdue = 0, longestOverdue = 0;
    qint64 overdueAmount = 0;
    int renewalsDue = 0, openOpportunities = 0;
    bool service = false;
    int openSevere = 0, responded = 0;
    double responseHours = 0;
    std::optional<int> csat, nps;
};

struct Gathered
{
    model::AccountModel model;
    QDate today;
    std::vector<Inputs> accounts; // by name
    std::vector<qint64> revenues; // every live account's revenue > 0, descending
    qint64 accountCount = 0;      // live accounts: the rank's denominator
};

// " AND <column> = ?" for one account, nothing for all.
QString scope(const QString& accountId, const char* column, QVariantList& binds)
{
    if (accountId.isEmpty())
        return {};
    binds << accountId;
    return QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
}

Result<Gathered> gather(Database& db, const QString& accountId, const QDate& today)
{
    Gathered g;
    g.today = today;
    auto model = loadAccountModel(db);
    if (!model)
        return model.error();
    g.model = model.value();
    const model::AccountModel& m = g.model;

    QVariantList binds;
    auto accounts = db.rows(
        QStringLiteral("SELECT id, name, coalesce(tier, ''), coalesce(potential, ''), "
                       "coalesce(tier_reason, '') FROM accounts WHERE deleted = 0%1 ORDER BY name, id")
            .arg(scope(accountId, "id", binds)),
        binds);
    if (!accounts)
        return accounts.error();
    if (!accountId.isEmpty() && accounts.value().empty())
        return Result<Gathered>::fail(CoreText::tr("No account with id %1.").arg(accountId));
    QHash<QString, size_t> index;
    for (const QVariantList& r : accounts.value()) {
        Inputs in;
        in.id = r[0].toString();
        in.name = r[1].toString();
        in.tier = r[2].toString();
        in.potential = r[3].toString();
        in.tierReason = r[4].toString();
        index.insert(in.id, g.accounts.size());
        g.accounts.push_back(std::move(in));
    }
    // Each row of `sql` given to its account (the first column), read on the C API: as value
    // lists, the 27,000 people of the large set alone cost 0.1 s. Rows come mostly grouped by
    // account, so the last account found is tried first.
    auto each = [&](const QString& sql, const QVariantList& b,
                    const std::function<void(Inputs&, const Statement&)>& take) -> Status {
        QByteArray lastId;
        Inputs* last = nullptr;
        return db.scan(sql, b, [&](const Statement& r) {
            const QByteArrayView id = r.utf8(0);
            if (last == nullptr || id != lastId) {
                const auto it = index.constFind(QString::fromUtf8(id));
                if (it == index.cend())
                    return;
                lastId = id.toByteArray();
                last = &g.accounts[*it];
            }
            take(*last, r);
        });
    };

    const QString todayText = isoDay(today);
    // Revenue of every live account: the rank needs all of them.
    {
        auto rows = revenueByAccount(db, m, today);
        if (!rows)
            return rows.error();
        for (const AccountRevenue& r : rows.value()) {
            if (r.revenue > 0)
                g.revenues.push_back(r.revenue);
            auto it = index.find(r.accountId);
            if (it != index.end()) {
                g.accounts[*it].revenue = r.revenue;
                g.accounts[*it].priorRevenue = r.prior;
            }
        }
        std::sort(g.revenues.begin(), g.revenues.end(), std::greater<>());
        g.accountCount = std::max<qint64>(
            qint64(g.revenues.size()),
            db.scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE deleted = 0")).toLongLong());
    }

    // RFM: contracts signed in the 24 months up to today, whatever the revenue basis (a purchase is a
    // contract).
    binds = {isoDay(today.addMonths(-24)), todayText};
    if (Status rs = each(
            QStringLiteral("SELECT c.account_id, max(c.signed_on), count(*), sum(coalesce(c.amount, 0)) "
                           "FROM contracts c WHERE c.deleted = 0 AND %1 AND %2 AND c.signed_on > ? AND "
                           "c.signed_on <= ?%3 GROUP BY c.account_id")
                .arg(QLatin1String(kSigned), QLatin1String(kCny), scope(accountId, "c.account_id", binds)),
            binds,
            [](Inputs& in, const Statement& r) {
                in.lastContract = QDate::fromString(r.text(1), Qt::ISODate);
                in.contracts24m = int(r.integer(2));
                in.revenue24m = r.integer(3);
            });
        !rs)
        return rs;

    // Activity: follow-ups on local dates after today − 3 months, not after today.
    const QString activityFrom = utcStartOf(today.addMonths(-3).addDays(1));
    const QString tomorrow = utcStartOf(today.addDays(1));
    // Account by account, each a range of followups_account_at, which holds the type (schema 12):
    // the index alone answers, where a range of followups_at would read every row of the table.
    // The points are summed in the query (a CASE of the model's points by type, 1 for the rest),
    // so the groups follow the index and need no sort: grouping by type too cost 0.1 s.
    QString points = QStringLiteral("CASE f.type");
    binds = {};
    for (const auto& [type, value] : m.points) {
        points += QStringLiteral(" WHEN ? THEN ?");
        binds << type << value;
    }
    points = binds.isEmpty() ? QStringLiteral("1") : points + QStringLiteral(" ELSE 1 END");
    binds << activityFrom << tomorrow;
    Status s =
        each(QStringLiteral("SELECT a.id, count(*), sum(%1) FROM accounts a CROSS JOIN followups f "
                            "ON f.account_id = a.id WHERE a.deleted = 0 AND f.deleted = 0 AND f.at >= ? "
                            "AND f.at < ?%2 GROUP BY a.id")
                 .arg(points, scope(accountId, "a.id", binds)),
             binds, [&](Inputs& in, const Statement& r) {
                 in.interactions += int(r.integer(1));
                 in.points += int(r.integer(2));
             });
    if (!s)
        return s;
    binds = {tomorrow};
    // Each account's newest follow-up: a step back from its end of followups_account_at.
    s = each(QStringLiteral("SELECT a.id, (SELECT max(f.at) FROM followups f WHERE f.account_id = a.id AND "
                            "f.deleted = 0 AND f.at < ?) FROM accounts a WHERE a.deleted = 0%1")
                 .arg(scope(accountId, "a.id", binds)),
             binds, [](Inputs& in, const Statement& r) {
                 if (!r.isNull(1))
                     in.lastFollowUp = r.text(1);
             });
    if (!s)
        return s;

    // People: key roles, coverage of the people in decision roles, champions
    // against opponents, key people (a decision role or influence 4+) who left
    // in the last 12 months. Only the people that count for one of these are
    // read, and who is covered is read once: a coverage lookup and a sort by
    // name for every contact cost 0.4 s on the large set.
    QSet<QString> covered; // people a member still with the team knows at least in brief
    binds = {};
    {
        Status read = db.scan(
            QStringLiteral(
                "SELECT DISTINCT v.contact_id FROM coverage v JOIN members mm ON mm.id = v.member_id "
                "WHERE v.deleted = 0 AND mm.deleted = 0 AND coalesce(mm.status, 'active') <> 'left' "
                "AND v.level IN ('brief', 'working', 'trusted')%1")
                .arg(accountId.isEmpty()
                         ? QString()
                         : QStringLiteral(
                               " AND v.contact_id IN (SELECT id FROM contacts WHERE account_id = ?)")),
            accountId.isEmpty() ? QVariantList{} : QVariantList{accountId},
            [&](const Statement& r) { covered.insert(r.text(0)); });
        if (!read)
            return read;
    }
    s = each(
        QStringLiteral(
            "SELECT c.account_id, coalesce(c.decision_role, ''), coalesce(c.stance, ''), "
            "coalesce(c.status, 'active') = 'left', coalesce(c.left_on, ''), coalesce(c.influence, 0), "
            "c.name, c.id FROM contacts c WHERE c.deleted = 0 AND (coalesce(c.decision_role, '') <> '' OR "
            "coalesce(c.influence, 0) >= 4 OR c.stance IN ('champion', 'supporter', 'opponent'))%1")
            .arg(scope(accountId, "c.account_id", binds)),
        binds, [&](Inputs& in, const Statement& r) {
            const QString role = r.text(1), stance = r.text(2);
            const bool key = !role.isEmpty() || r.integer(5) >= 4;
            if (r.integer(3) != 0) {
                const QDate leftOn = QDate::fromString(r.text(4), Qt::ISODate);
                if (key && (!leftOn.isValid() || leftOn > today.addMonths(-12)))
                    in.keyPeopleLeft << r.text(6);
                return;
            }
            for (const char* k : kKeyRoles)
                if (role == QLatin1String(k))
                    in.roles.insert(role);
            if (!role.isEmpty()) {
                ++in.rolePeople;
                in.roleCovered += covered.contains(r.text(7)) ? 1 : 0;
            }
            if (stance == QLatin1String("champion") || stance == QLatin1String("supporter") ||
                role == QLatin1String("champion"))
                ++in.champions;
            else if (stance == QLatin1String("opponent") || role == QLatin1String("blocker"))
                ++in.opponents;
        });
    if (!s)
        return s;
    for (Inputs& in : g.accounts)
        in.keyPeopleLeft.sort(); // named in the reason in the order of their names

    // Commerce: any contract, overdue receivables, renewals due, open opportunities.
    binds = {};
    s = each(QStringLiteral("SELECT account_id FROM contracts WHERE deleted = 0%1 GROUP BY account_id")
                 .arg(scope(accountId, "account_id", binds)),
             binds, [](Inputs& in, const Statement&) { in.commerce = true; });
    if (!s)
        return s;
    binds = {todayText};
    s = each(
        QStringLiteral("SELECT r.account_id, r.due_on, r.amount_due, coalesce(r.amount_received, 0) FROM "
                       "receivables r JOIN contracts c ON c.id = r.contract_id AND c.deleted = 0 WHERE "
                       "r.deleted = 0 AND %1 AND r.due_on < ? AND coalesce(r.amount_received, 0) < "
                       "r.amount_due%2")
            .arg(QLatin1String(kCny), scope(accountId, "r.account_id", binds)),
        binds, [&](Inputs& in, const Statement& r) {
            ++in.overdue;
            in.overdueAmount += r.integer(2) - r.integer(3);
            in.longestOverdue =
                std::max(in.longestOverdue, int(QDate::fromString(r.text(1), Qt::ISODate).daysTo(today)));
        });
    if (!s)
        return s;
    binds = {todayText, isoDay(today.addDays(90))};
    s = each(
        QStringLiteral("SELECT c.account_id, count(*) FROM contracts c WHERE c.deleted = 0 AND "
                       "coalesce(c.status, 'signed') IN ('signed', 'active') AND c.end_on >= ? AND "
                       "c.end_on <= ? AND NOT EXISTS (SELECT 1 FROM contracts n WHERE n.renews_id = c.id "
                       "AND n.deleted = 0 AND coalesce(n.status, 'signed') <> 'terminated')%1 "
                       "GROUP BY c.account_id")
            .arg(scope(accountId, "c.account_id", binds)),
        binds, [](Inputs& in, const Statement& r) { in.renewalsDue = int(r.integer(1)); });
    if (!s)
        return s;
    binds = {};
    s = each(QStringLiteral("SELECT account_id, count(*) FROM opportunities WHERE deleted = 0 AND "
                            "coalesce(status, 'open') = 'open'%1 GROUP BY account_id")
                 .arg(scope(accountId, "account_id", binds)),
             binds, [](Inputs& in, const Statement& r) { in.openOpportunities = int(r.integer(1)); });
    if (!s)
        return s;

    // Service: open severe requests; first responses to requests opened in the
    // last 12 months; the latest CSAT and NPS answers.
    const QString serviceFrom = utcStartOf(today.addMonths(-12).addDays(1));
    binds = {serviceFrom, serviceFrom};
    s = each(QStringLiteral(
                 "SELECT account_id, count(*), coalesce(sum(severity IN ('high', 'critical') AND "
                 "coalesce(resolved_at, '') = ''), 0), coalesce(sum(opened_at >= ? AND "
                 "coalesce(first_response_at, '') <> ''), 0), coalesce(sum(CASE WHEN opened_at >= ? AND "
                 "coalesce(first_response_at, '') <> '' THEN (julianday(first_response_at) - "
                 "julianday(opened_at)) * 24 END), 0) FROM service_requests WHERE deleted = 0%1 "
                 "GROUP BY account_id")
                 .arg(scope(accountId, "account_id", binds)),
             binds, [](Inputs& in, const Statement& r) {
                 in.service = r.integer(1) > 0;
                 in.openSevere = int(r.integer(2));
                 in.responded = int(r.integer(3));
                 in.responseHours = r.real(4);
             });
    if (!s)
        return s;
    binds = {todayText};
    s = each(QStringLiteral("SELECT account_id, csat, nps FROM satisfaction_surveys WHERE deleted = 0 AND "
                            "surveyed_on <= ?%1 ORDER BY account_id, surveyed_on, id")
                 .arg(scope(accountId, "account_id", binds)),
             binds, [](Inputs& in, const Statement& r) {
                 in.service = true;
                 if (!r.isNull(1))
                     in.csat = int(r.integer(1));
                 if (!r.isNull(2))
                     in.nps = int(r.integer(2));
             });
    if (!s)
        return s;
    return g;
}

QString tierOf(qint64 value, qint64 a, qint64 b)
{
    return value >= a ? QStringLiteral("A") : value >= b ? QStringLiteral("B") : QStringLiteral("C");
}

int tierPoints(const QString& tier)
{
    return tier == QLatin1String("A") ? 3 : tier == QLatin1String("B") ? 2 : 1;
}

TierAssessment tierFrom(const Gathered& g, const Inputs& in)
{
    const model::AccountModel& m = g.model;
    TierAssessment t;
    t.accountId = in.id;
    t.accountName = in.name;
    t.current = in.tier;
    t.overrideReason = in.tierReason;
    t.revenue = in.revenue;
    t.interactions = in.interactions;
    t.activityPoints = in.points;
    t.potential = in.potential;
    if (in.revenue > 0) {
        // Rank 1 is the largest revenue, among all the team's accounts; "top N %" rounds up,
        // so the first of 100 accounts is the top 1 %.
        const auto above =
            std::upper_bound(g.revenues.begin(), g.revenues.end(), in.revenue, std::greater<>());
        const qint64 rank = std::max<qint64>(1, above - g.revenues.begin());
        t.revenueTopPercent = int((rank * 100 + g.accountCount - 1) / g.accountCount);
    }
    QString potentialTier;
    if (in.potential == QLatin1String("high"))
        potentialTier = QStringLiteral("A");
    else if (in.potential == QLatin1String("medium"))
        potentialTier = QStringLiteral("B");
    else if (in.potential == QLatin1String("low"))
        potentialTier = QStringLiteral("C");
    t.criteria = {
        {QStringLiteral("revenue"), tierOf(in.revenue, m.tierARevenue, m.tierBRevenue), m.weightRevenue},
        {QStringLiteral("activity"), tierOf(in.points, m.tierAActivity, m.tierBActivity), m.weightActivity},
        {QStringLiteral("potential"), potentialTier, m.weightPotential}};
    // RFM, when the team weighs it: each of recency, frequency and monetary gives A, B or C,
    // and their mean the criterion's tier.
    const int rfmDays = in.lastContract.isValid() ? int(in.lastContract.daysTo(g.today)) : -1;
    if (m.weightRfm > 0) {
        const int recency = rfmDays < 0 ? 1 : rfmDays <= m.rfmRecencyA ? 3 : rfmDays <= m.rfmRecencyB ? 2 : 1;
        const int frequency = in.contracts24m >= m.rfmFrequencyA   ? 3
                              : in.contracts24m >= m.rfmFrequencyB ? 2
                                                                   : 1;
        const int monetary = tierPoints(tierOf(in.revenue24m, 2 * m.tierARevenue, 2 * m.tierBRevenue));
        const double mean = (recency + frequency + monetary) / 3.0;
        t.criteria.push_back({QStringLiteral("rfm"),
                              mean >= 2.5 - 1e-9   ? QStringLiteral("A")
                              : mean >= 1.5 - 1e-9 ? QStringLiteral("B")
                                                   : QStringLiteral("C"),
                              m.weightRfm});
    }
    double sum = 0, weights = 0;
    for (const TierCriterion& c : t.criteria)
        if (!c.tier.isEmpty() && c.weight > 0) {
            sum += c.weight * tierPoints(c.tier);
            weights += c.weight;
        }
    t.score = weights > 0 ? sum / weights : tierPoints(t.criteria.front().tier);
    // Compared with a little slack so that 2.4999… from the division is still 2.5.
    t.figures = t.score >= 2.5 - 1e-9   ? QStringLiteral("A")
                : t.score >= 1.5 - 1e-9 ? QStringLiteral("B")
                                        : QStringLiteral("C");
    t.computed = in.tier == QLatin1String("S") ? QStringLiteral("S") : t.figures;

    QStringList parts;
    const QString money = model::formatMoneyCompact(in.revenue);
    QString revenue = m.revenueBasis == model::AccountModel::RevenueBasis::Received
                          ? CoreText::tr("received %1 in the last 12 months").arg(money)
                          : CoreText::tr("signed %1 in the last 12 months").arg(money);
    if (t.revenueTopPercent > 0)
        revenue += CoreText::tr(" (top %1 %)").arg(t.revenueTopPercent);
    parts << revenue
          << CoreText::tr("%n interaction(s) in the last 3 months (%1 points)", nullptr, in.interactions)
                 .arg(in.points)
          << (in.potential.isEmpty()
                  ? CoreText::tr("potential not rated")
                  : CoreText::tr("potential %1").arg(model::enumLabel(u"potential", in.potential).toLower()));
    if (m.weightRfm > 0)
        parts << (rfmDays < 0 ? CoreText::tr("RFM: no contract in 24 months")
                              : CoreText::tr("RFM: last contract %1 days ago, %2 in 24 months for %3")
                                    .arg(rfmDays)
                                    .arg(in.contracts24m)
                                    .arg(model::formatMoneyCompact(in.revenue24m)));
    const QString figures = CoreText::tr("%1: %2").arg(t.figures, parts.join(CoreText::tr(", ")));
    t.reason = t.computed == QLatin1String("S")
                   ? CoreText::tr("S: marked strategic by hand; the figures give %1").arg(figures)
                   : figures;
    return t;
}

HealthComponent component(const char* key, int weight)
{
    HealthComponent c;
    c.key = QString::fromLatin1(key);
    c.weight = weight;
    return c;
}

HealthAssessment healthFrom(const Gathered& g, const Inputs& in, const TierAssessment& tier,
                            const std::vector<Gap>& gaps, const QDate& today)
{
    const model::AccountModel& m = g.model;
    HealthAssessment h;
    h.accountId = in.id;
    h.accountName = in.name;
    h.tier = in.tier.isEmpty() ? tier.figures : in.tier;

    // Engagement: days since the last follow-up against the tier's cadence.
    HealthComponent engagement = component("engagement", m.healthEngagement);
    const int cadence = m.cadenceOf(h.tier);
    QDateTime last = QDateTime::fromString(in.lastFollowUp, Qt::ISODateWithMs);
    if (!last.isValid())
        last = QDateTime::fromString(in.lastFollowUp, Qt::ISODate);
    const QString expects = CoreText::tr("tier %1 expects one every %n day(s)", nullptr, cadence).arg(h.tier);
    if (!last.isValid()) {
        engagement.reasons << CoreText::tr("No follow-up recorded; %1.").arg(expects);
    } else {
        const int days = int(last.toLocalTime().date().daysTo(today));
        engagement.fraction = days <= cadence ? 1.0 : days <= 2 * cadence ? 0.5 : 0.0;
        engagement.reasons << CoreText::tr("Last follow-up %n day(s) ago; %1.", nullptr, days).arg(expects);
    }

    // Relationships: four rules of a quarter each.
    HealthComponent relationship = component("relationship", m.healthRelationship);
    QStringList missing;
    for (const char* k : kKeyRoles)
        if (!in.roles.contains(QLatin1String(k)))
            missing << model::enumLabel(u"decision_role", QString::fromLatin1(k));
    const int present = 4 - int(missing.size());
    relationship.fraction += 0.25 * present / 4.0;
    relationship.reasons
        << (missing.isEmpty()
                ? CoreText::tr("Every key role is known (economic, technical and user buyer, champion).")
                : CoreText::tr("%1 of 4 key roles known; missing: %2.")
                      .arg(present)
                      .arg(missing.join(CoreText::tr(", "))));
    if (in.rolePeople > 0) {
        relationship.fraction += 0.25 * in.roleCovered / in.rolePeople;
        relationship.reasons << CoreText::tr("%1 of %2 people in decision roles are covered by the team.")
                                    .arg(in.roleCovered)
                                    .arg(in.rolePeople);
    } else {
        relationship.reasons << CoreText::tr("Nobody in a decision role is known.");
    }
    if (in.champions + in.opponents > 0)
        relationship.fraction += 0.25 * in.champions / (in.champions + in.opponents);
    else
        relationship.fraction += 0.125;
    relationship.reasons << CoreText::tr("Champions and supporters: %1; opponents and blockers: %2.")
                                .arg(in.champions)
                                .arg(in.opponents);
    const qsizetype left = in.keyPeopleLeft.size();
    relationship.fraction += left == 0 ? 0.25 : left == 1 ? 0.125 : 0.0;
    relationship.reasons << (left == 0 ? CoreText::tr("No key person left in the last 12 months.")
                                       : CoreText::tr("Key people who left in the last 12 months: %1.")
                                             .arg(in.keyPeopleLeft.join(CoreText::tr(", "))));

    // Commercial: the revenue trend, overdue receivables, renewals; a third each.
    HealthComponent commercial = component("commercial", m.healthCommercial);
    commercial.measured = in.commerce;
    if (!in.commerce) {
        commercial.reasons << CoreText::tr("No contracts: not scored.");
    } else {
        double trend = 0;
        if (in.priorRevenue == 0)
            trend = in.revenue > 0 ? 1.0 : 0.0;
        else
            trend = in.revenue >= in.priorRevenue ? 1.0 : in.revenue * 5 >= in.priorRevenue * 4 ? 0.5 : 0.0;
        commercial.fraction += trend / 3;
        commercial.reasons << CoreText::tr("12-month revenue %1 against %2 in the 12 months before.")
                                  .arg(model::formatMoneyCompact(in.revenue),
                                       model::formatMoneyCompact(in.priorRevenue));
        if (in.overdue == 0) {
            commercial.fraction += 1.0 / 3;
            commercial.reasons << CoreText::tr("No receivable is overdue.");
        } else {
            commercial.fraction += in.longestOverdue <= 30 ? 0.5 / 3 : 0.0;
            commercial.reasons << CoreText::tr(
                                      "%n receivable(s) overdue, %1 outstanding, the longest %2 days.",
                                      nullptr, in.overdue)
                                      .arg(model::formatMoneyCompact(in.overdueAmount))
                                      .arg(in.longestOverdue);
        }
        if (in.renewalsDue == 0) {
            commercial.fraction += 1.0 / 3;
            commercial.reasons << CoreText::tr("No contract ends within 90 days without a renewal.");
        } else if (in.openOpportunities > 0) {
            commercial.fraction += 0.5 / 3;
            commercial.reasons << CoreText::tr("%n contract(s) end within 90 days without a renewal; an "
                                               "opportunity is open.",
                                               nullptr, in.renewalsDue);
        } else {
            commercial.reasons << CoreText::tr(
                "%n contract(s) end within 90 days with no renewal and no open "
                "opportunity.",
                nullptr, in.renewalsDue);
        }
    }

    // Service: open severe requests, first-response time, the latest CSAT and NPS.
    HealthComponent service = component("service", m.healthService);
    service.measured = in.service;
    if (!in.service) {
        service.reasons << CoreText::tr("No service requests or surveys: not scored.");
    } else {
        std::vector<double> rules;
        rules.push_back(in.openSevere == 0 ? 1.0 : 0.0);
        service.reasons << (in.openSevere == 0
                                ? CoreText::tr("No severe request is open.")
                                : CoreText::tr("%n severe request(s) open.", nullptr, in.openSevere));
        if (in.responded > 0) {
            const double hours = in.responseHours / in.responded;
            rules.push_back(hours <= 24 ? 1.0 : hours <= 72 ? 0.5 : 0.0);
            service.reasons << CoreText::tr("First response in %1 hours on average over the last 12 months.")
                                   .arg(QString::number(hours, 'f', 1));
        }
        if (in.csat || in.nps) {
            double sat = 0;
            int n = 0;
            QStringList said;
            if (in.csat) {
                sat += *in.csat >= 4 ? 1.0 : *in.csat == 3 ? 0.5 : 0.0;
                ++n;
                said << CoreText::tr("CSAT %1").arg(*in.csat);
            }
            if (in.nps) {
                sat += *in.nps >= 9 ? 1.0 : *in.nps >= 7 ? 0.5 : 0.0;
                ++n;
                said << CoreText::tr("NPS answer %1").arg(*in.nps);
            }
            rules.push_back(sat / n);
            service.reasons << CoreText::tr("Latest survey: %1.").arg(said.join(CoreText::tr(", ")));
        }
        double sum = 0;
        for (double r : rules)
            sum += r;
        service.fraction = sum / double(rules.size());
    }

    // Open gaps of the decision chain: a high one costs a quarter, a medium one a tenth.
    HealthComponent gapsComponent = component("gaps", m.healthGaps);
    int high = 0, medium = 0;
    for (const Gap& gap : gaps)
        (gap.severity == Severity::High ? high : medium) += 1;
    gapsComponent.fraction = std::max(0.0, 1.0 - 0.25 * high - 0.1 * medium);
    gapsComponent.reasons
        << (gaps.empty()
                ? CoreText::tr("No open gap in the decision chain.")
                : CoreText::tr("Open gaps in the decision chain: %1 high, %2 medium.").arg(high).arg(medium));

    h.components = {engagement, relationship, commercial, service, gapsComponent};
    double weights = 0;
    for (const HealthComponent& c : h.components)
        if (c.measured)
            weights += c.weight;
    double total = 0;
    for (HealthComponent& c : h.components) {
        c.fraction = std::clamp(c.fraction, 0.0, 1.0);
        c.maxPoints = c.measured && weights > 0 ? c.weight * 100.0 / weights : 0.0;
        c.points = c.maxPoints * c.fraction;
        total += c.points;
    }
    h.score = std::clamp(int(std::lround(total)), 0, 100);
    h.band = healthBandOf(h.score);
    return h;
}

QDate dayOr(const QDate& today)
{
    return today.isValid() ? today : QDate::currentDate();
}

Result<std::vector<HealthAssessment>> health(Database& db, const QString& accountId, const QDate& todayIn)
{
    const QDate today = dayOr(todayIn);
    auto g = gather(db, accountId, today);
    if (!g)
        return g.error();
    GapOptions options;
    options.today = today;
    // Every account's gaps in one pass over each table (findGapsAll) for a book.
    QHash<QString, std::vector<Gap>> gaps;
    if (accountId.isEmpty()) {
        auto all = findGapsAll(db, options);
        if (!all)
            return all.error();
        gaps = std::move(all.value());
    } else {
        auto one = findGaps(db, accountId, options);
        if (!one)
            return one.error();
        gaps.insert(accountId, std::move(one.value()));
    }
    std::vector<HealthAssessment> out;
    out.reserve(g.value().accounts.size());
    for (const Inputs& in : g.value().accounts)
        out.push_back(healthFrom(g.value(), in, tierFrom(g.value(), in), gaps.value(in.id), today));
    return out;
}

Result<std::vector<TierAssessment>> tiers(Database& db, const QString& accountId, const QDate& todayIn)
{
    auto g = gather(db, accountId, dayOr(todayIn));
    if (!g)
        return g.error();
    std::vector<TierAssessment> out;
    out.reserve(g.value().accounts.size());
    for (const Inputs& in : g.value().accounts)
        out.push_back(tierFrom(g.value(), in));
    return out;
}

} // namespace

Result<std::vector<AccountRevenue>> revenueByAccount(Database& db, const model::AccountModel& m,
                                                     const QDate& asOf)
{
    const QString sql =
        m.revenueBasis == model::AccountModel::RevenueBasis::Received
            ? QStringLiteral(
                  "SELECT r.account_id, sum(CASE WHEN r.received_on > ? THEN "
                  "coalesce(r.amount_received, 0) ELSE 0 END), sum(CASE WHEN r.received_on <= ? "
                  "THEN coalesce(r.amount_received, 0) ELSE 0 END) FROM receivables r JOIN contracts c "
                  "ON c.id = r.contract_id AND c.deleted = 0 JOIN accounts a ON a.id = r.account_id AND "
                  "a.deleted = 0 WHERE r.deleted = 0 AND %1 AND r.received_on > ? AND "
                  "r.received_on <= ? GROUP BY r.account_id")
                  .arg(QLatin1String(kCny))
            : QStringLiteral(
                  "SELECT c.account_id, sum(CASE WHEN c.signed_on > ? THEN coalesce(c.amount, 0) "
                  "ELSE 0 END), sum(CASE WHEN c.signed_on <= ? THEN coalesce(c.amount, 0) ELSE 0 END) "
                  "FROM contracts c JOIN accounts a ON a.id = c.account_id AND a.deleted = 0 WHERE "
                  "c.deleted = 0 AND %1 AND %2 AND c.signed_on > ? AND c.signed_on <= ? "
                  "GROUP BY c.account_id")
                  .arg(QLatin1String(kSigned), QLatin1String(kCny));
    const QString yearAgo = isoDay(asOf.addMonths(-12));
    auto rows = db.rows(sql, {yearAgo, yearAgo, isoDay(asOf.addMonths(-24)), isoDay(asOf)});
    if (!rows)
        return rows.error();
    std::vector<AccountRevenue> out;
    out.reserve(rows.value().size());
    for (const QVariantList& r : rows.value())
        out.push_back({r[0].toString(), r[1].toLongLong(), r[2].toLongLong()});
    return out;
}

Result<model::AccountModel> loadAccountModel(Database& db)
{
    QStringList columns;
    const model::EntityDef* def = model::entity(u"account_model");
    for (const model::FieldDef& f : def->fields)
        columns << f.name;
    auto rows = db.rows(QStringLiteral("SELECT %1 FROM account_models WHERE id = ? AND deleted = 0")
                            .arg(columns.join(QStringLiteral(", "))),
                        {model::kAccountModelId});
    if (!rows)
        return rows.error();
    QVariantMap fields;
    if (!rows.value().empty())
        for (qsizetype i = 0; i < columns.size(); ++i)
            fields.insert(columns[i], rows.value().front()[i]);
    return model::accountModelFrom(fields);
}

Result<TierAssessment> assessTier(Database& db, const QString& accountId, const QDate& today)
{
    if (accountId.isEmpty())
        return Result<TierAssessment>::fail(CoreText::tr("No account given."));
    auto t = tiers(db, accountId, today);
    if (!t)
        return t.error();
    return t.value().front();
}

Result<HealthAssessment> assessHealth(Database& db, const QString& accountId, const QDate& today)
{
    if (accountId.isEmpty())
        return Result<HealthAssessment>::fail(CoreText::tr("No account given."));
    auto h = health(db, accountId, today);
    if (!h)
        return h.error();
    return h.value().front();
}

Result<AccountAssessment> assessAccount(Database& db, const QString& accountId, const QDate& todayIn)
{
    if (accountId.isEmpty())
        return Result<AccountAssessment>::fail(CoreText::tr("No account given."));
    const QDate today = dayOr(todayIn);
    auto g = gather(db, accountId, today);
    if (!g)
        return g.error();
    GapOptions options;
    options.today = today;
    auto gaps = findGaps(db, accountId, options);
    if (!gaps)
        return gaps.error();
    const Inputs& in = g.value().accounts.front();
    AccountAssessment out;
    out.tier = tierFrom(g.value(), in);
    out.health = healthFrom(g.value(), in, out.tier, gaps.value(), today);
    return out;
}

Result<std::vector<TierAssessment>> assessTiers(Database& db, const QDate& today)
{
    return tiers(db, {}, today);
}

Result<std::vector<HealthAssessment>> assessHealthAll(Database& db, const QDate& today)
{
    return health(db, {}, today);
}

Result<std::vector<TierAssessment>> tierReview(Database& db, const QDate& today)
{
    auto all = assessTiers(db, today);
    if (!all)
        return all.error();
    std::vector<TierAssessment> out;
    for (TierAssessment& t : all.value())
        if (t.differs())
            out.push_back(std::move(t));
    return out;
}

QString healthBandKey(HealthBand band)
{
    switch (band) {
    case HealthBand::Green:
        return QStringLiteral("green");
    case HealthBand::Amber:
        return QStringLiteral("amber");
    case HealthBand::Red:
        break;
    }
    return QStringLiteral("red");
}

QString healthBandLabel(HealthBand band)
{
    switch (band) {
    case HealthBand::Green:
        return CoreText::tr("Healthy");
    case HealthBand::Amber:
        return CoreText::tr("Needs attention");
    case HealthBand::Red:
        break;
    }
    return CoreText::tr("At risk");
}

QString healthComponentLabel(const QString& key)
{
    if (key == QLatin1String("engagement"))
        return CoreText::tr("Engagement");
    if (key == QLatin1String("relationship"))
        return CoreText::tr("Relationships");
    if (key == QLatin1String("commercial"))
        return CoreText::tr("Commercial");
    if (key == QLatin1String("service"))
        return CoreText::tr("Service");
    if (key == QLatin1String("gaps"))
        return CoreText::tr("Open gaps");
    return key;
}

QString tierCriterionLabel(const QString& key)
{
    if (key == QLatin1String("revenue"))
        return CoreText::tr("12-month revenue");
    if (key == QLatin1String("activity"))
        return CoreText::tr("3-month activity");
    if (key == QLatin1String("potential"))
        return CoreText::tr("Potential");
    if (key == QLatin1String("rfm"))
        return CoreText::tr("RFM (recency, frequency, monetary)");
    return key;
}

} // namespace summit::analysis
