#include "ui/account/AccountView.h"
#include "ui/UiText.h"

#include "analysis/AccountScores.h"
#include "model/Schema.h"
#include "query/AccountSummary.h"
#include "ui/Workspace.h"
#include "ui/account/AccountContactsTab.h"
#include "ui/account/AccountOrgTab.h"
#include "ui/account/AccountOverviewTab.h"
#include "ui/account/AccountScoresBox.h"
#include "ui/report/ReportSources.h"
#include "ui/sync/ConflictBadge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMetaMethod>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace summit::ui {

const QString AccountView::kOverview = QStringLiteral("overview");
const QString AccountView::kOrganisation = QStringLiteral("organisation");
const QString AccountView::kContacts = QStringLiteral("contacts");

namespace {

const QString kAccount = QStringLiteral("account");

QLabel* headerLabel(QWidget* parent, const char* name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}

} // namespace

AccountView::AccountView(Workspace& workspace, const QString& accountId, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_accountId(accountId)
{
    m_name = headerLabel(this, "accountName");
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    m_tier = headerLabel(this, "accountTier");
    m_stage = headerLabel(this, "accountStage");
    m_triangle = headerLabel(this, "ironTriangle");
    m_health = headerLabel(this, "healthScore");

    auto* facts = new QHBoxLayout;
    facts->addWidget(m_tier);
    facts->addSpacing(16);
    facts->addWidget(m_stage);
    facts->addSpacing(16);
    facts->addWidget(m_triangle, 1);
    // Shown only while the account's own fields have a replication conflict.
    auto* conflicts = new ConflictBadge(workspace, this);
    conflicts->setRecord(accountId);
    connect(conflicts, &ConflictBadge::conflictsRequested, this, &AccountView::conflictsRequested);
    facts->addWidget(conflicts);
    facts->addWidget(m_health);
    auto* report = makeReportButton(
        UiText::tr("Report"), accountPlanSource(workspace, accountId, [this] { return m_title; }), this);
    report->setObjectName(QStringLiteral("accountReport"));
    facts->addWidget(report);

    m_tabWidget = new QTabWidget(this);
    m_tabWidget->setDocumentMode(true);
    m_overview = new AccountOverviewTab(workspace, accountId, m_tabWidget);
    m_org = new AccountOrgTab(workspace, accountId, m_tabWidget);
    m_contacts = new AccountContactsTab(workspace, accountId, m_tabWidget);
    addTab(kOverview, m_overview, UiText::tr("Overview"));
    addTab(kOrganisation, m_org, UiText::tr("Organisation"));
    addTab(kContacts, m_contacts, UiText::tr("Contacts"));
    connect(m_overview, &AccountOverviewTab::editRequested, this, &AccountView::editRequested);
    connect(m_org, &AccountOrgTab::editRequested, this, &AccountView::editRequested);
    connect(m_contacts, &AccountContactsTab::editRequested, this, &AccountView::editRequested);
    connect(m_org, &AccountOrgTab::contactActivated, this, [this](const QString& id) { selectRecord(id); });

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_name);
    contentLayout->addLayout(facts);
    contentLayout->addWidget(m_tabWidget, 1);

    m_gone = headerLabel(this, "accountGone");
    m_gone->setAlignment(Qt::AlignCenter);
    m_gone->setWordWrap(true);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(content);
    m_pages->addWidget(m_gone);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    setFocusProxy(m_tabWidget);

    connect(&workspace.store(), &Store::changed, this, &AccountView::onStoreChanged);
    refreshHeader();
}

void AccountView::addTab(const QString& key, QWidget* tab, const QString& title)
{
    if (!tab || m_tabs.contains(key))
        return;
    m_tabs.insert(key, tab);
    m_tabWidget->addTab(tab, title);
}

bool AccountView::showTab(const QString& key)
{
    QWidget* tab = m_tabs.value(key);
    if (!tab)
        return false;
    m_tabWidget->setCurrentWidget(tab);
    return true;
}

QString AccountView::currentTab() const
{
    return m_tabs.key(m_tabWidget->currentWidget());
}

QString AccountView::tabKeyOf(const QString& entity)
{
    if (entity == QLatin1String("contact"))
        return kContacts;
    if (entity == QLatin1String("org_unit"))
        return kOrganisation;
    if (entity == QLatin1String("account"))
        return kOverview;
    if (entity == QLatin1String("opportunity"))
        return QStringLiteral("opportunities");
    if (entity == QLatin1String("followup"))
        return QStringLiteral("followups");
    if (entity == QLatin1String("task"))
        return QStringLiteral("tasks");
    return entity; // the tabs of one record type each (AccountRecordsTab) are keyed by it
}

