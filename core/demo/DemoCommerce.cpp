// The demo accounts' commercial records: contracts, their payment plans,
// service requests and satisfaction surveys, telling one of four stories per
// account (growing, steady, declining, at risk) so that every computed figure
// (tier, health, renewals, receivables) has something to show. Its random
// draws come from a source of their own, so the rest of the data set is the
// same with or without them.

#include "demo/DemoFormat.h"
#include "demo/DemoGenerator.h"
#include "store/Ids.h"

#include <cmath>

namespace summit::demo::detail {

namespace {

enum Story
{
    kGrowing,
    kSteady,
    kDeclining,
    kAtRisk,
};

const char16_t* const kContractTitles[] = {u"年度框架协议",   u"数据中心扩容项目", u"运维服务合同",
                                           u"软件许可及实施", u"云平台服务订阅",   u"安全加固项目"};
const char16_t* const kProductLines[] = {u"云平台", u"数据中心", u"网络安全", u"运维服务", u"行业软件"};
const char16_t* const kRequestTitles[] = {u"系统登录异常",   u"报表数据不一致", u"接口响应缓慢",
                                          u"核心交换机故障", u"备份任务失败",   u"新增用户权限申请",
                                          u"发票信息变更"};
const char16_t* const kComments[] = {u"响应及时，问题解决彻底。", u"整体满意，希望加快交付节奏。",
                                     u"售后响应偏慢，需要改进。", u"对上次故障处理不满意。"};

} // namespace

Status Generator::emitCommerce()
{
    const Account& a = m_account;
    Rng& r = m_commerceRng;
    const int story = r.weighted({40, 25, 20, 15});
    // A year's business by tier (S, A, B, C), in 万元: seed 002's bands.
    static const double kBase[] = {450, 160, 45, 9};
    const double base = kBase[a.tier] * (0.6 + 0.8 * r.unit());
    const double before = story == kGrowing ? 0.65 : story == kSteady ? 1.0 : 1.6;
    const double now = story == kAtRisk ? 0.5 : 1.0;
    const QString owner = m_team[static_cast<size_t>(a.am)];
    const QString buyer = roleHolder(names::kEconomicBuyer) >= 0
                              ? m_people[static_cast<size_t>(roleHolder(names::kEconomicBuyer))].id
                              : QString();

    // Last year's contract, and this year's, which renews it (except when the account is at risk).
    struct Signed
    {
        QString id;
        qint64 signedOn, amount;
    };
    std::vector<Signed> contracts;
    // The signing legal entities: last year's contract the group's, this year's its first
    // subsidiary's where it has one (chosen without a draw, so the other figures stay as they were).
    QString groupEntity, subsidiaryEntity;
    for (const Unit& u : m_units) {
        if (u.kind == kGroupHq && groupEntity.isEmpty())
            groupEntity = u.id;
        if (u.kind == kSubsidiary && subsidiaryEntity.isEmpty())
            subsidiaryEntity = u.id;
    }
    const qint64 lastYear = m_today - r.between(400, 680);
    const qint64 thisYear = story == kAtRisk ? m_today - r.between(300, 340) : m_today - r.between(30, 320);
    for (int i = 0; i < 2; ++i) {
        const qint64 signedOn = i == 0 ? lastYear : thisYear;
        const qint64 wan = std::max<qint64>(1, std::llround(base * (i == 0 ? before : now)));
        const QString id = ids::newId();
        const qint64 end = signedOn + 365;
        Fields f(12);
        f.text(QStringLiteral("account_id"), a.id)
            .text(QStringLiteral("number"),
                  QStringLiteral("HT-%1-%2").arg(dateText(signedOn).left(4)).arg(r.between(1000, 9999)))
            .text(QStringLiteral("title"), QString::fromUtf16(kContractTitles[r.below(6)]))
            .text(QStringLiteral("signed_on"), dateText(signedOn))
            .number(QStringLiteral("amount"), wan * 10000 * 100)
            .text(QStringLiteral("currency"), u"CNY")
            .text(QStringLiteral("start_on"), dateText(signedOn))
            .text(QStringLiteral("end_on"), dateText(end))
            .text(QStringLiteral("status"), end < m_today ? u"expired" : u"active")
            .text(QStringLiteral("product_line"), QString::fromUtf16(kProductLines[r.below(5)]))
            .text(QStringLiteral("owner_id"), owner);
        if (i == 1 && story != kAtRisk)
            f.text(QStringLiteral("renews_id"), contracts.front().id);
        if (const QString& entity = i == 1 && !subsidiaryEntity.isEmpty() ? subsidiaryEntity : groupEntity;
            !entity.isEmpty())
            f.text(QStringLiteral("org_unit_id"), entity);
        if (Status s = m_writer.add(QStringLiteral("contract"), id, f); !s)
            return s;
        contracts.push_back({id, signedOn, wan * 10000 * 100});
        ++m_summary.contracts;
    }

    // Two instalments per contract, a month and half a year after signing; the second one of a
    // declining or at-risk account is late.
    for (const Signed& c : contracts) {
        for (int part = 0; part < 2; ++part) {
            const qint64 due = c.signedOn + (part == 0 ? 30 : 180);
            const qint64 amount = part == 0 ? c.amount / 2 : c.amount - c.amount / 2;
            Fields f(7);
            f.text(QStringLiteral("account_id"), a.id)
                .text(QStringLiteral("contract_id"), c.id)
                .text(QStringLiteral("due_on"), dateText(due))
                .number(QStringLiteral("amount_due"), amount);
            const bool late = part == 1 && (story == kDeclining || story == kAtRisk);
            const qint64 paidOn = due + (late ? r.between(20, 90) : r.between(-5, 10));
            if (paidOn <= m_today)
                f.number(QStringLiteral("amount_received"), amount)
                    .text(QStringLiteral("received_on"), dateText(paidOn));
            if (Status s = m_writer.add(QStringLiteral("receivable"), ids::newId(), f); !s)
                return s;
        }
    }

    // Service requests of the last half year; an account at risk has severe ones still open.
    const int requests = r.between(0, 3) + (story == kAtRisk ? 2 : 0);
    for (int i = 0; i < requests; ++i) {
        const qint64 opened = m_today - r.between(1, 180);
        const bool severe = story == kAtRisk ? i < 2 : r.chance(0.2);
        const bool open = story == kAtRisk ? i < 2 : opened > m_today - 5 && r.chance(0.5);
        const int responseHours =
            story == kAtRisk || story == kDeclining ? r.between(30, 120) : r.between(1, 20);
        Fields f(10);
        f.text(QStringLiteral("account_id"), a.id)
            .text(QStringLiteral("title"), QString::fromUtf16(kRequestTitles[r.below(7)]))
            .text(QStringLiteral("category"), severe          ? u"incident"
                                              : r.chance(0.3) ? u"complaint"
                                                              : u"request")
            .text(QStringLiteral("severity"), severe ? (r.chance(0.3) ? u"critical" : u"high") : u"medium")
            .text(QStringLiteral("opened_at"), utcText(opened, 10, 0))
            .text(QStringLiteral("first_response_at"),
                  utcText(opened + (10 + responseHours) / 24, (10 + responseHours) % 24, 0))
            .text(QStringLiteral("owner_id"), m_team[static_cast<size_t>(a.de)]);
        const qint64 resolved = opened + (10 + responseHours) / 24 + r.between(1, 4);
        if (!open && resolved <= m_today)
            f.text(QStringLiteral("resolved_at"), utcText(resolved, 17, 30))
                .text(QStringLiteral("outcome"), u"已解决");
        if (!buyer.isEmpty() && r.chance(0.5))
            f.text(QStringLiteral("contact_id"), buyer);
        if (Status s = m_writer.add(QStringLiteral("service_request"), ids::newId(), f); !s)
            return s;
    }

    // A survey a quarter ago and one last month; the answers follow the story.
    static const int kCsat[][2] = {{4, 5}, {4, 4}, {3, 4}, {2, 3}};
    static const int kNps[][2] = {{8, 10}, {7, 9}, {5, 8}, {2, 6}};
    for (qint64 when : {m_today - r.between(80, 100), m_today - r.between(20, 40)}) {
        Fields f(6);
        f.text(QStringLiteral("account_id"), a.id)
            .text(QStringLiteral("surveyed_on"), dateText(when))
            .number(QStringLiteral("csat"), r.between(kCsat[story][0], kCsat[story][1]))
            .number(QStringLiteral("nps"), r.between(kNps[story][0], kNps[story][1]))
            .text(QStringLiteral("comment"), QString::fromUtf16(kComments[story]));
        if (!buyer.isEmpty())
            f.text(QStringLiteral("contact_id"), buyer);
        if (Status s = m_writer.add(QStringLiteral("satisfaction"), ids::newId(), f); !s)
            return s;
    }
    return {};
}

} // namespace summit::demo::detail
