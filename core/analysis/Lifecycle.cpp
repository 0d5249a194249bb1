#include "analysis/Lifecycle.h"
#include "CoreText.h"

#include "model/Display.h"
#include "model/Schema.h"
#include "store/Database.h"
#include "store/History.h"
#include "store/Hlc.h"
#include "store/Store.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>

namespace summit::analysis {

namespace {

const char* const kSigned = "coalesce(status, 'signed') IN ('signed', 'active', 'expired')";

QDate localDay(quint64 hlc)
{
    return QDateTime::fromMSecsSinceEpoch(HybridClock::millis(hlc), QTimeZone::utc()).toLocalTime().date();
}

} // namespace

int stageRank(const QString& stage)
{
    return int(model::entity(u"account")->field(u"stage")->enumValues.indexOf(stage));
}

Result<Lifecycle> accountLifecycle(Store& store, const QString& accountId, const QDate& todayIn)
{
    const QDate today = todayIn.isValid() ? todayIn : QDate::currentDate();
    Database& db = store.reader();
    auto account = db.rows(
        QStringLiteral("SELECT coalesce(stage, '') FROM accounts WHERE id = ? AND deleted = 0"), {accountId});
    if (!account)
        return account.error();
    if (account.value().empty())
        return Result<Lifecycle>::fail(CoreText::tr("No account with id %1.").arg(accountId));
    Lifecycle out;
    out.stage = account.value().front()[0].toString();

    // The stages it went through, from its history (newest first there).
    auto history = recordHistory(store, accountId);
    if (!history)
        return history.error();
    for (auto it = history.value().rbegin(); it != history.value().rend(); ++it)
        if (it->field == QLatin1String("stage") && it->kind == QLatin1String("set"))
            out.entries.push_back(
                {it->newValue.isNull() ? QString() : it->newValue.toString(), localDay(it->hlc)});
    if (!out.stage.isEmpty() && !out.entries.empty() && out.entries.back().stage == out.stage) {
        // Entered when first set to this value after a different one.
        auto first = out.entries.end() - 1;
        while (first != out.entries.begin() && (first - 1)->stage == out.stage)
            --first;
        out.since = first->on;
        out.daysInStage = int(out.since.daysTo(today));
    }

    // What the records suggest, the furthest stage first.
    const int rank = stageRank(out.stage);
    auto suggest = [&](const char* stage, const QString& reason) {
        if (!out.suggested.isEmpty() || rank >= stageRank(QString::fromLatin1(stage)))
            return;
        out.suggested = QString::fromLatin1(stage);
        out.reason = reason;
    };
    const QString todayText = today.toString(Qt::ISODate);
    auto firstSigned =
        db.rows(QStringLiteral("SELECT min(signed_on), count(*) FROM contracts WHERE account_id = ? "
                               "AND deleted = 0 AND %1")
                    .arg(QLatin1String(kSigned)),
                {accountId});
    if (!firstSigned)
        return firstSigned.error();
    const int signedCount = firstSigned.value().front()[1].toInt();
    const QString signedOn = firstSigned.value().front()[0].toString();
    auto started = db.rows(QStringLiteral("SELECT min(coalesce(start_on, signed_on)) FROM contracts WHERE "
                                          "account_id = ? AND deleted = 0 AND %1 AND coalesce(start_on, "
                                          "signed_on) <= ?")
                               .arg(QLatin1String(kSigned)),
                           {accountId, todayText});
    if (!started)
        return started.error();
    const QString startedOn = started.value().front()[0].toString();
    auto open =
        db.rows(QStringLiteral("SELECT name FROM opportunities WHERE account_id = ? AND deleted = 0 AND "
                               "(status IS NULL OR status = 'open') ORDER BY expected_close IS NULL, "
                               "expected_close, name LIMIT 1"),
                {accountId});
    if (!open)
        return open.error();
    const QString openDeal = open.value().empty() ? QString() : open.value().front()[0].toString();

    if (signedCount > 0 && !openDeal.isEmpty() &&
        (out.stage == QLatin1String("onboarding") || out.stage == QLatin1String("service")))
        suggest("expansion", CoreText::tr("A customer with the open opportunity %1.").arg(openDeal));
    if (!startedOn.isEmpty())
        suggest("onboarding",
                CoreText::tr("The service of a contract started on %1.").arg(model::formatDate(startedOn)));
    if (signedCount > 0)
        suggest("closing",
                signedOn.isEmpty()
                    ? CoreText::tr("A contract is signed.")
                    : CoreText::tr("First contract signed on %1.").arg(model::formatDate(signedOn)));
    if (!openDeal.isEmpty())
        suggest("opportunity", CoreText::tr("The open opportunity %1.").arg(openDeal));
    return out;
}

} // namespace summit::analysis
