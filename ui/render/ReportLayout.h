#pragma once
// Lays a printable report out on pages and paints it: a header on every page
// (title, the account or team, the period), a footer "Page X of Y", and between
// them headings, paragraphs, KPI tiles, tables whose header row repeats on
// every page they run onto, and blocks drawn by a callback (charts, the map),
// each kept whole on one page.
//
// The whole report is laid out first (measured on the device it will be
// painted on), so the page count is known when the footers are painted. The
// device must work in points (72 dpi: QPdfWriter::setResolution(72),
// QPrinter::setResolution(72)); fonts are MapPainter::font's CJK family and
// text is drawn as text, so it stays selectable and searchable.

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <functional>
#include <utility>
#include <vector>

class QPainter;
class QPaintDevice;
class QPagedPaintDevice;

namespace summit::ui {

struct ReportHeader
{
    QString title;     // "Account plan"
    QString subject;   // the account's or the team's name
    QString period;    // "2026-11", or the date the plan was made
    QString generated; // the date the report was made
};

struct ReportTable
{
    QStringList headers;
    std::vector<double> widths;    // relative column widths, one per header
    std::vector<QStringList> rows; // one text per column; wrapped in the cell
    QString empty;                 // said instead of an empty table
};

class ReportLayout
{
public:
    using Paint = std::function<void(QPainter&, const QRectF&)>;

    // `device` is what the report is painted on later (for measuring text);
    // `page` the paint rect of its pages in points.
    ReportLayout(const QPaintDevice* device, const QSizeF& page, ReportHeader header);

    static QFont font(double pointSize, bool bold = false);
    double width() const { return m_page.width(); }
    double bodyHeight() const; // room for content on one page
    double remaining() const;  // room left on the current page

    void heading(const QString& text);
    void paragraph(const QString& text, const QColor& color = QColor(0x33, 0x33, 0x33));
    void bullets(const QStringList& items, const QColor& marker = QColor(0x55, 0x55, 0x55));
    void tiles(const std::vector<std::pair<QString, QString>>& labelsAndValues);
    void table(const ReportTable& table);
    void block(double height, Paint paint); // on this page if it fits, else on the next
    void space(double height);
    void pageBreak();

    int pageCount() const { return int(m_pages.size()); }
    // Paints every page on the device `p` is active on (newPage between pages).
    void paint(QPagedPaintDevice& device, QPainter& p) const;

private:
    struct Item
    {
        QRectF rect; // page coordinates, points
        Paint paint;
    };
    double textHeight(const QString& text, const QFont& f, double width) const;
    bool fits(double height) const;
    void place(double height, Paint paint);
    void paintHeader(QPainter& p) const;
    void paintFooter(QPainter& p, int page) const;
    double rowHeight(const QStringList& cells, const std::vector<double>& widths, const QFont& f) const;
    std::vector<double> columnWidths(const ReportTable& t) const;

    const QPaintDevice* m_device;
    QSizeF m_page;
    ReportHeader m_header;
    std::vector<std::vector<Item>> m_pages;
    double m_y = 0; // next free y on the last page
};

} // namespace summit::ui
