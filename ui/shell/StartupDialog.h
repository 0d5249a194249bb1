#pragma once
// First run, when there is no database yet: start with the demo data, with an
// empty database, join a team (an empty database that the first sync fills
// from the team's remote), or open an existing file.

#include <QDialog>

namespace summit::ui {

class StartupDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        None,
        Demo,
        Empty,
        Join,
        Open,
    };
    explicit StartupDialog(QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }
    QString openPath() const { return m_openPath; } // for Choice::Open

private:
    void choose(Choice c);
    Choice m_choice = Choice::None;
    QString m_openPath;
};

} // namespace summit::ui
