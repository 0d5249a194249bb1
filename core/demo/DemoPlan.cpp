// The planning half of the demo generator: one account's org tree, people,
// decision roles and names, drawn in memory before anything is written.

#include "demo/DemoFormat.h"
#include "demo/DemoGenerator.h"

#include "store/Ids.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace summit::demo::detail {

using namespace names;

QString Generator::creditCode(QStringView division)
{
    return makeCreditCode(division, [this] { return m_rng.next(); });
}

QString Generator::mobile()
{
    return cat({m_rng.pick(kMobilePrefixes), digits(m_rng, 8)});
}

void Generator::planAccount(int index)
{
    m_account = Account();
    Account& a = m_account;
    if (index == 0) {
        a.name = QStringLiteral("华为技术有限公司");
        a.shortName = QStringLiteral("华为");
        a.brand = u"华为";
        a.brandPinyin = u"huawei";
        a.industryWord = u"技术";
        a.industry = 8; // 通信
        a.city = 11;    // 深圳
        a.creditCode = QStringLiteral("914403001922038216");
        a.domain = QStringLiteral("huawei.com");
        a.tier = 0;
        a.contacts = 240;
        a.am = kFirstAm;
        a.huawei = true;
    } else if (index == 1) {
        a.name = QStringLiteral("中国移动通信集团有限公司");
        a.shortName = QStringLiteral("中国移动");
        a.brand = u"移动";
        a.brandPinyin = u"chinamobile";
        a.industryWord = u"通信";
        a.industry = 8;
        a.city = 16; // 北京
        a.creditCode = withCheckChar(QStringLiteral("91110000710925243"));
        a.domain = QStringLiteral("chinamobile.com");
        a.tier = 0;
        a.contacts = 160;
        a.mobileStyleUnits = true;
        a.am = kFirstAm + 1;
    } else {
        planRandomAccount();
    }
    a.region = kCities[a.city].region;
    a.anchor = index < 2;
    if (index < 2) {
        a.sa = kFirstSa + index % kSaCount;
        a.de = kFirstDe + index % kDeCount;
    }
    a.emailStyle = m_rng.below(4);
    a.id = ids::newId();
    m_accountNames.insert(a.name);
    m_shortNames.insert(a.shortName);

    planOrg();
    planPeople();
    planRoles();
    nameEveryone();
}

void Generator::planRandomAccount()
{
    Account& a = m_account;
    const int industry = m_rng.below(countOf(kIndustries));
    const Industry& ind = kIndustries[industry];
    const Brand& brand = m_rng.pick(kBrands);
    a.industry = industry;
    a.brand = brand.han;
    a.brandPinyin = brand.pinyin;
    a.industryWord = ind.word;
    for (int attempt = 0;; ++attempt) {
        const Brand& b = attempt == 0 ? brand : m_rng.pick(kBrands);
        a.brand = b.han;
        a.brandPinyin = b.pinyin;
        const QStringView suffix =
            ind.finance ? QStringView(u"股份有限公司") : kSuffixes[m_rng.weighted({35, 15, 25, 15, 10})];
        QStringView place;
        if (m_rng.chance(0.6)) {
            const Prefix& p = m_rng.pick(kPrefixes);
            place = p.text;
            do
                a.city = m_rng.below(kCityCount);
            while (p.region >= 0 && kCities[a.city].region != p.region);
            a.name = cat({p.text, b.han, ind.word, suffix});
        } else {
            a.city = m_rng.below(kCityCount);
            place = kCities[a.city].name;
            a.name = cat({place, u"市", b.han, ind.word, suffix});
        }
        if (attempt > 50) // thousands of accounts: number the rest
            a.name = cat({place, b.han, ind.word, QString::number(attempt), u"号", suffix});
        if (m_accountNames.contains(a.name))
            continue;
        a.shortName = cat({b.han, ind.word});
        if (m_shortNames.contains(a.shortName))
            a.shortName = cat({place.isEmpty() ? kCities[a.city].name : place, b.han, ind.word});
        if (m_shortNames.contains(a.shortName))
            a.shortName = a.name;
        break;
    }
    a.domain = cat({a.brandPinyin, u"-", ind.english, u".com.cn"});
    a.creditCode = creditCode(kCities[a.city].division);
    a.tier = m_rng.weighted({2, 10, 30, 58});
    switch (a.tier) {
    case 0: // log-uniform 150..2000: a few huge groups
        a.contacts = static_cast<int>(150.0 * std::exp(m_rng.unit() * std::log(2000.0 / 150.0)));
        break;
    case 1:
        a.contacts = m_rng.between(40, 120);
        break;
    case 2:
        a.contacts = m_rng.between(25, 50);
        break;
    default:
        a.contacts = m_rng.between(20, 28);
        break;
    }
    a.am = kFirstAm + m_rng.below(kAmCount);
    a.sa = kFirstSa + m_rng.below(kSaCount);
    a.de = kFirstDe + m_rng.below(kDeCount);
}

