#include "ui/map/AccountMapPage.h"

#include "map/MapHistory.h"
#include "ui/Workspace.h"
#include "ui/account/MessageBar.h"
#include "ui/map/AccountMapTab.h"
#include "ui/map/MapTimeBar.h"
#include "ui/map/MapView.h"

#include <QVBoxLayout>

namespace summit::ui {

AccountMapPage::AccountMapPage(Workspace& workspace, const QString& accountId, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_accountId(accountId)
{
    m_timeBar = new MapTimeBar(workspace, accountId, this);
    m_map = new AccountMapTab(workspace, accountId, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_timeBar);
    layout->addWidget(m_map, 1);

    connect(m_timeBar, &MapTimeBar::asOfChanged, this, &AccountMapPage::showAsOf);
    connect(m_timeBar, &MapTimeBar::changesChanged, m_map, &AccountMapTab::setChangeMarks);
    connect(m_timeBar, &MapTimeBar::focusRequested, this, &AccountMapPage::selectRecord);
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
