#include "ui/followup/QuickFollowUpDialog.h"
#include "ui/UiText.h"

#include "model/Schema.h"
#include "search/Search.h"
#include "store/Ids.h"
#include "store/Queries.h"
#include "ui/Workspace.h"
#include "ui/followup/SearchPicker.h"
#include "ui/forms/DateInput.h"
#include "ui/forms/InlineError.h"
#include "ui/forms/RecordDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace summit::ui::followup {

namespace {

constexpr int kHits = 8;
constexpr int kDueInDays = 7;          // a next action is due a week out unless the user says otherwise
constexpr int kMaxOpportunities = 200; // open deals of one account; far more than any has

const model::EntityDef& followupDef()
{
    return *model::entity(u"followup");
}

std::vector<SearchPicker::Item> searchItems(Database& db, const QString& text, const QString& entity,
                                            const QString& accountId)
{
    SearchOptions options;
    options.limit = kHits;
    options.entity = entity;
    options.accountId = accountId;
    std::vector<SearchPicker::Item> items;
    auto hits = searchRecords(db, text, options);
    if (!hits)
        return items;
    for (const SearchHit& h : hits.value())
        items.push_back({h.id, h.title, h.snippet, h.accountId});
    return items;
}

} // namespace

QuickFollowUpDialog::QuickFollowUpDialog(Workspace& workspace, const QString& accountId,
                                         const QString& contactId, const QString& opportunityId,
                                         QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_followUpId(ids::newId()), m_taskId(ids::newId())
{
    setObjectName(QStringLiteral("quickFollowUpDialog"));
    setWindowTitle(UiText::tr("Log follow-up"));
    buildWidgets();
    buildLayout();

    // Prefill: a contact or an opportunity also says which account.
    QString account = accountId;
    SearchPicker::Item contact;
    if (!contactId.isEmpty()) {
        if (auto rec = m_workspace.store().record(QStringLiteral("contact"), contactId)) {
            contact = {contactId, rec.value().value(QStringLiteral("name")).toString(), QString(),
                       rec.value().value(QStringLiteral("account_id")).toString()};
            if (account.isEmpty())
                account = contact.accountId;
        }
    }
    if (account.isEmpty() && !opportunityId.isEmpty())
        if (auto rec = m_workspace.store().record(QStringLiteral("opportunity"), opportunityId))
            account = rec.value().value(QStringLiteral("account_id")).toString();
    if (!account.isEmpty())
        setAccount(account, m_workspace.titleOf(account));
    if (!contact.id.isEmpty() && contact.accountId == m_accountId) {
        m_contacts->pick(contact);
        m_prefilledContacts = 1;
    }
    loadOpportunities(opportunityId);

    // Start where the first missing piece goes.
    QWidget* first = m_accountId.isEmpty()          ? m_account->lineEdit()
                     : m_contacts->picked().empty() ? m_contacts->lineEdit()
                                                    : static_cast<QWidget*>(m_summary);
    first->setFocus(Qt::OtherFocusReason);
    resize(560, sizeHint().height());
}

QuickFollowUpDialog::~QuickFollowUpDialog() = default;

QKeySequence QuickFollowUpDialog::shortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
}

QAction* QuickFollowUpDialog::createAction(Workspace& workspace, QObject* parent)
{
    auto* action = new QAction(UiText::tr("Log &Follow-up…"), parent);
    action->setObjectName(QStringLiteral("logFollowUpAction"));
    action->setShortcut(shortcut());
    action->setShortcutContext(Qt::ApplicationShortcut);
    action->setStatusTip(UiText::tr("Log a visit, call or meeting and its next action"));
    connect(action, &QAction::triggered, &workspace, [&workspace] { emit workspace.logFollowUpRequested(); });
    return action;
}

