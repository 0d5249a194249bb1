#pragma once
// A figure as a tile: a caption, the figure in large type, and a line under it
// (the change against the previous period, or a plain sentence). A tile that
// has records behind it opens them on a click, Enter or Space.

#include <QFrame>

class QLabel;

namespace summit::ui {

class KpiTile : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(const QString& caption, QWidget* parent = nullptr);

    void setFigure(const QString& value, const QString& note);
    QString value() const;
    QString note() const;
    // Whether the tile opens records (a pointing hand, focus by Tab).
    void setClickable(bool clickable);

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void restyle();
    void fitValue();
    QLabel* m_caption = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_note = nullptr;
    bool m_clickable = false;
    qreal m_normalSize = 0, m_bigSize = 0; // point sizes of the value's type
};

} // namespace summit::ui
