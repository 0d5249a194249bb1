// The dashboard's charts: the pipeline funnel, the forecast by month, activity per
// week and the tiers. Each draws the figures the view holds into its chart view and
// wires clicks on bars and slices to the view's drill-downs (DashboardView.cpp).
#include "ui/UiText.h"
#include "ui/dashboard/DashboardView.h"

#include "model/Display.h"
#include "model/Schema.h"
#include "ui/dashboard/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalBlocker>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <functional>
#include <map>

namespace summit::ui {

namespace {

// Bars that show their figure on hover, and say what a click does.
void tooltips(QBarSet* set, std::function<QString(int)> text)
{
    QObject::connect(set, &QBarSet::hovered, set, [text = std::move(text)](bool on, int index) {
        if (on)
            QToolTip::showText(QCursor::pos(), text(index));
        else
            QToolTip::hideText();
    });
}

// From 0 to a round number above `largest` (0 to 1 when there is nothing to show).
void niceRange(QValueAxis* axis, double largest)
{
    axis->setRange(0, largest > 0 ? largest : 1);
    if (largest > 0)
        axis->applyNiceNumbers();
    else
        axis->setTickCount(2); // an empty chart reads 0 and 1, not 0.3 and 0.8
    // Whole numbers unless the ticks fall between them (0, 0.5, 1, 1.5 亿元).
    const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    axis->setLabelFormat(step < 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
}

} // namespace

QChart* DashboardView::newChart(QChartView* view)
{
    QChart* old = view->chart();
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    view->setChart(chart); // the view releases the old chart without deleting it
    if (old) {
        old->deleteLater();
        m_retired.removeAll(nullptr);
        m_retired.append(old);
    }
    return chart;
}

void DashboardView::drawFunnel()
{
    QChart* chart = newChart(m_funnel);
    chart->legend()->hide();
    qint64 largest = 0;
    for (const query::StageFigures& s : m_figures.funnel)
        largest = std::max(largest, s.amount);
    const chart::MoneyScale scale = chart::moneyScale(largest);
    auto* set = new QBarSet(UiText::tr("Amount"));
    set->setColor(palette().color(QPalette::Highlight));
    set->setBorderColor(palette().color(QPalette::Highlight));
    QStringList categories;
    m_funnelStages.clear();
    // Horizontal bars grow upwards: the last stage first, so the funnel reads top down.
    for (auto it = m_figures.funnel.rbegin(); it != m_figures.funnel.rend(); ++it) {
        const QString stage =
            it->stage.isEmpty() ? UiText::tr("No stage") : model::enumLabel(u"stage", it->stage);
        categories << QStringLiteral("%1 · %2 · %3")
                          .arg(stage)
                          .arg(it->count)
                          .arg(model::formatMoneyCompact(it->amount));
        *set << double(it->amount) / double(scale.divisor);
        m_funnelStages << it->stage;
    }
    tooltips(set, [this](int i) {
        const query::StageFigures& s = m_figures.funnel[m_figures.funnel.size() - 1 - size_t(i)];
        QString text = UiText::tr("%n open deal(s), %1", nullptr, s.count).arg(model::formatMoney(s.amount));
        if (s.withoutAmount)
            text += QLatin1Char('\n') + UiText::tr("%n without an amount", nullptr, s.withoutAmount);
        if (s.otherCurrency)
            text += QLatin1Char('\n') +
                    UiText::tr("%n in another currency (not added)", nullptr, s.otherCurrency);
        return text;
    });
    connect(set, &QBarSet::clicked, this, [this](int i) {
        if (i >= 0 && i < m_funnelStages.size())
            openFunnelStage(m_funnelStages[i]);
    });
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    auto* axisX = new QValueAxis;
    axisX->setTitleText(scale.unit);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    niceRange(axisX, double(largest) / double(scale.divisor));
    chart::style(chart, palette());
}

void DashboardView::drawForecast()
{
    QChart* chart = newChart(m_forecast);
    qint64 largest = 0;
    for (const query::ForecastMonth& m : m_figures.forecast)
        largest = std::max(largest, m.amount);
    const chart::MoneyScale scale = chart::moneyScale(largest);
    const QList<QColor> colors = chart::seriesColors(palette(), 2);
    auto* amount = new QBarSet(UiText::tr("Amount"));
    auto* weighted = new QBarSet(UiText::tr("Weighted by probability"));
    amount->setColor(chart::mix(palette().color(QPalette::Base), colors[0], 0.45));
    amount->setBorderColor(colors[0]);
    weighted->setColor(colors[0]);
    QStringList categories;
    m_forecastMonths.clear();
    for (const query::ForecastMonth& m : m_figures.forecast) {
        categories << chart::monthLabel(m.month);
        *amount << double(m.amount) / double(scale.divisor);
        *weighted << double(m.weighted) / double(scale.divisor);
        m_forecastMonths << m.month;
    }
    for (QBarSet* set : {amount, weighted}) {
        tooltips(set, [this](int i) {
            const query::ForecastMonth& m = m_figures.forecast[size_t(i)];
            return UiText::tr("%1: %n open deal(s), %2, weighted %3", nullptr, m.count)
                .arg(chart::monthLabel(m.month), model::formatMoney(m.amount),
                     model::formatMoney(m.weighted));
        });
        connect(set, &QBarSet::clicked, this, [this](int i) {
            if (i >= 0 && i < m_forecastMonths.size())
                openForecastMonth(m_forecastMonths[i]);
        });
    }
    auto* series = new QBarSeries;
    series->append(amount);
    series->append(weighted);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    if (categories.size() > 5)
        axisX->setLabelsAngle(-90);
    auto* axisY = new QValueAxis;
    axisY->setTitleText(scale.unit);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    niceRange(axisY, double(largest) / double(scale.divisor));
    if (m_figures.forecast.empty())
        chart->setTitle(UiText::tr("No open deal expected to close in the period"));
    chart::style(chart, palette());
}

void DashboardView::fillActivityMembers()
{
    const QVariant current = m_activityMember->currentData();
    const QSignalBlocker block(m_activityMember);
    m_activityMember->clear();
    m_activityMember->addItem(UiText::tr("Whole team"));
    std::map<QString, QString> members; // name (no author last) -> id
    for (const query::ActivityCount& c : m_figures.activity)
        members.emplace(c.memberId.isEmpty() ? QString() : c.memberName + QChar(0x1F) + c.memberId,
                        c.memberId);
    for (const auto& [key, id] : members) {
        if (id.isEmpty())
            continue;
        m_activityMember->addItem(key.section(QChar(0x1F), 0, 0), id);
    }
    if (members.count(QString()))
        m_activityMember->addItem(UiText::tr("No author recorded"), QString());
    const int i = current.isValid() ? m_activityMember->findData(current) : 0;
    m_activityMember->setCurrentIndex(qMax(0, i));
}

std::optional<QString> DashboardView::activityMemberChoice() const
{
    const QVariant data = m_activityMember->currentData();
    if (!data.isValid())
        return std::nullopt;
    return data.toString();
}

void DashboardView::drawActivity()
{
    QChart* chart = newChart(m_activity);
    const std::optional<QString> member = activityMemberChoice();
    const QStringList& allTypes = model::entity(u"followup")->field(u"type")->enumValues;
    // Weeks of the period, all of them, so a quiet week shows as a gap.
    m_activityWeeks.clear();
    const query::DashboardFilter& f = m_figures.filter;
    if (f.from.isValid() && f.to.isValid() && f.from <= f.to)
        for (QDate w = f.from.addDays(1 - f.from.dayOfWeek()); w <= f.to && m_activityWeeks.size() < 60;
             w = w.addDays(7))
            m_activityWeeks << w;
    QMap<QString, QMap<QDate, int>> counts; // type -> week -> count
    for (const query::ActivityCount& c : m_figures.activity) {
        if (member && c.memberId != *member)
            continue;
        counts[c.type][c.week] += c.count;
        if (!m_activityWeeks.contains(c.week))
            m_activityWeeks << c.week;
    }
    std::sort(m_activityWeeks.begin(), m_activityWeeks.end());
    QStringList types;
    for (const QString& type : allTypes)
        if (counts.contains(type))
            types << type;
    const QList<QColor> colors = chart::seriesColors(palette(), int(types.size()));
    auto* series = new QStackedBarSeries;
    int largest = 0;
    QMap<QDate, int> totals;
    for (int t = 0; t < types.size(); ++t) {
        auto* set = new QBarSet(model::enumLabel(u"type", types[t]));
        set->setColor(colors[t]);
        set->setBorderColor(colors[t]);
        for (const QDate& week : m_activityWeeks) {
            const int n = counts[types[t]].value(week);
            *set << n;
            totals[week] += n;
        }
        const QString type = types[t];
        tooltips(set, [this, type](int i) {
            int n = 0;
            const std::optional<QString> who = activityMemberChoice();
            for (const query::ActivityCount& c : m_figures.activity)
                if (c.week == m_activityWeeks.value(i) && c.type == type && (!who || c.memberId == *who))
                    n += c.count;
            return UiText::tr("Week of %1: %n %2", nullptr, n)
                .arg(m_activityWeeks.value(i).toString(Qt::ISODate), model::enumLabel(u"type", type));
        });
        connect(set, &QBarSet::clicked, this, [this, type](int i) {
            if (i >= 0 && i < m_activityWeeks.size())
                openActivity(m_activityWeeks[i], type);
        });
        series->append(set);
    }
    for (int n : totals)
        largest = std::max(largest, n);
    chart->addSeries(series);
    QStringList categories;
    for (const QDate& week : m_activityWeeks)
        categories << week.toString(QStringLiteral("MM-dd"));
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    if (categories.size() > 8)
        axisX->setLabelsAngle(-90);
    auto* axisY = new QValueAxis;
    axisY->setTitleText(UiText::tr("Follow-ups"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    niceRange(axisY, std::max(4, largest));
    if (types.isEmpty())
        chart->setTitle(UiText::tr("No follow-up in the period"));
    chart::style(chart, palette());
}

void DashboardView::drawTiers()
{
    QChart* chart = newChart(m_tiers);
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    const QList<QColor> colors = chart::seriesColors(palette(), int(m_figures.tiers.size()));
    int total = 0;
    for (const query::TierCount& t : m_figures.tiers)
        total += t.count;
    for (size_t i = 0; i < m_figures.tiers.size(); ++i) {
        const query::TierCount& t = m_figures.tiers[i];
        if (t.count == 0)
            continue;
        const QString name = t.tier.isEmpty() ? UiText::tr("No tier")
                                              : UiText::tr("Tier %1").arg(model::enumLabel(u"tier", t.tier));
        auto* slice = series->append(QStringLiteral("%1 · %2").arg(name).arg(t.count), t.count);
        slice->setColor(colors[qsizetype(i)]);
        slice->setBorderColor(palette().color(QPalette::Base));
        slice->setLabelColor(palette().color(QPalette::Text));
        slice->setLabelVisible(true);
        const QString tier = t.tier;
        connect(slice, &QPieSlice::clicked, this, [this, tier] { openTier(tier); });
        // A tooltip, not an exploding slice: a slice that moves away from the
        // pointer on hover is hard to click when it is small.
        const int count = t.count;
        connect(slice, &QPieSlice::hovered, this, [count](bool on) {
            if (!on)
                QToolTip::hideText();
            else
                QToolTip::showText(QCursor::pos(),
                                   UiText::tr("%n account(s); click to list them", nullptr, count));
        });
    }
    chart->addSeries(series);
    if (total == 0)
        chart->setTitle(UiText::tr("No account matches the filters"));
    chart::style(chart, palette());
}

} // namespace summit::ui
