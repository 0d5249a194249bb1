#include "ui/shell/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace summit::ui::language {

namespace {
const QString kKey = QStringLiteral("ui/language");
}

QString chosen()
{
    return QSettings().value(kKey).toString();
}

void choose(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, code);
}

QList<QPair<QString, QString>> available()
{
    // Each language is named in itself, so it can be found whatever the UI shows now.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QLocale install(QCoreApplication& app)
{
    const QString code = chosen();
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    QLocale::setDefault(locale);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto* own = new QTranslator(&app);
    // No translation for the locale (English, or the C locale) still gets the
    // English plural forms ("1 account", "2 accounts").
    if (own->load(locale, QStringLiteral("summit"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("summit_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return locale;
}

} // namespace summit::ui::language
