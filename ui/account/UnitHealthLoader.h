#pragma once
// Scores the units of an account's org tree (analysis/UnitHealth.h) in the
// background (ui/common/BackgroundRead.h), so the Organisation tab and the map
// stay responsive on a large group (1.5 s for 250 units); the latest load wins.

#include "analysis/AccountScores.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QString>
#include <optional>

namespace summit::ui {

class BackgroundRead;

class UnitHealthLoader : public QObject
{
    Q_OBJECT
public:
    explicit UnitHealthLoader(const QString& databasePath, QObject* parent = nullptr);

    void load(const QString& accountId, const QDate& today);
    bool isLoading() const;
    // Unit id -> its health, from the last load that finished; empty before.
    const QHash<QString, analysis::HealthAssessment>& health() const { return m_health; }
    // One unit's, from the last load; none when it was not scored.
    std::optional<analysis::HealthAssessment> healthOf(const QString& unitId) const;
    QString error() const { return m_error; }

signals:
    void loaded();

private:
    BackgroundRead* m_read = nullptr;
    QHash<QString, analysis::HealthAssessment> m_health;
    QString m_error;
};

} // namespace summit::ui
