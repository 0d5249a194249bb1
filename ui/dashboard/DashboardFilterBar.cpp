#include "ui/dashboard/DashboardFilterBar.h"
#include "ui/UiText.h"

#include "model/Schema.h"
#include "query/AccountList.h"
#include "store/Queries.h"
#include "ui/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace summit::ui {

namespace {

QDate quarterStart(const QDate& day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

// The first and last day of a preset period that ends today or around it.
std::pair<QDate, QDate> presetRange(DashboardFilterBar::Period period, const QDate& today)
{
    using P = DashboardFilterBar::Period;
    switch (period) {
    case P::Last30Days:
        return {today.addDays(-29), today};
    case P::Last90Days:
        return {today.addDays(-89), today};
    case P::ThisQuarter:
        return {quarterStart(today), quarterStart(today).addMonths(3).addDays(-1)};
    case P::LastQuarter:
        return {quarterStart(today).addMonths(-3), quarterStart(today).addDays(-1)};
    case P::ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    case P::Custom:
        break;
    }
    return {};
}

} // namespace

DashboardFilterBar::DashboardFilterBar(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItem(UiText::tr("Last 30 days"), int(Period::Last30Days));
    m_period->addItem(UiText::tr("Last 90 days"), int(Period::Last90Days));
    m_period->addItem(UiText::tr("This quarter"), int(Period::ThisQuarter));
    m_period->addItem(UiText::tr("Last quarter"), int(Period::LastQuarter));
    m_period->addItem(UiText::tr("This year"), int(Period::ThisYear));
    m_period->addItem(UiText::tr("Custom"), int(Period::Custom));
    auto dateEdit = [this](const char* name) {
        auto* edit = new QDateEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    };
    m_from = dateEdit("from");
    m_to = dateEdit("to");
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("member"));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("region"));
    m_industry = new QComboBox(this);
    m_industry->setObjectName(QStringLiteral("industry"));
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("tier"));
    m_tier->addItem(UiText::tr("All tiers"), QString());
    for (const QString& tier : model::entity(u"account")->field(u"tier")->enumValues)
        m_tier->addItem(model::enumLabel(u"tier", tier), tier);
    for (QComboBox* box : {m_member, m_region, m_industry, m_tier})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto labelled = [&](const QString& text, QWidget* w) {
        auto* label = new QLabel(text, this);
        label->setBuddy(w);
        layout->addWidget(label);
        layout->addWidget(w);
    };
    labelled(UiText::tr("&Period:"), m_period);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addSpacing(8);
    labelled(UiText::tr("&Member:"), m_member);
    labelled(UiText::tr("Re&gion:"), m_region);
    labelled(UiText::tr("&Industry:"), m_industry);
    labelled(UiText::tr("Tie&r:"), m_tier);
    layout->addStretch(1);

    reloadChoices();
    setPeriod(Period::Last90Days);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            applyPreset();
    });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_updating)
                return;
            const QSignalBlocker block(m_period);
            m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
            emit changed();
        });
    for (QComboBox* box : {m_member, m_region, m_industry, m_tier})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                emit changed();
        });
}

void DashboardFilterBar::setPeriod(Period period)
{
    {
        const QSignalBlocker block(m_period);
        m_period->setCurrentIndex(m_period->findData(int(period)));
    }
    applyPreset();
}

void DashboardFilterBar::applyPreset()
{
    const auto period = Period(m_period->currentData().toInt());
    if (period != Period::Custom) {
        const auto [from, to] = presetRange(period, m_workspace.today());
        m_updating = true;
        m_from->setDate(from);
        m_to->setDate(to);
        m_updating = false;
    }
    emit changed();
}

query::DashboardFilter DashboardFilterBar::filter() const
{
    query::DashboardFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.member = m_member->currentData().toString();
    f.region = m_region->currentData().toString();
    f.industry = m_industry->currentData().toString();
    f.tier = m_tier->currentData().toString();
    return f;
}

void DashboardFilterBar::setFilter(const query::DashboardFilter& filter)
{
    m_updating = true;
    Period period = Period::Custom;
    for (int i = 0; i < m_period->count(); ++i) {
        const auto p = Period(m_period->itemData(i).toInt());
        if (p != Period::Custom && presetRange(p, m_workspace.today()) == std::pair(filter.from, filter.to))
            period = p;
    }
    m_period->setCurrentIndex(m_period->findData(int(period)));
    m_from->setDate(filter.from);
    m_to->setDate(filter.to);
    auto choose = [](QComboBox* box, const QString& value) {
        int i = box->findData(value);
        if (i < 0) { // a value the store does not list (yet): shown as it is
            box->addItem(value, value);
            i = box->count() - 1;
        }
        box->setCurrentIndex(i);
    };
    choose(m_member, filter.member);
    choose(m_region, filter.region);
    choose(m_industry, filter.industry);
    choose(m_tier, filter.tier);
    m_updating = false;
    emit changed();
}

void DashboardFilterBar::refill(QComboBox* box, const QString& all,
                                const std::vector<std::pair<QString, QString>>& items)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(all, QString());
    for (const auto& [value, label] : items)
        box->addItem(label, value);
    const int i = box->findData(current);
    if (i < 0 && !current.isEmpty())
        box->addItem(current, current);
    box->setCurrentIndex(i < 0 ? (current.isEmpty() ? 0 : box->count() - 1) : i);
}

void DashboardFilterBar::reloadChoices()
{
    Database& db = m_workspace.store().reader();
    std::vector<std::pair<QString, QString>> members;
    ListFilter byName;
    byName.orderBy = QStringLiteral("name");
    if (auto rows = listRecords(db, QStringLiteral("member"), byName))
        for (const QVariantMap& m : rows.value())
            members.emplace_back(m.value(QStringLiteral("id")).toString(),
                                 m.value(QStringLiteral("name")).toString());
    refill(m_member, UiText::tr("Whole team"), members);
    std::vector<std::pair<QString, QString>> regions, industries;
    if (auto facets = query::accountFacets(db)) {
        for (const QString& r : facets.value().regions)
            regions.emplace_back(r, r);
        for (const QString& i : facets.value().industries)
            industries.emplace_back(i, i);
    }
    refill(m_region, UiText::tr("All regions"), regions);
    refill(m_industry, UiText::tr("All industries"), industries);
}

QString DashboardFilterBar::describe(bool withPeriod) const
{
    QStringList parts;
    if (!m_member->currentData().toString().isEmpty())
        parts << m_member->currentText();
    for (QComboBox* box : {m_region, m_industry})
        if (!box->currentData().toString().isEmpty())
            parts << box->currentText();
    if (!m_tier->currentData().toString().isEmpty())
        parts << UiText::tr("Tier %1").arg(m_tier->currentText());
    if (withPeriod)
        parts << QStringLiteral("%1 – %2").arg(m_from->date().toString(Qt::ISODate),
                                               m_to->date().toString(Qt::ISODate));
    return parts.join(QStringLiteral(" · "));
}

} // namespace summit::ui
