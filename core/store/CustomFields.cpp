#include "store/CustomFields.h"

#include "model/Display.h"
#include "store/Database.h"
#include "store/Sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <limits>

namespace summit::custom {

model::FieldDef Definition::field() const
{
    model::FieldDef f;
    f.name = key;
    f.required = required;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    f.label = chinese && !labelZh.isEmpty() ? labelZh : label;
    if (valueType == QLatin1String("number")) {
        f.type = model::FieldType::Int; // any whole number: no range

    } else if (valueType == QLatin1String("money")) {
        f.type = model::FieldType::Money;
        f.check = model::Check::Range;
        f.min = 0;
        f.max = std::numeric_limits<qint64>::max();
    } else if (valueType == QLatin1String("date")) {
        f.type = model::FieldType::Date;
    } else if (valueType == QLatin1String("choice")) {
        f.type = model::FieldType::Enum;
        // One per line; | works too (a command line, a pasted list).
        static const QRegularExpression separators(QStringLiteral("[\\n|]"));
        for (const QString& line : choices.split(separators))
            if (!line.trimmed().isEmpty() && !f.enumValues.contains(line.trimmed()))
                f.enumValues << line.trimmed();
    } else if (valueType == QLatin1String("yes_no")) {
        f.type = model::FieldType::Enum;
        f.enumValues = {QStringLiteral("yes"), QStringLiteral("no")};
    } else if (valueType == QLatin1String("member")) {
        f.type = model::FieldType::Ref;
        f.refEntity = QStringLiteral("member");
    } else {
        f.type = model::FieldType::Text;
        f.longText = valueType == QLatin1String("multiline");
    }
    return f;
}

std::vector<Definition> definitions(Database& db, const QString& entity)
{
    std::vector<Definition> out;
    auto rows =
        db.rows(QStringLiteral("SELECT id, applies_to, key, label, label_zh, value_type, choices, required,"
                               " position, show_in FROM field_defs WHERE deleted = 0"
                               " AND (? = '' OR applies_to = ?)"
                               " ORDER BY coalesce(position, 1073741824), label, id"),
                {entity.isNull() ? QString(QLatin1String("")) : entity, entity});
    if (!rows)
        return out;
    for (const QVariantList& r : rows.value()) {
        // A definition from another replica is not checked on arrival: one whose
        // key is malformed or names a built-in field of its type is not a custom field.
        const model::EntityDef* target = model::entity(r[1].toString());
        const QString key = r[2].toString();
        if (!target || !model::isCustomFieldKey(key) || target->field(key))
            continue;
        Definition d;
        d.id = r[0].toString();
        d.appliesTo = r[1].toString();
        d.key = r[2].toString();
        d.label = r[3].toString();
        d.labelZh = r[4].toString();
        d.valueType = r[5].toString();
        d.choices = r[6].toString();
        d.required = r[7].toInt() != 0;
        d.position = r[8].toInt();
        d.showIn = r[9].toString();
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<Definition> listColumns(Database& db, const QString& entity)
{
    std::vector<Definition> all = definitions(db, entity);
    std::erase_if(all, [](const Definition& d) { return !d.inLists(); });
    return all;
}

QString displayText(Database& db, const Definition& definition, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return {};
    const model::FieldDef f = definition.field();
    if (f.type == model::FieldType::Ref) {
        Statement& q = db.fast(QStringLiteral("SELECT name FROM members WHERE id = ?"));
        q.bind(1, value.toString());
        const QString name = q.step() ? q.text(0) : value.toString();
        q.reset();
        return name;
    }
    return model::displayValue(f, value);
}

bool fieldOf(Database& db, const QString& entity, const QString& key, model::FieldDef* out)
{
    if (!model::isCustomFieldKey(key))
        return false;
    for (const Definition& d : definitions(db, entity))
        if (d.key == key) {
            *out = d.field();
            return true;
        }
    return false;
}

QString fieldLabel(Database& db, const QString& entity, const QString& field)
{
    const model::EntityDef* def = model::entity(entity);
    if (!def || def->field(field) || !model::isCustomFieldKey(field))
        return model::fieldLabel(entity, field);
    auto rows =
        db.rows(QStringLiteral("SELECT label, label_zh FROM field_defs WHERE applies_to = ? AND key = ?"
                               " ORDER BY deleted, id LIMIT 1"),
                {entity, field});
    if (!rows || rows->empty())
        return field;
    Definition d;
    d.key = field;
    d.label = rows->front()[0].toString();
    d.labelZh = rows->front()[1].toString();
    return d.field().label;
}

QHash<QString, QVariantMap> valuesInAccount(Database& db, const QString& entity, const QString& accountId)
{
    QHash<QString, QVariantMap> out;
    const model::EntityDef* def = model::entity(entity);
    if (!def || def->accountField.isEmpty())
        return out;
    auto rows =
        db.rows(QStringLiteral("SELECT v.entity_id, v.key, v.value FROM %1 r"
                               " JOIN custom_values v ON v.entity_id = r.id"
                               " JOIN field_defs d ON d.key = v.key AND d.applies_to = ? AND d.deleted = 0"
                               " WHERE r.%2 = ? AND r.deleted = 0")
                    .arg(def->table, def->accountField),
                {entity, accountId});
    if (rows)
        for (const QVariantList& r : rows.value())
            out[r[0].toString()].insert(r[1].toString(), r[2]);
    return out;
}

QHash<QString, QVariantMap> valuesOfRecords(Database& db, const QString& entity, const QStringList& ids)
{
    QHash<QString, QVariantMap> out;
    if (ids.isEmpty())
        return out;
    // One statement per page of a list: the ids as a JSON array, not a
    // statement text that changes with their number.
    auto rows = db.rows(
        QStringLiteral("SELECT v.entity_id, v.key, v.value FROM custom_values v"
                       " JOIN field_defs d ON d.key = v.key AND d.applies_to = ? AND d.deleted = 0"
                       " WHERE v.entity_id IN (SELECT value FROM json_each(?))"),
        {entity,
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact))});
    if (rows)
        for (const QVariantList& r : rows.value())
            out[r[0].toString()].insert(r[1].toString(), r[2]);
    return out;
}

QVariantMap valuesOf(Database& db, const QString& entity, const QString& id)
{
    // A cached statement: this runs for every record() of an account, contact,
    // deal or follow-up, also inside the write path.
    QVariantMap out;
    Statement& q = db.fast(QStringLiteral("SELECT v.key, v.value FROM custom_values v JOIN field_defs d"
                                          " ON d.key = v.key AND d.applies_to = ? AND d.deleted = 0"
                                          " WHERE v.entity_id = ?"));
    q.bind(1, entity).bind(2, id);
    while (q.step())
        out.insert(q.text(0), q.value(1));
    q.reset();
    return out;
}

} // namespace summit::custom
