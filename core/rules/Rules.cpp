#include "rules/Rules.h"

#include "CoreText.h"
#include "model/Schema.h"
#include "store/Database.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace summit::rules {

namespace {

const QString kAm = QStringLiteral("am");
const QString kSa = QStringLiteral("sa");
const QString kDe = QStringLiteral("de");
const QString kLead = QStringLiteral("team_lead");

Rule shipped(const char* id, const char* name, const char* condition, int threshold, QStringList tiers,
             QStringList roles, int dueIn, const char* unit, int escalate, int position)
{
    Rule r;
    r.id = QString::fromLatin1(id);
    r.name = CoreText::tr(name);
    r.condition = QString::fromLatin1(condition);
    r.threshold = threshold;
    r.tiers = std::move(tiers);
    r.roles = std::move(roles);
    r.dueIn = dueIn;
    r.dueUnit = QString::fromLatin1(unit);
    r.escalateDays = escalate;
    r.position = position;
    r.builtIn = true;
    return r;
}

QString joinWords(const QStringList& words, const QString& last)
{
    if (words.size() <= 1)
        return words.value(0);
    return CoreText::tr("%1 %2 %3", "a list: A, B and C")
        .arg(words.mid(0, words.size() - 1)
                 .join(CoreText::tr(", ", "between the items of a list in a sentence")),
             last, words.last());
}

QString scopePhrase(const Rule& r)
{
    QString s;
    if (r.tiers.isEmpty())
        s = CoreText::tr("an account");
    else
        s = CoreText::tr("a tier %1 account").arg(joinWords(r.tiers, CoreText::tr("or")));
    if (!r.region.isEmpty())
        s = CoreText::tr("%1 in %2", "an account in a region").arg(s, r.region);
    if (!r.industry.isEmpty())
        s = CoreText::tr("%1 in the %2 industry").arg(s, r.industry);
    if (!r.memberId.isEmpty())
        s = CoreText::tr("%1 of one team member").arg(s);
    if (!r.tag.isEmpty())
        s = CoreText::tr("%1 tagged %2", "an account tagged 央企").arg(s, r.tag);
    return s;
}

} // namespace

const QStringList& ruleRoles()
{
    static const QStringList roles = {kAm, kSa, kDe, kLead};
    return roles;
}

QString roleLabel(const QString& role)
{
    if (role == kAm)
        return CoreText::tr("its account manager");
    if (role == kSa)
        return CoreText::tr("its solution architect");
    if (role == kDe)
        return CoreText::tr("its delivery expert");
    if (role == kLead)
        return CoreText::tr("the team lead");
    return role;
}

bool usesHealth(const QString& condition)
{
    return condition == QLatin1String("health_below") || condition == QLatin1String("health_drop");
}

QString thresholdUnit(const QString& condition)
{
    if (usesHealth(condition) || condition == QLatin1String("detractor"))
        return QStringLiteral("points");
    if (condition == QLatin1String("severe_request"))
        return QStringLiteral("hours");
    if (condition == QLatin1String("key_person_left"))
        return QString();
    return QStringLiteral("days");
}

