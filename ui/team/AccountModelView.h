#pragma once
// The team's tier and health model (Team page, "Tiers and health" tab): how
// revenue is counted, the A and B thresholds, the weights of the tier's
// criteria, the activity points of each follow-up type, the follow-up
// cadence of each tier and the weights of the health score's components.
// Save writes only the fields the user changed, so a teammate's concurrent
// edit of another field survives replication; a change that arrives while
// the user edits refreshes the fields they have not touched and keeps the
// ones they have. The store's checks (weights adding up to 100, A's
// thresholds not below B's) refuse a bad model with the reason, and nothing
// is written. Team leads and administrators change it; others read it.

#include "model/Schema.h"

#include <QSet>
#include <QVariantMap>
#include <QWidget>
#include <deque>
#include <map>

class QLabel;
class QPushButton;

namespace summit {
struct ChangeSet;
}

namespace summit::ui {
namespace forms {
class FieldEditor;
}

class Workspace;

class AccountModelView : public QWidget
{
    Q_OBJECT
public:
    explicit AccountModelView(Workspace& workspace, QWidget* parent = nullptr);

    forms::FieldEditor* editor(const QString& field) const;
    QPushButton* saveButton() const { return m_save; }
    QPushButton* revertButton() const { return m_revert; }
    QPushButton* defaultsButton() const { return m_defaults; }
    QString errorText() const;
    // What the form says under the tier or health weights: empty when they add up to 100.
    QString tierWeightsText() const;
    QString healthWeightsText() const;
    // Whether a field the user touched now differs from the stored model.
    bool isModified() const;

public slots:
    // Shows the stored model, dropping edits not saved.
    void reload();
    // Writes the changed fields; false (with the reason shown) when refused.
    bool save();
    // Fills in the defaults (seed 002's table); Save writes them.
    void useDefaults();

private:
    void onStoreChanged(const ChangeSet& change);
    void fill(const QVariantMap& fields, bool keepTouched);
    void updateState();

    Workspace& m_workspace;
    std::deque<model::FieldDef> m_fields; // what the editors show (they keep a reference)
    std::map<QString, forms::FieldEditor*> m_editors;
    QVariantMap m_stored; // every field, defaults filled in
    QSet<QString> m_touched;
    bool m_filling = false;
    QLabel* m_tierSum = nullptr;
    QLabel* m_healthSum = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_readOnly = nullptr;
    bool m_mayEdit = true;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_defaults = nullptr;
};

} // namespace summit::ui
