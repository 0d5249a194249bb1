#pragma once
// Exports a decision-chain map to a file chosen by its suffix:
// - .png: one sheet (title, legend, gaps, map) as an image, at most 16,000
//   pixels a side and 32 million pixels;
// - .svg: the same sheet as vector graphics with the text kept as text;
// - .pdf: A3 or A4 landscape pages; a map too big for one page at the
//   minimum readable scale is tiled over several pages, each with the
//   account, the date, its page number, its place in the grid and the legend.
//   Fonts are embedded, so Chinese stays selectable text.
// The file is written all or nothing (QSaveFile): a failed export leaves no
// file behind and says which path and why.

#include "Result.h"
#include "map/DecisionChainMap.h"

#include <QRectF>
#include <QString>
#include <vector>

namespace summit::ui {

struct ExportOptions
{
    enum class Paper
    {
        A3,
        A4,
    };
    Paper paper = Paper::A3;  // PDF page size, landscape
    double minScale = 0.6;    // PDF: tile over pages rather than print smaller than this
    double imageScale = 2.0;  // PNG: pixels per map unit when the size limits allow
    int maxImageSide = 16000; // PNG: pixels a side at most
    // PNG: and at most this many pixels, so that viewers open it within their
    // default memory limits (Qt's image reader refuses more than 128 MB).
    qint64 maxImagePixels = 32'000'000;
};

// How a PDF export lays the map out: pages across and down, the scale (points
// per map unit) and, per page, the part of the map it shows.
struct PdfPlan
{
    int columns = 1;
    int rows = 1;
    double scale = 1;
    QRectF pageArea;           // where the map goes on a page, in points from the printable area's corner
    std::vector<QRectF> tiles; // map units, row by row
    int pageCount() const { return columns * rows; }
};

PdfPlan planPdf(const map::DecisionChainMap& map, const ExportOptions& options = {});

Status exportMap(const map::DecisionChainMap& map, const QString& path, const ExportOptions& options = {});

} // namespace summit::ui
