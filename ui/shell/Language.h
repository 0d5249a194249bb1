#pragma once
// The UI language: the system locale unless Settings pins one ("zh_CN", "en").
// Loaded once at start; a change in Settings applies at the next start.

#include <QLocale>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace summit::ui::language {

// The language pinned in Settings, or empty for "follow the system".
QString chosen();
void choose(const QString& code); // empty: follow the system

// Codes offered in Settings besides "system", with their names in their own language.
QList<QPair<QString, QString>> available();

// Sets the default locale and installs Qt's and Summit's translators on `app`.
// A locale Summit has no translation for still gets the English plural forms.
// Returns the locale in use.
QLocale install(QCoreApplication& app);

} // namespace summit::ui::language
