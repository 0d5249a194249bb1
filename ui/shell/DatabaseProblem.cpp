#include "ui/shell/DatabaseProblem.h"
#include "ui/UiText.h"

#include "ui/shell/FilePrompts.h"

#include "backup/Backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QGridLayout>
#include <QMessageBox>
#include <QPushButton>

namespace summit::ui::databases {

namespace {

using dbfile::Problem;

QString headline(Problem problem)
{
    switch (problem) {
    case Problem::FolderMissing:
    case Problem::Missing:
        return UiText::tr("This database does not exist");
    case Problem::Empty:
        return UiText::tr("This database is empty");
    case Problem::NotAFile:
    case Problem::NotSqlite:
    case Problem::NotSummit:
        return UiText::tr("This is not a Summit database");
    case Problem::Damaged:
        return UiText::tr("This database is damaged");
    case Problem::Newer:
        return UiText::tr("This database is from a newer version of Summit");
    case Problem::UpgradeReadOnly:
        return UiText::tr("This database needs upgrading, but it is read-only");
    case Problem::Busy:
        return UiText::tr("This database is in use");
    default:
        return UiText::tr("Summit cannot open this database");
    }
}

// What the person can do, in words that match the buttons.
QString advice(const ProblemReport& report)
{
    switch (report.problem) {
    case Problem::Missing:
    case Problem::Empty:
        return UiText::tr("Check the name and the folder, or choose another file. Summit makes a new "
                          "database only when you ask: \"Create New Database\" makes an empty one here.");
    case Problem::FolderMissing:
        return UiText::tr("Check the path (a disk that is not connected?), or choose another file.");
    case Problem::Damaged:
        return restoreFromBackup ? UiText::tr("Restore it from a backup, or choose another file.")
                                 : UiText::tr("Restore the file from a backup copy, or choose another file.");
    case Problem::Newer:
        return UiText::tr("Update Summit to open it, or choose another file.");
    case Problem::UpgradeReadOnly:
        return UiText::tr("Copy the file to a folder you can write to and open the copy, or choose another "
                          "file.");
    case Problem::Busy:
        return UiText::tr("Close the other program, then open the file again; or choose another file.");
    default:
        return UiText::tr("Choose another file.");
    }
}

QString buttonText(Answer answer, bool atStart)
{
    switch (answer) {
    case Answer::ChooseAnother:
        return UiText::tr("Choose Another File…");
    case Answer::CreateNew:
        return UiText::tr("Create New Database");
    case Answer::RestoreFromBackup:
        return UiText::tr("Restore from Backup…");
    case Answer::GiveUp:
        return atStart ? UiText::tr("Quit") : UiText::tr("Cancel");
    }
    return {};
}

QString objectName(Answer answer)
{
    switch (answer) {
    case Answer::ChooseAnother:
        return QStringLiteral("chooseAnother");
    case Answer::CreateNew:
        return QStringLiteral("createNew");
    case Answer::RestoreFromBackup:
        return QStringLiteral("restoreFromBackup");
    case Answer::GiveUp:
        return QStringLiteral("giveUp");
    }
    return {};
}

const char* kAnswerProperty = "summitAnswer";

} // namespace

QList<Answer> answersFor(const ProblemReport& report)
{
    QList<Answer> out = {Answer::ChooseAnother};
    if (report.problem == Problem::Missing || report.problem == Problem::Empty)
        out << Answer::CreateNew;
    // A damaged file may have backups; a file that is gone, empty or overwritten
    // by something else gets the offer only when its backups folder has some.
    const bool replaced = report.problem == Problem::Missing || report.problem == Problem::Empty ||
                          report.problem == Problem::NotSqlite;
    if (restoreFromBackup &&
        (report.problem == Problem::Damaged ||
         (replaced &&
          !QDir(backup::folderFor(report.path)).entryList({QStringLiteral("*.db")}, QDir::Files).isEmpty())))
        out << Answer::RestoreFromBackup;
    out << Answer::GiveUp;
    return out;
}

QMessageBox* makeProblemBox(QWidget* parent, const ProblemReport& report)
{
    auto* box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("databaseProblem"));
    box->setWindowTitle(UiText::tr("Open Database"));
    box->setIcon(report.problem == Problem::Missing || report.problem == Problem::FolderMissing ||
                         report.problem == Problem::Busy
                     ? QMessageBox::Warning
                     : QMessageBox::Critical);
    box->setText(QStringLiteral("<b>%1</b>").arg(headline(report.problem).toHtmlEscaped()));
    box->setInformativeText(report.message + QStringLiteral("\n\n") + advice(report));
    // A path and a sentence or two read better on wider lines than QMessageBox picks.
    if (auto* grid = qobject_cast<QGridLayout*>(box->layout()))
        grid->addItem(new QSpacerItem(box->fontMetrics().averageCharWidth() * 64, 0, QSizePolicy::Minimum,
                                      QSizePolicy::Fixed),
                      grid->rowCount(), 0, 1, grid->columnCount());
    for (Answer answer : answersFor(report)) {
        const auto role = answer == Answer::GiveUp ? QMessageBox::RejectRole : QMessageBox::AcceptRole;
        QPushButton* button = box->addButton(buttonText(answer, report.atStart), role);
        button->setObjectName(objectName(answer));
        button->setProperty(kAnswerProperty, int(answer));
        if (answer == Answer::ChooseAnother)
            box->setDefaultButton(button);
        if (answer == Answer::GiveUp)
            box->setEscapeButton(button);
    }
    return box;
}

std::function<Answer(QWidget*, const ProblemReport&)> askAboutProblem = [](QWidget* parent,
                                                                           const ProblemReport& report) {
    std::unique_ptr<QMessageBox> box(makeProblemBox(parent, report));
    box->exec();
    const QAbstractButton* clicked = box->clickedButton();
    return clicked ? Answer(clicked->property(kAnswerProperty).toInt()) : Answer::GiveUp;
};

std::function<bool(QWidget*, const QString&)> restoreFromBackup;

std::unique_ptr<Store> openOrAsk(QWidget* parent, QString& path, Intent intent, bool atStart)
{
    for (;;) {
        dbfile::Opening opened = open(path, intent);
        if (opened)
            return std::move(opened.store);
        const ProblemReport report{path, opened.problem, opened.message, atStart};
        switch (askAboutProblem(parent, report)) {
        case Answer::ChooseAnother:
            // Cancelling the picker comes back to the same question.
            if (const QString other = prompts::openDatabaseFile(parent); !other.isEmpty()) {
                path = other;
                intent = Intent::Open;
            }
            break;
        case Answer::CreateNew:
            intent = Intent::Create;
            break;
        case Answer::RestoreFromBackup:
            if (restoreFromBackup)
                (void)restoreFromBackup(parent, path); // restored or not, the file is looked at again
            break;
        case Answer::GiveUp:
            return nullptr;
        }
    }
}

} // namespace summit::ui::databases
