#pragma once
// Batches as git objects in the app-private repository (private to sync/): appended as
// blob "batch.jsonl" → one-entry tree → commit, the ref moved by compare-and-swap; read
// back along one chain of commits. Loose objects are checked before libgit2 reads them
// (LooseObjectGuard).

#include "GitHandles.h"
#include "GitLooseObjects.h"
#include "sync/GitRepo.h"

#include <QStringList>
#include <vector>

namespace summit::sync::detail {

// The one file of a batch commit's tree.
inline constexpr char kBatchFileName[] = "batch.jsonl";

class ObjectStore
{
public:
    ObjectStore(Repository& repo, LooseObjectGuard& guard) : m_repo(repo), m_guard(guard) {}

    // The GitRepo methods of the same names.
    Result<QString> tip(const QString& ref) const;
    QStringList refs(const QString& prefix) const;
    Result<QString> appendBatch(const QString& ref, const QByteArray& blob, const QString& message,
                                const QString& expectedTip);
    Result<std::vector<BatchCommit>> batchesSince(const QString& tipId, const QString& fromExclusive);
    Result<QStringList> batchChain(const QString& tipId, const QString& fromExclusive);
    Result<BatchCommit> readBatch(const QString& commitId);

private:
    Result<TreePtr> writeBatchTree(const QString& ref, const QByteArray& blob);
    Result<CommitPtr> parentCommit(const QString& ref, const QString& expectedTip, const git_oid& expected);
    Result<git_oid> writeCommit(const QString& ref, const git_tree* tree, const QString& message,
                                const git_commit* parent);
    Status moveRef(const QString& ref, const git_oid& commit, const git_oid* expected);
    Error appendFailed(const QString& ref, const char* what) const;
    Result<std::vector<git_oid>> chainBack(const git_oid& tip, const git_oid* from, const QString& tipId,
                                           const QString& fromId);
    Result<BatchCommit> readBatch(const git_oid& commitId);
    Error unusable(const QString& commitId, const QString& why) const;

    Repository& m_repo;
    LooseObjectGuard& m_guard;
};

} // namespace summit::sync::detail
