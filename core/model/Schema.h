#pragma once
// The data model as data: every entity, its fields, their types and checks.
// The store, the migrations, the canonical export, the CLI and the UI all read
// these definitions, so a field is declared once.

#include <QString>
#include <QStringList>
#include <QVariant>
#include <vector>

namespace summit::model {

enum class FieldType
{
    Text,     // free text
    Int,      // integer
    Money,    // integer count of minor units (分); the currency is a separate field
    Date,     // yyyy-MM-dd
    DateTime, // ISO 8601 UTC with milliseconds, e.g. 2026-11-23T08:00:00.000Z
    Enum,     // one of a fixed list of stable English keys
    Ref,      // id of another record
    IdList,   // JSON array of ids, e.g. the contacts of a follow-up
};

enum class Check
{
    None,
    CreditCode, // GB 32100-2015 unified social credit code
    Email,
    Phone,
    Mobile,
    Range,    // Int within [min, max]
    Currency, // ISO 4217 three upper-case letters
    FieldKey, // a custom field's key: a-z first, then a-z, 0-9 or _, at most 40
};

struct FieldDef
{
    QString name;
    FieldType type = FieldType::Text;
    QStringList enumValues; // for Enum
    QString refEntity;      // for Ref and IdList
    Check check = Check::None;
    qint64 min = 0, max = 0; // for Check::Range
    bool required = false;
    bool tree = false;        // parent pointer of a tree: moves are checked for cycles
    bool sameAccount = false; // a Ref that must point into the same account
    int sinceSchema = 1;      // the schema version that added the column
    QString label;            // shown instead of fieldLabel() when set (custom fields)
    bool longText = false;    // several lines of text (custom fields; built-in notes are known by name)
};

struct EntityDef
{
    QString name;  // stable key used in operations, e.g. "contact"
    QString table; // SQLite table of the materialised state
    std::vector<FieldDef> fields;
    QString titleField;      // what names a record in lists, history and search
    QStringList searchTitle; // indexed with pinyin
    QStringList searchBody;  // indexed without pinyin
    QString accountField;    // the field that says which account a record belongs to
    int sinceSchema = 1;     // the schema version that added the table
    bool searchable() const { return !searchTitle.isEmpty() || !searchBody.isEmpty(); }
    const FieldDef* field(QStringView name) const;
};

const std::vector<EntityDef>& entities();
const EntityDef* entity(QStringView name);
// The names of every tree field as an SQL list, sorted: "'parent_id', 'reports_to'".
QString treeFieldList();

// Translated display label of an enumeration key, e.g. ("stance", "champion") -> "Champion".
QString enumLabel(QStringView field, QStringView key);
// The same label untranslated (English), e.g. for reading a spreadsheet's words.
QString enumSourceLabel(QStringView field, QStringView key);
// The record types a team can add custom fields to.
const QStringList& customizableEntities();
// True for a syntactically valid custom field key (see Check::FieldKey).
bool isCustomFieldKey(QStringView key);

// Translated display label of a field, e.g. "credit_code" -> "Credit code".
QString fieldLabel(QStringView entity, QStringView field);
// The same label untranslated (English), e.g. for reading a spreadsheet's headers in any language.
QString fieldSourceLabel(QStringView entity, QStringView field);
// A word of the program in Simplified Chinese, whatever the language shown: the translation
// the desktop and the CLI carry (:/i18n/summit_zh_CN.qm). An import reads a sheet a colleague's
// Chinese Summit wrote with it. Empty when the program carries no translation (a core test).
QString inChinese(const char* sourceText);
// Field and choice labels in Chinese (see inChinese), e.g. "credit_code" -> "统一社会信用代码".
QString fieldChineseLabel(QStringView entity, QStringView field);
QString enumChineseLabel(QStringView field, QStringView key);
// Translated display name of an entity type, e.g. "org_unit" -> "Org unit".
QString entityLabel(QStringView entity);

// Checks one value against its field definition. Returns an empty string when
// the value is acceptable, else a translated message that names the field.
QString checkValue(const EntityDef& entity, const FieldDef& field, const QVariant& value);
// Converts text typed on a command line or in a form into the field's storage
// type (Int and Money from decimal text, "¥1,234.50" to 123450 for Money).
QVariant valueFromText(const FieldDef& field, const QString& text, QString* error);

} // namespace summit::model
