#pragma once
// The bar above a list that shows the records behind a figure of the dashboard:
// what the figure is and how many records it rests on, and "Show All" to go back
// to the whole list. Hidden while the list shows all.

#include <QWidget>

class QLabel;

namespace summit::ui {

class DrillDownBar : public QWidget
{
    Q_OBJECT
public:
    explicit DrillDownBar(QWidget* parent = nullptr);

    // Shows the bar for `count` records behind `caption`.
    void showFor(const QString& caption, int count);
    // Hides it (the list shows all again).
    void clear();
    // What the bar says; empty when it is hidden.
    QString text() const;

signals:
    void showAllClicked();

private:
    QLabel* m_text = nullptr;
};

} // namespace summit::ui
