#include "ui/forms/RecordForm.h"
#include "ui/UiText.h"

#include "model/Schema.h"
#include "store/CustomFields.h"
#include "store/Ids.h"
#include "store/Queries.h"
#include "ui/Workspace.h"
#include "ui/forms/FieldEditor.h"
#include "ui/forms/InlineError.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace summit::ui::forms {

namespace {

// More than any real account has; a bound on what one combo box holds.
constexpr int kMaxChoices = 5000;

FieldEditor::Choices choicesOf(Database& db, const QString& entity, const QString& accountId,
                               const QString& exclude)
{
    FieldEditor::Choices out;
    const model::EntityDef* def = model::entity(entity);
    if (!def)
        return out;
    ListFilter filter;
    filter.accountId = accountId;
    filter.limit = kMaxChoices;
    auto rows = listRecords(db, entity, filter);
    if (!rows)
        return out;
    out.reserve(rows.value().size());
    for (const QVariantMap& row : rows.value()) {
        const QString id = row.value(QStringLiteral("id")).toString();
        // Nobody gives new work to a member who left (a stored one still shows, by name).
        if (row.value(QStringLiteral("status")).toString() == QLatin1String("left") &&
            entity == QLatin1String("member"))
            continue;
        if (id != exclude)
            out.emplace_back(id, row.value(def->titleField).toString());
    }
    return out;
}

} // namespace

RecordForm::RecordForm(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    auto* outer = new QVBoxLayout(this);
    m_general = makeErrorLabel(this);
    m_general->setObjectName(QStringLiteral("formError"));
    outer->addWidget(m_general);
    m_layout = new QFormLayout;
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(m_layout);
    outer->addStretch();
}

RecordForm::~RecordForm() = default;

bool RecordForm::load(const QString& entity, const QString& id)
{
    auto record = m_workspace.store().record(entity, id);
    m_entity = entity;
    m_id = id;
    m_new = false;
    if (!record) {
        clearRows();
        showFieldError(m_general, nullptr, record.message());
        return false;
    }
    QVariantMap fixed;
    if (const model::EntityDef* def = model::entity(entity); def && !def->accountField.isEmpty())
        fixed.insert(def->accountField, record.value().value(def->accountField));
    build(record.value(), fixed);
    return true;
}

void RecordForm::startNew(const QString& entity, const QVariantMap& presets)
{
    m_entity = entity;
    m_id = ids::newId();
    m_new = true;
    QVariantMap fixed;
    if (const model::EntityDef* def = model::entity(entity);
        def && !def->accountField.isEmpty() && presets.contains(def->accountField))
        fixed.insert(def->accountField, presets.value(def->accountField));
    build(presets, fixed);
}

void RecordForm::clearRows()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_rows.clear(); // the editors went with their rows' widgets
    m_custom.clear();
    m_showAll = false;
    showFieldError(m_general, nullptr, QString());
}

void RecordForm::build(const QVariantMap& values, const QVariantMap& fixed)
{
    clearRows();
    const model::EntityDef* def = model::entity(m_entity);
    if (!def) {
        showFieldError(m_general, nullptr, UiText::tr("Unknown record type \"%1\".").arg(m_entity));
        return;
    }
    const QString accountId =
        m_entity == QLatin1String("account") ? m_id : values.value(def->accountField).toString();
    // The schema's fields, then the team's custom fields of this type.
    std::vector<const model::FieldDef*> fields;
    for (const model::FieldDef& f : def->fields)
        fields.push_back(&f);
    if (model::customizableEntities().contains(m_entity))
        for (const custom::Definition& d : custom::definitions(m_workspace.store().reader(), m_entity)) {
            m_custom.push_back(d.field());
            fields.push_back(&m_custom.back());
        }
    m_rows.reserve(fields.size());
    for (const model::FieldDef* field : fields) {
        const model::FieldDef& f = *field;
        // Which account a record belongs to never changes; a follow-up link is set by its follow-up.
        const bool readOnly = fixed.contains(f.name) || f.refEntity == QLatin1String("followup");
        Row row;
        auto* box = new QWidget(this);
        auto* column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        row.editor = new FieldEditor(*def, f, readOnly, box);
        row.error = makeErrorLabel(box);
        row.error->setObjectName(QStringLiteral("error_") + f.name);
        column->addWidget(row.editor->widget());
        column->addWidget(row.error);
        const QString name = f.label.isEmpty() ? model::fieldLabel(m_entity, f.name) : f.label;
        row.label = new QLabel(f.required && !readOnly ? UiText::tr("%1 *").arg(name) : name, this);
        row.label->setBuddy(row.editor->widget());
        if (f.required)
            row.editor->widget()->setAccessibleDescription(UiText::tr("Required"));
        row.editor->setReferenceDate(m_workspace.today());
        fillChoices(row, accountId);
        row.editor->setValue(values.value(f.name));
        // A new record starts from what the form shows (a required choice shows its
        // first entry), so opening and closing it is not an unsaved change.
        row.original = m_new ? row.editor->value(nullptr) : values.value(f.name);
        if (readOnly && f.type == model::FieldType::Ref && !row.original.toString().isEmpty())
            row.editor->setReadOnlyText(m_workspace.titleOf(row.original.toString()));
        m_layout->addRow(row.label, box);
        m_rows.push_back(row);
    }
    for (size_t i = 0; i < m_rows.size(); ++i)
        connect(m_rows[i].editor, &FieldEditor::edited, this, [this, i] {
            Row& row = m_rows[i];
            row.touched = true;
            row.storeError.clear();
            refresh(row);
            emit edited();
        });
}

