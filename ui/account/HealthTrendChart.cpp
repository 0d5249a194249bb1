#include "ui/account/HealthTrendChart.h"
#include "ui/UiText.h"

#include "store/Database.h"
#include "ui/account/AccountScoresBox.h"
#include "ui/common/BackgroundRead.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace summit::ui {

HealthTrendChart::HealthTrendChart(const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_read(new BackgroundRead(databasePath, QStringLiteral("healthTrend"), this))
{
    setObjectName(QStringLiteral("healthTrend"));
    setMinimumHeight(fontMetrics().height() * 5);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

bool HealthTrendChart::isLoading() const
{
    return m_read->isRunning();
}

QSize HealthTrendChart::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40, fontMetrics().height() * 5};
}

void HealthTrendChart::load(const QString& accountId, const QDate& today)
{
    m_read->start([this, accountId, today](const Status& opened, Database& db) -> std::function<void()> {
        using R = Result<std::vector<analysis::HealthPoint>>;
        R result = opened ? analysis::healthTrend(db, accountId, today) : R(opened);
        return [this, result] {
            showTrend(result);
        };
    });
}

void HealthTrendChart::showTrend(const Result<std::vector<analysis::HealthPoint>>& result)
{
    m_error = result ? QString() : result.message();
    m_points = result ? result.value() : std::vector<analysis::HealthPoint>();
    if (m_points.empty()) {
        setToolTip(m_error.isEmpty() ? UiText::tr("No health history yet.") : m_error);
    } else {
        const analysis::HealthPoint& first = m_points.front();
        const analysis::HealthPoint& last = m_points.back();
        setToolTip(UiText::tr("Health week by week, from the records as they were: %1 on %2, %3 on %4.")
                       .arg(first.score)
                       .arg(QLocale().toString(first.day, QLocale::ShortFormat))
                       .arg(last.score)
                       .arg(QLocale().toString(last.day, QLocale::ShortFormat)));
    }
    update();
    emit loaded();
}

void HealthTrendChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // The band limits, labelled at the left: 70 and up is healthy, below 40 at risk.
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("100")) + 4;
    const QRectF area =
        QRectF(rect()).adjusted(labelWidth, fontMetrics().height() / 2.0, -6, -fontMetrics().height() / 2.0);
    auto yOf = [&](double score) {
        return area.bottom() - area.height() * score / 100.0;
    };
    QColor faint = palette().color(QPalette::WindowText);
    faint.setAlpha(60);
    for (const int limit : {0, 40, 70, 100}) {
        p.setPen(QPen(faint, 1, limit == 0 || limit == 100 ? Qt::SolidLine : Qt::DashLine));
        p.drawLine(QPointF(area.left(), yOf(limit)), QPointF(area.right(), yOf(limit)));
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(
            QRectF(0, yOf(limit) - fontMetrics().height() / 2.0, labelWidth - 4, fontMetrics().height()),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(limit));
    }
    if (m_points.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter,
                   isLoading() ? UiText::tr("Working out the 52-week trend…")
                               : UiText::tr("No health history yet."));
        return;
    }
    // One step per week: the x of a point is its day's distance from the first day.
    const QDate first = m_points.front().day;
    const qint64 span = std::max<qint64>(1, first.daysTo(m_points.back().day));
    QPainterPath line;
    for (size_t i = 0; i < m_points.size(); ++i) {
        const QPointF at(area.left() + area.width() * double(first.daysTo(m_points[i].day)) / double(span),
                         yOf(m_points[i].score));
        if (i == 0)
            line.moveTo(at);
        else
            line.lineTo(at);
    }
    p.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    p.drawPath(line);
    const analysis::HealthPoint& last = m_points.back();
    const QColor band = healthBandColor(analysis::healthBandKey(last.band), palette());
    p.setPen(Qt::NoPen);
    p.setBrush(band);
    p.drawEllipse(line.currentPosition(), 3.5, 3.5);
}

} // namespace summit::ui
