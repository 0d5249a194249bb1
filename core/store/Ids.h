#pragma once
// Record and replica ids, created on the device. Record ids are UUIDv7: time
// ordered (good locality in SQLite's b-trees) and random (no collisions
// between replicas, unlike auto-increment integers).

#include <QString>
#include <functional>

namespace summit::ids {

QString newId();        // UUIDv7 in canonical 8-4-4-4-12 lower-case form
QString newReplicaId(); // 16 lower-case hex characters
bool looksLikeId(const QString& text);
// A name-based id (UUIDv5 under Summit's namespace): the same name gives the same
// id on every replica, so records that several laptops make for the same reason
// (a rule's task for one account and trigger) are one record once they sync.
QString nameId(const QString& name);

// Tests and the demo generator make ids deterministic with a seeded source.
// Pass an empty function to go back to the system's random source.
void setRandomSource(std::function<quint64()> source, std::function<qint64()> millis = {});

} // namespace summit::ids
