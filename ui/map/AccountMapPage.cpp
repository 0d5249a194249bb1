#include "ui/map/AccountMapPage.h"
#include "ui/UiText.h"

#include "map/MapHistory.h"
#include "ui/Workspace.h"
#include "ui/account/MessageBar.h"
#include "ui/map/AccountMapTab.h"
#include "ui/map/MapTimeBar.h"
#include "ui/map/MapView.h"

#include <QAction>
#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace summit::ui {

AccountMapPage::AccountMapPage(Workspace& workspace, const QString& accountId, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_accountId(accountId)
{
    m_timeBar = new MapTimeBar(workspace, accountId, this);
    m_map = new AccountMapTab(workspace, accountId, this);
    m_openInWindow = new QAction(UiText::tr("Open in &Window"), this);
    m_openInWindow->setObjectName(QStringLiteral("openMapInWindow"));
    m_openInWindow->setToolTip(UiText::tr("Open this map in a window of its own"));
    connect(m_openInWindow, &QAction::triggered, this, &AccountMapPage::openInWindow);
    auto* detach = new QToolButton(this);
    detach->setDefaultAction(m_openInWindow);
    m_detach = detach;
    auto* top = new QHBoxLayout;
    top->addWidget(m_timeBar, 1);
    top->addWidget(detach, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_map, 1);

    connect(m_timeBar, &MapTimeBar::asOfChanged, this, &AccountMapPage::showAsOf);
    connect(m_timeBar, &MapTimeBar::changesChanged, m_map, &AccountMapTab::setChangeMarks);
    connect(m_timeBar, &MapTimeBar::focusRequested, this, &AccountMapPage::selectRecord);
}

AccountMapPage* AccountMapPage::openInWindow()
{
    // Parented to the main window so that it goes when the database does.
    auto* page = new AccountMapPage(m_workspace, m_accountId, window());
    page->setWindowFlag(Qt::Window);
    page->setAttribute(Qt::WA_DeleteOnClose);
    page->m_detach->hide();
    page->setWindowTitle(UiText::tr("Decision-chain map — %1").arg(m_workspace.titleOf(m_accountId)));
    page->resize(window()->size());
    page->show();
    return page;
}

bool AccountMapPage::selectRecord(const QString& id)
{
    return m_map->selectRecord(id);
}

void AccountMapPage::showAsOf(const QDateTime& at)
{
    // "Now" is the live, editable map; any other instant is rebuilt from the log.
    if (!at.isValid() || at >= m_workspace.now()) {
        m_map->showLive();
        return;
    }
    map::MapOptions options = m_map->view()->options();
    options.today = at.toLocalTime().date();
    auto past = map::buildMapAsOf(m_workspace.store(), m_accountId, at, options);
    if (!past) {
        m_map->messageBar()->showMessage(past.message(), MessageBar::Kind::Error);
        return;
    }
    m_map->setMap(std::move(past.value()));
}

} // namespace summit::ui
