#include "ui/shell/RefreshWhenShown.h"

#include "store/Store.h"

#include <QEvent>
#include <QWidget>

namespace summit::ui {

RefreshWhenShown::RefreshWhenShown(QWidget* view, Store& store, std::function<void()> reload)
    : QObject(view), m_view(view), m_reload(std::move(reload))
{
    view->installEventFilter(this);
    connect(&store, &Store::changed, this, [this] {
        m_stale = true;
        if (m_view->isVisible()) {
            m_stale = false;
            m_reload();
        }
    });
}

bool RefreshWhenShown::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_reload();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace summit::ui
