// The first-run choice: each button says what the application will do next,
// and "Open" asks for a file through the replaceable picker (cancel keeps the
// dialog open).
#include "QtDoctest.h"

#include "ui/shell/FilePrompts.h"
#include "ui/shell/StartupDialog.h"

#include <QCommandLinkButton>

using summit::ui::StartupDialog;

namespace {

StartupDialog::Choice click(const char* button, const QString& pickedFile = QString())
{
    auto previous = summit::ui::prompts::openDatabaseFile;
    summit::ui::prompts::openDatabaseFile = [pickedFile](QWidget*) {
        return pickedFile;
    };
    StartupDialog dialog;
    auto* b = dialog.findChild<QCommandLinkButton*>(QString::fromLatin1(button));
    REQUIRE(b);
    b->click();
    summit::ui::prompts::openDatabaseFile = previous;
    if (pickedFile.isEmpty() && QString::fromLatin1(button) == QLatin1String("startOpen"))
        CHECK(dialog.result() != QDialog::Accepted);
    else
        CHECK(dialog.result() == QDialog::Accepted);
    if (dialog.choice() == StartupDialog::Choice::Open)
        CHECK(dialog.openPath() == pickedFile);
    return dialog.choice();
}

} // namespace

TEST_CASE("first run: demo, empty, join a team, or open a file")
{
    CHECK(click("startDemo") == StartupDialog::Choice::Demo);
    CHECK(click("startEmpty") == StartupDialog::Choice::Empty);
    CHECK(click("startJoin") == StartupDialog::Choice::Join);
    CHECK(click("startOpen", QStringLiteral("/tmp/team.db")) == StartupDialog::Choice::Open);
    // Cancelling the file picker leaves the choice open.
    CHECK(click("startOpen") == StartupDialog::Choice::None);
}

TEST_CASE("the demo is the default button, so Enter starts with something to look at")
{
    StartupDialog dialog;
    auto* demo = dialog.findChild<QCommandLinkButton*>(QStringLiteral("startDemo"));
    REQUIRE(demo);
    CHECK(demo->isDefault());
}