void QuickFollowUpDialog::buildWidgets()
{
    Database& db = m_workspace.store().reader();
    m_account = new SearchPicker(SearchPicker::Mode::Single, this);
    m_account->setObjectName(QStringLiteral("account"));
    m_account->setPlaceholderText(UiText::tr("Type a name or pinyin, e.g. hw or huawei"));
    m_account->setSearch(
        [&db](const QString& text) { return searchItems(db, text, QStringLiteral("account"), QString()); });
    connect(m_account, &SearchPicker::pickedChanged, this, [this] {
        const QStringList picked = m_account->pickedIds();
        const QString id = picked.isEmpty() ? QString() : picked.first();
        if (id == m_accountId)
            return;
        m_accountId = id;
        // Contacts of another account do not belong to this follow-up.
        if (!id.isEmpty())
            for (const SearchPicker::Item& c : m_contacts->picked())
                if (c.accountId != id) {
                    m_contacts->clearPicked();
                    break;
                }
        loadOpportunities(QString());
        if (!id.isEmpty())
            showError(QStringLiteral("account_id"), QString());
    });

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    for (const QString& key : followupDef().field(u"type")->enumValues)
        m_type->addItem(model::enumLabel(u"type", key), key);

    m_when = new QDateTimeEdit(m_workspace.now().toLocalTime(), this);
    m_when->setObjectName(QStringLiteral("at"));
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_when->setCalendarPopup(true);

    m_contacts = new SearchPicker(SearchPicker::Mode::Multiple, this);
    m_contacts->setObjectName(QStringLiteral("contacts"));
    m_contacts->setPlaceholderText(UiText::tr("Type a name or initials, e.g. wjg; Enter adds"));
    m_contacts->setSearch([this, &db](const QString& text) {
        return searchItems(db, text, QStringLiteral("contact"), m_accountId);
    });
    connect(m_contacts, &SearchPicker::itemPicked, this,
            [this](const QString&, const QString&, const QString& accountId) {
                if (m_accountId.isEmpty() && !accountId.isEmpty())
                    setAccount(accountId, m_workspace.titleOf(accountId));
                showError(QStringLiteral("contact_ids"), QString());
            });

    m_opportunity = new QComboBox(this);
    m_opportunity->setObjectName(QStringLiteral("opportunity"));

    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(UiText::tr("What was discussed"));
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] {
        // Once a message is showing, it follows the typing.
        if (errorShowing(QStringLiteral("summary")))
            showError(QStringLiteral("summary"),
                      model::checkValue(followupDef(), *followupDef().field(u"summary"),
                                        m_summary->toPlainText().trimmed()));
    });

    m_outcome = new QLineEdit(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_nextAction = new QLineEdit(this);
    m_nextAction->setObjectName(QStringLiteral("next_action"));
    m_nextAction->setPlaceholderText(UiText::tr("Becomes a task for you"));
    connect(m_nextAction, &QLineEdit::textEdited, this, &QuickFollowUpDialog::onNextActionEdited);

    m_due = new forms::DateInput(forms::DateInput::Mode::Date, this);
    m_due->setObjectName(QStringLiteral("next_due"));
    m_due->setReferenceDate(m_workspace.today());
    connect(m_due, &QLineEdit::textEdited, this, [this] {
        m_dueAuto = false;
        if (errorShowing(QStringLiteral("next_due"))) {
            QString error;
            m_due->storedValue(&error);
            showError(QStringLiteral("next_due"), error);
        }
    });

    m_generalError = forms::makeErrorLabel(this);
    m_generalError->setObjectName(QStringLiteral("formError"));
}

