#include "export/TableExport.h"
#include "CoreText.h"

#include "export/TableWriter.h"
#include "export/XlsxWriter.h"
#include "import/Import.h"
#include "model/Schema.h"
#include "query/Duplicates.h"
#include "query/RecordList.h"
#include "store/CustomFields.h"
#include "store/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>

namespace summit::exports {

namespace {

constexpr int kProgressEvery = 256;

// The types a list exports that the import does not read, and their record types.
const std::pair<const char*, const char*> kListOnlyTypes[] = {{"tasks", "task"},
                                                              {"contracts", "contract"},
                                                              {"receivables", "receivable"},
                                                              {"service_requests", "service_request"},
                                                              {"surveys", "satisfaction"}};

} // namespace

QString entityOfTableType(const QString& type)
{
    for (const auto& [listType, entity] : kListOnlyTypes)
        if (type == QLatin1String(listType))
            return QString::fromLatin1(entity);
    return import::recordTypeOf(type);
}

namespace {

QString entityOfType(const QString& type)
{
    return entityOfTableType(type);
}

// The columns of a type the import does not read: its account, then its fields
// (references by name, the account left out), in the schema's order.
std::vector<import::Target> listOnlyTargets(const QString& entity)
{
    std::vector<import::Target> out = {{import::kAccountRef, CoreText::tr("Account")}};
    if (entity == QLatin1String("task")) {
        for (const char* key : {"title", "due", "assignee_id", "status", "source", "done_at"})
            out.push_back({QString::fromLatin1(key), model::fieldLabel(u"task", QString::fromLatin1(key))});
        return out;
    }
    if (const model::EntityDef* def = model::entity(entity))
        for (const model::FieldDef& f : def->fields)
            if (f.name != def->accountField && f.name != QLatin1String("currency"))
                out.push_back({f.name, model::fieldLabel(entity, f.name)});
    return out;
}

// The field that says whose a record is, for --where owner=.
QString ownerField(const QString& entity)
{
    return entity == QLatin1String("account") ? QStringLiteral("am_id") : query::memberField(entity);
}

// The field of the record whose id a reference column names (the import's "@unit" is org_unit_id).
QString idFieldOf(const QString& key, const model::EntityDef& def)
{
    if (key == import::kAccountRef)
        return QStringLiteral("account_id");
    if (key == import::kParentRef)
        return QStringLiteral("parent_id");
    if (key == import::kUnitRef)
        return QStringLiteral("org_unit_id");
    if (key == import::kReportsToRef)
        return QStringLiteral("reports_to");
    if (key == import::kOpportunityRef)
        return QStringLiteral("opportunity_id");
    if (key == import::kContactsRef)
        return QStringLiteral("contact_ids");
    if (const model::FieldDef* f = def.field(key); f && f->type == model::FieldType::Ref)
        return f->name; // a member: an AM, an owner, an assignee
    return {};
}

// The header of the column of ids beside a reference's names.
QString idLabel(const QString& key, const QString& entity)
{
    if (key == import::kAccountRef)
        return CoreText::tr("Account ID");
    if (key == import::kParentRef)
        return CoreText::tr("Parent ID");
    if (key == import::kUnitRef)
        return CoreText::tr("Org unit ID");
    if (key == import::kReportsToRef)
        return CoreText::tr("Reports to ID");
    if (key == import::kOpportunityRef)
        return CoreText::tr("Opportunity ID");
    if (key == import::kContactsRef)
        return CoreText::tr("Contact IDs");
    return CoreText::tr("%1 ID", "a column of ids beside the names").arg(model::fieldLabel(entity, key));
}

// One column: a target of the import and how its value is found in a record.
struct Column
{
    QString key;
    QString idOf;   // the field whose raw id the column holds ("id": the record's own), or empty
    int field = -1; // index of the record's own field in the query, or -1
    const model::FieldDef* def = nullptr; // the field's definition (built-in or custom)
    const custom::Definition* custom = nullptr;
};

class Exporter
{
public:
    Exporter(Database& db, const QString& type, const TableOptions& options)
        : m_db(db), m_type(type), m_accountId(options.accountId), m_options(options)
    {}
    Result<int> run(TableWriter& out);

private:
    std::vector<import::Target> targets();
    Status progressed(int count) const;
    Result<int> writePages(const QString& sql, const QVariantList& binds, int width,
                           const std::function<Status(const QVariantList&)>& put);
    Status load();
    Status loadNames(const QString& sql, QHash<QString, QString>& into);
    Status loadUnits();
    Status loadBuyingCenters();
    QString scope(const QString& alias) const; // "a.deleted = 0 [AND a.id = ?]" for an account alias
    QVariantList scopeBinds() const;
    exports::Value valueOf(const Column& c, const QVariantList& row) const;
    exports::Value fieldValue(const model::FieldDef& f, const QVariant& v, const QVariantList& row,
                              const custom::Definition* custom) const;
    QVariant field(const QVariantList& row, const char* name) const;

