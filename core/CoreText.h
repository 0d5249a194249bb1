#pragma once
// The translation context of summit_core (and summit_import, which lives in core/ too):
// every user-visible string under core/ is CoreText::tr("...") (or
// QT_TRANSLATE_NOOP("summit::core", ...) for tables translated later through CoreText::tr),
// so a class moved or renamed inside core keeps its translations. Same text, different
// meaning: tell them apart with tr's second argument, CoreText::tr("Who", "history column").

#include <QCoreApplication>

namespace summit {

struct CoreText
{
    Q_DECLARE_TR_FUNCTIONS(summit::core)
};

} // namespace summit
