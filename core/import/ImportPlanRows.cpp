// The rows of each record type planned: accounts (with their groups and head
// offices), org units, contacts, and the rest (follow-ups with their people and
// deal, opportunities with their buying center).
#include "CoreText.h"
#include "import/ImportPlanner.h"

#include "import/ImportValues.h"
#include "query/Duplicates.h"
#include "store/Database.h"
#include "store/Ids.h"
#include "validation/Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace summit::import::detail {

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
        if (!tick())
            return;
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
        if (!tick())
            return;
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
        if (!tick())
            return;
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
        if (!tick())
            return;
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

} // namespace summit::import::detail
