#pragma once
// A question in a message box whose text is shown as written. Questions quote
// names from records ("Delete “%1”?"), which may come from another replica or
// an imported file; Qt's static QMessageBox functions would draw one that
// looks like markup as HTML.

#include <QMessageBox>

namespace summit::ui {

QMessageBox::StandardButton askPlainQuestion(QWidget* parent, const QString& title, const QString& question,
                                             QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                    QMessageBox::No,
                                             QMessageBox::StandardButton defaultButton = QMessageBox::No);

} // namespace summit::ui
