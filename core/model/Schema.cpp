#include "model/Schema.h"
#include "CoreText.h"

#include "validation/Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
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
          since(text("tier_reason"), 11)},
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
    switch (f.type) {
    case FieldType::Int:
    case FieldType::Money: {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || value.typeId() == QMetaType::QString)
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

namespace {
// The untranslated label of an enum key, or null.
const char* enumSource(QStringView field, QStringView key)
{
    struct Label
    {
        const char* field;
        const char* key;
        const char* text;
    };
    static const Label labels[] = {
        {"role", "account_manager", QT_TRANSLATE_NOOP("summit::core", "Account manager")},
        {"role", "solution_architect", QT_TRANSLATE_NOOP("summit::core", "Solution architect")},
        {"role", "delivery_expert", QT_TRANSLATE_NOOP("summit::core", "Delivery expert")},
        {"role", "team_lead", QT_TRANSLATE_NOOP("summit::core", "Team lead")},
        {"role", "admin", QT_TRANSLATE_NOOP("summit::core", "Administrator")},
        {"scale", "small", QT_TRANSLATE_NOOP("summit::core", "Small")},
        {"scale", "medium", QT_TRANSLATE_NOOP("summit::core", "Mid-sized")},
        {"scale", "large", QT_TRANSLATE_NOOP("summit::core", "Large")},
        {"scale", "giant", QT_TRANSLATE_NOOP("summit::core", "Giant")},
        {"potential", "low", QT_TRANSLATE_NOOP("summit::core", "Low")},
        {"potential", "medium", QT_TRANSLATE_NOOP("summit::core", "Medium")},
        {"potential", "high", QT_TRANSLATE_NOOP("summit::core", "High")},
        {"stage", "lead", QT_TRANSLATE_NOOP("summit::core", "Lead")},
        {"stage", "nurturing", QT_TRANSLATE_NOOP("summit::core", "Nurturing")},
        {"stage", "opportunity", QT_TRANSLATE_NOOP("summit::core", "Opportunity")},
        {"stage", "closing", QT_TRANSLATE_NOOP("summit::core", "Closing")},
        {"stage", "onboarding", QT_TRANSLATE_NOOP("summit::core", "Onboarding")},
        {"stage", "service", QT_TRANSLATE_NOOP("summit::core", "Service")},
        {"stage", "expansion", QT_TRANSLATE_NOOP("summit::core", "Expansion / renewal")},
        {"stage", "advocacy", QT_TRANSLATE_NOOP("summit::core", "Advocacy")},
        {"stage", "qualify", QT_TRANSLATE_NOOP("summit::core", "Qualify")},
        {"stage", "develop", QT_TRANSLATE_NOOP("summit::core", "Develop")},
        {"stage", "propose", QT_TRANSLATE_NOOP("summit::core", "Propose")},
        {"stage", "negotiate", QT_TRANSLATE_NOOP("summit::core", "Negotiate")},
        {"stage", "commit", QT_TRANSLATE_NOOP("summit::core", "Commit")},
        {"kind", "group_hq", QT_TRANSLATE_NOOP("summit::core", "Group HQ")},
        {"kind", "division", QT_TRANSLATE_NOOP("summit::core", "Division")},
        {"kind", "region", QT_TRANSLATE_NOOP("summit::core", "Region")},
        {"kind", "subsidiary", QT_TRANSLATE_NOOP("summit::core", "Subsidiary")},
        {"kind", "plant", QT_TRANSLATE_NOOP("summit::core", "Plant")},
        {"kind", "department", QT_TRANSLATE_NOOP("summit::core", "Department")},
        {"kind", "influences", QT_TRANSLATE_NOOP("summit::core", "Influences")},
        {"kind", "trusts", QT_TRANSLATE_NOOP("summit::core", "Trusts")},
        {"kind", "mentors", QT_TRANSLATE_NOOP("summit::core", "Mentors")},
        {"kind", "rivals", QT_TRANSLATE_NOOP("summit::core", "Rivals")},
        {"decision_role", "economic_buyer", QT_TRANSLATE_NOOP("summit::core", "Economic buyer")},
        {"decision_role", "technical_buyer", QT_TRANSLATE_NOOP("summit::core", "Technical buyer")},
        {"decision_role", "financial_approver", QT_TRANSLATE_NOOP("summit::core", "Financial approver")},
        {"decision_role", "user_buyer", QT_TRANSLATE_NOOP("summit::core", "User buyer")},
        {"decision_role", "influencer", QT_TRANSLATE_NOOP("summit::core", "Influencer")},
        {"decision_role", "champion", QT_TRANSLATE_NOOP("summit::core", "Champion / coach")},
        {"decision_role", "gatekeeper", QT_TRANSLATE_NOOP("summit::core", "Gatekeeper")},
        {"decision_role", "blocker", QT_TRANSLATE_NOOP("summit::core", "Blocker")},
        {"stance", "champion", QT_TRANSLATE_NOOP("summit::core", "Champion")},
        {"stance", "supporter", QT_TRANSLATE_NOOP("summit::core", "Supporter")},
        {"stance", "neutral", QT_TRANSLATE_NOOP("summit::core", "Neutral")},
        {"stance", "skeptic", QT_TRANSLATE_NOOP("summit::core", "Skeptic")},
        {"stance", "opponent", QT_TRANSLATE_NOOP("summit::core", "Opponent")},
        {"stance", "unknown", QT_TRANSLATE_NOOP("summit::core", "Unknown")},
        {"orientation", "results", QT_TRANSLATE_NOOP("summit::core", "Results")},
        {"orientation", "technology", QT_TRANSLATE_NOOP("summit::core", "Technology")},
        {"orientation", "price", QT_TRANSLATE_NOOP("summit::core", "Price")},
        {"orientation", "relationship", QT_TRANSLATE_NOOP("summit::core", "Relationship")},
        {"orientation", "risk", QT_TRANSLATE_NOOP("summit::core", "Risk")},
        {"status", "active", QT_TRANSLATE_NOOP("summit::core", "Active")},
        {"status", "left", QT_TRANSLATE_NOOP("summit::core", "Left the company")},
        {"status", "open", QT_TRANSLATE_NOOP("summit::core", "Open")},
        {"status", "won", QT_TRANSLATE_NOOP("summit::core", "Won")},
        {"status", "lost", QT_TRANSLATE_NOOP("summit::core", "Lost")},
        {"status", "done", QT_TRANSLATE_NOOP("summit::core", "Done")},
        {"status", "cancelled", QT_TRANSLATE_NOOP("summit::core", "Cancelled")},
        {"status", "draft", QT_TRANSLATE_NOOP("summit::core", "Draft")},
        {"status", "signed", QT_TRANSLATE_NOOP("summit::core", "Signed")},
        {"status", "expired", QT_TRANSLATE_NOOP("summit::core", "Expired")},
        {"status", "terminated", QT_TRANSLATE_NOOP("summit::core", "Terminated")},
        {"category", "request", QT_TRANSLATE_NOOP("summit::core", "Request")},
        {"category", "incident", QT_TRANSLATE_NOOP("summit::core", "Incident")},
        {"category", "complaint", QT_TRANSLATE_NOOP("summit::core", "Complaint")},
        {"severity", "low", QT_TRANSLATE_NOOP("summit::core", "Low")},
        {"severity", "medium", QT_TRANSLATE_NOOP("summit::core", "Medium")},
        {"severity", "high", QT_TRANSLATE_NOOP("summit::core", "High")},
        {"severity", "critical", QT_TRANSLATE_NOOP("summit::core", "Critical")},
        {"level", "none", QT_TRANSLATE_NOOP("summit::core", "None")},
        {"level", "brief", QT_TRANSLATE_NOOP("summit::core", "Brief")},
        {"level", "working", QT_TRANSLATE_NOOP("summit::core", "Working")},
        {"level", "trusted", QT_TRANSLATE_NOOP("summit::core", "Trusted")},
        {"type", "visit", QT_TRANSLATE_NOOP("summit::core", "Visit")},
        {"type", "call", QT_TRANSLATE_NOOP("summit::core", "Call")},
        {"type", "meeting", QT_TRANSLATE_NOOP("summit::core", "Meeting")},
        {"type", "email", QT_TRANSLATE_NOOP("summit::core", "Email")},
        {"type", "message", QT_TRANSLATE_NOOP("summit::core", "Message")},
        {"type", "demo", QT_TRANSLATE_NOOP("summit::core", "Demo")},
        {"type", "executive_visit", QT_TRANSLATE_NOOP("summit::core", "Executive visit")},
        {"source", "manual", QT_TRANSLATE_NOOP("summit::core", "Manual")},
        {"source", "followup", QT_TRANSLATE_NOOP("summit::core", "Follow-up")},
        {"source", "rule", QT_TRANSLATE_NOOP("summit::core", "Rule")},
        {"source", "playbook", QT_TRANSLATE_NOOP("summit::core", "Playbook")},
        {"applies_to", "account", QT_TRANSLATE_NOOP("summit::core", "Accounts")},
        {"applies_to", "contact", QT_TRANSLATE_NOOP("summit::core", "Contacts")},
        {"applies_to", "opportunity", QT_TRANSLATE_NOOP("summit::core", "Opportunities")},
        {"applies_to", "followup", QT_TRANSLATE_NOOP("summit::core", "Follow-ups")},
        {"value_type", "text", QT_TRANSLATE_NOOP("summit::core", "Text")},
        {"value_type", "number", QT_TRANSLATE_NOOP("summit::core", "Number")},
        {"value_type", "money", QT_TRANSLATE_NOOP("summit::core", "Money")},
        {"value_type", "date", QT_TRANSLATE_NOOP("summit::core", "Date")},
        {"value_type", "choice", QT_TRANSLATE_NOOP("summit::core", "Choice list")},
        {"value_type", "yes_no", QT_TRANSLATE_NOOP("summit::core", "Yes / no")},
        {"value_type", "member", QT_TRANSLATE_NOOP("summit::core", "Team member")},
        {"value_type", "multiline", QT_TRANSLATE_NOOP("summit::core", "Several lines of text")},
        {"show_in", "form", QT_TRANSLATE_NOOP("summit::core", "Only in the form")},
        {"show_in", "lists", QT_TRANSLATE_NOOP("summit::core", "In the form and as a column in lists")},
        {"revenue_basis", "contracts", QT_TRANSLATE_NOOP("summit::core", "Contracts signed")},
        {"revenue_basis", "received", QT_TRANSLATE_NOOP("summit::core", "Payments received")},
        {"yes_no", "yes", QT_TRANSLATE_NOOP("summit::core", "Yes")},
        {"yes_no", "no", QT_TRANSLATE_NOOP("summit::core", "No")},
    };
    QStringView f = field;
    if (f == u"desired_level")
        f = u"level";
    if (f == u"role" && key != u"account_manager" && key != u"solution_architect" &&
        key != u"delivery_expert" && key != u"team_lead" && key != u"admin")
        f = u"decision_role"; // buying-center roles share the decision roles
    for (const Label& l : labels)
        if (f == QLatin1String(l.field) && key == QLatin1String(l.key))
            return l.text;
    // A custom yes/no field: its keys read as words.
    if (f != u"yes_no" && (key == u"yes" || key == u"no"))
        return enumSource(u"yes_no", key);
    return nullptr;
}
} // namespace

QString enumLabel(QStringView field, QStringView key)
{
    const char* text = enumSource(field, key);
    return text ? CoreText::tr(text) : key.toString();
}

QString enumSourceLabel(QStringView field, QStringView key)
{
    const char* text = enumSource(field, key);
    return text ? QString::fromLatin1(text) : key.toString();
}

namespace {
// The untranslated label of a field, or null (then the field's name is its label).
const char* fieldSource(QStringView entity, QStringView field)
{
    struct Label
    {
        const char* field;
        const char* text;
    };
    static const Label labels[] = {
        {"name", QT_TRANSLATE_NOOP("summit::core", "Name")},
        {"short_name", QT_TRANSLATE_NOOP("summit::core", "Short name")},
        {"industry", QT_TRANSLATE_NOOP("summit::core", "Industry")},
        {"region", QT_TRANSLATE_NOOP("summit::core", "Region")},
        {"scale", QT_TRANSLATE_NOOP("summit::core", "Scale")},
        {"credit_code", QT_TRANSLATE_NOOP("summit::core", "Unified social credit code")},
        {"website", QT_TRANSLATE_NOOP("summit::core", "Website")},
        {"address", QT_TRANSLATE_NOOP("summit::core", "Address")},
        {"tier", QT_TRANSLATE_NOOP("summit::core", "Tier")},
        {"stage", QT_TRANSLATE_NOOP("summit::core", "Stage")},
        {"potential", QT_TRANSLATE_NOOP("summit::core", "Potential")},
        {"am_id", QT_TRANSLATE_NOOP("summit::core", "Account manager")},
        {"sa_id", QT_TRANSLATE_NOOP("summit::core", "Solution architect")},
        {"de_id", QT_TRANSLATE_NOOP("summit::core", "Delivery expert")},
        {"credit_limit", QT_TRANSLATE_NOOP("summit::core", "Credit limit")},
        {"currency", QT_TRANSLATE_NOOP("summit::core", "Currency")},
        {"payment_terms_days", QT_TRANSLATE_NOOP("summit::core", "Payment terms (days)")},
        {"invoice_title", QT_TRANSLATE_NOOP("summit::core", "Invoice title")},
        {"tax_id", QT_TRANSLATE_NOOP("summit::core", "Tax id")},
        {"bank", QT_TRANSLATE_NOOP("summit::core", "Bank")},
        {"bank_account", QT_TRANSLATE_NOOP("summit::core", "Bank account")},
        {"strategy_notes", QT_TRANSLATE_NOOP("summit::core", "Strategy notes")},
        {"applies_to", QT_TRANSLATE_NOOP("summit::core", "For")},
        {"key", QT_TRANSLATE_NOOP("summit::core", "Key")},
        {"label", QT_TRANSLATE_NOOP("summit::core", "Label (English)")},
        {"label_zh", QT_TRANSLATE_NOOP("summit::core", "Label (Chinese)")},
        {"value_type", QT_TRANSLATE_NOOP("summit::core", "Type of value")},
        {"choices", QT_TRANSLATE_NOOP("summit::core", "Choices (one per line)")},
        {"required", QT_TRANSLATE_NOOP("summit::core", "Required (1 = yes)")},
        {"show_in", QT_TRANSLATE_NOOP("summit::core", "Shown")},
        {"account_id", QT_TRANSLATE_NOOP("summit::core", "Account")},
        {"parent_id", QT_TRANSLATE_NOOP("summit::core", "Parent unit")},
        {"kind", QT_TRANSLATE_NOOP("summit::core", "Kind")},
        {"position", QT_TRANSLATE_NOOP("summit::core", "Sort order")},
        {"org_unit_id", QT_TRANSLATE_NOOP("summit::core", "Org unit")},
        {"title", QT_TRANSLATE_NOOP("summit::core", "Job title")},
        {"department", QT_TRANSLATE_NOOP("summit::core", "Department")},
        {"phone", QT_TRANSLATE_NOOP("summit::core", "Phone")},
        {"mobile", QT_TRANSLATE_NOOP("summit::core", "Mobile")},
        {"email", QT_TRANSLATE_NOOP("summit::core", "Email address")},
        {"wechat", QT_TRANSLATE_NOOP("summit::core", "WeChat")},
        {"reports_to", QT_TRANSLATE_NOOP("summit::core", "Reports to")},
        {"decision_role", QT_TRANSLATE_NOOP("summit::core", "Decision role")},
        {"stance", QT_TRANSLATE_NOOP("summit::core", "Stance")},
        {"influence", QT_TRANSLATE_NOOP("summit::core", "Influence")},
        {"orientation", QT_TRANSLATE_NOOP("summit::core", "Decision orientation")},
        {"status", QT_TRANSLATE_NOOP("summit::core", "Status")},
        {"left_on", QT_TRANSLATE_NOOP("summit::core", "Left on")},
        {"notes", QT_TRANSLATE_NOOP("summit::core", "Notes")},
        {"from_id", QT_TRANSLATE_NOOP("summit::core", "From contact")},
        {"to_id", QT_TRANSLATE_NOOP("summit::core", "To contact")},
        {"strength", QT_TRANSLATE_NOOP("summit::core", "Strength")},
        {"note", QT_TRANSLATE_NOOP("summit::core", "Note")},
        {"member_id", QT_TRANSLATE_NOOP("summit::core", "Team member")},
        {"contact_id", QT_TRANSLATE_NOOP("summit::core", "Contact")},
        {"level", QT_TRANSLATE_NOOP("summit::core", "Current level")},
        {"desired_level", QT_TRANSLATE_NOOP("summit::core", "Desired level")},
        {"amount", QT_TRANSLATE_NOOP("summit::core", "Amount")},
        {"probability", QT_TRANSLATE_NOOP("summit::core", "Probability (%)")},
        {"expected_close", QT_TRANSLATE_NOOP("summit::core", "Expected close")},
        {"competitors", QT_TRANSLATE_NOOP("summit::core", "Competitors")},
        {"next_step", QT_TRANSLATE_NOOP("summit::core", "Next step")},
        {"loss_reason", QT_TRANSLATE_NOOP("summit::core", "Loss reason")},
        {"owner_id", QT_TRANSLATE_NOOP("summit::core", "Owner")},
        {"opportunity_id", QT_TRANSLATE_NOOP("summit::core", "Opportunity")},
        {"role", QT_TRANSLATE_NOOP("summit::core", "Role")},
        {"type", QT_TRANSLATE_NOOP("summit::core", "Type")},
        {"at", QT_TRANSLATE_NOOP("summit::core", "Time")},
        {"author_id", QT_TRANSLATE_NOOP("summit::core", "Author")},
        {"contact_ids", QT_TRANSLATE_NOOP("summit::core", "Contacts")},
        {"summary", QT_TRANSLATE_NOOP("summit::core", "Summary")},
        {"outcome", QT_TRANSLATE_NOOP("summit::core", "Outcome")},
        {"next_action", QT_TRANSLATE_NOOP("summit::core", "Next action")},
        {"next_due", QT_TRANSLATE_NOOP("summit::core", "Next action due")},
        {"due", QT_TRANSLATE_NOOP("summit::core", "Due")},
        {"assignee_id", QT_TRANSLATE_NOOP("summit::core", "Assignee")},
        {"source", QT_TRANSLATE_NOOP("summit::core", "Source")},
        {"followup_id", QT_TRANSLATE_NOOP("summit::core", "Follow-up")},
        {"done_at", QT_TRANSLATE_NOOP("summit::core", "Done at")},
        {"number", QT_TRANSLATE_NOOP("summit::core", "Contract number")},
        {"signed_on", QT_TRANSLATE_NOOP("summit::core", "Signed on")},
        {"start_on", QT_TRANSLATE_NOOP("summit::core", "Service start")},
        {"end_on", QT_TRANSLATE_NOOP("summit::core", "Service end")},
        {"renews_id", QT_TRANSLATE_NOOP("summit::core", "Renews contract")},
        {"product_line", QT_TRANSLATE_NOOP("summit::core", "Product line")},
        {"contract_id", QT_TRANSLATE_NOOP("summit::core", "Contract")},
        {"due_on", QT_TRANSLATE_NOOP("summit::core", "Due on")},
        {"amount_due", QT_TRANSLATE_NOOP("summit::core", "Amount due")},
        {"received_on", QT_TRANSLATE_NOOP("summit::core", "Received on")},
        {"amount_received", QT_TRANSLATE_NOOP("summit::core", "Amount received")},
        {"category", QT_TRANSLATE_NOOP("summit::core", "Category")},
        {"severity", QT_TRANSLATE_NOOP("summit::core", "Severity")},
        {"opened_at", QT_TRANSLATE_NOOP("summit::core", "Opened")},
        {"first_response_at", QT_TRANSLATE_NOOP("summit::core", "First response")},
        {"resolved_at", QT_TRANSLATE_NOOP("summit::core", "Resolved")},
        {"surveyed_on", QT_TRANSLATE_NOOP("summit::core", "Surveyed on")},
        {"csat", QT_TRANSLATE_NOOP("summit::core", "CSAT (1–5)")},
        {"nps", QT_TRANSLATE_NOOP("summit::core", "NPS answer (0–10)")},
        {"comment", QT_TRANSLATE_NOOP("summit::core", "Comment")},
        {"deleted", QT_TRANSLATE_NOOP("summit::core", "Deleted")},
        {"tier_reason", QT_TRANSLATE_NOOP("summit::core", "Reason for the tier")},
        {"revenue_basis", QT_TRANSLATE_NOOP("summit::core", "Revenue counted from")},
        {"tier_a_revenue", QT_TRANSLATE_NOOP("summit::core", "Tier A from 12-month revenue of")},
        {"tier_b_revenue", QT_TRANSLATE_NOOP("summit::core", "Tier B from 12-month revenue of")},
        {"tier_a_activity", QT_TRANSLATE_NOOP("summit::core", "Tier A from 3-month activity points of")},
        {"tier_b_activity", QT_TRANSLATE_NOOP("summit::core", "Tier B from 3-month activity points of")},
        {"weight_revenue", QT_TRANSLATE_NOOP("summit::core", "Weight of revenue (%)")},
        {"weight_activity", QT_TRANSLATE_NOOP("summit::core", "Weight of activity (%)")},
        {"weight_potential", QT_TRANSLATE_NOOP("summit::core", "Weight of potential (%)")},
        {"points_visit", QT_TRANSLATE_NOOP("summit::core", "Activity points of a visit")},
        {"points_call", QT_TRANSLATE_NOOP("summit::core", "Activity points of a call")},
        {"points_meeting", QT_TRANSLATE_NOOP("summit::core", "Activity points of a meeting")},
        {"points_email", QT_TRANSLATE_NOOP("summit::core", "Activity points of an email")},
        {"points_message", QT_TRANSLATE_NOOP("summit::core", "Activity points of a message")},
        {"points_demo", QT_TRANSLATE_NOOP("summit::core", "Activity points of a demo")},
        {"points_executive_visit",
         QT_TRANSLATE_NOOP("summit::core", "Activity points of an executive visit")},
        {"cadence_s", QT_TRANSLATE_NOOP("summit::core", "Follow up S accounts every (days)")},
        {"cadence_a", QT_TRANSLATE_NOOP("summit::core", "Follow up A accounts every (days)")},
        {"cadence_b", QT_TRANSLATE_NOOP("summit::core", "Follow up B accounts every (days)")},
        {"cadence_c", QT_TRANSLATE_NOOP("summit::core", "Follow up C accounts every (days)")},
        {"health_engagement", QT_TRANSLATE_NOOP("summit::core", "Health weight: engagement (%)")},
        {"health_relationship", QT_TRANSLATE_NOOP("summit::core", "Health weight: relationships (%)")},
        {"health_commercial", QT_TRANSLATE_NOOP("summit::core", "Health weight: commercial (%)")},
        {"health_service", QT_TRANSLATE_NOOP("summit::core", "Health weight: service (%)")},
        {"health_gaps", QT_TRANSLATE_NOOP("summit::core", "Health weight: open gaps (%)")},
        {"weight_rfm", QT_TRANSLATE_NOOP("summit::core", "Weight of RFM (%)")},
        {"rfm_recency_a", QT_TRANSLATE_NOOP("summit::core", "RFM A: last contract within (days)")},
        {"rfm_recency_b", QT_TRANSLATE_NOOP("summit::core", "RFM B: last contract within (days)")},
        {"rfm_frequency_a", QT_TRANSLATE_NOOP("summit::core", "RFM A: contracts in 24 months, at least")},
        {"rfm_frequency_b", QT_TRANSLATE_NOOP("summit::core", "RFM B: contracts in 24 months, at least")},
        {"clv_margin", QT_TRANSLATE_NOOP("summit::core", "Gross margin for lifetime value (%)")},
        {"clv_years", QT_TRANSLATE_NOOP("summit::core", "Years a customer stays")},
    };
    // One English word, two meanings: give translators distinct strings.
    if (entity == u"org_unit" && field == u"name")
        return QT_TRANSLATE_NOOP("summit::core", "Unit name");
    if ((entity == u"contact" || entity == u"member") && field == u"name")
        return QT_TRANSLATE_NOOP("summit::core", "Full name");
    if (entity == u"task" && field == u"title")
        return QT_TRANSLATE_NOOP("summit::core", "Task");
    if (entity == u"contract" && field == u"title")
        return QT_TRANSLATE_NOOP("summit::core", "Contract title");
    if (entity == u"contract" && field == u"org_unit_id")
        return QT_TRANSLATE_NOOP("summit::core", "Signing entity");
    if (entity == u"service_request" && field == u"title")
        return QT_TRANSLATE_NOOP("summit::core", "Subject");
    for (const Label& l : labels)
        if (field == QLatin1String(l.field))
            return l.text;
    return nullptr;
}
} // namespace

QString fieldLabel(QStringView entity, QStringView field)
{
    const char* text = fieldSource(entity, field);
    return text ? CoreText::tr(text) : field.toString();
}

QString fieldSourceLabel(QStringView entity, QStringView field)
{
    const char* text = fieldSource(entity, field);
    return text ? QString::fromLatin1(text) : field.toString();
}

QString entityLabel(QStringView entity)
{
    struct Label
    {
        const char* entity;
        const char* text;
    };
    static const Label labels[] = {
        {"member", QT_TRANSLATE_NOOP("summit::core", "Team member")},
        {"account", QT_TRANSLATE_NOOP("summit::core", "Account")},
        {"org_unit", QT_TRANSLATE_NOOP("summit::core", "Org unit")},
        {"contact", QT_TRANSLATE_NOOP("summit::core", "Contact")},
        {"influence_link", QT_TRANSLATE_NOOP("summit::core", "Influence link")},
        {"coverage", QT_TRANSLATE_NOOP("summit::core", "Coverage")},
        {"opportunity", QT_TRANSLATE_NOOP("summit::core", "Opportunity")},
        {"buying_role", QT_TRANSLATE_NOOP("summit::core", "Buying-center role")},
        {"followup", QT_TRANSLATE_NOOP("summit::core", "Follow-up")},
        {"task", QT_TRANSLATE_NOOP("summit::core", "Task")},
        {"field_def", QT_TRANSLATE_NOOP("summit::core", "Custom field")},
        {"contract", QT_TRANSLATE_NOOP("summit::core", "Contract")},
        {"receivable", QT_TRANSLATE_NOOP("summit::core", "Receivable")},
        {"service_request", QT_TRANSLATE_NOOP("summit::core", "Service request")},
        {"satisfaction", QT_TRANSLATE_NOOP("summit::core", "Satisfaction survey")},
        {"account_model", QT_TRANSLATE_NOOP("summit::core", "Tier and health model")},
    };
    for (const Label& l : labels)
        if (entity == QLatin1String(l.entity))
            return CoreText::tr(l.text);
    return entity.toString();
}

} // namespace summit::model
