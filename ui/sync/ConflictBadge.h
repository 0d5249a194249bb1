#pragma once
// A small "Conflict" badge for record views: visible only while the record has
// an open conflict (a value that lost to a concurrent change elsewhere).
// Clicking it asks to show the Conflicts view. Usage in a record view:
//   auto* badge = new ConflictBadge(workspace, this);
//   headerLayout->addWidget(badge);
//   badge->setRecord(accountId);
//   connect(badge, &ConflictBadge::conflictsRequested, ..., /* show ConflictsView */);

#include <QToolButton>

namespace summit {
struct ChangeSet;
}

namespace summit::ui {

class Workspace;

class ConflictBadge : public QToolButton
{
    Q_OBJECT
public:
    explicit ConflictBadge(Workspace& workspace, QWidget* parent = nullptr);

    void setRecord(const QString& id);
    QString record() const { return m_id; }
    // Re-reads whether the record has a conflict (one indexed lookup).
    void refresh();

signals:
    void conflictsRequested(const QString& recordId);

private:
    void onChanged(const summit::ChangeSet& change);

    Workspace& m_workspace;
    QString m_id;
};

} // namespace summit::ui
