// The interactive decision-chain map, driven as a user would on a demo account:
// collapse and focus hide exactly what they should, the arrow keys walk the
// reporting lines, zoom keys change the transform, search selects and centres,
// edits on the chart (drop, context menu) go through the write path and undo,
// a cycle is refused with the store's message, the level of detail drops when
// zoomed out, and the visible part exports to a PNG.
#include "DemoFixture.h"
#include "QtDoctest.h"

#include "analysis/UnitHealth.h"
#include "demo/DemoData.h"
#include "ui/Workspace.h"
#include "ui/account/CoverageDialog.h"
#include "ui/account/MessageBar.h"
#include "ui/forms/RecordActions.h"
#include "ui/forms/RecordDialog.h"
#include "ui/forms/RecordForm.h"
#include "ui/map/AccountMapTab.h"
#include "ui/map/MapItems.h"
#include "ui/map/MapScene.h"
#include "ui/map/MapView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <cmath>
#include <memory>

using namespace summit;
using namespace summit::ui;

namespace {

const QDate kToday(2026, 5, 20);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Whether every person on the map is inside the window.
bool allPeopleInWindow(MapView* view)
{
    const QRectF seen = view->mapToScene(view->viewport()->rect()).boundingRect().adjusted(-1, -1, 1, 1);
    for (const map::MapNode& n : view->shownMap().nodes)
        if (n.isContact() && !seen.contains(n.rect))
            return false;
    return true;
}

// A two-account demo book and the map tab of its largest account, shown.
inline demo::Options demoOptions()
{
    demo::Options options;
    options.accounts = 2;
    options.seed = 1;
    options.today = kToday;
    return options;
}

struct Book
{
    test::DemoFixture fixture{demoOptions()};
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<AccountMapTab> tab;
    QString huawei;

    Book()
    {
        workspace = std::make_unique<Workspace>(*fixture.store);
        workspace->setNow(QDateTime(kToday, QTime(10, 30)));
        huawei = scalar("SELECT id FROM accounts WHERE name = ?", {s("华为技术有限公司")}).toString();
        REQUIRE_FALSE(huawei.isEmpty());
        tab = std::make_unique<AccountMapTab>(*workspace, huawei);
        tab->resize(1200, 800);
        tab->show();
        QApplication::setActiveWindow(tab.get());
        REQUIRE(QTest::qWaitForWindowExposed(tab.get()));
        // 240 people open on the key people; these tests work on everyone, as after unticking.
        REQUIRE(tab->keyPeopleAction()->isChecked());
        tab->keyPeopleAction()->setChecked(false);
        view()->setFocus();
    }
    MapView* view() const { return tab->view(); }
    const map::DecisionChainMap& shown() const { return view()->shownMap(); }
    QVariant scalar(const char* sql, const QVariantList& binds = {})
    {
        return fixture.store->reader().scalar(QString::fromLatin1(sql), binds);
    }
    QString contactField(const QString& id, const char* field)
    {
        auto r = fixture.store->record(QStringLiteral("contact"), id);
        REQUIRE(r.isOk());
        return r.value().value(QString::fromLatin1(field)).toString();
    }
    // A person who reports to a person on the map and has a sibling after them.
    int staffMember() const
    {
        const auto& nodes = shown().nodes;
        for (size_t i = 0; i < nodes.size(); ++i) {
            const int p = nodes[i].parent;
            if (!nodes[i].isContact() || p < 0 || !nodes[size_t(p)].isContact())
                continue;
            for (size_t j = i + 1; j < nodes.size(); ++j)
                if (nodes[j].parent == p)
                    return int(i);
        }
        return -1;
    }
    QString idAt(int index) const { return shown().nodes[size_t(index)].id; }
};

QSet<QString> idsOf(const map::DecisionChainMap& m)
{
    QSet<QString> ids;
    for (const map::MapNode& n : m.nodes)
        ids.insert(n.id);
    return ids;
}

// The biggest unit below the top, and the ids of everything under it.
int biggestUnit(const map::DecisionChainMap& m, QSet<QString>* below)
{
    int best = -1, bestCount = 0;
    for (size_t i = 0; i < m.nodes.size(); ++i) {
        if (m.nodes[i].isContact() || m.nodes[i].parent < 0)
            continue;
        QSet<QString> under;
        for (size_t j = i + 1; j < m.nodes.size(); ++j)
            for (int a = m.nodes[j].parent; a >= 0; a = m.nodes[size_t(a)].parent)
                if (a == int(i)) {
                    under.insert(m.nodes[j].id);
                    break;
                }
        if (int(under.size()) > bestCount) {
            best = int(i);
            bestCount = int(under.size());
            *below = under;
        }
    }
    return best;
}

void key(QWidget* w, Qt::Key k, const QString& text = {})
{
    QKeyEvent press(QEvent::KeyPress, k, Qt::NoModifier, text);
    QApplication::sendEvent(w, &press);
}

// Paints the view into an image, as a frame on screen would.
void renderFrame(MapView* view)
{
    QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    view->render(&p, QRectF(), view->viewport()->rect());
}

} // namespace

