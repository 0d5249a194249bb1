#include "import/Import.h"
#include "CoreText.h"

#include "export/TableWriter.h"
#include "import/ImportValues.h"
#include "query/Duplicates.h"
#include "store/CustomFields.h"
#include "store/Database.h"
#include "store/Ids.h"
#include "validation/Validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <map>
#include <optional>

namespace summit::import {

namespace {

// A phone number reduced to its digits, without the country code of China,
// so that "+86 138 0013 8000" and "13800138000" are one number.
QString phoneKey(const QString& phone)
{
    QString digits;
    for (const QChar ch : phone.normalized(QString::NormalizationForm_KC))
        if (ch.isDigit())
            digits += ch;
    if (digits.startsWith(QLatin1String("0086")))
        digits.remove(0, 4);
    else if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    return digits;
}

bool empty(const QVariant& v)
{
    return !v.isValid() || v.isNull() ||
           (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

// ---------------------------------------------------------------- the planner

// The references a row names (two or three at most): a QHash per row would
// cost kilobytes each on a sheet of a hundred thousand rows.
class Refs
{
public:
    void insert(const QString& key, const QString& text) { m_items.emplace_back(key, text); }
    bool contains(const QString& key) const
    {
        return std::any_of(m_items.begin(), m_items.end(), [&](const auto& i) { return i.first == key; });
    }
    QString value(const QString& key) const
    {
        for (const auto& [k, v] : m_items)
            if (k == key)
                return v;
        return {};
    }

private:
    std::vector<std::pair<QString, QString>> m_items;
};

class Planner
{
public:
    Planner(Store& store, const Table& table, const Mapping& mapping, const Options& options)
        : m_store(store), m_db(store.reader()), m_table(table), m_mapping(mapping), m_options(options)
    {
        m_plan.type = mapping.type;
        m_entity = recordTypeOf(mapping.type);
        m_def = model::entity(m_entity);
    }

    Result<Plan> run();

private:
    struct Row
    {
        const SourceRow* source = nullptr;
        FieldValues fields; // converted values of the record's own fields
        Refs refs;          // reference target -> text
        bool failed = false;
        size_t plan = 0; // index in m_plan.rows
    };
    struct Unit
    {
        QString id, name, parent, code, account;
    };
    struct Person
    {
        QString id, name, mobile, email, unit;
    };

    Status loadAccounts();
    Status loadMembers();
    const std::vector<Unit>& unitsOf(const QString& account);
    const std::vector<Person>& peopleOf(const QString& account);
    // Live org units of live accounts whose normalised name is `key` (read once).
    QList<Unit> unitsNamed(const QString& key);
    // The unit of `account` that `text` names (import::kUnitPathSeparator); empty
    // with `error` set when none or several do.
    QString unitByText(const QString& account, const QString& text, QString* error);
    // The people of `account` named `name` (their ids).
    QStringList peopleNamed(const QString& account, const QString& name, const QString& except = {});
    // A link of a row that cannot be made: the row stays, the problem is named.
    void leaveOut(const Row& row, const QString& column, const QString& message);

    void readRow(const SourceRow& source, Row& row);
    void fail(Row& row, int column, const QString& message);
    int columnOf(const Row&, const QString& key) const { return m_columnOf.value(key, -1); }
    QVariant value(const Row& row, const QString& field) const;
    QString accountByText(const QString& text) const;
    // The account the row names in its account column, or empty (and the row failed).
    QString accountOf(Row& row);
    void failNoAccount(Row& row, const QString& text);

    // Creates, updates or skips `id` (empty: create) with the row's fields.
    void decide(Row& row, const QString& entity, const QString& existingId, FieldValues fields,
                const QString& matchNote);

    void planAccounts(std::vector<Row>& rows);
    void planOrgUnits(std::vector<Row>& rows);
    void planContacts(std::vector<Row>& rows);
    void planSimple(std::vector<Row>& rows);
    // A follow-up's contacts and deal, named in its row, as fields.
    void followUpLinks(const Row& row, const QString& account, FieldValues& fields);
    // A deal's buying center, named in its row: roles of people not in it yet.
    void buyingCenter(const Row& row, const QString& account, const QString& opportunity, bool created);
    QString hqUnitOf(const QString& account, const QString& accountName);

    Store& m_store;
    Database& m_db;
    const Table& m_table;
    const Mapping& m_mapping;
    const Options& m_options;
    Plan m_plan;
    QString m_entity;
    const model::EntityDef* m_def = nullptr;
    std::vector<custom::Definition> m_custom;
    QHash<QString, int> m_columnOf; // target -> column, for messages

    QHash<QString, QString> m_accountByCode, m_accountByName, m_accountName; // -> id; id -> name
    QSet<QString> m_leftMembers;            // who left takes no new work (the store refuses it too)
    QHash<QString, QString> m_memberByName; // name or email -> id
    QHash<QString, std::vector<Unit>> m_units;
    QHash<QString, std::vector<Person>> m_people;
    std::optional<QMultiHash<QString, Unit>> m_unitsByName;
    QString m_failure;                      // a lookup that failed: the plan cannot be trusted
    QHash<QString, QString> m_hq;           // account -> its top unit
    QHash<QString, QString> m_known;        // account + a record's own key -> id (follow-ups, deals)
    std::vector<Operation> m_early, m_late; // accounts and units first; links last
    QHash<QString, std::vector<std::pair<QString, QString>>> m_deals; // account -> (deal, normalised name)
    QHash<QString, QSet<QString>> m_buyers; // deal -> the people in its buying center
    QSet<QString> m_buyersRead;             // deals whose buying center was read from the database
};

Status Planner::loadAccounts()
{
    auto rows =
        m_db.rows(QStringLiteral("SELECT id, name, credit_code, short_name FROM accounts WHERE deleted = 0"));
    if (!rows)
        return rows.status();
    // Short names first, so that a full name another account uses as its short name still wins.
    for (const QVariantList& r : rows.value())
        if (!r[3].toString().trimmed().isEmpty())
            m_accountByName.insert(query::normalisedCompanyName(r[3].toString()), r[0].toString());
    for (const QVariantList& r : rows.value()) {
        const QString id = r[0].toString();
        m_accountName.insert(id, r[1].toString());
        m_accountByName.insert(query::normalisedCompanyName(r[1].toString()), id);
        if (!r[2].toString().isEmpty())
            m_accountByCode.insert(r[2].toString(), id);
    }
    return {};
}

Status Planner::loadMembers()
{
    auto rows = m_db.rows(QStringLiteral("SELECT id, name, email, status FROM members WHERE deleted = 0"
                                         " ORDER BY status = 'left' DESC"));
    if (!rows)
        return rows.status();
    for (const QVariantList& r : rows.value()) {
        if (r[3].toString() == QLatin1String("left"))
            m_leftMembers.insert(r[0].toString());
        m_memberByName.insert(r[1].toString().trimmed().toLower(), r[0].toString());
        if (!r[2].toString().isEmpty())
            m_memberByName.insert(r[2].toString().trimmed().toLower(), r[0].toString());
    }
    return {};
}

const std::vector<Planner::Unit>& Planner::unitsOf(const QString& account)
{
    auto it = m_units.find(account);
    if (it != m_units.end())
        return *it;
    std::vector<Unit> units;
    auto rows = m_db.rows(QStringLiteral("SELECT id, name, parent_id, credit_code FROM org_units"
                                         " WHERE account_id = ? AND deleted = 0"),
                          {account});
    if (!rows)
        m_failure = rows.message();
    else
        for (const QVariantList& r : rows.value())
            units.push_back({r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(), account});
    return *m_units.insert(account, std::move(units));
}

QList<Planner::Unit> Planner::unitsNamed(const QString& key)
{
    if (!m_unitsByName) {
        m_unitsByName.emplace();
        auto rows = m_db.rows(QStringLiteral("SELECT u.id, u.account_id, u.name, u.parent_id, u.credit_code"
                                             " FROM org_units u JOIN accounts a ON a.id = u.account_id"
                                             " WHERE u.deleted = 0 AND a.deleted = 0"));
        if (!rows)
            m_failure = rows.message();
        else
            for (const QVariantList& r : rows.value())
                m_unitsByName->insert(
                    query::normalisedCompanyName(r[2].toString()),
                    {r[0].toString(), r[2].toString(), r[3].toString(), r[4].toString(), r[1].toString()});
    }
    return m_unitsByName->values(key);
}

QString Planner::unitByText(const QString& account, const QString& text, QString* error)
{
    const std::vector<Unit>& units = unitsOf(account);
    auto key = [](const QString& name) {
        return query::normalisedCompanyName(name);
    };
    QHash<QString, const Unit*> byId;
    for (const Unit& u : units)
        byId.insert(u.id, &u);
    QStringList hits;
    for (const Unit& u : units)
        if (key(u.name) == key(text))
            hits << u.id;
    if (hits.isEmpty() && text.contains(QLatin1Char('/'))) {
        // A path, or its tail: the last part names the unit, each part before it the parent above.
        QStringList parts;
        for (const QString& part : text.split(QLatin1Char('/')))
            parts << key(part);
        for (const Unit& u : units) {
            const Unit* at = &u;
            qsizetype i = parts.size() - 1;
            while (at && i >= 0 && key(at->name) == parts[i]) {
                at = byId.value(at->parent);
                --i;
            }
            if (i < 0)
                hits << u.id;
        }
    }
    if (hits.size() == 1)
        return hits.front();
    if (hits.isEmpty()) {
        *error = CoreText::tr("%1 has no org unit named \"%2\".").arg(m_accountName.value(account), text);
        return {};
    }
    QStringList path;
    for (const Unit* at = byId.value(hits.front()); at && path.size() <= int(units.size());
         at = byId.value(at->parent))
        path.prepend(at->name);
    *error = CoreText::tr("%1 has %2 org units named \"%3\"; write the unit's path, such as \"%4\".")
                 .arg(m_accountName.value(account))
                 .arg(hits.size())
                 .arg(text, path.join(kUnitPathSeparator));
    return {};
}

QStringList Planner::peopleNamed(const QString& account, const QString& name, const QString& except)
{
    QStringList hits;
    for (const Person& person : peopleOf(account))
        if (person.name == name && person.id != except && !hits.contains(person.id))
            hits << person.id;
    return hits;
}

void Planner::leaveOut(const Row& row, const QString& column, const QString& message)
{
    Problem problem;
    problem.line = row.source->line;
    problem.column = columnOf(row, column);
    problem.header = m_table.headers.value(problem.column);
    problem.message = message;
    m_plan.problems.push_back(std::move(problem));
}

const std::vector<Planner::Person>& Planner::peopleOf(const QString& account)
{
    auto it = m_people.find(account);
    if (it != m_people.end())
        return *it;
    std::vector<Person> people;
    auto rows = m_db.rows(QStringLiteral("SELECT id, name, mobile, email, org_unit_id FROM contacts"
                                         " WHERE account_id = ? AND deleted = 0"),
                          {account});
    if (!rows)
        m_failure = rows.message();
    else
        for (const QVariantList& r : rows.value())
            people.push_back({r[0].toString(), r[1].toString(), phoneKey(r[2].toString()),
                              r[3].toString().toLower(), r[4].toString()});
    return *m_people.insert(account, std::move(people));
}

void Planner::fail(Row& row, int column, const QString& message)
{
    row.failed = true;
    Problem p;
    p.line = row.source->line;
    p.column = column;
    p.header = column >= 0 ? m_table.headers.value(column) : QString();
    p.message = message;
    m_plan.problems.push_back(std::move(p));
}

QVariant Planner::value(const Row& row, const QString& field) const
{
    for (const auto& [name, v] : row.fields)
        if (name == field)
            return v;
    return {};
}

void Planner::readRow(const SourceRow& source, Row& row)
{
    row.source = &source;
    for (int c = 0; c < m_mapping.columns.size(); ++c) {
        const QString& target = m_mapping.columns[c];
        if (target.isEmpty())
            continue;
        const QVariant cell = source.cells.value(c);
        if (target.startsWith(QLatin1Char('@'))) {
            const QString text = cellText(cell);
            if (!text.isEmpty())
                row.refs.insert(target, text);
            continue;
        }
        model::FieldDef f;
        const model::FieldDef* field = m_def->field(target);
        const model::EntityDef* owner = m_def;
        if (!field && target == QLatin1String("kind") && m_entity == QLatin1String("account")) {
            // On an accounts sheet, "kind" is the org unit's, for the companies under a group.
            owner = model::entity(u"org_unit");
            field = owner->field(u"kind");
        }
        if (!field) {
            if (!custom::fieldOf(m_db, m_entity, target, &f))
                continue;
            field = &f;
        }
        if (empty(cell))
            continue;
        QString error;
        QVariant v;
        if (field->type == model::FieldType::Ref && field->refEntity == QLatin1String("member")) {
            const QString name = cellText(cell);
            v = m_memberByName.value(name.toLower());
            if (v.toString().isEmpty())
                error = CoreText::tr("there is no team member named \"%1\".").arg(name);
            else if (m_leftMembers.contains(v.toString()))
                error = CoreText::tr("%1 has left the team; choose someone who is on it.").arg(name);
        } else if (field->type == model::FieldType::Ref) {
            continue; // references to records are written by name through the @ targets
        } else {
            v = fieldValue(*owner, *field, cell, &error);
        }
        if (!error.isEmpty()) {
            fail(row, c, error);
            continue;
        }
        if (!v.isNull())
            row.fields.emplace_back(target, v);
    }
    // Required fields the importer does not fill itself.
    for (const model::FieldDef& f : m_def->fields)
        if (f.required && f.type != model::FieldType::Ref && value(row, f.name).isNull())
            fail(row, columnOf(row, f.name),
                 CoreText::tr("%1 is empty; it is required.").arg(model::fieldLabel(m_entity, f.name)));
    for (const custom::Definition& d : m_custom)
        if (d.required && value(row, d.key).isNull())
            fail(row, columnOf(row, d.key),
                 CoreText::tr("%1 is empty; it is required.").arg(d.field().label));
}

QString Planner::accountOf(Row& row)
{
    const QString text = row.refs.value(kAccountRef);
    const QString account = accountByText(text);
    if (account.isEmpty())
        failNoAccount(row, text);
    return account;
}

void Planner::failNoAccount(Row& row, const QString& text)
{
    fail(row, columnOf(row, kAccountRef),
         text.isEmpty() ? CoreText::tr("no account is named.")
                        : CoreText::tr("there is no account named \"%1\".").arg(text));
}

QString Planner::accountByText(const QString& text) const
{
    const QString code = validation::normalizeCreditCode(text);
    if (code.size() == 18 && m_accountByCode.contains(code))
        return m_accountByCode.value(code);
    return m_accountByName.value(query::normalisedCompanyName(text));
}

void Planner::decide(Row& row, const QString& entity, const QString& existingId, FieldValues fields,
                     const QString& matchNote)
{
    RowPlan& p = m_plan.rows[row.plan];
    p.entity = entity;
    const model::EntityDef* def = model::entity(entity);
    for (const auto& [name, v] : fields)
        if (def && name == def->titleField)
            p.title = v.toString();
    if (existingId.isEmpty()) {
        p.action = RowAction::Create;
        p.id = ids::newId();
        m_early.push_back(Operation::set(entity, p.id, std::move(fields)));
        ++m_plan.created;
        return;
    }
    p.id = existingId;
    p.note = matchNote;
    if (m_options.onDuplicate == OnDuplicate::Skip) {
        p.action = RowAction::Skip;
        ++m_plan.skipped;
        return;
    }
    auto current = m_store.find(existingId);
    FieldValues changes;
    for (auto& [name, v] : fields) {
        const QVariant now = current ? current.value().value(name) : QVariant();
        if (m_options.onDuplicate == OnDuplicate::Fill && !empty(now))
            continue;
        if (now == v)
            continue;
        changes.emplace_back(name, v);
    }
    if (changes.empty()) {
        p.action = RowAction::Skip;
        p.note = CoreText::tr("%1; nothing new").arg(matchNote);
        ++m_plan.skipped;
        return;
    }
    p.action = RowAction::Update;
    m_early.push_back(Operation::set(entity, existingId, std::move(changes)));
    ++m_plan.updated;
}

QString Planner::hqUnitOf(const QString& account, const QString& accountName)
{
    if (m_hq.contains(account))
        return m_hq.value(account);
    const QString key = query::normalisedCompanyName(accountName);
    QString hq;
    std::vector<Unit> tops;
    for (const Unit& u : unitsOf(account))
        if (u.parent.isEmpty())
            tops.push_back(u);
    for (const Unit& u : tops)
        if (query::normalisedCompanyName(u.name) == key)
            hq = u.id;
    if (hq.isEmpty() && tops.size() == 1)
        hq = tops.front().id;
    if (hq.isEmpty()) {
        hq = ids::newId();
        m_early.push_back(Operation::set(QStringLiteral("org_unit"), hq,
                                         {{QStringLiteral("account_id"), account},
                                          {QStringLiteral("name"), accountName},
                                          {QStringLiteral("kind"), QStringLiteral("group_hq")}}));
        m_units[account].push_back({hq, accountName, QString(), QString(), account});
        ++m_plan.extraCreated;
    }
    m_hq.insert(account, hq);
    return hq;
}

// Accounts: each company row is an account, or, when it names a parent, an
// org unit under its parent in the parent's account.
void Planner::planAccounts(std::vector<Row>& rows)
{
    // Companies of the file by credit code and normalised name.
    QHash<QString, size_t> byKey;
    std::vector<std::optional<size_t>> sameAs(rows.size());
    auto keysOf = [&](const Row& r) {
        QStringList keys;
        const QString code = value(r, QStringLiteral("credit_code")).toString();
        if (!code.isEmpty())
            keys << QStringLiteral("code:") + code;
        keys << QStringLiteral("name:") +
                    query::normalisedCompanyName(value(r, QStringLiteral("name")).toString());
        return keys;
    };
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].failed)
            continue;
        for (const QString& k : keysOf(rows[i]))
            if (byKey.contains(k)) {
                sameAs[i] = byKey.value(k);
                break;
            }
        if (!sameAs[i])
            for (const QString& k : keysOf(rows[i]))
                byKey.insert(k, i);
    }
    auto fileCompany = [&](const QString& text) -> std::optional<size_t> {
        const QString code = validation::normalizeCreditCode(text);
        if (code.size() == 18 && byKey.contains(QStringLiteral("code:") + code))
            return byKey.value(QStringLiteral("code:") + code);
        const QString k = QStringLiteral("name:") + query::normalisedCompanyName(text);
        if (byKey.contains(k))
            return byKey.value(k);
        return std::nullopt;
    };
    // The parent each row names: its parent company when the file or the
    // database knows it (or no group is given), else its group; none when it
    // names itself (the group's own row).
    std::vector<QString> parentText(rows.size());
    std::vector<int> parentColumn(rows.size(), -1);
    for (size_t i = 0; i < rows.size(); ++i) {
        const QString name = value(rows[i], QStringLiteral("name")).toString();
        const QString parentName = rows[i].refs.value(kParentRef), group = rows[i].refs.value(kGroupRef);
        const bool parentKnown =
            !parentName.isEmpty() && (fileCompany(parentName) || !accountByText(parentName).isEmpty());
        const bool useParent = !parentName.isEmpty() && (parentKnown || group.isEmpty());
        QString text = useParent ? parentName : group;
        if (!text.isEmpty() && query::normalisedCompanyName(text) == query::normalisedCompanyName(name))
            text.clear();
        parentText[i] = text;
        parentColumn[i] = columnOf(rows[i], useParent ? kParentRef : kGroupRef);
    }
    // Parents within the file; roots are rows without one there.
    std::vector<std::optional<size_t>> parent(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].failed || sameAs[i] || parentText[i].isEmpty())
            continue;
        parent[i] = fileCompany(parentText[i]);
        if (parent[i] == i)
            parent[i].reset(); // naming itself: a top company
    }
    // Depth and cycles.
    std::vector<int> depth(rows.size(), 0);
    for (size_t i = 0; i < rows.size(); ++i) {
        std::optional<size_t> p = parent[i];
        int d = 0;
        while (p && d <= int(rows.size())) {
            ++d;
            p = parent[*p];
        }
        if (d > int(rows.size()))
            fail(rows[i], parentColumn[i], CoreText::tr("the parent companies loop back to this one."));
        depth[i] = d;
    }
    std::vector<size_t> order(rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return depth[a] < depth[b]; });

    static const QStringList unitFields = {QStringLiteral("name"), QStringLiteral("credit_code"),
                                           QStringLiteral("region")};
    std::vector<QString> accountOf(rows.size()), unitId(rows.size());
    QHash<QString, QString> groups; // implicit groups named only as parents: normalised name -> account id
    for (size_t i : order) {
        Row& row = rows[i];
        RowPlan& p = m_plan.rows[row.plan];
        if (row.failed)
            continue;
        const QString name = value(row, QStringLiteral("name")).toString();
        if (sameAs[i]) {
            p.action = RowAction::Skip;
            p.entity = m_plan.rows[rows[*sameAs[i]].plan].entity;
            p.id = m_plan.rows[rows[*sameAs[i]].plan].id;
            p.title = name;
            p.note = CoreText::tr("the same company as row %1").arg(rows[*sameAs[i]].source->line);
            ++m_plan.skipped;
            continue;
        }
        if (parent[i] && rows[*parent[i]].failed) {
            fail(row, columnOf(row, kParentRef),
                 CoreText::tr("its parent company, row %1, has errors.").arg(rows[*parent[i]].source->line));
            continue;
        }
        // Where it hangs: nowhere (an account), under a company of the file, of the database, or a group.
        QString account, parentUnit;
        if (parent[i]) {
            account = accountOf[*parent[i]];
            parentUnit = unitId[*parent[i]];
            if (parentUnit.isEmpty()) // the parent is an account of this import
                parentUnit = hqUnitOf(account, m_plan.rows[rows[*parent[i]].plan].title);
        } else if (!parentText[i].isEmpty()) {
            const QString& parentName = parentText[i];
            account = accountByText(parentName);
            if (!account.isEmpty()) {
                parentUnit = hqUnitOf(account, m_accountName.value(account));
            } else {
                // A unit of an existing account with that name, else a new group account.
                const QString key = query::normalisedCompanyName(parentName);
                const QList<Unit> named = unitsNamed(key);
                if (!named.isEmpty()) {
                    parentUnit = named.front().id;
                    account = named.front().account;
                }
                if (account.isEmpty()) {
                    account = groups.value(key);
                    if (account.isEmpty()) {
                        account = ids::newId();
                        groups.insert(key, account);
                        m_early.push_back(Operation::set(QStringLiteral("account"), account,
                                                         {{QStringLiteral("name"), parentName}}));
                        m_accountName.insert(account, parentName);
                        m_units.insert(account, {});
                        ++m_plan.extraCreated;
                    }
                    parentUnit = hqUnitOf(account, parentName);
                }
            }
        }
        if (account.isEmpty()) {
            // A top company: an account.
            QString existing, note;
            const QString code = value(row, QStringLiteral("credit_code")).toString();
            if (!code.isEmpty() && m_accountByCode.contains(code)) {
                existing = m_accountByCode.value(code);
                note = CoreText::tr("same credit code as %1").arg(m_accountName.value(existing));
            } else if (const QString byName = m_accountByName.value(query::normalisedCompanyName(name));
                       !byName.isEmpty()) {
                existing = byName;
                note = CoreText::tr("same name as %1").arg(m_accountName.value(existing));
            }
            FieldValues fields = std::move(row.fields); // the row needs them no more
            // The kind of unit is for companies under a group; an account has none.
            std::erase_if(fields, [](const auto& fv) { return fv.first == QLatin1String("kind"); });
            decide(row, QStringLiteral("account"), existing, std::move(fields), note);
            accountOf[i] = p.id;
            if (p.action == RowAction::Create)
                m_accountName.insert(p.id, name);
            continue;
        }
        // An org unit of `account` under `parentUnit`.
        accountOf[i] = account;
        FieldValues fields = {{QStringLiteral("account_id"), account},
                              {QStringLiteral("parent_id"), parentUnit}};
        bool kindGiven = false;
        for (const auto& [f, v] : row.fields)
            if (unitFields.contains(f) || f == QLatin1String("kind")) {
                fields.emplace_back(f, v);
                kindGiven = kindGiven || f == QLatin1String("kind");
            }
        if (!kindGiven)
            fields.emplace_back(QStringLiteral("kind"), QStringLiteral("subsidiary"));
        QString existing, note;
        const QString code = value(row, QStringLiteral("credit_code")).toString();
        const QString key = query::normalisedCompanyName(name);
        for (const Unit& u : unitsOf(account)) {
            if (!code.isEmpty() && u.code == code) {
                existing = u.id;
                note = CoreText::tr("same credit code as %1").arg(u.name);
                break;
            }
            if (u.parent == parentUnit && query::normalisedCompanyName(u.name) == key) {
                existing = u.id;
                note = CoreText::tr("same name under the same parent: %1").arg(u.name);
            }
        }
        if (!existing.isEmpty())
            std::erase_if(fields, [](const auto& fv) {
                return fv.first == QLatin1String("account_id") || fv.first == QLatin1String("parent_id") ||
                       fv.first == QLatin1String("kind");
            });
        decide(row, QStringLiteral("org_unit"), existing, std::move(fields), note);
        unitId[i] = p.id;
        if (p.action == RowAction::Create)
            m_units[account].push_back({p.id, name, parentUnit, code, account});
    }
}

