#include "ui/account/AccountOverviewTab.h"
#include "ui/UiText.h"

#include "model/Display.h"
#include "model/Schema.h"
#include "query/AccountCommerce.h"
#include "query/AccountSummary.h"
#include "store/CustomFields.h"
#include "ui/Workspace.h"
#include "ui/account/AccountScoresBox.h"

#include <QAction>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace summit::ui {

namespace {

const QString kAccount = QStringLiteral("account");

// Fields per section, in reading order.
const char* const kBasic[] = {"name",      "short_name", "industry", "region", "scale",
                              "potential", "website",    "address",  "tier",   "stage"};
const char* const kFinance[] = {"credit_code", "credit_limit", "currency", "payment_terms_days"};
const char* const kInvoice[] = {"invoice_title", "tax_id", "bank", "bank_account"};
const char* const kMembers[] = {"am_id", "sa_id", "de_id"};

} // namespace

AccountOverviewTab::AccountOverviewTab(Workspace& workspace, const QString& accountId, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_accountId(accountId)
{
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);

    auto section = [&](const QString& title, int row, int column) {
        auto* box = new QGroupBox(title, content);
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        grid->addWidget(box, row, column);
        return form;
    };

    QFormLayout* basic = section(UiText::tr("Basic data"), 1, 0);
    for (const char* f : kBasic)
        addRow(basic, QString::fromLatin1(f), model::fieldLabel(kAccount, QString::fromLatin1(f)));
    for (const char* f : kMembers)
        addRow(basic, QString::fromLatin1(f), model::fieldLabel(kAccount, QString::fromLatin1(f)));

    QFormLayout* figures = section(UiText::tr("Key figures"), 1, 1);
    addRow(figures, QStringLiteral("open_pipeline"), UiText::tr("Open pipeline"));
    addRow(figures, QStringLiteral("recent_followups"), UiText::tr("Follow-ups, last 90 days"));
    addRow(figures, QStringLiteral("open_tasks"), UiText::tr("Open tasks", "account figure"));
    addRow(figures, QStringLiteral("contacts"), UiText::tr("Contacts"));
    addRow(figures, QStringLiteral("signed_12m"), UiText::tr("Signed, last 12 months"));
    addRow(figures, QStringLiteral("receivables"), UiText::tr("Received / due"));
    addRow(figures, QStringLiteral("overdue"), UiText::tr("Overdue"));
    addRow(figures, QStringLiteral("renewals"), UiText::tr("Renewals, next 90 days"));
    addRow(figures, QStringLiteral("service"), UiText::tr("Open service requests"));
    addRow(figures, QStringLiteral("satisfaction"), UiText::tr("Last CSAT / NPS"));

    QFormLayout* finance = section(UiText::tr("Finance and credit"), 2, 0);
    for (const char* f : kFinance)
        addRow(finance, QString::fromLatin1(f), model::fieldLabel(kAccount, QString::fromLatin1(f)));

    QFormLayout* invoice = section(UiText::tr("Invoice data"), 2, 1);
    for (const char* f : kInvoice)
        addRow(invoice, QString::fromLatin1(f), model::fieldLabel(kAccount, QString::fromLatin1(f)));

    // The team's custom fields of accounts, when it has any.
    m_customBox = new QGroupBox(UiText::tr("Custom fields"), content);
    m_customBox->setObjectName(QStringLiteral("customFields"));
    m_custom = new QFormLayout(m_customBox);
    m_custom->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    grid->addWidget(m_customBox, 3, 0, 1, 2);

    m_scores = new AccountScoresBox(workspace, accountId, content);
    grid->addWidget(m_scores, 0, 0, 1, 2); // the judgement first, the master data below

    auto* notesBox = new QGroupBox(model::fieldLabel(kAccount, u"strategy_notes"), content);
    auto* notesLayout = new QVBoxLayout(notesBox);
    auto* notes = new QLabel(notesBox);
    notes->setWordWrap(true);
    notes->setTextFormat(Qt::PlainText);
    notes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    notesLayout->addWidget(notes);
    m_values.insert(QStringLiteral("strategy_notes"), notes);
    grid->addWidget(notesBox, 4, 0, 1, 2);
    grid->setRowStretch(5, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // The shortcut lives on an action scoped to this tab: several account
    // views may be open, each with its own Ctrl+E.
    auto* edit = new QAction(UiText::tr("Edit…"), this);
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(edit, &QAction::triggered, this, [this] { emit editRequested(kAccount, m_accountId); });
    addAction(edit);
    m_edit = new QPushButton(edit->text(), this);
    m_edit->setToolTip(UiText::tr("Edit the account's data (Ctrl+E)"));
    connect(m_edit, &QPushButton::clicked, edit, &QAction::trigger);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_edit);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(scroll, 1);
    setFocusProxy(m_edit);
    reload();
}

QLabel* AccountOverviewTab::addRow(QFormLayout* form, const QString& key, const QString& label)
{
    auto* value = new QLabel(form->parentWidget());
    value->setObjectName(QStringLiteral("value_") + key);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(label, value);
    if (auto* l = qobject_cast<QLabel*>(form->labelForField(value)))
        l->setBuddy(value);
    m_values.insert(key, value);
    return value;
}

void AccountOverviewTab::setValue(const QString& key, const QString& text)
{
    if (QLabel* l = m_values.value(key))
        l->setText(text.isEmpty() ? QStringLiteral("—") : text);
}

