#pragma once
// The import planner, shared by the files that implement it (not part of the
// import's interface, which is Import.h): ImportPlanner.cpp reads what the
// database already holds and decides each row; ImportPlanRows.cpp plans the
// rows of each record type. Import.cpp runs it.

#include "import/Import.h"
#include "store/CustomFields.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <optional>
#include <vector>

namespace summit {
class Database;
}

namespace summit::import::detail {

// A phone number reduced to its digits, without the country code of China,
// so that "+86 138 0013 8000" and "13800138000" are one number.
QString phoneKey(const QString& phone);
// Nothing in the cell: invalid, null or blank text.
bool empty(const QVariant& v);

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
    // One row visited (read, or decided); false once the caller has cancelled.
    bool tick();
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
    qint64 m_visited = 0;                   // rows read and decided so far, for Options::progress
    bool m_cancelled = false;               // Options::progress said stop
    QHash<QString, QString> m_hq;           // account -> its top unit
    QHash<QString, QString> m_known;        // account + a record's own key -> id (follow-ups, deals)
    std::vector<Operation> m_early, m_late; // accounts and units first; links last
    QHash<QString, std::vector<std::pair<QString, QString>>> m_deals; // account -> (deal, normalised name)
    QHash<QString, QSet<QString>> m_buyers; // deal -> the people in its buying center
    QSet<QString> m_buyersRead;             // deals whose buying center was read from the database
};

} // namespace summit::import::detail
