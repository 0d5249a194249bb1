#include "ui/account/AccountPlaybooksTab.h"
#include "ui/UiText.h"

#include "commands/Commands.h"
#include "model/Display.h"
#include "model/Schema.h"
#include "rules/PlaybookEngine.h"
#include "rules/Playbooks.h"
#include "store/Store.h"
#include "ui/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace summit::ui {

namespace {

// Red that reads on the palette's base colour (as the Tasks tab's overdue tasks).
QColor lateColour(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(255, 120, 110) : QColor(180, 30, 30);
}

QString stateText(const rules::StepProgress& s)
{
    const QString& st = s.state;
    if (st == QLatin1String("done"))
        return UiText::tr("Done");
    if (st == QLatin1String("cancelled"))
        return UiText::tr("Cancelled");
    if (st == QLatin1String("late"))
        return UiText::tr("Late");
    if (st == QLatin1String("open"))
        return UiText::tr("Open");
    if (st == QLatin1String("missing"))
        return UiText::tr("In the trash");
    if (s.waitingFor.isEmpty())
        return UiText::tr("Starts soon");
    return UiText::tr("Waits for %1")
        .arg(s.waitingFor.join(UiText::tr(", ", "between the items of a list in a sentence")));
}

} // namespace

AccountPlaybooksTab::AccountPlaybooksTab(Workspace& workspace, const QString& accountId, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_accountId(accountId)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("playbookSummary"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    QPalette errorPalette = m_message->palette();
    errorPalette.setColor(QPalette::WindowText, lateColour(errorPalette));
    m_message->setPalette(errorPalette);

    m_start = new QToolButton(this);
    m_start->setText(UiText::tr("&Start playbook"));
    m_start->setPopupMode(QToolButton::InstantPopup);
    m_start->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_start);
    m_start->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &AccountPlaybooksTab::fillMenu);

    m_view = new QTreeWidget(this);
    m_view->setColumnCount(ColumnCount);
    m_view->setHeaderLabels(
        {UiText::tr("Playbook and step"), UiText::tr("State"), UiText::tr("Due"), UiText::tr("Assigned to")});
    m_view->setAccessibleName(UiText::tr("Playbook runs"));
    m_view->setRootIsDecorated(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    connect(m_view, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString task = item ? item->data(StepColumn, TaskRole).toString() : QString();
        if (!task.isEmpty())
            emit taskActivated(task);
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_start);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    m_start->setEnabled(!workspace.store().isReadOnly());
    connect(&workspace.store(), &Store::changed, this, &AccountPlaybooksTab::onStoreChanged);
    reload();
}

void AccountPlaybooksTab::fillMenu()
{
    QMenu* menu = m_start->menu();
    menu->clear();
    auto all = rules::loadPlaybooks(m_workspace.store().reader());
    if (!all) {
        menu->addAction(all.message())->setEnabled(false);
        return;
    }
    bool any = false;
    for (const rules::Playbook& p : all.value()) {
        if (!p.enabled || !p.problem.isEmpty())
            continue;
        QAction* a = menu->addAction(p.name);
        a->setToolTip(rules::describeTrigger(p));
        a->setStatusTip(rules::describeTrigger(p));
        const QString id = p.id;
        connect(a, &QAction::triggered, this, [this, id] { start(id); });
        any = true;
    }
    if (!any)
        menu->addAction(UiText::tr("No playbook is switched on (Team › Playbooks)"))->setEnabled(false);
}

bool AccountPlaybooksTab::start(const QString& playbookId)
{
    auto made =
        commands::Commands(m_workspace.store()).startPlaybook(playbookId, m_accountId, m_workspace.today());
    m_message->setVisible(!made);
    if (!made) {
        m_message->setText(made.message());
        return false;
    }
    return true;
}

void AccountPlaybooksTab::onStoreChanged(const ChangeSet& change)
{
    if (change.everything ||
        change.entities.intersects({QStringLiteral("task"), QStringLiteral("playbook"),
                                    QStringLiteral("member"), QStringLiteral("calendar_day"),
                                    QStringLiteral("followup"), QStringLiteral("opportunity")}))
        reload();
}

void AccountPlaybooksTab::reload()
{
    const QString current =
        m_view->currentItem() ? m_view->currentItem()->data(StepColumn, TaskRole).toString() : QString();
    m_view->clear();
    auto runs = rules::playbookProgress(m_workspace.store().reader(), m_accountId, m_workspace.today());
    if (!runs) {
        m_summary->setText(runs.message());
        return;
    }
    int running = 0, late = 0;
    const QColor red = lateColour(palette());
    for (const rules::PlaybookRun& run : runs.value()) {
        if (!run.complete)
            ++running;
        auto* top = new QTreeWidgetItem(m_view);
        top->setText(StepColumn, UiText::tr("%1 — %2").arg(run.playbookName, run.started));
        top->setText(StateColumn,
                     run.complete
                         ? UiText::tr("Finished")
                         : UiText::tr("%1 of %2 steps finished").arg(run.done).arg(run.steps.size()));
        QFont bold = top->font(StepColumn);
        bold.setBold(true);
        top->setFont(StepColumn, bold);
        for (const rules::StepProgress& s : run.steps) {
            auto* item = new QTreeWidgetItem(top);
            item->setText(StepColumn, s.title);
            item->setText(StateColumn, stateText(s));
            item->setText(DueColumn,
                          s.due.isValid() ? model::formatDate(s.due.toString(Qt::ISODate)) : QString());
            item->setText(AssigneeColumn,
                          s.assignees.join(UiText::tr(", ", "between the items of a list in a sentence")));
            item->setData(StepColumn, TaskRole, s.taskIds.value(0));
            item->setData(StepColumn, StateRole, s.state);
            if (s.state == QLatin1String("late")) {
                ++late;
                QFont f = item->font(StateColumn);
                f.setBold(true);
                for (int c = 0; c < ColumnCount; ++c) {
                    item->setFont(c, f);
                    item->setForeground(c, red);
                }
                item->setToolTip(
                    StateColumn,
                    UiText::tr("Late: was due %1").arg(model::formatDate(s.due.toString(Qt::ISODate))));
            } else if (s.state == QLatin1String("done") || s.state == QLatin1String("cancelled") ||
                       s.state == QLatin1String("missing")) {
                for (int c = 0; c < ColumnCount; ++c)
                    item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
            }
            if (!current.isEmpty() && s.taskIds.contains(current))
                m_view->setCurrentItem(item);
        }
        top->setExpanded(!run.complete);
    }
    if (runs.value().empty())
        m_summary->setText(UiText::tr("No playbook has run on this account yet. Playbooks start on their own "
                                      "(a visit, the first workday of a month, …) or by hand."));
    else if (late > 0)
        m_summary->setText(UiText::tr("%1; %2", "playbooks running; steps late")
                               .arg(UiText::tr("%n playbook(s) running", "", running),
                                    UiText::tr("%n step(s) late", "", late)));
    else
        m_summary->setText(UiText::tr("%n playbook(s) running", "", running));
    for (int c = 1; c < ColumnCount; ++c)
        m_view->resizeColumnToContents(c);
}

} // namespace summit::ui