std::vector<Rule> defaultRules()
{
    // Seed 002: A accounts followed up weekly, B monthly, C quarterly; seed 003: at-risk accounts
    // called within 24 hours with the director told; the rest from the list of conditions.
    const QStringList am = {kAm};
    const QStringList amLead = {kAm, kLead};
    return {
        shipped("00000000-0000-7000-8001-000000000001",
                QT_TRANSLATE_NOOP("summit::core", "Key account gone quiet"), "quiet", 7,
                {QStringLiteral("S"), QStringLiteral("A")}, amLead, 0, "workdays", 3, 1),
        shipped("00000000-0000-7000-8001-000000000002",
                QT_TRANSLATE_NOOP("summit::core", "B account gone quiet"), "quiet", 30, {QStringLiteral("B")},
                am, 2, "workdays", 0, 2),
        shipped("00000000-0000-7000-8001-000000000003",
                QT_TRANSLATE_NOOP("summit::core", "C account gone quiet"), "quiet", 90, {QStringLiteral("C")},
                am, 5, "workdays", 0, 3),
        shipped("00000000-0000-7000-8001-000000000004", QT_TRANSLATE_NOOP("summit::core", "Churn risk"),
                "health_below", 40, {QStringLiteral("S"), QStringLiteral("A"), QStringLiteral("B")}, amLead,
                24, "hours", 2, 4),
        shipped("00000000-0000-7000-8001-000000000005", QT_TRANSLATE_NOOP("summit::core", "Health falling"),
                "health_drop", 15, {QStringLiteral("S"), QStringLiteral("A")}, am, 2, "workdays", 0, 5),
        shipped("00000000-0000-7000-8001-000000000006", QT_TRANSLATE_NOOP("summit::core", "Renewal due"),
                "contract_ending", 90, {}, am, 5, "workdays", 0, 6),
        shipped("00000000-0000-7000-8001-000000000007", QT_TRANSLATE_NOOP("summit::core", "Payment overdue"),
                "receivable_overdue", 30, {}, am, 1, "workdays", 7, 7),
        shipped("00000000-0000-7000-8001-000000000008",
                QT_TRANSLATE_NOOP("summit::core", "Economic buyer or champion left"), "key_person_left", 0,
                {}, {kAm, kSa}, 2, "workdays", 0, 8),
        shipped("00000000-0000-7000-8001-000000000009",
                QT_TRANSLATE_NOOP("summit::core", "Opportunity stalled"), "opportunity_stalled", 45, {}, am,
                3, "workdays", 0, 9),
        shipped("00000000-0000-7000-8001-00000000000a",
                QT_TRANSLATE_NOOP("summit::core", "Severe request unanswered"), "severe_request", 24, {},
                amLead, 4, "hours", 0, 10),
        shipped("00000000-0000-7000-8001-00000000000b", QT_TRANSLATE_NOOP("summit::core", "Detractor answer"),
                "detractor", 6, {}, am, 1, "workdays", 0, 11),
    };
}

QStringList splitList(const QString& text, bool upper)
{
    QStringList out;
    for (QString part : text.split(QRegularExpression(QStringLiteral("[,;，、\\s]+")), Qt::SkipEmptyParts)) {
        part = upper ? part.trimmed().toUpper() : part.trimmed().toLower();
        if (!part.isEmpty() && !out.contains(part))
            out << part;
    }
    return out;
}

namespace {

const char* kColumns = "id, deleted, name, condition, threshold, tiers, region, industry, member_id, roles, "
                       "due_in, due_unit, escalate_days, enabled, position, tag";

// The record's set fields over `r` (a shipped rule's values, or a blank one).
void overlay(Rule& r, const QVariantList& row)
{
    auto has = [&](int i) {
        return !row[i].isNull() && !(row[i].typeId() == QMetaType::QString && row[i].toString().isEmpty());
    };
    if (has(2))
        r.name = row[2].toString();
    if (has(3))
        r.condition = row[3].toString();
    if (has(4))
        r.threshold = row[4].toInt();
    if (!row[5].isNull()) // "*": every tier (an empty text would read as "not set")
        r.tiers =
            row[5].toString() == QLatin1String("*") ? QStringList() : splitList(row[5].toString(), true);
    if (!row[6].isNull())
        r.region = row[6].toString().trimmed();
    if (!row[7].isNull())
        r.industry = row[7].toString().trimmed();
    if (!row[8].isNull())
        r.memberId = row[8].toString();
    if (has(9))
        r.roles = splitList(row[9].toString(), false);
    if (has(10))
        r.dueIn = row[10].toInt();
    if (has(11))
        r.dueUnit = row[11].toString();
    if (has(12))
        r.escalateDays = row[12].toInt();
    if (has(13))
        r.enabled = row[13].toInt() != 0;
    if (has(14))
        r.position = row[14].toInt();
    if (!row[15].isNull())
        r.tag = row[15].toString().trimmed();
}

} // namespace

