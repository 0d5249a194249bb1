#pragma once
// The translation context of summit_render: every user-visible string under ui/render/
// is RenderText::tr("..."), so drawing code moved inside the library keeps its translations.

#include <QCoreApplication>

namespace summit::ui {

struct RenderText
{
    Q_DECLARE_TR_FUNCTIONS(summit::render)
};

} // namespace summit::ui
