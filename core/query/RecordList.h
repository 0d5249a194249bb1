#pragma once
// Pages of one record type (opportunities, tasks, follow-ups) for the record
// lists of the navigation, with the account's name and the responsible team
// member's name joined in. Paging is by key ("the rows after this one" in the
// sort order, the id breaking ties), so page 500 costs what page 1 costs.
//
// Read-only; errors are values (Result), as everywhere in core.

#include "Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>
#include <optional>
#include <vector>

namespace summit {
class Database;
}

namespace summit::query {

// The sort key that stands for the joined account name.
inline const QString kAccountNameKey = QStringLiteral("account_name");
// The joined name of the member in memberField().
inline const QString kMemberNameKey = QStringLiteral("member_name");

struct RecordListFilter
{
    QString entity;     // "opportunity", "task", "followup", …
    QVariantMap equals; // field -> value, all must match (stage, status, type)
    QString member;     // only records of this member (see memberField), if set
    QString sortKey;    // a field of the entity or kAccountNameKey; empty = the title field
    bool descending = false;
    // Only these records, when set (the records behind a figure of the
    // dashboard); the other conditions still apply. An empty list matches nothing.
    std::optional<QStringList> only;
};

// The field that says whose a record is: a task's assignee, a follow-up's
// author, an opportunity's, contract's or service request's owner. Empty for
// types without one (receivables and surveys are their account's).
QString memberField(const QString& entity);

// Where the previous page ended: the last row's sort value and id.
struct PageCursor
{
    bool valid = false; // false = from the start
    QVariant sortValue;
    QString id;
};

// The cursor after `lastRow` (a row returned by recordPage) under `filter`.
PageCursor cursorAfter(const RecordListFilter& filter, const QVariantMap& lastRow);

// Up to `limit` rows after `after`, each a field -> value map (nulls left out)
// with kAccountNameKey and kMemberNameKey added. Records in the trash are left out.
Result<std::vector<QVariantMap>> recordPage(Database& db, const RecordListFilter& filter,
                                            const PageCursor& after, int limit);

// How many records `filter` lists (for a progress bar).
Result<int> countRecords(Database& db, const RecordListFilter& filter);

} // namespace summit::query
