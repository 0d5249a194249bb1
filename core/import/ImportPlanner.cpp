#include "import/ImportPlanner.h"
#include "CoreText.h"

#include "import/ImportValues.h"
#include "query/Duplicates.h"
#include "store/Database.h"
#include "store/Ids.h"
#include "validation/Validation.h"

#include <QCoreApplication>
#include <iterator>

namespace summit::import::detail {

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
bool Planner::tick()
{
    constexpr qint64 kProgressEvery = 2000;
    if (m_cancelled)
        return false;
    ++m_visited;
    // The caller may process events there: nothing else may write meanwhile, least of all
    // into the transaction planAfter plans in.
    if (m_options.progress && m_visited % kProgressEvery == 0 &&
        !m_store.yieldTo([this] { return m_options.progress(m_visited, 2 * qint64(m_table.rows.size())); }))
        m_cancelled = true;
    return !m_cancelled;
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
    // Each row's values become one operation's fields, kept until the import is
    // saved: sized once for the mapped columns and the two references a planner
    // adds (account, unit), a vector grown value by value holds twice that.
    qsizetype fieldColumns = 2;
    for (const QString& target : m_mapping.columns)
        if (!target.isEmpty() && !target.startsWith(QLatin1Char('@')))
            ++fieldColumns;
    std::vector<Row> rows(m_table.rows.size());
    m_plan.rows.resize(m_table.rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!tick())
            break;
        rows[i].plan = i;
        rows[i].fields.reserve(size_t(fieldColumns));
        m_plan.rows[i].line = m_table.rows[i].line;
        m_plan.rows[i].entity = m_entity;
        readRow(m_table.rows[i], rows[i]);
        if (!m_def->titleField.isEmpty())
            m_plan.rows[i].title = value(rows[i], m_def->titleField).toString();
    }
    if (!m_cancelled) {
        if (m_mapping.type == QLatin1String("accounts"))
            planAccounts(rows);
        else if (m_mapping.type == QLatin1String("orgunits"))
            planOrgUnits(rows);
        else if (m_mapping.type == QLatin1String("contacts"))
            planContacts(rows);
        else
            planSimple(rows);
    }
    if (m_cancelled)
        return Result<Plan>::fail(CoreText::tr("Planning the import was cancelled; nothing was imported."));
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
    m_plan.change.ops.insert(m_plan.change.ops.end(), std::make_move_iterator(m_late.begin()),
                             std::make_move_iterator(m_late.end()));
    m_late.clear();
    if (m_options.refuseAllOnError && m_plan.failed > 0) {
        m_plan.refused = true;
        m_plan.change.ops.clear();
    }
    return std::move(m_plan);
}

} // namespace summit::import::detail
