#pragma once
// Summit's icon (resources/icons), embedded in summit_ui: the window icon and the
// About dialog's picture. PNGs at the hicolor sizes, so no image plugin is needed.

#include <QIcon>

namespace summit::ui {

QIcon appIcon();

} // namespace summit::ui
