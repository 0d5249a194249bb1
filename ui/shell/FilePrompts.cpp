#include "ui/shell/FilePrompts.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace summit::ui::prompts {

namespace {
struct PromptsText
{
    Q_DECLARE_TR_FUNCTIONS(Prompts)
};

QString databaseFilter()
{
    return PromptsText::tr("Summit databases (*.db *.summit);;All files (*)");
}
} // namespace

std::function<QString(QWidget*)> openDatabaseFile = [](QWidget* parent) {
    return QFileDialog::getOpenFileName(parent, PromptsText::tr("Open Database"), QString(),
                                        databaseFilter());
};

std::function<QString(QWidget*)> newDatabaseFile = [](QWidget* parent) {
    QString path =
        QFileDialog::getSaveFileName(parent, PromptsText::tr("New Database"), QString(), databaseFilter());
    if (!path.isEmpty() && !path.contains(QLatin1Char('.')))
        path += QStringLiteral(".db");
    return path;
};

} // namespace summit::ui::prompts
