#pragma once
// How a form shows that a field is wrong: a message in the error colour right
// below the field and the field's frame drawn in the same colour. Shared by
// the record form and the quick follow-up dialog so both read the same.

#include <QString>

class QLabel;
class QWidget;

namespace summit::ui::forms {

// A hidden, word-wrapping label for one field's message.
QLabel* makeErrorLabel(QWidget* parent);
// Shows `message` in `label` (hides it when empty) and marks or unmarks
// `field`'s frame.
void showFieldError(QLabel* label, QWidget* field, const QString& message);

} // namespace summit::ui::forms
