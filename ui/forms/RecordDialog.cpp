#include "ui/forms/RecordDialog.h"
#include "ui/UiText.h"
#include "ui/common/PlainMessageBox.h"

#include "model/Schema.h"
#include "query/Duplicates.h"
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

// "Contact" reads "contact" inside a sentence.
QString lowerFirst(QString text)
{
    if (!text.isEmpty() && text.at(0).isUpper() && (text.size() < 2 || !text.at(1).isUpper()))
        text[0] = text.at(0).toLower();
    return text;
}

} // namespace

// A lambda rather than a function returning QMessageBox::StandardButton: lupdate reads such
// a definition as a member of QMessageBox and files its strings under the wrong context.
RecordDialog::AskDiscard RecordDialog::askDiscard = [](QWidget* parent, const QString& question) {
    return askPlainQuestion(parent, UiText::tr("Unsaved changes"), question);
};
RecordDialog::AskDuplicate RecordDialog::askDuplicate = [](QWidget* parent, const QString& question) {
    QMessageBox box(QMessageBox::Question, UiText::tr("Possible duplicate"), question, QMessageBox::NoButton,
                    parent);
    box.setTextFormat(Qt::PlainText); // it names the record it may duplicate
    QPushButton* open = box.addButton(UiText::tr("Open existing"), QMessageBox::AcceptRole);
    QPushButton* save = box.addButton(UiText::tr("Save anyway"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        return DuplicateAnswer::OpenExisting;
    if (box.clickedButton() == save)
        return DuplicateAnswer::SaveAnyway;
    return DuplicateAnswer::KeepEditing;
};

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

    auto* saveAction = new QAction(UiText::tr("Save"), this);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &RecordDialog::save);
    addAction(saveAction);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(m_buttons);

    const QString title = m_form->title();
    const QString what = model::entityLabel(entity);
    setWindowTitle(id.isEmpty() ? UiText::tr("New %1").arg(lowerFirst(what))
                                : UiText::tr("Edit %1").arg(title));
    resize(520, 640);
}

RecordDialog::~RecordDialog() = default;

QString RecordDialog::recordId() const
{
    return m_form->recordId();
}

bool RecordDialog::confirmDiscard(QWidget* parent)
{
    const QString question = UiText::tr("Discard unsaved changes?");
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
    const QString entity = m_form->entityName();
    const FieldValues fields = m_form->changedFields();
    if (!checkDuplicates(fields))
        return false;
    auto value = [&fields](const char* name) {
        for (const auto& [field, v] : fields)
            if (field == QLatin1String(name))
                return v.toString();
        return QString();
    };
    Status s;
    if (m_form->isNew() && entity == QLatin1String("coverage")) {
        // One row per person and member: a second "new" coverage changes the first.
        s = commands
                .setCoverage(value("contact_id"), value("member_id"), value("level"), value("desired_level"))
                .status();
    } else if (m_form->isNew() && entity == QLatin1String("buying_role")) {
        s = commands.setBuyingRole(value("opportunity_id"), value("contact_id"), value("role")).status();
    } else if (m_form->isNew() && entity == QLatin1String("member")) {
        s = commands.addMember(fields, m_form->recordId()).status();
    } else if (m_form->isNew()) {
        s = commands.createRecord(entity, fields, m_form->recordId()).status();
    } else {
        s = commands.editRecord(m_form->recordId(), fields);
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

bool RecordDialog::checkDuplicates(const FieldValues& fields)
{
    const QString entity = m_form->entityName();
    if (entity != QLatin1String("account") && entity != QLatin1String("contact"))
        return true;
    // Only what this save would set: a name or number that is not being changed was checked before.
    QVariantMap changed;
    for (const auto& [field, v] : fields)
        changed.insert(field, v);
    auto stored = m_form->isNew() ? Result<QVariantMap>(QVariantMap())
                                  : m_workspace.store().record(entity, m_form->recordId());
    const QVariantMap current = stored ? stored.value() : QVariantMap();
    auto now = [&](const char* name) {
        const QString key = QString::fromLatin1(name);
        return changed.contains(key) ? changed.value(key).toString() : QString();
    };
    Result<std::vector<query::DuplicateHit>> hits = std::vector<query::DuplicateHit>();
    Database& db = m_workspace.store().reader();
    if (entity == QLatin1String("account")) {
        if (now("name").isEmpty())
            return true; // the credit code alone is checked (and refused) by the store
        hits = query::duplicateAccounts(db, now("name"), QString(), m_form->recordId());
    } else {
        if (now("mobile").isEmpty() && now("email").isEmpty())
            return true;
        const QString account =
            changed.value(QStringLiteral("account_id"), current.value(QStringLiteral("account_id")))
                .toString();
        hits = query::duplicateContacts(db, account, now("mobile"), now("email"), m_form->recordId());
    }
    if (!hits || hits->empty())
        return true;
    QStringList lines;
    for (const query::DuplicateHit& h : hits.value())
        lines << UiText::tr("%1 (%2)").arg(h.title, h.reason);
    const QString question =
        UiText::tr("This may already be in Summit:\n%1\n\nOpen the existing record instead?")
            .arg(lines.join(u'\n'));
    switch (askDuplicate ? askDuplicate(this, question) : DuplicateAnswer::SaveAnyway) {
    case DuplicateAnswer::OpenExisting:
        emit m_workspace.openRecordRequested(hits->front().id);
        QDialog::reject(); // nothing typed is lost silently: the user chose the existing record
        return false;
    case DuplicateAnswer::SaveAnyway:
        return true;
    case DuplicateAnswer::KeepEditing:
        return false;
    }
    return false;
}

void RecordDialog::reject()
{
    if (m_form->isDirty() && !confirmDiscard(this))
        return;
    QDialog::reject();
}

} // namespace summit::ui::forms
