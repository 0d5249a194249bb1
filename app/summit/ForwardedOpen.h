#pragma once
// A launch handed over to the running instance (SingleInstance.h): the window
// comes to the front and opens what was asked for — another database in place
// of the open one, a record. While a dialog is open (a form with typed text in
// it) the switch waits until the dialog is closed, so nothing typed is lost.

#include "SingleInstance.h"

namespace summit::ui {
class MainWindow;
}

namespace summit::app {

void openInWindow(ui::MainWindow& window, const OpenRequest& request);

} // namespace summit::app
