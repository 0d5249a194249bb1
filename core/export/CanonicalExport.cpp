#include "export/CanonicalExport.h"
#include "CoreText.h"

#include "model/Schema.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace summit {

QByteArray jsonString(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += QByteArray("\\u00") +
                       QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
    return out;
}

Status writeCanonicalJson(Database& db, QIODevice& out)
{
    auto fail = [&](const QString& why) {
        return Status::fail(CoreText::tr("Cannot write the export: %1").arg(why));
    };
    std::vector<const model::EntityDef*> defs;
    for (const model::EntityDef& def : model::entities())
        defs.push_back(&def);
    std::sort(defs.begin(), defs.end(), [](auto* a, auto* b) { return a->name < b->name; });

    // Custom field values by record, keys in order (they are part of the record's state).
    QHash<QString, std::vector<std::pair<QString, QVariant>>> customValues;
    {
        QSqlQuery c(db.connection());
        c.setForwardOnly(true);
        if (!c.exec(
                QStringLiteral("SELECT entity_id, key, value FROM custom_values ORDER BY entity_id, key")))
            return fail(db.lastError(c));
        while (c.next())
            customValues[c.value(0).toString()].emplace_back(c.value(1).toString(), c.value(2));
    }

    if (out.write("{\"format\":\"summit-export\",\"version\":1,\"records\":[") < 0)
        return fail(out.errorString());
    bool first = true;
    for (const model::EntityDef* def : defs) {
        std::vector<const model::FieldDef*> fields;
        for (const model::FieldDef& f : def->fields)
            fields.push_back(&f);
        std::sort(fields.begin(), fields.end(), [](auto* a, auto* b) { return a->name < b->name; });
        QStringList columns;
        for (auto* f : fields)
            columns << f->name;
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, deleted, %1 FROM %2 ORDER BY id")
                        .arg(columns.join(QStringLiteral(", ")), def->table)))
            return fail(db.lastError(q));
        while (q.next()) {
            QByteArray line = first ? "\n{" : ",\n{";
            first = false;
            line += "\"entity\":" + jsonString(def->name) + ",\"fields\":{";
            bool firstField = true;
            for (int i = 0; i < int(fields.size()); ++i) {
                const QVariant v = q.value(i + 2);
                if (v.isNull())
                    continue;
                if (!firstField)
                    line += ',';
                firstField = false;
                line += jsonString(fields[size_t(i)]->name) + ':';
                const auto t = fields[size_t(i)]->type;
                if (t == model::FieldType::Int || t == model::FieldType::Money)
                    line += QByteArray::number(v.toLongLong());
                else
                    line += jsonString(v.toString());
            }
            line += '}';
            if (auto it = customValues.constFind(q.value(0).toString()); it != customValues.constEnd()) {
                line += ",\"custom\":{";
                bool firstValue = true;
                for (const auto& [key, v] : it.value()) {
                    if (!firstValue)
                        line += ',';
                    firstValue = false;
                    line += jsonString(key) + ':';
                    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                        line += QByteArray::number(v.toLongLong());
                    else
                        line += jsonString(v.toString());
                }
                line += '}';
            }
            line += ",\"id\":" + jsonString(q.value(0).toString());
            if (q.value(1).toInt() != 0)
                line += ",\"deleted\":true";
            line += '}';
            if (out.write(line) < 0)
                return fail(out.errorString());
        }
    }
    // Concurrent losing writes are part of the shared state too.
    QSqlQuery c(db.connection());
    c.setForwardOnly(true);
    if (!c.exec(QStringLiteral("SELECT entity_id, field, hlc, replica, value, kind FROM conflicts "
                               "ORDER BY entity_id, field, hlc, replica")))
        return fail(db.lastError(c));
    QByteArray tail = "\n],\"conflicts\":[";
    bool firstConflict = true;
    while (c.next()) {
        tail += firstConflict ? "\n{" : ",\n{";
        firstConflict = false;
        tail += "\"entity_id\":" + jsonString(c.value(0).toString()) +
                ",\"field\":" + jsonString(c.value(1).toString()) + ",\"hlc\":\"" +
                QByteArray::number(c.value(2).toULongLong()) +
                "\",\"replica\":" + jsonString(c.value(3).toString()) +
                ",\"kind\":" + jsonString(c.value(5).toString()) + ",\"value\":" +
                (c.value(4).isNull() ? QByteArray("null") : jsonString(c.value(4).toString())) + '}';
    }
    tail += "\n]}\n";
    if (out.write(tail) < 0)
        return fail(out.errorString());
    return {};
}

} // namespace summit
