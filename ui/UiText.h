#pragma once
// The translation context of summit_ui: every user-visible string under ui/ (but
// ui/render/, a library of its own) is UiText::tr("..."), never a Q_OBJECT class's own
// tr(), whose context would be the class name; so a class moved, renamed or split keeps
// its translations. Same text, different meaning: tell them apart with tr's second
// argument, UiText::tr("Deleted", "trash column: when").

#include <QCoreApplication>

namespace summit::ui {

struct UiText
{
    Q_DECLARE_TR_FUNCTIONS(summit::ui)
};

} // namespace summit::ui
