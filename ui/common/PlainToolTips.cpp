#include "ui/common/PlainToolTips.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QHelpEvent>
#include <QPointer>
#include <QToolTip>

namespace summit::ui {

namespace {

class PlainToolTipFilter : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
            return false;
        auto* widget = static_cast<QWidget*>(watched);
        auto* help = static_cast<QHelpEvent*>(event);
        QString text;
        QRect area;
        QWidget* parent = widget->parentWidget();
        if (auto* view = qobject_cast<QAbstractItemView*>(parent); view && view->viewport() == widget) {
            const QModelIndex index = view->indexAt(help->pos());
            if (index.isValid()) {
                text = index.data(Qt::ToolTipRole).toString();
                area = view->visualRect(index);
            }
        } else if (auto* graphics = qobject_cast<QGraphicsView*>(parent);
                   graphics && graphics->viewport() == widget) {
            for (QGraphicsItem* item : graphics->items(help->pos()))
                if (!item->toolTip().isEmpty()) {
                    text = item->toolTip();
                    break;
                }
        } else {
            text = widget->toolTip();
        }
        if (text.isEmpty())
            return false; // Qt's own handling: a parent's tooltip, or none
        QToolTip::showText(help->globalPos(), plainToolTip(text), widget, area);
        return true;
    }
};

} // namespace

QString plainToolTip(const QString& text)
{
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

void installPlainToolTips()
{
    static QPointer<PlainToolTipFilter> installed;
    if (installed || !qApp)
        return;
    installed = new PlainToolTipFilter(qApp);
    qApp->installEventFilter(installed);
}

} // namespace summit::ui
