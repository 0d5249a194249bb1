#pragma once
// The account overview's "Tier and health" section: the computed tier with
// its reason (and, where the account's tier differs, the reason given for it
// and an Accept button that takes the computed one), and the health score
// with each component's points and reasons (core/analysis/AccountScores.h).

#include <QGroupBox>

class QGridLayout;
class QLabel;
class QPushButton;

namespace summit::ui {

class Workspace;

class AccountScoresBox : public QGroupBox
{
    Q_OBJECT
public:
    AccountScoresBox(Workspace& workspace, const QString& accountId, QWidget* parent = nullptr);

    QPushButton* acceptButton() const { return m_accept; }

public slots:
    void reload();

private:
    Workspace& m_workspace;
    QString m_accountId;
    QLabel* m_tier = nullptr;
    QLabel* m_override = nullptr;
    QPushButton* m_accept = nullptr;
    QLabel* m_health = nullptr;
    QGridLayout* m_components = nullptr;
};

// The colour of a health band's text, readable on the palette's base in light and dark themes.
QColor healthBandColor(const QString& bandKey, const QPalette& palette);

} // namespace summit::ui
