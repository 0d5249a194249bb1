#include "ui/map/MapView.h"
#include "ui/UiText.h"

#include "search/Search.h"
#include "store/Store.h"
#include "ui/Workspace.h"
#include "ui/account/UnitHealthLoader.h"
#include "ui/map/MapEditor.h"
#include "ui/map/MapItems.h"
#include "ui/map/MapScene.h"
#include "ui/map/MapSubset.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QGraphicsRectItem>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace summit::ui {

namespace {
constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 4.0;
constexpr double kZoomStep = 1.25;
} // namespace

MapView::MapView(Workspace& workspace, QWidget* parent)
    : QGraphicsView(parent), m_workspace(workspace), m_editor(std::make_unique<MapEditor>(workspace)),
      m_scene(new MapScene(this)), m_unitHealth(new UnitHealthLoader(workspace.store().path(), this))
{
    connect(m_unitHealth, &UnitHealthLoader::loaded, this, [this] {
        if (m_readOnly)
            return; // a past map: the scores are today's
        applyUnitHealth();
        rebuild(true);
    });
    setScene(m_scene);
    setObjectName(QStringLiteral("mapView"));
    setAccessibleName(UiText::tr("Decision-chain map"));
    setFocusPolicy(Qt::StrongFocus);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // Items set their own hints and save what they change.
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    connect(&workspace.store(), &Store::changed, this, &MapView::onStoreChanged);
    // A scroll bar moved by the user (not by a fit or a resize) ends following the window's size.
    for (QScrollBar* bar : {horizontalScrollBar(), verticalScrollBar()})
        connect(bar, &QAbstractSlider::actionTriggered, this, [this] { m_autoFit = false; });
}

MapView::~MapView() = default;

const map::DecisionChainMap& MapView::shownMap() const
{
    return m_scene->map();
}

// ---- which map ---------------------------------------------------------------

Status MapView::setAccount(const QString& accountId, const map::MapOptions& options)
{
    if (accountId != m_accountId) {
        m_collapsed.clear();
        m_focusId.clear();
        m_viewSet = false;
    }
    m_accountId = accountId;
    m_options = options;
    return reload();
}

Status MapView::setOptions(const map::MapOptions& options)
{
    // A filter changes who is on the map: fit again. An overlay only highlights: keep the view.
    if (options.keyPeopleOnly != m_options.keyPeopleOnly || options.stances != m_options.stances ||
        options.contactsOnly != m_options.contactsOnly)
        m_viewSet = false;
    m_options = options;
    return reload();
}

Status MapView::reload()
{
    m_stale = false;
    if (m_accountId.isEmpty())
        return {};
    map::MapOptions o = m_options;
    o.today = m_workspace.today();
    auto built = map::buildMap(m_workspace.store().reader(), m_accountId, o);
    if (!built)
        return Status(built.error());
    m_full = std::move(built.value());
    m_readOnly = false;
    applyUnitHealth(); // the last scores at once, the new ones when they are in
    m_unitHealth->load(m_accountId, o.today);
    rebuild(m_viewSet);
    return {};
}

void MapView::applyUnitHealth()
{
    // Scores of another account (the map moved on while they were computed) are not drawn.
    const QString scored =
        m_unitHealth->health().isEmpty() ? QString() : m_unitHealth->health().keys().first();
    const auto first = m_unitHealth->healthOf(scored);
    const bool same = first && first->accountId == m_full.accountId;
    for (map::MapNode& n : m_full.nodes) {
        if (n.isContact())
            continue;
        const auto h = same ? m_unitHealth->healthOf(n.id) : std::nullopt;
        n.health = h ? h->score : -1;
        n.healthBand = h ? analysis::healthBandKey(h->band) : QString();
    }
}

void MapView::setMap(map::DecisionChainMap chart)
{
    if (chart.accountId != m_accountId) {
        m_collapsed.clear();
        m_focusId.clear();
        m_viewSet = false;
        m_accountId = chart.accountId;
    }
    m_full = std::move(chart);
    m_readOnly = true;
    cancelLink();
    rebuild(m_viewSet);
}

void MapView::setChangeMarks(const QHash<QString, QString>& marks)
{
    m_marks = marks;
    m_scene->setChangeMarks(marks);
}

