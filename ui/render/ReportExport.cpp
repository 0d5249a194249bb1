#include "render/ReportExport.h"

#include "render/PdfText.h"
#include "render/RenderText.h"
#include "render/ReportPages.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <functional>

namespace summit::ui {

namespace {

using Layout = std::function<ReportLayout(const QPaintDevice*, const QSizeF&)>;

Status paintPages(QPagedPaintDevice& device, const Layout& layout)
{
    const QSizeF page = device.pageLayout().paintRect(QPageLayout::Point).size();
    const ReportLayout pages = layout(&device, page);
    QPainter p;
    if (!p.begin(&device))
        return Status::fail(RenderText::tr("Cannot start drawing the report."));
    pages.paint(device, p);
    if (!p.end())
        return Status::fail(RenderText::tr("Cannot finish drawing the report."));
    return {};
}

Status writePdf(const QString& path, const QString& title, const Layout& layout)
{
    if (QFileInfo(path).suffix().toLower() != QLatin1String("pdf"))
        return Status::fail(
            RenderText::tr("Cannot write the report to %1: the file name must end in .pdf.").arg(path));
    QSaveFile file(path); // all or nothing: a failed write leaves no half-written file
    if (!file.open(QIODevice::WriteOnly))
        return Status::fail(RenderText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    QByteArray bytes; // written here first, then its ToUnicode maps are repaired
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setResolution(72); // device units are points
        pdf.setPageLayout(reportPageLayout());
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Summit"));
        if (Status s = paintPages(pdf, layout); !s) {
            file.cancelWriting();
            return Status::fail(RenderText::tr("Cannot write %1: %2").arg(path, s.error().message));
        }
    }
    repairPdfToUnicode(bytes);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Status::fail(RenderText::tr("Cannot write %1: %2").arg(path, why));
    }
    return {};
}

} // namespace

QPageLayout reportPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(36, 34, 36, 28),
                       QPageLayout::Point);
}

Status paintAccountPlan(QPagedPaintDevice& device, const query::AccountPlanData& data)
{
    return paintPages(device, [&data](const QPaintDevice* d, const QSizeF& page) {
        return layoutAccountPlan(d, page, data);
    });
}

Status paintTeamReview(QPagedPaintDevice& device, const query::TeamReviewData& data)
{
    return paintPages(device, [&data](const QPaintDevice* d, const QSizeF& page) {
        return layoutTeamReview(d, page, data);
    });
}

Status writeAccountPlanPdf(const query::AccountPlanData& data, const QString& path)
{
    return writePdf(
        path, RenderText::tr("Account plan") + QStringLiteral(" — ") + data.name,
        [&data](const QPaintDevice* d, const QSizeF& page) { return layoutAccountPlan(d, page, data); });
}

Status writeTeamReviewPdf(const query::TeamReviewData& data, const QString& path)
{
    return writePdf(
        path, RenderText::tr("Team review") + QStringLiteral(" — ") + data.period.key,
        [&data](const QPaintDevice* d, const QSizeF& page) { return layoutTeamReview(d, page, data); });
}

} // namespace summit::ui
