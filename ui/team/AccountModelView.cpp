#include "ui/team/AccountModelView.h"
#include "ui/UiText.h"

#include "analysis/AccountScores.h"
#include "commands/Commands.h"
#include "model/AccountModel.h"
#include "model/Display.h"
#include "model/Schema.h"
#include "rules/Rules.h"
#include "store/Store.h"
#include "ui/Workspace.h"
#include "ui/forms/FieldEditor.h"
#include "ui/forms/InlineError.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace summit::ui {

namespace {

const QString kEntity = QStringLiteral("account_model");

struct Section
{
    const char* title;
    std::vector<const char*> fields;
};

// The form's sections; every field of the record is in one of them.
std::vector<Section> sections()
{
    return {
        {QT_TRANSLATE_NOOP("summit::ui", "Tier"),
         {"revenue_basis", "tier_a_revenue", "tier_b_revenue", "tier_a_activity", "tier_b_activity",
          "weight_revenue", "weight_activity", "weight_potential", "weight_rfm"}},
        {QT_TRANSLATE_NOOP("summit::ui", "Activity points of a follow-up"),
         {"points_executive_visit", "points_visit", "points_meeting", "points_demo", "points_call",
          "points_email", "points_message"}},
        {QT_TRANSLATE_NOOP("summit::ui", "Follow-up cadence"),
         {"cadence_s", "cadence_a", "cadence_b", "cadence_c"}},
        {QT_TRANSLATE_NOOP("summit::ui", "Health score"),
         {"health_engagement", "health_relationship", "health_commercial", "health_service", "health_gaps"}},
        {QT_TRANSLATE_NOOP("summit::ui", "Customer lifetime value"), {"clv_margin", "clv_years"}},
        {QT_TRANSLATE_NOOP("summit::ui", "RFM (recency, frequency, monetary)"),
         {"rfm_recency_a", "rfm_recency_b", "rfm_frequency_a", "rfm_frequency_b"}},
    };
}

} // namespace

AccountModelView::AccountModelView(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("accountModelView"));
    const model::EntityDef* def = model::entity(kEntity);
    Q_ASSERT(def);

    auto* intro = new QLabel(
        UiText::tr("How Summit computes each account's tier and health score, and the customer lifetime "
                   "value, for the whole team. A tier comes from 12-month revenue, 3-month activity and "
                   "potential, each rated A, B or C and weighted; S stays a hand mark. Changes reach every "
                   "teammate with the next sync."),
        this);
    intro->setWordWrap(true);

    auto* body = new QWidget;
    auto* columns = new QHBoxLayout(body);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    int index = 0;
    for (const Section& section : sections()) {
        auto* box = new QGroupBox(UiText::tr(section.title), body);
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        for (const char* name : section.fields) {
            const model::FieldDef* field = nullptr;
            for (const model::FieldDef& f : def->fields)
                if (f.name == QLatin1String(name))
                    field = &f;
            Q_ASSERT(field);
            // Every field has a value (its default when the record has none): no "not set" state.
            model::FieldDef& shown = m_fields.emplace_back(*field);
            shown.required = true;
            auto* editor = new forms::FieldEditor(*def, shown, false, this);
            editor->widget()->setObjectName(shown.name);
            editor->widget()->setMinimumWidth(120);
            connect(editor, &forms::FieldEditor::edited, this, [this, key = shown.name] {
                if (m_filling)
                    return;
                m_touched.insert(key);
                updateState();
            });
            form->addRow(model::fieldLabel(kEntity, shown.name), editor->widget());
            m_editors.emplace(shown.name, editor);
        }
        if (index == 0) {
            m_tierSum = forms::makeErrorLabel(box);
            m_tierSum->setObjectName(QStringLiteral("tierWeightsSum"));
            form->addRow(m_tierSum);
        } else if (index == 3) {
            m_healthSum = forms::makeErrorLabel(box);
            m_healthSum->setObjectName(QStringLiteral("healthWeightsSum"));
            form->addRow(m_healthSum);
        }
        (index == 0 || index == 2 || index == 4 ? left : right)->addWidget(box);
        ++index;
    }
    left->addStretch(1);
    right->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("accountModelNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_error = forms::makeErrorLabel(this);
    m_error->setObjectName(QStringLiteral("accountModelError"));
    m_readOnly = new QLabel(
        UiText::tr("Team leads and administrators change the tier and health model; you can read it."), this);
    m_readOnly->setObjectName(QStringLiteral("accountModelReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->hide();

    m_save = new QPushButton(UiText::tr("Save"), this);
    m_save->setDefault(true);
    m_revert = new QPushButton(UiText::tr("Revert"), this);
    m_defaults = new QPushButton(UiText::tr("Use Defaults"), this);
    m_defaults->setToolTip(UiText::tr("A from ¥100万 and weekly contact, B from ¥20万 and monthly contact"));
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, &AccountModelView::reload);
    connect(m_defaults, &QPushButton::clicked, this, &AccountModelView::useDefaults);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_defaults);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_readOnly);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(&workspace.store(), &Store::changed, this, &AccountModelView::onStoreChanged);
    reload();
}

