#pragma once
// The figures of the management cockpit (管理驾驶舱): one function per panel,
// all narrowed by one DashboardFilter, and for each figure the records behind
// it (the drill-down), computed by the same code so a list never disagrees
// with the bar it came from.
//
// Whose a record is: an opportunity's owner, a follow-up's author, an
// account's account manager (as in the account list's owner filter). Region,
// industry and tier are the account's. Records in the trash and records of an
// account in the trash never count. Amounts are minor units (分) of deals in
// CNY (or without a currency); deals in another currency are counted, not
// added up, since Summit keeps no exchange rates.
//
// Read-only; errors are values (Result), as everywhere in core.

#include "Result.h"
#include "analysis/AccountScores.h"
#include "query/AccountList.h"
#include "query/DashboardFilter.h"
#include "query/Kpi.h"

#include <QDate>
#include <QFlags>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace summit {
class Database;
}

namespace summit::query {

// What one connection's computations keep for the next, so that a filter
// change costs only what the filter changes: every account's health (no
// filter changes it) and every account's tier at the instants periods began.
// Valid while nothing is written to the file (PRAGMA data_version for other
// connections, total_changes for this one) and the day stays the same; bound
// to the connection it was filled on.
class DashboardCache
{
public:
    // Forgets what it keeps when the connection, the file or `today` changed since the last call.
    Status refresh(Database& db, const QDate& today);

