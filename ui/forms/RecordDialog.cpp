#include "ui/forms/RecordDialog.h"

#include "model/Schema.h"
#include "ui/Workspace.h"
#include "ui/forms/RecordForm.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace summit::ui::forms {

namespace {

QMessageBox::StandardButton askWithMessageBox(QWidget* parent, const QString& question)
{
    return QMessageBox::question(
        parent, QCoreApplication::translate("summit::ui::forms::RecordDialog", "Unsaved changes"), question,
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
}

// "Contact" reads "contact" inside a sentence.
QString lowerFirst(QString text)
{
    if (!text.isEmpty() && text.at(0).isUpper() && (text.size() < 2 || !text.at(1).isUpper()))
        text[0] = text.at(0).toLower();
    return text;
}

} // namespace

RecordDialog::AskDiscard RecordDialog::askDiscard = askWithMessageBox;

RecordDialog::RecordDialog(Workspace& workspace, const QString& entity, const QString& id,
                           const QVariantMap& presets, QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("recordDialog"));
    m_form = new RecordForm(workspace, this);
    if (id.isEmpty())
        m_form->startNew(entity, presets);
    else
        m_form->load(entity, id);

    // Accounts have twenty-odd fields: the form scrolls rather than outgrowing the screen.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setDefault(true);
    connect(saveButton, &QPushButton::clicked, this, &RecordDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);

    auto* saveAction = new QAction(tr("Save"), this);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &RecordDialog::save);
    addAction(saveAction);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(m_buttons);

    const QString title = m_form->title();
    const QString what = model::entityLabel(entity);
    setWindowTitle(id.isEmpty() ? tr("New %1").arg(lowerFirst(what)) : tr("Edit %1").arg(title));
    resize(520, 640);
}

RecordDialog::~RecordDialog() = default;

QString RecordDialog::recordId() const
{
    return m_form->recordId();
}

bool RecordDialog::confirmDiscard(QWidget* parent)
{
    const QString question = tr("Discard unsaved changes?");
    return askDiscard && askDiscard(parent, question) == QMessageBox::Yes;
}

bool RecordDialog::save()
{
    if (!m_form->validateAll())
        return false;
    if (!m_form->isDirty() && !m_form->isNew()) {
        accept(); // nothing changed: nothing to write
        return true;
    }
    commands::Commands& commands = m_workspace.commands();
    Status s;
    if (m_form->isNew()) {
        auto created =
            commands.createRecord(m_form->entityName(), m_form->changedFields(), m_form->recordId());
        s = created.status();
    } else {
        s = commands.editRecord(m_form->recordId(), m_form->changedFields());
    }
    if (!s) {
        m_form->showError(s.error());
        return false;
    }
    m_form->markSaved();
    emit m_workspace.message(m_workspace.undoStack()->undoText());
    accept();
    return true;
}

void RecordDialog::reject()
{
    if (m_form->isDirty() && !confirmDiscard(this))
        return;
    QDialog::reject();
}

} // namespace summit::ui::forms
