#include "model/Schema.h"
#include "CoreText.h"

#include "validation/Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>
#include <limits>

namespace summit::model {

namespace {

FieldDef field(const char* name, FieldType type)
{
    FieldDef f;
    f.name = QString::fromLatin1(name);
    f.type = type;
    return f;
}
FieldDef text(const char* name)
{
    return field(name, FieldType::Text);
}
FieldDef required(FieldDef f)
{
    f.required = true;
    return f;
}
FieldDef integer(const char* name, qint64 min, qint64 max)
{
    FieldDef f = field(name, FieldType::Int);
    f.check = Check::Range;
    f.min = min;
    f.max = max;
    return f;
}
FieldDef money(const char* name)
{
    FieldDef f = field(name, FieldType::Money);
    f.check = Check::Range;
    f.min = 0;
    f.max = std::numeric_limits<qint64>::max();
    return f;
}
FieldDef typed(const char* name, FieldType type, Check check = Check::None)
{
    FieldDef f = field(name, type);
    f.check = check;
    return f;
}
FieldDef choice(const char* name, std::initializer_list<const char*> values)
{
    FieldDef f = field(name, FieldType::Enum);
    for (const char* v : values)
        f.enumValues << QString::fromLatin1(v);
    return f;
}
FieldDef ref(const char* name, const char* target, bool sameAccount = false)
{
    FieldDef f = field(name, FieldType::Ref);
    f.refEntity = QString::fromLatin1(target);
    f.sameAccount = sameAccount;
    return f;
}
FieldDef treeRef(const char* name, const char* target)
{
    FieldDef f = ref(name, target, true);
    f.tree = true;
    return f;
}
FieldDef idList(const char* name, const char* target)
{
    FieldDef f = field(name, FieldType::IdList);
    f.refEntity = QString::fromLatin1(target);
    return f;
}
FieldDef since(FieldDef f, int schema)
{
    f.sinceSchema = schema;
    return f;
}
QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromLatin1(s);
    return out;
}

const std::initializer_list<const char*> kDecisionRoles = {
    "economic_buyer", "technical_buyer", "financial_approver", "user_buyer",
    "influencer",     "champion",        "gatekeeper",         "blocker"};
const std::initializer_list<const char*> kCoverageLevels = {"none", "brief", "working", "trusted"};

std::vector<EntityDef> buildEntities()
{
    std::vector<EntityDef> list;

    list.push_back(
        {QStringLiteral("member"),
         QStringLiteral("members"),
         {required(text("name")), typed("email", FieldType::Text, Check::Email),
          choice("role", {"account_manager", "solution_architect", "delivery_expert", "team_lead", "admin"}),
          since(choice("status", {"active", "left"}), 7)},
         QStringLiteral("name"),
         names({"name"}),
         names({"email"}),
         {}});

    list.push_back(
        {QStringLiteral("account"),
         QStringLiteral("accounts"),
         {required(text("name")), text("short_name"), text("industry"), text("region"),
          choice("scale", {"small", "medium", "large", "giant"}),
          typed("credit_code", FieldType::Text, Check::CreditCode), text("website"), text("address"),
          choice("tier", {"S", "A", "B", "C"}),
          choice("stage", {"lead", "nurturing", "opportunity", "closing", "onboarding", "service",
                           "expansion", "advocacy"}),
          choice("potential", {"low", "medium", "high"}), ref("am_id", "member"), ref("sa_id", "member"),
          ref("de_id", "member"), money("credit_limit"), typed("currency", FieldType::Text, Check::Currency),
          integer("payment_terms_days", 0, 3650), text("invoice_title"), text("tax_id"), text("bank"),
          text("bank_account"), text("strategy_notes"),
          // Version 11: why the tier was set by hand where it differs from the computed one.
          since(text("tier_reason"), 11),
          // Version 14: the team's own labels ("央企, 重点保障"), comma-separated; rules scope by them.
          since(text("tags"), 14)},
         QStringLiteral("name"),
         names({"name", "short_name"}),
         names({"industry", "region", "credit_code", "address", "website"}),
         {}});

    list.push_back(
        {QStringLiteral("org_unit"),
         QStringLiteral("org_units"),
         {required(ref("account_id", "account")), treeRef("parent_id", "org_unit"), required(text("name")),
          choice("kind", {"group_hq", "division", "region", "subsidiary", "plant", "department"}),
          typed("credit_code", FieldType::Text, Check::CreditCode), text("region"),
          integer("position", 0, 1 << 30)},
         QStringLiteral("name"),
         names({"name"}),
         names({"credit_code", "region"}),
         QStringLiteral("account_id")});

    list.push_back(
        {QStringLiteral("contact"),
         QStringLiteral("contacts"),
         {required(ref("account_id", "account")), ref("org_unit_id", "org_unit", true),
          required(text("name")), text("title"), text("department"),
          typed("phone", FieldType::Text, Check::Phone), typed("mobile", FieldType::Text, Check::Mobile),
          typed("email", FieldType::Text, Check::Email), text("wechat"), treeRef("reports_to", "contact"),
          choice("decision_role", kDecisionRoles),
          choice("stance", {"champion", "supporter", "neutral", "skeptic", "opponent", "unknown"}),
          integer("influence", 1, 5),
          choice("orientation", {"results", "technology", "price", "relationship", "risk"}),
          choice("status", {"active", "left"}), typed("left_on", FieldType::Date), text("notes")},
         QStringLiteral("name"),
         names({"name"}),
         names({"title", "department", "mobile", "phone", "email", "wechat"}),
         QStringLiteral("account_id")});

    list.push_back(
        {QStringLiteral("influence_link"),
         QStringLiteral("influence_links"),
         {required(ref("account_id", "account")), required(ref("from_id", "contact")),
          required(ref("to_id", "contact")), choice("kind", {"influences", "trusts", "mentors", "rivals"}),
          integer("strength", 1, 5), text("note")},
         QString(),
         {},
         {},
         QStringLiteral("account_id")});

    list.push_back({QStringLiteral("coverage"),
                    QStringLiteral("coverage"),
                    {required(ref("account_id", "account")), required(ref("member_id", "member")),
                     required(ref("contact_id", "contact", true)), choice("level", kCoverageLevels),
                     choice("desired_level", kCoverageLevels)},
                    QString(),
                    {},
                    {},
                    QStringLiteral("account_id")});

    list.push_back(
        {QStringLiteral("opportunity"),
         QStringLiteral("opportunities"),
         {required(ref("account_id", "account")), required(text("name")),
          choice("stage", {"qualify", "develop", "propose", "negotiate", "commit"}), money("amount"),
          typed("currency", FieldType::Text, Check::Currency), integer("probability", 0, 100),
          typed("expected_close", FieldType::Date), text("competitors"), text("next_step"),
          choice("status", {"open", "won", "lost"}), text("loss_reason"), ref("owner_id", "member")},
         QStringLiteral("name"),
         names({"name"}),
         names({"next_step", "competitors"}),
         QStringLiteral("account_id")});

    list.push_back(
        {QStringLiteral("buying_role"),
         QStringLiteral("buying_roles"),
         {required(ref("account_id", "account")), required(ref("opportunity_id", "opportunity", true)),
          required(ref("contact_id", "contact", true)), choice("role", kDecisionRoles)},
         QString(),
         {},
         {},
         QStringLiteral("account_id")});

    list.push_back({QStringLiteral("followup"),
                    QStringLiteral("followups"),
                    {required(ref("account_id", "account")),
                     required(choice("type", {"visit", "call", "meeting", "email", "message", "demo",
                                              "executive_visit"})),
                     required(typed("at", FieldType::DateTime)), ref("author_id", "member"),
                     idList("contact_ids", "contact"), ref("opportunity_id", "opportunity", true),
                     required(text("summary")), text("outcome"), text("next_action"),
                     typed("next_due", FieldType::Date)},
                    QStringLiteral("summary"),
                    {},
                    names({"summary", "outcome", "next_action"}),
                    QStringLiteral("account_id")});

    // A custom field a team lead defined for accounts, contacts, opportunities
    // or follow-ups. Definitions replicate like every record; the values are
    // written as fields of the records themselves (see Store), under the key.
    EntityDef fieldDef{
        QStringLiteral("field_def"),
        QStringLiteral("field_defs"),
        {required(choice("applies_to", {"account", "contact", "opportunity", "followup"})),
         required(typed("key", FieldType::Text, Check::FieldKey)), required(text("label")), text("label_zh"),
         required(choice("value_type",
                         {"text", "number", "money", "date", "choice", "yes_no", "member", "multiline"})),
         text("choices"), integer("required", 0, 1), integer("position", 0, 1 << 30)},
        QStringLiteral("label"),
        {},
        {},
        {}};
    for (FieldDef& f : fieldDef.fields)
        f.sinceSchema = 8;
    fieldDef.sinceSchema = 8;
    // Version 9: where a field shows. "form": in the record's form and card
    // only; "lists" (also when empty, as before version 9): a column as well.
    fieldDef.fields.push_back(since(choice("show_in", {"form", "lists"}), 9));
    list.push_back(fieldDef);

    list.push_back({QStringLiteral("task"),
                    QStringLiteral("tasks"),
                    {ref("account_id", "account"), required(text("title")), typed("due", FieldType::Date),
                     ref("assignee_id", "member"), choice("status", {"open", "done", "cancelled"}),
                     choice("source", {"manual", "followup", "rule", "playbook"}),
                     ref("followup_id", "followup"), typed("done_at", FieldType::DateTime)},
                    QStringLiteral("title"),
                    {},
                    names({"title"}),
                    QStringLiteral("account_id")});

    // Version 10: the commercial records the account figures are computed from
    // (AccountCommerce.h). Amounts are integer minor units (分) with a currency.
    std::vector<EntityDef> commercial;
    commercial.push_back(
        {QStringLiteral("contract"),
         QStringLiteral("contracts"),
         {required(ref("account_id", "account")), ref("org_unit_id", "org_unit", true), text("number"),
          required(text("title")), typed("signed_on", FieldType::Date), money("amount"),
          typed("currency", FieldType::Text, Check::Currency), typed("start_on", FieldType::Date),
          typed("end_on", FieldType::Date),
          choice("status", {"draft", "signed", "active", "expired", "terminated"}),
          ref("renews_id", "contract", true), text("product_line"), ref("owner_id", "member"), text("notes")},
         QStringLiteral("title"),
         names({"title", "number"}),
         names({"product_line", "notes"}),
         QStringLiteral("account_id")});
    commercial.push_back(
        {QStringLiteral("receivable"),
         QStringLiteral("receivables"),
         {required(ref("account_id", "account")), required(ref("contract_id", "contract", true)),
          required(typed("due_on", FieldType::Date)), required(money("amount_due")),
          typed("received_on", FieldType::Date), money("amount_received"), text("notes")},
         QString(),
         {},
         names({"notes"}),
         QStringLiteral("account_id")});
    commercial.push_back(
        {QStringLiteral("service_request"),
         QStringLiteral("service_requests"),
         {required(ref("account_id", "account")), ref("contact_id", "contact", true), required(text("title")),
          choice("category", {"request", "incident", "complaint"}),
          choice("severity", {"low", "medium", "high", "critical"}),
          required(typed("opened_at", FieldType::DateTime)), typed("first_response_at", FieldType::DateTime),
          typed("resolved_at", FieldType::DateTime), text("outcome"), ref("owner_id", "member")},
         QStringLiteral("title"),
         names({"title"}),
         names({"outcome"}),
         QStringLiteral("account_id")});
    commercial.push_back({QStringLiteral("satisfaction"),
                          QStringLiteral("satisfaction_surveys"),
                          {required(ref("account_id", "account")), ref("contact_id", "contact", true),
                           required(typed("surveyed_on", FieldType::Date)), integer("csat", 1, 5),
                           integer("nps", 0, 10), text("comment")},
                          QString(),
                          {},
                          names({"comment"}),
                          QStringLiteral("account_id")});
    for (EntityDef& e : commercial) {
        e.sinceSchema = 10;
        for (FieldDef& f : e.fields)
            f.sinceSchema = 10;
        list.push_back(std::move(e));
    }

    // Version 11: the team's account model (model/AccountModel.h): how tiers
    // and health are computed. One record with a fixed id, so the laptops
    // that each write it first still edit the same record; a field not set
    // takes its default.
    EntityDef accountModel{QStringLiteral("account_model"),
                           QStringLiteral("account_models"),
                           {choice("revenue_basis", {"contracts", "received"}),
                            money("tier_a_revenue"),
                            money("tier_b_revenue"),
                            integer("tier_a_activity", 1, 10000),
                            integer("tier_b_activity", 1, 10000),
                            integer("weight_revenue", 0, 100),
                            integer("weight_activity", 0, 100),
                            integer("weight_potential", 0, 100),
                            integer("points_visit", 0, 10),
                            integer("points_call", 0, 10),
                            integer("points_meeting", 0, 10),
                            integer("points_email", 0, 10),
                            integer("points_message", 0, 10),
                            integer("points_demo", 0, 10),
                            integer("points_executive_visit", 0, 10),
                            integer("cadence_s", 1, 365),
                            integer("cadence_a", 1, 365),
                            integer("cadence_b", 1, 365),
                            integer("cadence_c", 1, 365),
                            integer("health_engagement", 0, 100),
                            integer("health_relationship", 0, 100),
                            integer("health_commercial", 0, 100),
                            integer("health_service", 0, 100),
                            integer("health_gaps", 0, 100)},
                           QString(),
                           {},
                           {},
                           {}};
    accountModel.sinceSchema = 11;
    for (FieldDef& f : accountModel.fields)
        f.sinceSchema = 11;
    // Version 12: the customer lifetime value's margin and years (KPIs).
    accountModel.fields.push_back(since(integer("clv_margin", 0, 100), 12));
    accountModel.fields.push_back(since(integer("clv_years", 1, 50), 12));
    // Version 12 too: RFM as an optional fourth tier criterion.
    for (FieldDef f :
         {integer("weight_rfm", 0, 100), integer("rfm_recency_a", 1, 3650), integer("rfm_recency_b", 1, 3650),
          integer("rfm_frequency_a", 1, 1000), integer("rfm_frequency_b", 1, 1000)})
        accountModel.fields.push_back(since(f, 12));
    list.push_back(std::move(accountModel));

    // Version 13: rules (rules/Rules.h), the team's own working days, and the rule a task came from.
    EntityDef rule{
        QStringLiteral("rule"),
        QStringLiteral("rules"),
        // Name and condition are required of a team's own rule (rules::checkRule); a
        // shipped rule's record holds only what the team changed.
        {text("name"),
         choice("condition", {"quiet", "health_below", "health_drop", "contract_ending", "receivable_overdue",
                              "key_person_left", "opportunity_stalled", "severe_request", "detractor"}),
         integer("threshold", 0, 100000), text("tiers"), text("region"), text("industry"),
         ref("member_id", "member"), text("roles"), integer("due_in", 0, 1000),
         choice("due_unit", {"hours", "workdays"}), integer("escalate_days", 0, 365),
         integer("enabled", 0, 1), integer("position", 0, 1 << 30)},
        QStringLiteral("name"),
        names({"name"}),
        {},
        {}};
    EntityDef calendarDay{QStringLiteral("calendar_day"),
                          QStringLiteral("calendar_days"),
                          {required(typed("date", FieldType::Date)),
                           required(choice("kind", {"holiday", "workday"})), text("name")},
                          QStringLiteral("name"),
                          {},
                          {},
                          {}};
    // A stage gate (rules/StageGates.h): what a record must hold to enter a stage.
    EntityDef stageGate{QStringLiteral("stage_gate"),
                        QStringLiteral("stage_gates"),
                        {choice("applies_to", {"opportunity", "account"}), text("stage"), text("requires"),
                         integer("enabled", 0, 1)},
                        QStringLiteral("stage"),
                        {},
                        {},
                        {}};
    for (EntityDef* e : {&rule, &calendarDay, &stageGate}) {
        e->sinceSchema = 13;
        for (FieldDef& f : e->fields)
            f.sinceSchema = 13;
    }
    list.push_back(std::move(rule));
    list.push_back(std::move(calendarDay));
    list.push_back(std::move(stageGate));
    for (EntityDef& e : list)
        if (e.name == QLatin1String("task")) {
            // The rule (its id: a built-in rule may have no record) and the trigger the
            // task was made for; together they make its id (rules/RuleEngine.h).
            e.fields.push_back(since(text("rule_id"), 13));
            e.fields.push_back(since(text("trigger"), 13));
        }

    // Version 14: playbooks (rules/Playbooks.h), and the playbook and step a task was made for.
    EntityDef playbook{QStringLiteral("playbook"),
                       QStringLiteral("playbooks"),
                       // Name, trigger and steps are required of a team's own playbook
                       // (rules::checkPlaybook); a shipped playbook's record holds only what changed.
                       {text("name"),
                        choice("trigger", {"new_key_account", "account_stage", "opportunity_stage", "visit",
                                           "month_start", "manual"}),
                        text("stage"), text("tiers"), text("steps"), integer("enabled", 0, 1),
                        integer("position", 0, 1 << 30)},
                       QStringLiteral("name"),
                       names({"name"}),
                       {},
                       {}};
    for (EntityDef& e : list)
        if (e.name == QLatin1String("rule"))
            e.fields.push_back(since(text("tag"), 14)); // scope: accounts carrying this tag
    playbook.sinceSchema = 14;
    for (FieldDef& f : playbook.fields)
        f.sinceSchema = 14;
    list.push_back(std::move(playbook));
    for (EntityDef& e : list)
        if (e.name == QLatin1String("task")) {
            e.fields.push_back(since(text("playbook_id"), 14));
            e.fields.push_back(since(text("step"), 14));
        }

    return list;
}

} // namespace