// Org units of existing accounts, with parents named in the file or the database.
void Planner::planOrgUnits(std::vector<Row>& rows)
{
    for (Row& row : rows) {
        if (row.failed)
            continue;
        const QString account = accountOf(row);
        if (account.isEmpty())
            continue;
        QString parentUnit;
        if (row.refs.contains(kParentRef)) {
            // Units of the file count as soon as their row is planned (m_units).
            QString error;
            parentUnit = unitByText(account, row.refs.value(kParentRef), &error);
            if (parentUnit.isEmpty()) {
                fail(row, columnOf(row, kParentRef), error);
                continue;
            }
        }
        const QString name = value(row, QStringLiteral("name")).toString();
        const QString code = value(row, QStringLiteral("credit_code")).toString();
        QString existing, note;
        for (const Unit& u : unitsOf(account)) {
            if (!code.isEmpty() && u.code == code) {
                existing = u.id;
                note = CoreText::tr("same credit code as %1").arg(u.name);
                break;
            }
            if (u.parent == parentUnit &&
                query::normalisedCompanyName(u.name) == query::normalisedCompanyName(name)) {
                existing = u.id;
                note = CoreText::tr("same name under the same parent: %1").arg(u.name);
            }
        }
        FieldValues fields = std::move(row.fields); // the row needs them no more
        if (existing.isEmpty()) {
            fields.emplace_back(QStringLiteral("account_id"), account);
            if (!parentUnit.isEmpty())
                fields.emplace_back(QStringLiteral("parent_id"), parentUnit);
        }
        decide(row, QStringLiteral("org_unit"), existing, std::move(fields), note);
        const RowPlan& p = m_plan.rows[row.plan];
        if (p.action == RowAction::Create)
            m_units[account].push_back({p.id, name, parentUnit, code, account});
    }
}

