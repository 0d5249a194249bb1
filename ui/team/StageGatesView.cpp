#include "ui/team/StageGatesView.h"
#include "ui/UiText.h"

#include "commands/Commands.h"
#include "model/Schema.h"
#include "rules/Rules.h"
#include "store/Store.h"
#include "ui/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace summit::ui {

namespace {

QString gateStage(const rules::StageGate& g)
{
    return UiText::tr("%1 entering %2")
        .arg(model::entityLabel(g.appliesTo), model::enumLabel(u"stage", g.stage));
}

QString gateNeeds(const rules::StageGate& g)
{
    if (g.needs.isEmpty())
        return UiText::tr("Nothing required");
    QStringList labels;
    for (const QString& item : g.needs)
        labels << rules::requirementLabel(g.appliesTo, item);
    return labels.join(UiText::tr(", ", "between the items of a list in a sentence"));
}

} // namespace

StageGatesView::StageGatesView(Workspace& workspace, QWidget* parent)
    : TeamConfigList(
          workspace,
          {QStringLiteral("stageGates"),
           QStringLiteral("stage_gate"),
           {UiText::tr("On"), UiText::tr("Stage"), UiText::tr("Must be filled in")},
           UiText::tr("New stage gate…"),
           UiText::tr(
               "A stage gate holds an opportunity or an account back from a stage until what the stage "
               "needs is filled in. Moving a record into the stage without it is refused, beside the "
               "stage, with what is missing."),
           UiText::tr("Team leads and administrators change the stage gates; you can read them.")},
          parent)
{
    setObjectName(QStringLiteral("stageGatesView"));
    table()->setColumnWidth(StageColumn, 300);
    connect(newAction(), &QAction::triggered, this, [this] {
        rules::StageGate blank;
        blank.appliesTo = QStringLiteral("opportunity");
        blank.stage = QStringLiteral("qualify");
        openDialog(blank);
    });
    connect(editAction(), &QAction::triggered, this, [this] {
        auto gates = rules::loadGates(m_workspace.store().reader());
        if (!gates) {
            showError(gates.message());
            return;
        }
        for (const rules::StageGate& g : gates.value())
            if (g.id == currentGate())
                openDialog(g);
    });
    connect(deleteAction(), &QAction::triggered, this, [this] {
        const QString id = currentGate();
        if (id.isEmpty())
            return;
        const Status s = m_workspace.commands().removeStageGate(id);
        showError(s ? QString() : s.message());
    });
    reload();
}

