#include "GitHandles.h"

#include "GitErrors.h"

#include <QFile>

#include <cctype>

namespace summit::sync::detail {

QString oidToString(const git_oid* oid)
{
    char buffer[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buffer, sizeof buffer, oid);
    return QString::fromLatin1(buffer);
}

bool parseOid(const QString& text, git_oid* out)
{
    if (text.size() != GIT_OID_HEXSZ)
        return false;
    for (const QChar c : text) {
        if (c.unicode() >= 128 || std::isxdigit(static_cast<unsigned char>(c.toLatin1())) == 0)
            return false;
    }
    const QByteArray latin = text.toLatin1();
    return git_oid_fromstr(out, latin.constData()) == 0;
}

bool isValidRefName(const QString& ref)
{
    if (!ref.startsWith(QLatin1String("refs/")))
        return false;
    int valid = 0;
    const QByteArray name = ref.toUtf8();
    return git_reference_name_is_valid(&valid, name.constData()) == 0 && valid != 0;
}

Repository::Repository(RepositoryPtr repo, QString dir) : m_repo(std::move(repo)), m_dir(std::move(dir)) {}

QString Repository::display() const
{
    QString dir = m_dir;
    if (dir.size() > 1 && dir.endsWith(QLatin1Char('/')))
        dir.chop(1);
    return dir;
}

Status Repository::reopen()
{
    const QByteArray path = QFile::encodeName(m_dir);
    git_repository* raw = nullptr;
    if (git_repository_open_ext(&raw, path.constData(),
                                GIT_REPOSITORY_OPEN_NO_SEARCH | GIT_REPOSITORY_OPEN_NO_DOTGIT, nullptr) < 0)
        return Status::fail(lastGitMessage());
    m_repo.reset(raw);
    return Status::ok();
}

} // namespace summit::sync::detail