bool Generator::siblingNamed(int parent, const QString& name) const
{
    for (const Unit& u : m_units)
        if (u.parent == parent && u.name == name)
            return true;
    return false;
}

int Generator::addUnit(int kind, int parent, int dept)
{
    Unit u;
    u.kind = kind;
    u.parent = parent;
    u.city = m_account.city;
    u.region = m_account.region;
    if (parent >= 0) {
        Unit& p = m_units[static_cast<size_t>(parent)];
        u.level = p.level + 1;
        u.position = p.children++;
        u.city = p.city;
        u.region = p.region;
    }
    const int parentKind = parent >= 0 ? m_units[static_cast<size_t>(parent)].kind : -1;
    auto unique = [&](auto makeName) {
        for (int attempt = 0; attempt < 12; ++attempt) {
            u.name = makeName();
            if (!siblingNamed(parent, u.name))
                return;
        }
        const QString base = u.name;
        for (int n = 2; siblingNamed(parent, u.name); ++n)
            u.name = cat({base, QString::number(n)});
    };
    switch (kind) {
    case kGroupHq:
        u.name = cat({m_account.shortName, u"总部"});
        break;
    case kDivision:
        unique([&] { return m_rng.pick(kDivisions).toString(); });
        break;
    case kRegionUnit:
        unique([&] {
            u.region = m_rng.below(kRegionCount);
            return cat({kRegions[u.region], u"区"});
        });
        do
            u.city = m_rng.below(kCityCount);
        while (kCities[u.city].region != u.region);
        break;
    case kSubsidiary: {
        const Account& a = m_account;
        for (int attempt = 0;; ++attempt) {
            if (parentKind == kRegionUnit)
                do
                    u.city = m_rng.below(kCityCount);
                while (kCities[u.city].region != u.region);
            else
                u.city = m_rng.below(kCityCount);
            const City& c = kCities[u.city];
            const int pattern = a.mobileStyleUnits && attempt < 6 ? 3 : m_rng.weighted({50, 30, 20});
            if (pattern == 3)
                u.name = cat({u"中国移动通信集团", c.province, u"有限公司"});
            else if (pattern == 0)
                u.name = cat({c.name, a.brand, a.industryWord, u"有限公司"});
            else if (pattern == 1)
                u.name = cat({c.name, a.brand, m_rng.pick(kBusiness), u"有限公司"});
            else
                u.name = cat({a.brand, a.industryWord, u"（", c.name, u"）有限公司"});
            if (attempt > 30)
                u.name = cat({c.name, a.brand, m_rng.pick(kBusiness), QString::number(attempt), u"有限公司"});
            if (!m_subsidiaryNames.contains(u.name))
                break;
        }
        m_subsidiaryNames.insert(u.name);
        u.region = kCities[u.city].region;
        u.creditCode = creditCode(kCities[u.city].division);
        break;
    }
    case kPlant:
        unique([&] { return cat({kCities[u.city].name, m_rng.pick(kPlantWords)}); });
        break;
    case kDepartment:
        if (dept >= 0) {
            u.dept = dept;
            u.name = kDepartments[dept].name.toString();
        } else {
            unique([&] {
                u.dept = m_rng.pick(kLeafDepartments);
                return kDepartments[u.dept].name.toString();
            });
        }
        break;
    }
    u.id = ids::newId();
    m_units.push_back(std::move(u));
    return static_cast<int>(m_units.size()) - 1;
}

