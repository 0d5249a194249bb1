#include "ui/team/PlaybooksView.h"
#include "ui/UiText.h"

#include "commands/Commands.h"
#include "model/Schema.h"
#include "rules/Playbooks.h"
#include "rules/Rules.h"
#include "store/Store.h"
#include "ui/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace summit::ui {

namespace {
QString list(const QStringList& items)
{
    return items.join(UiText::tr(", ", "between the items of a list in a sentence"));
}
} // namespace

PlaybooksView::PlaybooksView(Workspace& workspace, QWidget* parent)
    : TeamConfigList(
          workspace,
          {QStringLiteral("playbooks"),
           QStringLiteral("playbook"),
           {UiText::tr("On"), UiText::tr("Playbook"), UiText::tr("Steps")},
           UiText::tr("New playbook…"),
           UiText::tr(
               "A playbook turns an event into a list of tasks with deadlines: a visit, the first workday "
               "of a month, an account or an opportunity entering a stage. Each step goes to the people of "
               "the account's team it names; a step that waits for others starts when they are done. An "
               "account's Playbooks tab shows how far each run has come, and starts one by hand."),
           UiText::tr("Team leads and administrators change the playbooks; you can read them.")},
          parent)
{
    setObjectName(QStringLiteral("playbooksView"));
    table()->setColumnWidth(NameColumn, 280);
    connect(newAction(), &QAction::triggered, this, [this] {
        rules::Playbook blank;
        blank.name = UiText::tr("New playbook");
        blank.trigger = QStringLiteral("manual");
        auto* dialog = new PlaybookDialog(m_workspace, blank, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->addStep();
        dialog->open();
    });
    connect(editAction(), &QAction::triggered, this, [this] {
        auto p = rules::loadPlaybook(m_workspace.store().reader(), currentPlaybook());
        if (!p) {
            showError(p.message());
            return;
        }
        auto* dialog = new PlaybookDialog(m_workspace, p.value(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(deleteAction(), &QAction::triggered, this, [this] {
        const QString id = currentPlaybook();
        if (id.isEmpty())
            return;
        const Status s = m_workspace.commands().removePlaybook(id);
        showError(s ? QString() : s.message());
    });
    reload();
}

Status PlaybooksView::setSwitchedOn(const QString& id, bool on)
{
    return m_workspace.commands().editPlaybook(id, {{QStringLiteral("enabled"), on ? 1 : 0}});
}

void PlaybooksView::reload()
{
    beginReload();
    auto all = rules::loadPlaybooks(m_workspace.store().reader());
    if (!all) {
        showError(all.message());
        return;
    }
    const int current = resetRows(int(all.value().size()));
    int row = 0;
    for (const rules::Playbook& p : all.value()) {
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
        setRow(row++, p.id, p.builtIn, p.enabled, p.name + QLatin1Char('\n') + rules::describeTrigger(p),
               text, !p.problem.isEmpty());
    }
    endReload(current);
}

PlaybookDialog::PlaybookDialog(Workspace& workspace, const rules::Playbook& playbook, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_original(playbook)
{
    setObjectName(QStringLiteral("playbookDialog"));
    setWindowTitle(playbook.id.isEmpty() ? UiText::tr("New playbook")
                                         : UiText::tr("Playbook %1").arg(playbook.name));
    m_name = new QLineEdit(playbook.name, this);
    m_trigger = new QComboBox(this);
    for (const QString& t : rules::playbookTriggers())
        m_trigger->addItem(model::enumLabel(u"trigger", t), t);
    m_trigger->setCurrentIndex(m_trigger->findData(playbook.trigger));
    m_stage = new QComboBox(this);
    m_tiers = new QLineEdit(playbook.tiers.join(QLatin1Char(',')), this);
    m_tiers->setPlaceholderText(UiText::tr("S,A (empty: every tier)"));
    fillStages();
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(playbook.stage)));
    connect(m_trigger, &QComboBox::currentIndexChanged, this, &PlaybookDialog::fillStages);

    m_steps = new QTableWidget(0, StepColumnCount, this);
    m_steps->setObjectName(QStringLiteral("playbookSteps"));
    m_steps->setHorizontalHeaderLabels({UiText::tr("Key"), UiText::tr("Step"), UiText::tr("Due in"),
                                        UiText::tr("Unit"), UiText::tr("Roles (am, sa, de, team_lead)"),
                                        UiText::tr("Waits for (keys)")});
    m_steps->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_steps->setColumnWidth(KeyColumn, 110);
    m_steps->setColumnWidth(DueColumn, 70);
    m_steps->setColumnWidth(UnitColumn, 110);
    m_steps->setColumnWidth(RolesColumn, 210);
    m_steps->setColumnWidth(AfterColumn, 150);
    m_steps->verticalHeader()->hide();
    for (const rules::PlaybookStep& st : playbook.steps) {
        const int row = addStep();
        m_steps->item(row, KeyColumn)->setText(st.key);
        m_steps->item(row, TitleColumn)->setText(st.title);
        m_steps->item(row, DueColumn)->setText(QString::number(st.dueIn));
        auto* unit = qobject_cast<QComboBox*>(m_steps->cellWidget(row, UnitColumn));
        unit->setCurrentIndex(std::max(0, unit->findData(st.dueUnit)));
        m_steps->item(row, RolesColumn)->setText(st.roles.join(QLatin1Char(',')));
        m_steps->item(row, AfterColumn)->setText(st.after.join(QLatin1Char(',')));
    }
    auto* add = new QPushButton(UiText::tr("Add step"), this);
    auto* remove = new QPushButton(UiText::tr("Remove step"), this);
    connect(add, &QPushButton::clicked, this, [this] { m_steps->setCurrentCell(addStep(), KeyColumn); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_steps->currentRow() >= 0)
            m_steps->removeRow(m_steps->currentRow());
    });
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("playbookError"));
    m_error->setWordWrap(true);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28)); // the error red of the other pages
    m_error->setPalette(red);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(model::fieldLabel(u"playbook", u"name") + QLatin1Char(':'), m_name);
    form->addRow(model::fieldLabel(u"playbook", u"trigger") + QLatin1Char(':'), m_trigger);
    form->addRow(model::fieldLabel(u"playbook", u"stage") + QLatin1Char(':'), m_stage);
    form->addRow(model::fieldLabel(u"playbook", u"tiers") + QLatin1Char(':'), m_tiers);
    auto* stepButtons = new QHBoxLayout;
    stepButtons->addWidget(add);
    stepButtons->addWidget(remove);
    stepButtons->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(model::fieldLabel(u"playbook", u"steps") + QLatin1Char(':'), this));
    layout->addWidget(m_steps, 1);
    layout->addLayout(stepButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(980, 520);
}

