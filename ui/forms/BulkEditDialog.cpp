#include "ui/forms/BulkEditDialog.h"
#include "ui/UiText.h"
#include "ui/common/PlainMessageBox.h"

#include "model/Schema.h"
#include "store/Queries.h"
#include "ui/Workspace.h"
#include "ui/forms/FieldEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace summit::ui::forms {

namespace {
bool confirmWithMessageBox(QWidget* parent, const QString& question)
{
    return askPlainQuestion(parent, UiText::tr("Change records"), question) == QMessageBox::Yes;
}
} // namespace

BulkEditDialog::Confirm BulkEditDialog::confirm = confirmWithMessageBox;

QStringList BulkEditDialog::fieldsFor(const QString& entity)
{
    if (entity == QLatin1String("account"))
        return {QStringLiteral("am_id"),    QStringLiteral("sa_id"),    QStringLiteral("de_id"),
                QStringLiteral("tier"),     QStringLiteral("stage"),    QStringLiteral("region"),
                QStringLiteral("industry"), QStringLiteral("potential")};
    if (entity == QLatin1String("opportunity"))
        return {QStringLiteral("owner_id"), QStringLiteral("stage"), QStringLiteral("status"),
                QStringLiteral("expected_close")};
    if (entity == QLatin1String("task"))
        return {QStringLiteral("assignee_id"), QStringLiteral("due"), QStringLiteral("status")};
    if (entity == QLatin1String("followup"))
        return {QStringLiteral("author_id"), QStringLiteral("type")};
    return {};
}

BulkEditDialog::BulkEditDialog(Workspace& workspace, const QString& entity, const QStringList& ids,
                               const QStringList& fields, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_entity(entity), m_ids(ids)
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(UiText::tr("Change %n selected records", nullptr, int(ids.size())));
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("bulkField"));
    for (const QString& f : fields)
        m_field->addItem(model::fieldLabel(entity, f), f);
    auto* form = new QFormLayout;
    form->addRow(UiText::tr("&Field:"), m_field);
    auto* holder = new QWidget(this);
    m_editorBox = new QVBoxLayout(holder);
    m_editorBox->setContentsMargins(0, 0, 0, 0);
    form->addRow(UiText::tr("New &value:"), holder);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("bulkError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(UiText::tr("&Apply to %n records", nullptr, int(ids.size())),
                                         QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, &BulkEditDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(UiText::tr("Sets one field of the %n selected records to the same value. "
                                        "This is one change: Undo (Ctrl+Z) puts every record back.",
                                        nullptr, int(ids.size())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(m_field, &QComboBox::currentIndexChanged, this, &BulkEditDialog::rebuildEditor);
    rebuildEditor();
    resize(460, 240);
}

void BulkEditDialog::rebuildEditor()
{
    if (m_editor) {
        delete m_editor->widget();
        delete m_editor;
        m_editor = nullptr;
    }
    m_error->hide();
    const model::EntityDef* def = model::entity(m_entity);
    const model::FieldDef* f = def ? def->field(m_field->currentData().toString()) : nullptr;
    if (!f)
        return;
    m_editor = new FieldEditor(*def, *f, false, this);
    m_editor->setReferenceDate(m_workspace.today());
    if (f->type == model::FieldType::Ref && f->refEntity == QLatin1String("member")) {
        // Members only: references into one account make no sense across many.
        FieldEditor::Choices choices;
        ListFilter filter;
        filter.limit = 5000;
        if (auto rows = listRecords(m_workspace.store().reader(), QStringLiteral("member"), filter))
            for (const QVariantMap& row : rows.value())
                if (row.value(QStringLiteral("status")).toString() != QLatin1String("left"))
                    choices.emplace_back(row.value(QStringLiteral("id")).toString(),
                                         row.value(QStringLiteral("name")).toString());
        m_editor->setChoices(choices);
    }
    m_editor->widget()->setObjectName(QStringLiteral("bulkValue"));
    m_editorBox->addWidget(m_editor->widget());
}

QString BulkEditDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool BulkEditDialog::apply()
{
    if (!m_editor)
        return false;
    QString error;
    const QVariant value = m_editor->value(&error);
    auto fail = [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
        return false;
    };
    if (!error.isEmpty())
        return fail(error);
    const QString field = m_field->currentData().toString();
    const QString shown =
        value.isNull()                                     ? UiText::tr("(empty)")
        : m_editor->field().type == model::FieldType::Ref  ? m_workspace.titleOf(value.toString())
        : m_editor->field().type == model::FieldType::Enum ? model::enumLabel(field, value.toString())
                                                           : value.toString();
    const QString question = UiText::tr("Set %1 of %n records to %2?", nullptr, int(m_ids.size()))
                                 .arg(model::fieldLabel(m_entity, field), shown);
    if (!confirm || !confirm(this, question))
        return false;
    if (Status s = m_workspace.commands().bulkEdit(m_ids, {{field, value}}); !s)
        return fail(s.message());
    emit m_workspace.message(m_workspace.undoStack()->undoText());
    accept();
    return true;
}

} // namespace summit::ui::forms