// Builds the scene from the full map with collapsed subtrees and the focus
// applied, keeping the view where it was (or, the first time, choosing one).
void MapView::rebuild(bool keepView)
{
    const QString selected = selectedId();
    const QPointF centre = mapToScene(viewport()->rect().center());
    const QTransform zoomed = transform();

    map::DecisionChainMap shown = mapsubset::shownPart(m_full, m_collapsed, m_focusId);
    const std::vector<int> fullBelow = mapsubset::descendantCounts(m_full);
    const std::vector<int> shownBelow = mapsubset::descendantCounts(shown);
    std::vector<int> hidden(shown.nodes.size(), 0);
    std::vector<char> expandable(shown.nodes.size(), 0);
    for (size_t i = 0; i < shown.nodes.size(); ++i) {
        const int f = m_full.indexOf(shown.nodes[i].id);
        if (f < 0)
            continue;
        expandable[i] = fullBelow[size_t(f)] > 0;
        if (m_collapsed.contains(shown.nodes[i].id))
            hidden[i] = fullBelow[size_t(f)] - shownBelow[i];
    }
    m_scene->setMap(std::move(shown), std::move(hidden), std::move(expandable));
    m_scene->setChangeMarks(m_marks);
    setSceneRect(m_scene->sceneRect()); // drops room a centred search added

    if (MapNodeItem* item = m_scene->nodeItem(selected))
        item->setSelected(true);
    if (keepView) {
        setTransform(zoomed);
        centerOn(centre);
    } else if (!m_scene->map().nodes.empty()) {
        fitShown();
        m_viewSet = true;
    }
    emit mapChanged();
}

// ---- store changes -----------------------------------------------------------

bool MapView::touchesAccount(const ChangeSet& change)
{
    static const QSet<QString> relevant = {
        QStringLiteral("account"),  QStringLiteral("org_unit"),       QStringLiteral("contact"),
        QStringLiteral("coverage"), QStringLiteral("influence_link"), QStringLiteral("buying_role"),
        QStringLiteral("followup"), QStringLiteral("opportunity"),    QStringLiteral("member")};
    if (!change.entities.intersects(relevant))
        return false;
    if (change.ids.size() > 200)
        return true; // a bulk change: reading it all back costs more than one rebuild
    for (const QString& id : change.ids) {
        if (id == m_accountId || m_full.indexOf(id) >= 0 || id == m_options.opportunityId ||
            id == m_options.memberId)
            return true;
        auto rec = m_workspace.store().find(id);
        if (rec && rec.value().value(QStringLiteral("account_id")).toString() == m_accountId)
            return true;
    }
    return false;
}

void MapView::onStoreChanged(const ChangeSet& change)
{
    if (m_accountId.isEmpty() || m_readOnly || m_reloadPending || !touchesAccount(change))
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    // Once control is back in the event loop: several changes cost one rebuild.
    m_reloadPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_reloadPending = false;
            if (const Status s = reload(); !s)
                emit editRefused(s.message());
        },
        Qt::QueuedConnection);
}

void MapView::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    if (m_stale && !m_readOnly) {
        if (const Status s = reload(); !s)
            emit editRefused(s.message());
    }
}

// ---- collapse, focus, selection ------------------------------------------------

void MapView::setCollapsed(const QString& nodeId, bool collapsed)
{
    // A copy: callers pass ids that live in the map the rebuild below replaces.
    const QString id = nodeId;
    if (collapsed == m_collapsed.contains(id))
        return;
    if (collapsed)
        m_collapsed.insert(id);
    else
        m_collapsed.remove(id);
    const int before = m_scene->indexOf(id);
    const QPointF anchor =
        before >= 0 ? mapFromScene(m_scene->map().nodes[size_t(before)].rect.center()) : QPointF();
    rebuild(true);
    // Keep the toggled node under the mouse (or where it was on screen).
    const int after = m_scene->indexOf(id);
    if (before >= 0 && after >= 0) {
        const QPointF now = mapFromScene(m_scene->map().nodes[size_t(after)].rect.center());
        const QPointF delta = now - anchor;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(delta.x()));
        verticalScrollBar()->setValue(verticalScrollBar()->value() + int(delta.y()));
    }
}