void Generator::planOrg()
{
    m_units.clear();
    m_subsidiaryNames.clear();
    const int n = m_account.contacts;
    const int hqDepartments = 3 + std::min(3, n / 60);
    const int wanted =
        std::clamp(static_cast<int>(std::lround(n / 5.0 * (0.8 + 0.4 * m_rng.unit()))), 6, 250);
    int depth = wanted < 9 ? m_rng.between(3, 4) : wanted < 16 ? 4 : wanted < 40 ? 5 : 6;
    if (depth > 3 && m_rng.chance(0.2))
        --depth;
    depth = std::clamp(depth, 3, wanted - hqDepartments);
    const int* kinds = kLevelKinds[depth - 3];

    addUnit(kGroupHq, -1);
    for (int d = 0; d < hqDepartments; ++d)
        addUnit(kDepartment, 0, d);
    for (int level = 1, parent = 0; level < depth; ++level)
        parent = addUnit(kinds[level], parent);

    // Grow the tree. A parent is drawn with a weight that grows with its
    // level (the organisation widens towards subsidiaries and departments)
    // and falls with the children it already has (no single huge branch).
    std::vector<int> parents, cumulative;
    auto consider = [&](int index) {
        const Unit& u = m_units[static_cast<size_t>(index)];
        if (u.kind != kDepartment && u.level < depth - 1)
            parents.push_back(index);
    };
    for (int i = 0; i < static_cast<int>(m_units.size()); ++i)
        consider(i);
    while (static_cast<int>(m_units.size()) < wanted) {
        cumulative.clear();
        int totalWeight = 0;
        for (int index : parents) {
            const Unit& u = m_units[static_cast<size_t>(index)];
            const int children = u.kind == kGroupHq ? u.children - hqDepartments : u.children;
            totalWeight += 1200 * (1 + u.level) / ((1 + children) * (1 + children));
            cumulative.push_back(totalWeight);
        }
        const int r = m_rng.below(totalWeight);
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), r);
        const int parent = parents[static_cast<size_t>(it - cumulative.begin())];
        const Unit& p = m_units[static_cast<size_t>(parent)];
        int kind = kinds[p.level + 1];
        if (p.kind == kSubsidiary && kind == kPlant && m_rng.chance(0.5))
            kind = kDepartment;
        consider(addUnit(kind, parent));
    }
}

void Generator::planPeople()
{
    m_people.clear();
    const int units = static_cast<int>(m_units.size());
    const int n = std::max(m_account.contacts, units + 2);
    m_people.reserve(static_cast<size_t>(n));

    // Unit heads first (person i heads unit i): each reports to the head of the parent unit.
    for (int i = 0; i < units; ++i) {
        const Unit& u = m_units[static_cast<size_t>(i)];
        Person p;
        p.unit = i;
        p.head = true;
        p.reportsTo = u.parent;
        p.influence = std::max(2, 5 - (u.level + 1) / 2);
        switch (u.kind) {
        case kGroupHq:
            p.title = QStringLiteral("董事长");
            break;
        case kDivision:
            p.title = QStringLiteral("事业部总经理");
            break;
        case kRegionUnit:
            p.title = QStringLiteral("区域总经理");
            break;
        case kSubsidiary:
            p.title = QStringLiteral("总经理");
            break;
        case kPlant:
            p.title = QStringLiteral("厂长");
            break;
        default:
            p.title = (u.level == 1 ? kDepartments[u.dept].headAtHq : kDepartments[u.dept].head).toString();
            break;
        }
        m_people.push_back(std::move(p));
    }

    // The executives of the group HQ.
    m_hqStaff = std::min(countOf(kHqStaff), 2 + n / 150);
    for (int i = 0; i < m_hqStaff; ++i) {
        Person p;
        p.unit = 0;
        p.reportsTo = 0;
        p.title = kHqStaff[i].title.toString();
        p.influence = kHqStaff[i].influence;
        m_people.push_back(std::move(p));
    }

    // Staff, mostly in departments and plants.
    std::vector<int> cumulative(static_cast<size_t>(units));
    int totalWeight = 0;
    for (int i = 0; i < units; ++i) {
        static constexpr int kWeights[] = {0, 2, 2, 4, 6, 6};
        totalWeight += kWeights[m_units[static_cast<size_t>(i)].kind];
        cumulative[static_cast<size_t>(i)] = totalWeight;
    }
    while (static_cast<int>(m_people.size()) < n) {
        const int r = m_rng.below(totalWeight);
        const int unit =
            static_cast<int>(std::upper_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin());
        const Unit& u = m_units[static_cast<size_t>(unit)];
        Person p;
        p.unit = unit;
        p.reportsTo = unit;
        switch (u.kind) {
        case kDivision:
            p.title = m_rng.pick(kDivisionStaff).toString();
            break;
        case kRegionUnit:
            p.title = m_rng.pick(kRegionStaff).toString();
            break;
        case kSubsidiary:
            p.title = m_rng.pick(kSubsidiaryStaff).toString();
            break;
        case kPlant:
            p.title = m_rng.pick(kPlantStaff).toString();
            break;
        default:
            p.title = kDepartments[u.dept].staff[static_cast<size_t>(m_rng.below(4))].toString();
            break;
        }
        p.influence = std::max(1, m_people[static_cast<size_t>(unit)].influence - 1 - m_rng.below(2));
        if (m_rng.chance(0.058))
            p.leftDay = m_today - m_rng.between(10, 720);
        m_people.push_back(std::move(p));
    }
}