void QuickFollowUpDialog::buildLayout()
{
    // A field with its message below it.
    auto withError = [this](const QString& field, QWidget* input, QWidget* marked) {
        auto* box = new QWidget(this);
        auto* column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(input);
        QLabel* error = forms::makeErrorLabel(box);
        error->setObjectName(QStringLiteral("error_") + field);
        column->addWidget(error);
        m_errors.insert(field, {error, marked});
        return box;
    };
    auto buddy = [this](const QString& text, QWidget* to) {
        auto* l = new QLabel(text, this);
        l->setBuddy(to);
        return l;
    };

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(buddy(UiText::tr("&Account *"), m_account->lineEdit()),
                 withError(QStringLiteral("account_id"), m_account, m_account->lineEdit()));

    auto* typeRow = new QHBoxLayout;
    typeRow->addWidget(m_type, 1);
    typeRow->addWidget(buddy(UiText::tr("W&hen"), m_when));
    typeRow->addWidget(m_when, 1);
    form->addRow(buddy(UiText::tr("&Type"), m_type), typeRow);

    form->addRow(buddy(UiText::tr("&With whom"), m_contacts->lineEdit()),
                 withError(QStringLiteral("contact_ids"), m_contacts, m_contacts->lineEdit()));
    form->addRow(buddy(UiText::tr("&Opportunity"), m_opportunity),
                 withError(QStringLiteral("opportunity_id"), m_opportunity, m_opportunity));
    form->addRow(buddy(UiText::tr("Su&mmary *"), m_summary),
                 withError(QStringLiteral("summary"), m_summary, m_summary));
    form->addRow(buddy(UiText::tr("O&utcome"), m_outcome), m_outcome);

    auto* nextRow = new QWidget(this);
    auto* nextLayout = new QHBoxLayout(nextRow);
    nextLayout->setContentsMargins(0, 0, 0, 0);
    nextLayout->addWidget(m_nextAction, 2);
    nextLayout->addWidget(buddy(UiText::tr("&Due"), m_due));
    nextLayout->addWidget(m_due, 1);
    form->addRow(buddy(UiText::tr("&Next action"), m_nextAction),
                 withError(QStringLiteral("next_due"), nextRow, m_due));
    // The store may name these; they show with the field the user typed them in.
    m_errors.insert(QStringLiteral("next_action"), m_errors.value(QStringLiteral("next_due")));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setDefault(true);
    m_saveButton->setToolTip(UiText::tr("Save (Ctrl+Enter)"));
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    connect(m_saveButton, &QPushButton::clicked, this, &QuickFollowUpDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QuickFollowUpDialog::reject);

    auto* saveAction = new QAction(UiText::tr("Save"), this);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter),
                              QKeySequence(QKeySequence::Save)});
    connect(saveAction, &QAction::triggered, this, &QuickFollowUpDialog::save);
    addAction(saveAction);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_generalError);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    // The order someone who knows what to type goes through; the rarer fields follow.
    const QList<QWidget*> order = {
        m_account->lineEdit(), m_type, m_contacts->lineEdit(), m_summary,      m_outcome,
        m_nextAction,          m_due,  m_saveButton,           m_cancelButton, m_when,
        m_opportunity};
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        setTabOrder(order[i], order[i + 1]);
}

void QuickFollowUpDialog::setAccount(const QString& id, const QString& title)
{
    m_account->pick({id, title, QString(), id});
}

void QuickFollowUpDialog::loadOpportunities(const QString& selectId)
{
    m_opportunity->clear();
    m_opportunity->addItem(UiText::tr("(none)"), QVariant());
    if (m_accountId.isEmpty())
        return;
    ListFilter filter;
    filter.accountId = m_accountId;
    filter.equals.insert(QStringLiteral("status"), QStringLiteral("open"));
    filter.limit = kMaxOpportunities;
    auto rows = listRecords(m_workspace.store().reader(), QStringLiteral("opportunity"), filter);
    if (!rows) {
        showError(QStringLiteral("opportunity_id"), rows.message());
        return;
    }
    for (const QVariantMap& row : rows.value())
        m_opportunity->addItem(row.value(QStringLiteral("name")).toString(), row.value(QStringLiteral("id")));
    const int index = selectId.isEmpty() ? 0 : m_opportunity->findData(selectId);
    m_opportunity->setCurrentIndex(std::max(index, 0));
}

