#pragma once
// When a database file cannot be opened: a message that names the file and
// what is wrong with it, and the ways out — another file, a new database when
// the file is missing (only on request), quit at start or keep the database
// that is open. The question is a replaceable function, as in FilePrompts.h,
// so tests answer it without a modal dialog.

#include "store/DatabaseFile.h"
#include "ui/shell/Databases.h"

#include <QList>
#include <QString>
#include <functional>
#include <memory>

class QMessageBox;
class QWidget;

namespace summit::ui::databases {

enum class Answer
{
    ChooseAnother,     // pick another file (File ▸ Open's picker)
    CreateNew,         // make a new, empty database at this path (a missing or empty file)
    RestoreFromBackup, // when restoreFromBackup is set: for a damaged file, or a missing, empty
                       // or overwritten one whose backups folder holds backups
    GiveUp,            // quit Summit at start; keep the open database later
};

struct ProblemReport
{
    QString path;
    dbfile::Problem problem = dbfile::Problem::Other;
    QString message; // from dbfile::open: names the file and the problem
    bool atStart = false;
};

// The ways out offered for a problem, in the order of the buttons.
QList<Answer> answersFor(const ProblemReport& report);

// Shows the problem and returns the choice; tests replace it.
extern std::function<Answer(QWidget* parent, const ProblemReport& report)> askAboutProblem;

// Restoring a damaged database from a backup is built elsewhere and plugs in
// here: when set, the message about a damaged file offers "Restore from
// Backup…", which calls it with the file; true means the file was restored and
// is to be opened again. Unset, the button is not shown.
extern std::function<bool(QWidget* parent, const QString& path)> restoreFromBackup;

// The message box askAboutProblem shows by default (not yet shown).
QMessageBox* makeProblemBox(QWidget* parent, const ProblemReport& report);

// Opens `path` for `intent`; when the file has a problem, asks and follows the
// answer until a database opens (`path` is then the file opened) or the person
// gives up (nullptr). Nothing is created unless asked for.
std::unique_ptr<Store> openOrAsk(QWidget* parent, QString& path, Intent intent, bool atStart);

} // namespace summit::ui::databases