void MapView::toggleCollapsed(const QString& id)
{
    setCollapsed(id, !m_collapsed.contains(id));
}

void MapView::expandAll()
{
    m_collapsed.clear();
    rebuild(true);
}

void MapView::setFocusId(const QString& id)
{
    if (id == m_focusId)
        return;
    m_focusId = id;
    const QString keep = id.isEmpty() ? selectedId() : id;
    rebuild(false); // who is shown changed: fit again
    if (!keep.isEmpty())
        selectNode(keep, false);
}

int MapView::selectedIndex() const
{
    for (QGraphicsItem* item : m_scene->selectedItems())
        if (item->type() == MapNodeItem::Type)
            return static_cast<MapNodeItem*>(item)->index();
    return -1;
}

QString MapView::selectedId() const
{
    const int i = selectedIndex();
    return i >= 0 ? m_scene->map().nodes[size_t(i)].id : QString();
}

bool MapView::selectNode(const QString& nodeId, bool centre)
{
    const QString id = nodeId; // a copy: a rebuild below may replace the map the caller's id lives in
    const int full = m_full.indexOf(id);
    if (full < 0)
        return false;
    if (m_scene->indexOf(id) < 0) {
        // Open every collapsed node above it, and leave a focus it is outside of.
        bool changed = false;
        for (int a = m_full.nodes[size_t(full)].parent; a >= 0; a = m_full.nodes[size_t(a)].parent)
            changed |= m_collapsed.remove(m_full.nodes[size_t(a)].id);
        if (!m_focusId.isEmpty()) {
            m_focusId.clear();
            changed = true;
        }
        if (changed)
            rebuild(true);
    }
    MapNodeItem* item = m_scene->nodeItem(id);
    if (!item)
        return false;
    if (!item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
        emit selectedChanged(id);
    }
    if (centre)
        centreOnNode(item->index());
    else
        ensureVisible(m_scene->map().nodes[size_t(item->index())].rect, 40, 40);
    return true;
}

void MapView::centreOnNode(int index)
{
    m_autoFit = false;
    // A person at the edge of the map can be centred too: the scrollable area
    // grows to leave half a window around them.
    const QPointF c = m_scene->map().nodes[size_t(index)].rect.center();
    const QRectF window = mapToScene(viewport()->rect()).boundingRect();
    const QRectF around(c.x() - window.width() / 2, c.y() - window.height() / 2, window.width(),
                        window.height());
    setSceneRect(sceneRect().united(around));
    centerOn(c);
}

bool MapView::findAndSelect(const QString& text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty() || m_accountId.isEmpty())
        return false;
    for (const char* entity : {"contact", "org_unit"}) {
        SearchOptions so;
        so.entity = QString::fromLatin1(entity);
        so.accountId = m_accountId;
        so.limit = 20;
        auto hits = searchRecords(m_workspace.store().reader(), wanted, so);
        if (!hits)
            continue;
        for (const SearchHit& hit : hits.value())
            if (selectNode(hit.id, true))
                return true;
    }
    emit notice(UiText::tr("No one on this map matches \"%1\".").arg(wanted));
    return false;
}

// ---- zoom --------------------------------------------------------------------

double MapView::zoom() const
{
    return transform().m11();
}

void MapView::setZoom(double scale)
{
    if (!m_fitting)
        m_autoFit = false;
    scale = std::clamp(scale, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(scale, zoom()))
        return;
    setTransform(QTransform::fromScale(scale, scale));
    emit zoomChanged(scale);
}

void MapView::zoomIn()
{
    setZoom(zoom() * kZoomStep);
}

void MapView::zoomOut()
{
    setZoom(zoom() / kZoomStep);
}

void MapView::zoomReset()
{
    setZoom(1.0);
    if (const int i = selectedIndex(); i >= 0)
        centreOnNode(i);
}

void MapView::fitAll()
{
    const QRectF all = m_scene->mapPainter().extent().adjusted(-20, -20, 20, 20);
    if (all.isEmpty())
        return;
    const double scale = std::min(viewport()->width() / all.width(), viewport()->height() / all.height());
    setZoom(scale);
    centerOn(all.center());
}

