#include "ui/shell/AppIcon.h"

namespace summit::ui {

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/icons/summit-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace summit::ui