    Database& m_db;
    QString m_type, m_accountId, m_entity;
    const TableOptions& m_options;
    const model::EntityDef* m_def = nullptr;
    std::vector<custom::Definition> m_custom;
    std::vector<model::FieldDef> m_customFields;
    std::vector<Column> m_columns;
    QHash<QString, int> m_fieldIndex; // field name -> index in a row of the query

    QHash<QString, QString> m_accounts, m_members, m_units, m_contacts, m_deals, m_contracts; // id -> name
    QHash<QString, QStringList> m_buyingCenters; // deal -> "name (role)"
};

QString Exporter::scope(const QString& alias) const
{
    QString sql =
        QStringLiteral("%1.deleted = 0%2")
            .arg(alias, m_accountId.isEmpty() ? QString() : QStringLiteral(" AND %1.id = ?").arg(alias));
    // Field names were checked against the schema (parseTableWhere); values are bound.
    for (auto it = m_options.where.accounts.begin(); it != m_options.where.accounts.end(); ++it)
        sql += QStringLiteral(" AND %1.%2 = ?").arg(alias, it.key());
    return sql;
}

QVariantList Exporter::scopeBinds() const
{
    QVariantList binds = m_accountId.isEmpty() ? QVariantList() : QVariantList{m_accountId};
    for (auto it = m_options.where.accounts.begin(); it != m_options.where.accounts.end(); ++it)
        binds << it.value();
    return binds;
}

Status Exporter::progressed(int count) const
{
    if (count % kProgressEvery == 0 && m_options.progress && !m_options.progress(count))
        return Status::fail(CoreText::tr("The export was cancelled."));
    return {};
}

std::vector<import::Target> Exporter::targets()
{
    if (!import::recordTypeOf(m_type).isEmpty())
        return import::exportedTargets(m_db, m_type);
    return listOnlyTargets(m_entity);
}

Status Exporter::loadNames(const QString& sql, QHash<QString, QString>& into)
{
    auto rows = m_db.rows(sql, sql.contains(QLatin1Char('?')) ? scopeBinds() : QVariantList());
    if (!rows)
        return rows.status();
    for (const QVariantList& r : rows.value())
        into.insert(r[0].toString(), r[1].toString());
    return {};
}

// Units by name, or by their path from the top where the account has another of that name.
Status Exporter::loadUnits()
{
    auto rows = m_db.rows(QStringLiteral("SELECT u.id, u.account_id, u.parent_id, u.name FROM org_units u"
                                         " JOIN accounts a ON a.id = u.account_id WHERE u.deleted = 0 AND ") +
                              scope(QStringLiteral("a")),
                          scopeBinds());
    if (!rows)
        return rows.status();
    QHash<QString, const QVariantList*> byId;
    QHash<QString, std::vector<const QVariantList*>> named; // account + normalised name -> its units
    for (const QVariantList& r : rows.value()) {
        byId.insert(r[0].toString(), &r);
        named[r[1].toString() + QLatin1Char('/') + query::normalisedCompanyName(r[3].toString())].push_back(
            &r);
    }
    // A unit's names from itself up to the top, normalised.
    const auto chain = [&](const QVariantList* unit) {
        QStringList names;
        for (const QVariantList* at = unit; at && names.size() <= byId.size();
             at = byId.value((*at)[2].toString()))
            names << query::normalisedCompanyName((*at)[3].toString());
        return names;
    };
    for (const auto& group : std::as_const(named)) {
        if (group.size() == 1) {
            m_units.insert((*group.front())[0].toString(), (*group.front())[3].toString());
            continue;
        }
        std::vector<QStringList> chains;
        for (const QVariantList* u : group)
            chains.push_back(chain(u));
        for (size_t i = 0; i < group.size(); ++i) {
            // The shortest tail of the path that no other unit of this name ends in (the import reads tails).
            qsizetype length = 1;
            const auto sameTail = [&](const QStringList& other) {
                return other.size() >= length && other.mid(0, length) == chains[i].mid(0, length);
            };
            while (length < chains[i].size() && std::count_if(chains.begin(), chains.end(), sameTail) > 1)
                ++length;
            QStringList path;
            const QVariantList* at = group[i];
            for (qsizetype n = 0; n < length && at; ++n, at = byId.value((*at)[2].toString()))
                path.prepend((*at)[3].toString());
            m_units.insert((*group[i])[0].toString(), path.join(import::kUnitPathSeparator));
        }
    }
    return {};
}

Status Exporter::loadBuyingCenters()
{
    auto rows =
        m_db.rows(QStringLiteral("SELECT b.opportunity_id, c.name, b.role FROM buying_roles b"
                                 " JOIN contacts c ON c.id = b.contact_id"
                                 " JOIN accounts a ON a.id = b.account_id"
                                 " WHERE b.deleted = 0 AND c.deleted = 0 AND ") +
                      scope(QStringLiteral("a")) + QStringLiteral(" ORDER BY b.opportunity_id, c.name, c.id"),
                  scopeBinds());
    if (!rows)
        return rows.status();
    for (const QVariantList& r : rows.value())
        m_buyingCenters[r[0].toString()] << import::buyingRoleText(r[1].toString(), r[2].toString());
    return {};
}

Status Exporter::load()
{
    const auto in = [this](const char* table) {
        return QStringLiteral("SELECT r.id, r.name FROM %1 r JOIN accounts a ON a.id = r.account_id"
                              " WHERE r.deleted = 0 AND %2")
            .arg(QLatin1String(table), scope(QStringLiteral("a")));
    };
    if (Status s = loadNames(QStringLiteral("SELECT id, name FROM accounts WHERE deleted = 0"), m_accounts);
        !s)
        return s;
    if (Status s = loadNames(QStringLiteral("SELECT id, name FROM members"), m_members); !s)
        return s;
    if (m_type == QLatin1String("orgunits") || m_type == QLatin1String("contacts"))
        if (Status s = loadUnits(); !s)
            return s;
    // People by name: for contacts only those someone reports to (a sheet of 100,000 people
    // need not hold every name), for follow-ups everyone they may have met.
    if (m_type == QLatin1String("contacts"))
        if (Status s =
                loadNames(in("contacts") + QStringLiteral(" AND r.id IN (SELECT reports_to FROM contacts"
                                                          " WHERE reports_to IS NOT NULL AND deleted = 0)"),
                          m_contacts);
            !s)
            return s;
    if (m_type == QLatin1String("followups"))
        if (Status s = loadNames(in("contacts"), m_contacts); !s)
            return s;
    if (m_type == QLatin1String("followups"))
        if (Status s = loadNames(in("opportunities"), m_deals); !s)
            return s;
    if (m_type == QLatin1String("opportunities"))
        if (Status s = loadBuyingCenters(); !s)
            return s;
    // Contracts named by their title (a receivable's, a renewal's), people by name (a request's, a survey's).
    if (m_type == QLatin1String("contracts") || m_type == QLatin1String("receivables"))
        if (Status s = loadNames(QStringLiteral("SELECT r.id, r.title FROM contracts r JOIN accounts a ON "
                                                "a.id = r.account_id WHERE r.deleted = 0 AND ") +
                                     scope(QStringLiteral("a")),
                                 m_contracts);
            !s)
            return s;
    if (m_type == QLatin1String("service_requests") || m_type == QLatin1String("surveys"))
        if (Status s = loadNames(in("contacts"), m_contacts); !s)
            return s;
    if (m_type == QLatin1String("contracts"))
        if (Status s = loadNames(in("org_units"), m_units); !s)
            return s;
    return {};
}

QVariant Exporter::field(const QVariantList& row, const char* name) const
{
    const int i = m_fieldIndex.value(QLatin1String(name), -1);
    return i >= 0 ? row.value(i) : QVariant();
}

exports::Value Exporter::fieldValue(const model::FieldDef& f, const QVariant& v, const QVariantList& row,
                                    const custom::Definition* custom) const
{
    if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
        return {};
    switch (f.type) {
    case model::FieldType::Text:
        return Value::ofText(v.toString());
    case model::FieldType::Int:
        return Value::ofNumber(double(v.toLongLong()));
    case model::FieldType::Money:
        return Value::ofMoney(v.toLongLong(), field(row, "currency").toString());
    case model::FieldType::Date: {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return d.isValid() ? Value::ofDate(d) : Value::ofText(v.toString()); // never dropped
    }
    case model::FieldType::DateTime: {
        const QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        // Stored in UTC, shown (and read back by the import) as the user's clock time.
        return at.isValid() ? Value::ofDateTime(at.toLocalTime()) : Value::ofText(v.toString());
    }
    case model::FieldType::Enum:
        if (custom && custom->valueType == QLatin1String("yes_no"))
            return Value::ofBoolean(v.toString() == QLatin1String("yes"));
        return Value::ofText(model::enumLabel(f.name, v.toString()));
    case model::FieldType::Ref:
        if (f.refEntity == QLatin1String("member"))
            return Value::ofText(m_members.value(v.toString(), v.toString()));
        if (f.refEntity == QLatin1String("contract"))
            return Value::ofText(m_contracts.value(v.toString()));
        if (f.refEntity == QLatin1String("contact"))
            return Value::ofText(m_contacts.value(v.toString()));
        if (f.refEntity == QLatin1String("org_unit"))
            return Value::ofText(m_units.value(v.toString()));
        return {};
    case model::FieldType::IdList:
        return {};
    }
    return {};
}

exports::Value Exporter::valueOf(const Column& c, const QVariantList& row) const
{
    if (c.idOf == QLatin1String("id"))
        return Value::ofText(row.value(0).toString());
    if (c.idOf == QLatin1String("contact_ids")) {
        QStringList ids;
        for (const QJsonValue& id :
             QJsonDocument::fromJson(field(row, "contact_ids").toString().toUtf8()).array())
            ids << id.toString();
        return Value::ofText(ids.join(QStringLiteral(", ")));
    }
    if (!c.idOf.isEmpty())
        return Value::ofText(row.value(m_fieldIndex.value(c.idOf, -1)).toString());
    if (c.def)
        return fieldValue(*c.def, row.value(c.field), row, c.custom);
    const auto name = [&](const QHash<QString, QString>& names, const char* fieldName) {
        return Value::ofText(names.value(field(row, fieldName).toString()));
    };
    if (c.key == import::kAccountRef)
        return name(m_accounts, "account_id");
    if (c.key == import::kParentRef)
        return name(m_units, "parent_id");
    if (c.key == import::kUnitRef)
        return name(m_units, "org_unit_id");
    if (c.key == import::kReportsToRef)
        return name(m_contacts, "reports_to");
    if (c.key == import::kOpportunityRef)
        return name(m_deals, "opportunity_id");
    if (c.key == import::kBuyingCenterRef)
        return Value::ofText(import::joinNames(m_buyingCenters.value(row.value(0).toString())));
    if (c.key == import::kContactsRef) {
        QStringList names;
        for (const QJsonValue& id :
             QJsonDocument::fromJson(field(row, "contact_ids").toString().toUtf8()).array())
            if (const QString n = m_contacts.value(id.toString()); !n.isEmpty())
                names << n;
        return Value::ofText(import::joinNames(names));
    }
    return {};
}

// A list's records page by page, each page written in the order of its ids.
Result<int> Exporter::writePages(const QString& sql, const QVariantList& binds, int width,
                                 const std::function<Status(const QVariantList&)>& put)
{
    int count = 0;
    for (;;) {
        auto page = m_options.pages();
        if (!page)
            return page.error();
        const QStringList& ids = page.value();
        if (ids.isEmpty())
            return count;
        QVariantList pageBinds = binds;
        pageBinds << QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
        auto rows = m_db.rows(sql, pageBinds);
        if (!rows)
            return rows.error();
        QHash<QString, const QVariantList*> byId;
        for (const QVariantList& r : rows.value())
            if (r.size() >= width)
                byId.insert(r[0].toString(), &r);
        for (const QString& id : ids) {
            const QVariantList* row = byId.value(id);
            if (!row) // gone to the trash since the list was shown
                continue;
            if (Status s = put(*row); !s)
                return s;
            if (Status s = progressed(++count); !s)
                return s;
        }
    }
}

Result<int> Exporter::run(TableWriter& out)
{
    m_entity = entityOfType(m_type);
    m_def = model::entity(m_entity);
    if (!m_def)
        return Result<int>::fail(CoreText::tr("Cannot export \"%1\"; expected one of: %2.")
                                     .arg(m_type, tableTypes().join(QStringLiteral(", "))));
    if (!m_accountId.isEmpty() &&
        !m_db.scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ? AND deleted = 0"),
                     {m_accountId})
             .toInt())
        return Result<int>::fail(CoreText::tr("There is no account with the id \"%1\".").arg(m_accountId));
    if (Status s = load(); !s)
        return s;

