// Loose objects, checked without libgit2: libgit2 1.5 inflates a truncated loose
// object forever (libgit2 issue #7342, fixed long after 1.5), so any loose object
// that libgit2 is about to read in a path that must not hang is inflated and hashed
// here first. Packed objects are safe: a truncated pack fails its trailer check.

#include "GitRepoPrivate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace summit::sync::detail {

QStringList looseObjectFiles(const QString& objectsDir)
{
    const QRegularExpression dirName(QStringLiteral("^[0-9a-f]{2}$"));
    const QRegularExpression fileName(QStringLiteral("^[0-9a-f]{38}$"));
    QStringList files;
    const QDir objects(objectsDir);
    for (const QString& sub : objects.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!dirName.match(sub).hasMatch())
            continue;
        const QDir subDir(objects.filePath(sub));
        for (const QString& f : subDir.entryList(QDir::Files)) {
            if (fileName.match(f).hasMatch())
                files << subDir.filePath(f);
        }
    }
    return files;
}

LooseObject readLooseObject(const QString& objectsDir, const QString& id)
{
    LooseObject result;
    QFile file(objectsDir + QLatin1Char('/') + id.left(2) + QLatin1Char('/') + id.mid(2));
    if (!file.exists())
        return result;
    result.state = LooseObject::Corrupt;
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = QCoreApplication::translate("Sync", "the object file %1 cannot be read: %2")
                             .arg(file.fileName(), file.errorString());
        return result;
    }
    const QByteArray compressed = file.readAll();
    // qUncompress wants the expected size in front (a hint; it grows as needed), and
    // reports incomplete input as an error instead of waiting for more.
    const quint32 hint = static_cast<quint32>(std::min<qint64>(qint64(compressed.size()) * 4 + 64, 1 << 30));
    QByteArray framed(4, '\0');
    framed[0] = static_cast<char>((hint >> 24) & 0xff);
    framed[1] = static_cast<char>((hint >> 16) & 0xff);
    framed[2] = static_cast<char>((hint >> 8) & 0xff);
    framed[3] = static_cast<char>(hint & 0xff);
    framed += compressed;
    const QByteArray raw = qUncompress(framed);
    const qsizetype nul = raw.indexOf('\0');
    const qsizetype space = raw.indexOf(' ');
    bool sizeOk = false;
    const qint64 size =
        space > 0 && nul > space ? raw.mid(space + 1, nul - space - 1).toLongLong(&sizeOk) : -1;
    if (raw.isEmpty() || !sizeOk || size != raw.size() - nul - 1) {
        result.problem = QCoreApplication::translate("Sync", "the object file %1 is truncated or damaged")
                             .arg(file.fileName());
        return result;
    }
    if (QCryptographicHash::hash(raw, QCryptographicHash::Sha1).toHex() != id.toLatin1()) {
        result.problem = QCoreApplication::translate("Sync", "the object file %1 does not match its id")
                             .arg(file.fileName());
        return result;
    }
    result.state = LooseObject::Valid;
    result.type = raw.left(space);
    result.body = raw.mid(nul + 1);
    return result;
}

// Checks the loose objects of the chain ending at `tip`: each loose commit, its tree
// and the tree's blobs, following the first parent until a commit that is not loose
// (fetched and repacked history is packed) or a commit checked before. Costs as many
// objects as there are local batches since the last check.
Status checkLooseChain(const QString& objectsDir, QString commitId, QSet<QString>& verified)
{
    QStringList checked;
    while (!commitId.isEmpty() && !verified.contains(commitId)) {
        const LooseObject commit = readLooseObject(objectsDir, commitId);
        if (commit.state == LooseObject::Absent)
            break; // packed from here on: what was checked above still counts
        if (commit.state == LooseObject::Corrupt || commit.type != "commit")
            return Status::fail(QCoreApplication::translate("Sync", "The commit %1 is unusable: %2")
                                    .arg(commitId, commit.problem));
        QString treeId;
        QString parentId;
        for (const QByteArray& line : commit.body.split('\n')) {
            if (line.isEmpty())
                break; // end of the headers
            if (line.startsWith("tree "))
                treeId = QString::fromLatin1(line.mid(5));
            else if (line.startsWith("parent ") && parentId.isEmpty())
                parentId = QString::fromLatin1(line.mid(7));
        }
        const LooseObject tree = readLooseObject(objectsDir, treeId);
        if (tree.state == LooseObject::Corrupt)
            return Status::fail(QCoreApplication::translate("Sync", "The commit %1 is unusable: %2")
                                    .arg(commitId, tree.problem));
        // Tree entries: "<mode> <name>\0<20-byte id>".
        for (qsizetype at = 0; tree.state == LooseObject::Valid && at < tree.body.size();) {
            const qsizetype nul = tree.body.indexOf('\0', at);
            if (nul < 0 || nul + 21 > tree.body.size())
                break;
            const QString entryId = QString::fromLatin1(tree.body.mid(nul + 1, 20).toHex());
            const LooseObject entry = readLooseObject(objectsDir, entryId);
            if (entry.state == LooseObject::Corrupt)
                return Status::fail(QCoreApplication::translate("Sync", "The commit %1 is unusable: %2")
                                        .arg(commitId, entry.problem));
            at = nul + 21;
        }
        checked << commitId;
        commitId = parentId;
    }
    // Only a whole chain counts as verified: a failure above leaves `verified` as it was.
    for (const QString& id : checked)
        verified.insert(id);
    return Status::ok();
}

} // namespace summit::sync::detail
