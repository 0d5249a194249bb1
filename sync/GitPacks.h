#pragma once
// Packs of the app-private repository (private to sync/): how many there are, how many
// objects are still loose, and the repack that rolls them into one with git_packbuilder
// (no git executable needed). Also the roll-up of a team repository reached by path.

#include "GitHandles.h"
#include "GitLooseObjects.h"
#include "sync/GitRepo.h"

namespace summit::sync::detail {

// Batch blobs above this size are packed whole, without delta search; see GitPacks.cpp.
void applyPackLimits(git_repository* repo);

class Packs
{
public:
    Packs(Repository& repo, LooseObjectGuard& guard) : m_repo(repo), m_guard(guard) {}

    int count() const;
    int looseObjectCount() const;
    // GitRepo::repack: writes the new pack, reopens the repository, then deletes what it replaced.
    Status repack(RepackScope scope);

    // After a push by path: once the team's bare repository holds more than 50 packs
    // (one per push), its small packs are rolled up, as git's receive-pack does with
    // gc --auto. Errors are left for the next push: the push itself has succeeded.
    static void rollUpRemote(const QString& remoteGitDir);

private:
    Repository& m_repo;
    LooseObjectGuard& m_guard;
};

} // namespace summit::sync::detail
