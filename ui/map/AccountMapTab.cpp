#include "ui/map/AccountMapTab.h"
#include "ui/UiText.h"

#include "model/Schema.h"
#include "render/MapExport.h"
#include "render/MapPainter.h"
#include "store/Queries.h"
#include "store/Store.h"
#include "ui/Workspace.h"
#include "ui/account/MessageBar.h"
#include "ui/map/MapSubset.h"
#include "ui/map/MapView.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSignalBlocker>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace summit::ui {

AccountMapTab::AccountMapTab(Workspace& workspace, const QString& accountId, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_accountId(accountId)
{
    setObjectName(QStringLiteral("accountMapTab"));
    chooseExportFile = [](QWidget* owner, const QString& suggested) {
        return QFileDialog::getSaveFileName(owner, UiText::tr("Export map"), suggested,
                                            UiText::tr("PNG image (*.png);;SVG drawing (*.svg);;PDF "
                                                       "document (*.pdf)"));
    };
    setupPrinter = [](QPrinter& printer, QWidget* owner) {
        QPrintDialog dialog(&printer, owner);
        return dialog.exec() == QDialog::Accepted;
    };

    m_view = new MapView(workspace, this);
    m_messages = new MessageBar(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildToolbar();
    layout->addWidget(m_messages);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_view, &MapView::editRefused, m_messages,
            [this](const QString& text) { m_messages->showMessage(text, MessageBar::Kind::Error); });
    connect(m_view, &MapView::notice, m_messages,
            [this](const QString& text) { m_messages->showMessage(text, MessageBar::Kind::Information); });
    connect(m_view, &MapView::zoomChanged, this, &AccountMapTab::updateZoomLabel);
    connect(&workspace.store(), &Store::changed, this, &AccountMapTab::onStoreChanged);

    fillChoices();
    if (const Status s = m_view->setAccount(accountId, {}); !s)
        m_messages->showMessage(s.message());
    else
        openOverviewIfLarge();
    updateZoomLabel(m_view->zoom());
}

// A large group opens on its key people, so the first look is readable; the
// message says how many are left out and how to see everyone.
void AccountMapTab::openOverviewIfLarge()
{
    int people = 0;
    for (const map::MapNode& n : m_view->fullMap().nodes)
        people += n.isContact() ? 1 : 0;
    if (people <= kOverviewPeople)
        return;
    {
        const QSignalBlocker quiet(m_keyPeople);
        m_keyPeople->setChecked(true);
    }
    applyOptions();
    int key = 0;
    for (const map::MapNode& n : m_view->fullMap().nodes)
        key += n.isContact() && !n.context ? 1 : 0;
    m_messages->showMessage(UiText::tr("%n people: the map opens on the %1 key people and the managers "
                                       "above them. Untick “Key people only” to see everyone.",
                                       nullptr, people)
                                .arg(key),
                            MessageBar::Kind::Information);
    m_overviewNotice = true;
}

AccountMapTab::~AccountMapTab() = default;

void AccountMapTab::buildToolbar()
{
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("mapToolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    static_cast<QVBoxLayout*>(layout())->addWidget(bar);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("mapSearch"));
    m_search->setPlaceholderText(UiText::tr("Find a person…"));
    m_search->setAccessibleName(UiText::tr("Find a person on the map"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(220);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_view->findAndSelect(m_search->text())) {
            m_messages->dismiss();
            m_view->setFocus();
        }
    });
    bar->addWidget(m_search);
    auto* find = new QAction(UiText::tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    bar->addSeparator();

    m_opportunity = new QComboBox(bar);
    m_opportunity->setObjectName(QStringLiteral("mapOpportunity"));
    m_opportunity->setAccessibleName(UiText::tr("Buying center of an opportunity"));
    m_opportunity->setToolTip(UiText::tr("Highlight the buying center of one opportunity"));
    m_opportunity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_opportunity, &QComboBox::activated, this, &AccountMapTab::applyOptions);
    bar->addWidget(m_opportunity);

    m_keyPeople = bar->addAction(UiText::tr("Key people only"));
    m_keyPeople->setObjectName(QStringLiteral("mapKeyPeople"));
    m_keyPeople->setCheckable(true);
    m_keyPeople->setToolTip(UiText::tr(
        "Only people with a decision role or an influence of 4 or 5, and the managers above them"));
    connect(m_keyPeople, &QAction::toggled, this, [this](bool on) {
        if (!on && m_overviewNotice) {
            m_overviewNotice = false;
            m_messages->dismiss(); // "untick to see everyone" is done
        }
        applyOptions();
    });

    m_stanceMenu = new QMenu(UiText::tr("Stance"), this);
    m_stanceMenu->setObjectName(QStringLiteral("mapStances"));
    const model::FieldDef* stance = model::entity(u"contact")->field(u"stance");
    for (const QString& key : stance->enumValues) {
        QAction* a = m_stanceMenu->addAction(model::enumLabel(u"stance", key));
        a->setObjectName(QStringLiteral("mapStance.") + key);
        a->setData(key);
        a->setCheckable(true);
        connect(a, &QAction::toggled, this, &AccountMapTab::applyOptions);
    }
    auto* stanceButton = new QToolButton(bar);
    stanceButton->setText(UiText::tr("Stance"));
    stanceButton->setToolTip(UiText::tr("Only people with the checked stances (none checked: everyone)"));
    stanceButton->setMenu(m_stanceMenu);
    stanceButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(stanceButton);

    m_member = new QComboBox(bar);
    m_member->setObjectName(QStringLiteral("mapMember"));
    m_member->setAccessibleName(UiText::tr("Coverage of a team member"));
    m_member->setToolTip(UiText::tr("Highlight the people one team member knows"));
    m_member->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_member, &QComboBox::activated, this, &AccountMapTab::applyOptions);
    bar->addWidget(m_member);
    bar->addSeparator();

    QAction* zoomOut = bar->addAction(UiText::tr("−"));
    zoomOut->setToolTip(UiText::tr("Zoom out (−)"));
    connect(zoomOut, &QAction::triggered, m_view, &MapView::zoomOut);
    m_zoomLabel = new QLabel(bar);
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000 %")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_zoomLabel);
    QAction* zoomIn = bar->addAction(UiText::tr("+"));
    zoomIn->setToolTip(UiText::tr("Zoom in (+)"));
    connect(zoomIn, &QAction::triggered, m_view, &MapView::zoomIn);
    QAction* actual = bar->addAction(UiText::tr("1:1"));
    actual->setToolTip(UiText::tr("Actual size (0)"));
    connect(actual, &QAction::triggered, m_view, &MapView::zoomReset);
    QAction* fit = bar->addAction(UiText::tr("Fit"));
    fit->setToolTip(UiText::tr("Fit the whole map in the window (F)"));
    connect(fit, &QAction::triggered, m_view, &MapView::fitAll);
    bar->addSeparator();

    auto* exportMenu = new QMenu(this);
    m_exportWhole = exportMenu->addAction(UiText::tr("Whole map…"));
    m_exportWhole->setObjectName(QStringLiteral("mapExportWhole"));
    // exportMap() and print() show their own failures in the message bar.
    connect(m_exportWhole, &QAction::triggered, this, [this] { (void)exportMap(false); });
    m_exportVisible = exportMenu->addAction(UiText::tr("Visible part…"));
    m_exportVisible->setObjectName(QStringLiteral("mapExportVisible"));
    connect(m_exportVisible, &QAction::triggered, this, [this] { (void)exportMap(true); });
    auto* exportButton = new QToolButton(bar);
    exportButton->setText(UiText::tr("Export…"));
    exportButton->setToolTip(UiText::tr("Export the map as PNG, SVG or PDF"));
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(exportButton);

    m_print = new QAction(UiText::tr("Print…"), this);
    m_print->setObjectName(QStringLiteral("mapPrint"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_print->setToolTip(UiText::tr("Print the whole map on one page"));
    connect(m_print, &QAction::triggered, this, [this] { (void)print(false); });
    addAction(m_print);
    bar->addAction(m_print);
}

// The opportunities of the account and the team members, for the overlays.
void AccountMapTab::fillChoices()
{
    Database& db = m_workspace.store().reader();
    const QString opportunity = m_opportunity->currentData().toString();
    const QString member = m_member->currentData().toString();
    m_opportunity->clear();
    m_opportunity->addItem(UiText::tr("No buying center"), QString());
    ListFilter filter;
    filter.accountId = m_accountId;
    if (auto deals = listRecords(db, QStringLiteral("opportunity"), filter))
        for (const QVariantMap& o : deals.value())
            m_opportunity->addItem(o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("id")));
    m_member->clear();
    m_member->addItem(UiText::tr("No coverage overlay"), QString());
    if (auto members = listRecords(db, QStringLiteral("member")))
        for (const QVariantMap& m : members.value())
            m_member->addItem(m.value(QStringLiteral("name")).toString(), m.value(QStringLiteral("id")));
    m_opportunity->setCurrentIndex(std::max(0, m_opportunity->findData(opportunity)));
    m_member->setCurrentIndex(std::max(0, m_member->findData(member)));
}

void AccountMapTab::applyOptions()
{
    map::MapOptions o;
    o.opportunityId = m_opportunity->currentData().toString();
    o.memberId = m_member->currentData().toString();
    o.keyPeopleOnly = m_keyPeople->isChecked();
    for (QAction* a : m_stanceMenu->actions())
        if (a->isChecked())
            o.stances << a->data().toString();
    if (const Status s = m_view->setOptions(o); !s)
        m_messages->showMessage(s.message());
}

void AccountMapTab::onStoreChanged(const ChangeSet& change)
{
    // The map follows by itself; the overlay choices follow new deals and members.
    if (m_choicesPending || (!change.entities.contains(QStringLiteral("opportunity")) &&
                             !change.entities.contains(QStringLiteral("member"))))
        return;
    m_choicesPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_choicesPending = false;
            fillChoices();
        },
        Qt::QueuedConnection);
}