TEST_CASE("the map view shows the whole account, one item per node")
{
    Book b;
    const int contacts =
        b.scalar("SELECT count(*) FROM contacts WHERE account_id = ? AND deleted = 0", {b.huawei}).toInt();
    CHECK(b.shown().contactCount() == contacts);
    CHECK(b.shown().nodes.size() == b.view()->fullMap().nodes.size());
    for (size_t i = 0; i < b.shown().nodes.size(); ++i)
        REQUIRE(b.view()->mapScene()->nodeItem(int(i)) != nullptr);
    CHECK_FALSE(b.view()->isReadOnly());
}

TEST_CASE("collapse hides a unit's descendants and expand brings them back")
{
    Book b;
    QSet<QString> below;
    const int unit = biggestUnit(b.shown(), &below);
    REQUIRE(unit >= 0);
    REQUIRE(below.size() > 5);
    const QString unitId = b.idAt(unit);
    const size_t all = b.shown().nodes.size();

    // Space on the selected unit collapses it.
    REQUIRE(b.view()->selectNode(unitId, true));
    key(b.view(), Qt::Key_Space, QStringLiteral(" "));
    CHECK(b.view()->isCollapsed(unitId));
    CHECK(b.shown().nodes.size() == all - size_t(below.size()));
    for (const QString& id : below)
        CHECK(b.view()->mapScene()->indexOf(id) < 0);
    const int now = b.view()->mapScene()->indexOf(unitId);
    REQUIRE(now >= 0);
    CHECK(b.view()->mapScene()->hiddenBelow(now) == below.size());
    CHECK(b.view()->selectedId() == unitId);

    // The toggle under it expands it again.
    b.view()->toggleCollapsed(unitId);
    CHECK_FALSE(b.view()->isCollapsed(unitId));
    CHECK(b.shown().nodes.size() == all);
    for (const QString& id : below)
        CHECK(b.view()->mapScene()->indexOf(id) >= 0);
}

TEST_CASE("focus mode shows a person's chain up and team down, and nothing else")
{
    Book b;
    const int staff = b.staffMember();
    REQUIRE(staff >= 0);
    const int p = b.shown().nodes[size_t(staff)].parent; // a manager with a team
    const map::DecisionChainMap full = b.shown();
    QSet<QString> expected;
    for (int a = p; a >= 0; a = full.nodes[size_t(a)].parent)
        expected.insert(full.nodes[size_t(a)].id);
    for (size_t j = size_t(p) + 1; j < full.nodes.size(); ++j)
        for (int a = full.nodes[j].parent; a >= 0; a = full.nodes[size_t(a)].parent)
            if (a == p) {
                expected.insert(full.nodes[j].id);
                break;
            }
    REQUIRE(expected.size() < int(full.nodes.size()));
    REQUIRE(expected.contains(full.nodes[size_t(staff)].id));
    b.view()->setFocusId(full.nodes[size_t(p)].id);
    CHECK(idsOf(b.shown()) == expected);
    // Escape shows everyone again.
    key(b.view(), Qt::Key_Escape);
    CHECK(b.view()->focusId().isEmpty());
    CHECK(b.shown().nodes.size() == full.nodes.size());
}

TEST_CASE("arrow keys walk the chart and Enter opens the person")
{
    Book b;
    const int p = b.staffMember();
    REQUIRE(p >= 0);
    const auto& nodes = b.shown().nodes;
    const QString person = nodes[size_t(p)].id;
    const QString manager = nodes[size_t(nodes[size_t(p)].parent)].id;
    QString firstReport, nextSibling;
    for (size_t j = 0; j < nodes.size(); ++j) {
        if (firstReport.isEmpty() && nodes[j].parent == nodes[size_t(p)].parent)
            firstReport = nodes[j].id; // the manager's first report
        if (nextSibling.isEmpty() && j > size_t(p) && nodes[j].parent == nodes[size_t(p)].parent)
            nextSibling = nodes[j].id;
    }
    REQUIRE_FALSE(firstReport.isEmpty());
    REQUIRE_FALSE(nextSibling.isEmpty());

    b.view()->selectNode(person, true);
    key(b.view(), Qt::Key_Up);
    CHECK(b.view()->selectedId() == manager);
    key(b.view(), Qt::Key_Down);
    CHECK(b.view()->selectedId() == firstReport);
    b.view()->selectNode(person, true);
    key(b.view(), Qt::Key_Right);
    CHECK(b.view()->selectedId() == nextSibling);
    key(b.view(), Qt::Key_Left);
    CHECK(b.view()->selectedId() == person);

    QSignalSpy opened(b.workspace.get(), &Workspace::openRecordRequested);
    key(b.view(), Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toString() == person);
}

