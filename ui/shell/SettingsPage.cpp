#include "ui/shell/SettingsPage.h"
#include "ui/UiText.h"

#include "store/Queries.h"
#include "ui/Workspace.h"
#include "ui/shell/Appearance.h"
#include "ui/shell/Language.h"
#include "ui/shell/ReminderTray.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace summit::ui {

SettingsPage::SettingsPage(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    auto* layout = new QVBoxLayout(this);

    auto* general = new QGroupBox(UiText::tr("Language and appearance"), this);
    auto* form = new QFormLayout(general);
    m_language = new QComboBox(general);
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->addItem(UiText::tr("Same as the system"), QString());
    for (const auto& [code, name] : language::available())
        m_language->addItem(name, code);
    form->addRow(UiText::tr("&Language:"), m_language);
    m_languageNote = new QLabel(general);
    m_languageNote->setWordWrap(true);
    auto* restart = new QPushButton(UiText::tr("&Restart now"), general);
    restart->setObjectName(QStringLiteral("restartNow"));
    restart->setVisible(false);
    form->addRow(m_languageNote);
    form->addRow(restart);
    m_theme = new QComboBox(general);
    m_theme->setObjectName(QStringLiteral("themeChoice"));
    for (const auto& [code, name] : appearance::available())
        m_theme->addItem(name, code);
    form->addRow(UiText::tr("&Appearance:"), m_theme);
    layout->addWidget(general);

    auto* identity = new QGroupBox(UiText::tr("This database"), this);
    auto* idForm = new QFormLayout(identity);
    m_me = new QComboBox(identity);
    m_me->setObjectName(QStringLiteral("meChoice"));
    idForm->addRow(UiText::tr("&I am:"), m_me);
    auto* meNote = new QLabel(UiText::tr("Your changes are recorded under this team member, and Today shows "
                                         "this member's tasks and accounts."),
                              identity);
    meNote->setWordWrap(true);
    idForm->addRow(meNote);
    layout->addWidget(identity);

    auto* reminders = new QGroupBox(UiText::tr("Reminders"), this);
    auto* remindersLayout = new QVBoxLayout(reminders);
    m_keepInTray =
        new QCheckBox(UiText::tr("&Keep Summit in the system tray when its window is closed"), reminders);
    m_keepInTray->setObjectName(QStringLiteral("keepInTray"));
    m_autostart = new QCheckBox(UiText::tr("&Start Summit when I log in"), reminders);
    m_autostart->setObjectName(QStringLiteral("startWithSession"));
    auto* remindersNote = new QLabel(
        UiText::tr("The tray icon counts your tasks due today or overdue, and a notification says when "
                   "one falls due while Summit runs."),
        reminders);
    remindersNote->setWordWrap(true);
    m_remindersError = new QLabel(reminders);
    m_remindersError->setWordWrap(true);
    m_remindersError->hide();
    remindersLayout->addWidget(m_keepInTray);
    remindersLayout->addWidget(m_autostart);
    remindersLayout->addWidget(remindersNote);
    remindersLayout->addWidget(m_remindersError);
    layout->addWidget(reminders);
    layout->addStretch(1);
    connect(m_keepInTray, &QCheckBox::toggled, this, [](bool on) { ReminderTray::setKeepInTray(on); });
    connect(m_autostart, &QCheckBox::toggled, this, [this](bool on) {
        const Status s = ReminderTray::setStartWithSession(on);
        m_remindersError->setText(s ? QString() : s.message());
        m_remindersError->setVisible(!s);
        if (!s) {
            const QSignalBlocker block(m_autostart);
            m_autostart->setChecked(ReminderTray::startsWithSession());
        }
    });

    reload();

    connect(m_language, &QComboBox::currentIndexChanged, this, [this, restart] {
        const QString code = m_language->currentData().toString();
        if (code == language::chosen())
            return;
        language::choose(code);
        m_languageNote->setText(
            UiText::tr("The new language or appearance applies when Summit starts again."));
        restart->setVisible(true);
    });
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this, restart] {
        const QString code = m_theme->currentData().toString();
        if (code == appearance::chosen())
            return;
        appearance::choose(code);
        m_languageNote->setText(
            UiText::tr("The new language or appearance applies when Summit starts again."));
        restart->setVisible(true);
    });
    connect(restart, &QPushButton::clicked, this, &SettingsPage::restartRequested);
    connect(m_me, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_me->currentData().toString();
        if (!id.isEmpty() && id != m_workspace.me())
            m_workspace.setMe(id);
    });
}

void SettingsPage::reload()
{
    const QSignalBlocker block(m_language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language::chosen())));
    const QSignalBlocker blockTheme(m_theme);
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(appearance::chosen())));
    const QSignalBlocker blockTray(m_keepInTray);
    m_keepInTray->setChecked(ReminderTray::keepInTray());
    const QSignalBlocker blockAutostart(m_autostart);
    m_autostart->setChecked(ReminderTray::startsWithSession());
    fillMembers();
}

void SettingsPage::fillMembers()
{
    const QSignalBlocker block(m_me);
    m_me->clear();
    auto members = listRecords(m_workspace.store().reader(), QStringLiteral("member"));
    if (!members || members.value().empty()) {
        m_me->addItem(UiText::tr("No team members yet"), QString());
        m_me->setEnabled(false);
        return;
    }
    m_me->setEnabled(true);
    for (const QVariantMap& m : members.value())
        m_me->addItem(m.value(QStringLiteral("name")).toString(), m.value(QStringLiteral("id")));
    m_me->setCurrentIndex(qMax(0, m_me->findData(m_workspace.me())));
}

} // namespace summit::ui
