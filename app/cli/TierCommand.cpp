// summit-cli tier explain|review|set|accept, health, model show|set: the
// computed tiers and health scores (core/analysis/AccountScores.h) and the
// team's model behind them.
#include "Cli.h"

#include "analysis/AccountScores.h"
#include "analysis/HealthTrend.h"
#include "commands/Commands.h"
#include "model/AccountModel.h"
#include "model/Display.h"
#include "model/Schema.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace summit::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// --today YYYY-MM-DD, or the current date; false (after a usage message) when malformed.
QJsonObject tierJson(const analysis::TierAssessment& t)
{
    QJsonArray criteria;
    for (const analysis::TierCriterion& c : t.criteria)
        criteria << QJsonObject{
            {QStringLiteral("criterion"), c.key},
            {QStringLiteral("tier"), c.tier.isEmpty() ? QJsonValue() : QJsonValue(c.tier)},
            {QStringLiteral("weight"), c.weight}};
    return {{QStringLiteral("account_id"), t.accountId},
            {QStringLiteral("account"), t.accountName},
            {QStringLiteral("current"), t.current.isEmpty() ? QJsonValue() : QJsonValue(t.current)},
            {QStringLiteral("computed"), t.computed},
            {QStringLiteral("figures"), t.figures},
            {QStringLiteral("override_reason"),
             t.overrideReason.isEmpty() ? QJsonValue() : QJsonValue(t.overrideReason)},
            {QStringLiteral("revenue_12m"), double(t.revenue)},
            {QStringLiteral("revenue_top_percent"), t.revenueTopPercent},
            {QStringLiteral("interactions_3m"), t.interactions},
            {QStringLiteral("activity_points"), t.activityPoints},
            {QStringLiteral("score"), t.score},
            {QStringLiteral("criteria"), criteria},
            {QStringLiteral("reason"), t.reason}};
}

void printTier(Context& ctx, const analysis::TierAssessment& t)
{
    ctx.out << t.accountName << "\n"
            << CliText::tr("Computed tier: %1").arg(t.reason) << "\n"
            << CliText::tr("Current tier: %1").arg(t.current.isEmpty() ? CliText::tr("none") : t.current)
            << "\n";
    if (!t.overrideReason.isEmpty())
        ctx.out << CliText::tr("Set by hand because: %1").arg(t.overrideReason) << "\n";
    for (const analysis::TierCriterion& c : t.criteria)
        ctx.out << "  " << analysis::tierCriterionLabel(c.key) << ": "
                << (c.tier.isEmpty() ? CliText::tr("no value") : c.tier) << " "
                << CliText::tr("(weight %1 %)").arg(c.weight) << "\n";
}

const QString kExplain = QStringLiteral("tier explain");
const QString kReview = QStringLiteral("tier review");
const QString kSet = QStringLiteral("tier set");
const QString kAccept = QStringLiteral("tier accept");
const QString kHealth = QStringLiteral("health");
const QString kModelShow = QStringLiteral("model show");
const QString kModelSet = QStringLiteral("model set");

int tierExplain(Context& ctx, const Args& args)
{
    if (args.positional.size() != 1)
        return ctx.usage(CliText::tr("expected one account id."), kExplain);
    QDate today;
    int exit = Ok;
    if (!todayOf(ctx, args, kExplain, &today, &exit))
        return exit;
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto t = analysis::assessTier(store->reader(), args.positional.first(), today);
    if (!t)
        return ctx.fail(t.message());
    if (args.has(QStringLiteral("--json")))
        ctx.out << QString::fromUtf8(QJsonDocument(tierJson(t.value())).toJson(QJsonDocument::Indented));
    else
        printTier(ctx, t.value());
    return Ok;
}

int tierReview(Context& ctx, const Args& args)
{
    if (!args.positional.isEmpty())
        return ctx.usage(CliText::tr("tier review takes no arguments."), kReview);
    QDate today;
    int exit = Ok;
    if (!todayOf(ctx, args, kReview, &today, &exit))
        return exit;
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto review = analysis::tierReview(store->reader(), today);
    if (!review)
        return ctx.fail(review.message());
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray rows;
        for (const analysis::TierAssessment& t : review.value())
            rows << tierJson(t);
        ctx.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (review.value().empty()) {
        ctx.out << CliText::tr("Every account's tier is the computed one.") << "\n";
        return Ok;
    }
    for (const analysis::TierAssessment& t : review.value()) {
        ctx.out << t.accountId << "  " << t.accountName << "  "
                << CliText::tr("%1 → %2").arg(t.current.isEmpty() ? QStringLiteral("—") : t.current,
                                              t.computed)
                << "\n    " << t.reason << "\n";
        if (!t.overrideReason.isEmpty())
            ctx.out << "    " << CliText::tr("Set by hand because: %1").arg(t.overrideReason) << "\n";
    }
    ctx.out << CliText::tr("%n account(s) to review; summit-cli tier accept ID takes the computed tier.",
                           nullptr, int(review.value().size()))
            << "\n";
    return Ok;
}

