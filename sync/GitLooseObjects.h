#pragma once
// Loose objects, read and checked without libgit2 (private to sync/).
//
// libgit2 1.5 inflates a truncated loose object for ever (libgit2 issue #7342, fixed
// long after 1.5), so every loose object libgit2 is about to read where a hang must not
// happen is inflated and hashed here first: LooseObjectGuard. Packed objects are safe:
// a truncated pack fails its trailer check.

#include "Result.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace summit::sync::detail {

struct LooseObject
{
    enum State
    {
        Absent, // no file: packed, or missing (libgit2 says which)
        Valid,
        Corrupt
    } state = Absent;
    QByteArray type; // "commit", "tree", "blob"
    QByteArray body;
    QString problem; // translated, naming the file
};

// Reads, inflates and hashes the loose object `id` under `objectsDir`.
LooseObject readLooseObject(const QString& objectsDir, const QString& id);

// The files of every loose object under `objectsDir`.
QStringList looseObjectFiles(const QString& objectsDir);

class LooseObjectGuard
{
public:
    explicit LooseObjectGuard(QString objectsDir) : m_objectsDir(std::move(objectsDir)) {}

    // The object `id` read by this guard (Absent: libgit2 may read it from a pack).
    LooseObject read(const QString& id) const { return readLooseObject(m_objectsDir, id); }

    // The loose part of the first-parent chain ending at `commitId`: each commit, its tree
    // and the tree's blobs, down to a commit that is packed or checked before. Objects are
    // immutable and written with fsync, so a chain checked once is not read again by this
    // guard (a commit written later still is, once); a failure marks nothing as checked.
    Status checkChain(QString commitId);

    // Every loose object under the directory (a remote by path, which libgit2 reads whole).
    Status checkAll() const;

    // After a repack nothing is loose: the chains checked so far are forgotten.
    void forgetChains() { m_verified.clear(); }

private:
    QString m_objectsDir;
    QSet<QString> m_verified; // loose commits whose chain passed checkChain
};

} // namespace summit::sync::detail