TEST_CASE("+, -, 0 and F change the zoom")
{
    Book b;
    b.view()->setZoom(1.0);
    key(b.view(), Qt::Key_Plus, QStringLiteral("+"));
    CHECK(b.view()->zoom() == doctest::Approx(1.25));
    key(b.view(), Qt::Key_Minus, QStringLiteral("-"));
    key(b.view(), Qt::Key_Minus, QStringLiteral("-"));
    CHECK(b.view()->zoom() == doctest::Approx(0.8));
    key(b.view(), Qt::Key_0, QStringLiteral("0"));
    CHECK(b.view()->zoom() == doctest::Approx(1.0));
    key(b.view(), Qt::Key_F, QStringLiteral("f"));
    CHECK(b.view()->zoom() < 0.5); // 240 people do not fit at 100 %
    // Fitted: the whole map is in the window.
    const QRectF extent = b.view()->mapScene()->mapPainter().extent();
    const QRectF seen = b.view()->mapToScene(b.view()->viewport()->rect()).boundingRect();
    CHECK(seen.adjusted(-1, -1, 1, 1).contains(extent));
}

TEST_CASE("search selects and centres the person found, opening a collapsed unit")
{
    Book b;
    const QString wang =
        b.scalar("SELECT id FROM contacts WHERE account_id = ? AND name = ?", {b.huawei, s("王建国")})
            .toString();
    REQUIRE_FALSE(wang.isEmpty());
    // Hide him first: collapse the unit above him.
    const int full = b.view()->fullMap().indexOf(wang);
    const int parent = b.view()->fullMap().nodes[size_t(full)].parent;
    REQUIRE(parent >= 0);
    b.view()->setCollapsed(b.view()->fullMap().nodes[size_t(parent)].id, true);
    REQUIRE(b.view()->mapScene()->indexOf(wang) < 0);

    b.view()->setZoom(1.0);
    b.view()->centerOn(b.view()->mapScene()->mapPainter().extent().bottomRight()); // far from him
    b.tab->searchField()->setText(s("王建国")); // typed (QTest only types ASCII)
    QTest::keyClick(b.tab->searchField(), Qt::Key_Return);
    CHECK(b.view()->selectedId() == wang);
    const int index = b.view()->mapScene()->indexOf(wang);
    REQUIRE(index >= 0);
    // Centred as far as the edge of the map allows: in view, near the middle.
    const QRectF rect = b.shown().nodes[size_t(index)].rect;
    CHECK(b.view()->visibleArea().contains(rect));
    const QPointF centre = b.view()->mapToScene(b.view()->viewport()->rect().center());
    CHECK(std::abs(centre.x() - rect.center().x()) < 2);

    // Pinyin initials find people too; nonsense finds no one and says so.
    CHECK(b.view()->findAndSelect(QStringLiteral("wjg")));
    CHECK_FALSE(b.view()->findAndSelect(QStringLiteral("zzzzqqq")));
    CHECK(b.tab->messageBar()->isVisible());
}

