#pragma once
// The contacts of one account as the account view lists them: the contact's
// own fields, its org unit's name, who on the team covers it best, and when
// someone last met it (the newest follow-up whose contact_ids names it).
//
// Three queries per account, each an indexed range: contacts by account_id,
// coverage by account_id, and the account's follow-ups by (account_id, at)
// with each contact list expanded once through json_each.

#include "Result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <vector>

namespace summit {
class Database;
}

namespace summit::query {

struct ContactRow
{
    QString id, name, title, orgUnitId, orgUnitName, decisionRole, stance, phone, mobile, email;
    int influence = 0; // 1..5; 0 = not set
    bool left = false; // status "left": no longer at the customer
    // The best coverage level among team members ("brief", "working" or
    // "trusted"; empty when nobody covers the contact) and who holds it, by name.
    QString coverageLevel;
    QStringList coveredBy;
    // Stored UTC time of the newest follow-up naming the contact up to the end
    // of `today` (planned follow-ups do not count); empty if none.
    QString lastContacted;
};

struct ContactListOptions
{
    QDate today;       // local calendar date (invalid: the current date)
    QString orgUnitId; // only the contacts of this org unit (empty: all)
};

// Contacts of the account not in the trash, by name.
Result<std::vector<ContactRow>> listContacts(Database& db, const QString& accountId,
                                             const ContactListOptions& options = {});

// Rank of a coverage level: none/unknown 0, brief 1, working 2, trusted 3.
int coverageRank(const QString& level);

} // namespace summit::query
