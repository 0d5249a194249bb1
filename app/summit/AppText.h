#pragma once
// The translation context of the desktop program (app/summit): every user-visible string
// here is AppText::tr("..."), never a Q_OBJECT class's own tr().

#include <QCoreApplication>

namespace summit::app {

struct AppText
{
    Q_DECLARE_TR_FUNCTIONS(summit::app)
};

} // namespace summit::app
