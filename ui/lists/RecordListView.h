#pragma once
// The Opportunities, Tasks and Follow-ups pages of the navigation, and the
// tabs of the Contracts & Service page: a lazy, sortable table of one record
// type with a few filters that fit it (opportunities: stage and status; tasks:
// open/done and mine; follow-ups: type and mine; contracts: status and mine;
// service requests: mine). Enter or a double-click opens the record; New (Ctrl+N)
// and Delete from the context menu; Ctrl+C copies the selected rows
// (ListCopy.h); Export… (Ctrl+E) writes the listed rows to XLSX or CSV (ListExport.h).

#include "ui/lists/ListExport.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QTimer;

namespace summit {
struct ChangeSet;
}

namespace summit::ui {
namespace forms {
class BulkEditDialog;
class RecordActions;
} // namespace forms

class DrillDownBar;
class RecordListModel;
class Workspace;

class RecordListView : public QWidget
{
    Q_OBJECT
public:
    // `entity` is "opportunity", "task", "followup", "contract", "receivable",
    // "service_request" or "satisfaction".
    RecordListView(Workspace& workspace, const QString& entity, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    RecordListModel* model() const { return m_model; }
    // Filter controls; null where the type has no such filter.
    QComboBox* stageFilter() const { return m_stage; }   // opportunities
    QComboBox* statusFilter() const { return m_status; } // opportunities, tasks, contracts
    QComboBox* typeFilter() const { return m_type; }     // follow-ups
    QCheckBox* mineFilter() const { return m_mine; }     // tasks, follow-ups, contracts, service
    forms::RecordActions* actions() const { return m_actions; }
    QAction* copyAction() const { return m_copy; }
    QAction* exportAction() const { return m_export; }
    // The selected rows as tab-separated text, a header line first (what Ctrl+C copies).
    QString selectionAsText() const;
    // What Export… writes: the records the list shows, under its filter, in its order.
    ListExportJob exportJob() const;
    // Opens the bulk edit of the selected rows (owner, stage, status, due …).
    forms::BulkEditDialog* bulkEdit();
    // Lists only `ids` (the records behind a figure of the dashboard), with the
    // other filters cleared and a bar that says what `caption` is and offers
    // to show all again.
    void showOnly(const QStringList& ids, const QString& caption);
    void showAll();
    // The caption of the drill-down shown; empty when the list shows all.
    QString onlyCaption() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    QComboBox* enumFilter(const QString& field, const QString& all);
    void applyFilters();
    void fitColumns();
    void onStoreChanged(const ChangeSet& change);
    void openCurrent();

    Workspace& m_workspace;
    RecordListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_type = nullptr;
    QCheckBox* m_mine = nullptr;
    QLabel* m_error = nullptr;
    DrillDownBar* m_onlyBar = nullptr;
    forms::RecordActions* m_actions = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_export = nullptr;
    QTimer* m_reloadTimer = nullptr;
    bool m_stale = false;
    bool m_fitted = false; // the columns were fitted to rows (not to an empty list)
};

} // namespace summit::ui