void QuickFollowUpDialog::onNextActionEdited(const QString& text)
{
    // A next action without a date tends to be forgotten: propose a week from today.
    const bool empty = text.trimmed().isEmpty();
    if (!empty && m_due->text().trimmed().isEmpty()) {
        m_due->setDate(m_workspace.today().addDays(kDueInDays));
        m_dueAuto = true;
    } else if (empty && m_dueAuto) {
        m_due->clear();
        m_dueAuto = false;
    }
}

void QuickFollowUpDialog::showError(const QString& field, const QString& message)
{
    const auto it = m_errors.constFind(field);
    if (it == m_errors.constEnd()) {
        forms::showFieldError(m_generalError, nullptr, message);
        return;
    }
    forms::showFieldError(it->first, it->second, message);
}

bool QuickFollowUpDialog::errorShowing(const QString& field) const
{
    const auto it = m_errors.constFind(field);
    return it != m_errors.constEnd() && it->first && !it->first->isHidden();
}

bool QuickFollowUpDialog::hasInput() const
{
    return !m_summary->toPlainText().trimmed().isEmpty() || !m_outcome->text().trimmed().isEmpty() ||
           !m_nextAction->text().trimmed().isEmpty() ||
           int(m_contacts->picked().size()) > m_prefilledContacts;
}

bool QuickFollowUpDialog::validate()
{
    const model::EntityDef& def = followupDef();
    QString accountError;
    if (m_accountId.isEmpty()) {
        const QString typed = m_account->typedText();
        accountError =
            typed.isEmpty()
                ? model::checkValue(def, *def.field(u"account_id"), QVariant())
                : UiText::tr("Account: pick one of the matches for \"%1\" from the list.").arg(typed);
    }
    showError(QStringLiteral("account_id"), accountError);

    const QString summaryError =
        model::checkValue(def, *def.field(u"summary"), m_summary->toPlainText().trimmed());
    showError(QStringLiteral("summary"), summaryError);

    QString dueError;
    m_due->storedValue(&dueError);
    if (!dueError.isEmpty()) {
        const QString dueLabel = model::fieldLabel(u"followup", u"next_due");
        dueError = QStringLiteral("%1: %2").arg(dueLabel, dueError);
    }
    showError(QStringLiteral("next_due"), dueError);
    forms::showFieldError(m_generalError, nullptr, QString());

    if (!accountError.isEmpty())
        m_account->lineEdit()->setFocus(Qt::OtherFocusReason);
    else if (!summaryError.isEmpty())
        m_summary->setFocus(Qt::OtherFocusReason);
    else if (!dueError.isEmpty())
        m_due->setFocus(Qt::OtherFocusReason);
    return accountError.isEmpty() && summaryError.isEmpty() && dueError.isEmpty();
}

bool QuickFollowUpDialog::save()
{
    if (!validate())
        return false;
    commands::FollowUpDraft draft;
    draft.accountId = m_accountId;
    draft.type = m_type->currentData().toString();
    draft.at = m_when->dateTime();
    draft.authorId = m_workspace.me();
    for (const SearchPicker::Item& c : m_contacts->picked())
        draft.contactIds << c.id;
    draft.opportunityId = m_opportunity->currentData().toString();
    draft.summary = m_summary->toPlainText();
    draft.outcome = m_outcome->text();
    draft.nextAction = m_nextAction->text();
    draft.due = m_due->date();

    auto logged = m_workspace.commands().logFollowUp(draft, m_followUpId, m_taskId);
    if (!logged) {
        // Everything typed stays; the message goes where the user can fix it.
        showError(logged.error().field, logged.message());
        return false;
    }
    m_taskWritten = !logged->taskId.isEmpty();
    emit m_workspace.message(logged->label);
    accept();
    return true;
}

void QuickFollowUpDialog::reject()
{
    if (hasInput() && !forms::RecordDialog::confirmDiscard(this))
        return;
    QDialog::reject();
}

} // namespace summit::ui::followup
