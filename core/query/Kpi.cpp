#include "query/Kpi.h"
#include "CoreText.h"

#include "analysis/AccountScores.h"
#include "model/Display.h"
#include "query/FilterSql.h"
#include "store/Database.h"
#include "store/History.h"
#include "store/Hlc.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace summit::query {

using namespace detail;

namespace {

QString isoDay(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

// The dates a figure reads: both periods' when there is a previous one.
struct Span
{
    QDate from, to; // invalid: open
};

Span spanOf(const DashboardFilter& current, const DashboardFilter& before)
{
    return {before.from.isValid() ? before.from : current.from, current.to};
}

// " AND column >= ? AND column <= ?" on ISO dates, for the ends that are set.
void narrow(Where& w, const QString& column, const Span& span)
{
    if (span.from.isValid())
        w.add(QStringLiteral("%1 >= ?").arg(column), isoDay(span.from));
    if (span.to.isValid())
        w.add(QStringLiteral("%1 <= ?").arg(column), isoDay(span.to));
}

// The type of the records a figure rests on (KpiFigure::recordType).
QString recordTypeOf(const QString& key)
{
    if (key == QLatin1String("csat") || key == QLatin1String("nps"))
        return QStringLiteral("satisfaction");
    if (key == QLatin1String("response_hours"))
        return QStringLiteral("service_request");
    if (key == QLatin1String("renewal_rate"))
        return QStringLiteral("contract");
    if (key == QLatin1String("win_rate") || key == QLatin1String("cycle_days") ||
        key == QLatin1String("weighted_pipeline"))
        return QStringLiteral("opportunity");
    return QStringLiteral("account"); // repurchase, churn, lifetime value
}

KpiFigure figure(const QString& key)
{
    KpiFigure f;
    f.key = key;
    return f;
}

// Sets the current or the previous value of `f`.
void put(KpiFigure& f, bool previous, std::optional<double> value, int basis)
{
    f.records.sort(); // filled by the figure's function before it puts the current value
    if (previous) {
        f.previous = value;
        f.previousBasis = basis;
    } else {
        f.value = value;
        f.basis = basis;
    }
}

std::optional<double> ratio(int part, int whole)
{
    return whole > 0 ? std::optional<double>(double(part) / whole) : std::nullopt;
}

// ---- Satisfaction ----

struct Survey
{
    QString id;
    QDate on;
    std::optional<int> csat, nps;
};

Result<std::vector<Survey>> surveys(Database& db, const DashboardFilter& f, const Span& span)
{
    Where w = filterWhere(f, QStringLiteral("s"), QStringLiteral("a.am_id"));
    narrow(w, QStringLiteral("s.surveyed_on"), span);
    auto rows =
        db.rows(QStringLiteral("SELECT s.id, s.surveyed_on, s.csat, s.nps FROM satisfaction_surveys s JOIN "
                               "accounts a ON a.id = s.account_id WHERE %1")
                    .arg(w.sql()),
                w.binds);
    if (!rows)
        return rows.error();
    std::vector<Survey> out;
    for (const QVariantList& r : rows.value())
        out.push_back({text(r[0]), QDate::fromString(text(r[1]), Qt::ISODate),
                       r[2].isNull() ? std::nullopt : std::optional<int>(r[2].toInt()),
                       r[3].isNull() ? std::nullopt : std::optional<int>(r[3].toInt())});
    return out;
}

void satisfaction(const std::vector<Survey>& all, const DashboardFilter& period, bool previous,
                  KpiFigure& csat, KpiFigure& nps)
{
    int csatCount = 0, csatSum = 0, npsCount = 0, promoters = 0, detractors = 0;
    for (const Survey& s : all) {
        if (!inPeriod(period, s.on))
            continue;
        if (s.csat) {
            ++csatCount;
            csatSum += *s.csat;
            if (!previous)
                csat.records << s.id;
        }
        if (s.nps) {
            ++npsCount;
            if (!previous)
                nps.records << s.id;
            promoters += *s.nps >= 9;
            detractors += *s.nps <= 6;
        }
    }
    put(csat, previous, csatCount > 0 ? std::optional<double>(double(csatSum) / csatCount) : std::nullopt,
        csatCount);
    put(nps, previous,
        npsCount > 0 ? std::optional<double>(100.0 * (promoters - detractors) / npsCount) : std::nullopt,
        npsCount);
}

// ---- Service ----

struct Request
{
    QString id;
    QDate opened;      // local date
    double hours = -1; // to the first response; -1: no response yet
};

Result<std::vector<Request>> requests(Database& db, const DashboardFilter& f, const Span& span)
{
    Where w =
        filterWhere(f, QStringLiteral("r"), QStringLiteral("coalesce(nullif(r.owner_id, ''), a.am_id)"));
    // Stored times are UTC: a day's margin on each side, the local date decides below.
    if (span.from.isValid())
        w.add(QStringLiteral("r.opened_at >= ?"), isoDay(span.from.addDays(-1)));
    if (span.to.isValid())
        w.add(QStringLiteral("r.opened_at < ?"), isoDay(span.to.addDays(2)));
    auto rows =
        db.rows(QStringLiteral("SELECT r.id, r.opened_at, r.first_response_at FROM service_requests r JOIN "
                               "accounts a ON a.id = r.account_id WHERE %1")
                    .arg(w.sql()),
                w.binds);
    if (!rows)
        return rows.error();
    std::vector<Request> out;
    for (const QVariantList& r : rows.value()) {
        const QDateTime opened = QDateTime::fromString(text(r[1]), Qt::ISODateWithMs);
        if (!opened.isValid())
            continue;
        Request q;
        q.id = text(r[0]);
        q.opened = opened.toLocalTime().date();
        const QDateTime answered = QDateTime::fromString(text(r[2]), Qt::ISODateWithMs);
        if (answered.isValid())
            q.hours = std::max<qint64>(0, opened.msecsTo(answered)) / 3'600'000.0;
        out.push_back(q);
    }
    return out;
}

void responseTime(const std::vector<Request>& all, const DashboardFilter& period, bool previous, KpiFigure& f)
{
    int answered = 0;
    double hours = 0;
    for (const Request& r : all)
        if (inPeriod(period, r.opened) && r.hours >= 0) {
            ++answered;
            hours += r.hours;
            if (!previous)
                f.records << r.id;
        }
    put(f, previous, answered > 0 ? std::optional<double>(hours / answered) : std::nullopt, answered);
}

// ---- Contracts: repurchase, renewal, churn ----

struct Contract
{
    QString id, accountId, accountOwner, owner; // owner: the contract's, else the account manager's
    QString status;                             // draft, signed, active, expired, terminated
    QDate signedOn, startOn, endOn;
    QDate terminatedOn; // terminated: the local day its status was set so
};

// Every live contract of the filter's accounts, whoever's it is: the member is applied per figure.
Result<std::vector<Contract>> contracts(Database& db, const DashboardFilter& f)
{
    DashboardFilter anyone = f;
    anyone.member.clear();
    const Where w = filterWhere(anyone, QStringLiteral("c"), QString());
    auto rows = db.rows(QStringLiteral("SELECT c.id, c.account_id, coalesce(a.am_id, ''), "
                                       "coalesce(nullif(c.owner_id, ''), a.am_id, ''), coalesce(c.status, "
                                       "'signed'), c.signed_on, c.start_on, c.end_on FROM contracts c JOIN "
                                       "accounts a ON a.id = c.account_id WHERE %1 ORDER BY c.id")
                            .arg(w.sql()),
                        w.binds);
    if (!rows)
        return rows.error();
    std::vector<Contract> out;
    for (const QVariantList& r : rows.value()) {
        Contract c{text(r[0]),
                   text(r[1]),
                   text(r[2]),
                   text(r[3]),
                   text(r[4]),
                   QDate::fromString(text(r[5]), Qt::ISODate),
                   QDate::fromString(text(r[6]), Qt::ISODate),
                   QDate::fromString(text(r[7]), Qt::ISODate),
                   {}};
        if (c.status == QLatin1String("terminated")) {
            auto written = lastWriteClock(db, c.id, QStringLiteral("status"));
            if (!written)
                return written.error();
            c.terminatedOn = localDayOfMillis(HybridClock::millis(written.value()));
        }
        out.push_back(std::move(c));
    }
    return out;
}

bool wasSigned(const Contract& c)
{
    return c.status != QLatin1String("draft");
}

// Whether the contract's service covers `day` (see Kpi.h: a customer on a day).
bool covers(const Contract& c, const QDate& day)
{
    if (!wasSigned(c))
        return false;
    const QDate start = c.startOn.isValid() ? c.startOn : c.signedOn;
    if (!start.isValid() || day < start)
        return false;
    if (c.endOn.isValid() && day > c.endOn)
        return false;
    return !c.terminatedOn.isValid() || day <= c.terminatedOn;
}

void contractFigures(const std::vector<Contract>& all, const QSet<QString>& renewed, const QString& member,
                     const DashboardFilter& period, const QDate& today, bool previous, KpiFigure& repurchase,
                     KpiFigure& renewal, KpiFigure& churn)
{
    auto accountIsMine = [&](const Contract& c) {
        return member.isEmpty() || c.accountOwner == member;
    };

    // Repurchase: accounts signing in the period, and whether they had signed before.
    QHash<QString, QDate> firstSigned;    // account → its first signing date
    QHash<QString, QDate> signedInPeriod; // account → its latest signing date in the period
    for (const Contract& c : all) {
        if (!wasSigned(c) || !c.signedOn.isValid() || !accountIsMine(c))
            continue;
        auto first = firstSigned.find(c.accountId);
        if (first == firstSigned.end() || c.signedOn < *first)
            firstSigned.insert(c.accountId, c.signedOn);
        if (inPeriod(period, c.signedOn)) {
            auto latest = signedInPeriod.find(c.accountId);
            if (latest == signedInPeriod.end() || c.signedOn > *latest)
                signedInPeriod.insert(c.accountId, c.signedOn);
        }
    }
    int again = 0;
    for (auto it = signedInPeriod.cbegin(); it != signedInPeriod.cend(); ++it)
        again += firstSigned.value(it.key()) < it.value(); // two contracts of one first day are one purchase
    if (!previous)
        repurchase.records = signedInPeriod.keys();
    put(repurchase, previous, ratio(again, int(signedInPeriod.size())), int(signedInPeriod.size()));

    // Renewal: contracts (not terminated) whose service ends in the period.
    int ending = 0, renewedCount = 0;
    for (const Contract& c : all) {
        if (!wasSigned(c) || c.status == QLatin1String("terminated") || !inPeriod(period, c.endOn))
            continue;
        if (!member.isEmpty() && c.owner != member)
            continue;
        ++ending;
        renewedCount += renewed.contains(c.id);
        if (!previous)
            renewal.records << c.id;
    }
    put(renewal, previous, ratio(renewedCount, ending), ending);

    // Churn: customers on the first day who are not on the last (or today).
    if (!period.from.isValid() || !period.to.isValid()) {
        put(churn, previous, std::nullopt, 0);
        return;
    }
    const QDate last = std::min(period.to, today);
    QSet<QString> atStart, atEnd;
    for (const Contract& c : all) {
        if (!accountIsMine(c))
            continue;
        if (covers(c, period.from))
            atStart.insert(c.accountId);
        if (covers(c, last))
            atEnd.insert(c.accountId);
    }
    int lost = 0;
    for (const QString& id : atStart)
        if (!atEnd.contains(id)) {
            ++lost;
            if (!previous)
                churn.records << id;
        }
    if (last < period.from && !previous)
        churn.records.clear(); // a period that has not begun loses nobody yet
    put(churn, previous, last < period.from ? std::nullopt : ratio(lost, int(atStart.size())),
        int(atStart.size()));
}

// Contracts a signed contract renews.
Result<QSet<QString>> renewedContracts(Database& db)
{
    auto rows = db.rows(QStringLiteral("SELECT DISTINCT renews_id FROM contracts WHERE deleted = 0 AND "
                                       "coalesce(renews_id, '') <> '' AND coalesce(status, 'signed') <> "
                                       "'draft'"));
    if (!rows)
        return rows.error();
    QSet<QString> out;
    for (const QVariantList& r : rows.value())
        out.insert(text(r[0]));
    return out;
}

// ---- Lifetime value ----

Result<bool> lifetimeValue(Database& db, const DashboardFilter& period, const QDate& today, bool previous,
                           KpiFigure& f)
{
    auto model = analysis::loadAccountModel(db);
    if (!model)
        return model.error();
    const QDate asOf = period.to.isValid() ? std::min(period.to, today) : today;
    auto revenues = analysis::revenueByAccount(db, model.value(), asOf);
    if (!revenues)
        return revenues.error();
    // The filter's accounts (the member is the account manager).
    const Where w = filterWhere(period, QString(), QStringLiteral("a.am_id"));
    auto rows = db.rows(QStringLiteral("SELECT a.id FROM accounts a WHERE %1").arg(w.sql()), w.binds);
    if (!rows)
        return rows.error();
    QSet<QString> scope;
    for (const QVariantList& r : rows.value())
        scope.insert(text(r[0]));
    qint64 total = 0;
    int customers = 0;
    for (const analysis::AccountRevenue& r : revenues.value())
        if (r.revenue > 0 && scope.contains(r.accountId)) {
            total += r.revenue;
            ++customers;
            if (!previous)
                f.records << r.accountId;
        }
    const model::AccountModel& m = model.value();
    put(f, previous,
        customers > 0
            ? std::optional<double>(std::round(double(total) / customers * m.clvMargin / 100.0 * m.clvYears))
            : std::nullopt,
        customers);
    return true;
}

// ---- Deals ----

void closedDeals(const ClosedFigures& c, bool previous, KpiFigure& winRateFigure, KpiFigure& cycle)
{
    const int closed = c.won + c.lost;
    put(winRateFigure, previous, c.winRate >= 0 ? std::optional<double>(c.winRate) : std::nullopt, closed);
    put(cycle, previous, c.cycleDays >= 0 ? std::optional<double>(c.cycleDays) : std::nullopt, closed);
}

Result<bool> pipeline(Database& db, const DashboardFilter& filter, KpiFigure& f)
{
    auto deals = openDeals(db, filter);
    if (!deals)
        return deals.error();
    qint64 weighted = 0;
    int counted = 0;
    for (const OpenDeal& d : deals.value()) {
        if (!inPeriod(filter, d.expectedClose) || !d.hasAmount || !isCny(d.currency))
            continue;
        ++counted;
        f.records << d.id;
        weighted +=
            weightedAmount(d.amount, d.probability >= 0 ? d.probability : defaultStageProbability(d.stage));
    }
    put(f, false, counted > 0 ? std::optional<double>(double(weighted)) : std::nullopt, counted);
    return true;
}

} // namespace

const QStringList& kpiKeys()
{
    static const QStringList keys = {
        QStringLiteral("csat"),
        QStringLiteral("nps"),
        QStringLiteral("repurchase_rate"),
        QStringLiteral("renewal_rate"),
        QStringLiteral("churn_rate"),
        QStringLiteral("response_hours"),
        QStringLiteral("clv"),
        QStringLiteral("win_rate"),
        QStringLiteral("cycle_days"),
        QStringLiteral("weighted_pipeline"),
    };
    return keys;
}

QString kpiLabel(const QString& key)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("csat"), QT_TRANSLATE_NOOP("summit::core", "Customer satisfaction (CSAT)")},
        {QStringLiteral("nps"), QT_TRANSLATE_NOOP("summit::core", "Net promoter score (NPS)")},
        {QStringLiteral("repurchase_rate"), QT_TRANSLATE_NOOP("summit::core", "Repurchase rate")},
        {QStringLiteral("renewal_rate"), QT_TRANSLATE_NOOP("summit::core", "Renewal rate")},
        {QStringLiteral("churn_rate"), QT_TRANSLATE_NOOP("summit::core", "Churn rate")},
        {QStringLiteral("response_hours"), QT_TRANSLATE_NOOP("summit::core", "Average first response")},
        {QStringLiteral("clv"), QT_TRANSLATE_NOOP("summit::core", "Customer lifetime value (CLV)")},
        {QStringLiteral("win_rate"), QT_TRANSLATE_NOOP("summit::core", "Win rate")},
        {QStringLiteral("cycle_days"), QT_TRANSLATE_NOOP("summit::core", "Average sales cycle")},
        {QStringLiteral("weighted_pipeline"), QT_TRANSLATE_NOOP("summit::core", "Weighted pipeline")},
    };
    const char* label = labels.value(key);
    return label ? QCoreApplication::translate("summit::core", label) : key;
}

