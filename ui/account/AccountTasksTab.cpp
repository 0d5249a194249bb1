#include "ui/account/AccountTasksTab.h"
#include "ui/UiText.h"

#include "model/Display.h"
#include "model/Schema.h"
#include "query/AccountWork.h"
#include "store/Ids.h"
#include "store/Queries.h"
#include "ui/Workspace.h"
#include "ui/forms/RecordActions.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace summit::ui {

namespace {

const QString kTask = QStringLiteral("task");
const QString kOpen = QStringLiteral("open");
const QString kDone = QStringLiteral("done");

// Red that reads on the palette's base colour: dark red on light themes, a soft red on dark ones.
QColor overdueColour(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(255, 120, 110) : QColor(180, 30, 30);
}

QString str(const QVariantMap& m, const char* key)
{
    return m.value(QString::fromLatin1(key)).toString();
}

} // namespace

// The account's tasks in the order a person works them.
class AccountTasksTab::Model : public QAbstractTableModel
{
public:
    using Row = query::TaskRow;

    Model(Workspace& workspace, QString accountId, QObject* parent)
        : QAbstractTableModel(parent), m_workspace(workspace), m_accountId(std::move(accountId))
    {}

    void setOverdueColour(const QColor& c)
    {
        m_overdue = c;
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
    }

    void reload()
    {
        std::vector<Row> rows;
        m_error.clear();
        if (auto tasks = query::accountTasks(m_workspace.store().reader(), m_accountId, m_workspace.today()))
            rows = std::move(tasks.value());
        else
            m_error = tasks.message();
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    const Row* row(int r) const { return r >= 0 && r < int(m_rows.size()) ? &m_rows[size_t(r)] : nullptr; }
    int rowOf(const QString& id) const
    {
        for (size_t i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].id == id)
                return int(i);
        return -1;
    }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        const Row* r = row(index.row());
        if (!r)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case TitleColumn:
                return r->title;
            case DueColumn:
                return model::formatDate(r->due);
            case AssigneeColumn:
                return r->assigneeName;
            case StatusColumn:
                return model::enumLabel(u"status", r->status);
            default:
                return {};
            }
        case Qt::FontRole:
            if (r->overdue) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case Qt::ForegroundRole:
            if (r->overdue)
                return m_overdue;
            return {};
        case Qt::ToolTipRole:
            // Said in words too, not by colour alone.
            if (r->overdue)
                return UiText::tr("Overdue: was due %1").arg(model::formatDate(r->due));
            if (!r->doneAt.isEmpty())
                return UiText::tr("Done %1").arg(model::formatDateTime(r->doneAt));
            return {};
        case IdRole:
            return r->id;
        case OverdueRole:
            return r->overdue;
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case TitleColumn:
            return model::fieldLabel(u"task", u"title");
        case DueColumn:
            return model::fieldLabel(u"task", u"due");
        case AssigneeColumn:
            return model::fieldLabel(u"task", u"assignee_id");
        case StatusColumn:
            return model::fieldLabel(u"task", u"status");
        default:
            return {};
        }
    }

private:
    Workspace& m_workspace;
    QString m_accountId;
    std::vector<Row> m_rows;
    QColor m_overdue = QColor(180, 30, 30);
    QString m_error;
};

AccountTasksTab::AccountTasksTab(Workspace& workspace, const QString& accountId, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_accountId(accountId),
      m_model(new Model(workspace, accountId, this))
{
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(UiText::tr("Tasks"));
    m_view->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);

    m_markDone = new QAction(UiText::tr("&Mark done"), this);
    m_markDone->setShortcut(QKeySequence(Qt::Key_Space));
    m_markDone->setShortcutContext(Qt::WidgetShortcut);
    connect(m_markDone, &QAction::triggered, this, &AccountTasksTab::toggleDone);
    m_view->addAction(m_markDone);

    m_newTask = new QAction(UiText::tr("&New task…"), this);
    m_newTask->setShortcut(QKeySequence(Qt::Key_Insert));
    m_newTask->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newTask, &QAction::triggered, this, &AccountTasksTab::showForm);
    addAction(m_newTask);
    m_view->addAction(m_newTask);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The inline form is the New of this tab (Ctrl+N, Insert); Delete moves tasks to the Trash.
    m_actions = new forms::RecordActions(workspace, m_view, QStringLiteral("task"), IdRole);
    m_actions->setNewHandler([this] { showForm(); });
    m_view->removeAction(m_newTask);

    auto* done = new QPushButton(m_markDone->text(), this);
    connect(done, &QPushButton::clicked, m_markDone, &QAction::trigger);
    connect(m_markDone, &QAction::changed, done, [this, done] {
        done->setText(m_markDone->text());
        done->setEnabled(m_markDone->isEnabled());
    });
    auto* add = new QPushButton(m_newTask->text(), this);
    connect(add, &QPushButton::clicked, m_newTask, &QAction::trigger);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(done);
    buttons->addWidget(add);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(buildForm());
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AccountTasksTab::updateActions);
    connect(&workspace.store(), &Store::changed, this, &AccountTasksTab::onStoreChanged);
    m_model->setOverdueColour(overdueColour(palette()));
    m_model->reload();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateActions();
}

AccountTasksTab::~AccountTasksTab() = default;