    // The query: every field of the record, then one column per custom field.
    QStringList select = {QStringLiteral("r.id")};
    for (const model::FieldDef& f : m_def->fields) {
        m_fieldIndex.insert(f.name, int(select.size()));
        select << QStringLiteral("r.") + f.name;
    }
    if (model::customizableEntities().contains(m_entity))
        m_custom = custom::definitions(m_db, m_entity);
    m_customFields.reserve(m_custom.size()); // pointers into it are kept
    QString joins;
    QVariantList binds;
    for (size_t i = 0; i < m_custom.size(); ++i) {
        m_customFields.push_back(m_custom[i].field());
        m_fieldIndex.insert(m_custom[i].key, int(select.size()));
        select << QStringLiteral("c%1.value").arg(i);
        joins +=
            QStringLiteral(" LEFT JOIN custom_values c%1 ON c%1.entity_id = r.id AND c%1.key = ?").arg(i);
        binds << m_custom[i].key;
    }
    const bool accounts = m_entity == QLatin1String("account");
    const bool units = m_entity == QLatin1String("org_unit");
    const QString order = accounts ? QStringLiteral("r.name, r.id")
                          : units  ? QStringLiteral("a.name, a.id, r.position, r.name, r.id")
                          : m_entity == QLatin1String("followup") ? QStringLiteral("a.name, a.id, r.at, r.id")
                          : m_entity == QLatin1String("receivable")
                              ? QStringLiteral("a.name, a.id, r.due_on, r.id")
                          : m_entity == QLatin1String("satisfaction")
                              ? QStringLiteral("a.name, a.id, r.surveyed_on, r.id")
                              : QStringLiteral("a.name, a.id, r.%1, r.id").arg(m_def->titleField);
    QString where = scope(QStringLiteral("a"));
    binds << scopeBinds();
    for (auto it = m_options.where.records.begin(); it != m_options.where.records.end(); ++it) {
        where += QStringLiteral(" AND r.%1 = ?").arg(it.key()); // a field of the schema (parseTableWhere)
        binds << it.value();
    }
    const QString sql =
        QStringLiteral("SELECT %1 FROM %2 r JOIN accounts a ON a.id = r.%3%4 WHERE r.deleted = 0 AND "
                       "%5 ORDER BY %6")
            .arg(select.join(QStringLiteral(", ")), m_def->table,
                 accounts ? QStringLiteral("id") : m_def->accountField, joins, where, order);
    QString pageSql = sql;
    if (m_options.pages) {
        // A list's page: its records whatever their account's conditions, in the list's order.
        pageSql =
            QStringLiteral("SELECT %1 FROM %2 r JOIN accounts a ON a.id = r.%3%4 WHERE r.deleted = 0 AND "
                           "a.deleted = 0 AND r.id IN (SELECT value FROM json_each(?))")
                .arg(select.join(QStringLiteral(", ")), m_def->table,
                     accounts ? QStringLiteral("id") : m_def->accountField, joins);
        binds.clear();
        for (const custom::Definition& d : m_custom)
            binds << d.key;
    }

