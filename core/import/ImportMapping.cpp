// Matching a sheet's columns to what they feed: the targets of each kind of
// import, the Chinese and English header words, and mappings saved as templates.
#include "CoreText.h"
#include "import/Import.h"

#include "store/CustomFields.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace summit::import {

namespace {

QString l1(const char* s)
{
    return QString::fromLatin1(s);
}

// A header reduced for matching: full-width folded, lower case, no spaces,
// punctuation or a required-marker star.
QString foldHeader(const QString& h)
{
    QString s = h.normalized(QString::NormalizationForm_KC).toLower();
    static const QRegularExpression noise(QStringLiteral("[\\s*:_\\-()\\[\\]/.]"));
    s.remove(noise);
    return s;
}

// Header words per import type and target, beyond the fields' own labels.
std::vector<std::pair<QString, QStringList>> synonymsOf(const QString& type)
{
    auto u = [](std::initializer_list<const char*> words) {
        QStringList out;
        for (const char* w : words)
            out << QString::fromUtf8(w);
        return out;
    };
    const QStringList accountRef =
        u({"客户名称", "客户", "公司名称", "公司", "单位名称", "企业名称", "所属客户",
           "客户（名称或信用代码）", "account", "accountname", "company", "customer"});
    std::vector<std::pair<QString, QStringList>> s;
    if (type == l1("accounts")) {
        s = {{l1("name"), u({"客户名称", "公司名称", "单位名称", "企业名称", "名称", "客户", "公司",
                             "account", "accountname", "company", "name"})},
             {l1("short_name"), u({"简称", "客户简称", "公司简称", "shortname"})},
             {l1("credit_code"), u({"统一社会信用代码", "信用代码", "社会信用代码", "creditcode", "uscc"})},
             {kParentRef, u({"上级单位", "母公司", "上级公司", "parent", "parentcompany"})},
             {kGroupRef, u({"所属集团", "集团", "集团名称", "集团客户", "group"})},
             {l1("industry"), u({"行业", "所属行业", "industry"})},
             {l1("region"), u({"区域", "地区", "所属区域", "省份", "region"})},
             {l1("address"), u({"地址", "注册地址", "办公地址", "address"})},
             {l1("website"), u({"网址", "官网", "网站", "website"})},
             {l1("tier"), u({"客户分级", "分级", "客户等级", "客户级别", "等级", "级别", "tier"})},
             {l1("stage"), u({"阶段", "客户阶段", "stage"})},
             {l1("scale"), u({"规模", "企业规模", "scale"})},
             {l1("potential"), u({"潜力", "客户潜力", "potential"})},
             {l1("am_id"), u({"负责人", "客户经理", "销售", "销售负责人", "am", "accountmanager", "owner"})},
             {l1("sa_id"), u({"解决方案经理", "方案经理", "解决方案架构师", "售前", "sa"})},
             {l1("de_id"), u({"交付经理", "交付负责人", "交付专家", "de"})},
             {l1("kind"), u({"单位类型", "组织类型", "公司类型"})},
             {l1("credit_limit"), u({"信用额度", "授信额度"})},
             {l1("currency"), u({"币种", "货币"})},
             {l1("payment_terms_days"), u({"账期（天）", "账期", "付款期限"})},
             {l1("invoice_title"), u({"发票抬头", "开票名称"})},
             {l1("tax_id"), u({"税号", "纳税人识别号"})},
             {l1("bank"), u({"开户行", "开户银行"})},
             {l1("bank_account"), u({"银行账号", "银行账户"})},
             {l1("strategy_notes"), u({"客户策略", "策略"})},
             {l1("tags"), u({"标签", "客户标签", "tags", "tag"})}};
    } else if (type == l1("orgunits")) {
        s = {{kAccountRef,
              u({"客户名称", "客户", "所属客户", "集团", "account", "customer", "客户（名称或信用代码）"})},
             {l1("name"), u({"单位名称", "部门名称", "组织名称", "名称", "单元名称", "name", "unit"})},
             {kParentRef, u({"上级单位", "上级部门", "上级", "上级公司或单位", "parent"})},
             {l1("credit_code"), u({"统一社会信用代码", "信用代码", "creditcode"})},
             {l1("kind"), u({"类型", "单位类型", "kind", "type"})},
             {l1("region"), u({"区域", "地区", "region"})},
             {l1("position"), u({"排序", "顺序"})}};
    } else if (type == l1("contacts")) {
        s = {{kAccountRef, accountRef},
             {kUnitRef, u({"所属单位", "所属子公司", "所属公司", "所在单位", "组织", "组织单位（名称）",
                           "unit", "orgunit"})},
             {l1("name"), u({"联系人", "姓名", "联系人姓名", "name", "contact", "contactname"})},
             {l1("title"), u({"职务", "职位", "头衔", "title", "jobtitle", "position"})},
             {l1("department"), u({"所属部门", "部门", "department"})},
             {l1("mobile"), u({"手机", "手机号", "手机号码", "移动电话", "mobile", "cell"})},
             {l1("phone"), u({"电话", "座机", "办公电话", "固话", "phone", "tel", "telephone"})},
             {l1("email"), u({"邮箱", "电子邮件", "电子邮箱", "email", "e-mail", "mail"})},
             {l1("wechat"), u({"微信", "微信号", "wechat"})},
             {l1("decision_role"), u({"决策角色", "角色", "decisionrole", "role"})},
             {l1("stance"), u({"态度", "立场", "stance", "attitude"})},
             {l1("influence"), u({"影响力", "influence"})},
             {kReportsToRef,
              u({"上级", "直属上级", "汇报对象", "汇报给", "汇报对象（姓名）", "reportsto", "manager"})},
             {l1("orientation"), u({"决策倾向", "关注点"})},
             {l1("left_on"), u({"离职日期", "离职时间"})},
             {l1("notes"), u({"备注", "说明", "notes", "remarks"})},
             {l1("status"), u({"状态", "在职状态", "status"})}};
    } else if (type == l1("followups")) {
        s = {{kAccountRef, accountRef},
             {l1("type"), u({"跟进方式", "方式", "类型", "跟进类型", "type"})},
             {l1("at"), u({"跟进时间", "时间", "日期", "跟进日期", "date", "time", "at"})},
             {l1("summary"), u({"跟进内容", "内容", "摘要", "纪要", "summary"})},
             {l1("outcome"), u({"结果", "成果", "outcome"})},
             {l1("next_action"), u({"下一步", "下一步行动", "nextaction", "nextstep"})},
             {l1("next_due"),
              u({"下次跟进日期", "下一步截止日期", "下一步行动截止日期", "截止日期", "nextdue", "due"})},
             {l1("author_id"), u({"跟进人", "记录人", "负责人", "author", "owner"})},
             {kContactsRef,
              u({"联系人", "参与人", "拜访对象", "客户联系人", "contacts", "contact", "attendees"})},
             {kOpportunityRef, u({"相关商机", "关联商机", "商机", "opportunity", "deal"})}};
    } else if (type == l1("opportunities")) {
        s = {{kAccountRef, accountRef},
             {l1("name"), u({"商机名称", "项目名称", "商机", "项目", "名称", "opportunity", "name"})},
             {l1("stage"), u({"阶段", "商机阶段", "销售阶段", "stage"})},
             {l1("amount"), u({"金额", "预计金额", "商机金额", "合同金额", "amount"})},
             {l1("expected_close"),
              u({"预计成交日期", "预计签约日期", "预计成交", "成交日期", "closedate", "expectedclose"})},
             {l1("probability"), u({"赢率", "赢率（%）", "概率", "成交概率", "probability"})},
             {l1("currency"), u({"币种", "货币"})},
             {l1("loss_reason"), u({"丢单原因", "输单原因"})},
             {l1("competitors"), u({"竞争对手", "竞品", "competitors"})},
             {l1("next_step"), u({"下一步", "nextstep"})},
             {l1("status"), u({"状态", "status"})},
             {l1("owner_id"), u({"负责人", "销售", "owner"})},
             {kBuyingCenterRef, u({"采购决策链", "决策链", "采购角色", "buyingcenter", "buyingroles"})}};
    }
    return s;
}

// The labels of the references, untranslated (a header in English maps in any language).
const char* refSource(const QString& key)
{
    static const std::pair<const QString*, const char*> labels[] = {
        {&kAccountRef, QT_TRANSLATE_NOOP("summit::core", "Account (name or credit code)")},
        {&kParentRef, QT_TRANSLATE_NOOP("summit::core", "Parent company or unit")},
        {&kGroupRef, QT_TRANSLATE_NOOP("summit::core", "Group (the account at the top)")},
        {&kUnitRef, QT_TRANSLATE_NOOP("summit::core", "Org unit (name)")},
        {&kReportsToRef, QT_TRANSLATE_NOOP("summit::core", "Reports to (name)")},
        {&kContactsRef, QT_TRANSLATE_NOOP("summit::core", "Contacts met (names)")},
        {&kOpportunityRef, QT_TRANSLATE_NOOP("summit::core", "Opportunity (name)")},
        {&kBuyingCenterRef, QT_TRANSLATE_NOOP("summit::core", "Buying center (names and roles)")},
    };
    for (const auto& [ref, text] : labels)
        if (*ref == key)
            return text;
    return nullptr;
}

QString refLabel(const QString& key)
{
    const char* text = refSource(key);
    return text ? CoreText::tr(text) : key;
}

// The record type whose field labels a target: an account sheet's "kind" is its units'.
QString labelledEntity(const QString& entity, const QString& key)
{
    return entity == QLatin1String("account") && key == QLatin1String("kind") ? QStringLiteral("org_unit")
                                                                              : entity;
}

// A target's label in English, whatever the language shown.
QString sourceLabel(const QString& entity, const QString& key)
{
    if (const char* text = refSource(key))
        return QString::fromLatin1(text);
    return model::fieldSourceLabel(labelledEntity(entity, key), key);
}

// A target's label in Chinese, whatever the language shown; empty without the translation.
QString chineseLabel(const QString& entity, const QString& key)
{
    if (const char* text = refSource(key))
        return model::inChinese(text);
    return model::fieldChineseLabel(labelledEntity(entity, key), key);
}

} // namespace

