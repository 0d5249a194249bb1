#pragma once
// Message boxes whose text is shown as written. Questions quote names from
// records ("Delete “%1”?") and warnings quote messages that name files and
// values, which may come from another replica or an imported file; Qt's static
// QMessageBox functions would draw a text that looks like markup as HTML.

#include <QMessageBox>

namespace summit::ui {

QMessageBox::StandardButton askPlainQuestion(QWidget* parent, const QString& title, const QString& question,
                                             QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                    QMessageBox::No,
                                             QMessageBox::StandardButton defaultButton = QMessageBox::No);

// A warning (or another icon's message) with an OK button.
void showPlainMessage(QWidget* parent, const QString& title, const QString& text,
                      QMessageBox::Icon icon = QMessageBox::Warning);

} // namespace summit::ui
