#include "rules/Playbooks.h"

#include "CoreText.h"
#include "model/Schema.h"
#include "rules/Rules.h"
#include "store/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <functional>

namespace summit::rules {

namespace {

const QString kAm = QStringLiteral("am");
const QString kSa = QStringLiteral("sa");
const QString kDe = QStringLiteral("de");
const QString kLead = QStringLiteral("team_lead");

// More steps than this is a mistake (or a batch made to slow every laptop down).
constexpr int kMaxSteps = 50;
constexpr qsizetype kMaxStepsText = 64 * 1024;
constexpr qsizetype kMaxTitle = 200;

PlaybookStep step(const char* key, const char* title, int dueIn, const char* unit, QStringList roles,
                  QStringList after = {})
{
    return {QString::fromLatin1(key),  CoreText::tr(title), dueIn,
            QString::fromLatin1(unit), std::move(roles),    std::move(after)};
}

Playbook shipped(const char* id, const char* name, const char* trigger, const char* stage, QStringList tiers,
                 std::vector<PlaybookStep> steps, bool enabled, int position)
{
    Playbook p;
    p.id = QString::fromLatin1(id);
    p.name = CoreText::tr(name);
    p.trigger = QString::fromLatin1(trigger);
    p.stage = QString::fromLatin1(stage);
    p.tiers = std::move(tiers);
    p.steps = std::move(steps);
    p.enabled = enabled;
    p.position = position;
    p.builtIn = true;
    return p;
}

bool validKey(const QString& key)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,39}$"));
    return re.match(key).hasMatch();
}

} // namespace

const QStringList& playbookTriggers()
{
    static const QStringList all = model::entity(u"playbook")->field(u"trigger")->enumValues;
    return all;
}

std::vector<Playbook> defaultPlaybooks()
{
    const QStringList key = {QStringLiteral("S"), QStringLiteral("A")};
    return {
        // Seed 002: a new key account's needs survey within 72 hours, its first proposal within
        // 5 workdays, a quote within 1 workday.
        shipped("00000000-0000-7000-8003-000000000001", QT_TRANSLATE_NOOP("summit::core", "New key account"),
                "new_key_account", "", key,
                {step("survey", QT_TRANSLATE_NOOP("summit::core", "Survey the customer's needs"), 72, "hours",
                      {kAm, kSa}),
                 step("proposal", QT_TRANSLATE_NOOP("summit::core", "Send the first proposal"), 5, "workdays",
                      {kAm, kSa}, {QStringLiteral("survey")}),
                 step("quote", QT_TRANSLATE_NOOP("summit::core", "Send the quotation"), 1, "workdays", {kAm},
                      {QStringLiteral("proposal")})},
                false, 1),
        // Seed 002: every visit written up within 24 hours.
        shipped("00000000-0000-7000-8003-000000000002", QT_TRANSLATE_NOOP("summit::core", "After a visit"),
                "visit", "", {},
                {step("summary", QT_TRANSLATE_NOOP("summit::core", "Send the visit summary and next steps"),
                      24, "hours", {kAm}),
                 step("people",
                      QT_TRANSLATE_NOOP("summit::core", "Update the people met and their stance on the map"),
                      2, "workdays", {kAm})},
                false, 2),
        // Seed 003: the monthly health check within 5 workdays, with its assessment form.
        shipped("00000000-0000-7000-8003-000000000003",
                QT_TRANSLATE_NOOP("summit::core", "Monthly health check"), "month_start", "", key,
                {step("assess",
                      QT_TRANSLATE_NOOP("summit::core", "Fill in the monthly account health assessment"), 5,
                      "workdays", {kAm}),
                 step("review", QT_TRANSLATE_NOOP("summit::core", "Review the health assessment"), 2,
                      "workdays", {kLead}, {QStringLiteral("assess")})},
                true, 3),
        shipped("00000000-0000-7000-8003-000000000004",
                QT_TRANSLATE_NOOP("summit::core", "Opportunity in negotiation"), "opportunity_stage",
                "negotiate", {},
                {step("quote", QT_TRANSLATE_NOOP("summit::core", "Send the quotation"), 1, "workdays", {kAm}),
                 step("terms", QT_TRANSLATE_NOOP("summit::core", "Review the terms with the team lead"), 2,
                      "workdays", {kAm, kLead}, {QStringLiteral("quote")})},
                false, 4),
        shipped(
            "00000000-0000-7000-8003-000000000005",
            QT_TRANSLATE_NOOP("summit::core", "New customer onboarding"), "account_stage", "onboarding", {},
            {step("kickoff", QT_TRANSLATE_NOOP("summit::core", "Hold the kick-off meeting"), 5, "workdays",
                  {kAm, kDe}),
             step("handover", QT_TRANSLATE_NOOP("summit::core", "Introduce the delivery and service team"), 5,
                  "workdays", {kDe}, {QStringLiteral("kickoff")})},
            false, 5),
    };
}

