#include "model/AccountModel.h"
#include "CoreText.h"

#include "model/Display.h"
#include "model/Schema.h"

#include <QCoreApplication>

namespace summit::model {

// A fixed UUID: every laptop that writes the model first writes this record.
const QString kAccountModelId = QStringLiteral("00000000-0000-7000-8000-000000000001");

namespace {

int intOf(const QVariantMap& f, const char* name, int fallback)
{
    const QVariant v = f.value(QLatin1String(name));
    bool ok = false;
    const int n = v.toInt(&ok);
    return v.isNull() || !ok ? fallback : n;
}

qint64 moneyOf(const QVariantMap& f, const char* name, qint64 fallback)
{
    const QVariant v = f.value(QLatin1String(name));
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return v.isNull() || !ok ? fallback : n;
}

} // namespace

int AccountModel::cadenceOf(const QString& tier) const
{
    auto it = cadence.find(tier);
    return it != cadence.end() ? it->second : cadence.at(QStringLiteral("C"));
}

int AccountModel::pointsOf(const QString& type) const
{
    auto it = points.find(type);
    return it != points.end() ? it->second : 1;
}

AccountModel accountModelFrom(const QVariantMap& f)
{
    AccountModel m;
    if (f.value(QStringLiteral("revenue_basis")).toString() == QLatin1String("received"))
        m.revenueBasis = AccountModel::RevenueBasis::Received;
    m.tierARevenue = moneyOf(f, "tier_a_revenue", m.tierARevenue);
    m.tierBRevenue = moneyOf(f, "tier_b_revenue", m.tierBRevenue);
    m.tierAActivity = intOf(f, "tier_a_activity", m.tierAActivity);
    m.tierBActivity = intOf(f, "tier_b_activity", m.tierBActivity);
    m.weightRevenue = intOf(f, "weight_revenue", m.weightRevenue);
    m.weightActivity = intOf(f, "weight_activity", m.weightActivity);
    m.weightPotential = intOf(f, "weight_potential", m.weightPotential);
    m.weightRfm = intOf(f, "weight_rfm", m.weightRfm);
    m.rfmRecencyA = intOf(f, "rfm_recency_a", m.rfmRecencyA);
    m.rfmRecencyB = intOf(f, "rfm_recency_b", m.rfmRecencyB);
    m.rfmFrequencyA = intOf(f, "rfm_frequency_a", m.rfmFrequencyA);
    m.rfmFrequencyB = intOf(f, "rfm_frequency_b", m.rfmFrequencyB);
    for (auto& [type, pts] : m.points)
        pts = intOf(f, QByteArray("points_" + type.toLatin1()).constData(), pts);
    for (auto& [tier, days] : m.cadence)
        days = intOf(f, QByteArray("cadence_" + tier.toLower().toLatin1()).constData(), days);
    m.healthEngagement = intOf(f, "health_engagement", m.healthEngagement);
    m.healthRelationship = intOf(f, "health_relationship", m.healthRelationship);
    m.healthCommercial = intOf(f, "health_commercial", m.healthCommercial);
    m.healthService = intOf(f, "health_service", m.healthService);
    m.healthGaps = intOf(f, "health_gaps", m.healthGaps);
    m.clvMargin = intOf(f, "clv_margin", m.clvMargin);
    m.clvYears = intOf(f, "clv_years", m.clvYears);
    return m;
}

QVariantMap accountModelFields(const AccountModel& m)
{
    QVariantMap f;
    f.insert(QStringLiteral("revenue_basis"), m.revenueBasis == AccountModel::RevenueBasis::Received
                                                  ? QStringLiteral("received")
                                                  : QStringLiteral("contracts"));
    f.insert(QStringLiteral("tier_a_revenue"), m.tierARevenue);
    f.insert(QStringLiteral("tier_b_revenue"), m.tierBRevenue);
    f.insert(QStringLiteral("tier_a_activity"), m.tierAActivity);
    f.insert(QStringLiteral("tier_b_activity"), m.tierBActivity);
    f.insert(QStringLiteral("weight_revenue"), m.weightRevenue);
    f.insert(QStringLiteral("weight_activity"), m.weightActivity);
    f.insert(QStringLiteral("weight_potential"), m.weightPotential);
    f.insert(QStringLiteral("weight_rfm"), m.weightRfm);
    f.insert(QStringLiteral("rfm_recency_a"), m.rfmRecencyA);
    f.insert(QStringLiteral("rfm_recency_b"), m.rfmRecencyB);
    f.insert(QStringLiteral("rfm_frequency_a"), m.rfmFrequencyA);
    f.insert(QStringLiteral("rfm_frequency_b"), m.rfmFrequencyB);
    for (const auto& [type, pts] : m.points)
        f.insert(QStringLiteral("points_") + type, pts);
    for (const auto& [tier, days] : m.cadence)
        f.insert(QStringLiteral("cadence_") + tier.toLower(), days);
    f.insert(QStringLiteral("health_engagement"), m.healthEngagement);
    f.insert(QStringLiteral("health_relationship"), m.healthRelationship);
    f.insert(QStringLiteral("health_commercial"), m.healthCommercial);
    f.insert(QStringLiteral("health_service"), m.healthService);
    f.insert(QStringLiteral("health_gaps"), m.healthGaps);
    f.insert(QStringLiteral("clv_margin"), m.clvMargin);
    f.insert(QStringLiteral("clv_years"), m.clvYears);
    return f;
}

std::pair<QString, QString> accountModelProblem(const QVariantMap& after)
{
    const QVariantMap full = accountModelFields(accountModelFrom(after));
    auto sum = [&](const auto& names) {
        int total = 0;
        for (const char* n : names)
            total += full.value(QLatin1String(n)).toInt();
        return total;
    };
    auto labels = [](const auto& names) {
        QStringList out;
        for (const char* n : names)
            out << fieldLabel(u"account_model", QString::fromLatin1(n));
        return out.join(QStringLiteral(", "));
    };
    if (const int total = sum(kTierWeightFields); total != 100)
        return {QStringLiteral("weight_revenue"),
                CoreText::tr("The tier weights (%1) add up to %2 %, not 100 %.")
                    .arg(labels(kTierWeightFields))
                    .arg(total)};
    if (const int total = sum(kHealthWeightFields); total != 100)
        return {QStringLiteral("health_engagement"),
                CoreText::tr("The health weights (%1) add up to %2 %, not 100 %.")
                    .arg(labels(kHealthWeightFields))
                    .arg(total)};
    const AccountModel m = accountModelFrom(after);
    if (m.tierARevenue < m.tierBRevenue)
        return {QStringLiteral("tier_a_revenue"),
                CoreText::tr("Tier A's revenue threshold (%1) is below tier B's (%2).")
                    .arg(formatMoney(m.tierARevenue), formatMoney(m.tierBRevenue))};
    if (m.tierAActivity < m.tierBActivity)
        return {QStringLiteral("tier_a_activity"),
                CoreText::tr("Tier A's activity threshold (%1 points) is below tier B's (%2 points).")
                    .arg(m.tierAActivity)
                    .arg(m.tierBActivity)};
    if (m.rfmRecencyA > m.rfmRecencyB)
        return {QStringLiteral("rfm_recency_a"),
                CoreText::tr("RFM: tier A's days since the last contract (%1) are more than tier B's (%2).")
                    .arg(m.rfmRecencyA)
                    .arg(m.rfmRecencyB)};
    if (m.rfmFrequencyA < m.rfmFrequencyB)
        return {QStringLiteral("rfm_frequency_a"),
                CoreText::tr("RFM: tier A's number of contracts (%1) is below tier B's (%2).")
                    .arg(m.rfmFrequencyA)
                    .arg(m.rfmFrequencyB)};
    return {};
}

} // namespace summit::model
