#pragma once
// The translation context of the table export's messages and words:
// ExportText::tr("...") files them under "summit::exports" for lupdate and at run time.

#include <QCoreApplication>

namespace summit::exports {

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(summit::exports)
};

} // namespace summit::exports