void AccountOverviewTab::reload()
{
    auto rec = m_workspace.store().record(kAccount, m_accountId);
    if (!rec)
        return; // the account view says that the account is gone
    if (m_scores)
        m_scores->reload();
    const QVariantMap& a = rec.value();
    const model::EntityDef* def = model::entity(kAccount);
    const QString currency = a.value(QStringLiteral("currency")).toString();
    for (const model::FieldDef& f : def->fields) {
        const QVariant v = a.value(f.name);
        QString text;
        if (f.type == model::FieldType::Ref)
            text = v.toString().isEmpty() ? QString() : m_workspace.titleOf(v.toString());
        else if (f.type == model::FieldType::Money && !v.isNull())
            text = model::formatMoney(v.toLongLong(), currency.isEmpty() ? QStringLiteral("CNY") : currency);
        else if (f.name == QLatin1String("payment_terms_days") && !v.isNull())
            text = UiText::tr("%n days", nullptr, v.toInt());
        else
            text = model::displayValue(f, v);
        setValue(f.name, text);
    }

    while (m_custom->rowCount() > 0)
        m_custom->removeRow(0);
    const auto definitions = custom::definitions(m_workspace.store().reader(), kAccount);
    for (const custom::Definition& d : definitions) {
        const model::FieldDef f = d.field();
        const QVariant v = a.value(d.key);
        QString text;
        if (f.type == model::FieldType::Ref)
            text = v.toString().isEmpty() ? QString() : m_workspace.titleOf(v.toString());
        else if (f.type == model::FieldType::Money && !v.isNull())
            text = model::formatMoney(v.toLongLong(), currency.isEmpty() ? QStringLiteral("CNY") : currency);
        else if (f.type == model::FieldType::Enum && !v.isNull())
            text = model::enumLabel(d.key, v.toString());
        else
            text = v.toString();
        auto* value = new QLabel(text.isEmpty() ? QStringLiteral("—") : text, m_customBox);
        value->setObjectName(QStringLiteral("custom_") + d.key);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_custom->addRow(f.label, value);
    }
    m_customBox->setVisible(!definitions.empty());

    query::SummaryOptions options;
    options.today = m_workspace.today();
    auto sum = query::accountSummary(m_workspace.store().reader(), m_accountId, options);
    if (!sum) {
        for (const char* k : {"open_pipeline", "recent_followups", "open_tasks", "contacts"})
            setValue(QString::fromLatin1(k), sum.message());
        return;
    }
    const query::AccountSummary& s = sum.value();
    QStringList amounts;
    for (auto it = s.openPipeline.begin(); it != s.openPipeline.end(); ++it)
        amounts << model::formatMoney(it.value(), it.key());
    const QString total = amounts.isEmpty() ? model::formatMoney(0) : amounts.join(QStringLiteral(" + "));
    setValue(QStringLiteral("open_pipeline"),
             UiText::tr("%1 in %n open opportunities", nullptr, s.openOpportunities).arg(total));
    setValue(QStringLiteral("recent_followups"), QLocale().toString(s.recentFollowUps));
    setValue(QStringLiteral("open_tasks"), QLocale().toString(s.openTasks));
    QString contacts = QLocale().toString(s.contacts);
    if (s.contactsLeft > 0)
        contacts = UiText::tr("%1 (%n left the company)", nullptr, s.contactsLeft).arg(contacts);
    setValue(QStringLiteral("contacts"), contacts);
    showCommerce();
}

// Figures computed from contracts, receivables, service requests and surveys (AccountCommerce.h).
void AccountOverviewTab::showCommerce()
{
    const QStringList keys = {QStringLiteral("signed_12m"), QStringLiteral("receivables"),
                              QStringLiteral("overdue"),    QStringLiteral("renewals"),
                              QStringLiteral("service"),    QStringLiteral("satisfaction")};
    auto figures = query::accountCommerce(m_workspace.store().reader(), m_accountId, m_workspace.today());
    if (!figures) {
        for (const QString& k : keys)
            setValue(k, figures.message());
        return;
    }
    const query::CommerceFigures& f = figures.value();
    setValue(
        QStringLiteral("signed_12m"),
        UiText::tr("%1 in %n contract(s)", nullptr, f.contracts12m).arg(model::formatMoney(f.signed12m)));
    setValue(QStringLiteral("receivables"),
             f.due == 0 ? UiText::tr("no receivables recorded")
                        : UiText::tr("%1 of %2 (%3 %)")
                              .arg(model::formatMoney(f.received), model::formatMoney(f.due))
                              .arg(qRound(100.0 * double(f.received) / double(f.due))));
    setValue(QStringLiteral("overdue"),
             f.overdue == 0
                 ? UiText::tr("none")
                 : UiText::tr("%1 in %n receivable(s), the oldest %2 days late", nullptr, f.overdue)
                       .arg(model::formatMoney(f.overdueAmount))
                       .arg(f.longestOverdueDays));
    setValue(QStringLiteral("renewals"), f.renewalsDue == 0
                                             ? UiText::tr("none")
                                             : UiText::tr("%n contract(s), %1", nullptr, f.renewalsDue)
                                                   .arg(model::formatMoney(f.renewalsDueAmount)));
    setValue(QStringLiteral("service"), f.openRequests == 0
                                            ? UiText::tr("none")
                                            : UiText::tr("%1, of them %n severe", nullptr, f.openSevere)
                                                  .arg(QLocale().toString(f.openRequests)));
    setValue(QStringLiteral("satisfaction"),
             !f.lastSurvey.isValid() ? UiText::tr("no survey yet")
                                     : UiText::tr("CSAT %1 · NPS %2 (%3)")
                                           .arg(f.lastCsat ? QString::number(*f.lastCsat) : UiText::tr("–"),
                                                f.lastNps ? QString::number(*f.lastNps) : UiText::tr("–"),
                                                QLocale().toString(f.lastSurvey, QLocale::ShortFormat)));
}

} // namespace summit::ui
