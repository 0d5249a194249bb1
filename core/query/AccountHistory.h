#pragma once
// The audit history of a whole account: every operation on the account and on
// its records (units, contacts, links, coverage, opportunities, buying roles,
// follow-ups, tasks), newest first, a page at a time, with old → new values
// ready to read (enum labels, money, dates, names for references).
//
// It scales with the account, not with the book: the account's record ids come
// from the account_id indexes of the materialised tables (deleted records
// included), their operations from op_fields' primary key (entity_id, …), and
// only the operations of the requested page are resolved further.
//
// Errors are values (Result), as everywhere in core.

#include "Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <vector>

namespace summit {
class Database;
}

namespace summit::query {

struct HistoryChange
{
    QString field;
    QVariant oldValue, newValue; // as stored; null when unset
    QString oldText, newText;    // as they read on screen (names for references)
};

struct AccountHistoryEntry
{
    qint64 op = 0; // local order of arrival (ops.n)
    quint64 hlc = 0;
    QString replica;
    QDateTime at; // UTC wall time of the operation (from its clock value)
    QString authorId, authorName;
    // "create" (the record's first operation), "set", "move", "delete" or "restore".
    QString kind;
    QString entity, entityId;
    QString title;                      // what names the record now, e.g. the contact's name
    bool recordDeleted = false;         // the record is in the trash now
    std::vector<HistoryChange> changes; // fields written by create, set and move
};

// Ids of the account and of every record that belongs to it, deleted ones too.
Result<QStringList> accountRecordIds(Database& db, const QString& accountId);

// Operations on `recordIds`, newest first (by clock value, then replica), the
// operations [offset, offset + limit).
Result<std::vector<AccountHistoryEntry>> recordsHistory(Database& db, const QStringList& recordIds,
                                                        int offset, int limit);

// Ids of the account and of those of its records that can have one of its
// `count` newest operations (by each record's newest clock value).
Result<QStringList> recentRecordIds(Database& db, const QString& accountId, int count);

// The account's operations [offset, offset + limit), newest first. Reads only
// the records that can hold them, so the first pages of an account with
// thousands of follow-ups cost about as much as those of a small one.
Result<std::vector<AccountHistoryEntry>> accountHistory(Database& db, const QString& accountId, int offset,
                                                        int limit);

} // namespace summit::query
