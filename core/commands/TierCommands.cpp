// The tier of an account set by hand or taken from the computed one, and the
// team's tier and health model.

#include "CoreText.h"
#include "commands/Commands.h"

#include "analysis/AccountScores.h"
#include "model/AccountModel.h"
#include "model/Schema.h"

#include <QCoreApplication>

namespace summit::commands {

Status Commands::setTier(const QString& accountId, const QString& tier, const QString& reason,
                         const QDate& today)
{
    if (auto entity = entityOfRequired(accountId, QStringLiteral("account")); !entity)
        return entity.status();
    const QString why = reason.trimmed();
    if (!tier.isEmpty() && !model::entity(u"account")->field(u"tier")->enumValues.contains(tier))
        return Status::fail(CoreText::tr("\"%1\" is not a tier (S, A, B or C).").arg(tier),
                            QStringLiteral("tier"));
    auto computed = analysis::assessTier(m_store.reader(), accountId, today);
    if (!computed)
        return computed.status();
    if (tier != computed.value().figures && tier != QLatin1String("S") && why.isEmpty())
        return Status::fail(CoreText::tr("The figures give tier %1; a different tier needs a reason (%2).")
                                .arg(computed.value().figures, computed.value().reason),
                            QStringLiteral("tier_reason"));
    Change change;
    change.label = CoreText::tr("Set the tier of %1 to %2")
                       .arg(titleOf(accountId), tier.isEmpty() ? QStringLiteral("—") : tier);
    change.ops.push_back(
        Operation::set(QStringLiteral("account"), accountId,
                       {{QStringLiteral("tier"), tier.isEmpty() ? QVariant() : QVariant(tier)},
                        {QStringLiteral("tier_reason"),
                         why.isEmpty() || tier == computed.value().figures ? QVariant() : QVariant(why)}}));
    return run(change);
}

Status Commands::checkTierReason(const QString& accountId, const FieldValues& fields)
{
    const QVariant* tier = nullptr;
    const QVariant* reason = nullptr;
    for (const auto& [field, value] : fields) {
        if (field == QLatin1String("tier"))
            tier = &value;
        else if (field == QLatin1String("tier_reason"))
            reason = &value;
    }
    const QString t = tier ? tier->toString() : QString();
    // No tier, S, or a value that is not a tier (the store refuses it with its own message).
    if (t.isEmpty() || t == QLatin1String("S") ||
        !model::entity(u"account")->field(u"tier")->enumValues.contains(t))
        return Status::ok();
    QString why = reason ? reason->toString().trimmed() : QString();
    if (!reason)
        if (auto rec = m_store.record(QStringLiteral("account"), accountId); rec.isOk())
            why = rec.value().value(QStringLiteral("tier_reason")).toString().trimmed();
    if (!why.isEmpty())
        return Status::ok();
    auto computed = analysis::assessTier(m_store.reader(), accountId);
    if (!computed)
        return computed.status();
    if (t == computed.value().figures)
        return Status::ok();
    return Status::fail(CoreText::tr("%1: the figures give tier %2; a different tier needs a reason (%3).")
                            .arg(titleOf(accountId), computed.value().figures, computed.value().reason),
                        QStringLiteral("tier_reason"));
}

Status Commands::acceptComputedTier(const QString& accountId, const QDate& today)
{
    if (auto entity = entityOfRequired(accountId, QStringLiteral("account")); !entity)
        return entity.status();
    auto computed = analysis::assessTier(m_store.reader(), accountId, today);
    if (!computed)
        return computed.status();
    if (!computed.value().differs())
        return Status::ok();
    Change change;
    change.label =
        CoreText::tr("Accept the computed tier %1 for %2").arg(computed.value().figures, titleOf(accountId));
    change.ops.push_back(Operation::set(
        QStringLiteral("account"), accountId,
        {{QStringLiteral("tier"), computed.value().figures}, {QStringLiteral("tier_reason"), QVariant()}}));
    return run(change);
}

Status Commands::editAccountModel(const FieldValues& fields)
{
    if (fields.empty())
        return Status::ok();
    Change change;
    change.label = CoreText::tr("Edit the tier and health model");
    change.ops.push_back(Operation::set(QStringLiteral("account_model"), model::kAccountModelId, fields));
    return run(change);
}

} // namespace summit::commands