bool AccountView::selectRecord(const QString& id)
{
    auto found = m_workspace.store().find(id);
    if (!found)
        return false;
    QVariantMap rec = found.value();
    QString entity = rec.value(QStringLiteral("entity")).toString();
    QString target = id;
    // Records without a tab of their own are shown through the one they are about.
    static const QHash<QString, QString> via = {
        {QStringLiteral("coverage"), QStringLiteral("contact_id")},
        {QStringLiteral("influence_link"), QStringLiteral("from_id")},
        {QStringLiteral("buying_role"), QStringLiteral("opportunity_id")}};
    if (via.contains(entity)) {
        target = rec.value(via.value(entity)).toString();
        entity = entity == QLatin1String("buying_role") ? QStringLiteral("opportunity")
                                                        : QStringLiteral("contact");
    }
    const model::EntityDef* def = model::entity(entity);
    const QString account =
        entity == kAccount ? target : (def ? rec.value(def->accountField).toString() : QString());
    if (account != m_accountId && entity != kAccount)
        return false;
    if (entity == kAccount && target != m_accountId)
        return false;
    const QString key = tabKeyOf(entity);
    if (!showTab(key))
        return false;
    if (entity == QLatin1String("contact"))
        return m_contacts->selectContact(target);
    if (entity == QLatin1String("org_unit"))
        return m_org->selectUnit(target);
    if (entity == kAccount)
        return true;
    // An added tab selects its own records, if it knows how.
    QWidget* tab = m_tabs.value(key);
    const int method = tab->metaObject()->indexOfMethod("selectRecord(QString)");
    if (method < 0)
        return true;
    bool selected = false;
    tab->metaObject()->method(method).invoke(tab, Qt::DirectConnection, Q_RETURN_ARG(bool, selected),
                                             Q_ARG(QString, target));
    return selected;
}

void AccountView::onStoreChanged(const ChangeSet& change)
{
    auto touched =
        query::touchesAccount(m_workspace.store().reader(), m_accountId, change.entities, change.ids);
    if (!touched || touched.value())
        refresh(); // when in doubt, look again
}

void AccountView::refresh()
{
    refreshHeader();
    if (!m_available)
        return;
    m_overview->reload();
    m_org->reload();
    m_contacts->reload();
}

void AccountView::refreshHeader()
{
    auto rec = m_workspace.store().record(kAccount, m_accountId);
    const bool exists = rec.isOk();
    const QVariantMap a = exists ? rec.value() : QVariantMap();
    const QString name = a.value(QStringLiteral("name")).toString();
    m_available = exists && a.value(QStringLiteral("deleted")).toInt() == 0;
    if (!exists)
        m_gone->setText(
            UiText::tr("This account does not exist (any more). It may have been removed on another "
                       "device; close this view."));
    else if (!m_available)
        m_gone->setText(
            UiText::tr("%1 is in the trash. Restore it from the trash to work on it again.").arg(name));
    m_pages->setCurrentIndex(m_available ? 0 : 1);

    const QString title = exists ? name : UiText::tr("Unknown account");
    if (title != m_title) {
        m_title = title;
        emit titleChanged(m_title);
    }
    if (!exists)
        return;
    m_name->setText(name);
    const QString tier = a.value(QStringLiteral("tier")).toString();
    QString tierText = tier.isEmpty() ? UiText::tr("Tier: not set")
                                      : UiText::tr("Tier %1").arg(model::enumLabel(u"tier", tier));
    // Tier and health from one reading of the account's records.
    const auto scores =
        analysis::assessAccount(m_workspace.store().reader(), m_accountId, m_workspace.today());
    if (scores.isOk()) {
        const analysis::TierAssessment& computed = scores.value().tier;
        if (computed.differs())
            tierText = UiText::tr("%1 (computed: %2)").arg(tierText, computed.computed);
        m_tier->setToolTip(computed.reason);
    }
    m_tier->setText(tierText);
    if (scores.isOk()) {
        const analysis::HealthAssessment& h = scores.value().health;
        m_health->setText(UiText::tr("Health %1 · %2").arg(h.score).arg(analysis::healthBandLabel(h.band)));
        QPalette p = m_health->palette();
        p.setColor(QPalette::WindowText, healthBandColor(analysis::healthBandKey(h.band), palette()));
        m_health->setPalette(p);
        QStringList parts;
        for (const analysis::HealthComponent& c : h.components)
            if (c.measured)
                parts << UiText::tr("%1: %2 / %3")
                             .arg(analysis::healthComponentLabel(c.key), QString::number(c.points, 'f', 1),
                                  QString::number(c.maxPoints, 'f', 1));
        m_health->setToolTip(parts.join(QLatin1Char('\n')));
    }
    const QString stage = a.value(QStringLiteral("stage")).toString();
    m_stage->setText(stage.isEmpty() ? UiText::tr("Stage: not set")
                                     : UiText::tr("Stage: %1").arg(model::enumLabel(u"stage", stage)));

    auto memberName = [&](const char* field) {
        const QString id = a.value(QString::fromLatin1(field)).toString();
        return id.isEmpty() ? QStringLiteral("—") : m_workspace.titleOf(id);
    };
    const QString am = memberName("am_id"), sa = memberName("sa_id"), de = memberName("de_id");
    m_triangle->setText(UiText::tr("AM: %1 · SA: %2 · DE: %3").arg(am, sa, de));
    const QString amLabel = model::fieldLabel(kAccount, u"am_id");
    const QString saLabel = model::fieldLabel(kAccount, u"sa_id");
    const QString deLabel = model::fieldLabel(kAccount, u"de_id");
    m_triangle->setToolTip(
        QStringLiteral("%1: %2\n%3: %4\n%5: %6").arg(amLabel, am, saLabel, sa, deLabel, de));
}

} // namespace summit::ui
