#include "store/History.h"

#include "store/Merge.h"
#include "store/OperationLog.h"
#include "store/Store.h"

#include <algorithm>

namespace summit {

Result<std::vector<HistoryEntry>> recordHistory(Store& store, const QString& id)
{
    auto writes = OperationLog(store.reader()).writesOf(id); // field by field, oldest first
    if (!writes)
        return writes.error();
    std::vector<HistoryEntry> out;
    out.reserve(writes.value().size());
    QString lastField;
    QVariant previous;
    for (const AuthoredWrite& w : writes.value()) {
        HistoryEntry e;
        e.field = w.write.field;
        e.newValue = w.write.value;
        e.hlc = w.write.hlc;
        e.replica = w.write.replica;
        e.author = w.author;
        e.kind = w.kind;
        e.authorName = w.authorName;
        if (e.field != lastField) {
            previous = QVariant();
            lastField = e.field;
        }
        e.oldValue = previous;
        previous = e.newValue;
        out.push_back(std::move(e));
    }
    std::stable_sort(out.begin(), out.end(), [](const HistoryEntry& a, const HistoryEntry& b) {
        return a.hlc != b.hlc ? a.hlc > b.hlc : a.replica > b.replica;
    });
    return out;
}

Result<QVariantMap> recordAsOf(Store& store, const QString& id, quint64 untilHlc)
{
    QVariantMap row;
    QHash<QString, WriteStamp> winner;
    const Status s = OperationLog(store.reader()).writesUntil(id, untilHlc, [&](const FieldWrite& w) {
        auto it = winner.find(w.field);
        if (it != winner.end() && !merge::newerThan(w.hlc, w.replica, it->hlc, it->replica))
            return;
        winner.insert(w.field, {w.hlc, w.replica});
        row.insert(w.field, w.value);
    });
    if (!s)
        return s.error();
    return row;
}

Result<FieldWriter> lastWriter(Database& db, const QString& id, const QString& field)
{
    auto last = OperationLog(db).lastWrite(id, field);
    if (!last)
        return last.error();
    FieldWriter w;
    if (last.value()) {
        w.author = last.value()->author;
        w.hlc = last.value()->write.hlc;
    }
    return w;
}

Result<quint64> lastWriteClock(Database& db, const QString& id, const QString& field)
{
    return OperationLog(db).lastWriteClock(id, field);
}

} // namespace summit
