#include "GitNetworkRemote.h"

#include "GitErrors.h"

#include <QCoreApplication>

namespace summit::sync::detail {

namespace {

const char kFetchRefspec[] = "+refs/heads/summit/*:refs/remotes/team/summit/*";

// libgit2 1.5's git:// transport leaks its stream when a receive-pack connection fails
// (about 200 bytes a time), and an upload-pack connection does not: a push to git://
// first lists the refs, so that an unreachable daemon is reported without the leak.
bool probeBeforePush(const QString& url)
{
    return url.startsWith(QLatin1String("git://"), Qt::CaseInsensitive);
}

} // namespace

NetworkRemote::NetworkRemote(Repository& local, QString url, const Credentials& credentials,
                             UntrustedHost& untrusted)
    : m_local(local), m_url(std::move(url)), m_credentials(credentials), m_untrusted(untrusted)
{}

// An in-memory remote (nothing is written to the repository's config), or a message
// saying why the address is unusable, without the credentials.
Result<RemotePtr> NetworkRemote::create() const
{
    git_remote_create_options options;
    git_remote_create_options_init(&options, GIT_REMOTE_CREATE_OPTIONS_VERSION);
    options.repository = m_local.get();
    options.name = nullptr;
    options.flags = GIT_REMOTE_CREATE_SKIP_INSTEADOF | GIT_REMOTE_CREATE_SKIP_DEFAULT_FETCHSPEC;
    const QByteArray u = m_url.toUtf8();
    git_remote* remote = nullptr;
    if (git_remote_create_with_opts(&remote, u.constData(), &options) < 0)
        return failure(QCoreApplication::translate("Sync", "%1 is not a usable remote address: %2")
                           .arg(displayUrl(m_url), scrub(lastGitMessage(), m_credentials)));
    return RemotePtr(remote);
}

// networkError(), remembering a refused ssh host key.
Error NetworkRemote::failed(int code, const RemoteCallbacks& callbacks)
{
    if (callbacks.trouble().sshHostKey)
        m_untrusted = callbacks.untrustedHost();
    return networkError(code, callbacks.trouble(), m_url, m_credentials);
}

Result<PushOutcome> NetworkRemote::push(const QString& ref)
{
    if (probeBeforePush(m_url)) {
        if (const auto reachable = listRefs(); !reachable)
            return reachable.error();
    }
    auto created = create();
    if (!created)
        return created.error();
    const RemotePtr remote = std::move(created).value();
    m_untrusted = {};
    RemoteCallbacks callbacks(m_credentials, m_url);
    git_push_options options;
    git_push_options_init(&options, GIT_PUSH_OPTIONS_VERSION);
    callbacks.install(&options.callbacks, true);
    options.proxy_opts.type = GIT_PROXY_AUTO;
    options.pb_parallelism = 1;

    // "ref:ref" — no '+': never a forced update.
    QByteArray refspec = ref.toUtf8() + ':' + ref.toUtf8();
    char* specs[] = {refspec.data()};
    const git_strarray array = {specs, 1};
    const int rc = git_remote_push(remote.get(), &array, &options);
    if (rc == GIT_ENONFASTFORWARD)
        return PushOutcome::Rejected;
    if (rc < 0)
        return failed(rc, callbacks);
    return outcome(callbacks, ref);
}

// What the server said of the pushed ref.
Result<PushOutcome> NetworkRemote::outcome(const RemoteCallbacks& callbacks, const QString& ref) const
{
    if (callbacks.refRejected()) {
        if (isNonFastForwardStatus(callbacks.refStatus()))
            return PushOutcome::Rejected;
        return failure(QCoreApplication::translate("Sync", "The server %1 refused the update of %2: %3")
                           .arg(displayUrl(m_url), ref, scrub(callbacks.refStatus(), m_credentials)));
    }
    if (callbacks.negotiated() && callbacks.upToDate())
        return PushOutcome::UpToDate;
    return PushOutcome::Pushed;
}

Status NetworkRemote::fetch()
{
    auto created = create();
    if (!created)
        return created.error();
    const RemotePtr remote = std::move(created).value();
    m_untrusted = {};
    RemoteCallbacks callbacks(m_credentials, m_url);
    git_fetch_options options;
    git_fetch_options_init(&options, GIT_FETCH_OPTIONS_VERSION);
    callbacks.install(&options.callbacks);
    options.prune = GIT_FETCH_PRUNE;
    options.update_fetchhead = 0;
    options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE;
    options.proxy_opts.type = GIT_PROXY_AUTO;

    QByteArray refspec(kFetchRefspec);
    char* specs[] = {refspec.data()};
    const git_strarray array = {specs, 1};
    if (const int rc = git_remote_fetch(remote.get(), &array, &options, "summit: fetch"); rc < 0)
        return failed(rc, callbacks);
    return Status::ok();
}

Result<QStringList> NetworkRemote::listRefs()
{
    auto created = create();
    if (!created)
        return created.error();
    const RemotePtr remote = std::move(created).value();
    m_untrusted = {};
    RemoteCallbacks callbacks(m_credentials, m_url);
    git_remote_connect_options options;
    git_remote_connect_options_init(&options, GIT_REMOTE_CONNECT_OPTIONS_VERSION);
    callbacks.install(&options.callbacks);
    options.proxy_opts.type = GIT_PROXY_AUTO;
    // libgit2 1.5 has no connect timeout: an unreachable host holds this call (and push
    // and fetch) for the system's TCP timeout, which is why rounds run off the UI thread.
    int rc = git_remote_connect_ext(remote.get(), GIT_DIRECTION_FETCH, &options);
    QStringList names;
    if (rc == 0) {
        const git_remote_head** heads = nullptr;
        size_t count = 0;
        rc = git_remote_ls(&heads, &count, remote.get());
        for (size_t i = 0; rc == 0 && i < count; ++i) {
            if (qstrncmp(heads[i]->name, "refs/", 5) == 0) // not HEAD
                names << QString::fromUtf8(heads[i]->name);
        }
    }
    if (rc < 0) {
        const Error error = failed(rc, callbacks);
        git_remote_disconnect(remote.get());
        return error;
    }
    git_remote_disconnect(remote.get());
    names.sort();
    return names;
}

} // namespace summit::sync::detail
