#include "ui/today/TodayView.h"
#include "ui/UiText.h"

#include "model/Display.h"
#include "model/Schema.h"
#include "query/Today.h"
#include "rules/Playbooks.h"
#include "rules/Rules.h"
#include "ui/Workspace.h"
#include "ui/today/TodaySection.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace summit::ui {

namespace {

const QString kTask = QStringLiteral("task");
const QString kFollowup = QStringLiteral("followup");
const QString kAccount = QStringLiteral("account");
const QString kQuiet = QStringLiteral("quiet");

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

} // namespace

TodayView::TodayView(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_heading->setFont(big);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    m_overdue = new TodaySection(UiText::tr("Overdue (%1)"), UiText::tr("Nothing overdue."),
                                 {UiText::tr("Task"), UiText::tr("Account"), UiText::tr("Due"),
                                  UiText::tr("Late by"), UiText::tr("Why")},
                                 this);
    m_dueToday = new TodaySection(UiText::tr("Due today (%1)"), UiText::tr("Nothing due today."),
                                  {UiText::tr("Task"), UiText::tr("Account"), UiText::tr("Why")}, this);
    m_nextActions = new TodaySection(
        UiText::tr("Next actions due this week (%1)"),
        UiText::tr("No next actions coming due without a task."),
        {UiText::tr("Next action"), UiText::tr("Account"), UiText::tr("Due"), UiText::tr("Type")}, this);
    m_quiet = new TodaySection(UiText::tr("Accounts gone quiet (%1)"),
                               UiText::tr("Every account has been followed up within its tier's interval."),
                               {UiText::tr("Account"), UiText::tr("Tier"), UiText::tr("Last follow-up"),
                                UiText::tr("Expected every"), UiText::tr("Mine")},
                               this);
    m_recent = new TodaySection(
        UiText::tr("Recent changes by teammates (%1)"),
        UiText::tr("No changes by teammates in the last 7 days."),
        {UiText::tr("Record"), UiText::tr("Account"), UiText::tr("By"), UiText::tr("When")}, this);
    m_onlyMine = new QCheckBox(UiText::tr("Only &my accounts"), this);
    m_onlyMine->setToolTip(
        UiText::tr("Show only accounts where you are the account manager, solution architect "
                   "or delivery expert."));
    connect(m_onlyMine, &QCheckBox::toggled, this, [this] { fillQuiet(); });

    for (TodaySection* s : {m_overdue, m_dueToday, m_nextActions, m_quiet, m_recent})
        connect(s, &TodaySection::activated, this, &TodayView::open);

    // Mark done works on the task list that was used last.
    m_markDone = new QAction(UiText::tr("Mark Task &Done"), this);
    m_markDone->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_markDone->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_markDone->setToolTip(UiText::tr("Mark the selected task done (Ctrl+Return)"));
    connect(m_markDone, &QAction::triggered, this, &TodayView::markCurrentTaskDone);
    addAction(m_markDone);
    for (TodaySection* s : {m_overdue, m_dueToday}) {
        s->list()->setContextMenuPolicy(Qt::ActionsContextMenu);
        s->list()->addAction(m_markDone);
        connect(s->list(), &QTreeWidget::currentItemChanged, this, [this, s](QTreeWidgetItem* item) {
            if (item)
                m_lastTaskSection = s;
        });
    }
    auto* logFollowUp = new QAction(UiText::tr("&Log Follow-up…"), this);
    connect(logFollowUp, &QAction::triggered, this, [this] {
        if (!m_quiet->currentId().isEmpty())
            emit m_workspace.logFollowUpRequested(m_quiet->currentId());
    });
    m_quiet->list()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_quiet->list()->addAction(logFollowUp);

    // Tasks and next actions on the left, accounts and the team on the right.
    auto* page = new QWidget(this);
    auto* grid = new QGridLayout(page);
    grid->addWidget(m_heading, 0, 0, 1, 2);
    grid->addWidget(m_error, 1, 0, 1, 2);
    auto* left = new QVBoxLayout;
    left->addWidget(m_overdue);
    left->addWidget(m_dueToday);
    left->addWidget(m_nextActions);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_quiet);
    right->addWidget(m_onlyMine);
    right->addWidget(m_recent);
    right->addStretch(1);
    grid->addLayout(left, 2, 0);
    grid->addLayout(right, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // A burst of changes (an import, a sync) refreshes once; a hidden page
    // waits until it is shown.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(50);
    connect(m_refreshTimer, &QTimer::timeout, this, &TodayView::refresh);
    connect(&m_workspace.store(), &Store::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            m_refreshTimer->start();
    });
    // Nothing is read until the page is first shown, and then only after the
    // window has had its first paint: on a large book Today's queries take a
    // few hundred milliseconds, and the window should not wait for them.
}

void TodayView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_refreshTimer->start();
}

void TodayView::refresh()
{
    m_stale = false;
    m_refreshTimer->stop();
    m_error->clear();
    m_heading->setText(
        UiText::tr("Today, %1").arg(locale().toString(m_workspace.today(), QLocale::LongFormat)));
    fillTasks();
    fillNextActions();
    fillQuiet();
    fillRecent();
    m_error->setVisible(!m_error->text().isEmpty());
    m_markDone->setEnabled(m_overdue->count() + m_dueToday->count() > 0);
    emit refreshed();
}