QString formatKpi(const QString& key, double value)
{
    const QLocale locale;
    if (key == QLatin1String("csat"))
        return locale.toString(value, 'f', 1);
    if (key == QLatin1String("nps")) {
        const long rounded = std::lround(value);
        return rounded > 0 ? QStringLiteral("+%1").arg(rounded) : QString::number(rounded);
    }
    if (key.endsWith(QLatin1String("_rate")))
        return CoreText::tr("%1 %").arg(std::lround(value * 100));
    if (key == QLatin1String("response_hours"))
        return CoreText::tr("%1 h").arg(locale.toString(value, 'f', 1));
    if (key == QLatin1String("cycle_days"))
        return CoreText::tr("%n day(s)", nullptr, int(std::lround(value)));
    if (key == QLatin1String("clv") || key == QLatin1String("weighted_pipeline"))
        return model::formatMoneyCompact(qint64(std::llround(value)), locale);
    return locale.toString(value);
}

const KpiFigure* KpiReport::find(const QString& key) const
{
    for (const KpiFigure& f : figures)
        if (f.key == key)
            return &f;
    return nullptr;
}

Result<KpiReport> keyFigures(Database& db, const DashboardFilter& input, const WinFigures* given)
{
    KpiReport report;
    report.filter = input;
    if (!report.filter.today.isValid())
        report.filter.today = QDate::currentDate();
    const DashboardFilter& f = report.filter;
    const QDate today = f.today;
    report.before = previousPeriod(f);
    const bool hasBefore = report.before.from.isValid();
    const Span span = spanOf(f, report.before);

    for (const QString& key : kpiKeys())
        report.figures.push_back(figure(key));
    for (KpiFigure& k : report.figures)
        k.recordType = recordTypeOf(k.key);
    auto at = [&](const char* key) -> KpiFigure& {
        return *std::find_if(report.figures.begin(), report.figures.end(),
                             [&](const KpiFigure& k) { return k.key == QLatin1String(key); });
    };

    auto answers = surveys(db, f, span);
    if (!answers)
        return answers.error();
    satisfaction(answers.value(), f, false, at("csat"), at("nps"));

    auto opened = requests(db, f, span);
    if (!opened)
        return opened.error();
    responseTime(opened.value(), f, false, at("response_hours"));

    auto all = contracts(db, f);
    if (!all)
        return all.error();
    auto renewed = renewedContracts(db);
    if (!renewed)
        return renewed.error();
    contractFigures(all.value(), renewed.value(), f.member, f, today, false, at("repurchase_rate"),
                    at("renewal_rate"), at("churn_rate"));

    if (auto ok = lifetimeValue(db, f, today, false, at("clv")); !ok)
        return ok.error();

    Result<WinFigures> wins = given ? Result<WinFigures>(*given) : winRate(db, f);
    if (!wins)
        return wins.error();
    closedDeals(wins.value().current, false, at("win_rate"), at("cycle_days"));
    for (const char* key : {"win_rate", "cycle_days"}) {
        at(key).records = wins.value().current.records;
        at(key).records.sort();
    }

    if (auto ok = pipeline(db, f, at("weighted_pipeline")); !ok)
        return ok.error();

    if (hasBefore) {
        const DashboardFilter& b = report.before;
        satisfaction(answers.value(), b, true, at("csat"), at("nps"));
        responseTime(opened.value(), b, true, at("response_hours"));
        contractFigures(all.value(), renewed.value(), f.member, b, today, true, at("repurchase_rate"),
                        at("renewal_rate"), at("churn_rate"));
        if (auto ok = lifetimeValue(db, b, today, true, at("clv")); !ok)
            return ok.error();
        closedDeals(wins.value().previous, true, at("win_rate"), at("cycle_days"));
    }
    return report;
}

} // namespace summit::query