QString stepsJson(const std::vector<PlaybookStep>& steps)
{
    QJsonArray list;
    for (const PlaybookStep& s : steps) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), s.key);
        o.insert(QStringLiteral("title"), s.title);
        o.insert(QStringLiteral("due_in"), s.dueIn);
        o.insert(QStringLiteral("due_unit"), s.dueUnit);
        o.insert(QStringLiteral("roles"), QJsonArray::fromStringList(s.roles));
        if (!s.after.isEmpty())
            o.insert(QStringLiteral("after"), QJsonArray::fromStringList(s.after));
        list.append(o);
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

Result<std::vector<PlaybookStep>> parseSteps(const QString& json)
{
    using R = Result<std::vector<PlaybookStep>>;
    const QString label = model::fieldLabel(u"playbook", QStringLiteral("steps"));
    // 50 steps of long titles fit in a few KiB; more is a mistake or a batch made to stall laptops.
    if (json.size() > kMaxStepsText)
        return R::fail(CoreText::tr("%1: %2 characters; the steps of a playbook hold at most %3.")
                           .arg(label)
                           .arg(json.size())
                           .arg(kMaxStepsText),
                       QStringLiteral("steps"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return R::fail(CoreText::tr("%1: not a list of steps (%2).")
                           .arg(label, error.error != QJsonParseError::NoError
                                           ? error.errorString()
                                           : CoreText::tr("a JSON array was expected")),
                       QStringLiteral("steps"));
    std::vector<PlaybookStep> out;
    const QJsonArray list = doc.array();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list[i].isObject())
            return R::fail(CoreText::tr("%1: step %2 is not an object.").arg(label).arg(i + 1),
                           QStringLiteral("steps"));
        const QJsonObject o = list[i].toObject();
        PlaybookStep s;
        s.key = o.value(QStringLiteral("key")).toString();
        s.title = o.value(QStringLiteral("title")).toString().trimmed();
        const QJsonValue due = o.value(QStringLiteral("due_in"));
        s.dueIn = due.isDouble() ? due.toInt(-1) : -1;
        s.dueUnit = o.value(QStringLiteral("due_unit")).toString(QStringLiteral("workdays"));
        for (const QJsonValue& v : o.value(QStringLiteral("roles")).toArray())
            s.roles << v.toString().trimmed().toLower();
        for (const QJsonValue& v : o.value(QStringLiteral("after")).toArray())
            s.after << v.toString().trimmed();
        out.push_back(std::move(s));
    }
    return out;
}