QWidget* AccountTasksTab::buildForm()
{
    m_form = new QFrame(this);
    m_form->setFrameShape(QFrame::StyledPanel);
    m_title = new QLineEdit(m_form);
    m_title->setPlaceholderText(UiText::tr("What needs doing?"));
    m_due = new QDateEdit(m_form);
    m_due->setCalendarPopup(true);
    m_assignee = new QComboBox(m_form);
    m_error = new QLabel(m_form);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, overdueColour(errorPalette));
    m_error->setPalette(errorPalette);
    m_add = new QPushButton(UiText::tr("&Add task"), m_form);
    m_add->setDefault(true);
    auto* cancel = new QPushButton(UiText::tr("Cancel"), m_form);

    auto* form = new QFormLayout;
    form->addRow(model::fieldLabel(u"task", u"title") + QLatin1Char(':'), m_title);
    form->addRow(model::fieldLabel(u"task", u"due") + QLatin1Char(':'), m_due);
    form->addRow(model::fieldLabel(u"task", u"assignee_id") + QLatin1Char(':'), m_assignee);
    auto* row = new QHBoxLayout;
    row->addWidget(m_error, 1);
    row->addStretch(1); // buttons keep their size whether or not an error shows
    row->addWidget(m_add);
    row->addWidget(cancel);
    auto* box = new QVBoxLayout(m_form);
    box->addLayout(form);
    box->addLayout(row);

    connect(m_add, &QPushButton::clicked, this, &AccountTasksTab::addTask);
    connect(m_title, &QLineEdit::returnPressed, this, &AccountTasksTab::addTask);
    connect(cancel, &QPushButton::clicked, this, &AccountTasksTab::hideForm);
    auto* escape = new QAction(m_form);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, &AccountTasksTab::hideForm);
    m_form->addAction(escape);
    m_form->setVisible(false);
    return m_form;
}

QString AccountTasksTab::currentTaskId() const
{
    return m_view->currentIndex().data(IdRole).toString();
}

void AccountTasksTab::selectTask(const QString& id)
{
    const int r = m_model->rowOf(id);
    if (r >= 0)
        m_view->setCurrentIndex(m_model->index(r, 0));
}

bool AccountTasksTab::selectRecord(const QString& id)
{
    if (m_model->rowOf(id) < 0)
        return false;
    selectTask(id);
    m_view->setFocus();
    return true;
}

void AccountTasksTab::updateActions()
{
    const Model::Row* r = m_model->row(m_view->currentIndex().row());
    m_markDone->setEnabled(r != nullptr);
    m_markDone->setText(r && r->status == kDone ? UiText::tr("&Reopen") : UiText::tr("&Mark done"));
}

void AccountTasksTab::toggleDone()
{
    const Model::Row* r = m_model->row(m_view->currentIndex().row());
    if (!r)
        return;
    commands::Commands& commands = m_workspace.commands();
    const Status s =
        r->status == kDone ? commands.reopenTask(r->id) : commands.completeTask(r->id, m_workspace.now());
    if (!s)
        emit m_workspace.message(s.message());
}

void AccountTasksTab::showForm()
{
    const QString current = m_assignee->currentData().toString();
    m_assignee->clear();
    m_assignee->addItem(UiText::tr("(nobody)", "task assignee"), QString());
    if (auto members = listRecords(m_workspace.store().reader(), QStringLiteral("member")))
        for (const QVariantMap& m : members.value())
            m_assignee->addItem(str(m, "name"), str(m, "id"));
    const int me = m_assignee->findData(current.isEmpty() ? m_workspace.me() : current);
    m_assignee->setCurrentIndex(std::max(0, me));
    if (!m_form->isVisible())
        m_due->setDate(m_workspace.today());
    m_error->setVisible(false);
    m_form->setVisible(true);
    m_title->setFocus();
}

void AccountTasksTab::hideForm()
{
    m_form->setVisible(false);
    m_title->clear();
    m_error->setVisible(false);
    m_view->setFocus();
}

void AccountTasksTab::addTask()
{
    const model::EntityDef* def = model::entity(kTask);
    const QString title = m_title->text().trimmed();
    if (const QString problem = model::checkValue(*def, *def->field(u"title"), title); !problem.isEmpty()) {
        m_error->setText(problem);
        m_error->setVisible(true);
        m_title->setFocus();
        return;
    }
    commands::TaskDraft draft;
    draft.accountId = m_accountId;
    draft.title = title;
    draft.due = m_due->date();
    draft.assigneeId = m_assignee->currentData().toString();
    auto added = m_workspace.commands().addTask(draft);
    if (!added) {
        // Kept in the form, with the store's reason, so nothing typed is lost.
        m_error->setText(added.message());
        m_error->setVisible(true);
        return;
    }
    hideForm();
    selectTask(added.value());
}

void AccountTasksTab::onStoreChanged(const ChangeSet& change)
{
    if (!change.entities.contains(kTask) && !change.entities.contains(QStringLiteral("member")))
        return;
    const QString current = currentTaskId();
    const int row = m_view->currentIndex().row();
    m_model->reload();
    if (m_model->rowOf(current) >= 0)
        selectTask(current);
    else if (m_model->rowCount() > 0) // it went away (undo of a new task): stay near where it was
        m_view->setCurrentIndex(m_model->index(std::clamp(row, 0, m_model->rowCount() - 1), 0));
    updateActions();
}

bool AccountTasksTab::event(QEvent* e)
{
    if (e->type() == QEvent::PaletteChange)
        m_model->setOverdueColour(overdueColour(palette()));
    return QWidget::event(e);
}

} // namespace summit::ui