    QStringList headers;
    const auto idColumn = [&](const QString& field, const QString& label) {
        Column c;
        c.idOf = field;
        m_columns.push_back(c);
        headers << label;
    };
    if (m_options.withIds)
        idColumn(QStringLiteral("id"), CoreText::tr("ID"));
    for (const import::Target& t : targets()) {
        Column c;
        c.key = t.key;
        if (const model::FieldDef* f = m_def->field(t.key)) {
            c.def = f;
            c.field = m_fieldIndex.value(t.key);
        } else {
            for (size_t i = 0; i < m_custom.size(); ++i)
                if (m_custom[i].key == t.key) {
                    c.def = &m_customFields[i];
                    c.custom = &m_custom[i];
                    c.field = m_fieldIndex.value(t.key);
                }
        }
        m_columns.push_back(c);
        headers << t.label;
        if (m_options.withIds)
            if (const QString idField = idFieldOf(t.key, *m_def); !idField.isEmpty())
                idColumn(idField, idLabel(t.key, m_entity));
    }
    if (m_options.withIds && m_entity == QLatin1String("task"))
        idColumn(QStringLiteral("followup_id"), CoreText::tr("Follow-up ID"));
    if (Status s = out.writeHeader(headers); !s)
        return s;

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const int width = int(select.size());
    std::vector<Value> cells(m_columns.size());
    auto put = [&](const QVariantList& row) {
        for (size_t c = 0; c < m_columns.size(); ++c)
            cells[c] = valueOf(m_columns[c], row);
        return out.writeRow(cells);
    };
    if (m_options.pages)
        return writePages(pageSql, binds, width, put);
    if (!q.prepare(sql))
        return Result<int>::fail(m_db.lastError(q));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Result<int>::fail(m_db.lastError(q));
    auto read = [&] {
        QVariantList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i)
            row << q.value(i);
        return row;
    };
    int written = 0;
    if (!units) {
        while (q.next()) {
            if (Status s = put(read()); !s)
                return s;
            if (Status s = progressed(++written); !s)
                return s;
        }
        return written;
    }
    // Org units in the order of their trees, so each comes after its parent.
    std::vector<QVariantList> all;
    QHash<QString, std::vector<size_t>> children; // parent id (empty: a top unit) -> rows, in order
    QHash<QString, size_t> byId;
    while (q.next()) {
        byId.insert(q.value(0).toString(), all.size());
        all.push_back(read());
    }
    std::vector<size_t> tops;
    for (size_t i = 0; i < all.size(); ++i) {
        const QString parent = field(all[i], "parent_id").toString();
        if (byId.contains(parent))
            children[parent].push_back(i);
        else
            tops.push_back(i); // a top unit, or one under a unit in the trash
    }
    std::vector<size_t> stack(tops.rbegin(), tops.rend());
    std::vector<bool> done(all.size(), false);
    while (!stack.empty()) {
        const size_t i = stack.back();
        stack.pop_back();
        if (done[i])
            continue;
        done[i] = true;
        if (Status s = put(all[i]); !s)
            return s;
        if (Status s = progressed(++written); !s)
            return s;
        const std::vector<size_t>& under = children.value(all[i].value(0).toString());
        stack.insert(stack.end(), under.rbegin(), under.rend());
    }
    return written;
}

} // namespace

