#pragma once
// New and Delete for a view that lists records of one type. The actions
// sit in the view's context menu; Delete also on the Delete key while the view
// has focus; New is what the main window's New Record (Ctrl+N) triggers while
// the view's page or tab is in front (it looks for the action by its object
// name, "newRecordAction"). Delete asks first, saying how many records and
// what hangs under them, and moves them to the Trash as one change, which
// Undo (Ctrl+Z) or the Trash brings back.

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <functional>

class QAbstractItemView;
class QAction;
class QWidget;

namespace summit::ui {
class Workspace;
}

namespace summit::ui::forms {

class RecordDialog;

class RecordActions : public QObject
{
    Q_OBJECT
public:
    // The ids of the selected rows are read under `idRole` (from the row's
    // first column when the cell itself has none). `presets` fills a new
    // record (its account, its opportunity, …).
    RecordActions(Workspace& workspace, QAbstractItemView* view, const QString& entity, int idRole,
                  std::function<QVariantMap()> presets = {});

    QAction* newAction() const { return m_new; }
    QAction* deleteAction() const { return m_delete; }
    QStringList selectedIds() const;
    // Replaces the record form as what New opens (follow-ups open the quick dialog).
    void setNewHandler(std::function<void()> handler) { m_newHandler = std::move(handler); }

    // A form for a new record of `entity`, opened (not modal to the app) and deleted on close.
    static RecordDialog* openNew(Workspace& workspace, QWidget* parent, const QString& entity,
                                 const QVariantMap& presets = {});
    // Asks, then moves `ids` to the Trash as one change. False when the user
    // said no or the store refused (its message then goes to the status bar).
    static bool deleteAsking(Workspace& workspace, QWidget* parent, const QStringList& ids);
    // The question before a delete; Yes goes ahead. Tests replace it.
    using AskDelete = std::function<bool(QWidget* parent, const QString& title, const QString& question)>;
    static AskDelete askDelete;
    // The question's text: "Delete 华为? It has 12 org units, 40 people … They go to
    // the Trash with it and come back with it." Shown by askDelete; tests read it.
    static QString deleteQuestion(Workspace& workspace, const QStringList& ids);

private:
    void updateEnabled();

    Workspace& m_workspace;
    QAbstractItemView* m_view;
    QString m_entity;
    int m_idRole;
    std::function<QVariantMap()> m_presets;
    std::function<void()> m_newHandler;
    QAction* m_new = nullptr;
    QAction* m_delete = nullptr;
};

} // namespace summit::ui::forms
