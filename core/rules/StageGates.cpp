#include "rules/StageGates.h"

#include "CoreText.h"
#include "model/Schema.h"
#include "rules/Rules.h"
#include "store/Database.h"

#include <QSet>
#include <algorithm>

namespace summit::rules {

const QString kBuyingCenter = QStringLiteral("buying_roles");

namespace {

StageGate shipped(const char* id, const char* entity, const char* stage, QStringList needs)
{
    StageGate g;
    g.id = QString::fromLatin1(id);
    g.appliesTo = QString::fromLatin1(entity);
    g.stage = QString::fromLatin1(stage);
    g.needs = std::move(needs);
    g.builtIn = true;
    return g;
}

bool emptyValue(const QVariant& v)
{
    return v.isNull() || v.toString().trimmed().isEmpty();
}

} // namespace

std::vector<StageGate> defaultGates()
{
    // Seed 002: past qualification an opportunity carries its expected amount and close date; from
    // the proposal on, its competitors and the people of its decision chain too. An account in
    // active pursuit has an account manager and a tier; one about to sign, what a contract needs.
    const QStringList value = {QStringLiteral("amount"), QStringLiteral("expected_close")};
    const QStringList full = value + QStringList{QStringLiteral("competitors"), kBuyingCenter};
    return {
        shipped("00000000-0000-7000-8002-000000000001", "opportunity", "develop", value),
        shipped("00000000-0000-7000-8002-000000000002", "opportunity", "propose", full),
        shipped("00000000-0000-7000-8002-000000000003", "opportunity", "negotiate", full),
        shipped("00000000-0000-7000-8002-000000000004", "opportunity", "commit", full),
        shipped("00000000-0000-7000-8002-000000000005", "account", "opportunity",
                {QStringLiteral("am_id"), QStringLiteral("tier")}),
        shipped("00000000-0000-7000-8002-000000000006", "account", "closing",
                {QStringLiteral("am_id"), QStringLiteral("credit_code"), QStringLiteral("invoice_title")}),
    };
}

Result<std::vector<StageGate>> loadGates(Database& db)
{
    auto rows =
        db.rows(QStringLiteral("SELECT id, deleted, applies_to, stage, requires, enabled FROM stage_gates"));
    if (!rows)
        return rows.error();
    std::vector<StageGate> out = defaultGates();
    QSet<QString> trashed;
    for (const QVariantList& r : rows.value()) {
        const QString id = r[0].toString();
        auto it = std::find_if(out.begin(), out.end(), [&](const StageGate& g) { return g.id == id; });
        if (r[1].toInt() != 0) {
            // A shipped gate cannot be removed, only switched off: its record in the trash (the
            // undo of its first edit) takes it back to the shipped values, as for rules.
            if (it == out.end())
                trashed.insert(id);
            continue;
        }
        if (it == out.end()) {
            out.push_back({});
            it = out.end() - 1;
            it->id = id;
        }
        if (!r[2].isNull())
            it->appliesTo = r[2].toString();
        if (!r[3].isNull())
            it->stage = r[3].toString();
        if (!r[4].isNull()) // "-": nothing required (an empty text would read as "not set")
            it->needs =
                r[4].toString() == QLatin1String("-") ? QStringList() : splitList(r[4].toString(), false);
        if (!r[5].isNull())
            it->enabled = r[5].toInt() != 0;
    }
    out.erase(
        std::remove_if(out.begin(), out.end(), [&](const StageGate& g) { return trashed.contains(g.id); }),
        out.end());
    return out;
}

QString requirementLabel(const QString& entity, const QString& item)
{
    if (item == kBuyingCenter)
        return CoreText::tr("people in the buying center");
    return model::fieldLabel(entity, item);
}

QString checkGate(const StageGate& g)
{
    const model::EntityDef* def = model::entity(g.appliesTo);
    if (!def || (g.appliesTo != QLatin1String("opportunity") && g.appliesTo != QLatin1String("account")))
        return CoreText::tr("A stage gate is for opportunities or accounts, not \"%1\".").arg(g.appliesTo);
    if (!def->field(u"stage")->enumValues.contains(g.stage))
        return CoreText::tr("\"%1\" is not a stage of %2.").arg(g.stage, model::entityLabel(g.appliesTo));
    for (const QString& item : g.needs)
        if (!(item == kBuyingCenter && g.appliesTo == QLatin1String("opportunity")) && !def->field(item))
            return CoreText::tr("%1 has no field \"%2\" to require.")
                .arg(model::entityLabel(g.appliesTo), item);
    return {};
}

QString checkStageGate(Database& db, const QString& entity, const QString& id, const FieldValues& change)
{
    if (entity != QLatin1String("opportunity") && entity != QLatin1String("account"))
        return {};
    QString stage;
    bool setsStage = false;
    for (const auto& [field, value] : change)
        if (field == QLatin1String("stage")) {
            setsStage = true;
            stage = value.toString();
        }
    if (!setsStage || stage.isEmpty())
        return {};
    const model::EntityDef* def = model::entity(entity);
    auto current = db.rows(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(def->table), {id});
    if (!current)
        return current.message();
    QVariantMap record;
    QString before;
    if (!current.value().empty()) {
        auto names =
            db.rows(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(def->table));
        if (!names)
            return names.message();
        for (size_t i = 0; i < names.value().size(); ++i)
            record.insert(names.value()[i][0].toString(), current.value().front()[int(i)]);
        before = record.value(QStringLiteral("stage")).toString();
    }
    if (before == stage)
        return {}; // not a move: a record already in the stage is not held back by an edit
    for (const auto& [field, value] : change)
        record.insert(field, value);
    auto gates = loadGates(db);
    if (!gates)
        return gates.message();
    QStringList missing;
    for (const StageGate& g : gates.value()) {
        if (!g.enabled || g.appliesTo != entity || g.stage != stage || !checkGate(g).isEmpty())
            continue;
        for (const QString& item : g.needs) {
            bool lacking = false;
            if (item == kBuyingCenter)
                lacking = db.scalar(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM buying_roles WHERE "
                                                   "opportunity_id = ? AND deleted = 0)"),
                                    {id})
                              .toInt() != 0;
            else
                lacking = emptyValue(record.value(item));
            const QString label = requirementLabel(entity, item);
            if (lacking && !missing.contains(label))
                missing << label;
        }
    }
    if (missing.isEmpty())
        return {};
    const QString title = record.value(def->titleField).toString();
    return CoreText::tr("%1 cannot enter the stage %2 yet: first fill in %3.")
        .arg(title.isEmpty() ? model::entityLabel(entity) : title, model::enumLabel(u"stage", stage),
             missing.join(CoreText::tr(", ", "between the items of a list in a sentence")));
}

} // namespace summit::rules