forms::FieldEditor* AccountModelView::editor(const QString& field) const
{
    const auto it = m_editors.find(field);
    return it == m_editors.end() ? nullptr : it->second;
}

QString AccountModelView::errorText() const
{
    return !m_error->isHidden() ? m_error->text() : QString();
}

QString AccountModelView::tierWeightsText() const
{
    return !m_tierSum->isHidden() ? m_tierSum->text() : QString();
}

QString AccountModelView::healthWeightsText() const
{
    return !m_healthSum->isHidden() ? m_healthSum->text() : QString();
}

bool AccountModelView::isModified() const
{
    for (const QString& key : m_touched) {
        forms::FieldEditor* e = editor(key);
        QString why;
        const QVariant v = e->value(&why);
        if (!why.isEmpty() || !forms::FieldEditor::sameValue(e->field(), v, m_stored.value(key)))
            return true;
    }
    return false;
}

void AccountModelView::reload()
{
    m_touched.clear();
    m_notice->hide();
    forms::showFieldError(m_error, nullptr, QString());
    auto loaded = analysis::loadAccountModel(m_workspace.store().reader());
    if (!loaded) {
        forms::showFieldError(m_error, nullptr, loaded.message());
        return;
    }
    m_stored = model::accountModelFields(loaded.value());
    fill(m_stored, false);
    // Like the rules: the team's method is its leads' to change.
    m_mayEdit = rules::mayEditRules(m_workspace.store().reader(), m_workspace.me()) &&
                !m_workspace.store().isReadOnly();
    m_readOnly->setVisible(!m_mayEdit);
    for (const auto& [key, e] : m_editors)
        e->widget()->setEnabled(m_mayEdit);
    m_defaults->setEnabled(m_mayEdit);
    updateState();
}

void AccountModelView::fill(const QVariantMap& fields, bool keepTouched)
{
    m_filling = true;
    for (const auto& [key, e] : m_editors)
        if (!keepTouched || !m_touched.contains(key))
            e->setValue(fields.value(key));
    m_filling = false;
    updateState();
}

void AccountModelView::useDefaults()
{
    const QVariantMap defaults = model::accountModelFields(model::AccountModel());
    m_filling = true;
    for (const auto& [key, e] : m_editors) {
        e->setValue(defaults.value(key));
        m_touched.insert(key);
    }
    m_filling = false;
    updateState();
}

void AccountModelView::onStoreChanged(const ChangeSet& change)
{
    if (!change.everything && !change.entities.contains(kEntity))
        return;
    auto loaded = analysis::loadAccountModel(m_workspace.store().reader());
    if (!loaded)
        return;
    const QVariantMap now = model::accountModelFields(loaded.value());
    if (now == m_stored)
        return;
    const bool editing = isModified();
    m_stored = now;
    // Fields the user is editing keep what they typed; the others show the new model.
    fill(m_stored, true);
    if (editing) {
        m_notice->setText(UiText::tr("The model was changed meanwhile (by a teammate's sync or an undo). The "
                                     "fields you have not edited show the new values; Save writes only the "
                                     "ones you changed."));
        m_notice->show();
    }
}

bool AccountModelView::save()
{
    if (!m_mayEdit)
        return false;
    FieldValues changed;
    for (const QString& key : m_touched) {
        forms::FieldEditor* e = editor(key);
        QString why;
        const QVariant v = e->value(&why);
        if (!why.isEmpty() || v.isNull()) {
            forms::showFieldError(
                m_error, e->widget(),
                why.isEmpty() ? UiText::tr("%1: a value is required.").arg(model::fieldLabel(kEntity, key))
                              : why);
            return false;
        }
        if (!forms::FieldEditor::sameValue(e->field(), v, m_stored.value(key)))
            changed.emplace_back(key, v);
    }
    std::sort(changed.begin(), changed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    if (const Status s = m_workspace.commands().editAccountModel(changed); !s) {
        forms::showFieldError(m_error, nullptr, s.message());
        return false;
    }
    reload();
    return true;
}

void AccountModelView::updateState()
{
    auto sumOf = [this](const auto& names) {
        int total = 0;
        for (const char* n : names) {
            QString why;
            total += int(editor(QLatin1String(n))->value(&why).toLongLong());
        }
        return total;
    };
    // Shown only when wrong: the store would refuse the model with the same reason.
    auto showSum = [](QLabel* label, int total) {
        forms::showFieldError(
            label, nullptr,
            total == 100 ? QString() : UiText::tr("These weights add up to %1 %, not 100 %.").arg(total));
    };
    showSum(m_tierSum, sumOf(model::kTierWeightFields));
    showSum(m_healthSum, sumOf(model::kHealthWeightFields));
    const bool modified = isModified();
    m_save->setEnabled(modified && m_mayEdit);
    m_revert->setEnabled(modified || !m_notice->isHidden());
    if (!modified)
        forms::showFieldError(m_error, nullptr, QString());
}

} // namespace summit::ui