void MapView::fitShown()
{
    const auto& nodes = m_scene->map().nodes;
    if (nodes.empty())
        return;
    const QRectF all = m_scene->mapPainter().extent().adjusted(-20, -20, 20, 20);
    const double fit = std::min(viewport()->width() / std::max(1.0, all.width()),
                                viewport()->height() / std::max(1.0, all.height()));
    m_fitting = true;
    setZoom(std::clamp(fit, kLegibleZoom, 1.0));
    if (fit >= kLegibleZoom) {
        centerOn(all.center());
    } else {
        // Too large to fit legibly: the top of the tree, names readable.
        const QRectF root = nodes.front().rect;
        const double halfHeight = viewport()->height() / 2.0 / zoom();
        centerOn(QPointF(root.center().x(), root.top() - 30 + halfHeight));
    }
    m_fitting = false;
    m_autoFit = true;
}

void MapView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitShown(); // the first layout of the window, or a resize before the user moved the map
}

QRectF MapView::visibleArea() const
{
    return mapToScene(viewport()->rect()).boundingRect().intersected(m_scene->mapPainter().extent());
}

void MapView::wheelEvent(QWheelEvent* event)
{
    m_autoFit = false;
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(kZoomStep, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

// ---- keyboard ------------------------------------------------------------------

void MapView::moveSelection(int key)
{
    const auto& nodes = m_scene->map().nodes;
    if (nodes.empty())
        return;
    const int current = selectedIndex();
    int next = -1;
    if (current < 0) {
        next = 0;
    } else if (key == Qt::Key_Up) {
        next = nodes[size_t(current)].parent;
    } else if (key == Qt::Key_Down) {
        if (m_collapsed.contains(nodes[size_t(current)].id)) {
            const QString id = nodes[size_t(current)].id;
            setCollapsed(id, false); // down into a collapsed node opens it
            const int now = m_scene->indexOf(id);
            for (size_t i = size_t(now) + 1; now >= 0 && i < m_scene->map().nodes.size() && next < 0; ++i)
                if (m_scene->map().nodes[i].parent == now)
                    next = int(i);
        } else {
            for (size_t i = size_t(current) + 1; i < nodes.size() && next < 0; ++i)
                if (nodes[i].parent == current)
                    next = int(i); // pre-order: the first child comes first
        }
    } else {
        // Siblings: the nodes with the same parent (or the other roots), in order.
        const int parent = nodes[size_t(current)].parent;
        const int step = key == Qt::Key_Left ? -1 : 1;
        for (int i = current + step; i >= 0 && size_t(i) < nodes.size(); i += step)
            if (nodes[size_t(i)].parent == parent) {
                next = i;
                break;
            }
    }
    if (next >= 0)
        selectNode(m_scene->map().nodes[size_t(next)].id, false);
}

void MapView::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (event->matches(QKeySequence::ZoomIn) ||
        (mods == Qt::NoModifier && (key == Qt::Key_Plus || key == Qt::Key_Equal))) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut) ||
        (mods == Qt::NoModifier && (key == Qt::Key_Minus || key == Qt::Key_Underscore))) {
        zoomOut();
        return;
    }
    if (mods == Qt::NoModifier) {
        switch (key) {
        case Qt::Key_0:
            zoomReset();
            return;
        case Qt::Key_F:
            fitAll();
            return;
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Left:
        case Qt::Key_Right:
            moveSelection(key);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (const QString id = selectedId(); !id.isEmpty()) {
                if (!m_linkFrom.isEmpty())
                    (void)finishLink(id); // refusals come out of editRefused()
                else
                    emit m_workspace.openRecordRequested(id);
            }
            return;
        case Qt::Key_Space:
            if (const int i = selectedIndex(); i >= 0 && m_scene->expandable(i))
                toggleCollapsed(m_scene->map().nodes[size_t(i)].id);
            return;
        case Qt::Key_Escape:
            if (m_ghost)
                endDrag();
            else if (!m_linkFrom.isEmpty())
                cancelLink();
            else if (!m_focusId.isEmpty())
                setFocusId(QString());
            else
                break;
            return;
        default:
            break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

// ---- mouse ---------------------------------------------------------------------

int MapView::toggleAt(const QPointF& scenePos) const
{
    for (QGraphicsItem* item : m_scene->items(scenePos)) {
        if (item->type() != MapNodeItem::Type)
            continue;
        auto* node = static_cast<MapNodeItem*>(item);
        if (node->lastDetail() == MapDetail::Full &&
            node->toggleRect().adjusted(-2, -2, 2, 2).contains(scenePos))
            return node->index();
    }
    return -1;
}

void MapView::mousePressEvent(QMouseEvent* event)
{
    const QPointF at = mapToScene(event->position().toPoint());
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    if (const int t = toggleAt(at); t >= 0) {
        toggleCollapsed(m_scene->map().nodes[size_t(t)].id);
        event->accept();
        return;
    }
    const int hit = m_scene->nodeAt(at);
    if (hit < 0) {
        if (!m_linkFrom.isEmpty())
            cancelLink();
        m_autoFit = false;
        QGraphicsView::mousePressEvent(event); // pan with the hand
        return;
    }
    const QString id = m_scene->map().nodes[size_t(hit)].id;
    if (!m_linkFrom.isEmpty()) {
        (void)finishLink(id); // refusals come out of editRefused()
        event->accept();
        return;
    }
    selectNode(id, false);
    m_pressId = id;
    m_pressPos = event->position().toPoint();
    m_grabOffset = at - m_scene->map().nodes[size_t(hit)].rect.topLeft();
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressId.isEmpty()) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (!m_ghost) {
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance() || m_readOnly)
            return;
        const int i = m_scene->indexOf(m_pressId);
        if (i < 0)
            return;
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(60);
        m_ghost = m_scene->addRect(QRectF(QPointF(0, 0), m_scene->map().nodes[size_t(i)].rect.size()),
                                   QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine), fill);
        m_ghost->setZValue(10);
        m_dropTarget = m_scene->addRect(QRectF(), QPen(palette().color(QPalette::Highlight), 4), Qt::NoBrush);
        m_dropTarget->setZValue(9);
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    const QPointF at = mapToScene(pos);
    m_ghost->setPos(at - m_grabOffset);
    const int target = m_scene->nodeAt(at);
    const bool valid = target >= 0 && m_scene->map().nodes[size_t(target)].id != m_pressId;
    m_dropTarget->setVisible(valid);
    if (valid)
        m_dropTarget->setRect(m_scene->map().nodes[size_t(target)].rect.adjusted(-6, -6, 6, 6));
    event->accept();
}