void RecordForm::fillChoices(Row& row, const QString& accountId)
{
    const model::FieldDef& f = row.editor->field();
    if (f.type != model::FieldType::Ref && f.type != model::FieldType::IdList)
        return;
    if (row.editor->kind() == FieldEditor::Kind::ReadOnly)
        return;
    const model::EntityDef* target = model::entity(f.refEntity);
    if (!target)
        return;
    const bool scoped = !target->accountField.isEmpty();
    if (scoped && accountId.isEmpty())
        return; // nothing to offer until the record has an account
    // A record cannot be its own parent or report to itself.
    const QString exclude = f.refEntity == m_entity ? m_id : QString();
    row.editor->setChoices(
        choicesOf(m_workspace.store().reader(), f.refEntity, scoped ? accountId : QString(), exclude));
}

QString RecordForm::messageFor(const Row& row) const
{
    if (!row.storeError.isEmpty())
        return row.storeError;
    QString error;
    const QVariant v = row.editor->value(&error);
    if (!error.isEmpty())
        return error;
    const model::EntityDef* def = model::entity(m_entity);
    return def ? model::checkValue(*def, row.editor->field(), v) : QString();
}

void RecordForm::refresh(Row& row)
{
    const bool shown = row.touched || m_showAll || !row.storeError.isEmpty();
    showFieldError(row.error, row.editor->widget(), shown ? messageFor(row) : QString());
}

QString RecordForm::title() const
{
    const model::EntityDef* def = model::entity(m_entity);
    if (def && !def->titleField.isEmpty())
        for (const Row& row : m_rows)
            if (row.editor->field().name == def->titleField) {
                const QString t = row.editor->value(nullptr).toString().trimmed();
                if (!t.isEmpty())
                    return t;
            }
    return m_new ? QString() : m_workspace.titleOf(m_id);
}

bool RecordForm::isDirty() const
{
    for (const Row& row : m_rows) {
        QString error;
        const QVariant v = row.editor->value(&error);
        // Unreadable text is something typed, so it counts as a change.
        if (!error.isEmpty() || !FieldEditor::sameValue(row.editor->field(), row.original, v))
            return true;
    }
    return false;
}

bool RecordForm::isValid() const
{
    for (const Row& row : m_rows)
        if (!messageFor(row).isEmpty())
            return false;
    return !m_rows.empty();
}

bool RecordForm::validateAll()
{
    m_showAll = true;
    QWidget* first = nullptr;
    for (Row& row : m_rows) {
        refresh(row);
        if (!first && !messageFor(row).isEmpty())
            first = row.editor->widget();
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return first == nullptr && !m_rows.empty();
}

FieldValues RecordForm::changedFields() const
{
    FieldValues fields;
    for (const Row& row : m_rows) {
        QString error;
        const QVariant v = row.editor->value(&error);
        if (!error.isEmpty())
            continue; // refused by isValid() before anyone applies this
        if (m_new ? !v.isNull() : !FieldEditor::sameValue(row.editor->field(), row.original, v))
            fields.emplace_back(row.editor->field().name, v);
    }
    return fields;
}

void RecordForm::markSaved()
{
    m_new = false;
    m_showAll = false;
    for (Row& row : m_rows) {
        row.original = row.editor->value(nullptr);
        row.touched = false;
        row.storeError.clear();
        refresh(row);
    }
    showFieldError(m_general, nullptr, QString());
}

void RecordForm::showError(const Error& error)
{
    for (Row& row : m_rows)
        if (!error.field.isEmpty() && row.editor->field().name == error.field) {
            row.storeError = error.message;
            refresh(row);
            row.editor->widget()->setFocus(Qt::OtherFocusReason);
            showFieldError(m_general, nullptr, QString());
            return;
        }
    showFieldError(m_general, nullptr, error.message);
}

QWidget* RecordForm::editor(const QString& field) const
{
    for (const Row& row : m_rows)
        if (row.editor->field().name == field)
            return row.editor->widget();
    return nullptr;
}

QString RecordForm::errorText(const QString& field) const
{
    for (const Row& row : m_rows)
        if (row.editor->field().name == field)
            return row.error->isHidden() ? QString() : row.error->text();
    return {};
}

QString RecordForm::generalError() const
{
    return m_general->isHidden() ? QString() : m_general->text();
}

} // namespace summit::ui::forms
