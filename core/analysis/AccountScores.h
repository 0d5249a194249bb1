#pragma once
// An account's computed tier and health score, each with its reasons in
// words, from the team's account model (model/AccountModel.h) and the records
// themselves. Nothing here is stored: the figures are worked out from the
// records each time, so they never disagree with them.
//
// Tier. Three criteria each give A, B or C:
// - revenue: CNY contracts signed in the 12 months up to today (signed, active
//   or expired; as the account overview counts them), or payments received in
//   those months, as the model says; A from tierARevenue, B from tierBRevenue;
// - activity: the points of the follow-ups of the last three months (local
//   dates after today − 3 months, not after today), by type; A from
//   tierAActivity points, B from tierBActivity;
// - potential: the account's own field (high A, medium B, low C); an account
//   without one is rated on the other two.
// - RFM, when the model gives it a weight (0 by default): the last contract
//   signed in 24 months (days ago against the model's A and B days), how many
//   (against its A and B counts) and their CNY (against twice the revenue
//   thresholds), each A 3, B 2, C 1, their mean A from 2.5, B from 1.5.
// A counts 3, B 2, C 1; the weighted mean (weights of the criteria that have a
// value) gives A from 2.5, B from 1.5, else C. An account marked S by hand stays
// S: its computed tier is S, and the figures' tier is given beside it.
//
// Health, 0–100: components each worth their weight in points, scaled by how
// well the account does on them (see AccountScores.cpp for every rule); a
// component with nothing to measure (no contracts or receivables; no service
// requests or surveys) is left out and the others are scaled up to 100.
// Green from 70, amber from 40, red below.

#include "Result.h"
#include "model/AccountModel.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <vector>

namespace summit {
class Database;
}

namespace summit::analysis {

struct TierCriterion
{
    QString key;    // "revenue", "activity", "potential", or "rfm" when the model weighs it
    QString tier;   // "A", "B" or "C"; empty: the account has no value for it
    int weight = 0; // from the model
};

struct TierAssessment
{
    QString accountId, accountName;
    QString current;           // the account's tier field; empty when it has none
    QString overrideReason;    // the account's reason for a tier set by hand
    QString computed;          // S for an account marked S, else the figures' tier
    QString figures;           // A, B or C: what the figures give
    qint64 revenue = 0;        // 12-month revenue, minor units of CNY
    int revenueTopPercent = 0; // rank among all the team's accounts, as "top N %"; 0: no revenue
    int interactions = 0;      // follow-ups in the last three months
    int activityPoints = 0;
    QString potential; // low, medium, high or empty
    double score = 0;  // the weighted mean, 1..3
    std::vector<TierCriterion> criteria;
    QString reason; // "A: signed ¥326万 in the last 12 months (top 8 %), …", translated

    // The quarterly review's question: is the account's tier not the computed one?
    bool differs() const { return current != computed; }
};

enum class HealthBand
{
    Green,
    Amber,
    Red,
};

// Green from 70, amber from 40, red below.
constexpr HealthBand healthBandOf(int score)
{
    return score >= 70 ? HealthBand::Green : score >= 40 ? HealthBand::Amber : HealthBand::Red;
}

struct HealthComponent
{
    QString key; // engagement, relationship, commercial, service, gaps
    int weight = 0;
    bool measured = true;
    double fraction = 0;  // 0..1: how well the account does on it
    double points = 0;    // the points it adds to the score (scaled when a component is left out)
    double maxPoints = 0; // what full marks would add: the weight, scaled like the points (they sum to 100)
    QStringList reasons;  // translated, one per rule
};

struct HealthAssessment
{
    QString accountId, accountName;
    QString tier; // the tier whose follow-up cadence counted
    int score = 0;
    HealthBand band = HealthBand::Red;
    std::vector<HealthComponent> components;
};

// The team's model: the account_model record's fields over the defaults.
Result<model::AccountModel> loadAccountModel(Database& db);

// Each live account's revenue as the tier counts it (the model's basis, CNY):
// the 12 months up to `asOf` (after asOf − 12 months, not after asOf) and the
// 12 before. Accounts with neither are not listed.
struct AccountRevenue
{
    QString accountId;
    qint64 revenue = 0, prior = 0;
};
Result<std::vector<AccountRevenue>> revenueByAccount(Database& db, const model::AccountModel& model,
                                                     const QDate& asOf);

// One account (an unknown or trashed account id is an error); `today`
// invalid: the current date.
Result<TierAssessment> assessTier(Database& db, const QString& accountId, const QDate& today = {});
Result<HealthAssessment> assessHealth(Database& db, const QString& accountId, const QDate& today = {});
// Both, from one reading of the account's records: what an account view shows after an edit.
struct AccountAssessment
{
    TierAssessment tier;
    HealthAssessment health;
};
Result<AccountAssessment> assessAccount(Database& db, const QString& accountId, const QDate& today = {});
// Every account not in the trash, by name.
Result<std::vector<TierAssessment>> assessTiers(Database& db, const QDate& today = {});
Result<std::vector<HealthAssessment>> assessHealthAll(Database& db, const QDate& today = {});
// The quarterly review: accounts whose tier is not the computed one, by name.
Result<std::vector<TierAssessment>> tierReview(Database& db, const QDate& today = {});

QString healthBandKey(HealthBand band); // "green", "amber", "red"
QString healthBandLabel(HealthBand band);
QString healthComponentLabel(const QString& key);
QString tierCriterionLabel(const QString& key);

} // namespace summit::analysis
