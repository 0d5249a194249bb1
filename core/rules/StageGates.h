#pragma once
// Stage gates: what an opportunity or an account must hold before it may
// enter a stage (seed 002: an opportunity does not move on without its
// expected amount, close date, competitors and the people of its decision
// chain). Gates are team configuration like rules: the shipped ones live in
// code with fixed ids, a team lead's edit is a `stage_gate` record over them,
// and a team adds its own. The domain commands check them when an edit moves a
// record into a stage; the refusal names every missing item, under the field
// `stage`, so a form shows it beside the stage.

#include "Result.h"
#include "store/Operation.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace summit {
class Database;
}

namespace summit::rules {

// "buying_roles" in a gate's list: at least one person in the opportunity's buying center.
extern const QString kBuyingCenter;

struct StageGate
{
    QString id;
    QString appliesTo; // opportunity or account
    QString stage;     // the stage it guards
    QStringList needs; // fields of the record, or kBuyingCenter
    bool enabled = true;
    bool builtIn = false;
};

std::vector<StageGate> defaultGates();
// The shipped gates with the team's edits over them, then the team's own; trashed ones left out.
Result<std::vector<StageGate>> loadGates(Database& db);

// What keeps record `id` (an opportunity or account, as it would be after `change`)
// out of the stage `change` moves it into: empty when nothing does, or when the change
// does not set a stage. The message names the record, the stage and every missing item.
QString checkStageGate(Database& db, const QString& entity, const QString& id, const FieldValues& change);

// How a required item reads: the field's label, or "people in the buying center".
QString requirementLabel(const QString& entity, const QString& item);
// Why a gate cannot be kept (an unknown field or stage); empty when it can.
QString checkGate(const StageGate& gate);

} // namespace summit::rules