Result<PlaybookStep> parseStepText(const QString& text)
{
    using R = Result<PlaybookStep>;
    const int colon = text.indexOf(QLatin1Char(':'));
    const QStringList parts = text.mid(colon + 1).split(QLatin1Char('|'));
    if (colon <= 0 || parts.size() < 3 || parts.size() > 4)
        return R::fail(CoreText::tr("\"%1\" is not a step: write KEY: TITLE | DUE | ROLES [| after KEY,KEY], "
                                    "for example \"proposal: Send the first proposal | 5wd | am,sa | after "
                                    "survey\".")
                           .arg(text),
                       QStringLiteral("steps"));
    PlaybookStep s;
    s.key = text.left(colon).trimmed();
    s.title = parts[0].trimmed();
    static const QRegularExpression dueRe(QStringLiteral("^(\\d{1,4})\\s*(h|wd|d)$"));
    const QRegularExpressionMatch m = dueRe.match(parts[1].trimmed().toLower());
    if (!m.hasMatch())
        return R::fail(
            CoreText::tr("Step %1: \"%2\" is not a deadline; write hours as 72h and workdays as 5wd.")
                .arg(s.key, parts[1].trimmed()),
            QStringLiteral("steps"));
    s.dueIn = m.captured(1).toInt();
    s.dueUnit = m.captured(2) == QLatin1String("h") ? QStringLiteral("hours") : QStringLiteral("workdays");
    s.roles = splitList(parts[2], false);
    if (parts.size() == 4) {
        QString after = parts[3].trimmed();
        if (!after.startsWith(QLatin1String("after"), Qt::CaseInsensitive))
            return R::fail(
                CoreText::tr("Step %1: the fourth part names the steps it waits for: after KEY,KEY.")
                    .arg(s.key),
                QStringLiteral("steps"));
        s.after = splitList(after.mid(5), false);
    }
    return s;
}

namespace {

const char* kColumns = "id, deleted, name, \"trigger\", stage, tiers, steps, enabled, position";

// The record's set fields over `p`; steps that do not parse make it broken.
void overlay(Playbook& p, const QVariantList& row, QString& problem)
{
    auto has = [&](int i) {
        return !row[i].isNull() && !(row[i].typeId() == QMetaType::QString && row[i].toString().isEmpty());
    };
    if (has(2))
        p.name = row[2].toString();
    if (has(3))
        p.trigger = row[3].toString();
    if (!row[4].isNull())
        p.stage = row[4].toString().trimmed();
    if (!row[5].isNull())
        p.tiers =
            row[5].toString() == QLatin1String("*") ? QStringList() : splitList(row[5].toString(), true);
    if (has(6)) {
        auto steps = parseSteps(row[6].toString());
        if (steps)
            p.steps = steps.value();
        else
            problem = steps.message();
    }
    if (has(7))
        p.enabled = row[7].toInt() != 0;
    if (has(8))
        p.position = row[8].toInt();
}

} // namespace

Result<std::vector<Playbook>> loadPlaybooks(Database& db)
{
    auto rows = db.rows(QStringLiteral("SELECT %1 FROM playbooks").arg(QLatin1String(kColumns)));
    if (!rows)
        return rows.error();
    std::vector<Playbook> out = defaultPlaybooks();
    QHash<QString, QString> problems;
    QSet<QString> trashed;
    for (const QVariantList& row : rows.value()) {
        const QString id = row[0].toString();
        auto it = std::find_if(out.begin(), out.end(), [&](const Playbook& p) { return p.id == id; });
        if (row[1].toInt() != 0) {
            if (it == out.end()) // a shipped playbook's record in the trash takes it back to the shipped one
                trashed.insert(id);
            continue;
        }
        QString problem;
        if (it == out.end()) {
            Playbook p;
            p.id = id;
            p.position = 1000;
            overlay(p, row, problem);
            out.push_back(std::move(p));
        } else {
            overlay(*it, row, problem);
        }
        if (!problem.isEmpty())
            problems.insert(id, problem);
    }
    out.erase(
        std::remove_if(out.begin(), out.end(), [&](const Playbook& p) { return trashed.contains(p.id); }),
        out.end());
    for (Playbook& p : out)
        p.problem = problems.contains(p.id) ? problems.value(p.id) : checkPlaybook(p);
    std::stable_sort(out.begin(), out.end(), [](const Playbook& a, const Playbook& b) {
        return a.position != b.position ? a.position < b.position : a.name < b.name;
    });
    return out;
}

