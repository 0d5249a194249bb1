#pragma once
// The account's health over the last 52 weeks (analysis/HealthTrend.h) as a
// small line: 0 to 100 upwards, the 40 and 70 band limits as faint lines, the
// last point marked in its band's colour. The trend is worked out from the
// log week by week, which takes a moment on a large account, so it is
// computed in the background (ui/common/BackgroundRead.h) and shown when it is
// ready; a newer request while one runs replaces it.

#include "analysis/HealthTrend.h"

#include <QWidget>
#include <vector>

namespace summit::ui {

class BackgroundRead;

class HealthTrendChart : public QWidget
{
    Q_OBJECT
public:
    HealthTrendChart(const QString& databasePath, QWidget* parent = nullptr);

    // Computes the account's trend as of `today` in the background.
    void load(const QString& accountId, const QDate& today);
    const std::vector<analysis::HealthPoint>& points() const { return m_points; }
    bool isLoading() const;

    QSize sizeHint() const override;

signals:
    void loaded();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void showTrend(const Result<std::vector<analysis::HealthPoint>>& result);

    BackgroundRead* m_read = nullptr;
    std::vector<analysis::HealthPoint> m_points;
    QString m_error;
};

} // namespace summit::ui