void StageGatesView::openDialog(const rules::StageGate& gate)
{
    auto* dialog = new StageGateDialog(m_workspace, gate, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

Status StageGatesView::setSwitchedOn(const QString& id, bool on)
{
    return m_workspace.commands()
        .setStageGate(id, {{QStringLiteral("enabled"), on ? QStringLiteral("1") : QStringLiteral("0")}})
        .status();
}

void StageGatesView::reload()
{
    beginReload();
    auto all = rules::loadGates(m_workspace.store().reader());
    if (!all) {
        showError(all.message());
        return;
    }
    const int current = resetRows(int(all.value().size()));
    int row = 0;
    for (const rules::StageGate& g : all.value()) {
        QString text = gateNeeds(g);
        // A teammate's edit this version cannot keep (an unknown field or stage): shown, never applied.
        const QString problem = rules::checkGate(g);
        if (!problem.isEmpty())
            text = UiText::tr("Broken, not applied: %1\n%2").arg(problem, text);
        setRow(row++, g.id, g.builtIn, g.enabled, gateStage(g), text, !problem.isEmpty());
    }
    endReload(current);
}

StageGateDialog::StageGateDialog(Workspace& workspace, const rules::StageGate& gate, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_original(gate)
{
    setObjectName(QStringLiteral("stageGateDialog"));
    setWindowTitle(gate.id.isEmpty() ? UiText::tr("New stage gate")
                                     : UiText::tr("Stage gate: %1").arg(gateStage(gate)));
    m_appliesTo = new QComboBox(this);
    for (const char* entity : {"opportunity", "account"})
        m_appliesTo->addItem(model::entityLabel(QString::fromLatin1(entity)), QString::fromLatin1(entity));
    m_appliesTo->setCurrentIndex(std::max(0, m_appliesTo->findData(gate.appliesTo)));
    // The record type of a gate stays what it is: its stage and fields belong to that type.
    m_appliesTo->setEnabled(gate.id.isEmpty());
    m_stage = new QComboBox(this);
    m_needs = new QListWidget(this);
    m_needs->setObjectName(QStringLiteral("stageGateNeeds"));
    m_enabled = new QCheckBox(UiText::tr("Switched on"), this);
    m_enabled->setChecked(gate.enabled);
    fillChoices();
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(gate.stage)));
    setNeeds(gate.needs);
    connect(m_appliesTo, &QComboBox::currentIndexChanged, this, [this] {
        const QStringList kept = checkedNeeds();
        fillChoices();
        setNeeds(kept);
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("stageGateError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(UiText::tr("Record"), m_appliesTo);
    form->addRow(UiText::tr("Stage"), m_stage);
    form->addRow(UiText::tr("Must be filled in"), m_needs);
    form->addRow(QString(), m_enabled);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 560);
}

void StageGateDialog::fillChoices()
{
    const QString entity = m_appliesTo->currentData().toString();
    const model::EntityDef* def = model::entity(entity);
    const QString stage = m_stage->currentData().toString();
    m_stage->clear();
    m_needs->clear();
    if (!def)
        return;
    for (const QString& s : def->field(u"stage")->enumValues)
        m_stage->addItem(model::enumLabel(u"stage", s), s);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(stage)));
    auto addItem = [this](const QString& label, const QString& key) {
        auto* item = new QListWidgetItem(label, m_needs);
        item->setData(Qt::UserRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    };
    for (const model::FieldDef& f : def->fields)
        if (f.name != QLatin1String("stage") && f.name != def->accountField)
            addItem(rules::requirementLabel(entity, f.name), f.name);
    if (entity == QLatin1String("opportunity"))
        addItem(rules::requirementLabel(entity, rules::kBuyingCenter), rules::kBuyingCenter);
}

void StageGateDialog::setNeeds(const QStringList& items)
{
    for (int i = 0; i < m_needs->count(); ++i) {
        QListWidgetItem* item = m_needs->item(i);
        item->setCheckState(items.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

QStringList StageGateDialog::checkedNeeds() const
{
    QStringList out;
    for (int i = 0; i < m_needs->count(); ++i)
        if (m_needs->item(i)->checkState() == Qt::Checked)
            out << m_needs->item(i)->data(Qt::UserRole).toString();
    return out;
}

QString StageGateDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool StageGateDialog::save()
{
    const QString appliesTo = m_appliesTo->currentData().toString();
    const QString stage = m_stage->currentData().toString();
    const QStringList needs = checkedNeeds();
    FieldValues fields;
    const bool isNew = m_original.id.isEmpty();
    if (isNew || appliesTo != m_original.appliesTo)
        fields.emplace_back(QStringLiteral("applies_to"), appliesTo);
    if (isNew || stage != m_original.stage)
        fields.emplace_back(QStringLiteral("stage"), stage);
    QStringList before = m_original.needs, after = needs;
    before.sort();
    after.sort();
    if (isNew || before != after)
        fields.emplace_back(QStringLiteral("requires"), needs.join(QLatin1Char(',')));
    if (isNew || m_enabled->isChecked() != m_original.enabled)
        fields.emplace_back(QStringLiteral("enabled"),
                            m_enabled->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    if (fields.empty())
        return true;
    auto id = m_workspace.commands().setStageGate(m_original.id, fields);
    if (!id) {
        m_error->setText(id.message());
        m_error->show();
        return false;
    }
    return true;
}

} // namespace summit::ui
