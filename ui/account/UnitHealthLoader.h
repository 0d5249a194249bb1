#pragma once
// Scores the units of an account's org tree (analysis/UnitHealth.h) on a
// thread of its own, with its own read-only connection, so the Organisation
// tab and the map stay responsive on a large group (1.5 s for 250 units). A
// load asked for while one runs replaces it: the running one's result is
// dropped and the latest is computed when it ends.

#include "analysis/AccountScores.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QString>

class QThread;

namespace summit::ui {

class UnitHealthLoader : public QObject
{
    Q_OBJECT
public:
    explicit UnitHealthLoader(const QString& databasePath, QObject* parent = nullptr);
    ~UnitHealthLoader() override;

    void load(const QString& accountId, const QDate& today);
    bool isLoading() const { return m_thread != nullptr; }
    // Unit id -> its health, from the last load that finished; empty before.
    const QHash<QString, analysis::HealthAssessment>& health() const { return m_health; }
    QString error() const { return m_error; }

signals:
    void loaded();

private:
    void start();
    void finished(const Result<QHash<QString, analysis::HealthAssessment>>& result);

    QString m_path;
    QString m_accountId;
    QDate m_today;
    bool m_pending = false;
    QThread* m_thread = nullptr;
    QHash<QString, analysis::HealthAssessment> m_health;
    QString m_error;
};

} // namespace summit::ui
