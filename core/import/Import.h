#pragma once
// Importing a team's spreadsheets: a table of rows (from an XLSX sheet or a
// CSV file) becomes accounts with their org trees, org units, contacts,
// follow-ups or opportunities.
//
//   1. map   — each column feeds a field of the record type, or a reference
//              written by name (the account, the parent company, the unit,
//              the person someone reports to, a team member); headers are
//              matched from Chinese and English synonyms (autoMap);
//   2. plan  — every row is read, its values converted and checked as the
//              store checks them, matched against the database and the rows
//              before it (credit code, normalised name, mobile, email), and
//              turned into "create", "update", "skip" or "error", with every
//              problem named by row, column and reason; nothing is written;
//   3. commit — the plan's operations go through the one write path as one
//              change: one Undo removes the whole import, and it replicates
//              like any other work. A kill mid-import leaves nothing half-written
//              (the change is one transaction).
//
// Structure is inferred: on an accounts sheet, a parent-company or group
// column (also a group name merged over its subsidiaries' rows) makes the
// parent the account and the companies under it org units of its tree.

#include "Result.h"
#include "store/Store.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <vector>

namespace summit {
class Database;
}

namespace summit::import {

// What an import creates: "accounts", "orgunits", "contacts", "followups", "opportunities".
const QStringList& importTypes();
// The record type of the rows of an import type ("contacts" -> "contact"); empty if unknown.
QString recordTypeOf(const QString& importType);

// The rows of one sheet: the header row's texts, then each row's cells
// (QString, double, bool, QDate, QDateTime or null) with its row number in the file.
struct SourceRow
{
    int line = 0;
    QVariantList cells;
};
struct Table
{
    QString name; // the file and sheet, for messages
    QStringList headers;
    std::vector<SourceRow> rows;
};

// Columns feed targets. A target is a field of the record type ("title", a
// custom field's key) or a reference by name:
inline const QString kAccountRef = QStringLiteral("@account");            // the account (name or credit code)
inline const QString kParentRef = QStringLiteral("@parent");              // parent company or parent unit
inline const QString kGroupRef = QStringLiteral("@group");                // the group a company belongs to
inline const QString kUnitRef = QStringLiteral("@unit");                  // the org unit a person works in
inline const QString kReportsToRef = QStringLiteral("@reports_to");       // the person someone reports to
inline const QString kContactsRef = QStringLiteral("@contacts");          // the people a follow-up met
inline const QString kOpportunityRef = QStringLiteral("@opportunity");    // the deal a follow-up was about
inline const QString kBuyingCenterRef = QStringLiteral("@buying_center"); // a deal's people and roles

struct Target
{
    QString key;   // a field, a custom key or one of the references above
    QString label; // translated
};
// The targets a column can feed for `type`, in the order a form shows them.
std::vector<Target> targets(Database& db, const QString& type);

struct Mapping
{
    QString type;
    QStringList columns; // per column of the table: a target key, or empty (not imported)
    // {"type": …, "columns": {"header": "target", …}}: a template for the next file.
    QJsonObject toJson(const QStringList& headers) const;
    // A saved template applied to `headers` (matched by header text).
    static Result<Mapping> fromJson(const QJsonObject& json, const QStringList& headers);
};
// The columns a table export writes for `type`, in this order, each headed by
// its label: the words autoMap maps back to the same target, so an exported
// sheet imports without a mapping. The one place the export's headers are chosen.
// (A label that would map elsewhere, say a custom field called "Region", is replaced by
// the target's key.)
// An accounts sheet has no parent or group column: an account is the top of its
// tree, and the companies under it are its org units (the orgunits sheet).
std::vector<Target> exportedTargets(Database& db, const QString& type);

// An org unit in a cell (a unit's parent, a person's unit): its name, or, when
// another unit of the account has the same name, its path from the top,
// "远航集团总部 / 华东区 / 财务部"; a tail of the path ("华东区 / 财务部") does too.
inline const QString kUnitPathSeparator = QStringLiteral(" / ");
// Several people in one cell (a follow-up's contacts, a deal's buying center):
// written joined with ", " ("、" in Chinese), read split at 、 , ， ; ； or a line break.
QString joinNames(const QStringList& names);
QStringList splitNames(const QString& text);
// A person of a buying center with the role they play in the deal,
// "王建国 (Economic buyer)"; read back with the role in half- or full-width
// brackets, or without one.
QString buyingRoleText(const QString& name, const QString& roleKey);

// Matches headers to targets from their Chinese and English synonyms, the
// fields' labels and the custom fields' labels. Two columns never feed one target.
Mapping autoMap(Database& db, const QString& type, const QStringList& headers);

enum class OnDuplicate
{
    Skip,      // a match is left as it is
    Fill,      // a match gets the values of its empty fields
    Overwrite, // a match gets every value of the row
};

struct Options
{
    OnDuplicate onDuplicate = OnDuplicate::Skip;
    bool refuseAllOnError = false; // any row with an error refuses the whole import
    QDate today;                   // for messages only
    // Called every 2,000 rows while a sheet is planned (rows are visited twice: read,
    // then decided, so `total` is twice the rows); returning false stops planning,
    // and plan() answers that it was cancelled. Sheets under 2,000 rows report nothing.
    std::function<bool(qint64 done, qint64 total)> progress;
};

enum class RowAction
{
    Create,
    Update,
    Skip,
    Error,
};

struct Problem
{
    int line = 0;    // row number in the file
    int column = -1; // 0-based column, -1 for the row as a whole
    QString header;
    QString message; // translated, says what is wrong with the value
};

struct RowPlan
{
    int line = 0;
    RowAction action = RowAction::Skip;
    QString entity; // what the row is: account, org_unit, contact, …
    QString id;     // the record created or matched
    QString title;
    QString note; // translated: why skipped or updated ("same credit code as 华为技术有限公司")
};

struct Plan
{
    QString type;
    std::vector<RowPlan> rows;
    std::vector<Problem> problems;
    int created = 0, updated = 0, skipped = 0, failed = 0;
    int extraCreated = 0; // records the rows imply (a group account, an HQ unit)
    Change change;        // what commit applies
    bool refused = false; // refuseAllOnError and some row failed: nothing to commit
    // One line: "120 to create, 3 to update, 2 skipped, 1 with errors"; once
    // done: "120 created, 3 updated, 2 skipped, 1 left out with errors".
    QString summary(bool done = false) const;
};

// Reads the table under the mapping and decides every row. Writes nothing.
Result<Plan> plan(Store& store, const Table& table, const Mapping& mapping, const Options& options);
// Related sheets of one file imported together (an accounts sheet, then the
// contacts that name those accounts): `table` is planned as if the plans
// `before` it had been committed, so its rows find the records they create.
// Nothing is written.
Result<Plan> planAfter(Store& store, const std::vector<Plan>& before, const Table& table,
                       const Mapping& mapping, const Options& options);
// The plans of sheets imported together, as one change (one undo removes them
// all) labelled `label`; nothing is written if any of them is refused.
Status commitTogether(const std::vector<Plan>& plans, const QString& label,
                      const std::function<Status(const Change&)>& apply);
Status commitTogether(Store& store, const std::vector<Plan>& plans, const QString& label);

// Applies a plan as one undoable change. Refused plans and empty plans write nothing.
Status commit(Store& store, const Plan& plan);
// The same through another write path (the desktop's, which puts it on the undo stack).
Status commit(const Plan& plan, const std::function<Status(const Change&)>& apply);
// The rows with errors with the table's columns and a last column "Problem",
// ready to fix and import again: an XLSX workbook when `path` ends in .xlsx
// (the cells keep their types), else a CSV (UTF-8 with BOM, which Excel opens).
Status writeErrors(const QString& path, const Table& table, const Plan& plan);

} // namespace summit::import