Result<Playbook> loadPlaybook(Database& db, const QString& id)
{
    auto all = loadPlaybooks(db);
    if (!all)
        return all.error();
    for (const Playbook& p : all.value())
        if (p.id == id)
            return p;
    return Result<Playbook>::fail(CoreText::tr("No playbook has the id \"%1\".").arg(id));
}

QString checkPlaybook(const Playbook& p)
{
    auto label = [](const char* field) {
        return model::fieldLabel(u"playbook", QString::fromLatin1(field));
    };
    if (p.name.trimmed().isEmpty())
        return CoreText::tr("%1 is required.").arg(label("name"));
    if (!playbookTriggers().contains(p.trigger))
        return CoreText::tr("%1: \"%2\" is not a trigger Summit knows (%3).")
            .arg(label("trigger"), p.trigger, playbookTriggers().join(QStringLiteral(", ")));
    if (p.trigger == QLatin1String("account_stage") || p.trigger == QLatin1String("opportunity_stage")) {
        const QStringList stages =
            model::entity(p.trigger == QLatin1String("account_stage") ? u"account" : u"opportunity")
                ->field(u"stage")
                ->enumValues;
        if (!stages.contains(p.stage))
            return CoreText::tr("%1: \"%2\" is not a stage of this record (%3).")
                .arg(label("stage"), p.stage, stages.join(QStringLiteral(", ")));
    }
    for (const QString& t : p.tiers)
        if (!QStringList({QStringLiteral("S"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
                 .contains(t))
            return CoreText::tr("%1: \"%2\" is not a tier (S, A, B or C).").arg(label("tiers"), t);
    if (p.steps.empty())
        return CoreText::tr("%1: a playbook needs at least one step.").arg(label("steps"));
    if (p.steps.size() > size_t(kMaxSteps))
        return CoreText::tr("%1: %2 steps; a playbook holds at most %3.")
            .arg(label("steps"))
            .arg(p.steps.size())
            .arg(kMaxSteps);
    QSet<QString> keys;
    int position = 0;
    for (const PlaybookStep& s : p.steps) {
        ++position;
        const QString where =
            CoreText::tr("Step %1").arg(s.key.isEmpty() ? QString::number(position) : s.key);
        if (s.key.isEmpty())
            return CoreText::tr("%1: a key is required, a short name such as survey that the steps waiting "
                                "for it use.")
                .arg(where);
        if (!validKey(s.key))
            return CoreText::tr("%1: the key \"%2\" must start with a letter or digit and hold only a-z, "
                                "0-9, _ and - (at most 40).")
                .arg(where, s.key);
        if (keys.contains(s.key))
            return CoreText::tr("%1: two steps have this key.").arg(where);
        keys.insert(s.key);
        if (s.title.isEmpty())
            return CoreText::tr("%1: the title is required.").arg(where);
        if (s.title.size() > kMaxTitle)
            return CoreText::tr("%1: the title has %2 characters; at most %3.")
                .arg(where)
                .arg(s.title.size())
                .arg(kMaxTitle);
        if (s.dueIn < 0 || s.dueIn > 1000)
            return CoreText::tr("%1: the deadline %2 is outside 0 to 1000.").arg(where).arg(s.dueIn);
        if (s.dueUnit != QLatin1String("hours") && s.dueUnit != QLatin1String("workdays"))
            return CoreText::tr("%1: \"%2\" is neither hours nor workdays.").arg(where, s.dueUnit);
        if (s.roles.isEmpty())
            return CoreText::tr("%1: name at least one role to give the task to (am, sa, de, team_lead).")
                .arg(where);
        for (const QString& role : s.roles)
            if (!ruleRoles().contains(role))
                return CoreText::tr("%1: \"%2\" is not a role of an account's team (am, sa, de, team_lead).")
                    .arg(where, role);
        if (s.after.contains(s.key))
            return CoreText::tr("%1 waits for itself.").arg(where);
    }
    for (const PlaybookStep& s : p.steps)
        for (const QString& a : s.after)
            if (!keys.contains(a))
                return CoreText::tr("Step %1 waits for \"%2\", which is not a step of this playbook.")
                    .arg(s.key, a);
    // A cycle (a waits for b, b for a): depth-first search, reporting the steps on it in order.
    // Every key named in `after` is a step's (checked above), so each lookup finds one.
    QHash<QString, QStringList> waitsFor;
    for (const PlaybookStep& s : p.steps)
        waitsFor.insert(s.key, s.after);
    QHash<QString, int> state; // 0 unseen, 1 on the path, 2 done
    QStringList path;
    std::function<QStringList(const QString&)> visit = [&](const QString& key) -> QStringList {
        state[key] = 1;
        path << key;
        const QStringList next = waitsFor.value(key);
        for (const QString& n : next) {
            if (state.value(n) == 1)
                return path.mid(path.indexOf(n)) << n;
            if (state.value(n) == 0)
                if (QStringList cycle = visit(n); !cycle.isEmpty())
                    return cycle;
        }
        path.removeLast();
        state[key] = 2;
        return {};
    };
    for (const PlaybookStep& s : p.steps)
        if (state.value(s.key) == 0)
            if (const QStringList cycle = visit(s.key); !cycle.isEmpty())
                return CoreText::tr("The steps wait for each other in a circle: %1.")
                    .arg(cycle.join(QStringLiteral(" → ")));
    return {};
}

QString describeTrigger(const Playbook& p)
{
    const QString& t = p.trigger;
    QString tiers = p.tiers.isEmpty() ? QString()
                                      : CoreText::tr("tier %1", "accounts of these tiers")
                                            .arg(p.tiers.join(CoreText::tr("/", "between tiers")));
    if (t == QLatin1String("new_key_account"))
        return tiers.isEmpty() ? CoreText::tr("When an account becomes a key account")
                               : CoreText::tr("When an account becomes %1").arg(tiers);
    if (t == QLatin1String("account_stage"))
        return CoreText::tr("When an account enters %1").arg(model::enumLabel(u"stage", p.stage));
    if (t == QLatin1String("opportunity_stage"))
        return CoreText::tr("When an opportunity enters %1").arg(model::enumLabel(u"stage", p.stage));
    if (t == QLatin1String("visit"))
        return CoreText::tr("When a visit is recorded");
    if (t == QLatin1String("month_start"))
        return tiers.isEmpty()
                   ? CoreText::tr("On the first workday of each month, for every account")
                   : CoreText::tr("On the first workday of each month, for %1 accounts").arg(tiers);
    if (t == QLatin1String("manual"))
        return CoreText::tr("When started by hand");
    return t;
}

QString describeDue(const PlaybookStep& s)
{
    if (s.dueIn == 0)
        return CoreText::tr("the same day");
    if (s.dueUnit == QLatin1String("hours"))
        return CoreText::tr("%n hour(s)", "", s.dueIn);
    return CoreText::tr("%n workday(s)", "", s.dueIn);
}

FieldValues playbookFields(const Playbook& p)
{
    return {
        {QStringLiteral("name"), p.name.trimmed()},
        {QStringLiteral("trigger"), p.trigger},
        {QStringLiteral("stage"), p.stage},
        {QStringLiteral("tiers"), p.tiers.isEmpty() ? QStringLiteral("*") : p.tiers.join(QLatin1Char(','))},
        {QStringLiteral("steps"), stepsJson(p.steps)},
        {QStringLiteral("enabled"), p.enabled ? 1 : 0},
        {QStringLiteral("position"), p.position}};
}

} // namespace summit::rules