void PlaybookDialog::fillStages()
{
    const QString trigger = m_trigger->currentData().toString();
    const QString current = m_stage->currentData().toString();
    m_stage->clear();
    const bool account = trigger == QLatin1String("account_stage");
    const bool opportunity = trigger == QLatin1String("opportunity_stage");
    m_stage->setEnabled(account || opportunity);
    if (!account && !opportunity)
        return;
    for (const QString& st :
         model::entity(account ? u"account" : u"opportunity")->field(u"stage")->enumValues)
        m_stage->addItem(model::enumLabel(u"stage", st), st);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(current)));
}

int PlaybookDialog::addStep()
{
    const int row = m_steps->rowCount();
    m_steps->insertRow(row);
    for (int c : {int(KeyColumn), int(TitleColumn), int(DueColumn), int(RolesColumn), int(AfterColumn)})
        m_steps->setItem(row, c, new QTableWidgetItem);
    m_steps->item(row, DueColumn)->setText(QStringLiteral("1"));
    m_steps->item(row, RolesColumn)->setText(QStringLiteral("am"));
    auto* unit = new QComboBox(m_steps);
    unit->addItem(model::enumLabel(u"due_unit", u"workdays"), QStringLiteral("workdays"));
    unit->addItem(model::enumLabel(u"due_unit", u"hours"), QStringLiteral("hours"));
    m_steps->setCellWidget(row, UnitColumn, unit);
    return row;
}

QString PlaybookDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

rules::Playbook PlaybookDialog::playbook() const
{
    rules::Playbook p = m_original;
    p.name = m_name->text().trimmed();
    p.trigger = m_trigger->currentData().toString();
    p.stage = m_stage->isEnabled() ? m_stage->currentData().toString() : QString();
    p.tiers = rules::splitList(m_tiers->text(), true);
    p.steps.clear();
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        rules::PlaybookStep st;
        st.key = m_steps->item(row, KeyColumn)->text().trimmed();
        st.title = m_steps->item(row, TitleColumn)->text().trimmed();
        bool ok = false;
        st.dueIn = m_steps->item(row, DueColumn)->text().trimmed().toInt(&ok);
        if (!ok)
            st.dueIn = -1; // refused by the check, naming the step
        st.dueUnit = qobject_cast<QComboBox*>(m_steps->cellWidget(row, UnitColumn))->currentData().toString();
        st.roles = rules::splitList(m_steps->item(row, RolesColumn)->text(), false);
        st.after = rules::splitList(m_steps->item(row, AfterColumn)->text(), false);
        p.steps.push_back(std::move(st));
    }
    return p;
}

bool PlaybookDialog::save()
{
    const rules::Playbook p = playbook();
    const FieldValues all = rules::playbookFields(p);
    FieldValues fields;
    if (m_original.id.isEmpty()) {
        for (const auto& [name, value] : all)
            if (name != QLatin1String("position"))
                fields.emplace_back(name, value);
    } else {
        // Only what changed, so a shipped playbook's record holds the team's edits alone.
        const FieldValues before = rules::playbookFields(m_original);
        for (size_t i = 0; i < all.size(); ++i)
            if (all[i].second != before[i].second)
                fields.push_back(all[i]);
    }
    Status s;
    if (m_original.id.isEmpty()) {
        auto id = m_workspace.commands().addPlaybook(fields);
        s = id.status();
    } else if (!fields.empty()) {
        s = m_workspace.commands().editPlaybook(m_original.id, fields);
    }
    m_error->setText(s ? QString() : s.message());
    m_error->setVisible(!s);
    return s.isOk();
}

} // namespace summit::ui
