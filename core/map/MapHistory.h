#pragma once
// The decision-chain map as it was at a past instant, and what changed on it
// between two instants — for review meetings ("what changed since last time").
//
// Both read the operation log, never the materialised tables' current values:
// an operation counts as of an instant when the wall-clock part of its hybrid
// clock value is at or before that instant (in milliseconds). The past state
// is rebuilt with the store's own rules (last writer wins field by field; tree
// fields replay their moves in clock order and skip a move that would make a
// cycle or point at a unit or person that did not exist yet), into a temporary
// in-memory database with the real schema, and the unchanged map::buildMap
// runs on it. So "as of" cannot drift from "now": the map as of now equals the
// live map, and the map as of any instant equals the map of a database whose
// log was cut there and rebuilt.
//
// Errors are values (Result), as everywhere in core.

#include "Result.h"
#include "map/DecisionChainMap.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <vector>

namespace summit {
class Store;
}

namespace summit::map {

// One change on the map between two instants.
struct MapChange
{
    // What happened, a stable key (see changeKindLabel for the short label):
    //   people: "new_person", "left" (status became "left"), "returned" (status
    //   no longer "left"), "removed_person" (moved to the trash), "stance",
    //   "role" (decision role), "influence", "moved" (org unit or reports-to);
    //   units: "new_unit", "removed_unit", "unit_moved" (parent unit);
    //   links: "new_link", "removed_link", "link_changed" (kind or strength).
    QString kind;
    QString entity;   // "contact", "org_unit" or "influence_link"
    QString recordId; // the record that changed
    QString focusId;  // the map node to show: the person or unit; for a link its "from" person
    QString otherId;  // for a link: its "to" person; else empty
    QString name;     // the person or unit's name; for a link "甲 → 乙"
    QString field;    // the field that changed; empty when the record appeared or went away
    QString before;   // display values (enum labels, names of units and managers); empty when unset
    QString after;
    QDateTime at; // UTC time of the operation that made the change (the last one in the period)
    QString authorId, authorName; // who made it; may be empty (an import, the demo)
};

// Builds the account's map exactly as it was at `at`: every operation with a
// wall time at or before `at` and none after. Records created later do not
// exist; records in the trash at that time are not shown. An invalid `at`
// means now (the live map, map::buildMap on the store's tables). An invalid
// options.today becomes the local date of `at`, so freshness is counted from
// that day. Errors: an account that did not exist at `at` (or is unknown), a
// database error, and those of buildMap.
Result<DecisionChainMap> buildMapAsOf(Store& store, const QString& accountId, const QDateTime& at,
                                      const MapOptions& options);

// The changes to the account's people, units and influence links made at or
// after `since` and at or before `until` (an invalid `until` means now),
// found by comparing the two states of the map: before `since` and at `until`.
// So what was undone inside the period is not listed, and a person added and
// deleted inside it is neither new nor removed. Newest first, then by name.
Result<std::vector<MapChange>> changesSince(Store& store, const QString& accountId, const QDateTime& since,
                                            const QDateTime& until);

// Translated short label of a change kind for a mark on the chart: "new",
// "left", "stance changed", ...
QString changeKindLabel(const QString& kind);

// Marks for the chart: node id -> short label(s), e.g. "new" or "stance
// changed, role changed". Links mark both their people with "new link" or
// "link removed", unless the person has a change of their own.
QHash<QString, QString> changeMarks(const std::vector<MapChange>& changes);

} // namespace summit::map