TEST_CASE("dropping a person on another changes reports_to through the write path, and undo restores it")
{
    Book b;
    const int p = b.staffMember();
    REQUIRE(p >= 0);
    const auto nodes = b.shown().nodes;
    const QString person = nodes[size_t(p)].id;
    const QString before = b.contactField(person, "reports_to");
    // A new manager in the same unit, not in the person's own team.
    QString target;
    for (size_t j = 0; j < nodes.size() && target.isEmpty(); ++j) {
        if (!nodes[j].isContact() || int(j) == p || nodes[j].unitId != nodes[size_t(p)].unitId ||
            nodes[j].id == before)
            continue;
        bool mine = false;
        for (int a = nodes[j].parent; a >= 0 && !mine; a = nodes[size_t(a)].parent)
            mine = a == p;
        if (!mine)
            target = nodes[j].id;
    }
    REQUIRE_FALSE(target.isEmpty());
    const int undoBefore = b.workspace->undoStack()->count();

    const Status s = b.view()->dropNode(person, target);
    REQUIRE_MESSAGE(s.isOk(), s.message().toStdString());
    CHECK(b.contactField(person, "reports_to") == target);
    CHECK(b.workspace->undoStack()->count() == undoBefore + 1);
    CHECK(b.workspace->undoStack()->undoText().contains(b.workspace->titleOf(person)));
    // The map follows the store once the event loop runs.
    QCoreApplication::processEvents();
    const int now = b.shown().indexOf(person);
    REQUIRE(now >= 0);
    CHECK(b.shown().nodes[size_t(b.shown().nodes[size_t(now)].parent)].id == target);

    b.workspace->undoStack()->undo();
    CHECK(b.contactField(person, "reports_to") == before);
}

TEST_CASE("a cycle is refused with the store's message and changes nothing")
{
    Book b;
    const int p = b.staffMember();
    REQUIRE(p >= 0);
    const QString person = b.idAt(p);
    const QString manager = b.idAt(b.shown().nodes[size_t(p)].parent);
    const QString managerBoss = b.contactField(manager, "reports_to");
    const int undoBefore = b.workspace->undoStack()->count();
    QSignalSpy refused(b.view(), &MapView::editRefused);

    const Status s = b.view()->dropNode(manager, person); // the manager under their own report
    CHECK_FALSE(s.isOk());
    CHECK(b.contactField(manager, "reports_to") == managerBoss);
    CHECK(b.workspace->undoStack()->count() == undoBefore);
    REQUIRE(refused.count() == 1);
    CHECK(refused.at(0).at(0).toString().contains(QStringLiteral("ancestor")));
    CHECK(b.tab->messageBar()->isVisible());
    CHECK(b.tab->messageBar()->text() == refused.at(0).at(0).toString());

    // A unit under its own sub-unit, likewise.
    QSet<QString> below;
    const int unit = biggestUnit(b.shown(), &below);
    QString subUnit;
    for (const map::MapNode& n : b.shown().nodes)
        if (!n.isContact() && below.contains(n.id))
            subUnit = n.id;
    REQUIRE_FALSE(subUnit.isEmpty());
    CHECK_FALSE(b.view()->dropNode(b.idAt(unit), subUnit).isOk());
    CHECK(b.workspace->undoStack()->count() == undoBefore);
}

TEST_CASE("the context menu sets stance through the write path with a readable undo label")
{
    Book b;
    const int p = b.staffMember();
    REQUIRE(p >= 0);
    const QString person = b.idAt(p);
    const QString wanted = b.contactField(person, "stance") == QStringLiteral("opponent")
                               ? QStringLiteral("champion")
                               : QStringLiteral("opponent");
    std::unique_ptr<QMenu> menu(b.view()->createContextMenu(person));
    REQUIRE(menu);
    auto* action = menu->findChild<QAction*>(QStringLiteral("map.stance.") + wanted);
    REQUIRE(action);
    CHECK(action->isEnabled());
    action->trigger();
    CHECK(b.contactField(person, "stance") == wanted);
    CHECK(b.workspace->undoStack()->undoText() == Workspace::editLabel(QStringLiteral("contact"),
                                                                       QStringLiteral("stance"),
                                                                       b.workspace->titleOf(person)));
    QCoreApplication::processEvents();
    CHECK(b.shown().nodes[size_t(b.shown().indexOf(person))].stance == wanted);

    // Influence and "left the company" likewise.
    std::unique_ptr<QMenu> again(b.view()->createContextMenu(person));
    again->findChild<QAction*>(QStringLiteral("map.influence.5"))->trigger();
    CHECK(b.contactField(person, "influence") == QStringLiteral("5"));
    again->findChild<QAction*>(QStringLiteral("map.left"))->trigger();
    CHECK(b.contactField(person, "status") == QStringLiteral("left"));
    b.workspace->undoStack()->undo();
    CHECK(b.contactField(person, "status") != QStringLiteral("left"));
}

