#pragma once
// The data of the two printable report packs, gathered once from the existing
// queries so that every writer of a pack (the PDF in ui/render, a spreadsheet
// later) reads the same plain structs and shows the same figures:
//
// - the account plan (客户经营计划) of one account: its key figures, the
//   decision-chain map, the key people, the gaps in words, the open deals with
//   their buying centers, the follow-ups of the last 90 days, the open tasks
//   and the next steps;
// - the team review (周报/月报) of one period for the team or one member: the
//   dashboard's figures (core/query/Dashboard.h), the activity ranking, the
//   accounts at risk with their reasons and the accounts gone quiet.
//
// Amounts are minor units (分); dates are local calendar dates. Records in the
// trash and records of an account in the trash never appear. Read-only; errors
// are values (Result), as everywhere in core.

#include "Result.h"
#include "analysis/GapAnalysis.h"
#include "map/DecisionChainMap.h"
#include "query/AccountWork.h"
#include "query/Dashboard.h"
#include "query/Timeline.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace summit {
class Database;
}

namespace summit::query {

// A report's period: a calendar month ("2026-11"), an ISO week ("2026-W47"),
// a calendar quarter ("2026Q4") or a year ("2026"), both ends included.
struct ReportPeriod
{
    enum class Kind
    {
        Month,
        Week,
        Quarter,
        Year,
    };
    Kind kind = Kind::Month;
    QDate from, to;
    QString key; // in its canonical spelling: "2026-11", "2026-W47", "2026Q4" or "2026"
};
// Reads "YYYY-MM", "YYYY-Www", "YYYYQn" (or "YYYY-Qn") and "YYYY". Anything
// else (a month 13, week 54 of a year with 52, a quarter 5, a date) is an
// error naming the text and the accepted forms.
Result<ReportPeriod> parseReportPeriod(const QString& text);
// The period a report of the dates from..to is for (the dashboard's filter):
// that ISO week, quarter or year when they are exactly one, else the month
// `from` falls in; the month of `today` when `from` is open.
ReportPeriod reportPeriodCovering(const QDate& from, const QDate& to, const QDate& today);

// ---- The account plan ----

// A person of the account who matters: holds a decision role or has influence
// 4 or 5 (MapNode::isKey), and has not left.
struct KeyPerson
{
    QString id, name, title, unitName;
    QString role;          // decision role key, empty if none
    QString stance;        // stance key, "unknown" when not recorded
    int influence = 0;     // 1..5, 0 when not recorded
    QString coverage;      // best level of anyone on the team: "brief", "working", "trusted"; empty = nobody
    QStringList coveredBy; // members who know them, strongest first
    int daysSinceFollowUp = -1; // -1: never named in a follow-up
};

struct PlanOpportunity
{
    OpportunityRow deal;
    QString nextStep;                        // the deal's next step, as written
    std::vector<BuyingRoleRow> buyingCenter; // by role
};

// Something to do next: an open task, a deal's next step, or a follow-up's next
// action that has no task yet.
struct NextStep
{
    enum class Source
    {
        Task,
        Opportunity,
        FollowUp,
    };
    Source source = Source::Task;
    QString recordId; // the task, opportunity or follow-up
    QString text;
    QDate due;       // invalid when none
    QString whoName; // assignee, deal owner or follow-up author
};

struct AccountPlanOptions
{
    QDate today;           // local calendar date (invalid: the current date)
    int followUpDays = 90; // follow-ups from today - followUpDays to today, both included
    // At most this many of them, the newest (a benchmark account has 400,000 in
    // 90 days: a printed plan lists the latest and says how many there are).
    int followUpLimit = 200;
};

struct AccountPlanData
{
    QString accountId, name, shortName, industry, region;
    QString tier, stage;        // choice keys, empty when not set
    QString ownerId, ownerName; // the account manager
    QDate today;
    int followUpDays = 90;

    // Key figures.
    int contacts = 0;                   // active contacts
    int contactsLeft = 0;               // contacts who left
    int opportunities = 0;              // every live deal (open, won, lost)
    int openOpportunities = 0;          // open or no status
    QMap<QString, qint64> openPipeline; // per currency (none = CNY), minor units
    int recentFollowUps = 0;            // in the window (planned ones after today not counted)
    int openTasks = 0;

    map::DecisionChainMap map;              // the decision chain as the map draws it (with its gaps)
    std::vector<KeyPerson> keyPeople;       // most influential first, then by name
    std::vector<analysis::Gap> gaps;        // High before Medium (the map's analysis)
    std::vector<PlanOpportunity> openDeals; // open deals by stage, then expected close
    std::vector<TimelineEntry> followUps;   // the window's follow-ups, newest first, at most followUpLimit
    int followUpsInWindow = 0;              // how many the window holds (recentFollowUps counts the same)
    std::vector<TaskRow> tasks;             // open tasks only, soonest due first
    std::vector<NextStep> nextSteps;        // soonest due first, undated last
};

// An unknown account id (or one in the trash) is an error.
Result<AccountPlanData> accountPlan(Database& db, const QString& accountId,
                                    const AccountPlanOptions& options = {});

// ---- The team review ----

struct MemberActivity
{
    QString memberId, memberName; // empty id: follow-ups without an author
    int followUps = 0;            // in the period
    QMap<QString, int> byType;    // follow-up type key -> count
};

struct RiskAccount
{
    QString id, name, tier, ownerName;
    QStringList reasons; // translated plain words, most serious first
};

struct QuietAccountRow
{
    QString id, name, tier, ownerName;
    QDate lastFollowUp; // invalid: never followed up
    int daysSince = -1; // days from the last follow-up to the report's end; -1 = never
};

struct TeamReviewOptions
{
    ReportPeriod period;
    QString memberId;   // a team member's id; empty = the whole team
    QDate today;        // local calendar date (invalid: the current date)
    int quietDays = 30; // an account is quiet after this many days without a follow-up
};

struct TeamReviewData
{
    ReportPeriod period;
    QString memberId, memberName; // empty: the whole team
    QDate today;
    int quietDays = 30;

    DashboardFigures figures; // the dashboard's panels for the period and member
    // KPI tiles, derived from `figures`.
    qint64 openPipeline = 0; // CNY of open deals (the funnel's sum)
    int openDeals = 0;
    qint64 weightedForecast = 0; // sum of the forecast
    int followUps = 0;           // in the period

    std::vector<MemberActivity> ranking; // most follow-ups first, then by name
    std::vector<RiskAccount> atRisk; // accounts with an open deal at risk, most reasons first, then by name
    std::vector<QuietAccountRow> quiet; // never followed up first, then the longest silence first

    // Renewals and receivables due in the 90 days from today (AccountCommerce.h),
    // for the member's contracts when a member is given.
    std::vector<RenewalDue> renewals;
    std::vector<ReceivableDue> receivables;
    // Whether any contract or receivable is recorded at all: writers then tell
    // "none due" from "none recorded". Account health is figures.health.
    bool hasContracts = false;
    bool hasReceivables = false;
};

// The accounts are the member's (account manager) when a member is given.
// At risk: an account with an open deal where a deal's expected close has
// passed, a High gap of the gap analysis stands, or the account has been quiet
// for longer than its tier allows (Today.h's allowedQuietDays); risk is the
// state of `today`. Quiet: no live follow-up from the day `quietDays` days
// before the period's end (or today, when that is earlier) up to that end (a
// follow-up exactly 30 days before still counts, one on the day before does
// not); accounts never followed up are quiet too. An unknown member is an error.
Result<TeamReviewData> teamReview(Database& db, const TeamReviewOptions& options);

} // namespace summit::query
