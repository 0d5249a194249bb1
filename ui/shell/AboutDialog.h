#pragma once
// Help ▸ About Summit: the icon, the name, the version and commit of this build,
// the versions of the libraries it runs on, and the licences of what it uses.

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;

namespace summit::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // A library Summit runs on, as it is found at run time ("libgit2", "1.5.1").
    struct Component
    {
        QString name;
        QString version;
    };

    // Qt and SQLite are always listed; `more` adds what the application links besides
    // (the sync controller's libgit2).
    explicit AboutDialog(const QList<Component>& more = {}, QWidget* parent = nullptr);

    QString versionText() const;    // "Version 0.1.0 (commit abc1234)"
    QString componentsText() const; // the libraries and their versions, as plain text
    QString licencesText() const;   // the licences, as plain text

private:
    QLabel* m_version = nullptr;
    QLabel* m_components = nullptr;
    QLabel* m_licences = nullptr;
};

} // namespace summit::ui
