#include "ui/team/PlaybooksView.h"
#include "ui/UiText.h"

#include "commands/Commands.h"
#include "rules/Playbooks.h"
#include "rules/Rules.h"
#include "store/Store.h"
#include "ui/Workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace summit::ui {

namespace {
QString list(const QStringList& items)
{
    return items.join(UiText::tr(", ", "between the items of a list in a sentence"));
}
} // namespace

PlaybooksView::PlaybooksView(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("playbooksView"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("playbooksTable"));
    m_table->setHorizontalHeaderLabels({UiText::tr("On"), UiText::tr("Playbook"), UiText::tr("Steps")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(OnColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(StepsColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setColumnWidth(NameColumn, 280);
    m_table->setAlternatingRowColors(true);

    auto* note = new QLabel(
        UiText::tr(
            "A playbook turns an event into a list of tasks with deadlines: a visit, the first workday "
            "of a month, an account or an opportunity entering a stage. Each step goes to the people of "
            "the account's team it names; a step that waits for others starts when they are done. An "
            "account's Playbooks tab shows how far each run has come, and starts one by hand."),
        this);
    note->setWordWrap(true);
    m_readOnly = new QLabel(UiText::tr("Team leads and administrators switch playbooks on and off."), this);
    m_readOnly->setObjectName(QStringLiteral("playbooksReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("playbooksError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column == OnColumn)
            toggle(row);
    });
    connect(&workspace.store(), &Store::changed, this, &PlaybooksView::onStoreChanged);
    reload();
}

QString PlaybooksView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PlaybooksView::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PlaybooksView::onStoreChanged(const ChangeSet& change)
{
    if (change.everything || change.entities.contains(QStringLiteral("playbook")) ||
        change.entities.contains(QStringLiteral("member")))
        reload();
}

void PlaybooksView::reload()
{
    Database& db = m_workspace.store().reader();
    m_mayEdit = rules::mayEditRules(db, m_workspace.me()) && !m_workspace.store().isReadOnly();
    auto all = rules::loadPlaybooks(db);
    if (!all) {
        showError(all.message());
        return;
    }
    const int current = m_table->currentRow();
    m_table->setRowCount(0);
    m_table->setRowCount(int(all.value().size()));
    int row = 0;
    for (const rules::Playbook& p : all.value()) {
        auto* on = new QTableWidgetItem;
        on->setCheckState(p.enabled ? Qt::Checked : Qt::Unchecked);
        on->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        auto* name = new QTableWidgetItem(p.name + QLatin1Char('\n') + rules::describeTrigger(p));
        name->setData(Qt::UserRole, p.id);
        QStringList lines;
        int n = 0;
        for (const rules::PlaybookStep& s : p.steps) {
            QStringList people;
            for (const QString& role : s.roles)
                people << rules::roleLabel(role);
            QString line = UiText::tr("%1. %2 — within %3, for %4")
                               .arg(++n)
                               .arg(s.title, rules::describeDue(s), list(people));
            if (!s.after.isEmpty()) {
                QStringList titles;
                for (const QString& key : s.after)
                    for (const rules::PlaybookStep& other : p.steps)
                        if (other.key == key)
                            titles << other.title;
                line += QLatin1Char(' ') + UiText::tr("(after: %1)").arg(list(titles));
            }
            lines << line;
        }
        QString text = lines.join(QLatin1Char('\n'));
        if (!p.problem.isEmpty())
            text = UiText::tr("Broken, skipped: %1\n%2").arg(p.problem, text);
        auto* steps = new QTableWidgetItem(text);
        steps->setToolTip(text);
        if (!p.problem.isEmpty())
            steps->setForeground(QColor(0xc6, 0x28, 0x28)); // the error red of the other pages
        else if (!p.enabled)
            for (QTableWidgetItem* item : {name, steps})
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_table->setItem(row, OnColumn, on);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, StepsColumn, steps);
        ++row;
    }
    if (current >= 0 && current < m_table->rowCount())
        m_table->setCurrentCell(current, NameColumn);
    m_readOnly->setVisible(!m_mayEdit);
}

bool PlaybooksView::toggle(int row)
{
    if (!m_mayEdit || row < 0 || row >= m_table->rowCount())
        return false;
    const QString id = m_table->item(row, NameColumn)->data(Qt::UserRole).toString();
    const bool on = m_table->item(row, OnColumn)->checkState() == Qt::Checked;
    const Status s = m_workspace.commands().editPlaybook(id, {{QStringLiteral("enabled"), on ? 0 : 1}});
    showError(s ? QString() : s.message());
    return s.isOk();
}

} // namespace summit::ui