void Planner::planContacts(std::vector<Row>& rows)
{
    std::vector<QString> accountOf(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        Row& row = rows[i];
        if (row.failed)
            continue;
        // The account by name or credit code, or a unit of one by its name.
        const QString accountText = row.refs.value(kAccountRef);
        QString account = accountText.isEmpty() ? QString() : accountByText(accountText);
        QString unit;
        const QString unitText = row.refs.value(kUnitRef);
        if (account.isEmpty() && (!accountText.isEmpty() || !unitText.isEmpty())) {
            const QString key = query::normalisedCompanyName(accountText.isEmpty() ? unitText : accountText);
            QStringList hits;
            for (const Unit& u : unitsNamed(key)) {
                hits << u.id;
                account = u.account;
            }
            if (hits.size() > 1) {
                fail(row, columnOf(row, accountText.isEmpty() ? kUnitRef : kAccountRef),
                     CoreText::tr("\"%1\" names more than one org unit; name the account too.")
                         .arg(accountText.isEmpty() ? unitText : accountText));
                continue;
            }
            if (hits.size() == 1)
                unit = hits.front();
        }
        if (account.isEmpty()) {
            failNoAccount(row, accountText);
            continue;
        }
        if (unit.isEmpty() && !unitText.isEmpty()) {
            QString error;
            unit = unitByText(account, unitText, &error);
            if (unit.isEmpty()) {
                fail(row, columnOf(row, kUnitRef), error);
                continue;
            }
        }
        accountOf[i] = account;
        // The same person: by mobile or email in the account, else by name in the same unit.
        const QString name = value(row, QStringLiteral("name")).toString().trimmed();
        const QString mobile = phoneKey(value(row, QStringLiteral("mobile")).toString());
        const QString email = value(row, QStringLiteral("email")).toString().toLower();
        QString existing, note;
        for (const Person& person : peopleOf(account)) {
            if (!mobile.isEmpty() && person.mobile == mobile) {
                existing = person.id;
                note = CoreText::tr("same mobile as %1").arg(person.name);
                break;
            }
            if (!email.isEmpty() && person.email == email) {
                existing = person.id;
                note = CoreText::tr("same email as %1").arg(person.name);
                break;
            }
            if (existing.isEmpty() && mobile.isEmpty() && email.isEmpty() && person.name == name &&
                person.unit == unit) {
                existing = person.id;
                note = CoreText::tr("same name in the same unit: %1").arg(person.name);
            }
        }
        FieldValues fields = std::move(row.fields); // the row needs them no more
        if (existing.isEmpty())
            fields.emplace_back(QStringLiteral("account_id"), account);
        if (!unit.isEmpty())
            fields.emplace_back(QStringLiteral("org_unit_id"), unit);
        decide(row, QStringLiteral("contact"), existing, std::move(fields), note);
        const RowPlan& p = m_plan.rows[row.plan];
        if (p.action == RowAction::Create)
            m_people[account].push_back({p.id, name, mobile, email, unit});
    }
    // Who reports to whom, once everyone of the file has an id.
    for (size_t i = 0; i < rows.size(); ++i) {
        Row& row = rows[i];
        RowPlan& p = m_plan.rows[row.plan];
        if (row.failed || !row.refs.contains(kReportsToRef) || p.action == RowAction::Skip)
            continue;
        const QString managerName = row.refs.value(kReportsToRef).trimmed();
        const QStringList hits = peopleNamed(accountOf[i], managerName, p.id);
        if (hits.size() != 1) {
            // The row itself stays; only the link is refused, and said so.
            leaveOut(row, kReportsToRef,
                     hits.isEmpty() ? CoreText::tr("nobody named \"%1\" works at %2; the link was left out.")
                                          .arg(managerName, m_accountName.value(accountOf[i]))
                                    : CoreText::tr("%1 people are named \"%2\" at %3; the link was left out.")
                                          .arg(hits.size())
                                          .arg(managerName, m_accountName.value(accountOf[i])));
            continue;
        }
        m_late.push_back(
            Operation::set(QStringLiteral("contact"), p.id, {{QStringLiteral("reports_to"), hits.front()}}));
    }
}