const FieldDef* EntityDef::field(QStringView n) const
{
    for (const FieldDef& f : fields)
        if (f.name == n)
            return &f;
    return nullptr;
}

const std::vector<EntityDef>& entities()
{
    static const std::vector<EntityDef> all = buildEntities();
    return all;
}

const QStringList& customizableEntities()
{
    static const QStringList all = entity(u"field_def")->field(u"applies_to")->enumValues;
    return all;
}

bool isCustomFieldKey(QStringView key)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return re.match(key).hasMatch();
}

const EntityDef* entity(QStringView name)
{
    for (const EntityDef& e : entities())
        if (e.name == name)
            return &e;
    return nullptr;
}

QString treeFieldList()
{
    QStringList names;
    for (const EntityDef& e : entities())
        for (const FieldDef& f : e.fields)
            if (f.tree && !names.contains(f.name))
                names << f.name;
    names.sort();
    for (QString& n : names)
        n = QLatin1Char('\'') + n + QLatin1Char('\'');
    return names.join(QStringLiteral(", "));
}

QString checkValue(const EntityDef& e, const FieldDef& f, const QVariant& value)
{
    // The label is only needed for a message: valid values (nearly all) skip it.
    auto label = [&] {
        return f.label.isEmpty() ? fieldLabel(e.name, f.name) : f.label;
    };
    const bool empty = value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
    if (empty)
        return f.required ? CoreText::tr("%1 is required.").arg(label()) : QString();

    auto problem = [&](const QString& why) {
        return QStringLiteral("%1: %2").arg(label(), why);
    };
    // Every field but a number is stored as text: a number or a yes/no where text belongs is
    // refused, not turned into "42" or "true" (a teammate's batch could carry either).
    if (f.type != FieldType::Int && f.type != FieldType::Money && value.typeId() != QMetaType::QString)
        return problem(
            CoreText::tr("expected text, got a value of another type (%1).").arg(value.toString()));
    switch (f.type) {
    case FieldType::Int:
    case FieldType::Money: {
        // Only a number that is whole: QVariant would turn true into 1 and round 2.5 to 3, and a
        // teammate's batch could carry either.
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        const int type = value.typeId();
        const bool number = type == QMetaType::Int || type == QMetaType::LongLong ||
                            type == QMetaType::UInt || type == QMetaType::ULongLong ||
                            type == QMetaType::Double;
        const double d = type == QMetaType::Double ? value.toDouble() : 0.0;
        if (!ok || !number ||
            (type == QMetaType::Double && (!std::isfinite(d) || d != std::trunc(d) || std::fabs(d) > 9.0e15)))
            return problem(CoreText::tr("expected a whole number, got \"%1\".").arg(value.toString()));
        if (f.check == Check::Range && (n < f.min || n > f.max))
            return problem(CoreText::tr("must be between %1 and %2, got %3.").arg(f.min).arg(f.max).arg(n));
        return {};
    }
    case FieldType::Enum:
        if (!f.enumValues.contains(value.toString()))
            return problem(
                CoreText::tr("\"%1\" is not one of: %2.", "a stored value outside a field's choices")
                    .arg(value.toString(), f.enumValues.join(QStringLiteral(", "))));
        return {};
    case FieldType::Date: {
        static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString s = value.toString();
        if (!re.match(s).hasMatch() || !QDate::fromString(s, Qt::ISODate).isValid())
            return problem(CoreText::tr("\"%1\" is not a date of the form YYYY-MM-DD.").arg(s));
        return {};
    }
    case FieldType::DateTime: {
        const QString s = value.toString();
        const QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!dt.isValid() || !s.endsWith(QLatin1Char('Z')))
            return problem(
                CoreText::tr("\"%1\" is not a UTC time of the form YYYY-MM-DDTHH:MM:SS.sssZ.").arg(s));
        return {};
    }
    case FieldType::IdList: {
        const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
        if (!doc.isArray())
            return problem(CoreText::tr("expected a JSON list of ids."));
        for (const auto& v : doc.array())
            if (!v.isString())
                return problem(CoreText::tr("expected a JSON list of ids."));
        return {};
    }
    case FieldType::Ref:
    case FieldType::Text:
        break;
    }

    const QString s = value.toString();
    QString why;
    switch (f.check) {
    case Check::CreditCode:
        why = validation::checkCreditCode(s);
        break;
    case Check::Email:
        why = validation::checkEmail(s);
        break;
    case Check::Phone:
        why = validation::checkPhone(s);
        break;
    case Check::Mobile:
        why = validation::checkMobile(s);
        break;
    case Check::Currency: {
        static const QRegularExpression re(QStringLiteral("^[A-Z]{3}$"));
        if (!re.match(s).hasMatch())
            why = CoreText::tr("\"%1\" is not a three-letter currency code such as CNY.").arg(s);
        break;
    }
    case Check::FieldKey:
        if (!isCustomFieldKey(s))
            why = CoreText::tr("\"%1\" is not a key: use a-z first, then a-z, 0-9 or _, at most 40.").arg(s);
        break;
    case Check::None:
    case Check::Range:
        break;
    }
    return why.isEmpty() ? QString() : problem(why);
}

