#include "ui/dashboard/KpiTile.h"

#include "ui/dashboard/ChartStyle.h"

#include <QEvent>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>
#include <algorithm>

namespace summit::ui {

KpiTile::KpiTile(const QString& caption, QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_caption = new QLabel(caption, this);
    m_caption->setWordWrap(true);
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("value"));
    QFont big = m_value->font();
    m_normalSize = big.pointSizeF();
    m_bigSize = m_normalSize * 1.8;
    big.setPointSizeF(m_bigSize);
    big.setBold(true);
    m_value->setFont(big);
    // A figure in words ("No receivables") wraps, and its longest word is made to fit (fitValue).
    m_value->setWordWrap(true);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
    layout->addStretch(1);
    restyle();
}

void KpiTile::setFigure(const QString& value, const QString& note)
{
    m_value->setText(value);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    fitValue();
}

void KpiTile::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    fitValue();
}

void KpiTile::fitValue()
{
    // Large type, made smaller (down to the normal size) until the longest word fits the tile:
    // a word is never cut at the edge.
    QFont f = m_value->font();
    f.setPointSizeF(m_bigSize);
    const int room =
        contentsRect().width() - layout()->contentsMargins().left() - layout()->contentsMargins().right();
    const QStringList words = m_value->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto widest = [&] {
        int w = 0;
        for (const QString& word : words)
            w = std::max(w, QFontMetrics(f).horizontalAdvance(word));
        return w;
    };
    while (room > 0 && widest() > room && f.pointSizeF() * 0.9 >= m_normalSize)
        f.setPointSizeF(f.pointSizeF() * 0.9);
    if (f != m_value->font())
        m_value->setFont(f);
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::note() const
{
    return m_note->text();
}

void KpiTile::setClickable(bool clickable)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
}

void KpiTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent* event)
{
    if (m_clickable &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiTile::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void KpiTile::restyle()
{
    // The tile stands out from the window a little, in the palette's own colours.
    QPalette p = palette();
    const QColor tile = chart::mix(p.color(QPalette::Base), p.color(QPalette::Highlight), 0.06);
    if (p.color(QPalette::Window) != tile) {
        p.setColor(QPalette::Window, tile);
        setPalette(p);
    }
    QPalette muted = m_caption->palette();
    muted.setColor(QPalette::WindowText, chart::mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.7));
    m_caption->setPalette(muted);
    m_note->setPalette(muted);
}

} // namespace summit::ui