    std::optional<std::vector<analysis::HealthAssessment>> health; // of `today`, every account
    QHash<qint64, QHash<QString, QString>> tiersAt;                // by instant (ms): account → tier

private:
    const Database* m_db = nullptr;
    qint64 m_version = -1, m_written = -1;
    QDate m_today;
};

// Open opportunities (status open or not set) at one stage.
struct StageFigures
{
    QString stage; // a stage key of the schema; empty = no stage set
    int count = 0;
    qint64 amount = 0;     // sum of the deals' amounts in CNY
    int withoutAmount = 0; // deals with no amount (counted, adding nothing)
    int otherCurrency = 0; // deals in another currency (counted, not added)
};
// Every stage of the schema in its order (zeros included), then deals with no
// stage when there are any.
Result<std::vector<StageFigures>> pipelineFunnel(Database& db, const DashboardFilter& filter);
// The open opportunities behind one bar of the funnel.
Result<QStringList> funnelRecords(Database& db, const DashboardFilter& filter, const QString& stage);

// The chance a deal at `stage` closes, in percent, used when the deal has no
// probability of its own. The schema keeps a probability per deal, not per
// stage, so this table is the default: 10/25/50/75/90 from qualify to commit,
// the usual steps of a five-stage B2B funnel. 0 for an unknown or empty stage.
int defaultStageProbability(const QString& stage);

struct ForecastMonth
{
    QDate month; // its first day; invalid = deals with no expected close
    int count = 0;
    qint64 amount = 0;   // CNY, as StageFigures
    qint64 weighted = 0; // sum of amount × probability / 100, rounded half up per deal
};
// Open opportunities by month of expected close, oldest first, the deals
// without a close date last. A deal's own probability wins over the stage's
// default. Months without deals are not listed.
Result<std::vector<ForecastMonth>> weightedForecast(Database& db, const DashboardFilter& filter);
Result<QStringList> forecastRecords(Database& db, const DashboardFilter& filter, const QDate& month);

struct ClosedFigures
{
    QDate from, to; // the period these figures cover (invalid = open)
    int won = 0, lost = 0;
    qint64 wonAmount = 0;
    double winRate = -1;   // won / (won + lost); -1 when nothing closed
    double cycleDays = -1; // average days from created to won or lost; -1 when nothing closed
    QStringList records;   // the deals counted, by id
};
struct WinFigures
{
    ClosedFigures current;
    ClosedFigures previous; // the period just before (previousPeriod); empty when the period is open
    bool hasPrevious = false;
};
// Deals won or lost in the period. A deal closes when its status was last set
// to won or lost (the store's field history; the schema has no close date) and
// starts when it was created.
Result<WinFigures> winRate(Database& db, const DashboardFilter& filter);
// The won and lost deals behind the current figures, or the previous period's.
Result<QStringList> closedRecords(Database& db, const DashboardFilter& filter, bool previous = false);
// The period just before `filter`'s: as many calendar months when it is whole
// months (2026Q3 → 2026Q2), else as many days (from and to invalid when it is open).
DashboardFilter previousPeriod(const DashboardFilter& filter);

struct ActivityCount
{
    QString memberId, memberName; // the author; empty = no author recorded
    QDate week;                   // the Monday of the local week of the follow-up
    QString type;                 // follow-up type key
    int count = 0;
};
// Follow-ups in the period per author, week and type; by week, then member
// name, then type.
Result<std::vector<ActivityCount>> activityByWeek(Database& db, const DashboardFilter& filter);
// The follow-ups behind one count: of one author (nullopt: every author; an
// empty id: no author recorded), in one week; an empty `type` takes every type.
Result<QStringList> activityRecords(Database& db, const DashboardFilter& filter,
                                    const std::optional<QString>& memberId, const QDate& week,
                                    const QString& type);

struct TierCount
{
    QString tier; // S, A, B, C; empty = no tier
    int count = 0;
};
// Live accounts per tier: S, A, B, C (zeros included), then "no tier" when there are any.
Result<std::vector<TierCount>> tierDistribution(Database& db, const DashboardFilter& filter);
// An account whose tier at the end of the period is not the one it had when
// the period began (seed 003: tiers are reviewed every quarter).
struct TierMove
{
    QString accountId, name;
    QString from, to; // tiers; empty: none
    bool up = false;  // to a better tier (S above A above B above C above none)
};
// The filter's accounts (as they are today) whose tier on the period's last day
// differs from their tier when it began, read from the log (when the period runs
// on to today: their tier as it is); by name. An account created in the period
// has no move (its first tier is where it starts). Empty when the period has no
// start. `cache`, refreshed by the caller, keeps the tiers read from the log.
Result<std::vector<TierMove>> tierMoves(Database& db, const DashboardFilter& filter,
                                        DashboardCache* cache = nullptr);

// The account list's filter that lists the accounts behind one tier.
// No tier cannot be said in the account list's filter: `tier` empty lists all tiers.
AccountFilter tierAccounts(const DashboardFilter& filter, const QString& tier);

struct RoleCell
{
    int contacts = 0;       // active contacts of the account in the role
    int covered = 0;        // of those, known by a team member (brief or better)
    int bestLevel = 0;      // 0 none, 1 brief, 2 working, 3 trusted: the best coverage of anyone in the role
    QString firstContactId; // the most influential contact in the role, for the drill-down
};
struct CoverageAccountRow
{
    QString accountId, name, tier;
    std::vector<RoleCell> cells; // one per RoleCoverage::roles
};
struct RoleCoverage
{
    QStringList roles; // the contact decision roles of the schema, in order
    std::vector<CoverageAccountRow> accounts;
    int totalAccounts = 0; // accounts matching the filter (more than listed when limited)
};
// Decision roles across the filter's accounts, most important first (tier S
// first, then A, B, C, none; then by name), at most `limit` of them. Covered
// is as in the gap analysis: a coverage row at brief or better by a member who
// is not in the trash and has not left; contacts who left do not count.
Result<RoleCoverage> roleCoverage(Database& db, const DashboardFilter& filter, int limit = 20);

// Renewals and receivables (AccountCommerce.cpp), across the accounts of a dashboard filter (its region,
// industry, tier and member; the period does not apply: these are the state of `today`). Whose a contract is:
// its owner, else the account manager of its account.

// Signed or active contracts whose service ends from today to today + `days`
// and that no live contract renews, soonest first.
struct RenewalDue
{
    QString contractId, accountId, accountName, title, ownerName;
    QDate endOn;
    qint64 amount = 0;
    QString currency; // empty: CNY
};
Result<std::vector<RenewalDue>> renewalsDue(Database& db, const DashboardFilter& filter, const QDate& today,
                                            int days = 90);

// Receivables not paid in full that are overdue or due by today + `days`, the
// most overdue first.
struct ReceivableDue
{
    QString id, accountId, accountName, contractTitle;
    QDate dueOn;
    qint64 outstanding = 0;
    QString currency; // the contract's; empty: CNY
    bool overdue = false;
    int daysLate = 0; // overdue: days since the due date
};
Result<std::vector<ReceivableDue>> receivablesDue(Database& db, const DashboardFilter& filter,
                                                  const QDate& today, int days = 90);
// Whether any live contract (receivable) is recorded at all, so that a report can
// tell "none due" from "none recorded".
Result<bool> hasLiveRecords(Database& db, const QString& table);

// Health of the filter's accounts (analysis/AccountScores.h) as of `today`:
// how many are green, amber and red, and the weakest ones with what costs
// them most. The period does not apply: health is the state of today.
struct HealthAccount
{
    QString accountId, name, tier;
    int score = 0;
    QString band;    // green, amber, red
    QString weakest; // the component that loses most points, with its first reason, translated
};
struct HealthFigures
{
    int green = 0, amber = 0, red = 0;
    std::vector<HealthAccount> weakest; // red and amber accounts, lowest score first, at most `limit`
};
Result<HealthFigures> healthDistribution(Database& db, const DashboardFilter& filter, const QDate& today,
                                         int limit = 10, DashboardCache* cache = nullptr);

// Every panel at once, as the dashboard shows them (computed off the GUI thread).
struct DashboardFigures
{
    DashboardFilter filter; // what they were computed for
    std::vector<StageFigures> funnel;
    std::vector<ForecastMonth> forecast;
    WinFigures wins;
    std::vector<ActivityCount> activity;
    std::vector<TierCount> tiers;
    std::vector<TierMove> tierMoves; // in the period
    RoleCoverage coverage;
    // Due in the 90 days from the filter's `today`, and whether any are recorded.
    std::vector<RenewalDue> renewals;
    std::vector<ReceivableDue> receivables;
    bool hasContracts = false, hasReceivables = false;
    HealthFigures health;
    KpiReport kpis; // the team's key figures for the filter's period (Kpi.h)
};
Result<DashboardFigures> dashboardFigures(Database& db, const DashboardFilter& filter,
                                          int coverageLimit = 20);
// The panels, as parts two connections can share out side by side (on a
// large book health takes about as long as all the others together, unless
// the cache keeps it).
enum class DashboardPanel : unsigned
{
    Health = 1u << 0,   // `health`
    Sales = 1u << 1,    // `funnel`, `forecast`, `wins`, `kpis`
    Activity = 1u << 2, // `activity`
    Tiers = 1u << 3,    // `tiers`, `tierMoves` (the cache keeps the tiers at the period's start)
    Coverage = 1u << 4, // `coverage`
    Due = 1u << 5,      // `renewals`, `receivables`, `hasContracts`, `hasReceivables`
};
Q_DECLARE_FLAGS(DashboardPanels, DashboardPanel)
constexpr DashboardPanels kAllPanels = DashboardPanels::fromInt((1u << 6) - 1);
constexpr DashboardPanels kAllButHealth =
    DashboardPanels::fromInt(kAllPanels.toInt() & ~static_cast<unsigned>(DashboardPanel::Health));

// The same with a cache kept between calls on one connection, for the panels named.
Result<DashboardFigures> dashboardFigures(Database& db, const DashboardFilter& filter, DashboardCache& cache,
                                          DashboardPanels panels = kAllPanels, int coverageLimit = 20);
// Moves the panels `panels` of `from` into `into` (the parts of one request computed apart).
void takePanels(DashboardFigures& into, DashboardFigures&& from, DashboardPanels panels);

} // namespace summit::query

Q_DECLARE_OPERATORS_FOR_FLAGS(summit::query::DashboardPanels)
