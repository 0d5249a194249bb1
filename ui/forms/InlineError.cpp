#include "ui/forms/InlineError.h"

#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QWidget>

namespace summit::ui::forms {

namespace {

// Red is a semantic colour; it is lightened on dark palettes so it stays readable.
QColor errorColour(const QWidget* widget)
{
    const bool dark = widget->palette().color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
}

} // namespace

QLabel* makeErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, errorColour(label));
    label->setPalette(p);
    label->hide();
    return label;
}

void showFieldError(QLabel* label, QWidget* field, const QString& message)
{
    if (label) {
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
    if (!field)
        return;
    const bool invalid = !message.isEmpty();
    if (field->property("summitInvalid").toBool() == invalid)
        return;
    field->setProperty("summitInvalid", invalid);
    // Only a marked field gets a style sheet, so valid fields keep the native look.
    // The selector keeps the border off the field's children (a combo's popup, a viewport).
    field->setStyleSheet(invalid ? QStringLiteral("*[summitInvalid=\"true\"] { border: 1px solid %1; }")
                                       .arg(errorColour(field).name())
                                 : QString());
    field->setToolTip(message);
    field->style()->unpolish(field);
    field->style()->polish(field);
}

} // namespace summit::ui::forms
