// generate() and the emitting half of the demo generator: the records of each
// planned account (DemoPlan.cpp plans it), written through Writer in changes.

#include "demo/DemoData.h"
#include "CoreText.h"

#include "demo/DemoFormat.h"
#include "demo/DemoGenerator.h"

#include "store/Ids.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDate>
#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <utility>
#include <vector>

namespace summit::demo {

namespace detail {

using namespace names;

namespace {

// ---------------------------------------------------------------- field and entity names

namespace entity {
const QString member = QStringLiteral("member");
const QString account = QStringLiteral("account");
const QString orgUnit = QStringLiteral("org_unit");
const QString contact = QStringLiteral("contact");
const QString link = QStringLiteral("influence_link");
const QString coverage = QStringLiteral("coverage");
const QString opportunity = QStringLiteral("opportunity");
const QString buyingRole = QStringLiteral("buying_role");
const QString followup = QStringLiteral("followup");
const QString task = QStringLiteral("task");
} // namespace entity

namespace field {
const QString accountId = QStringLiteral("account_id");
const QString address = QStringLiteral("address");
const QString amId = QStringLiteral("am_id");
const QString amount = QStringLiteral("amount");
const QString assigneeId = QStringLiteral("assignee_id");
const QString at = QStringLiteral("at");
const QString authorId = QStringLiteral("author_id");
const QString bank = QStringLiteral("bank");
const QString bankAccount = QStringLiteral("bank_account");
const QString competitors = QStringLiteral("competitors");
const QString contactId = QStringLiteral("contact_id");
const QString contactIds = QStringLiteral("contact_ids");
const QString creditCode = QStringLiteral("credit_code");
const QString creditLimit = QStringLiteral("credit_limit");
const QString currency = QStringLiteral("currency");
const QString deId = QStringLiteral("de_id");
const QString decisionRole = QStringLiteral("decision_role");
const QString department = QStringLiteral("department");
const QString desiredLevel = QStringLiteral("desired_level");
const QString doneAt = QStringLiteral("done_at");
const QString due = QStringLiteral("due");
const QString email = QStringLiteral("email");
const QString expectedClose = QStringLiteral("expected_close");
const QString followupId = QStringLiteral("followup_id");
const QString fromId = QStringLiteral("from_id");
const QString industry = QStringLiteral("industry");
const QString influence = QStringLiteral("influence");
const QString invoiceTitle = QStringLiteral("invoice_title");
const QString kind = QStringLiteral("kind");
const QString leftOn = QStringLiteral("left_on");
const QString level = QStringLiteral("level");
const QString lossReason = QStringLiteral("loss_reason");
const QString memberId = QStringLiteral("member_id");
const QString mobile = QStringLiteral("mobile");
const QString name = QStringLiteral("name");
const QString nextAction = QStringLiteral("next_action");
const QString nextDue = QStringLiteral("next_due");
const QString nextStep = QStringLiteral("next_step");
const QString note = QStringLiteral("note");
const QString notes = QStringLiteral("notes");
const QString opportunityId = QStringLiteral("opportunity_id");
const QString orgUnitId = QStringLiteral("org_unit_id");
const QString orientation = QStringLiteral("orientation");
const QString outcome = QStringLiteral("outcome");
const QString ownerId = QStringLiteral("owner_id");
const QString parentId = QStringLiteral("parent_id");
const QString paymentTermsDays = QStringLiteral("payment_terms_days");
const QString phone = QStringLiteral("phone");
const QString position = QStringLiteral("position");
const QString potential = QStringLiteral("potential");
const QString probability = QStringLiteral("probability");
const QString region = QStringLiteral("region");
const QString reportsTo = QStringLiteral("reports_to");
const QString role = QStringLiteral("role");
const QString saId = QStringLiteral("sa_id");
const QString scale = QStringLiteral("scale");
const QString shortName = QStringLiteral("short_name");
const QString source = QStringLiteral("source");
const QString stage = QStringLiteral("stage");
const QString stance = QStringLiteral("stance");
const QString status = QStringLiteral("status");
const QString strategyNotes = QStringLiteral("strategy_notes");
const QString strength = QStringLiteral("strength");
const QString summary = QStringLiteral("summary");
const QString taxId = QStringLiteral("tax_id");
const QString tier = QStringLiteral("tier");
const QString title = QStringLiteral("title");
const QString toId = QStringLiteral("to_id");
const QString type = QStringLiteral("type");
const QString website = QStringLiteral("website");
const QString wechat = QStringLiteral("wechat");
} // namespace field

} // namespace

Status Writer::flush()
{
    if (m_ops.empty())
        return {};
    Change change{m_part == 0 ? m_label : CoreText::tr("%1 (part %2)").arg(m_label).arg(m_part + 1),
                  std::move(m_ops)};
    m_ops = {};
    m_ops.reserve(kChunk);
    ++m_part;
    return m_store.apply(change, ApplyOptions{false});
}

Result<Summary> Generator::run()
{
    m_writer.begin(CoreText::tr("Demo data: team"));
    for (const TeamMember& t : kTeam) {
        const QString id = ids::newId();
        m_team.push_back(id);
        Fields f(3);
        f.text(field::name, t.name).text(field::email, t.email).text(field::role, t.role);
        if (Status s = m_writer.add(entity::member, id, f); !s)
            return s.error();
        ++m_summary.members;
    }
    if (Status s = m_writer.flush(); !s)
        return s.error();
    m_summary.meId = m_team[kFirstAm];

    const int total = std::max(0, m_options.accounts);
    for (int i = 0; i < total; ++i) {
        planAccount(i);
        m_writer.begin(CoreText::tr("Demo data: %1").arg(m_account.name));
        Status s = emitAccount();
        if (s)
            s = emitOrgAndPeople();
        if (s)
            s = emitLinksAndCoverage();
        if (s)
            s = emitOpportunities();
        if (s)
            s = emitFollowups();
        if (s && m_options.commerce)
            s = emitCommerce();
        if (s)
            s = m_writer.flush();
        if (!s)
            return s.error();
        if (m_options.progress)
            m_options.progress(i + 1, total);
    }
    return m_summary;
}

// ---------------------------------------------------------------- emitting operations

Status Generator::emitAccount()
{
    const Account& a = m_account;
    const City& c = kCities[a.city];
    const Industry& ind = kIndustries[a.industry];
    // The opportunities are drawn here so that the strategy can name one.
    m_opportunities.clear();
    const int opportunityCount = a.tier == 0   ? m_rng.between(4, 8)
                                 : a.tier == 1 ? m_rng.between(3, 6)
                                 : a.tier == 2 ? m_rng.between(2, 4)
                                               : m_rng.between(1, 3);
    std::array<int, kTopicCount> topics;
    for (int i = 0; i < kTopicCount; ++i)
        topics[static_cast<size_t>(i)] = i;
    for (int i = 0; i < opportunityCount; ++i) {
        std::swap(topics[static_cast<size_t>(i)],
                  topics[static_cast<size_t>(m_rng.between(i, kTopicCount - 1))]);
        m_opportunities.push_back({QString(), topics[static_cast<size_t>(i)], true});
    }

    auto nameOf = [&](int role) {
        const int holder = roleHolder(role);
        return holder >= 0 ? QStringView(m_people[static_cast<size_t>(holder)].name) : QStringView();
    };
    Vars v;
    v.shortName = a.shortName;
    v.topic = kTopics[m_opportunities.front().topic].topic;
    v.eb = nameOf(kEconomicBuyer).isEmpty() ? QStringView(m_people[0].name) : nameOf(kEconomicBuyer);
    v.tb = nameOf(kTechnicalBuyer).isEmpty() ? QStringView(m_people[1].name) : nameOf(kTechnicalBuyer);
    v.fa = nameOf(kFinancialApprover).isEmpty() ? QStringView(m_people[3].name) : nameOf(kFinancialApprover);
    v.competitor = m_rng.pick(kCompetitors);
    QString strategy = fill(m_rng.pick(kStrategyNotes), v);
    if (m_rng.chance(0.5))
        strategy += fill(m_rng.pick(kStrategyNotes), v);

    const int scale = a.contacts < 30 ? 0 : a.contacts < 80 ? 1 : a.contacts < 300 ? 2 : 3;
    static constexpr qint64 kLimitLow[] = {2000, 500, 100, 20},
                            kLimitHigh[] = {10000, 2000, 500, 100}; // 万元
    const qint64 limitWan =
        (kLimitLow[a.tier] +
         m_rng.below(static_cast<int>(kLimitHigh[a.tier] - kLimitLow[a.tier]) / 10 + 1) * 10);
    static constexpr int kTerms[] = {30, 45, 60, 90, 120, 180};
    const int stage = m_rng.weighted({5, 10, 20, 10, 10, 25, 15, 5});
    const int potential = a.tier <= 1 ? 1 + m_rng.below(2) : m_rng.weighted({40, 45, 15});

    Fields f(26);
    f.text(field::name, a.name)
        .text(field::shortName, a.shortName)
        .text(field::industry, ind.label)
        .text(field::region, kRegions[a.region])
        .text(field::scale, kScales[scale])
        .text(field::creditCode, a.creditCode)
        .text(field::website, cat({u"www.", a.domain}))
        .text(field::address, cat({c.name, u"市", m_rng.pick(kDistricts), m_rng.pick(kRoads),
                                   QString::number(m_rng.between(1, 999)), u"号"}))
        .text(field::tier, kTiers[a.tier])
        .text(field::stage, kAccountStages[stage])
        .text(field::potential, kPotentials[potential])
        .text(field::amId, m_team[static_cast<size_t>(a.am)])
        .text(field::saId, m_team[static_cast<size_t>(a.sa)])
        .text(field::deId, m_team[static_cast<size_t>(a.de)])
        .number(field::creditLimit, limitWan * 10000 * 100)
        .text(field::currency, u"CNY")
        .number(field::paymentTermsDays, m_rng.pick(kTerms))
        .text(field::invoiceTitle, a.name)
        .text(field::taxId, a.creditCode)
        .text(field::bank, cat({m_rng.pick(kBanks), c.name, m_rng.pick(kBranches)}))
        .text(field::bankAccount, cat({digits(m_rng, 4, true), digits(m_rng, 15)}))
        .text(field::strategyNotes, strategy);
    ++m_summary.accounts;
    return m_writer.add(entity::account, a.id, f);
}

Status Generator::emitOrgAndPeople()
{
    for (const Unit& u : m_units) {
        Fields f(7);
        f.text(field::accountId, m_account.id)
            .text(field::name, u.name)
            .text(field::kind, kUnitKinds[u.kind])
            .number(field::position, u.position);
        if (u.parent >= 0)
            f.text(field::parentId, m_units[static_cast<size_t>(u.parent)].id);
        if (u.kind == kRegionUnit || u.kind == kSubsidiary || u.kind == kPlant || u.kind == kGroupHq)
            f.text(field::region, kRegions[u.region]);
        f.text(field::creditCode, u.creditCode);
        if (Status s = m_writer.add(entity::orgUnit, u.id, f); !s)
            return s;
        ++m_summary.orgUnits;
    }
    for (const Person& p : m_people) {
        const Unit& u = m_units[static_cast<size_t>(p.unit)];
        Fields f(17);
        f.text(field::accountId, m_account.id)
            .text(field::orgUnitId, u.id)
            .text(field::name, p.name)
            .text(field::title, p.title)
            .text(field::department, u.name)
            .text(field::phone, p.phone)
            .text(field::mobile, p.mobile)
            .text(field::email, p.email)
            .text(field::wechat, p.wechat)
            .number(field::influence, p.influence)
            .text(field::status, p.leftDay != 0 ? u"left" : u"active")
            .text(field::notes, p.notes);
        if (p.reportsTo >= 0)
            f.text(field::reportsTo, m_people[static_cast<size_t>(p.reportsTo)].id);
        if (p.role != kNoRole)
            f.text(field::decisionRole, kRoleKeys[p.role]);
        if (p.stance >= 0)
            f.text(field::stance, kStances[p.stance]);
        if (p.orientation >= 0)
            f.text(field::orientation, kOrientations[p.orientation]);
        if (p.leftDay != 0)
            f.text(field::leftOn, dateText(p.leftDay));
        if (Status s = m_writer.add(entity::contact, p.id, f); !s)
            return s;
        ++m_summary.contacts;
    }
    return {};
}

Status Generator::emitLinksAndCoverage()
{
    const int keys = static_cast<int>(m_keys.size());
    if (keys >= 2) {
        const int wanted = std::clamp(keys * 7 / 10 + m_rng.below(3), 2, 80);
        std::vector<std::pair<int, int>> made;
        for (int tries = 0; static_cast<int>(made.size()) < wanted && tries < wanted * 4; ++tries) {
            const int from = keyPerson(), to = keyPerson();
            if (from == to || std::find_if(made.begin(), made.end(), [&](const auto& m) {
                                  return (m.first == from && m.second == to) ||
                                         (m.first == to && m.second == from);
                              }) != made.end())
                continue;
            made.emplace_back(from, to);
            const int kind = m_rng.weighted({50, 25, 15, 10});
            Fields f(6);
            f.text(field::accountId, m_account.id)
                .text(field::fromId, m_people[static_cast<size_t>(from)].id)
                .text(field::toId, m_people[static_cast<size_t>(to)].id)
                .text(field::kind, kLinkKinds[kind])
                .number(field::strength, 1 + m_rng.weighted({10, 25, 30, 25, 10}));
            if (kind == 3)
                f.text(field::note, u"在预算和路线问题上有分歧");
            else if (m_rng.chance(0.4))
                f.text(field::note, m_rng.pick(kLinkNotes));
            if (Status s = m_writer.add(entity::link, ids::newId(), f); !s)
                return s;
            ++m_summary.links;
        }
    }

    // Coverage: who of the team knows whom, and how well it should be.
    const Account& a = m_account;
    std::vector<std::pair<int, int>> pairs; // (member, person)
    auto cover = [&](int member, int person) {
        if (person < 0 ||
            std::find(pairs.begin(), pairs.end(), std::make_pair(member, person)) != pairs.end())
            return;
        pairs.emplace_back(member, person);
    };
    for (int i = 0; i < static_cast<int>(m_people.size()); ++i) {
        switch (m_people[static_cast<size_t>(i)].role) {
        case kEconomicBuyer:
            cover(a.am, i);
            if (m_rng.chance(0.5))
                cover(kLead, i);
            break;
        case kTechnicalBuyer:
        case kInfluencer:
            cover(m_rng.chance(0.7) ? a.sa : a.de, i);
            break;
        case kUserBuyer:
            cover(a.de, i);
            break;
        case kFinancialApprover:
        case kChampion:
        case kGatekeeper:
        case kBlocker:
            cover(a.am, i);
            break;
        default:
            break;
        }
    }
    cover(kLead, 0);
    for (int i = 0, n = m_rng.between(0, 3); i < n; ++i)
        cover(a.am, keyPerson());
    for (const auto& [member, person] : pairs) {
        const int role = m_people[static_cast<size_t>(person)].role;
        const int level = m_rng.weighted({15, 35, 35, 15});
        const int desired =
            std::max(level, role == kEconomicBuyer || role == kTechnicalBuyer || role == kChampion ? 3 : 2);
        Fields f(5);
        f.text(field::accountId, a.id)
            .text(field::memberId, m_team[static_cast<size_t>(member)])
            .text(field::contactId, m_people[static_cast<size_t>(person)].id)
            .text(field::level, kLevels[level])
            .text(field::desiredLevel, kLevels[desired]);
        if (Status s = m_writer.add(entity::coverage, ids::newId(), f); !s)
            return s;
        ++m_summary.coverage;
    }
    return {};
}

Status Generator::emitOpportunities()
{
    const Account& a = m_account;
    for (Opportunity& o : m_opportunities) {
        o.id = ids::newId();
        const int status = m_rng.weighted({55, 25, 20}); // open, won, lost
        o.open = status == 0;
        int stage = 4, probability = 100;
        qint64 close = m_today - m_rng.between(10, 700);
        if (status == 0) {
            stage = m_rng.weighted({25, 25, 25, 15, 10});
            probability = std::clamp(kStageProbability[stage] + m_rng.between(-5, 5), 5, 95);
            close = m_today + m_rng.between(15, 270);
        } else if (status == 2) {
            stage = m_rng.between(1, 3);
            probability = 0;
        }
        // 50万 to 5000万 元, log-uniform, in whole 万元; stored in 分.
        const qint64 wan = std::llround(50.0 * std::exp(m_rng.unit() * std::log(100.0)));
        QString competitors;
        for (int i = 0, n = m_rng.between(1, 3), first = m_rng.below(countOf(kCompetitors)); i < n; ++i) {
            if (i > 0)
                competitors += QStringLiteral(", ");
            competitors += kCompetitors[(first + i * 5) % countOf(kCompetitors)];
        }
        Fields f(12);
        f.text(field::accountId, a.id)
            .text(field::name, kTopics[o.topic].opportunity)
            .text(field::stage, kOppStages[stage])
            .number(field::amount, wan * 10000 * 100)
            .text(field::currency, u"CNY")
            .number(field::probability, probability)
            .text(field::expectedClose, dateText(close))
            .text(field::competitors, competitors)
            .text(field::status, status == 0   ? u"open"
                                 : status == 1 ? u"won"
                                               : u"lost")
            .text(field::ownerId, m_team[static_cast<size_t>(m_rng.chance(0.8) ? a.am : a.sa)]);
        if (status == 0)
            f.text(field::nextStep, m_rng.pick(kNextSteps));
        if (status == 2)
            f.text(field::lossReason, m_rng.pick(kLossReasons));
        if (Status s = m_writer.add(entity::opportunity, o.id, f); !s)
            return s;
        ++m_summary.opportunities;

        // The buying center: the account's role holders plus a few others.
        std::vector<std::pair<int, int>> center; // (person, role)
        auto join = [&](int person, int role) {
            if (person < 0 || m_people[static_cast<size_t>(person)].leftDay != 0)
                return;
            for (const auto& c : center)
                if (c.first == person)
                    return;
            center.emplace_back(person, role);
        };
        join(roleHolder(kEconomicBuyer), kEconomicBuyer);
        join(roleHolder(kTechnicalBuyer), kTechnicalBuyer);
        if (m_rng.chance(0.6))
            join(roleHolder(kFinancialApprover), kFinancialApprover);
        if (m_rng.chance(0.7))
            join(roleHolder(kChampion), kChampion);
        if (m_rng.chance(0.4))
            join(roleHolder(kGatekeeper), kGatekeeper);
        if (m_rng.chance(0.5))
            join(roleHolder(kBlocker), kBlocker);
        for (int i = 0, n = m_rng.between(1, 2); i < n; ++i)
            join(keyPerson(), m_rng.chance(0.5) ? kUserBuyer : kInfluencer);
        for (const auto& [person, role] : center) {
            Fields b(4);
            b.text(field::accountId, a.id)
                .text(field::opportunityId, o.id)
                .text(field::contactId, m_people[static_cast<size_t>(person)].id)
                .text(field::role, kRoleKeys[role]);
            if (Status s = m_writer.add(entity::buyingRole, ids::newId(), b); !s)
                return s;
            ++m_summary.buyingRoles;
        }
    }
    return {};
}

Status Generator::emitFollowups()
{
    const Account& a = m_account;
    const int people = static_cast<int>(m_people.size());
    const int count = static_cast<int>(std::lround(people * (7.5 + 5.0 * m_rng.unit())));
    QString contactIds;
    for (int n = 0; n < count; ++n) {
        // When: the last three years, denser recently, on working days and hours (China time).
        const int daysAgo = 1 + static_cast<int>(1094.0 * std::pow(m_rng.unit(), 1.3));
        qint64 day = m_today - daysAgo;
        const int weekday = QDate::fromJulianDay(day).dayOfWeek();
        if (weekday >= 6 && m_rng.chance(0.85))
            day -= weekday - 5; // moved to the Friday before
        const int hour = 9 + m_rng.weighted({10, 12, 12, 4, 8, 12, 12, 10, 6});
        const int minute = 5 * m_rng.below(12);

        // Who: a key person or anyone, and up to two more; people who left are replaced by their head.
        int chosen[3];
        const int contacts = 1 + m_rng.weighted({60, 30, 10});
        for (int i = 0; i < contacts; ++i) {
            int person = m_rng.chance(0.4) ? keyPerson() : m_rng.below(people);
            if (i > 0 && m_rng.chance(0.5)) // a colleague from the same unit
                person = m_people[static_cast<size_t>(chosen[0])].unit;
            const Person& p = m_people[static_cast<size_t>(person)];
            if (p.leftDay != 0 && day > p.leftDay)
                person = p.unit; // the unit's head never leaves
            chosen[i] = person;
        }
        int distinct = 0;
        contactIds.clear();
        contactIds += u'[';
        for (int i = 0; i < contacts; ++i) {
            if (std::find(chosen, chosen + i, chosen[i]) != chosen + i)
                continue;
            if (distinct++ > 0)
                contactIds += u',';
            contactIds += u'"';
            contactIds += m_people[static_cast<size_t>(chosen[i])].id;
            contactIds += u'"';
        }
        contactIds += u']';

        const Person& first = m_people[static_cast<size_t>(chosen[0])];
        const Opportunity* opportunity =
            !m_opportunities.empty() && m_rng.chance(0.35)
                ? &m_opportunities[static_cast<size_t>(m_rng.below(static_cast<int>(m_opportunities.size())))]
                : nullptr;
        Vars v;
        const QString several = distinct > 1 ? cat({first.name, u"等"}) : QString();
        v.name = distinct > 1 ? QStringView(several) : QStringView(first.name);
        v.title = first.title;
        v.shortName = a.shortName;
        v.topic = opportunity         ? kTopics[opportunity->topic].topic
                  : m_rng.chance(0.6) ? kTopics[m_rng.below(kTopicCount)].topic
                                      : m_rng.pick(kGeneralTopics);

        const int type = m_rng.weighted({25, 30, 12, 13, 12, 5, 3});
        QStringView summary;
        switch (type) {
        case 0:
            summary = m_rng.pick(kSummaryVisit);
            break;
        case 1:
            summary = m_rng.pick(kSummaryCall);
            break;
        case 2:
            summary = m_rng.pick(kSummaryMeeting);
            break;
        case 3:
            summary = m_rng.pick(kSummaryEmail);
            break;
        case 4:
            summary = m_rng.pick(kSummaryMessage);
            break;
        case 5:
            summary = m_rng.pick(kSummaryDemo);
            break;
        default:
            summary = m_rng.pick(kSummaryExecutive);
            break;
        }
        const int author = type == 6 ? kLead : teamMember(a.am, a.sa, a.de);
        const bool recent = daysAgo <= 30;
        const bool hasNext = recent ? m_rng.chance(0.85) : m_rng.chance(0.35);
        const QString nextAction = hasNext ? fill(m_rng.pick(kNextActions), v) : QString();
        const qint64 due = recent && hasNext ? day + m_rng.between(2, 14) : 0;

        const QString id = ids::newId();
        Fields f(10);
        f.text(field::accountId, a.id)
            .text(field::type, kFollowupTypes[type])
            .text(field::at, utcText(day, hour, minute))
            .text(field::authorId, m_team[static_cast<size_t>(author)])
            .text(field::contactIds, contactIds)
            .text(field::summary, fill(summary, v));
        if (opportunity)
            f.text(field::opportunityId, opportunity->id);
        if (m_rng.chance(0.85))
            f.text(field::outcome, fill(m_rng.pick(kOutcomes), v));
        f.text(field::nextAction, nextAction);
        if (due != 0)
            f.text(field::nextDue, dateText(due));
        if (Status s = m_writer.add(entity::followup, id, f); !s)
            return s;
        ++m_summary.followups;

        // The next action of a recent follow-up became a task.
        if (due != 0) {
            Fields t(8);
            t.text(field::accountId, a.id)
                .text(field::title, nextAction)
                .text(field::due, dateText(due))
                .text(field::assigneeId, m_team[static_cast<size_t>(author)])
                .text(field::source, u"followup")
                .text(field::followupId, id);
            const qint64 lastDone = std::min(due, m_today - 1);
            const bool done = lastDone > day && (due < m_today ? m_rng.chance(0.6) : m_rng.chance(0.1));
            t.text(field::status, done ? u"done" : u"open");
            if (done)
                t.text(field::doneAt,
                       utcText(m_rng.between(static_cast<int>(day + 1), static_cast<int>(lastDone)),
                               m_rng.between(9, 18), 5 * m_rng.below(12)));
            if (Status s = m_writer.add(entity::task, ids::newId(), t); !s)
                return s;
            ++m_summary.tasks;
        }
    }

    // A few tasks the account manager wrote down by hand.
    Vars v;
    v.shortName = a.shortName;
    for (int i = 0, n = m_rng.between(1, 3) + (a.tier <= 1 ? 1 : 0); i < n; ++i) {
        // The anchors always have something due today (for the task list and screenshots).
        const qint64 due = a.anchor && i == 0 ? m_today : m_today + m_rng.between(-10, 20);
        const bool done = due < m_today && m_rng.chance(0.5);
        Fields t(7);
        t.text(field::accountId, a.id)
            .text(field::title, fill(m_rng.pick(kManualTasks), v))
            .text(field::due, dateText(due))
            .text(field::assigneeId, m_team[static_cast<size_t>(m_rng.chance(0.7) ? a.am : a.sa)])
            .text(field::source, u"manual")
            .text(field::status, done ? u"done" : u"open");
        if (done)
            t.text(field::doneAt, utcText(due, m_rng.between(9, 18), 5 * m_rng.below(12)));
        if (Status s = m_writer.add(entity::task, ids::newId(), t); !s)
            return s;
        ++m_summary.tasks;
    }
    return {};
}

} // namespace detail

namespace {

// Restores the system's id source however generate() ends.
struct IdSourceGuard
{
    ~IdSourceGuard() { ids::setRandomSource({}); }
};

} // namespace

Result<Summary> generate(Store& store, const Options& options)
{
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const qint64 todayJd = today.toJulianDay();

    // Deterministic ids: a seeded generator and a clock that steps one
    // millisecond per id from three years before `today`.
    std::mt19937_64 idRandom(options.seed ^ 0x9E3779B97F4A7C15ull);
    qint64 millis = (todayJd - 3 * 365 - 2440588) * 86400000LL;
    IdSourceGuard guard;
    ids::setRandomSource([&idRandom] { return static_cast<quint64>(idRandom()); },
                         [&millis] { return millis++; });

    detail::Generator generator(store, options, todayJd);
    return generator.run();
}

} // namespace summit::demo
