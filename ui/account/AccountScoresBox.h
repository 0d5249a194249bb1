#pragma once
// The account overview's "Tier and health" section: the computed tier with
// its reason (and, where the account's tier differs, the reason given for it
// and an Accept button that takes the computed one), and the health score
// with each component's points and reasons (core/analysis/AccountScores.h);
// the lifecycle stage with its days in stage and the move the records suggest
// (core/analysis/Lifecycle.h), one click to confirm it.

#include <QGroupBox>

class QGridLayout;
class QLabel;
class QPushButton;

namespace summit::ui {

class HealthTrendChart;
class Workspace;

class AccountScoresBox : public QGroupBox
{
    Q_OBJECT
public:
    AccountScoresBox(Workspace& workspace, const QString& accountId, QWidget* parent = nullptr);

    QPushButton* acceptButton() const { return m_accept; }
    // Moves the account to the stage its records suggest (analysis/Lifecycle.h).
    QPushButton* moveStageButton() const { return m_moveStage; }
    // The health score of the last 52 weeks, worked out in the background.
    HealthTrendChart* trendChart() const { return m_trend; }

public slots:
    void reload();

private:
    void reloadStage();

    Workspace& m_workspace;
    QString m_accountId;
    QLabel* m_tier = nullptr;
    QLabel* m_override = nullptr;
    QPushButton* m_accept = nullptr;
    QLabel* m_stage = nullptr;
    QPushButton* m_moveStage = nullptr;
    QString m_suggestedStage;
    QLabel* m_health = nullptr;
    HealthTrendChart* m_trend = nullptr;
    QGridLayout* m_components = nullptr;
};

// The colour of a health band's text, readable on the palette's base in light and dark themes.
QColor healthBandColor(const QString& bandKey, const QPalette& palette);

} // namespace summit::ui
