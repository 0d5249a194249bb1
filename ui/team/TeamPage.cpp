#include "ui/team/TeamPage.h"
#include "ui/UiText.h"

#include "model/Schema.h"
#include "query/Team.h"
#include "ui/Workspace.h"
#include "ui/forms/RecordActions.h"
#include "ui/forms/RecordDialog.h"
#include "ui/team/AccountModelView.h"
#include "ui/team/CustomFieldsView.h"
#include "ui/team/PlaybooksView.h"
#include "ui/team/RulesView.h"
#include "ui/team/StageGatesView.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace summit::ui {

namespace {

enum Column
{
    NameColumn,
    RoleColumn,
    EmailColumn,
    StatusColumn,
    AccountsColumn,
    TasksColumn,
    DealsColumn,
    ColumnCount
};

std::optional<QString> askForSuccessor(QWidget* parent, const QString& name, const QString& holdings,
                                       const std::vector<std::pair<QString, QString>>& choices)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(UiText::tr("%1 leaves the team").arg(name));
    auto* text = new QLabel(holdings, &dialog);
    text->setWordWrap(true);
    auto* box = new QComboBox(&dialog);
    box->addItem(UiText::tr("(nobody)", "no successor for a member who leaves"), QString());
    for (const auto& [id, title] : choices)
        box->addItem(title, id);
    if (box->count() > 1)
        box->setCurrentIndex(1);
    auto* form = new QFormLayout;
    form->addRow(UiText::tr("&Hand over to:"), box);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return box->currentData().toString();
}

} // namespace

TeamPage::ChooseSuccessor TeamPage::chooseSuccessor = askForSuccessor;

TeamPage::TeamPage(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("teamPage"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setHorizontalHeaderLabels(
        {model::fieldLabel(u"member", u"name"), model::fieldLabel(u"member", u"role"),
         model::fieldLabel(u"member", u"email"), UiText::tr("On the team"), UiText::tr("Accounts"),
         UiText::tr("Open tasks", "team column: a member's open tasks"), UiText::tr("Open deals")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);

    m_actions = new forms::RecordActions(workspace, m_table, QStringLiteral("member"), Qt::UserRole);
    m_edit = new QAction(UiText::tr("Edit…"), this);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const QString id = currentMember(); !id.isEmpty()) {
            auto* dialog = new forms::RecordDialog(m_workspace, QStringLiteral("member"), id, {}, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    });
    connect(m_table, &QTableWidget::activated, m_edit, &QAction::trigger);
    m_leave = new QAction(UiText::tr("Mark as left…"), this);
    m_leave->setObjectName(QStringLiteral("memberLeaves"));
    connect(m_leave, &QAction::triggered, this, &TeamPage::leaveCurrent);
    m_rejoin = new QAction(UiText::tr("Rejoins the team"), this);
    connect(m_rejoin, &QAction::triggered, this, &TeamPage::rejoinCurrent);
    m_table->insertAction(m_actions->newAction(), m_edit);
    m_table->insertAction(m_actions->deleteAction(), m_leave);
    m_table->insertAction(m_actions->deleteAction(), m_rejoin);
    addAction(m_edit);

    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_actions->newAction());
    toolbar->addAction(m_edit);
    toolbar->addAction(m_leave);
    toolbar->addAction(m_rejoin);
    toolbar->addAction(m_actions->deleteAction());

    auto* title = new QLabel(UiText::tr("<b>The team</b>"), this);
    m_summary = new QLabel(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("teamError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* head = new QHBoxLayout;
    head->addWidget(title);
    head->addWidget(m_summary, 1);
    head->addWidget(toolbar);
    // Members, and the custom fields a team lead defines for the team's records.
    auto* members = new QWidget(this);
    auto* membersLayout = new QVBoxLayout(members);
    membersLayout->addLayout(head);
    membersLayout->addWidget(m_error);
    membersLayout->addWidget(m_table, 1);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(members, UiText::tr("Members"));
    m_customFields = new CustomFieldsView(workspace, m_tabs);
    m_tabs->addTab(m_customFields, UiText::tr("Custom fields"));
    m_accountModel = new AccountModelView(workspace, m_tabs);
    m_tabs->addTab(m_accountModel, UiText::tr("Tiers and health"));
    m_rules = new RulesView(workspace, m_tabs);
    m_tabs->addTab(m_rules, UiText::tr("Rules"));
    m_playbooks = new PlaybooksView(workspace, m_tabs);
    m_tabs->addTab(m_playbooks, UiText::tr("Playbooks"));
    m_tabs->addTab(new StageGatesView(workspace, m_tabs), UiText::tr("Stage gates"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        const int row = m_table->currentRow();
        const bool left = row >= 0 && m_table->item(row, StatusColumn)->data(Qt::UserRole).toBool();
        m_leave->setEnabled(row >= 0 && !left);
        m_rejoin->setEnabled(row >= 0 && left);
        m_edit->setEnabled(row >= 0);
    });
    connect(&workspace.store(), &Store::changed, this, &TeamPage::onStoreChanged);
    reload();
}

QString TeamPage::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void TeamPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString TeamPage::currentMember() const
{
    const int row = m_table->currentRow();
    return row < 0 ? QString() : m_table->item(row, NameColumn)->data(Qt::UserRole).toString();
}

bool TeamPage::selectMember(const QString& id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, NameColumn)->data(Qt::UserRole).toString() == id) {
            m_table->setCurrentCell(row, NameColumn);
            m_table->selectRow(row);
            return true;
        }
    return false;
}

