#pragma once
// Which packs a repack rolls into one (private to sync/).

#include "sync/GitRepo.h"

#include <QDir>
#include <QString>

#include <vector>

namespace summit::sync::detail {

struct PackFile
{
    QString name; // pack-<id>.pack
    qint64 size = 0;
};

// The packs of a directory that a repack may replace: a pack marked .keep is left as it
// is, and one without its .idx is still being written.
std::vector<PackFile> packsIn(const QDir& packDir);

// Everything: all of `packs`. SmallPacks: the smallest, up to the first pack that holds
// at least twice what is below it (loose objects included); that pack and the bigger ones
// stay. Pack sizes then grow geometrically, so a repack costs about what arrived since
// the last one, not the whole history (git's --geometric=2 does the same).
std::vector<PackFile> packsToRollUp(std::vector<PackFile> packs, qint64 looseBytes, RepackScope scope);

} // namespace summit::sync::detail
