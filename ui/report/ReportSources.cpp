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

// A writer of the pack's file: gathers the data when called, then writes it.
template <typename Gather, typename Write>
std::function<Status(const QString&)> writer(Gather gather, Write write)
{
    return [gather, write](const QString& path) -> Status {
        auto d = gather();
        if (!d)
            return d.error();
        return write(d.value(), path);
    };
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
    s.writePdf = writer(gather, [](const query::AccountPlanData& d, const QString& path) {
        return writeAccountPlanPdf(d, path);
    });
    s.xlsxTitle = UiText::tr("Account plan (Excel)…");
    s.writeXlsx = writer(gather, [](const query::AccountPlanData& d, const QString& path) {
        return exports::writeAccountPlanXlsx(d, path);
    });
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
    s.writePdf = writer(gather, [](const query::TeamReviewData& d, const QString& path) {
        return writeTeamReviewPdf(d, path);
    });
    s.xlsxTitle = UiText::tr("Team review (Excel)…");
    s.writeXlsx = writer(gather, [](const query::TeamReviewData& d, const QString& path) {
        return exports::writeTeamReviewXlsx(d, path);
    });
    s.paint = [gather](QPagedPaintDevice& device) -> Status {
        auto d = gather();
        if (!d)
            return d.error();
        return paintTeamReview(device, d.value());
    };
    return s;
}

} // namespace summit::ui
