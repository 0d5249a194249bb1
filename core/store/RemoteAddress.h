#pragma once
// A team remote's address as a person types it may carry a user name and an
// access token (https://name:token@host/team.git). The token is never stored
// with the address, shown or printed: it is taken out, and kept with the
// credentials (the system keychain; summit-cli reads SUMMIT_GIT_TOKEN).

#include <QString>

namespace summit::remote {

struct Address
{
    QString url;      // what is stored and shown: the address without its user name and token
    QString username; // from the address (percent-decoded), when it had a token
    QString secret;   // the token or password it carried (percent-decoded); empty: none
};

// `typed` split as above. An address without a password (ssh, user@host:path, a folder,
// https://host/team.git, https://name@host/team.git) comes back as typed, trimmed.
Address split(const QString& typed);

// `text` with `secret`, as typed and percent-encoded, replaced by "***": for a message that
// may quote the address or a server's answer. `text` as it is when `secret` is empty.
QString scrub(const QString& text, const QString& secret);

} // namespace summit::remote