TEST_CASE("an influence link is drawn from one person to the next one clicked")
{
    Book b;
    const int p = b.staffMember();
    REQUIRE(p >= 0);
    const QString from = b.idAt(p);
    const QString to = b.idAt(b.shown().nodes[size_t(p)].parent);
    const int links =
        b.scalar("SELECT count(*) FROM influence_links WHERE from_id = ? AND to_id = ?", {from, to}).toInt();
    std::unique_ptr<QMenu> menu(b.view()->createContextMenu(from));
    menu->findChild<QAction*>(QStringLiteral("map.link"))->trigger();
    CHECK(b.view()->linkSource() == from);
    // Select the target and press Enter, as a keyboard user would.
    b.view()->selectNode(to, true);
    key(b.view(), Qt::Key_Return);
    CHECK(b.view()->linkSource().isEmpty());
    CHECK(b.scalar("SELECT count(*) FROM influence_links WHERE from_id = ? AND to_id = ? AND deleted = 0",
                   {from, to})
              .toInt() == links + 1);
}

TEST_CASE("zoomed out, nodes draw simpler; far out only unit blocks")
{
    Book b;
    const int p = b.staffMember();
    REQUIRE(p >= 0);
    MapNodeItem* item = b.view()->mapScene()->nodeItem(p);
    REQUIRE(item);
    b.view()->setZoom(1.0);
    b.view()->centerOn(b.shown().nodes[size_t(p)].rect.center());
    renderFrame(b.view());
    CHECK(item->lastDetail() == MapDetail::Full);
    b.view()->setZoom(0.3);
    b.view()->centerOn(b.shown().nodes[size_t(p)].rect.center());
    renderFrame(b.view());
    CHECK(item->lastDetail() == MapDetail::Boxes);
    b.view()->setZoom(0.1);
    b.view()->centerOn(b.shown().nodes[size_t(p)].rect.center());
    renderFrame(b.view());
    CHECK(item->lastDetail() == MapDetail::Blocks);
}

TEST_CASE("the visible part exports to a PNG; a historical map is read-only and carries change marks")
{
    Book b;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("visible.png"));
    b.tab->chooseExportFile = [&](QWidget*, const QString&) {
        return path;
    };
    b.view()->setZoom(1.0);
    const int p = b.staffMember();
    b.view()->centerOn(b.shown().nodes[size_t(p)].rect.center());
    b.tab->exportVisibleAction()->trigger();
    const QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() > 200);

    // Read-only: the same map given back as "historical".
    map::DecisionChainMap past = b.view()->fullMap();
    const QString person = b.idAt(p);
    b.tab->setMap(past);
    CHECK(b.view()->isReadOnly());
    std::unique_ptr<QMenu> menu(b.view()->createContextMenu(person));
    CHECK_FALSE(menu->findChild<QAction*>(QStringLiteral("map.stance.opponent"))->isEnabled());
    const QString manager = b.idAt(b.shown().nodes[size_t(p)].parent);
    CHECK_FALSE(b.view()->dropNode(person, manager).isOk());
    b.tab->setChangeMarks({{person, QStringLiteral("new")}});
    CHECK(b.view()->mapScene()->markOf(person) == QStringLiteral("new"));
    b.tab->showLive();
    CHECK_FALSE(b.view()->isReadOnly());
}

TEST_CASE("a change to the account rebuilds the map, keeping zoom and collapsed units")
{
    Book b;
    QSet<QString> below;
    const int unit = biggestUnit(b.shown(), &below);
    const QString unitId = b.idAt(unit);
    b.view()->setCollapsed(unitId, true);
    b.view()->setZoom(0.8);
    const size_t shownBefore = b.shown().nodes.size();
    // Someone outside the collapsed unit changes stance elsewhere (another view).
    QString other;
    for (const map::MapNode& n : b.shown().nodes)
        if (n.isContact() && n.stance != QStringLiteral("champion"))
            other = n.id;
    REQUIRE_FALSE(other.isEmpty());
    REQUIRE(b.workspace->apply({QStringLiteral("edit"),
                                {Operation::set(QStringLiteral("contact"), other,
                                                {{QStringLiteral("stance"), QStringLiteral("champion")}})}}));
    QCoreApplication::processEvents();
    CHECK(b.shown().nodes[size_t(b.shown().indexOf(other))].stance == QStringLiteral("champion"));
    CHECK(b.view()->isCollapsed(unitId));
    CHECK(b.shown().nodes.size() == shownBefore);
    CHECK(b.view()->zoom() == doctest::Approx(0.8));
}

