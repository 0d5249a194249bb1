#pragma once
// The "Map" tab of the account view: the interactive decision-chain map under
// a toolbar: find a person, overlays and filters (one opportunity's buying
// center, key people only, stances, one team member's coverage), zoom,
// fit, export (PNG, SVG, PDF of the whole map or the visible part) and print.
// A map of more than kOverviewPeople people opens on its key people only, fitted.
// Refused edits and search misses show in an inline message bar above the map.
//
// Shortcuts (while the tab has focus): Ctrl+F find, Ctrl+P print; the map's
// own keys are listed in MapView.h.
//
// Seams for tests: chooseExportFile (the save dialog) and setupPrinter (the
// print dialog).

#include "Result.h"
#include "map/DecisionChainMap.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPrinter;

namespace summit {
struct ChangeSet;
}

namespace summit::ui {

class MapView;
class MessageBar;
class Workspace;

class AccountMapTab : public QWidget
{
    Q_OBJECT
public:
    AccountMapTab(Workspace& workspace, const QString& accountId, QWidget* parent = nullptr);
    // Above this many people a map opens on its key people only.
    static constexpr int kOverviewPeople = 60;
    ~AccountMapTab() override;

    MapView* view() const { return m_view; }
    MessageBar* messageBar() const { return m_messages; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* opportunityCombo() const { return m_opportunity; }
    QComboBox* memberCombo() const { return m_member; }
    QAction* keyPeopleAction() const { return m_keyPeople; }
    QMenu* stanceMenu() const { return m_stanceMenu; }
    QAction* exportWholeAction() const { return m_exportWhole; }
    QAction* exportVisibleAction() const { return m_exportVisible; }
    QAction* printAction() const { return m_print; }

    // For the "as of / changes since" controls: forwarded to the view.
    void setChangeMarks(const QHash<QString, QString>& marks);
    void setMap(map::DecisionChainMap map);
    // Back to today's live map.
    void showLive();

    // Selects a person or unit on the map (AccountView::selectRecord).
    Q_INVOKABLE bool selectRecord(const QString& id);

    // Exports or prints the whole map (as loaded, nothing collapsed) or the part in the window.
    Status exportMap(bool visiblePart);
    Status print(bool visiblePart);

    // The file to export to; an empty string cancels. Default: a save dialog.
    using FileChooser = std::function<QString(QWidget* parent, const QString& suggestedName)>;
    FileChooser chooseExportFile;
    // Sets the printer up; false cancels. Default: the system print dialog.
    using PrinterSetup = std::function<bool(QPrinter& printer, QWidget* parent)>;
    PrinterSetup setupPrinter;

private:
    void buildToolbar();
    void fillChoices();
    void applyOptions();
    void openOverviewIfLarge();
    void onStoreChanged(const ChangeSet& change);
    void updateZoomLabel(double scale);
    map::DecisionChainMap mapToExport(bool visiblePart) const;

    Workspace& m_workspace;
    QString m_accountId;
    MapView* m_view = nullptr;
    MessageBar* m_messages = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_opportunity = nullptr;
    QComboBox* m_member = nullptr;
    QAction* m_keyPeople = nullptr;
    QMenu* m_stanceMenu = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QAction* m_exportWhole = nullptr;
    QAction* m_exportVisible = nullptr;
    QAction* m_print = nullptr;
    bool m_choicesPending = false;
    bool m_overviewNotice = false; // the large-map message is up
};

} // namespace summit::ui
