#include "ui/dashboard/KpiTile.h"

#include "ui/dashboard/ChartStyle.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

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
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
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
