#include "ui/shell/ReadOnlyBanner.h"
#include "ui/UiText.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace summit::ui {

ReadOnlyBanner::ReadOnlyBanner(const QString& databasePath, QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setText(
        UiText::tr("<b>Read-only.</b> %1 cannot be changed: the file or its folder is read-only. You can "
                   "look at everything, but changes are not saved. To work in it, copy the file to a "
                   "folder you can write to and open the copy (File ▸ Open Database).")
            .arg(QDir::toNativeSeparators(databasePath).toHtmlEscaped()));
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    applyColours();
}

QString ReadOnlyBanner::text() const
{
    return m_text->text();
}

void ReadOnlyBanner::changeEvent(QEvent* event)
{
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && !m_tinting)
        applyColours();
    QFrame::changeEvent(event);
}

void ReadOnlyBanner::applyColours()
{
    // An amber tint over the palette's window colour: readable in light and dark palettes.
    m_tinting = true;
    QPalette p = parentWidget() ? parentWidget()->palette() : palette();
    const QColor base = p.color(QPalette::Window);
    const QColor amber(0xe0, 0xa0, 0x20);
    const double share = 0.35;
    p.setColor(QPalette::Window, QColor::fromRgbF(float(base.redF() * (1 - share) + amber.redF() * share),
                                                  float(base.greenF() * (1 - share) + amber.greenF() * share),
                                                  float(base.blueF() * (1 - share) + amber.blueF() * share)));
    setPalette(p);
    m_tinting = false;
}

} // namespace summit::ui