TEST_CASE(
    "from the map: a drawn link opens its form for kind and strength; coverage and deal roles from the menu")
{
    Book b;
    const int p = b.staffMember();
    REQUIRE(p >= 0);
    const QString from = b.idAt(p);
    const QString to = b.idAt(b.shown().nodes[size_t(p)].parent);
    std::unique_ptr<QMenu> menu(b.view()->createContextMenu(from));
    menu->findChild<QAction*>(QStringLiteral("map.link"))->trigger();
    b.view()->selectNode(to, true);
    key(b.view(), Qt::Key_Return);
    summit::ui::forms::RecordDialog* form = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* d = qobject_cast<summit::ui::forms::RecordDialog*>(w); d && d->isVisible())
            form = d;
    REQUIRE(form);
    CHECK(form->form()->entityName() == QStringLiteral("influence_link"));
    auto* kind = qobject_cast<QComboBox*>(form->form()->editor(QStringLiteral("kind")));
    auto* strength = qobject_cast<QSpinBox*>(form->form()->editor(QStringLiteral("strength")));
    REQUIRE(kind);
    REQUIRE(strength);
    kind->setCurrentIndex(kind->findData(QStringLiteral("mentors")));
    strength->setValue(4);
    REQUIRE(form->save());
    CHECK(b.scalar(
               "SELECT kind || strength FROM influence_links WHERE from_id = ? AND to_id = ? AND deleted = 0"
               " ORDER BY rowid DESC LIMIT 1",
               {from, to})
              .toString() == QStringLiteral("mentors4"));

    // The person's Links menu edits or deletes a link (Delete asks first, then it goes to the Trash).
    summit::ui::forms::RecordActions::askDelete = [](QWidget*, const QString&, const QString&) {
        return true;
    };
    QTest::qWait(200); // the map reloads once control is back in the event loop
    std::unique_ptr<QMenu> linksMenu(b.view()->createContextMenu(from));
    QAction* remove = linksMenu->findChild<QAction*>(QStringLiteral("map.link.delete"));
    REQUIRE(remove);
    remove->trigger();
    CHECK(b.scalar("SELECT count(*) FROM influence_links WHERE from_id = ? AND to_id = ? AND kind = 'mentors'"
                   " AND deleted = 0",
                   {from, to})
              .toInt() == 0);
    b.workspace->undoStack()->undo();
    CHECK(b.scalar("SELECT count(*) FROM influence_links WHERE from_id = ? AND to_id = ? AND kind = 'mentors'"
                   " AND deleted = 0",
                   {from, to})
              .toInt() == 1);

    // "Who knows them…" opens the coverage dialog for that person.
    std::unique_ptr<QMenu> again(b.view()->createContextMenu(from));
    QAction* coverage = again->findChild<QAction*>(QStringLiteral("map.coverage"));
    REQUIRE(coverage);
    coverage->trigger();
    summit::ui::CoverageDialog* who = b.view()->findChild<summit::ui::CoverageDialog*>();
    REQUIRE(who);
    CHECK(who->windowTitle().contains(b.workspace->titleOf(from)));
    who->close();
    // Without a deal overlay there is no deal role to set.
    CHECK(again->findChild<QMenu*>(QStringLiteral("map.dealRole")) == nullptr);

    // With the buying-center overlay of a deal, the person's role in it is set from the menu.
    const QString deal = b.scalar("SELECT id FROM opportunities WHERE account_id = ? AND deleted = 0 LIMIT 1",
                                  {b.view()->accountId()})
                             .toString();
    REQUIRE_FALSE(deal.isEmpty());
    map::MapOptions o = b.view()->options();
    o.opportunityId = deal;
    REQUIRE(b.view()->setOptions(o).isOk());
    std::unique_ptr<QMenu> withDeal(b.view()->createContextMenu(from));
    QAction* champion = withDeal->findChild<QAction*>(QStringLiteral("map.dealRole.champion"));
    REQUIRE(champion);
    champion->trigger();
    CHECK(
        b.scalar("SELECT role FROM buying_roles WHERE opportunity_id = ? AND contact_id = ? AND deleted = 0",
                 {deal, from})
            .toString() == QStringLiteral("champion"));
    std::unique_ptr<QMenu> off(b.view()->createContextMenu(from));
    off->findChild<QAction*>(QStringLiteral("map.dealRole.none"))->trigger();

    // A unit's menu adds a sub-unit under it.
    QString unit;
    for (const auto& n : b.shown().nodes)
        if (!n.isContact())
            unit = n.id;
    REQUIRE_FALSE(unit.isEmpty());
    std::unique_ptr<QMenu> unitMenu(b.view()->createContextMenu(unit));
    unitMenu->findChild<QAction*>(QStringLiteral("map.addUnit"))->trigger();
    summit::ui::forms::RecordDialog* unitForm = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* d = qobject_cast<summit::ui::forms::RecordDialog*>(w); d && d->isVisible())
            unitForm = d;
    REQUIRE(unitForm);
    CHECK(unitForm->form()->entityName() == QStringLiteral("org_unit"));
    auto* name = qobject_cast<QLineEdit*>(unitForm->form()->editor(QStringLiteral("name")));
    REQUIRE(name);
    name->setText(QStringLiteral("Data Lab"));
    REQUIRE(unitForm->save());
    CHECK(b.scalar("SELECT parent_id FROM org_units WHERE name = 'Data Lab' AND deleted = 0").toString() ==
          unit);
    CHECK(
        b.scalar(
             "SELECT count(*) FROM buying_roles WHERE opportunity_id = ? AND contact_id = ? AND deleted = 0",
             {deal, from})
            .toInt() == 0);
}