int Generator::roleHolder(int role) const
{
    return m_roleHolder[static_cast<size_t>(role)];
}

void Generator::planRoles()
{
    const int units = static_cast<int>(m_units.size());
    const int people = static_cast<int>(m_people.size());
    m_roleHolder.assign(static_cast<size_t>(countOf(kRoleKeys)), -1);
    auto give = [&](int person, int role) {
        if (person < 0)
            return false;
        Person& p = m_people[static_cast<size_t>(person)];
        if (p.role != kNoRole || p.leftDay != 0)
            return false;
        p.role = role;
        if (m_roleHolder[static_cast<size_t>(role)] < 0)
            m_roleHolder[static_cast<size_t>(role)] = person;
        return true;
    };
    auto headOfDept = [&](int dept) {
        for (int i = 1; i < units; ++i)
            if (m_units[static_cast<size_t>(i)].dept == dept && m_units[static_cast<size_t>(i)].parent == 0)
                return i;
        return -1;
    };
    auto headsWhere = [&](auto predicate) {
        std::vector<int> out;
        for (int i = 1; i < units; ++i)
            if (predicate(m_units[static_cast<size_t>(i)]))
                out.push_back(i);
        return out;
    };
    const int president = units; // first HQ executive: 总裁
    const std::vector<int> divisionHeads = headsWhere([](const Unit& u) { return u.kind == kDivision; });
    const std::vector<int> lineHeads = headsWhere(
        [](const Unit& u) { return u.kind == kDivision || u.kind == kSubsidiary || u.kind == kPlant; });
    const std::vector<int> deptHeads = headsWhere([](const Unit& u) { return u.kind == kDepartment; });

    const bool anchor = m_account.huawei;
    const bool full = m_account.anchor; // the anchors have a complete buying center
    if (full || m_rng.chance(0.9)) {
        const int which = anchor ? 0 : m_rng.weighted({75, 15, 10});
        if (which == 0 || (which == 2 && divisionHeads.empty()))
            give(president, kEconomicBuyer);
        else if (which == 1)
            give(0, kEconomicBuyer);
        else
            give(divisionHeads[static_cast<size_t>(m_rng.below(static_cast<int>(divisionHeads.size())))],
                 kEconomicBuyer);
    }
    if (full || m_rng.chance(0.85))
        give(headOfDept(kItDept), kTechnicalBuyer);
    if (full || m_rng.chance(0.75))
        give(headOfDept(kFinanceDept), kFinancialApprover);
    if (full || m_rng.chance(0.55))
        give(headOfDept(kPurchasingDept), kGatekeeper);
    for (int i = 0, n = m_rng.between(1, 2); i < n && !lineHeads.empty(); ++i)
        give(lineHeads[static_cast<size_t>(m_rng.below(static_cast<int>(lineHeads.size())))], kUserBuyer);
    const int influencers = std::min(8, m_rng.between(1, 3) + people / 200);
    for (int i = 0, tries = 0; i < influencers && tries < 40; ++tries) {
        const int person =
            m_rng.chance(0.5) && !deptHeads.empty()
                ? deptHeads[static_cast<size_t>(m_rng.below(static_cast<int>(deptHeads.size())))]
                : m_rng.between(units, people - 1);
        if (m_people[static_cast<size_t>(person)].influence >= 2 && give(person, kInfluencer))
            ++i;
    }
    if (full || m_rng.chance(0.75))
        for (int tries = 0; tries < 20; ++tries) {
            const int person =
                m_rng.chance(0.6) && !deptHeads.empty()
                    ? deptHeads[static_cast<size_t>(m_rng.below(static_cast<int>(deptHeads.size())))]
                    : m_rng.between(1, people - 1);
            if (m_people[static_cast<size_t>(person)].influence >= 2 && give(person, kChampion))
                break;
        }
    if (full || m_rng.chance(0.25))
        for (int tries = 0; tries < 10; ++tries) {
            const int person =
                m_rng.chance(0.5) || divisionHeads.empty()
                    ? units + 1 + m_rng.below(m_hqStaff - 1) // a vice president
                    : divisionHeads[static_cast<size_t>(m_rng.below(static_cast<int>(divisionHeads.size())))];
            if (give(person, kBlocker))
                break;
        }

    // Stance, orientation, notes; key people are the role holders and the senior heads.
    m_keys.clear();
    for (int i = 0; i < people; ++i) {
        Person& p = m_people[static_cast<size_t>(i)];
        p.key = p.leftDay == 0 && (p.role != kNoRole || p.influence >= 4);
        if (p.key)
            m_keys.push_back(i);
        switch (p.role) {
        case kEconomicBuyer:
            p.stance = 1 + m_rng.weighted({40, 40, 20});
            p.orientation = m_rng.chance(0.5) ? 0 : m_rng.below(5);
            break;
        case kTechnicalBuyer:
            p.stance = 1 + m_rng.weighted({40, 35, 25});
            p.orientation = m_rng.chance(0.6) ? 1 : m_rng.below(5);
            break;
        case kFinancialApprover:
            p.stance = 1 + m_rng.weighted({20, 50, 30});
            p.orientation = m_rng.chance(0.6) ? 2 : m_rng.below(5);
            break;
        case kChampion:
            p.stance = 0;
            p.orientation = m_rng.below(5);
            break;
        case kGatekeeper:
            p.stance = 2 + m_rng.weighted({60, 40});
            p.orientation = m_rng.chance(0.5) ? 2 : 4;
            break;
        case kBlocker:
            p.stance = 3 + m_rng.weighted({40, 60});
            p.orientation = m_rng.below(5);
            break;
        case kUserBuyer:
        case kInfluencer:
            p.stance = 1 + m_rng.weighted({45, 40, 12, 3});
            p.orientation = m_rng.below(5);
            break;
        default:
            if (p.key || m_rng.chance(0.3))
                p.stance = 1 + m_rng.weighted({20, 40, 10, 3, 27});
            if (p.key || m_rng.chance(0.4))
                p.orientation = m_rng.below(5);
            break;
        }
        if (p.role != kNoRole)
            p.notes = m_rng.pick(kPersonNotes).toString();
    }
}