const QStringList& exportTypes()
{
    static const QStringList all = {QStringLiteral("accounts"),  QStringLiteral("orgunits"),
                                    QStringLiteral("contacts"),  QStringLiteral("opportunities"),
                                    QStringLiteral("followups"), QStringLiteral("tasks")};
    return all;
}

const QStringList& tableTypes()
{
    static const QStringList all =
        exportTypes() + QStringList{QStringLiteral("contracts"), QStringLiteral("receivables"),
                                    QStringLiteral("service_requests"), QStringLiteral("surveys")};
    return all;
}

Result<TableWhere> parseTableWhere(const QString& type, const QStringList& terms)
{
    using R = Result<TableWhere>;
    const QString entity = type.isEmpty() ? QStringLiteral("account") : entityOfType(type);
    const model::EntityDef* def = model::entity(entity);
    if (!def)
        return R::fail(CoreText::tr("Cannot export \"%1\"; expected one of: %2.")
                           .arg(type, tableTypes().join(QStringLiteral(", "))));
    const auto usable = [](const model::FieldDef& f) {
        return f.type != model::FieldType::IdList;
    };
    QStringList keys;
    for (const model::FieldDef& f : def->fields)
        if (usable(f))
            keys << f.name;
    const QString owner = ownerField(entity);
    if (!owner.isEmpty())
        keys.prepend(QStringLiteral("owner"));
    TableWhere where;
    QVariantMap& into = type.isEmpty() ? where.accounts : where.records;
    for (const QString& term : terms) {
        const qsizetype eq = term.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return R::fail(CoreText::tr("--where takes FIELD=VALUE, not \"%1\".").arg(term));
        const QString key = term.left(eq).trimmed();
        const QString value = term.mid(eq + 1).trimmed();
        const model::FieldDef* f = def->field(key == QLatin1String("owner") ? owner : key);
        if (!f || !usable(*f))
            return R::fail(CoreText::tr("--where: %1 cannot be filtered by \"%2\"; use one of: %3.")
                               .arg(type.isEmpty() ? CoreText::tr("a workbook's accounts") : type, key,
                                    keys.join(QStringLiteral(", "))));
        QVariant stored = value;
        if (f->type == model::FieldType::Enum) {
            QString match;
            for (const QString& k : f->enumValues)
                if (k == value || model::enumLabel(f->name, k).compare(value, Qt::CaseInsensitive) == 0 ||
                    model::enumSourceLabel(f->name, k).compare(value, Qt::CaseInsensitive) == 0)
                    match = k;
            if (match.isEmpty())
                return R::fail(CoreText::tr("--where: \"%1\" is not a choice of %2; use one of: %3.")
                                   .arg(value, key, f->enumValues.join(QStringLiteral(", "))));
            stored = match;
        } else if (f->type == model::FieldType::Int) {
            bool ok = false;
            stored = value.toLongLong(&ok);
            if (!ok)
                return R::fail(CoreText::tr("--where: %1 takes a whole number, not \"%2\".").arg(key, value));
        }
        into.insert(f->name, stored);
    }
    return where;
}