void MapView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_pressId.isEmpty()) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    const QString id = m_pressId;
    const bool dragged = m_ghost != nullptr;
    endDrag();
    if (dragged) {
        const int target = m_scene->nodeAt(mapToScene(event->position().toPoint()));
        if (target >= 0 && m_scene->map().nodes[size_t(target)].id != id)
            (void)dropNode(id, m_scene->map().nodes[size_t(target)].id); // refusals: editRefused()
    }
    event->accept();
}

void MapView::endDrag()
{
    m_pressId.clear();
    delete m_ghost;
    m_ghost = nullptr;
    delete m_dropTarget;
    m_dropTarget = nullptr;
    viewport()->setCursor(m_linkFrom.isEmpty() ? Qt::OpenHandCursor : Qt::CrossCursor);
}

void MapView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int hit = m_scene->nodeAt(mapToScene(event->position().toPoint()));
    if (hit >= 0 && m_linkFrom.isEmpty()) {
        emit m_workspace.openRecordRequested(m_scene->map().nodes[size_t(hit)].id);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void MapView::contextMenuEvent(QContextMenuEvent* event)
{
    int index = -1;
    QPoint at = event->pos();
    if (event->reason() == QContextMenuEvent::Mouse) {
        index = m_scene->nodeAt(mapToScene(at));
        if (index >= 0)
            selectNode(m_scene->map().nodes[size_t(index)].id, false);
    } else {
        index = selectedIndex(); // the menu key: at the selected node
        if (index >= 0)
            at = mapFromScene(m_scene->map().nodes[size_t(index)].rect.center());
    }
    if (index < 0) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    std::unique_ptr<QMenu> menu(createContextMenu(m_scene->map().nodes[size_t(index)].id, this));
    if (menu)
        menu->exec(viewport()->mapToGlobal(at));
    event->accept();
}

} // namespace summit::ui