// Follow-ups and opportunities: each row belongs to an account named in it.
void Planner::planSimple(std::vector<Row>& rows)
{
    QSet<QString> seen; // account + the record's own key, for duplicates within the file and the database
    const bool followups = m_entity == QLatin1String("followup");
    for (Row& row : rows) {
        if (row.failed)
            continue;
        const QString account = accountOf(row);
        if (account.isEmpty())
            continue;
        const QString key = followups
                                ? value(row, QStringLiteral("at")).toString() + QLatin1Char('|') +
                                      value(row, QStringLiteral("summary")).toString().trimmed()
                                : query::normalisedCompanyName(value(row, QStringLiteral("name")).toString());
        QString existing, note;
        if (!seen.contains(account)) {
            seen.insert(account);
            auto rowsOf = m_db.rows(
                followups ? QStringLiteral(
                                "SELECT id, at, summary FROM followups WHERE account_id = ? AND deleted = 0")
                          : QStringLiteral(
                                "SELECT id, name FROM opportunities WHERE account_id = ? AND deleted = 0"),
                {account});
            if (!rowsOf)
                m_failure = rowsOf.message();
            else
                for (const QVariantList& r : rowsOf.value())
                    m_known.insert(account + QLatin1Char('#') +
                                       (followups
                                            ? r[1].toString() + QLatin1Char('|') + r[2].toString().trimmed()
                                            : query::normalisedCompanyName(r[1].toString())),
                                   r[0].toString());
        }
        existing = m_known.value(account + QLatin1Char('#') + key);
        if (!existing.isEmpty())
            note = followups ? CoreText::tr("the same follow-up is already there")
                             : CoreText::tr("an opportunity of that name is already there");
        FieldValues fields = std::move(row.fields); // the row needs them no more
        if (existing.isEmpty())
            fields.emplace_back(QStringLiteral("account_id"), account);
        if (followups)
            followUpLinks(row, account, fields);
        decide(row, m_entity, existing, std::move(fields), note);
        RowPlan& p = m_plan.rows[row.plan];
        if (p.action == RowAction::Create)
            m_known.insert(account + QLatin1Char('#') + key, p.id);
        // A deal's buying center: whom a new deal starts with, or who joins a matched one.
        const bool matched = !existing.isEmpty() && m_options.onDuplicate != OnDuplicate::Skip;
        if (!followups && row.refs.contains(kBuyingCenterRef) && (p.action == RowAction::Create || matched)) {
            const size_t before = m_late.size();
            buyingCenter(row, account, p.id, p.action == RowAction::Create);
            if (m_late.size() > before && p.action == RowAction::Skip) {
                p.action = RowAction::Update;
                p.note = note;
                --m_plan.skipped;
                ++m_plan.updated;
            }
        }
    }
}

