#pragma once
// Shared by the GitRepo suites (test_gitrepo, test_git_packs): refs, the git
// command line, bare repositories and batches appended for the tests.

#include "sync/GitRepo.h"

#include "QtDoctest.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace summit::test::gitrepo {

using summit::sync::BatchCommit;
using summit::sync::Credentials;
using summit::sync::GitRepo;

inline const QString kRefA = QStringLiteral("refs/heads/summit/e1/replica-a");
inline const QString kRefB = QStringLiteral("refs/heads/summit/e1/replica-b");
inline const QString kTrackA = QStringLiteral("refs/remotes/team/summit/e1/replica-a");
inline const QString kTrackB = QStringLiteral("refs/remotes/team/summit/e1/replica-b");

struct GitRun
{
    int exitCode = -1;
    QString out;
};

inline GitRun git(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(QStringLiteral("git"),
            QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Test"), QStringLiteral("-c"),
                        QStringLiteral("user.email=test@localhost")} +
                args);
    if (!p.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()).trimmed()};
}

inline bool initBare(const QString& path)
{
    return git({QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-q"), path}).exitCode == 0;
}

inline QString remoteTip(const QString& bare, const QString& ref)
{
    const GitRun r = git({QStringLiteral("-C"), bare, QStringLiteral("rev-parse"), QStringLiteral("--verify"),
                          QStringLiteral("-q"), ref});
    return r.exitCode == 0 ? r.out : QString();
}

inline std::unique_ptr<GitRepo> openRepo(const QString& dir)
{
    auto repo = GitRepo::open(dir);
    REQUIRE_MESSAGE(repo.isOk(), repo.message());
    return std::move(repo).value();
}

inline QString append(GitRepo& repo, const QString& ref, const QByteArray& blob)
{
    const auto before = repo.tip(ref);
    REQUIRE(before.isOk());
    const auto id = repo.appendBatch(ref, blob, QStringLiteral("batch"), before.value());
    REQUIRE_MESSAGE(id.isOk(), id.message());
    return id.value();
}

inline QByteArray batchBlob(const char* replica, int n)
{
    return QByteArray("{\"v\":1,\"replica\":\"") + replica + "\",\"n\":" + QByteArray::number(n) +
           "}\n{\"op\":\"set\",\"field\":\"name\",\"value\":\"\\u4e2d\\u6587 " + QByteArray::number(n) +
           "\"}\n";
}

inline std::vector<BatchCommit> batches(GitRepo& repo, const QString& tip, const QString& from)
{
    auto result = repo.batchesSince(tip, from);
    REQUIRE_MESSAGE(result.isOk(), result.message());
    return std::move(result).value();
}

inline QString loosePath(const QString& repoDir, const QString& objectId)
{
    return repoDir + QStringLiteral("/objects/") + objectId.left(2) + QLatin1Char('/') + objectId.mid(2);
}

inline int looseCount(const QString& repoDir)
{
    int n = 0;
    const QDir objects(repoDir + QStringLiteral("/objects"));
    for (const QString& sub : objects.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (sub.size() == 2)
            n += static_cast<int>(QDir(objects.filePath(sub)).entryList(QDir::Files).size());
    }
    return n;
}

inline const Credentials kNone{};

} // namespace summit::test::gitrepo