void TeamPage::onStoreChanged(const ChangeSet& change)
{
    if (change.everything || change.entities.contains(QStringLiteral("member")) ||
        change.entities.contains(QStringLiteral("account")) ||
        change.entities.contains(QStringLiteral("task")) ||
        change.entities.contains(QStringLiteral("opportunity")))
        reload();
}

void TeamPage::reload()
{
    const QString current = currentMember();
    auto rows = query::members(m_workspace.store().reader());
    if (!rows) {
        showError(rows.message());
        return;
    }
    m_table->setRowCount(0);
    int active = 0;
    for (const query::MemberRow& m : rows.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name =
            new QTableWidgetItem(m.id == m_workspace.me() ? UiText::tr("%1 (me)").arg(m.name) : m.name);
        name->setData(Qt::UserRole, m.id);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(
            row, RoleColumn,
            new QTableWidgetItem(m.role.isEmpty() ? QString() : model::enumLabel(u"role", m.role)));
        m_table->setItem(row, EmailColumn, new QTableWidgetItem(m.email));
        auto* status = new QTableWidgetItem(m.left() ? UiText::tr("Left") : UiText::tr("Active"));
        status->setData(Qt::UserRole, m.left());
        m_table->setItem(row, StatusColumn, status);
        const int counts[] = {m.accounts, m.openTasks, m.openOpportunities};
        for (int c = 0; c < 3; ++c) {
            auto* item = new QTableWidgetItem(QString::number(counts[c]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, AccountsColumn + c, item);
        }
        if (m.left())
            for (int c = 0; c < ColumnCount; ++c)
                m_table->item(row, c)->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        else
            ++active;
    }
    m_summary->setText(UiText::tr("%n active members", nullptr, active));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    if (!selectMember(current) && m_table->rowCount() > 0)
        m_table->setCurrentCell(0, NameColumn);
}

bool TeamPage::leaveCurrent()
{
    const QString id = currentMember();
    if (id.isEmpty())
        return false;
    showError(QString());
    Database& db = m_workspace.store().reader();
    auto holdings = query::holdingsOf(db, id);
    if (!holdings) {
        showError(holdings.message());
        return false;
    }
    const query::Holdings& h = holdings.value();
    QSet<QString> accounts(h.amOf.begin(), h.amOf.end());
    for (const QStringList* seat : {&h.saOf, &h.deOf})
        for (const QString& a : *seat)
            accounts.insert(a);
    const QString name = m_workspace.titleOf(id);
    const QString what =
        h.total() == 0
            ? UiText::tr("%1 holds no accounts, open tasks or open deals.").arg(name)
            : UiText::tr(
                  "%1 holds %2, %3 and %4. They go to the successor in one change (Undo puts them back).")
                  .arg(name, UiText::tr("%n accounts", nullptr, int(accounts.size())),
                       UiText::tr("%n open tasks", nullptr, int(h.openTasks.size())),
                       UiText::tr("%n open deals", nullptr, int(h.openOpportunities.size())));
    std::vector<std::pair<QString, QString>> choices;
    if (auto members = query::members(db))
        for (const query::MemberRow& m : members.value())
            if (!m.left() && m.id != id)
                choices.emplace_back(m.id, m.name);
    const std::optional<QString> successor =
        chooseSuccessor ? chooseSuccessor(this, name, what, choices) : std::nullopt;
    if (!successor)
        return false;
    auto result = m_workspace.commands().memberLeaves(id, *successor);
    if (!result) {
        showError(result.message());
        return false;
    }
    emit m_workspace.message(m_workspace.undoStack()->undoText());
    return true;
}

bool TeamPage::rejoinCurrent()
{
    const QString id = currentMember();
    if (id.isEmpty())
        return false;
    if (Status s = m_workspace.commands().memberReturns(id); !s) {
        showError(s.message());
        return false;
    }
    return true;
}

} // namespace summit::ui
