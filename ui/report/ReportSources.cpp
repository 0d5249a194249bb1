#include "ui/report/ReportSources.h"
#include "ui/UiText.h"

#include "export/ReportXlsx.h"
#include "query/Reports.h"
#include "render/ReportExport.h"
#include "store/Store.h"
#include "ui/Workspace.h"

#include <QDir>

namespace summit::ui {

namespace {

// A file name without characters file systems refuse.
QString fileNameOf(QString text)
{
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : text)
        if (refused.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    return text;
}

} // namespace

ReportSource accountPlanSource(Workspace& workspace, const QString& accountId,
                               std::function<QString()> accountName)
{
    const auto gather = [&workspace, accountId] {
        query::AccountPlanOptions o;
        o.today = workspace.today();
        return query::accountPlan(workspace.store().reader(), accountId, o);
    };
    ReportSource s;
    s.saveTitle = UiText::tr("Account plan (PDF)…");
    s.suggestedName = [accountName] {
        return QDir::home().filePath(fileNameOf(UiText::tr("Account plan %1.pdf").arg(accountName())));
    };
    s.writePdf = [gather](const QString& path) -> Status {
        auto d = gather();
        if (!d)
            return d.error();
        return writeAccountPlanPdf(d.value(), path);
    };
    s.xlsxTitle = UiText::tr("Account plan (Excel)…");
    s.writeXlsx = [gather](const QString& path) -> Status {
        auto d = gather();
        if (!d)
            return d.error();
        return exports::writeAccountPlanXlsx(d.value(), path);
    };
    s.paint = [gather](QPagedPaintDevice& device) -> Status {
        auto d = gather();
        if (!d)
            return d.error();
        return paintAccountPlan(device, d.value());
    };
    return s;
}

ReportSource teamReviewSource(Workspace& workspace, std::function<query::DashboardFilter()> filter)
{
    const auto gather = [&workspace, filter] {
        const query::DashboardFilter f = filter();
        query::TeamReviewOptions o;
        o.today = workspace.today();
        o.period = query::reportPeriodCovering(f.from, f.to, o.today);
        o.memberId = f.member;
        return query::teamReview(workspace.store().reader(), o);
    };
    ReportSource s;
    s.saveTitle = UiText::tr("Team review (PDF)…");
    s.suggestedName = [] {
        return QDir::home().filePath(UiText::tr("Team review.pdf"));
    };
    s.writePdf = [gather](const QString& path) -> Status {
        auto d = gather();
        if (!d)
            return d.error();
        return writeTeamReviewPdf(d.value(), path);
    };
    s.xlsxTitle = UiText::tr("Team review (Excel)…");
    s.writeXlsx = [gather](const QString& path) -> Status {
        auto d = gather();
        if (!d)
            return d.error();
        return exports::writeTeamReviewXlsx(d.value(), path);
    };
    s.paint = [gather](QPagedPaintDevice& device) -> Status {
        auto d = gather();
        if (!d)
            return d.error();
        return paintTeamReview(device, d.value());
    };
    return s;
}

} // namespace summit::ui
