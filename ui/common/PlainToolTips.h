#pragma once
// Tooltips are plain text. Qt guesses: a tooltip whose first line looks like
// it holds a tag is drawn as HTML, and many of ours hold names, summaries and
// notes that a teammate's replica or an imported file may have filled with
// "<img src=…>" or a link that is not what it reads. One filter on the
// application shows every widget's, list row's and map item's tooltip as
// the text it is.

#include <QString>

namespace summit::ui {

// Rich text that shows `text` exactly as written (escaped, line breaks kept).
QString plainToolTip(const QString& text);
// Installs the filter on the application once; later calls do nothing.
void installPlainToolTips();

} // namespace summit::ui