// ---- reviewing a large map ---------------------------------------------------------

TEST_CASE("a large map opens on its key people, fitted and with names legible")
{
    test::StoreFixture fixture;
    demo::Options options;
    options.accounts = 1;
    options.seed = 1;
    options.today = kToday;
    REQUIRE(demo::generate(*fixture.store, options).isOk());
    Workspace workspace(*fixture.store);
    const QString huawei =
        fixture.store->reader().scalar(QStringLiteral("SELECT id FROM accounts LIMIT 1")).toString();
    // Built before it is shown, as the account view does: the window's size comes later.
    AccountMapTab tab(workspace, huawei);
    tab.resize(1240, 620);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
    QCoreApplication::processEvents();

    CHECK(tab.keyPeopleAction()->isChecked());
    const map::DecisionChainMap& shown = tab.view()->shownMap();
    int people = 0;
    for (const map::MapNode& n : shown.nodes) {
        if (!n.isContact())
            continue;
        ++people;
        CHECK((n.isKey() || n.context));
    }
    CHECK(people > 0);
    CHECK(people < AccountMapTab::kOverviewPeople * 2);
    // Legible: not below the zoom where names fit, and every name gets a label at that zoom.
    const double zoom = tab.view()->zoom();
    CHECK(zoom >= MapView::kLegibleZoom - 1e-9);
    CHECK(zoom <= 1.0);
    for (const map::MapNode& n : shown.nodes)
        if (n.isContact())
            CHECK(contactLabelPixels(n.name, n.rect.width() * zoom * 0.8, n.rect.height() * zoom * 0.8) > 0);
    // The message says what is left out and how to see everyone.
    CHECK(tab.messageBar()->isVisible());
    CHECK(tab.messageBar()->text().contains(QStringLiteral("Key people only")));
    // The top of the tree is in the window.
    const QRectF seen = tab.view()->mapToScene(tab.view()->viewport()->rect()).boundingRect();
    CHECK(seen.intersects(shown.nodes.front().rect));
    // Resizing the window before touching the map fits again; after a zoom by hand it does not.
    if (zoom < 1.0) {
        tab.resize(1240, 300);
        QCoreApplication::processEvents();
        CHECK(tab.view()->zoom() <= zoom + 1e-9);
    }
    tab.view()->setZoom(2.0);
    tab.resize(1240, 700);
    QCoreApplication::processEvents();
    CHECK(tab.view()->zoom() == doctest::Approx(2.0));
    // Unticking shows everyone, fitted again (the top of the tree at the legible zoom), and the message goes.
    const size_t overview = shown.nodes.size();
    tab.keyPeopleAction()->trigger();
    CHECK_FALSE(tab.keyPeopleAction()->isChecked());
    CHECK(tab.view()->shownMap().nodes.size() > overview);
    CHECK(tab.view()->zoom() == doctest::Approx(MapView::kLegibleZoom));
    CHECK_FALSE(tab.messageBar()->isVisible());
}

TEST_CASE("a small map is not filtered and opens fitted")
{
    Book b;
    const QString other = b.fixture.account(QStringLiteral("小客户有限公司"));
    const QString hq = b.fixture.unit(other, QStringLiteral("总部"));
    const QString boss =
        b.fixture.contact(other, QStringLiteral("王总"), {{QStringLiteral("org_unit_id"), hq}});
    for (const char* name : {"李明", "张伟", "刘洋"})
        b.fixture.contact(other, QString::fromUtf8(name),
                          {{QStringLiteral("org_unit_id"), hq}, {QStringLiteral("reports_to"), boss}});
    AccountMapTab tab(*b.workspace, other);
    tab.resize(1240, 700);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
    CHECK_FALSE(tab.keyPeopleAction()->isChecked());
    CHECK(tab.view()->zoom() <= 1.0);
    if (tab.view()->zoom() > MapView::kLegibleZoom)
        CHECK(allPeopleInWindow(tab.view()));
}