QString tableSheetName(const QString& type)
{
    if (type == QLatin1String("accounts"))
        return CoreText::tr("Accounts");
    if (type == QLatin1String("orgunits"))
        return CoreText::tr("Org units");
    if (type == QLatin1String("contacts"))
        return CoreText::tr("Contacts");
    if (type == QLatin1String("followups"))
        return CoreText::tr("Follow-ups");
    if (type == QLatin1String("opportunities"))
        return CoreText::tr("Opportunities");
    if (type == QLatin1String("tasks"))
        return CoreText::tr("Tasks");
    if (type == QLatin1String("contracts"))
        return CoreText::tr("Contracts");
    if (type == QLatin1String("receivables"))
        return CoreText::tr("Receivables");
    if (type == QLatin1String("service_requests"))
        return CoreText::tr("Service requests");
    if (type == QLatin1String("surveys"))
        return CoreText::tr("Satisfaction surveys");
    return type;
}

Result<int> writeTable(Database& db, const QString& type, const QString& accountId, TableWriter& out)
{
    TableOptions options;
    options.accountId = accountId;
    return writeTable(db, type, options, out);
}

Result<int> writeTable(Database& db, const QString& type, const TableOptions& options, TableWriter& out)
{
    return Exporter(db, type, options).run(out);
}

