#pragma once
// The Overview tab of the account view: the account's master data, finance
// and credit, invoice data, strategy notes and key figures (open pipeline,
// recent follow-ups, open tasks, contacts). Read-only; "Edit…" (Ctrl+E) asks
// for the record form with editRequested("account", id).

#include <QHash>
#include <QWidget>

class QLabel;
class QFormLayout;
class QGroupBox;
class QPushButton;

namespace summit::ui {

class Workspace;
class AccountScoresBox;

class AccountOverviewTab : public QWidget
{
    Q_OBJECT
public:
    AccountOverviewTab(Workspace& workspace, const QString& accountId, QWidget* parent = nullptr);

    // The label showing a field's value ("credit_limit") or a key figure
    // ("open_pipeline", "recent_followups", "open_tasks", "contacts").
    QLabel* valueLabel(const QString& key) const { return m_values.value(key); }
    QPushButton* editButton() const { return m_edit; }

public slots:
    void reload();

signals:
    void editRequested(const QString& entity, const QString& id);

private:
    QLabel* addRow(QFormLayout* form, const QString& key, const QString& label);
    void setValue(const QString& key, const QString& text);
    void showCommerce();

    Workspace& m_workspace;
    QString m_accountId;
    QHash<QString, QLabel*> m_values;
    QGroupBox* m_customBox = nullptr;
    QFormLayout* m_custom = nullptr; // one row per custom field of accounts
    QPushButton* m_edit = nullptr;
    AccountScoresBox* m_scores = nullptr; // computed tier and health
};

} // namespace summit::ui
