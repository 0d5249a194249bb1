#pragma once
// The account list: the filter bar, saved filters, and a table over the lazy
// AccountListModel. Sorting goes through the model (a query), never through a
// proxy over all rows. Enter or a double-click asks the workspace to open the
// account; Ctrl+C copies the selected rows as tab-separated text with a header
// (ListCopy.h); Export… (Ctrl+E) writes the filtered list to XLSX or CSV (ListExport.h).
// Column widths and order are a per-machine preference (QSettings "accounts/header").

#include "query/AccountList.h"
#include "ui/lists/ListExport.h"

#include <QWidget>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QTableView;
class QToolButton;

namespace summit::ui {
namespace forms {
class BulkEditDialog;
class RecordActions;
} // namespace forms

class AccountFilterBar;
class AccountListModel;
class DrillDownBar;
class Workspace;

class AccountListView : public QWidget
{
    Q_OBJECT
public:
    AccountListView(Workspace& workspace, QWidget* parent = nullptr);
    ~AccountListView() override;

    QTableView* table() const { return m_table; }
    AccountListModel* model() const { return m_model; }
    AccountFilterBar* filterBar() const { return m_bar; }
    QAction* copyAction() const { return m_copy; }
    QAction* exportAction() const { return m_export; }
    // What Export… writes: the accounts under the current filter, in the list's order.
    ListExportJob exportJob() const;
    // New account, Delete (context menu, Delete key, Ctrl+N through the main window).
    forms::RecordActions* actions() const { return m_actions; }
    // Opens the bulk edit of the selected accounts (the handover to another AM).
    forms::BulkEditDialog* bulkEdit();

    // Sets the filter bar's filter; a drill-down shown ends.
    void setFilter(const query::AccountFilter& filter);
    // The filter bar's filter (without a drill-down's accounts).
    query::AccountFilter filter() const;
    // Lists only `ids` (the accounts behind a figure of the dashboard), under a bar that says
    // what `caption` is and offers to show all again; the filter bar still narrows them.
    void showOnly(const QStringList& ids, const QString& caption);
    void showAll();
    // The drill-down's bar text; empty when the list shows all.
    QString onlyCaption() const;

    // The selected rows (in view order) as tab-separated text, a header line first.
    QString selectionAsText() const;

    // Saved filters (QSettings "accounts/savedFilters").
    void saveFilterAs(const QString& name);
    bool applySavedFilter(const QString& name);
    void deleteSavedFilter(const QString& name);
    // Seam for tests: how "Save filter…" asks for a name (default: an input dialog).
    // An empty answer cancels.
    void setNamePrompt(std::function<QString(const QString& suggestion)> prompt);

private:
    void applyFilter(const query::AccountFilter& filter);
    void reloadFacets();
    void reloadSavedFilters(const QString& current = QString());
    void copySelection();
    void openCurrent();
    void updateCount(int count);
    void saveHeader();

    Workspace& m_workspace;
    AccountListModel* m_model = nullptr;
    AccountFilterBar* m_bar = nullptr;
    QComboBox* m_saved = nullptr;
    QToolButton* m_saveButton = nullptr;
    QToolButton* m_deleteButton = nullptr;
    QLabel* m_count = nullptr;
    DrillDownBar* m_onlyBar = nullptr;
    std::optional<QStringList> m_only; // the drill-down's accounts
    QTableView* m_table = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_export = nullptr;
    QAction* m_open = nullptr;
    QAction* m_bulk = nullptr;
    forms::RecordActions* m_actions = nullptr;
    std::function<QString(const QString&)> m_prompt;
};

} // namespace summit::ui
