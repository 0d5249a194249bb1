#pragma once
// The account list as a read-only, paged query: one row per live account with
// its master data and a few computed columns (last follow-up, next action due,
// open pipeline, number of contacts). Built for a lazy item model: count once,
// then fetch pages by offset and limit; computed columns are correlated
// subqueries evaluated only for the rows of the page, except when the list is
// sorted by one of them (then every matching account computes its sort key).
//
// Errors are values (Result), per core/Result.h.

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>
#include <utility>
#include <vector>

namespace summit {
class Database;
}

namespace summit::query {

// The columns of the list, in their default order.
enum class AccountColumn
{
    Name,
    Tier,
    Stage,
    Owner, // the account manager (accounts.am_id), shown by name
    Region,
    Industry,
    LastFollowUp,
    NextActionDue,
    OpenPipeline,
    Contacts,
};
inline constexpr int kAccountColumnCount = 10;

struct AccountFilter
{
    // Each set narrows the list to accounts whose value is one of its members
    // (the empty string: accounts without a value); an empty set does not narrow.
    QSet<QString> tiers, owners, stages, regions, industries; // owners: member ids (accounts.am_id)
    bool mine = false;                                        // the user is the account's AM, SA or DE
    bool overdue = false; // the account has an open task due before `today`
    QString text;         // plain substring of the name or the short name
    // Only these accounts, when set (the accounts behind a figure of the dashboard); the other
    // conditions still apply; an empty list matches nothing. Never part of a saved filter.
    std::optional<QStringList> only;

    // Context of `mine` and `overdue`, filled in by the caller at query time
    // from the workspace; not part of what a user saves as a filter.
    QString me;
    QDate today;

    bool operator==(const AccountFilter& o) const
    {
        return tiers == o.tiers && owners == o.owners && stages == o.stages && regions == o.regions &&
               industries == o.industries && mine == o.mine && overdue == o.overdue && text == o.text &&
               me == o.me && today == o.today && only == o.only;
    }
};

struct AccountSort
{
    AccountColumn column = AccountColumn::Name;
    bool descending = false;
};

struct AccountRow
{
    QString id, name, shortName;
    QString tier, stage; // enum keys ("S", "service"); empty when not set
    QString ownerId, ownerName;
    QString region, industry;
    QDateTime lastFollowUp;  // UTC; invalid when the account has no follow-up
    QDate nextActionDue;     // earliest due date of an open task; invalid when none
    qint64 openPipeline = 0; // minor units (分) of the open opportunities
    int contacts = 0;
    QVariantMap custom; // custom field key -> value (live definitions only)
};

// Distinct values present among the live accounts, for the filter bar.
// Each list ends with an empty key when some live account has no value there: in a filter's set,
// the empty key keeps the accounts without one ("no tier").
struct AccountFacets
{
    QStringList tiers, stages;                       // in the schema's order (S, A, B, C)
    std::vector<std::pair<QString, QString>> owners; // member id, name; by name
    QStringList regions, industries;                 // alphabetical
};

Result<int> countAccounts(Database& db, const AccountFilter& filter);
// At most `limit` rows starting at `offset` in the order of `sort`; ties are
// broken by id, so consecutive pages neither repeat nor skip a row. Accounts
// with no value in the sort column (no follow-up, no tier, …) come last in
// both directions.
Result<std::vector<AccountRow>> fetchAccounts(Database& db, const AccountFilter& filter, AccountSort sort,
                                              int offset, int limit);
Result<AccountFacets> accountFacets(Database& db);

} // namespace summit::query
