#include "ui/account/MessageBar.h"
#include "ui/UiText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace summit::ui {

namespace {

// A tint of `accent` over the window colour: readable in light and dark palettes alike.
QColor blend(const QColor& base, const QColor& accent, double share)
{
    return QColor::fromRgbF(float(base.redF() * (1 - share) + accent.redF() * share),
                            float(base.greenF() * (1 - share) + accent.greenF() * share),
                            float(base.blueF() * (1 - share) + accent.blueF() * share));
}

} // namespace

MessageBar::MessageBar(QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::ClickFocus);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(UiText::tr("Dismiss (Esc)"));
    m_close->setAccessibleName(UiText::tr("Dismiss message"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    hide();
}

void MessageBar::showMessage(const QString& text, Kind kind)
{
    m_kind = kind;
    m_text->setText(text);
    const QStyle::StandardPixmap icon =
        kind == Kind::Error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    applyColours();
    show();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::dismiss()
{
    if (isHidden())
        return;
    hide();
    m_text->clear();
    emit dismissed();
}

void MessageBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QFrame::keyPressEvent(event);
}

void MessageBar::changeEvent(QEvent* event)
{
    // setPalette() below sends a PaletteChange of its own: do not answer it.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && !m_tinting)
        applyColours();
    QFrame::changeEvent(event);
}

void MessageBar::applyColours()
{
    // Semantic colours (red for errors, blue for information) only tint the
    // palette's own window colour, and the text keeps the palette's text colour.
    const QColor accent = m_kind == Kind::Error ? QColor(0xd0, 0x30, 0x30) : QColor(0x30, 0x70, 0xd0);
    m_tinting = true;
    QPalette p = palette();
    p.setColor(QPalette::Window, blend(parentWidget() ? parentWidget()->palette().color(QPalette::Window)
                                                      : p.color(QPalette::Window),
                                       accent, 0.18));
    setPalette(p);
    m_tinting = false;
}

} // namespace summit::ui
