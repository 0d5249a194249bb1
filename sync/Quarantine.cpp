#include "sync/Quarantine.h"

#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace summit::sync {

namespace {

const QString kKey = QStringLiteral("sync.quarantine");

Status save(Store& store, const std::vector<QuarantinedBatch>& list)
{
    if (list.empty())
        return store.setLocalValue(kKey, QString());
    QJsonArray rows;
    for (const QuarantinedBatch& q : list)
        rows.append(QJsonObject{{QStringLiteral("replica"), q.replica},
                                {QStringLiteral("commit"), q.commit},
                                {QStringLiteral("reason"), q.reason},
                                {QStringLiteral("since"), q.since.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("last_try"), q.lastTry.toString(Qt::ISODateWithMs)}});
    return store.setLocalValue(kKey, QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
}

} // namespace

std::vector<QuarantinedBatch> quarantined(Store& store)
{
    std::vector<QuarantinedBatch> list;
    const QByteArray text = store.localValue(kKey).toString().toUtf8();
    for (const QJsonValue& v : QJsonDocument::fromJson(text).array()) {
        const QJsonObject o = v.toObject();
        QuarantinedBatch q;
        q.replica = o.value(QStringLiteral("replica")).toString();
        q.commit = o.value(QStringLiteral("commit")).toString();
        q.reason = o.value(QStringLiteral("reason")).toString();
        q.since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs);
        q.lastTry = QDateTime::fromString(o.value(QStringLiteral("last_try")).toString(), Qt::ISODateWithMs);
        if (!q.replica.isEmpty())
            list.push_back(std::move(q));
    }
    return list;
}

Status quarantine(Store& store, const QString& replica, const QString& commit, const QString& reason,
                  const QDateTime& now)
{
    std::vector<QuarantinedBatch> list = quarantined(store);
    QuarantinedBatch entry{replica, commit, reason, now.toUTC(), now.toUTC()};
    bool found = false;
    for (QuarantinedBatch& q : list) {
        if (q.replica != replica)
            continue;
        if (q.commit == commit && q.since.isValid())
            entry.since = q.since; // the same batch, refused again
        q = entry;
        found = true;
    }
    if (!found)
        list.push_back(entry);
    return save(store, list);
}

Status release(Store& store, const QString& replica)
{
    std::vector<QuarantinedBatch> list = quarantined(store);
    const auto before = list.size();
    std::erase_if(list, [&](const QuarantinedBatch& q) { return q.replica == replica; });
    return list.size() == before ? Status() : save(store, list);
}

} // namespace summit::sync
