#pragma once
// Settings of this computer: the UI language and appearance, which team member "I" am in
// this database (the author of my changes, whose tasks Today shows), and the reminders
// (keep Summit in the tray when its window closes; start it with the session).

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace summit::ui {

class Workspace;

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();

signals:
    // The user asked to restart now so a new language takes effect.
    void restartRequested();

private:
    void fillMembers();
    Workspace& m_workspace;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_me = nullptr;
    QLabel* m_languageNote = nullptr;
    QCheckBox* m_keepInTray = nullptr;
    QCheckBox* m_autostart = nullptr;
    QLabel* m_remindersError = nullptr;
};

} // namespace summit::ui
