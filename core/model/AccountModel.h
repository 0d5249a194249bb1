#pragma once
// The team's account model: how Summit computes an account's tier and its
// health score (analysis/AccountScores.h). It is one synced record
// (`account_model`, fixed id kAccountModelId) that a team lead edits; a field
// the record does not set takes its default here. The defaults are seed 002's
// table: A from ¥100万 of 12-month revenue and weekly contact, B from ¥20万
// and monthly contact, C below; S stays a hand-marked strategic account.

#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <map>

namespace summit::model {

// The id of the team's one account-model record.
extern const QString kAccountModelId;

struct AccountModel
{
    enum class RevenueBasis
    {
        Contracts, // contracts signed in the last 12 months
        Received,  // payments received in the last 12 months
    };
    RevenueBasis revenueBasis = RevenueBasis::Contracts;
    // Minor units (分) of CNY: ¥100万 and ¥20万.
    qint64 tierARevenue = 100'000'000;
    qint64 tierBRevenue = 20'000'000;
    // Activity points over the last three months: 12 ≈ weekly contact, 3 ≈ monthly.
    int tierAActivity = 12;
    int tierBActivity = 3;
    // How much each criterion counts in the tier (percent; they sum to 100 when
    // edited here, and are used in proportion to their sum when replicas'
    // concurrent edits left them otherwise).
    int weightRevenue = 50;
    int weightActivity = 25;
    int weightPotential = 25;
    // RFM (seed 003), an optional fourth criterion (weight 0 by default): recency of the last
    // signed contract, frequency and monetary value of the contracts of 24 months. A from
    // rfmRecencyA days since the last one or fewer, and rfmFrequencyA contracts or more; B
    // from the B values; monetary: twice the 12-month revenue thresholds. The three give the
    // criterion's tier as the others do (A 3, B 2, C 1; A from 2.5, B from 1.5).
    int weightRfm = 0;
    int rfmRecencyA = 180;
    int rfmRecencyB = 365;
    int rfmFrequencyA = 3;
    int rfmFrequencyB = 2;
    // Activity points of a follow-up, by type: an executive visit counts more than a message.
    std::map<QString, int> points = {{QStringLiteral("visit"), 2},          {QStringLiteral("call"), 1},
                                     {QStringLiteral("meeting"), 2},        {QStringLiteral("email"), 1},
                                     {QStringLiteral("message"), 1},        {QStringLiteral("demo"), 2},
                                     {QStringLiteral("executive_visit"), 3}};
    // Days between follow-ups the tier expects (engagement in the health score).
    std::map<QString, int> cadence = {{QStringLiteral("S"), 7},
                                      {QStringLiteral("A"), 7},
                                      {QStringLiteral("B"), 30},
                                      {QStringLiteral("C"), 90}};
    // Weights of the health score's components (percent, as above).
    int healthEngagement = 25;
    int healthRelationship = 25;
    int healthCommercial = 25;
    int healthService = 15;
    int healthGaps = 10;
    // Customer lifetime value (KPIs, query/Kpi.h): the gross margin the team
    // earns on revenue, in percent, and how many years a customer is expected
    // to stay. CLV = a customer's 12-month revenue × margin × years.
    int clvMargin = 30;
    int clvYears = 5;

    // The follow-up cadence of a tier; an account without a tier has C's.
    int cadenceOf(const QString& tier) const;
    int pointsOf(const QString& followUpType) const;
};

// The fields whose percentages must add up to 100.
inline constexpr const char* kTierWeightFields[] = {"weight_revenue", "weight_activity", "weight_potential",
                                                    "weight_rfm"};
inline constexpr const char* kHealthWeightFields[] = {"health_engagement", "health_relationship",
                                                      "health_commercial", "health_service", "health_gaps"};

// The model a record's fields describe (missing or empty fields: defaults).
AccountModel accountModelFrom(const QVariantMap& fields);
// The record's fields of a model, every field set (what `model show` lists).
QVariantMap accountModelFields(const AccountModel& model);

// What an edit may not leave behind, checked on local writes (a remote one
// is merged field by field and so is never refused for it): the tier weights
// or the health weights not summing to 100, tier A's thresholds below B's.
// `after` is the record as the edit leaves it. Returns the offending field and
// the message, or an empty field when the model is fine.
std::pair<QString, QString> accountModelProblem(const QVariantMap& after);

} // namespace summit::model
