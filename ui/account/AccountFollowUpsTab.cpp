#include "ui/account/AccountFollowUpsTab.h"
#include "ui/UiText.h"

#include "model/Schema.h"
#include "store/Queries.h"
#include "ui/Workspace.h"
#include "ui/account/FollowUpCardDelegate.h"
#include "ui/account/FollowUpTimelineModel.h"
#include "ui/forms/RecordActions.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace summit::ui {

namespace {

// Puts `items` (id, text) into `combo` after an "all" entry, keeping the current choice if it is still there.
void refill(QComboBox* combo, const QString& all, const std::vector<std::pair<QString, QString>>& items)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const auto& [id, text] : items)
        combo->addItem(text, id);
    const int at = combo->findData(current);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

} // namespace

AccountFollowUpsTab::AccountFollowUpsTab(Workspace& workspace, const QString& accountId, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_accountId(accountId),
      m_model(new FollowUpTimelineModel(workspace.store(), this))
{
    m_type = new QComboBox(this);
    m_type->setAccessibleName(UiText::tr("Type"));
    m_type->addItem(UiText::tr("All types"), QString());
    if (const model::FieldDef* f = model::entity(u"followup")->field(u"type"))
        for (const QString& key : f->enumValues)
            m_type->addItem(model::enumLabel(u"type", key), key);
    m_contact = new QComboBox(this);
    m_contact->setAccessibleName(UiText::tr("Person"));
    m_opportunity = new QComboBox(this);
    m_opportunity->setAccessibleName(UiText::tr("Opportunity"));
    for (QComboBox* c : {m_type, m_contact, m_opportunity}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        c->setMaximumWidth(260);
        connect(c, &QComboBox::currentIndexChanged, this, &AccountFollowUpsTab::applyFilter);
    }

    m_logAction = new QAction(UiText::tr("&Log follow-up…"), this);
    m_logAction->setToolTip(UiText::tr("Log a visit, call or meeting with this account"));
    connect(m_logAction, &QAction::triggered, this,
            [this] { emit m_workspace.logFollowUpRequested(m_accountId); });
    auto* log = new QPushButton(m_logAction->text(), this);
    connect(log, &QPushButton::clicked, m_logAction, &QAction::trigger);

    m_count = new QLabel(this);
    auto* typeLabel = new QLabel(UiText::tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    auto* personLabel = new QLabel(UiText::tr("&Person:"), this);
    personLabel->setBuddy(m_contact);
    auto* dealLabel = new QLabel(UiText::tr("Opp&ortunity:"), this);
    dealLabel->setBuddy(m_opportunity);

    auto* filters = new QHBoxLayout;
    filters->addWidget(typeLabel);
    filters->addWidget(m_type);
    filters->addWidget(personLabel);
    filters->addWidget(m_contact);
    filters->addWidget(dealLabel);
    filters->addWidget(m_opportunity);
    filters->addStretch(1);
    filters->addWidget(m_count);
    filters->addWidget(log);

    m_view = new QListView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new FollowUpCardDelegate(m_view));
    // Cards are as tall as their text: relayout when the width changes.
    m_view->setResizeMode(QListView::Adjust);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setUniformItemSizes(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(UiText::tr("Follow-ups"));

    m_openAction = new QAction(UiText::tr("&Open follow-up"), this);
    m_openAction->setShortcut(QKeySequence(Qt::Key_Return));
    m_openAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_openAction);
    m_view->addAction(m_logAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // New is the quick follow-up dialog (Ctrl+N as well as Ctrl+Shift+L); Delete moves to the Trash.
    m_actions = new forms::RecordActions(workspace, m_view, QStringLiteral("followup"),
                                         FollowUpTimelineModel::IdRole);
    m_actions->setNewHandler([this] { m_logAction->trigger(); });
    m_view->removeAction(m_logAction);
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString id = m_view->currentIndex().data(FollowUpTimelineModel::IdRole).toString();
        if (!id.isEmpty())
            emit m_workspace.openRecordRequested(id);
    });
    connect(m_view, &QListView::doubleClicked, m_openAction, &QAction::trigger);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(&workspace.store(), &Store::changed, this, &AccountFollowUpsTab::onStoreChanged);
    fillFilters();
    applyFilter();
}

AccountFollowUpsTab::~AccountFollowUpsTab() = default;

void AccountFollowUpsTab::fillFilters()
{
    Store& store = m_workspace.store();
    ListFilter filter;
    filter.accountId = m_accountId;
    std::vector<std::pair<QString, QString>> people, deals;
    if (auto contacts = listRecords(store.reader(), QStringLiteral("contact"), filter))
        for (const QVariantMap& c : contacts.value())
            people.emplace_back(c.value(QStringLiteral("id")).toString(),
                                c.value(QStringLiteral("name")).toString());
    if (auto opportunities = listRecords(store.reader(), QStringLiteral("opportunity"), filter))
        for (const QVariantMap& o : opportunities.value())
            deals.emplace_back(o.value(QStringLiteral("id")).toString(),
                               o.value(QStringLiteral("name")).toString());
    refill(m_contact, UiText::tr("Everyone"), people);
    refill(m_opportunity, UiText::tr("All opportunities"), deals);
}

void AccountFollowUpsTab::filterByContact(const QString& contactId)
{
    const int at = m_contact->findData(contactId);
    m_contact->setCurrentIndex(at < 0 ? 0 : at);
}

void AccountFollowUpsTab::applyFilter()
{
    query::TimelineFilter f;
    f.accountId = m_accountId;
    f.type = m_type->currentData().toString();
    f.contactId = m_contact->currentData().toString();
    f.opportunityId = m_opportunity->currentData().toString();
    m_model->setFilter(f);
    updateCount();
}

void AccountFollowUpsTab::updateCount()
{
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(m_model->lastError());
        return;
    }
    m_count->setText(UiText::tr("%n follow-up(s)", nullptr, m_model->totalCount()));
}

void AccountFollowUpsTab::onStoreChanged(const ChangeSet& change)
{
    const bool names = change.entities.contains(QStringLiteral("contact")) ||
                       change.entities.contains(QStringLiteral("opportunity"));
    if (names) {
        // A person or deal that was filtered on may be gone: then the filter falls back to all.
        const QString person = m_contact->currentData().toString(),
                      deal = m_opportunity->currentData().toString();
        fillFilters();
        if (person != m_contact->currentData().toString() ||
            deal != m_opportunity->currentData().toString()) {
            applyFilter();
            return;
        }
    }
    if (names || change.entities.contains(QStringLiteral("followup")) ||
        change.entities.contains(QStringLiteral("member"))) {
        // Keep the card in focus where it was: reload keeps the loaded pages.
        const QString current = m_view->currentIndex().data(FollowUpTimelineModel::IdRole).toString();
        m_model->reload();
        for (int row = 0; !current.isEmpty() && row < m_model->rowCount(); ++row)
            if (m_model->index(row).data(FollowUpTimelineModel::IdRole).toString() == current) {
                m_view->setCurrentIndex(m_model->index(row));
                break;
            }
        updateCount();
    }
}

} // namespace summit::ui
