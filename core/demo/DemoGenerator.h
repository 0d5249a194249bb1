#pragma once
// The demo data generator (private to core/demo). One Generator writes the
// whole data set: it plans one account at a time in memory (DemoPlan.cpp:
// org tree, people, decision roles, names) and then emits its records through
// a Writer (DemoData.cpp). The random draws of both halves interleave in a
// fixed order, which is what makes a seed reproducible.

#include "Result.h"
#include "demo/DemoData.h"
#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"
#include "store/Operation.h"

#include <QSet>
#include <QString>
#include <QStringView>
#include <utility>
#include <vector>

namespace summit::demo::detail {

// Field values of one record; empty text is left out (the field stays null).
class Fields
{
public:
    explicit Fields(size_t capacity) { m_values.reserve(capacity); }
    Fields& text(const QString& name, const QString& value)
    {
        if (!value.isEmpty())
            m_values.emplace_back(name, QVariant(value));
        return *this;
    }
    Fields& text(const QString& name, QStringView value)
    {
        if (!value.isEmpty())
            m_values.emplace_back(name, QVariant(value.toString()));
        return *this;
    }
    Fields& number(const QString& name, qint64 value)
    {
        m_values.emplace_back(name, QVariant(value));
        return *this;
    }
    FieldValues take() { return std::move(m_values); }

private:
    FieldValues m_values;
};

// Collects operations and applies them in changes of at most kChunk operations.
class Writer
{
public:
    static constexpr size_t kChunk = 5000;
    explicit Writer(Store& store) : m_store(store) { m_ops.reserve(kChunk); }
    void begin(QString label)
    {
        m_label = std::move(label);
        m_part = 0;
    }
    Status add(const QString& entityName, const QString& id, Fields& fields)
    {
        m_ops.push_back(Operation::set(entityName, id, fields.take()));
        return m_ops.size() >= kChunk ? flush() : Status();
    }
    // Applies the collected operations as one change (defined in DemoData.cpp,
    // whose translation context names the parts).
    Status flush();

private:
    Store& m_store;
    std::vector<Operation> m_ops;
    QString m_label;
    int m_part = 0;
};

// ---------------------------------------------------------------- the plan of one account

enum UnitKind
{
    kGroupHq,
    kDivision,
    kRegionUnit,
    kSubsidiary,
    kPlant,
    kDepartment,
};
inline constexpr QStringView kUnitKinds[] = {u"group_hq",   u"division", u"region",
                                             u"subsidiary", u"plant",    u"department"};
// The kind of each level, for trees of 3 to 6 levels.
inline constexpr int kLevelKinds[4][6] = {
    {kGroupHq, kSubsidiary, kDepartment, -1, -1, -1},
    {kGroupHq, kDivision, kSubsidiary, kDepartment, -1, -1},
    {kGroupHq, kDivision, kRegionUnit, kSubsidiary, kDepartment, -1},
    {kGroupHq, kDivision, kRegionUnit, kSubsidiary, kPlant, kDepartment},
};

struct Unit
{
    QString id, name, creditCode;
    int parent = -1, level = 0, kind = kGroupHq, city = 0, region = 0, dept = -1, position = 0, children = 0;
};

struct Person
{
    QString id, name, title, email, mobile, phone, wechat, notes;
    QStringView surnamePinyin, givenFirst, givenSecond;
    int unit = 0, reportsTo = -1, influence = 1, role = names::kNoRole, stance = -1, orientation = -1;
    qint64 leftDay = 0; // julian day, 0 = still there
    bool head = false, key = false;
};

struct Opportunity
{
    QString id;
    int topic = 0;
    bool open = true;
};

struct Account
{
    QString id, name, shortName, creditCode, domain;
    QStringView brand, brandPinyin, industryWord;
    int industry = 0, region = 0, city = 0, tier = 3, contacts = 20, am = 0, sa = names::kFirstSa,
        de = names::kFirstDe;
    int emailStyle = 0;
    bool anchor = false;           // one of the hand-written first accounts
    bool huawei = false;           // the first of them
    bool mobileStyleUnits = false; // subsidiaries named like 中国移动通信集团上海有限公司
};

// ---------------------------------------------------------------- the generator

class Generator
{
public:
    Generator(Store& store, const Options& options, qint64 today)
        : m_writer(store), m_rng(options.seed), m_commerceRng(options.seed ^ 0xC0FFEE5EEDull),
          m_options(options), m_today(today)
    {}
    Result<Summary> run();

private:
    void planAccount(int index);
    void planRandomAccount();
    void planOrg();
    int addUnit(int kind, int parent, int dept = -1);
    bool siblingNamed(int parent, const QString& name) const;
    void planPeople();
    void planRoles();
    void nameEveryone();
    QString creditCode(QStringView division);
    QString mobile();
    Status emitAccount();
    Status emitOrgAndPeople();
    Status emitLinksAndCoverage();
    Status emitOpportunities();
    Status emitFollowups();
    Status emitCommerce(); // DemoCommerce.cpp
    int teamMember(int am, int sa, int de);
    int keyPerson();
    int roleHolder(int role) const;

    Writer m_writer;
    Rng m_rng;
    Rng m_commerceRng; // contracts, payments, requests, surveys: draws of their own
    const Options& m_options;
    qint64 m_today;
    Summary m_summary;
    std::vector<QString> m_team;
    QSet<QString> m_accountNames, m_shortNames, m_subsidiaryNames, m_personNames;

    // The account being generated; the vectors are reused.
    Account m_account;
    std::vector<Unit> m_units;
    std::vector<Person> m_people;
    std::vector<int> m_keys;
    std::vector<Opportunity> m_opportunities;
    std::vector<int> m_roleHolder; // per Role: the person, or -1 (the first holder)
    int m_hqStaff = 2;             // HQ executives: people units .. units + m_hqStaff - 1
};

} // namespace summit::demo::detail