void TodayView::fillTasks()
{
    const QDate today = m_workspace.today();
    auto tasks = query::myDueTasks(m_workspace.store().reader(), m_workspace.me(), today);
    std::vector<TodaySection::Row> overdue, dueToday;
    // A rule's task gives the rule as its reason: its name, and the rule in words on hover.
    QHash<QString, rules::Rule> byId;
    if (auto all = rules::loadRules(m_workspace.store().reader()))
        for (const rules::Rule& r : all.value())
            byId.insert(r.id, r);
    QHash<QString, rules::Playbook> playbooks;
    if (auto all = rules::loadPlaybooks(m_workspace.store().reader()))
        for (const rules::Playbook& p : all.value())
            playbooks.insert(p.id, p);
    if (tasks) {
        for (const query::DueTask& t : tasks.value()) {
            QString why, tip;
            if (!t.ruleId.isEmpty()) {
                auto it = byId.constFind(t.ruleId);
                why = it != byId.constEnd() ? UiText::tr("Rule: %1").arg(it->name)
                                            : UiText::tr("Rule (deleted)");
                tip = it != byId.constEnd() ? rules::describeRule(*it) : QString();
            } else if (!t.playbookId.isEmpty()) {
                auto it = playbooks.constFind(t.playbookId);
                if (it == playbooks.constEnd()) {
                    why = UiText::tr("Playbook (deleted)");
                } else {
                    int n = 0;
                    for (size_t i = 0; i < it->steps.size(); ++i)
                        if (it->steps[i].key == t.step)
                            n = int(i) + 1;
                    why =
                        UiText::tr("Playbook: %1, step %2 of %3").arg(it->name).arg(n).arg(it->steps.size());
                    tip = rules::describeTrigger(*it);
                }
            }
            if (t.due < today) {
                const int late = int(t.due.daysTo(today));
                overdue.push_back({{t.title, t.accountName, locale().toString(t.due, QLocale::ShortFormat),
                                    UiText::tr("%n day(s)", nullptr, late), why},
                                   t.id,
                                   kTask,
                                   tip});
            } else {
                dueToday.push_back({{t.title, t.accountName, why}, t.id, kTask, tip});
            }
        }
    } else {
        m_error->setText(tasks.message());
    }
    m_overdue->setRows(overdue);
    m_dueToday->setRows(dueToday);
}

void TodayView::fillNextActions()
{
    auto actions = query::nextActionsDue(m_workspace.store().reader(), m_workspace.me(), m_workspace.today());
    std::vector<TodaySection::Row> rows;
    if (actions) {
        for (const query::NextAction& a : actions.value())
            rows.push_back({{a.action, a.accountName, locale().toString(a.due, QLocale::ShortFormat),
                             model::enumLabel(u"type", a.type)},
                            a.followupId,
                            kFollowup,
                            {}});
    } else {
        m_error->setText(actions.message());
    }
    m_nextActions->setRows(rows);
}

void TodayView::fillQuiet()
{
    auto quiet = query::quietAccounts(m_workspace.store().reader(), m_workspace.me(), m_workspace.today(),
                                      m_onlyMine->isChecked());
    std::vector<TodaySection::Row> rows;
    if (quiet) {
        for (const query::QuietAccount& a : quiet.value()) {
            const QString last =
                a.daysSince < 0 ? UiText::tr("Never") : UiText::tr("%n day(s) ago", nullptr, a.daysSince);
            const QString every = UiText::tr("%n day(s)", nullptr, a.allowedDays);
            rows.push_back(
                {{a.name, a.tier, last, every, a.mine ? UiText::tr("Yes") : QString()}, a.id, kQuiet, {}});
        }
    } else {
        m_error->setText(quiet.message());
    }
    m_quiet->setRows(rows);
}

void TodayView::fillRecent()
{
    auto recent = query::recentTeamChanges(m_workspace.store().reader(), m_workspace.me(), m_workspace.now());
    std::vector<TodaySection::Row> rows;
    if (recent) {
        for (const query::RecentChange& c : recent.value()) {
            const QString type = model::entityLabel(c.entity);
            const QString record =
                c.title.isEmpty() ? type : UiText::tr("%1: %2", "record type: title").arg(type, c.title);
            const QString changes = UiText::tr("%n change(s) in the last 7 days", nullptr, c.changes);
            rows.push_back({{record, c.accountName, c.authorName.isEmpty() ? c.authorId : c.authorName,
                             model::formatDateTime(isoUtc(c.when), locale())},
                            c.id,
                            c.entity,
                            changes});
        }
    } else {
        m_error->setText(recent.message());
    }
    m_recent->setRows(rows);
}

void TodayView::open(const QString& id, const QString& kind)
{
    if (id.isEmpty())
        return;
    if (kind == kQuiet)
        emit m_workspace.openAccountRequested(id, QStringLiteral("followups"));
    else if (kind == kAccount)
        emit m_workspace.openAccountRequested(id, QString());
    else
        emit m_workspace.openRecordRequested(id);
}

TodaySection* TodayView::currentTaskSection() const
{
    if (m_dueToday->list()->hasFocus())
        return m_dueToday;
    if (m_overdue->list()->hasFocus())
        return m_overdue;
    if (m_lastTaskSection && !m_lastTaskSection->currentId().isEmpty())
        return m_lastTaskSection;
    return m_overdue->count() > 0 ? m_overdue : m_dueToday;
}

void TodayView::markCurrentTaskDone()
{
    TodaySection* section = currentTaskSection();
    const QString id = section->currentId();
    if (id.isEmpty())
        return;
    const QString title = m_workspace.titleOf(id);
    const Status s = m_workspace.commands().completeTask(id, m_workspace.now());
    if (!s) {
        emit m_workspace.message(s.message());
        return;
    }
    emit m_workspace.message(UiText::tr("Task “%1” done.").arg(title));
    refresh(); // at once, so the next Ctrl+Return acts on the next task
}

} // namespace summit::ui
