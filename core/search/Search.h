#pragma once
// Search over accounts, org units, contacts, opportunities and follow-ups:
// English words, Chinese of any length, pinyin and initials, ranked.

#include "Result.h"

#include <QString>
#include <vector>

namespace summit {

class Database;

struct SearchHit
{
    QString entity; // record type
    QString id;
    QString accountId;
    QString title;
    QString snippet;
    double rank = 0; // lower is better (bm25)
};

struct SearchOptions
{
    int limit = 50;
    QString entity;    // only this record type, if set
    QString accountId; // only within this account, if set
};

Result<std::vector<SearchHit>> searchRecords(Database& db, const QString& text,
                                             const SearchOptions& options = {});

} // namespace summit
