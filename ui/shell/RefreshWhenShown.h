#pragma once
// Keeps a view in step with the store without reading while nobody can see
// it: a change marks the view stale; it reloads at once when on screen, else
// when it is next shown. One object per view, owned by the view.

#include <QObject>
#include <functional>

class QWidget;

namespace summit {
class Store;
}

namespace summit::ui {

class RefreshWhenShown : public QObject
{
public:
    RefreshWhenShown(QWidget* view, Store& store, std::function<void()> reload);
    // The view read itself (for example right after construction).
    void markFresh() { m_stale = false; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_view;
    std::function<void()> m_reload;
    bool m_stale = true;
};

} // namespace summit::ui
