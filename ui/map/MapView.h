#pragma once
// The interactive decision-chain map (决策链图谱) of one account: a
// QGraphicsView over a MapScene, drawn with the export's painter.
//
// - Collapse/expand any unit or manager (the +/− under it, Space, or the
//   context menu); what is left is laid out again so the chart closes up.
// - Focus mode: one person's chain up and team down, everyone else hidden.
// - Level of detail by zoom (see MapItems.h).
// - Search selects and centres the person found, opening collapsed units on the way.
// - Keyboard: arrows move between people (up: manager, down: first report,
//   left/right: siblings), Enter opens the person, + / − / 0 zoom (0 = 100 %),
//   F fits, Space collapses or expands, Esc leaves focus or link drawing,
//   the context-menu key (or Shift+F10) opens the person's menu.
// - Editing through the write path: drag a person onto a person (reports to)
//   or a unit (sits in), a unit onto a unit (parent); the context menu sets
//   role, stance, influence and "left", adds people and influence links.
//   Refusals come out of editRefused() for an inline message bar.
// - setMap() shows a given map, e.g. as of a past date, read-only until the
//   next reload(); setChangeMarks() labels nodes ("new", "left").
// - The live map's unit boxes carry their health (analysis/UnitHealth.h) as a
//   coloured band, scored in the background and drawn when it is in; a past
//   map has none.
//
// The live map follows the store: a change that touches this account rebuilds
// it (when visible, else on the next show), keeping zoom, centre, selection
// and collapsed nodes.
//
// A new account, a filter change and a focus change fit what is shown to the
// window (fitShown): never above 100 %, and never below kLegibleZoom, where
// names stop fitting in their boxes; a map too large for that shows its top.
// Until the user zooms or scrolls, the fit follows the window's size.

#include "Result.h"
#include "map/DecisionChainMap.h"

#include <QGraphicsView>
#include <QHash>
#include <QSet>
#include <memory>

class QMenu;
class QGraphicsRectItem;

namespace summit {
struct ChangeSet;
}

namespace summit::ui {

class MapEditor;
class MapScene;
class UnitHealthLoader;
class Workspace;

class MapView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit MapView(Workspace& workspace, QWidget* parent = nullptr);
    ~MapView() override;

    // Shows the live map of an account with these overlays and filters.
    Status setAccount(const QString& accountId, const map::MapOptions& options = {});
    Status setOptions(const map::MapOptions& options);
    const map::MapOptions& options() const { return m_options; }
    QString accountId() const { return m_accountId; }
    // Reads the live map again (and leaves a historical map).
    Status reload();
    // Shows `map` read-only (editing is refused) until the next reload().
    void setMap(map::DecisionChainMap map);
    bool isReadOnly() const { return m_readOnly; }
    // Small labelled badges: contact or unit id -> short translated text.
    void setChangeMarks(const QHash<QString, QString>& marks);

    MapScene* mapScene() const { return m_scene; }
    const map::DecisionChainMap& fullMap() const { return m_full; } // nothing collapsed
    const map::DecisionChainMap& shownMap() const;                  // what the scene holds

    // Collapse and focus.
    bool isCollapsed(const QString& id) const { return m_collapsed.contains(id); }
    void setCollapsed(const QString& id, bool collapsed);
    void toggleCollapsed(const QString& id);
    void expandAll();
    QString focusId() const { return m_focusId; }
    void setFocusId(const QString& id); // empty: everyone

    // Selection and search.
    QString selectedId() const;
    // Selects a node, showing it first if it is collapsed away or outside the focus.
    bool selectNode(const QString& id, bool centre = true);
    // Finds a person (or else a unit) of this account by name, pinyin or
    // initials; selects and centres the best hit. False when there is none.
    bool findAndSelect(const QString& text);

    // Zoom: view pixels per map unit.
    static constexpr double kLegibleZoom = 0.3;
    double zoom() const;
    void setZoom(double scale);
    // The part of the map in the window, in map units.
    QRectF visibleArea() const;

    // Editing. The drop handler of a drag: `id` dropped onto `targetId`.
    Status dropNode(const QString& id, const QString& targetId);
    // The context menu of a node (the caller owns it); null for an unknown id.
    QMenu* createContextMenu(const QString& id, QWidget* parent = nullptr);
    // "Draw influence link from here": the next person clicked (or selected
    // and Enter) is the target.
    void startLink(const QString& fromId);
    // Creates the link, then opens its form for kind, strength and note (when editDrawnLinks).
    Status finishLink(const QString& toId);
    static inline bool editDrawnLinks = true; // tests that only count links turn it off
    void cancelLink();
    QString linkSource() const { return m_linkFrom; }
    MapEditor& editor() const { return *m_editor; }

public slots:
    void zoomIn();
    void zoomOut();
    void zoomReset();
    void fitAll();
    // Fits the shown map between kLegibleZoom and 100 % (see above).
    void fitShown();

signals:
    void selectedChanged(const QString& id);
    void zoomChanged(double scale);
    // A refused edit, worded for an inline message bar.
    void editRefused(const QString& message);
    // A hint for the user (link drawing, nothing found).
    void notice(const QString& message);
    void mapChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild(bool keepView);
    void onStoreChanged(const ChangeSet& change);
    bool touchesAccount(const ChangeSet& change);
    void moveSelection(int key);
    void centreOnNode(int index);
    int selectedIndex() const;
    int toggleAt(const QPointF& scenePos) const;
    void endDrag();
    Status refuseIfReadOnly() const;
    Status report(const Status& status);

    Workspace& m_workspace;
    std::unique_ptr<MapEditor> m_editor;
    MapScene* m_scene = nullptr;
    QString m_accountId;
    map::MapOptions m_options;
    map::DecisionChainMap m_full;
    UnitHealthLoader* m_unitHealth = nullptr;
    void applyUnitHealth();
    bool m_readOnly = false;
    bool m_viewSet = false; // the first map sets zoom and position, later ones keep them
    bool m_autoFit = false; // fitted and untouched since: a resize fits again
    bool m_fitting = false; // a zoom by fitShown, not by the user
    bool m_reloadPending = false;
    bool m_stale = false; // changed while hidden
    QSet<QString> m_collapsed;
    QString m_focusId;
    QHash<QString, QString> m_marks;
    QString m_linkFrom;

    // A drag in progress: the node pressed, where, and the ghost following the mouse.
    QString m_pressId;
    QPoint m_pressPos;
    QPointF m_grabOffset;
    QGraphicsRectItem* m_ghost = nullptr;
    QGraphicsRectItem* m_dropTarget = nullptr;
};

} // namespace summit::ui