void Generator::nameEveryone()
{
    m_personNames.clear();
    // Of this account: two people never share an address or a mobile (they would be one by Summit's rules).
    QSet<QString> emails, mobiles;
    const bool anchor = m_account.huawei;
    const int eb = roleHolder(kEconomicBuyer);
    for (int i = 0; i < static_cast<int>(m_people.size()); ++i) {
        Person& p = m_people[static_cast<size_t>(i)];
        if (anchor && i == eb) {
            p.name = QStringLiteral("王建国");
            p.surnamePinyin = u"wang";
            p.givenFirst = u"jian";
            p.givenSecond = u"guo";
        } else {
            for (int attempt = 0; attempt < 20; ++attempt) {
                static const std::vector<int> surnameWeights = [] {
                    std::vector<int> c;
                    int sum = 0;
                    for (const Syllable& s : kSurnames)
                        c.push_back(sum += s.weight);
                    return c;
                }();
                const int r = m_rng.below(surnameWeights.back());
                const Syllable& surname =
                    kSurnames[std::upper_bound(surnameWeights.begin(), surnameWeights.end(), r) -
                              surnameWeights.begin()];
                p.surnamePinyin = surname.pinyin;
                switch (m_rng.weighted({30, 35, 35})) {
                case 0: {
                    const Syllable& g = m_rng.pick(kGivenSingle);
                    p.name = cat({surname.han, g.han});
                    p.givenFirst = g.pinyin;
                    p.givenSecond = {};
                    break;
                }
                case 1: {
                    const GivenPair& g = m_rng.pick(kGivenCommon);
                    p.name = cat({surname.han, g.han});
                    p.givenFirst = g.first;
                    p.givenSecond = g.second;
                    break;
                }
                default: {
                    const Syllable& a = m_rng.pick(kGivenFirst);
                    const Syllable& b = m_rng.pick(kGivenSecond);
                    p.name = cat({surname.han, a.han, b.han});
                    p.givenFirst = a.pinyin;
                    p.givenSecond = b.pinyin;
                    break;
                }
                }
                if (!m_personNames.contains(p.name) && !(anchor && p.name == u"王建国"))
                    break;
            }
        }
        m_personNames.insert(p.name);

        // wangjianguo / wang.jianguo / jianguo.wang / wangjg @ the company's domain
        if (m_rng.chance(0.88) || p.key) {
            QString local;
            switch (m_account.emailStyle) {
            case 0:
                local = cat({p.surnamePinyin, p.givenFirst, p.givenSecond});
                break;
            case 1:
                local = cat({p.surnamePinyin, u".", p.givenFirst, p.givenSecond});
                break;
            case 2:
                local = cat({p.givenFirst, p.givenSecond, u".", p.surnamePinyin});
                break;
            default:
                local = cat({p.surnamePinyin, p.givenFirst.first(1),
                             p.givenSecond.isEmpty() ? QStringView() : p.givenSecond.first(1)});
                break;
            }
            if (m_rng.chance(0.05))
                local += QString::number(m_rng.between(1, 9));
            // 陈建红 and 陈家华 are both chenjh in the initials style: the second is chenjh2.
            const QString base = local;
            for (int n = 2; emails.contains(local); ++n)
                local = base + QString::number(n);
            emails.insert(local);
            p.email = cat({local, u"@", m_account.domain});
        }
        if (m_rng.chance(0.92) || p.key) {
            do
                p.mobile = mobile();
            while (mobiles.contains(p.mobile));
            mobiles.insert(p.mobile);
        }
        if ((p.head || p.key) && m_rng.chance(0.7)) {
            const City& c = kCities[m_units[static_cast<size_t>(p.unit)].city];
            p.phone = cat({c.areaCode, u"-", QString::number(m_rng.between(2, 8)), digits(m_rng, 7)});
        }
        if (p.key && m_rng.chance(0.6))
            p.wechat = cat({p.surnamePinyin, p.givenFirst, p.givenSecond, u"_", digits(m_rng, 4, true)});
        p.id = ids::newId();
    }
}

int Generator::teamMember(int am, int sa, int de)
{
    switch (m_rng.weighted({50, 20, 15, 5, 10})) {
    case 0:
        return am;
    case 1:
        return sa;
    case 2:
        return de;
    case 3:
        return kLead;
    default:
        return kFirstAm + m_rng.below(kAmCount);
    }
}

int Generator::keyPerson()
{
    return m_keys.empty() ? 0 : m_keys[static_cast<size_t>(m_rng.below(static_cast<int>(m_keys.size())))];
}

} // namespace summit::demo::detail