Result<int> exportTable(Database& db, const QString& type, const QString& path, const QString& accountId)
{
    TableOptions options;
    options.accountId = accountId;
    return exportTable(db, type, path, options);
}

Result<int> exportTable(Database& db, const QString& type, const QString& path, const TableOptions& options)
{
    if (entityOfType(type).isEmpty())
        return Result<int>::fail(CoreText::tr("Cannot export \"%1\"; expected one of: %2.")
                                     .arg(type, tableTypes().join(QStringLiteral(", "))));
    auto writer = openTableWriter(path, tableSheetName(type), options.encoding);
    if (!writer)
        return writer.error();
    auto rows = writeTable(db, type, options, *writer.value());
    if (!rows)
        return rows;
    if (Status s = writer.value()->finish(); !s)
        return s;
    return rows;
}

Result<int> exportWorkbook(Database& db, const QString& path, const TableOptions& options)
{
    auto book = XlsxWriter::open(path, tableSheetName(exportTypes().first()));
    if (!book)
        return book.error();
    TableOptions sheet = options;
    sheet.withIds = true;
    sheet.pages = nullptr;
    sheet.where.records.clear();
    int total = 0;
    // Progress counts the rows of the whole workbook.
    if (options.progress)
        sheet.progress = [&](int written) {
            return options.progress(total + written);
        };
    for (const QString& type : exportTypes()) {
        if (type != exportTypes().first())
            if (Status s = book.value()->nextSheet(tableSheetName(type)); !s)
                return s;
        auto rows = writeTable(db, type, sheet, *book.value());
        if (!rows)
            return rows;
        total += rows.value();
    }
    if (Status s = book.value()->finish(); !s)
        return s;
    return total;
}

} // namespace summit::exports
