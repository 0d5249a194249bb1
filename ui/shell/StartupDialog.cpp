#include "ui/shell/StartupDialog.h"
#include "ui/UiText.h"

#include "ui/shell/FilePrompts.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace summit::ui {

StartupDialog::StartupDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(UiText::tr("Welcome to Summit"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(UiText::tr("<h3>Welcome to Summit</h3>Summit keeps your key accounts on this computer "
                              "and works offline. How would you like to start?"),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* demo = new QCommandLinkButton(UiText::tr("Explore with demo data"),
                                        UiText::tr("Twelve sample customer groups with org charts, contacts, "
                                                   "follow-ups and opportunities."),
                                        this);
    demo->setObjectName(QStringLiteral("startDemo"));
    auto* empty = new QCommandLinkButton(UiText::tr("Start with an empty database"),
                                         UiText::tr("Enter your own accounts from the beginning."), this);
    empty->setObjectName(QStringLiteral("startEmpty"));
    auto* join =
        new QCommandLinkButton(UiText::tr("Join my team"),
                               UiText::tr("Set up the team's shared remote; the first sync brings in "
                                          "everyone's accounts."),
                               this);
    join->setObjectName(QStringLiteral("startJoin"));
    auto* open =
        new QCommandLinkButton(UiText::tr("Open an existing database…"),
                               UiText::tr("A Summit database file from a colleague or a backup."), this);
    open->setObjectName(QStringLiteral("startOpen"));
    layout->addWidget(demo);
    layout->addWidget(empty);
    layout->addWidget(join);
    layout->addWidget(open);
    demo->setDefault(true);
    demo->setFocus();

    connect(demo, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Demo); });
    connect(empty, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Empty); });
    connect(join, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Join); });
    connect(open, &QCommandLinkButton::clicked, this, [this] {
        m_openPath = prompts::openDatabaseFile(this);
        if (!m_openPath.isEmpty())
            choose(Choice::Open);
    });
}

void StartupDialog::choose(Choice c)
{
    m_choice = c;
    accept();
}

} // namespace summit::ui