QVariant valueFromText(const FieldDef& f, const QString& input, QString* error)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QVariant();
    switch (f.type) {
    case FieldType::Int: {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (!ok) {
            *error = CoreText::tr("\"%1\" is not a whole number.").arg(text);
            return {};
        }
        return n;
    }
    case FieldType::Money: {
        // Accepts 1234, 1234.5, 1,234.50, ¥1234 and 12.5万 — stored as 分.
        QString s = text;
        s.remove(QLatin1Char(',')).remove(QChar(0x00A5)).remove(QChar(0xFFE5)).remove(QLatin1Char(' '));
        qint64 scale = 100;
        if (s.endsWith(QChar(0x4E07))) { // 万
            scale = 1000000;
            s.chop(1);
        }
        static const QRegularExpression re(QStringLiteral("^(\\d+)(?:\\.(\\d{1,6}))?$"));
        const auto m = re.match(s);
        if (!m.hasMatch()) {
            *error = CoreText::tr("\"%1\" is not an amount such as 1234.50.").arg(text);
            return {};
        }
        const qint64 whole = m.captured(1).toLongLong();
        QString frac = m.captured(2);
        const int digits = scale == 100 ? 2 : 6;
        if (frac.size() > digits) {
            *error = CoreText::tr("\"%1\" has more decimals than the currency allows.").arg(text);
            return {};
        }
        frac = frac.leftJustified(digits, QLatin1Char('0'));
        return whole * scale + frac.toLongLong();
    }
    case FieldType::IdList:
        if (!text.startsWith(QLatin1Char('['))) {
            QJsonArray arr;
            for (const QString& id : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                arr.append(id.trimmed());
            return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
        }
        return text;
    case FieldType::Text:
        if (f.check == Check::CreditCode)
            return validation::normalizeCreditCode(text);
        return input; // free text keeps its own spacing
    default:
        return text;
    }
}

} // namespace summit::model
