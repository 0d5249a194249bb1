#include "ui/lists/CommercePage.h"
#include "ui/UiText.h"

#include "ui/lists/RecordListView.h"

namespace summit::ui {

const QStringList& CommercePage::entities()
{
    static const QStringList all = {QStringLiteral("contract"), QStringLiteral("receivable"),
                                    QStringLiteral("service_request"), QStringLiteral("satisfaction")};
    return all;
}

CommercePage::CommercePage(Workspace& workspace, QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("commercePage"));
    setDocumentMode(true);
    const QString titles[] = {UiText::tr("Contracts"), UiText::tr("Receivables"),
                              UiText::tr("Service requests"), UiText::tr("Satisfaction surveys")};
    for (qsizetype i = 0; i < entities().size(); ++i) {
        auto* view = new RecordListView(workspace, entities()[i], this);
        view->setObjectName(entities()[i] + QStringLiteral("List"));
        addTab(view, titles[i]);
    }
}

RecordListView* CommercePage::list(const QString& entity) const
{
    const qsizetype i = entities().indexOf(entity);
    return i < 0 ? nullptr : qobject_cast<RecordListView*>(widget(int(i)));
}

bool CommercePage::showOnly(const QString& entity, const QStringList& ids, const QString& caption)
{
    RecordListView* view = list(entity);
    if (!view)
        return false;
    setCurrentWidget(view);
    view->showOnly(ids, caption);
    return true;
}

} // namespace summit::ui
