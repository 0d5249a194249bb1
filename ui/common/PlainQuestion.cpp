#include "ui/common/PlainQuestion.h"

namespace summit::ui {

QMessageBox::StandardButton askPlainQuestion(QWidget* parent, const QString& title, const QString& question,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(QMessageBox::Question, title, question, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

} // namespace summit::ui
