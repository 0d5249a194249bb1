#pragma once
// Possible duplicates of a record being created or edited: an account with the
// same unified social credit code or the same normalised name, a contact of
// the same account with the same mobile number or email. The form offers to
// open the existing record first; an equal credit code is refused outright by
// the store.

#include "Result.h"

#include <QString>
#include <vector>

namespace summit {
class Database;
}

namespace summit::query {

// A company name reduced to what tells companies apart: full-width characters
// folded to half-width (NFKC), case and spaces dropped, "(中国)" and the legal
// form words 有限责任公司, 股份有限公司, 有限公司, 股份, 集团, 公司 removed.
// "华为技术有限公司" and "华为技术 （中国） 股份有限公司" both become "华为技术".
QString normalisedCompanyName(const QString& name);

struct DuplicateHit
{
    QString id, title;
    QString reason; // translated: "same credit code", "same name", "same mobile", "same email"
};

// Live accounts other than `excludeId` with the same credit code or normalised name.
Result<std::vector<DuplicateHit>> duplicateAccounts(Database& db, const QString& name,
                                                    const QString& creditCode, const QString& excludeId = {});
// Live contacts of `accountId` other than `excludeId` with the same mobile or email.
Result<std::vector<DuplicateHit>> duplicateContacts(Database& db, const QString& accountId,
                                                    const QString& mobile, const QString& email,
                                                    const QString& excludeId = {});

} // namespace summit::query