Result<std::vector<Rule>> loadRules(Database& db)
{
    auto rows = db.rows(QStringLiteral("SELECT %1 FROM rules").arg(QLatin1String(kColumns)));
    if (!rows)
        return rows.error();
    std::vector<Rule> out = defaultRules();
    QSet<QString> trashed;
    for (const QVariantList& row : rows.value()) {
        const QString id = row[0].toString();
        auto it = std::find_if(out.begin(), out.end(), [&](const Rule& r) { return r.id == id; });
        if (row[1].toInt() != 0) {
            // A shipped rule cannot be removed, only switched off: its record in the trash (the
            // undo of its first edit) takes it back to the shipped values.
            if (it == out.end())
                trashed.insert(id);
            continue;
        }
        if (it == out.end()) {
            Rule r;
            r.id = id;
            r.position = 1000;
            r.roles.clear();
            overlay(r, row);
            out.push_back(std::move(r));
        } else {
            overlay(*it, row);
        }
    }
    out.erase(std::remove_if(out.begin(), out.end(), [&](const Rule& r) { return trashed.contains(r.id); }),
              out.end());
    for (Rule& r : out)
        r.problem = checkRule(r);
    std::stable_sort(out.begin(), out.end(), [](const Rule& a, const Rule& b) {
        return a.position != b.position ? a.position < b.position : a.name < b.name;
    });
    return out;
}

Result<Rule> loadRule(Database& db, const QString& id)
{
    auto all = loadRules(db);
    if (!all)
        return all.error();
    for (const Rule& r : all.value())
        if (r.id == id)
            return r;
    return Result<Rule>::fail(CoreText::tr("No rule has the id \"%1\".").arg(id));
}

bool mayEditRules(Database& db, const QString& memberId)
{
    if (memberId.isEmpty())
        return true;
    const QString role =
        db.scalar(QStringLiteral("SELECT role FROM members WHERE id = ?"), {memberId}).toString();
    return role == QLatin1String("team_lead") || role == QLatin1String("admin");
}