void Planner::followUpLinks(const Row& row, const QString& account, FieldValues& fields)
{
    if (row.refs.contains(kContactsRef)) {
        QJsonArray people;
        for (const QString& name : splitNames(row.refs.value(kContactsRef))) {
            const QStringList hits = peopleNamed(account, name);
            if (hits.size() == 1) {
                if (!people.contains(hits.front()))
                    people.append(hits.front());
                continue;
            }
            leaveOut(row, kContactsRef,
                     hits.isEmpty()
                         ? CoreText::tr("nobody named \"%1\" works at %2; left out of the follow-up.")
                               .arg(name, m_accountName.value(account))
                         : CoreText::tr("%1 people are named \"%2\" at %3; left out of the follow-up.")
                               .arg(hits.size())
                               .arg(name, m_accountName.value(account)));
        }
        if (!people.isEmpty())
            fields.emplace_back(QStringLiteral("contact_ids"),
                                QString::fromUtf8(QJsonDocument(people).toJson(QJsonDocument::Compact)));
    }
    if (row.refs.contains(kOpportunityRef)) {
        const QString name = row.refs.value(kOpportunityRef);
        const QString key = query::normalisedCompanyName(name);
        auto deals = m_deals.find(account);
        if (deals == m_deals.end()) {
            std::vector<std::pair<QString, QString>> list;
            auto r = m_db.rows(
                QStringLiteral("SELECT id, name FROM opportunities WHERE account_id = ? AND deleted = 0"),
                {account});
            if (!r)
                m_failure = r.message();
            else
                for (const QVariantList& d : r.value())
                    list.emplace_back(d[0].toString(), query::normalisedCompanyName(d[1].toString()));
            deals = m_deals.insert(account, std::move(list));
        }
        QStringList hits;
        for (const auto& [id, dealKey] : *deals)
            if (dealKey == key)
                hits << id;
        if (hits.size() == 1)
            fields.emplace_back(QStringLiteral("opportunity_id"), hits.front());
        else
            leaveOut(row, kOpportunityRef,
                     hits.isEmpty()
                         ? CoreText::tr("%1 has no opportunity named \"%2\"; the link was left out.")
                               .arg(m_accountName.value(account), name)
                         : CoreText::tr("%1 has %2 opportunities named \"%3\"; the link was left out.")
                               .arg(m_accountName.value(account))
                               .arg(hits.size())
                               .arg(name));
    }
}

