#pragma once
// The decision-chain map (决策链图谱) of one account as data: the org tree with
// its contacts, each with decision role, stance, influence, coverage and
// freshness, the influence links between them, the account's gaps, and a
// tidy-tree layout of it all. ui/map draws it; nothing here needs QtGui.
//
// Coordinates are "map units": one unit is one point (1/72 in) when the map is
// drawn at 100 %. Node sizes come from an estimate of the text they carry
// (estimateTextWidth), so the painter elides what does not fit instead of
// overflowing a box.
//
// Read-only SQL with bound parameters over the materialised tables; records in
// the trash never appear.

#include "Result.h"
#include "analysis/GapAnalysis.h"

#include <QDate>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <vector>

namespace summit {
class Database;
}

namespace summit::map {

struct MapOptions
{
    QDate today;               // local date the map is drawn for (invalid: the current date)
    bool contactsOnly = false; // no org unit boxes: people hang under their manager, else they are roots
    QString opportunityId;     // buying-center overlay: members are highlighted and carry their deal role
    QString memberId;          // coverage overlay: contacts this team member knows are highlighted
    QStringList stances; // keep contacts with one of these stance keys ("unknown" = no stance); empty: all
    bool keyPeopleOnly = false; // keep key people: a decision role, or an influence of 4 or 5
    // With a stance filter or keyPeopleOnly, the managers above a kept contact stay
    // too (flagged context) so the chain is visible, and org units without a
    // kept contact in their subtree are dropped.
};

enum class NodeKind
{
    Unit,
    Contact,
};

struct CoverageEntry
{
    QString memberId;
    QString memberName;
    QString level; // "brief", "working" or "trusted" ("none" rows are no coverage and not listed)
};

struct MapNode
{
    NodeKind kind = NodeKind::Unit;
    QString id;
    QString name;      // unit name / person name (first title line)
    QString detail;    // unit: translated kind label; contact: job title (second title line)
    QString unitKind;  // org unit kind key ("group_hq", "subsidiary", ...)
    QString unitId;    // contact: the org unit the person sits in
    QString role;      // decision role key, empty if none
    QString stance;    // stance key; "unknown" when not recorded
    int influence = 0; // 1..5, 0 when not recorded
    std::vector<CoverageEntry> coverage; // strongest level first, then by name
    int daysSinceFollowUp = -1; // local calendar days since the last follow-up naming them; -1: never
    bool left = false;          // status "left": has left the company
    bool highlighted = false;   // in the overlay (buying center or known to the member)
    QString dealRole;           // decision role key in the overlay opportunity's buying center
    bool context = false;       // kept only as a manager above a filtered-in contact
    bool stacked = false;       // a leaf drawn in a column block under its parent (bus line on the left)
    bool hasGap = false;        // a gap of the analysis links to this record
    int health = -1;            // unit: its health score (analysis/UnitHealth.h); -1 when not scored
    QString healthBand;         // unit: "green", "amber" or "red" with a score
    int parent = -1;            // index of the parent node, -1 for a root
    QRectF rect;                // laid out, map units

    bool isContact() const { return kind == NodeKind::Contact; }
    // Covered: someone on the team knows them (brief or better).
    bool covered() const { return !coverage.empty(); }
    // Key person: holds a decision role or has influence 4 or 5.
    bool isKey() const { return !role.isEmpty() || influence >= 4; }
};

struct MapLink
{
    int from = -1; // node indexes
    int to = -1;
    QString kind;     // "influences", "trusts", "mentors", "rivals"
    int strength = 0; // 1..5, 0 when not recorded
};

struct DecisionChainMap
{
    QString accountId;
    QString accountName;
    QDate today;
    QString opportunityName; // of the buying-center overlay, if any
    QString memberName;      // of the coverage overlay, if any
    int staleDays = 60;      // a key person last seen more than this many days ago is stale
    std::vector<MapNode> nodes;
    std::vector<MapLink> links;
    std::vector<analysis::Gap> gaps;
    QRectF bounds; // of all node rects; starts at (0, 0)

    int indexOf(const QString& id) const; // node index of a unit or contact id, -1 if not on the map
    int contactCount() const;
    int unitCount() const;
};

// Sizes shared by the model (layout) and the painter, in map units.
namespace metrics {
inline constexpr double nameFont = 13;   // person / unit name, bold
inline constexpr double textFont = 10;   // title, kind label, badges
inline constexpr double smallFont = 8.5; // initials, freshness
inline constexpr double padding = 8;
inline constexpr double contactHeight = 78;
inline constexpr double unitHeight = 46;
inline constexpr double minContactWidth = 132;
inline constexpr double maxContactWidth = 210;
inline constexpr double minUnitWidth = 120;
inline constexpr double maxUnitWidth = 260;
inline constexpr double dotsWidth = 38;  // five influence dots
inline constexpr double stackSpine = 14; // left margin of a column of stacked cards for its bus line
inline constexpr double stackColumnGap = 12;
inline constexpr double stackRowGap = 10;
inline constexpr double levelGap = 44;
inline constexpr double siblingGap = 16;
inline constexpr double subtreeGap = 28;
} // namespace metrics

// Estimated advance of `text` at font size `size`: CJK and full-width
// characters one em, Latin letters and digits about half of one.
double estimateTextWidth(QStringView text, double size);

// Lays out `map.nodes` again from their parents and sizes (rect width and
// height), as buildMap does: leaf people under one parent stacked in columns,
// the rest as a tidy tree; sets every rect and `bounds`. Parents must come
// before their children in `nodes` (buildMap's pre-order, kept by any subset).
// The view uses it after hiding collapsed subtrees or everything outside a focus.
void layoutMap(DecisionChainMap& map);

// Builds the map of one account. Errors: an unknown account, an opportunity
// that is not the account's, an unknown team member, a database error.
Result<DecisionChainMap> buildMap(Database& db, const QString& accountId, const MapOptions& options);

} // namespace summit::map
