#include "render/MapExport.h"
#include "render/PdfText.h"
#include "render/RenderText.h"

#include "render/MapPainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>

namespace summit::ui {

namespace {

constexpr double kHeader = 30;  // page title band, points
constexpr double kGap = 8;      // between the bands and the map
constexpr double kOverlap = 40; // map units repeated on neighbouring pages

QPageLayout pageLayout(const ExportOptions& o)
{
    const QPageSize size(o.paper == ExportOptions::Paper::A4 ? QPageSize::A4 : QPageSize::A3);
    return QPageLayout(size, QPageLayout::Landscape, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
}

Status cannotWrite(const QString& path, const QString& why)
{
    return Status::fail(RenderText::tr("Cannot write %1: %2").arg(path, why));
}

// Pages across (or down) needed to show `length` map units in tiles of `tile` units that overlap.
int tilesFor(double length, double tile)
{
    if (length <= tile)
        return 1;
    return int(std::ceil((length - kOverlap) / std::max(1.0, tile - kOverlap)));
}

// The tile length that shows `length` in `count` overlapping tiles.
double tileFor(double length, int count)
{
    return count <= 1 ? length : (length - kOverlap) / count + kOverlap;
}

Status writePng(const map::DecisionChainMap& map, QSaveFile& file, const ExportOptions& o)
{
    const MapPainter painter(map);
    const QSizeF size = painter.sheetSize();
    double s = o.imageScale;
    s = std::min({s, o.maxImageSide / size.width(), o.maxImageSide / size.height()});
    s = std::min(s, std::sqrt(double(o.maxImagePixels) / (size.width() * size.height())));
    const int w = std::max(1, int(std::floor(size.width() * s)));
    const int h = std::max(1, int(std::floor(size.height() * s)));
    QImage image(w, h, QImage::Format_RGB32);
    if (image.isNull())
        return cannotWrite(file.fileName(),
                           RenderText::tr("not enough memory for a %1 × %2 image.").arg(w).arg(h));
    image.setDotsPerMeterX(2835); // 72 dpi: font point sizes are map units
    image.setDotsPerMeterY(2835);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(s, s);
    painter.paintSheet(p, s);
    p.end();
    if (!image.save(&file, "PNG"))
        return cannotWrite(file.fileName(), file.errorString());
    return {};
}

Status writeSvg(const map::DecisionChainMap& map, QSaveFile& file)
{
    const MapPainter painter(map);
    const QSizeF size = painter.sheetSize();
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setResolution(72);
    svg.setSize(QSize(int(std::ceil(size.width())), int(std::ceil(size.height()))));
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setTitle(map.accountName);
    svg.setDescription(RenderText::tr("Decision-chain map"));
    QPainter p;
    if (!p.begin(&svg))
        return cannotWrite(file.fileName(), file.errorString());
    p.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    painter.paintSheet(p, 1.0);
    p.end();
    return {};
}

void paintPageHeader(QPainter& p, const map::DecisionChainMap& map, const QRectF& band, const PdfPlan& plan,
                     int column, int row)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const int page = row * plan.columns + column + 1;
    const int pages = plan.pageCount();
    QString where = RenderText::tr("Page %1 of %2").arg(page).arg(pages);
    if (pages > 1) {
        const QString grid = RenderText::tr("row %1, column %2").arg(row + 1).arg(column + 1);
        where += QStringLiteral("  (") + grid + QLatin1Char(')');
    }
    const QFont small = MapPainter::font(9);
    const QFontMetricsF sm(small, p.device());
    double right = band.right() - sm.horizontalAdvance(where);
    p.setFont(small);
    p.setPen(QColor(0x60, 0x6B, 0x73));
    p.drawText(QPointF(right, band.top() + 15), where);

    // Where this page lies in the grid of pages.
    if (pages > 1) {
        const double cell = std::clamp(60.0 / std::max(plan.columns, plan.rows), 3.0, 9.0);
        const double gw = cell * plan.columns, gh = cell * plan.rows * 0.7;
        const QRectF grid(right - 10 - gw, band.top() + 11 - gh / 2, gw, gh);
        for (int r = 0; r < plan.rows; ++r)
            for (int c = 0; c < plan.columns; ++c) {
                const QRectF cellRect(grid.left() + c * cell, grid.top() + r * gh / plan.rows, cell,
                                      gh / plan.rows);
                p.setPen(QPen(QColor(0xB0, 0xBE, 0xC5), 0.5));
                p.setBrush(r == row && c == column ? QColor(0x1E, 0x88, 0xE5) : QColor(0xEC, 0xEF, 0xF1));
                p.drawRect(cellRect);
            }
        right = grid.left();
    }

    const QFont big = MapPainter::font(13, true);
    const QFontMetricsF bm(big, p.device());
    const QString title = bm.elidedText(map.accountName, Qt::ElideRight, (right - band.left()) * 0.6);
    p.setFont(big);
    p.setPen(QColor(0x26, 0x32, 0x38));
    p.drawText(QPointF(band.left(), band.top() + 16), title);
    const double after = band.left() + bm.horizontalAdvance(title) + 12;
    QStringList parts = {RenderText::tr("Decision-chain map"), map.today.toString(Qt::ISODate)};
    if (!map.opportunityName.isEmpty())
        parts << RenderText::tr("Buying center of %1").arg(map.opportunityName);
    if (!map.memberName.isEmpty())
        parts << RenderText::tr("Coverage of %1").arg(map.memberName);
    p.setFont(small);
    p.setPen(QColor(0x60, 0x6B, 0x73));
    p.drawText(QPointF(after, band.top() + 15),
               sm.elidedText(parts.join(QStringLiteral("  ·  ")), Qt::ElideRight, right - 12 - after));
    p.setPen(QPen(QColor(0xCF, 0xD8, 0xDC), 0.8));
    p.drawLine(QPointF(band.left(), band.bottom() - 4), QPointF(band.right(), band.bottom() - 4));
    p.restore();
}

Status writePdf(const map::DecisionChainMap& map, QSaveFile& file, const ExportOptions& o)
{
    const MapPainter painter(map);
    const PdfPlan plan = planPdf(map, o);
    QByteArray bytes; // written here first, then its ToUnicode maps are repaired
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(72); // device units are points: font point sizes and map units agree
    pdf.setPageLayout(pageLayout(o));
    pdf.setTitle(map.accountName + QStringLiteral(" — ") + RenderText::tr("Decision-chain map"));
    pdf.setCreator(QStringLiteral("Summit"));
    QPainter p;
    if (!p.begin(&pdf))
        return cannotWrite(file.fileName(), file.errorString());
    const QRectF page = pdf.pageLayout().paintRect(QPageLayout::Point);
    const QRectF printable(0, 0, page.width(), page.height());
    const QSizeF legend = painter.legendSize(printable.width() - 12);
    for (int row = 0; row < plan.rows; ++row) {
        for (int column = 0; column < plan.columns; ++column) {
            if (row > 0 || column > 0)
                pdf.newPage();
            paintPageHeader(p, map, QRectF(0, 0, printable.width(), kHeader), plan, column, row);
            const QRectF tile = plan.tiles[size_t(row * plan.columns + column)];
            p.save();
            p.setClipRect(plan.pageArea);
            p.translate(plan.pageArea.topLeft());
            p.scale(plan.scale, plan.scale);
            p.translate(-tile.topLeft());
            painter.paintMap(p, tile, plan.scale);
            p.restore();
            painter.paintLegend(p, QRectF(QPointF(6, printable.bottom() - legend.height()), legend));
        }
    }
    if (!p.end())
        return cannotWrite(file.fileName(), file.errorString());
    buffer.close();
    repairPdfToUnicode(bytes);
    if (file.write(bytes) != bytes.size())
        return cannotWrite(file.fileName(), file.errorString());
    return {};
}

} // namespace

PdfPlan planPdf(const map::DecisionChainMap& map, const ExportOptions& o)
{
    const MapPainter painter(map);
    const QPageLayout layout = pageLayout(o);
    const QRectF page = layout.paintRect(QPageLayout::Point);
    const double legend = painter.legendSize(page.width() - 12).height();
    PdfPlan plan;
    plan.pageArea = QRectF(0, kHeader + kGap, page.width(), page.height() - kHeader - kGap - legend - kGap);
    const QRectF bounds = painter.extent().isEmpty() ? QRectF(0, 0, 1, 1) : painter.extent();
    const double aw = plan.pageArea.width(), ah = plan.pageArea.height();
    const double minScale = std::clamp(o.minScale, 0.05, 1.0);
    const double fit = std::min(aw / bounds.width(), ah / bounds.height());
    if (fit >= minScale) {
        plan.scale = std::min(fit, 1.0);
    } else {
        plan.columns = tilesFor(bounds.width(), aw / minScale);
        plan.rows = tilesFor(bounds.height(), ah / minScale);
        // As large as the same grid of pages allows.
        const double s =
            std::min(aw / tileFor(bounds.width(), plan.columns), ah / tileFor(bounds.height(), plan.rows));
        plan.scale = std::clamp(s, minScale, 1.0);
    }
    const double tw = aw / plan.scale, th = ah / plan.scale;
    // Tiles step by the tile size less the overlap; a map narrower than a page is centred.
    const double stepX = plan.columns > 1 ? (bounds.width() - tw) / (plan.columns - 1) : 0;
    const double stepY = plan.rows > 1 ? (bounds.height() - th) / (plan.rows - 1) : 0;
    const double x0 = plan.columns > 1 ? bounds.left() : bounds.center().x() - tw / 2;
    const double y0 = plan.rows > 1 ? bounds.top() : bounds.top() - std::max(0.0, th - bounds.height()) / 2;
    for (int r = 0; r < plan.rows; ++r)
        for (int c = 0; c < plan.columns; ++c)
            plan.tiles.emplace_back(x0 + c * stepX, y0 + r * stepY, tw, th);
    return plan;
}

Status exportMap(const map::DecisionChainMap& map, const QString& path, const ExportOptions& options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return Status::fail(
            RenderText::tr("Cannot export the map to %1: unknown file type; use .png, .svg or .pdf.")
                .arg(path));
    QSaveFile file(path); // all or nothing: a failed export leaves no half-written file
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    Status s;
    if (suffix == QLatin1String("png"))
        s = writePng(map, file, options);
    else if (suffix == QLatin1String("svg"))
        s = writeSvg(map, file);
    else
        s = writePdf(map, file, options);
    if (!s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

} // namespace summit::ui