QString checkRule(const Rule& r, Database* db)
{
    const model::EntityDef* def = model::entity(u"rule");
    auto label = [](const char* field) {
        return model::fieldLabel(u"rule", QString::fromLatin1(field));
    };
    if (r.name.trimmed().isEmpty())
        return CoreText::tr("%1 is required.").arg(label("name"));
    if (!def->field(u"condition")->enumValues.contains(r.condition))
        return CoreText::tr("%1: \"%2\" is not a condition Summit knows.")
            .arg(label("condition"), r.condition);
    if (r.threshold < 0)
        return CoreText::tr("%1: %2 is negative; a count of days, hours or points starts at 0.")
            .arg(label("threshold"))
            .arg(r.threshold);
    if (usesHealth(r.condition) && r.threshold > 100)
        return CoreText::tr("%1: a health score runs from 0 to 100, not %2.")
            .arg(label("threshold"))
            .arg(r.threshold);
    if (r.condition == QLatin1String("detractor") && r.threshold > 10)
        return CoreText::tr("%1: an NPS answer runs from 0 to 10, not %2.")
            .arg(label("threshold"))
            .arg(r.threshold);
    for (const QString& t : r.tiers)
        if (!QStringList({QStringLiteral("S"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
                 .contains(t))
            return CoreText::tr("%1: \"%2\" is not a tier (S, A, B or C).").arg(label("tiers"), t);
    if (r.tag.contains(QLatin1Char(',')) || r.tag.contains(QChar(0xFF0C)) || r.tag.size() > 40)
        return CoreText::tr("%1: \"%2\" is not one tag (at most 40 characters, no comma).")
            .arg(label("tag"), r.tag);
    if (r.roles.isEmpty())
        return CoreText::tr("%1: name at least one role to give the task to (am, sa, de, team_lead).")
            .arg(label("roles"));
    for (const QString& role : r.roles)
        if (!ruleRoles().contains(role))
            return CoreText::tr("%1: \"%2\" is not a role of an account's team (am, sa, de, team_lead).")
                .arg(label("roles"), role);
    if (r.dueIn < 0)
        return CoreText::tr("%1: %2 is negative.").arg(label("due_in")).arg(r.dueIn);
    if (r.dueUnit != QLatin1String("hours") && r.dueUnit != QLatin1String("workdays"))
        return CoreText::tr("%1: \"%2\" is neither hours nor workdays.").arg(label("due_unit"), r.dueUnit);
    if (r.escalateDays < 0)
        return CoreText::tr("%1: %2 is negative.").arg(label("escalate_days")).arg(r.escalateDays);
    if (db && (r.roles.contains(kLead) || r.escalateDays > 0)) {
        const bool lead =
            db->scalar(
                  QStringLiteral("SELECT EXISTS (SELECT 1 FROM members WHERE deleted = 0 AND "
                                 "role IN ('team_lead', 'admin') AND coalesce(status, 'active') = 'active')"))
                .toInt() != 0;
        if (!lead)
            return CoreText::tr(
                       "%1: no active team member is a team lead or an administrator to give the task to.")
                .arg(r.roles.contains(kLead) ? label("roles") : label("escalate_days"));
    }
    if (db && !r.memberId.isEmpty()) {
        const bool known =
            db->scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM members WHERE id = ? AND deleted = 0)"),
                       {r.memberId})
                .toInt() != 0;
        if (!known)
            return CoreText::tr("%1: no team member has the id \"%2\".").arg(label("member_id"), r.memberId);
    }
    return {};
}

QString describeCondition(const Rule& r)
{
    const QString who = scopePhrase(r);
    const QString& c = r.condition;
    const int n = r.threshold;
    if (c == QLatin1String("quiet"))
        return CoreText::tr("%1 has had no follow-up for more than %n day(s)", "", n).arg(who);
    if (c == QLatin1String("health_below"))
        return CoreText::tr("the health score of %1 is below %2").arg(who).arg(n);
    if (c == QLatin1String("health_drop"))
        return CoreText::tr("the health score of %1 has fallen by %2 points or more in 30 days")
            .arg(who)
            .arg(n);
    if (c == QLatin1String("contract_ending"))
        return CoreText::tr(
                   "a contract of %1 ends within %n day(s) and no contract or open opportunity renews it", "",
                   n)
            .arg(who);
    if (c == QLatin1String("receivable_overdue"))
        return CoreText::tr("a payment from %1 is overdue by more than %n day(s)", "", n).arg(who);
    if (c == QLatin1String("key_person_left"))
        return CoreText::tr("the economic buyer or champion of %1 has left the company").arg(who);
    if (c == QLatin1String("opportunity_stalled"))
        return CoreText::tr("an opportunity of %1 has been in one stage for more than %n day(s)", "", n)
            .arg(who);
    if (c == QLatin1String("severe_request"))
        return CoreText::tr("a high or critical service request of %1 has been open for more than %n hour(s)",
                            "", n)
            .arg(who);
    if (c == QLatin1String("detractor"))
        return CoreText::tr("a contact of %1 answers the NPS question with %2 or less").arg(who).arg(n);
    return c;
}

QString describeRule(const Rule& r)
{
    QStringList people;
    for (const QString& role : r.roles)
        people << roleLabel(role);
    const QString whom = joinWords(people, CoreText::tr("and"));
    QString due;
    if (r.dueIn == 0)
        due = CoreText::tr("due the same day");
    else if (r.dueUnit == QLatin1String("hours"))
        due = CoreText::tr("due within %n hour(s)", "", r.dueIn);
    else
        due = CoreText::tr("due within %n workday(s)", "", r.dueIn);
    QString action = people.size() > 1 ? CoreText::tr("a task each for %1, %2").arg(whom, due)
                                       : CoreText::tr("a task for %1, %2").arg(whom, due);
    if (r.escalateDays > 0)
        action = CoreText::tr("%1; still open %n day(s) after it is due, a task for the team lead", "",
                              r.escalateDays)
                     .arg(action);
    return CoreText::tr("When %1: %2.").arg(describeCondition(r), action);
}

FieldValues ruleFields(const Rule& r)
{
    return {
        {QStringLiteral("name"), r.name.trimmed()},
        {QStringLiteral("condition"), r.condition},
        {QStringLiteral("threshold"), r.threshold},
        {QStringLiteral("tiers"), r.tiers.isEmpty() ? QStringLiteral("*") : r.tiers.join(QLatin1Char(','))},
        {QStringLiteral("region"), r.region},
        {QStringLiteral("industry"), r.industry},
        {QStringLiteral("member_id"), r.memberId.isEmpty() ? QVariant() : QVariant(r.memberId)},
        {QStringLiteral("roles"), r.roles.join(QLatin1Char(','))},
        {QStringLiteral("due_in"), r.dueIn},
        {QStringLiteral("due_unit"), r.dueUnit},
        {QStringLiteral("escalate_days"), r.escalateDays},
        {QStringLiteral("enabled"), r.enabled ? 1 : 0},
        {QStringLiteral("position"), r.position},
        {QStringLiteral("tag"), r.tag}};
}

} // namespace summit::rules
