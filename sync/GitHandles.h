#pragma once
// The ground GitRepo's parts stand on (private to sync/): RAII for libgit2 handles,
// object ids and ref names as text, and the one open repository they share.

#include "Result.h"

#include <git2.h>

#include <QString>
#include <memory>

namespace summit::sync::detail {

template <class T, void (*Free)(T*)> struct GitDeleter
{
    void operator()(T* p) const { Free(p); }
};
template <class T, void (*Free)(T*)> using GitPtr = std::unique_ptr<T, GitDeleter<T, Free>>;

using RepositoryPtr = GitPtr<git_repository, git_repository_free>;
using ReferencePtr = GitPtr<git_reference, git_reference_free>;
using CommitPtr = GitPtr<git_commit, git_commit_free>;
using TreePtr = GitPtr<git_tree, git_tree_free>;
using BlobPtr = GitPtr<git_blob, git_blob_free>;
using TreeBuilderPtr = GitPtr<git_treebuilder, git_treebuilder_free>;
using SignaturePtr = GitPtr<git_signature, git_signature_free>;
using RevwalkPtr = GitPtr<git_revwalk, git_revwalk_free>;
using RemotePtr = GitPtr<git_remote, git_remote_free>;
using PackBuilderPtr = GitPtr<git_packbuilder, git_packbuilder_free>;
using OdbPtr = GitPtr<git_odb, git_odb_free>;
using RefIteratorPtr = GitPtr<git_reference_iterator, git_reference_iterator_free>;
using ConfigPtr = GitPtr<git_config, git_config_free>;

// 40 hex digits.
QString oidToString(const git_oid* oid);
// Only exactly 40 hex digits parse.
bool parseOid(const QString& text, git_oid* out);
// A full ref name ("refs/...") that git accepts.
bool isValidRefName(const QString& ref);

// The app-private bare repository, shared by GitRepo's parts. A repack swaps the
// libgit2 handle for a fresh one, so parts ask for get() each time instead of keeping it.
class Repository
{
public:
    Repository(RepositoryPtr repo, QString dir);

    git_repository* get() const { return m_repo.get(); }
    // Opens a new handle on the same directory before the old one closes.
    Status reopen();

    QString dir() const { return m_dir; } // absolute, with a trailing '/'
    QString display() const;              // absolute, without the trailing '/'
    QString objectsDir() const { return m_dir + QStringLiteral("objects"); }
    QString packDir() const { return m_dir + QStringLiteral("objects/pack"); }

private:
    RepositoryPtr m_repo;
    QString m_dir;
};

} // namespace summit::sync::detail
