#pragma once
// What the store suites share (test_store.cpp, the local write path;
// test_store_merge.cpp, integrating remote operations; test_admission.cpp).

#include "QtDoctest.h"
#include "StoreFixture.h"
#include "export/CanonicalExport.h"

#include <QBuffer>
#include <QMap>

namespace summit::storetest {

// The canonical export of the store's state: equal exports, equal states.
inline QByteArray exportOf(Store& store)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(writeCanonicalJson(store.reader(), buffer));
    return buffer.data();
}
inline qint64 opCount(Store& store)
{
    return qint64(store.operationCount());
}
inline const QString kAccount = QStringLiteral("account");
inline const QString kContact = QStringLiteral("contact");
inline const QString kUnit = QStringLiteral("org_unit");

// An operation as another replica would send it.
inline StampedOperation remote(const QString& replica, qint64 seq, quint64 hlc, Operation op,
                               QMap<QString, qint64> frontier = {})
{
    StampedOperation s;
    s.opId = QStringLiteral("%1:%2").arg(replica).arg(seq);
    s.replica = replica;
    s.seq = seq;
    s.hlc = hlc;
    s.op = std::move(op);
    s.frontier = std::move(frontier);
    return s;
}
inline int conflictCount(Store& store, const QString& kind = QStringLiteral("field"))
{
    return store.reader()
        .scalar(QStringLiteral("SELECT count(*) FROM conflicts WHERE kind = ?"), {kind})
        .toInt();
}

} // namespace summit::storetest
