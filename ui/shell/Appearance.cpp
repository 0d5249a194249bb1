#include "ui/shell/Appearance.h"
#include "ui/UiText.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace summit::ui::appearance {

namespace {
const QString kKey = QStringLiteral("ui/theme");

QPalette darkPalette()
{
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(128, 128, 128);
    const QColor highlight(42, 130, 218);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, highlight.lighter(130));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}
} // namespace

QString chosen()
{
    const QString v = QSettings().value(kKey).toString();
    return v.isEmpty() ? QStringLiteral("system") : v;
}

void choose(const QString& theme)
{
    QSettings().setValue(kKey, theme);
}

QList<QPair<QString, QString>> available()
{
    return {{QStringLiteral("system"), UiText::tr("Same as the system")},
            {QStringLiteral("light"), UiText::tr("Light")},
            {QStringLiteral("dark"), UiText::tr("Dark")}};
}

void apply(QApplication& app)
{
    const QString theme = chosen();
    if (theme == QLatin1String("system"))
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(theme == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
}

} // namespace summit::ui::appearance
