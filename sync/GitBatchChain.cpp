// ObjectStore::batchesSince: the batches of one ref's chain, oldest first.

#include "GitErrors.h"
#include "GitObjectStore.h"
#include "sync/BatchFormat.h"

#include <QCoreApplication>

namespace summit::sync::detail {

Error ObjectStore::unusable(const QString& commitId, const QString& why) const
{
    return failure(QCoreApplication::translate("Sync", "The batch commit %1 in %2 is unusable: %3")
                       .arg(commitId, m_repo.display(), why));
}

Result<QStringList> ObjectStore::batchChain(const QString& tipId, const QString& fromExclusive)
{
    git_oid tipOid;
    if (!parseOid(tipId, &tipOid))
        return failure(QCoreApplication::translate("Sync", "%1 is not a commit id.").arg(tipId));
    git_oid fromOid;
    const bool hasFrom = !fromExclusive.isEmpty();
    if (hasFrom && !parseOid(fromExclusive, &fromOid))
        return failure(QCoreApplication::translate("Sync", "%1 is not a commit id.").arg(fromExclusive));
    const auto chain = chainBack(tipOid, hasFrom ? &fromOid : nullptr, tipId, fromExclusive);
    if (!chain)
        return chain.error();
    QStringList ids;
    ids.reserve(qsizetype(chain.value().size()));
    for (auto it = chain.value().rbegin(); it != chain.value().rend(); ++it)
        ids << oidToString(&*it);
    return ids;
}

Result<BatchCommit> ObjectStore::readBatch(const QString& commitId)
{
    git_oid oid;
    if (!parseOid(commitId, &oid))
        return failure(QCoreApplication::translate("Sync", "%1 is not a commit id.").arg(commitId));
    return readBatch(oid);
}

Result<std::vector<BatchCommit>> ObjectStore::batchesSince(const QString& tipId, const QString& fromExclusive)
{
    auto chain = batchChain(tipId, fromExclusive);
    if (!chain)
        return chain.error();
    std::vector<BatchCommit> batches;
    batches.reserve(size_t(chain.value().size()));
    for (const QString& id : chain.value()) {
        Result<BatchCommit> batch = readBatch(id);
        if (!batch)
            return batch.error();
        batches.push_back(std::move(batch).value());
    }
    return batches;
}

// The commits from `tip` back along the only parent to `from` (exclusive; null: to the
// root), newest first. A plain first-parent walk instead of git_revwalk or
// git_graph_descendant_of: every loose object is checked before libgit2 inflates it
// (LooseObjectGuard), and the walk proves the history is one chain.
Result<std::vector<git_oid>> ObjectStore::chainBack(const git_oid& tip, const git_oid* from,
                                                    const QString& tipId, const QString& fromId)
{
    std::vector<git_oid> chain;
    git_oid current = tip;
    while (!(from != nullptr && git_oid_equal(&current, from))) {
        const QString commitId = oidToString(&current);
        const LooseObject loose = m_guard.read(commitId);
        if (loose.state == LooseObject::Corrupt)
            return unusable(commitId, loose.problem);
        git_commit* rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, m_repo.get(), &current) < 0)
            return unusable(commitId, lastGitMessage());
        const CommitPtr commit(rawCommit);
        const unsigned int parents = git_commit_parentcount(commit.get());
        if (parents > 1)
            return unusable(commitId, QCoreApplication::translate(
                                          "Sync", "the history is not a single chain of batches"));
        chain.push_back(current);
        if (parents == 0) {
            if (from != nullptr)
                return failure(QCoreApplication::translate(
                                   "Sync", "History rewritten: %1 is not an ancestor of %2 in %3; "
                                           "the ref was rewritten by another device or restored "
                                           "from a backup.")
                                   .arg(fromId, tipId, m_repo.display()));
            break;
        }
        current = *git_commit_parent_id(commit.get(), 0);
    }
    return chain;
}

// One commit's batch: its tree must hold exactly the blob "batch.jsonl". A loose blob is
// read by the guard (it has inflated it anyway), a packed one by libgit2.
Result<BatchCommit> ObjectStore::readBatch(const git_oid& id)
{
    const QString commitId = oidToString(&id);
    git_commit* rawCommit = nullptr;
    if (git_commit_lookup(&rawCommit, m_repo.get(), &id) < 0)
        return unusable(commitId, lastGitMessage());
    const CommitPtr commit(rawCommit);

    const git_oid* treeId = git_commit_tree_id(commit.get());
    const LooseObject looseTree = m_guard.read(oidToString(treeId));
    if (looseTree.state == LooseObject::Corrupt)
        return unusable(commitId, looseTree.problem);
    git_tree* rawTree = nullptr;
    if (git_tree_lookup(&rawTree, m_repo.get(), treeId) < 0)
        return unusable(commitId, lastGitMessage());
    const TreePtr tree(rawTree);
    const git_tree_entry* entry =
        git_tree_entrycount(tree.get()) == 1 ? git_tree_entry_byindex(tree.get(), 0) : nullptr;
    if (entry == nullptr || qstrcmp(git_tree_entry_name(entry), kBatchFileName) != 0 ||
        git_tree_entry_type(entry) != GIT_OBJECT_BLOB)
        return unusable(commitId,
                        QCoreApplication::translate("Sync", "its tree does not hold exactly the file %1")
                            .arg(QLatin1String(kBatchFileName)));

    const QString blobId = oidToString(git_tree_entry_id(entry));
    const LooseObject looseBlob = m_guard.read(blobId);
    if (looseBlob.state == LooseObject::Corrupt)
        return unusable(commitId, QCoreApplication::translate("Sync", "the blob %1 cannot be read (%2)")
                                      .arg(blobId, looseBlob.problem));
    if (looseBlob.state == LooseObject::Valid) {
        if (looseBlob.body.size() > kMaxBatchBytes)
            return unusable(commitId, QCoreApplication::translate("Sync", "the blob %1 is larger than %2 MB")
                                          .arg(blobId)
                                          .arg(kMaxBatchBytes >> 20));
        if (looseBlob.type != "blob")
            return unusable(commitId,
                            QCoreApplication::translate("Sync", "the object %1 is not a blob").arg(blobId));
        return BatchCommit{commitId, looseBlob.body};
    }
    // Its size before its bytes: a blob over the limit is refused without being read.
    git_odb* rawOdb = nullptr;
    if (git_repository_odb(&rawOdb, m_repo.get()) < 0)
        return unusable(commitId, lastGitMessage());
    const OdbPtr odb(rawOdb);
    size_t size = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    if (git_odb_read_header(&size, &type, odb.get(), git_tree_entry_id(entry)) < 0)
        return unusable(commitId, QCoreApplication::translate("Sync", "the blob %1 cannot be read (%2)")
                                      .arg(blobId, lastGitMessage()));
    if (qint64(size) > kMaxBatchBytes)
        return unusable(commitId, QCoreApplication::translate("Sync", "the blob %1 is larger than %2 MB")
                                      .arg(blobId)
                                      .arg(kMaxBatchBytes >> 20));
    git_blob* rawBlob = nullptr;
    if (git_blob_lookup(&rawBlob, m_repo.get(), git_tree_entry_id(entry)) < 0)
        return unusable(commitId, QCoreApplication::translate("Sync", "the blob %1 cannot be read (%2)")
                                      .arg(blobId, lastGitMessage()));
    const BlobPtr blob(rawBlob);
    return BatchCommit{commitId, QByteArray(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                                            static_cast<qsizetype>(git_blob_rawsize(blob.get())))};
}

} // namespace summit::sync::detail