int tierSet(Context& ctx, const Args& args)
{
    if (args.positional.size() != 2)
        return ctx.usage(CliText::tr("expected an account id and a tier."), kSet);
    QDate today;
    int exit = Ok;
    if (!todayOf(ctx, args, kSet, &today, &exit))
        return exit;
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    const Status s = commands::Commands(*store).setTier(args.positional[0], args.positional[1],
                                                        args.value(QStringLiteral("--reason")), today);
    return s ? Ok : ctx.fail(s.message());
}

int tierAccept(Context& ctx, const Args& args)
{
    if (args.positional.isEmpty())
        return ctx.usage(CliText::tr("expected one or more account ids."), kAccept);
    QDate today;
    int exit = Ok;
    if (!todayOf(ctx, args, kAccept, &today, &exit))
        return exit;
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    commands::Commands commands(*store);
    for (const QString& id : args.positional)
        if (const Status s = commands.acceptComputedTier(id, today); !s)
            return ctx.fail(s.message());
    return Ok;
}

// health ID --trend: the score at the end of each of the last 52 weeks, from the log.
int healthTrend(Context& ctx, Store& store, const Args& args, const QDate& today)
{
    auto trend = analysis::healthTrend(store.reader(), args.positional.first(), today);
    if (!trend)
        return ctx.fail(trend.message());
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray weeks;
        for (const analysis::HealthPoint& p : trend.value())
            weeks << QJsonObject{{QStringLiteral("day"), p.day.toString(Qt::ISODate)},
                                 {QStringLiteral("score"), p.score},
                                 {QStringLiteral("band"), analysis::healthBandKey(p.band)}};
        ctx.out << QString::fromUtf8(QJsonDocument(weeks).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (trend.value().empty())
        ctx.out << CliText::tr("The account did not exist in the last 52 weeks.") << "\n";
    for (const analysis::HealthPoint& p : trend.value())
        ctx.out << CliText::tr("%1: %2 (%3)")
                       .arg(p.day.toString(Qt::ISODate))
                       .arg(p.score)
                       .arg(analysis::healthBandLabel(p.band))
                << "\n";
    return Ok;
}

int health(Context& ctx, const Args& args)
{
    if (args.positional.size() != 1)
        return ctx.usage(CliText::tr("expected one account id."), kHealth);
    QDate today;
    int exit = Ok;
    if (!todayOf(ctx, args, kHealth, &today, &exit))
        return exit;
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    if (args.has(QStringLiteral("--trend")))
        return healthTrend(ctx, *store, args, today);
    auto h = analysis::assessHealth(store->reader(), args.positional.first(), today);
    if (!h)
        return ctx.fail(h.message());
    const analysis::HealthAssessment& a = h.value();
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray components;
        for (const analysis::HealthComponent& c : a.components)
            components << QJsonObject{{QStringLiteral("component"), c.key},
                                      {QStringLiteral("weight"), c.weight},
                                      {QStringLiteral("max_points"), c.maxPoints},
                                      {QStringLiteral("measured"), c.measured},
                                      {QStringLiteral("fraction"), c.fraction},
                                      {QStringLiteral("points"), c.points},
                                      {QStringLiteral("reasons"), QJsonArray::fromStringList(c.reasons)}};
        const QJsonObject o{{QStringLiteral("account_id"), a.accountId},
                            {QStringLiteral("account"), a.accountName},
                            {QStringLiteral("score"), a.score},
                            {QStringLiteral("band"), analysis::healthBandKey(a.band)},
                            {QStringLiteral("cadence_tier"), a.tier},
                            {QStringLiteral("components"), components}};
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Ok;
    }
    ctx.out << a.accountName << "\n"
            << CliText::tr("Health: %1 of 100 (%2)").arg(a.score).arg(analysis::healthBandLabel(a.band))
            << "\n";
    for (const analysis::HealthComponent& c : a.components) {
        ctx.out << "  " << analysis::healthComponentLabel(c.key) << ": "
                << (c.measured
                        ? CliText::tr("%1 of %2 points")
                              .arg(QString::number(c.points, 'f', 1), QString::number(c.maxPoints, 'f', 1))
                        : CliText::tr("not scored"))
                << "\n";
        for (const QString& r : c.reasons)
            ctx.out << "    " << r << "\n";
    }
    return Ok;
}