void AccountMapTab::updateZoomLabel(double scale)
{
    m_zoomLabel->setText(UiText::tr("%1 %").arg(qRound(scale * 100)));
}

void AccountMapTab::setChangeMarks(const QHash<QString, QString>& marks)
{
    m_view->setChangeMarks(marks);
}

void AccountMapTab::setMap(map::DecisionChainMap map)
{
    m_view->setMap(std::move(map));
}

void AccountMapTab::showLive()
{
    if (const Status s = m_view->reload(); !s)
        m_messages->showMessage(s.message());
}

bool AccountMapTab::selectRecord(const QString& id)
{
    return m_view->selectNode(id, true);
}

// ---- export and print ------------------------------------------------------------

map::DecisionChainMap AccountMapTab::mapToExport(bool visiblePart) const
{
    if (!visiblePart)
        return m_view->fullMap();
    return mapsubset::visiblePart(m_view->shownMap(), m_view->visibleArea());
}

Status AccountMapTab::exportMap(bool visiblePart)
{
    const map::DecisionChainMap chart = mapToExport(visiblePart);
    if (chart.nodes.empty()) {
        const Status s = Status::fail(UiText::tr("There is nothing on the map to export."));
        m_messages->showMessage(s.message());
        return s;
    }
    const QString suggested =
        UiText::tr("%1 decision-chain map %2.pdf").arg(chart.accountName, chart.today.toString(Qt::ISODate));
    const QString path = chooseExportFile ? chooseExportFile(this, suggested) : QString();
    if (path.isEmpty())
        return {};
    const Status s = ui::exportMap(chart, path);
    if (!s)
        m_messages->showMessage(s.message());
    else
        emit m_workspace.message(UiText::tr("Map exported to %1").arg(path));
    return s;
}

Status AccountMapTab::print(bool visiblePart)
{
    const map::DecisionChainMap chart = mapToExport(visiblePart);
    if (chart.nodes.empty()) {
        const Status s = Status::fail(UiText::tr("There is nothing on the map to print."));
        m_messages->showMessage(s.message());
        return s;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageSize(QPageSize(QPageSize::A3));
    printer.setDocName(chart.accountName);
    if (!setupPrinter || !setupPrinter(printer, this))
        return {};
    QPainter p;
    if (!p.begin(&printer)) {
        const Status s = Status::fail(UiText::tr("Could not start printing."));
        m_messages->showMessage(s.message());
        return s;
    }
    // One sheet (title, legend, gaps, map) fitted to the page.
    const MapPainter painter(chart);
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    painter.paint(p, QRectF(0, 0, page.width(), page.height()));
    p.end();
    return {};
}

} // namespace summit::ui