TEST_CASE("every filter and focus change fits the map again; an overlay keeps the view")
{
    Book b;
    b.view()->setZoom(2.0);
    b.view()->centerOn(0, 0);
    // A filter: only opponents.
    QAction* opponent = b.tab->stanceMenu()->findChild<QAction*>(QStringLiteral("mapStance.opponent"));
    if (!opponent)
        for (QAction* a : b.tab->stanceMenu()->actions())
            if (a->data().toString() == QStringLiteral("opponent"))
                opponent = a;
    REQUIRE(opponent);
    opponent->setChecked(true);
    CHECK(b.view()->zoom() <= 1.0);
    CHECK(b.view()->zoom() >= MapView::kLegibleZoom - 1e-9);
    if (b.view()->zoom() > MapView::kLegibleZoom + 1e-9)
        CHECK(allPeopleInWindow(b.view()));
    opponent->setChecked(false);

    // Focus on one person: fitted to their chain.
    b.view()->setZoom(2.0);
    const int p = b.staffMember();
    REQUIRE(p >= 0);
    b.view()->setFocusId(b.idAt(p));
    CHECK(b.view()->zoom() <= 1.0);
    if (b.view()->zoom() > MapView::kLegibleZoom + 1e-9)
        CHECK(allPeopleInWindow(b.view()));
    b.view()->setFocusId(QString());

    // An overlay (a member's coverage) only highlights: zoom and centre stay.
    b.view()->setZoom(1.5);
    const QPointF centre = b.view()->mapToScene(b.view()->viewport()->rect().center());
    REQUIRE(b.tab->memberCombo()->count() > 1);
    b.tab->memberCombo()->setCurrentIndex(1);
    emit b.tab->memberCombo()->activated(1);
    CHECK(b.view()->options().memberId == b.tab->memberCombo()->itemData(1).toString());
    CHECK(b.view()->zoom() == doctest::Approx(1.5));
    const QPointF after = b.view()->mapToScene(b.view()->viewport()->rect().center());
    CHECK(std::abs(after.x() - centre.x()) < 2);
    CHECK(std::abs(after.y() - centre.y()) < 2);
}

TEST_CASE("zoomed out, a person's name is drawn whenever it fits")
{
    // 11 pixels when there is room; smaller before it disappears; elided before nothing.
    const QString name = QString::fromUtf8("王建国");
    CHECK(contactLabelPixels(name, 200, 30) == 11);
    const int narrow = contactLabelPixels(name, 28, 30);
    CHECK(narrow > 0);
    CHECK(narrow < 11);
    CHECK(contactLabelPixels(name, 19, 30) == 8); // "王…"
    CHECK(contactLabelPixels(name, 4, 30) == 0);  // nothing legible fits
    CHECK(contactLabelPixels(name, 200, 6) == 0); // too low
    // At the legible zoom, a person's box holds a three-character Chinese name.
    const double w = map::metrics::minContactWidth * MapView::kLegibleZoom;
    CHECK(contactLabelPixels(name, w * 0.8, map::metrics::contactHeight * MapView::kLegibleZoom * 0.8) >= 9);
}

TEST_CASE("unit boxes carry their health once it is scored; a subsidiary's is the one unitHealth gives")
{
    Book b;
    auto expected = analysis::unitHealth(b.fixture.store->reader(), b.huawei, kToday);
    REQUIRE(expected.isOk());
    REQUIRE_FALSE(expected.value().isEmpty());
    // Scored in the background, then drawn on the live map.
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (const map::MapNode& n : b.view()->fullMap().nodes)
                if (n.health >= 0)
                    return true;
            return false;
        },
        20000));
    int scored = 0, unscored = 0;
    for (const map::MapNode& n : b.view()->fullMap().nodes) {
        if (n.isContact()) {
            CHECK(n.health < 0);
            continue;
        }
        auto h = expected.value().constFind(n.id);
        if (h == expected.value().constEnd()) {
            CHECK(n.health < 0); // a plant or a department counts with the unit above it
            ++unscored;
            continue;
        }
        CHECK(n.health == h->score);
        CHECK(n.healthBand == analysis::healthBandKey(h->band));
        ++scored;
    }
    CHECK(scored == int(expected.value().size()));
    CHECK(unscored > 0);
    renderFrame(b.view()); // the band is drawn without a fault at every level of detail
    b.view()->fitShown();
    renderFrame(b.view());
}