QString recordTypeOf(const QString& type)
{
    static const QHash<QString, QString> map = {{l1("accounts"), l1("account")},
                                                {l1("orgunits"), l1("org_unit")},
                                                {l1("contacts"), l1("contact")},
                                                {l1("followups"), l1("followup")},
                                                {l1("opportunities"), l1("opportunity")}};
    return map.value(type);
}

const QStringList& importTypes()
{
    static const QStringList all = {QStringLiteral("accounts"), QStringLiteral("orgunits"),
                                    QStringLiteral("contacts"), QStringLiteral("followups"),
                                    QStringLiteral("opportunities")};
    return all;
}

std::vector<Target> targets(Database& db, const QString& type)
{
    std::vector<Target> out;
    const QString entity = recordTypeOf(type);
    const model::EntityDef* def = model::entity(entity);
    if (!def)
        return out;
    auto add = [&](const QString& key) {
        for (const Target& t : out)
            if (t.key == key)
                return;
        out.push_back(
            {key, key.startsWith(QLatin1Char('@')) ? refLabel(key) : model::fieldLabel(entity, key)});
    };
    for (const auto& [key, words] : synonymsOf(type))
        if (key.startsWith(QLatin1Char('@')))
            add(key);
    for (const model::FieldDef& f : def->fields) {
        const bool member = f.type == model::FieldType::Ref && f.refEntity == QLatin1String("member");
        if ((f.type == model::FieldType::Ref && !member) || f.type == model::FieldType::IdList || f.tree)
            continue;
        add(f.name);
    }
    if (type == QLatin1String("accounts"))
        add(QStringLiteral("kind")); // a subsidiary's kind of org unit
    if (model::customizableEntities().contains(entity))
        for (const custom::Definition& d : custom::definitions(db, entity))
            out.push_back({d.key, d.field().label});
    // "kind" on an accounts sheet is the org unit's field.
    for (Target& t : out)
        if (type == QLatin1String("accounts") && t.key == QLatin1String("kind"))
            t.label = model::fieldLabel(u"org_unit", u"kind");
    return out;
}

