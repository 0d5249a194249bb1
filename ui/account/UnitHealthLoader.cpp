#include "ui/account/UnitHealthLoader.h"

#include "analysis/UnitHealth.h"
#include "ui/common/BackgroundRead.h"

namespace summit::ui {

UnitHealthLoader::UnitHealthLoader(const QString& databasePath, QObject* parent)
    : QObject(parent), m_read(new BackgroundRead(databasePath, QStringLiteral("unitHealth"), this))
{}

bool UnitHealthLoader::isLoading() const
{
    return m_read->isRunning();
}

std::optional<analysis::HealthAssessment> UnitHealthLoader::healthOf(const QString& unitId) const
{
    // contains() and value(), not an iterator: GCC at -O2 cannot see that a found iterator's
    // hash has data, and warns of a null dereference (-Wnull-dereference, an error in release).
    if (!m_health.contains(unitId))
        return std::nullopt;
    return m_health.value(unitId);
}

void UnitHealthLoader::load(const QString& accountId, const QDate& today)
{
    m_read->start([this, accountId, today](const Status& opened, Database& db) -> std::function<void()> {
        using R = Result<QHash<QString, analysis::HealthAssessment>>;
        R result = opened ? analysis::unitHealth(db, accountId, today) : R(opened);
        return [this, result] {
            m_error = result ? QString() : result.message();
            m_health = result ? result.value() : QHash<QString, analysis::HealthAssessment>();
            emit loaded();
        };
    });
}

} // namespace summit::ui
