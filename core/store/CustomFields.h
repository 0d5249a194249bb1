#pragma once
// Custom fields as the rest of Summit sees them: the live definitions
// (field_defs not in the trash) of one record type turned into field
// definitions like the schema's own, so the store checks their values, forms
// show an input for each, and the CLI reads typed values the same way.
//
// A value is a field of the record it belongs to, named by the definition's
// key, written through the operation log like any field, and kept in the
// custom_values table. Removing a definition hides its values; they stay.

#include "model/Schema.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <vector>

namespace summit {

class Database;

namespace custom {

struct Definition
{
    QString id, appliesTo, key, label, labelZh, valueType, choices;
    QString showIn; // "form" or "lists" (empty: lists, as before it could be chosen)
    bool required = false;
    int position = 0;
    // A column in the lists of its record type, or only in the form and card.
    bool inLists() const { return showIn != QLatin1String("form"); }
    // As a schema field: the type, the check, the choices and the label shown
    // (the Chinese one when the application speaks Chinese and has one).
    model::FieldDef field() const;
};

// Live definitions for `entity` (empty: every type), by position then label.
std::vector<Definition> definitions(Database& db, const QString& entity = {});
// The live definition of `key` for `entity`, as a schema field; false if none.
bool fieldOf(Database& db, const QString& entity, const QString& key, model::FieldDef* out);
// What a field is called in history, conflicts and undo labels: the schema's
// label, or a custom field's (also of a removed definition), or the key.
QString fieldLabel(Database& db, const QString& entity, const QString& field);
// The custom values with a live definition of every record of `entity` in one
// account, by record id: key -> value (one query, for list views).
QHash<QString, QVariantMap> valuesInAccount(Database& db, const QString& entity, const QString& accountId);
// The custom values with a live definition of the records `ids` (a page of a
// list), by record id: key -> value (one query).
QHash<QString, QVariantMap> valuesOfRecords(Database& db, const QString& entity, const QStringList& ids);
// Live definitions of `entity` that show as list columns.
std::vector<Definition> listColumns(Database& db, const QString& entity);
// A custom value as a list cell shows it: a member by name, a choice by its
// label, money and dates in the user's locale.
QString displayText(Database& db, const Definition& definition, const QVariant& value);
// The custom values of a record that have a live definition: key -> value.
QVariantMap valuesOf(Database& db, const QString& entity, const QString& id);

} // namespace custom
} // namespace summit