void Planner::buyingCenter(const Row& row, const QString& account, const QString& opportunity, bool created)
{
    QSet<QString>& present = m_buyers[opportunity];
    if (!created && !m_buyersRead.contains(opportunity)) {
        m_buyersRead.insert(opportunity);
        auto r = m_db.rows(
            QStringLiteral("SELECT contact_id FROM buying_roles WHERE opportunity_id = ? AND deleted = 0"),
            {opportunity});
        if (!r)
            m_failure = r.message();
        else
            for (const QVariantList& b : r.value())
                present.insert(b[0].toString());
    }
    // The roles read as a person's decision role reads (关键决策人, Economic buyer, economic_buyer).
    const model::FieldDef& roleField = *model::entity(u"contact")->field(u"decision_role");
    static const QRegularExpression withRole(
        QStringLiteral("^(.*?)\\s*[(\uFF08]([^()\uFF08\uFF09]*)[)\uFF09]\\s*$"));
    for (const QString& item : splitNames(row.refs.value(kBuyingCenterRef))) {
        QString name = item, role;
        if (const QRegularExpressionMatch m = withRole.match(item); m.hasMatch()) {
            QString error;
            role = parseChoice(roleField, m.captured(2), &error);
            if (error.isEmpty())
                name = m.captured(1).trimmed();
            else if (peopleNamed(account, item).isEmpty()) { // not a name with brackets either
                leaveOut(row, kBuyingCenterRef,
                         CoreText::tr("%1: %2 Left out of the buying center.").arg(item, error));
                continue;
            }
        }
        const QStringList hits = peopleNamed(account, name);
        if (hits.size() != 1) {
            leaveOut(row, kBuyingCenterRef,
                     hits.isEmpty()
                         ? CoreText::tr("nobody named \"%1\" works at %2; left out of the buying center.")
                               .arg(name, m_accountName.value(account))
                         : CoreText::tr("%1 people are named \"%2\" at %3; left out of the buying center.")
                               .arg(hits.size())
                               .arg(name, m_accountName.value(account)));
            continue;
        }
        if (present.contains(hits.front()))
            continue; // in the buying center already: left as it is
        present.insert(hits.front());
        FieldValues fields = {{QStringLiteral("account_id"), account},
                              {QStringLiteral("opportunity_id"), opportunity},
                              {QStringLiteral("contact_id"), hits.front()}};
        if (!role.isEmpty())
            fields.emplace_back(QStringLiteral("role"), role);
        m_late.push_back(Operation::set(QStringLiteral("buying_role"), ids::newId(), std::move(fields)));
    }
}

