// ObjectStore: refs and appending batches. Reading them back: GitBatchChain.cpp.

#include "GitObjectStore.h"

#include "GitErrors.h"

#include <QCoreApplication>

namespace summit::sync::detail {

namespace {

Error invalidRef(const QString& ref)
{
    return failure(QCoreApplication::translate("Sync", "%1 is not a valid ref name.").arg(ref));
}

} // namespace

Result<QString> ObjectStore::tip(const QString& ref) const
{
    if (!isValidRefName(ref))
        return invalidRef(ref);
    git_oid id;
    const QByteArray name = ref.toUtf8();
    const int rc = git_reference_name_to_id(&id, m_repo.get(), name.constData());
    if (rc == GIT_ENOTFOUND)
        return QString();
    if (rc < 0)
        return failure(QCoreApplication::translate("Sync", "Cannot read the ref %1 in %2: %3")
                           .arg(ref, m_repo.display(), lastGitMessage()));
    return oidToString(&id);
}

QStringList ObjectStore::refs(const QString& prefix) const
{
    QStringList names;
    git_reference_iterator* raw = nullptr;
    if (git_reference_iterator_new(&raw, m_repo.get()) < 0)
        return names;
    RefIteratorPtr iterator(raw);
    const char* name = nullptr;
    while (git_reference_next_name(&name, iterator.get()) == 0) {
        const QString n = QString::fromUtf8(name);
        if (n.startsWith(prefix))
            names << n;
    }
    names.sort();
    return names;
}

Error ObjectStore::appendFailed(const QString& ref, const char* what) const
{
    return failure(QCoreApplication::translate("Sync", "Cannot append a batch to %1 in %2 (%3): %4")
                       .arg(ref, m_repo.display(), QString::fromLatin1(what), lastGitMessage()));
}

Result<QString> ObjectStore::appendBatch(const QString& ref, const QByteArray& blob, const QString& message,
                                         const QString& expectedTip)
{
    if (!isValidRefName(ref))
        return invalidRef(ref);
    git_oid expected;
    const bool hasExpected = !expectedTip.isEmpty();
    if (hasExpected && !parseOid(expectedTip, &expected))
        return failure(QCoreApplication::translate("Sync", "%1 is not a commit id (expected tip of %2).")
                           .arg(expectedTip, ref));

    // Compare first, so that a stale caller writes nothing.
    const Result<QString> current = tip(ref);
    if (!current)
        return current.error();
    if (current.value().compare(expectedTip, Qt::CaseInsensitive) != 0)
        return failure(
            QCoreApplication::translate("Sync", "The ref %1 in %2 has moved: expected %3, found %4.")
                .arg(ref, m_repo.display(), expectedTip.isEmpty() ? QStringLiteral("(none)") : expectedTip,
                     current.value().isEmpty() ? QStringLiteral("(none)") : current.value()));

    const Result<TreePtr> tree = writeBatchTree(ref, blob);
    if (!tree)
        return tree.error();
    Result<CommitPtr> parent = hasExpected ? parentCommit(ref, expectedTip, expected) : CommitPtr();
    if (!parent)
        return parent.error();
    const Result<git_oid> commit = writeCommit(ref, tree.value().get(), message, parent.value().get());
    if (!commit)
        return commit.error();
    if (Status moved = moveRef(ref, commit.value(), hasExpected ? &expected : nullptr); !moved)
        return moved.error();
    return oidToString(&commit.value());
}

// The blob and the one-entry tree that holds it.
Result<TreePtr> ObjectStore::writeBatchTree(const QString& ref, const QByteArray& blob)
{
    git_oid blobId;
    if (git_blob_create_from_buffer(&blobId, m_repo.get(), blob.constData(),
                                    static_cast<size_t>(blob.size())) < 0)
        return appendFailed(ref, "blob");
    git_treebuilder* rawBuilder = nullptr;
    if (git_treebuilder_new(&rawBuilder, m_repo.get(), nullptr) < 0)
        return appendFailed(ref, "tree");
    const TreeBuilderPtr builder(rawBuilder);
    git_oid treeId;
    if (git_treebuilder_insert(nullptr, builder.get(), kBatchFileName, &blobId, GIT_FILEMODE_BLOB) < 0 ||
        git_treebuilder_write(&treeId, builder.get()) < 0)
        return appendFailed(ref, "tree");
    git_tree* rawTree = nullptr;
    if (git_tree_lookup(&rawTree, m_repo.get(), &treeId) < 0)
        return appendFailed(ref, "tree");
    return TreePtr(rawTree);
}

// The commit the new batch follows; its loose object is checked before libgit2 reads it.
Result<CommitPtr> ObjectStore::parentCommit(const QString& ref, const QString& expectedTip,
                                            const git_oid& expected)
{
    const LooseObject loose = m_guard.read(expectedTip.toLower());
    if (loose.state == LooseObject::Corrupt)
        return failure(QCoreApplication::translate("Sync", "Cannot append a batch to %1 in %2: the tip %3 "
                                                           "is unusable: %4")
                           .arg(ref, m_repo.display(), expectedTip, loose.problem));
    git_commit* rawParent = nullptr;
    if (git_commit_lookup(&rawParent, m_repo.get(), &expected) < 0)
        return appendFailed(ref, "parent");
    return CommitPtr(rawParent);
}

Result<git_oid> ObjectStore::writeCommit(const QString& ref, const git_tree* tree, const QString& message,
                                         const git_commit* parent)
{
    git_signature* rawSignature = nullptr;
    if (git_signature_now(&rawSignature, "Summit", "summit@localhost") < 0)
        return appendFailed(ref, "signature");
    const SignaturePtr signature(rawSignature);

    QByteArray text = message.toUtf8();
    if (text.isEmpty())
        text = "Summit batch";
    if (!text.endsWith('\n'))
        text += '\n';
    const git_commit* parents[1] = {parent};
    git_oid commitId;
    if (git_commit_create(&commitId, m_repo.get(), nullptr, signature.get(), signature.get(), "UTF-8",
                          text.constData(), tree, parent != nullptr ? 1 : 0, parents) < 0)
        return appendFailed(ref, "commit");
    return commitId;
}

// Compare-and-swap: force only together with the expected old value (null: the ref must
// not exist yet).
Status ObjectStore::moveRef(const QString& ref, const git_oid& commit, const git_oid* expected)
{
    const QByteArray name = ref.toUtf8();
    git_reference* rawRef = nullptr;
    const int rc =
        git_reference_create_matching(&rawRef, m_repo.get(), name.constData(), &commit,
                                      expected != nullptr ? 1 : 0, expected, "summit: append batch");
    const ReferencePtr moved(rawRef);
    if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS)
        return failure(QCoreApplication::translate("Sync",
                                                   "The ref %1 in %2 was moved by another writer; the "
                                                   "batch was not appended.")
                           .arg(ref, m_repo.display()));
    if (rc < 0)
        return appendFailed(ref, "ref");
    return Status::ok();
}

} // namespace summit::sync::detail
