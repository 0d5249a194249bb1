#include "GitLooseObjects.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

namespace {

// The tree and first parent a commit's headers name.
struct CommitLinks
{
    QString tree;
    QString parent; // empty for a root commit
};

CommitLinks linksOf(const QByteArray& commitBody)
{
    CommitLinks links;
    for (const QByteArray& line : commitBody.split('\n')) {
        if (line.isEmpty())
            break; // end of the headers
        if (line.startsWith("tree "))
            links.tree = QString::fromLatin1(line.mid(5));
        else if (line.startsWith("parent ") && links.parent.isEmpty())
            links.parent = QString::fromLatin1(line.mid(7));
    }
    return links;
}

// The ids a tree's entries name: "<mode> <name>\0<20-byte id>" each.
QStringList entriesOf(const QByteArray& treeBody)
{
    QStringList ids;
    for (qsizetype at = 0; at < treeBody.size();) {
        const qsizetype nul = treeBody.indexOf('\0', at);
        if (nul < 0 || nul + 21 > treeBody.size())
            break;
        ids << QString::fromLatin1(treeBody.mid(nul + 1, 20).toHex());
        at = nul + 21;
    }
    return ids;
}

Status unusableCommit(const QString& commitId, const QString& problem)
{
    return Status::fail(
        QCoreApplication::translate("Sync", "The commit %1 is unusable: %2").arg(commitId, problem));
}

} // namespace

// Costs as many objects as there are local batches since the last check: fetched and
// repacked history is packed.
Status LooseObjectGuard::checkChain(QString commitId)
{
    QStringList checked;
    while (!commitId.isEmpty() && !m_verified.contains(commitId)) {
        const LooseObject commit = read(commitId);
        if (commit.state == LooseObject::Absent)
            break; // packed from here on: what was checked above still counts
        if (commit.state == LooseObject::Corrupt || commit.type != "commit")
            return unusableCommit(commitId, commit.problem);
        const CommitLinks links = linksOf(commit.body);
        const LooseObject tree = read(links.tree);
        if (tree.state == LooseObject::Corrupt)
            return unusableCommit(commitId, tree.problem);
        if (tree.state == LooseObject::Valid) {
            for (const QString& entryId : entriesOf(tree.body)) {
                if (const LooseObject entry = read(entryId); entry.state == LooseObject::Corrupt)
                    return unusableCommit(commitId, entry.problem);
            }
        }
        checked << commitId;
        commitId = links.parent;
    }
    // Only a whole chain counts as verified: a failure above leaves m_verified as it was.
    for (const QString& id : checked)
        m_verified.insert(id);
    return Status::ok();
}

Status LooseObjectGuard::checkAll() const
{
    for (const QString& file : looseObjectFiles(m_objectsDir)) {
        const QFileInfo info(file);
        const LooseObject object = read(info.dir().dirName() + info.fileName());
        if (object.state == LooseObject::Corrupt)
            return Status::fail(object.problem);
    }
    return Status::ok();
}

} // namespace summit::sync::detail