int modelShow(Context& ctx, const Args& args)
{
    if (!args.positional.isEmpty())
        return ctx.usage(CliText::tr("model show takes no arguments."), kModelShow);
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto m = analysis::loadAccountModel(store->reader());
    if (!m)
        return ctx.fail(m.message());
    const QVariantMap fields = model::accountModelFields(m.value());
    if (args.has(QStringLiteral("--json"))) {
        ctx.out << QString::fromUtf8(
            QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Indented));
        return Ok;
    }
    const model::EntityDef* def = model::entity(u"account_model");
    for (const model::FieldDef& f : def->fields)
        ctx.out << f.name << "  " << model::fieldLabel(def->name, f.name) << ": "
                << model::displayValue(f, fields.value(f.name)) << "\n";
    return Ok;
}

int modelSet(Context& ctx, const Args& args)
{
    if (args.positional.isEmpty())
        return ctx.usage(CliText::tr("expected FIELD=VALUE pairs."), kModelSet);
    const model::EntityDef* def = model::entity(u"account_model");
    FieldValues fields;
    for (const QString& pair : args.positional) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const model::FieldDef* f =
            eq > 0 ? def->field(pair.left(eq).replace(QLatin1Char('-'), QLatin1Char('_'))) : nullptr;
        if (!f)
            return ctx.usage(
                eq > 0
                    ? CliText::tr("%1 has no field \"%2\".").arg(model::entityLabel(def->name), pair.left(eq))
                    : CliText::tr("expected FIELD=VALUE, got \"%1\".").arg(pair),
                kModelSet);
        QString why;
        const QVariant v = model::valueFromText(*f, pair.mid(eq + 1), &why);
        if (!why.isEmpty())
            return ctx.fail(QStringLiteral("%1: %2").arg(model::fieldLabel(def->name, f->name), why));
        fields.emplace_back(f->name, v);
    }
    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    const Status s = commands::Commands(*store).editAccountModel(fields);
    return s ? Ok : ctx.fail(s.message());
}

} // namespace

bool todayOf(Context& ctx, const Args& args, const QString& command, QDate* today, int* exit)
{
    if (!args.has(QStringLiteral("--today")))
        return true;
    *today = QDate::fromString(args.value(QStringLiteral("--today")), Qt::ISODate);
    if (today->isValid())
        return true;
    *exit = ctx.usage(
        CliText::tr("--today \"%1\" is not a date (YYYY-MM-DD).").arg(args.value(QStringLiteral("--today"))),
        command);
    return false;
}

void addTierCommands(std::vector<Command>& list)
{
    const QStringList today = {QStringLiteral("--today")};
    list.push_back(
        {kExplain, CliText::tr("tier explain ID [--today YYYY-MM-DD] [--json]"),
         CliText::tr("Prints an account's computed tier with its reason: 12-month revenue and its rank, "
                     "weighted follow-ups of the last 3 months, potential; and its current tier."),
         today, tierExplain});
    list.push_back(
        {kReview, CliText::tr("tier review [--today YYYY-MM-DD] [--json]"),
         CliText::tr("The quarterly review: every account whose tier is not the computed one, with the "
                     "reason given for a tier set by hand."),
         today, tierReview});
    list.push_back({kSet,
                    CliText::tr("tier set ID S|A|B|C [--reason TEXT]"),
                    CliText::tr("Sets an account's tier by hand. A tier other than the computed one needs "
                                "--reason (S, for strategic accounts, does not)."),
                    {QStringLiteral("--reason"), QStringLiteral("--today")},
                    tierSet});
    list.push_back(
        {kAccept, CliText::tr("tier accept ID..."),
         CliText::tr("Gives each account its computed tier and clears the reason of a tier set by hand."),
         today, tierAccept});
    list.push_back(
        {kHealth,
         CliText::tr("health ID [--trend] [--today YYYY-MM-DD] [--json]"),
         CliText::tr("Prints an account's health score (0-100) with the points and reasons of each "
                     "component: engagement, relationships, commercial, service, open gaps. With "
                     "--trend, the score at the end of each of the last 52 weeks instead, worked out "
                     "from the records as they were then."),
         today,
         health,
         {QStringLiteral("--trend")}});
    list.push_back(
        {kModelShow,
         CliText::tr("model show [--json]"),
         CliText::tr("Prints the team's tier and health model: thresholds, weights, activity points and "
                     "follow-up cadences (defaults where nobody has set a value)."),
         {},
         modelShow});
    list.push_back(
        {kModelSet,
         CliText::tr("model set FIELD=VALUE..."),
         CliText::tr("Edits the team's tier and health model; the tier weights and the health weights "
                     "each add up to 100. Money in yuan, e.g. tier_a_revenue=1000000."),
         {},
         modelSet});
}

} // namespace summit::cli