Result<Plan> Planner::run()
{
    if (!m_def)
        return Result<Plan>::fail(CoreText::tr("Cannot import \"%1\"; expected one of: %2.")
                                      .arg(m_mapping.type, importTypes().join(QStringLiteral(", "))));
    if (Status s = loadAccounts(); !s)
        return s;
    if (Status s = loadMembers(); !s)
        return s;
    if (model::customizableEntities().contains(m_entity))
        m_custom = custom::definitions(m_db, m_entity);
    if (!m_mapping.columns.contains(QStringLiteral("name")) && m_def->field(u"name") &&
        m_def->field(u"name")->required)
        return Result<Plan>::fail(CoreText::tr("No column is mapped to %1; it is required.")
                                      .arg(model::fieldLabel(m_entity, u"name")));
    for (int c = 0; c < m_mapping.columns.size(); ++c)
        if (!m_mapping.columns[c].isEmpty() && !m_columnOf.contains(m_mapping.columns[c]))
            m_columnOf.insert(m_mapping.columns[c], c);
    std::vector<Row> rows(m_table.rows.size());
    m_plan.rows.resize(m_table.rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        rows[i].plan = i;
        m_plan.rows[i].line = m_table.rows[i].line;
        m_plan.rows[i].entity = m_entity;
        readRow(m_table.rows[i], rows[i]);
        if (!m_def->titleField.isEmpty())
            m_plan.rows[i].title = value(rows[i], m_def->titleField).toString();
    }
    if (m_mapping.type == QLatin1String("accounts"))
        planAccounts(rows);
    else if (m_mapping.type == QLatin1String("orgunits"))
        planOrgUnits(rows);
    else if (m_mapping.type == QLatin1String("contacts"))
        planContacts(rows);
    else
        planSimple(rows);
    if (!m_failure.isEmpty())
        return Result<Plan>::fail(
            CoreText::tr("Cannot read the database to plan the import: %1").arg(m_failure));
    for (const Row& row : rows)
        if (row.failed) {
            RowPlan& p = m_plan.rows[row.plan];
            if (p.action == RowAction::Create)
                --m_plan.created;
            p.action = RowAction::Error;
            ++m_plan.failed;
        }
    std::sort(m_plan.problems.begin(), m_plan.problems.end(), [](const Problem& a, const Problem& b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    // A failed row's operations must not be applied: rows fail before they are decided.
    m_plan.change.label = CoreText::tr("Import %1").arg(m_table.name);
    m_plan.change.ops = std::move(m_early);
    m_plan.change.ops.insert(m_plan.change.ops.end(), m_late.begin(), m_late.end());
    if (m_options.refuseAllOnError && m_plan.failed > 0) {
        m_plan.refused = true;
        m_plan.change.ops.clear();
    }
    return std::move(m_plan);
}

} // namespace

QString Plan::summary(bool done) const
{
    QStringList parts;
    if (done)
        parts << CoreText::tr("%n created", nullptr, created) << CoreText::tr("%n updated", nullptr, updated);
    else
        parts << CoreText::tr("%n to create", nullptr, created)
              << CoreText::tr("%n to update", nullptr, updated);
    parts << CoreText::tr("%n skipped", nullptr, skipped)
          << (done ? CoreText::tr("%n left out with errors", nullptr, failed)
                   : CoreText::tr("%n with errors", nullptr, failed));
    if (extraCreated > 0)
        parts << CoreText::tr("and %n records the rows imply (groups, head offices)", nullptr, extraCreated);
    return parts.join(CoreText::tr(", ", "between the parts of a list"));
}

Result<Plan> plan(Store& store, const Table& table, const Mapping& mapping, const Options& options)
{
    if (mapping.columns.size() > table.headers.size() && !table.headers.isEmpty())
        return Result<Plan>::fail(CoreText::tr("The mapping has more columns than %1.").arg(table.name));
    return Planner(store, table, mapping, options).run();
}

Result<Plan> planAfter(Store& store, const std::vector<Plan>& before, const Table& table,
                       const Mapping& mapping, const Options& options)
{
    Change earlier;
    for (const Plan& p : before)
        earlier.ops.insert(earlier.ops.end(), p.change.ops.begin(), p.change.ops.end());
    if (earlier.ops.empty())
        return plan(store, table, mapping, options);
    Result<Plan> planned = Result<Plan>::fail(QString());
    const Status tried = store.tryOut(earlier, [&] {
        planned = plan(store, table, mapping, options);
        return planned.isOk() ? Status{} : planned.status();
    });
    if (!tried)
        return Result<Plan>::fail(tried.message());
    return planned;
}

Status commitTogether(const std::vector<Plan>& plans, const QString& label,
                      const std::function<Status(const Change&)>& apply)
{
    Change change;
    change.label = label;
    for (const Plan& p : plans) {
        if (p.refused)
            return Status::fail(
                CoreText::tr("Nothing was imported: %n rows have errors.", nullptr, p.failed));
        change.ops.insert(change.ops.end(), p.change.ops.begin(), p.change.ops.end());
    }
    if (change.ops.empty())
        return {};
    return apply(change);
}

Status commitTogether(Store& store, const std::vector<Plan>& plans, const QString& label)
{
    return commitTogether(plans, label, [&store](const Change& change) { return store.apply(change); });
}

Status commit(const Plan& plan, const std::function<Status(const Change&)>& apply)
{
    if (plan.refused)
        return Status::fail(CoreText::tr("Nothing was imported: %n rows have errors.", nullptr, plan.failed));
    if (plan.change.ops.empty())
        return {};
    return apply(plan.change);
}

Status commit(Store& store, const Plan& plan)
{
    return commit(plan, [&store](const Change& change) { return store.apply(change); });
}

Status writeErrors(const QString& path, const Table& table, const Plan& plan)
{
    QHash<int, QStringList> problems;
    for (const Problem& p : plan.problems)
        problems[p.line] << (p.header.isEmpty() ? p.message
                                                : QStringLiteral("%1: %2").arg(p.header, p.message));
    auto writer = exports::openTableWriter(path, CoreText::tr("Rows with errors"));
    if (!writer)
        return writer.status();
    exports::TableWriter& out = *writer.value();
    if (Status s = out.writeHeader(QStringList(table.headers) << CoreText::tr("Problem")); !s)
        return s;
    std::vector<exports::Value> cells;
    for (size_t i = 0; i < table.rows.size() && i < plan.rows.size(); ++i) {
        if (plan.rows[i].action != RowAction::Error)
            continue;
        // The cells as they were read, typed, so a fixed file imports the same way.
        cells.clear();
        for (int c = 0; c < table.headers.size(); ++c)
            cells.push_back(exports::Value::fromCell(table.rows[i].cells.value(c)));
        cells.push_back(
            exports::Value::ofText(problems.value(table.rows[i].line).join(QStringLiteral("; "))));
        if (Status s = out.writeRow(cells); !s)
            return s;
    }
    return out.finish();
}

} // namespace summit::import
