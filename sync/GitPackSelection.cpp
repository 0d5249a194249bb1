#include "GitPackSelection.h"

#include <QFileInfo>

#include <algorithm>

namespace summit::sync::detail {

std::vector<PackFile> packsIn(const QDir& packDir)
{
    std::vector<PackFile> packs;
    for (const QFileInfo& info : packDir.entryInfoList({QStringLiteral("pack-*.pack")}, QDir::Files)) {
        const QString base = info.fileName().chopped(5);
        if (!packDir.exists(base + QStringLiteral(".keep")) && packDir.exists(base + QStringLiteral(".idx")))
            packs.push_back({info.fileName(), info.size()});
    }
    return packs;
}

std::vector<PackFile> packsToRollUp(std::vector<PackFile> packs, qint64 looseBytes, RepackScope scope)
{
    if (scope == RepackScope::Everything)
        return packs;
    std::sort(packs.begin(), packs.end(),
              [](const PackFile& a, const PackFile& b) { return a.size < b.size; });
    qint64 below = looseBytes;
    for (const PackFile& p : packs)
        below += p.size;
    size_t keepFrom = packs.size();
    while (keepFrom > 0) {
        below -= packs[keepFrom - 1].size;
        if (packs[keepFrom - 1].size < 2 * below)
            break;
        --keepFrom;
    }
    packs.resize(keepFrom);
    return packs;
}

} // namespace summit::sync::detail
