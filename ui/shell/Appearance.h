#pragma once
// Light or dark: follow the system, or pin one in Settings. The dark theme is
// Qt's Fusion style with a dark palette, so it looks the same on every desktop
// (many Linux desktops and older Windows give Qt no dark palette of their own).
// Views draw with palette roles, so they follow.

#include <QList>
#include <QPair>
#include <QString>

class QApplication;

namespace summit::ui::appearance {

// "system" (default), "light" or "dark".
QString chosen();
void choose(const QString& theme);
// Codes with their translated names, for Settings.
QList<QPair<QString, QString>> available();
// Applies the chosen theme to the application; call before creating windows.
void apply(QApplication& app);

} // namespace summit::ui::appearance
