#pragma once
// The translation context of the import readers' messages: ImportText::tr("...")
// files every message under "summit::import" for lupdate and at run time.

#include <QCoreApplication>

namespace summit::import {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(summit::import)
};

} // namespace summit::import