std::vector<Target> exportedTargets(Database& db, const QString& type)
{
    std::vector<Target> out = targets(db, type);
    if (type == QLatin1String("accounts"))
        std::erase_if(out, [](const Target& t) {
            return t.key == kParentRef || t.key == kGroupRef || t.key == QLatin1String("kind");
        });
    // A label that autoMap would give to another target (a custom field called "Region", two
    // custom fields with one label) is replaced by the target's key, which maps to it alone.
    QStringList headers;
    for (const Target& t : out)
        headers << t.label;
    const Mapping m = autoMap(db, type, headers);
    for (size_t i = 0; i < out.size(); ++i)
        if (m.columns.value(qsizetype(i)) != out[i].key)
            out[i].label = out[i].key;
    return out;
}

QString joinNames(const QStringList& names)
{
    return names.join(CoreText::tr(", ", "between people's names in one cell"));
}

QStringList splitNames(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[、,，;；\\r\\n]"));
    QStringList out;
    for (const QString& part : text.split(separators))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QString buyingRoleText(const QString& name, const QString& roleKey)
{
    return roleKey.isEmpty()
               ? name
               : QStringLiteral("%1 (%2)").arg(name, model::enumLabel(u"decision_role", roleKey));
}

Mapping autoMap(Database& db, const QString& type, const QStringList& headers)
{
    Mapping m;
    m.type = type;
    const QString entity = recordTypeOf(type);
    // Folded word -> target, most specific sources first: synonyms, then labels.
    QHash<QString, QString> words;
    for (const auto& [key, list] : synonymsOf(type))
        for (const QString& w : list)
            if (!words.contains(foldHeader(w)))
                words.insert(foldHeader(w), key);
    for (const Target& t : targets(db, type)) {
        for (const QString& w : {t.key, t.label, model::fieldLabel(entity, t.key), sourceLabel(entity, t.key),
                                 chineseLabel(entity, t.key)})
            if (!w.isEmpty() && !words.contains(foldHeader(w)))
                words.insert(foldHeader(w), t.key);
    }
    if (model::customizableEntities().contains(entity))
        for (const custom::Definition& d : custom::definitions(db, entity))
            for (const QString& w : {d.label, d.labelZh})
                if (!w.isEmpty() && !words.contains(foldHeader(w)))
                    words.insert(foldHeader(w), d.key);
    QSet<QString> used;
    for (const QString& h : headers) {
        const QString target = words.value(foldHeader(h));
        if (!target.isEmpty() && !used.contains(target)) {
            used.insert(target);
            m.columns << target;
        } else {
            m.columns << QString();
        }
    }
    return m;
}

QJsonObject Mapping::toJson(const QStringList& headers) const
{
    QJsonObject byHeader;
    for (int c = 0; c < columns.size() && c < headers.size(); ++c)
        if (!columns[c].isEmpty() && !headers[c].trimmed().isEmpty())
            byHeader.insert(headers[c], columns[c]);
    return {{QStringLiteral("type"), type}, {QStringLiteral("columns"), byHeader}};
}

Result<Mapping> Mapping::fromJson(const QJsonObject& json, const QStringList& headers)
{
    Mapping m;
    m.type = json.value(QStringLiteral("type")).toString();
    if (!importTypes().contains(m.type))
        return Result<Mapping>::fail(CoreText::tr("The mapping's type \"%1\" is not one of: %2.")
                                         .arg(m.type, importTypes().join(QStringLiteral(", "))));
    // {"columns": {"客户名称": "name", …}}: by header text, so the template fits a file with other columns.
    const QJsonValue columns = json.value(QStringLiteral("columns"));
    if (columns.isObject()) {
        const QJsonObject byHeader = columns.toObject();
        QHash<QString, QString> folded;
        for (auto it = byHeader.begin(); it != byHeader.end(); ++it)
            folded.insert(foldHeader(it.key()), it.value().toString());
        for (const QString& h : headers)
            m.columns << folded.value(foldHeader(h));
        return m;
    }
    if (columns.isArray()) {
        for (const QJsonValue& v : columns.toArray())
            m.columns << v.toString();
        while (m.columns.size() < headers.size())
            m.columns << QString();
        return m;
    }
    return Result<Mapping>::fail(CoreText::tr("The mapping has no \"columns\"."));
}

} // namespace summit::import
