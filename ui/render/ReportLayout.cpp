#include "render/ReportLayout.h"

#include "render/MapPainter.h"
#include "render/RenderText.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <algorithm>
#include <numeric>

namespace summit::ui {

namespace {

constexpr double kHeaderBand = 46; // title and subject, then a rule
constexpr double kFooterBand = 22;
constexpr double kPad = 4;    // inside table cells
constexpr double kBody = 8.5; // body text, points
const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kRule(0xb0, 0xb8, 0xc4);
const QColor kHeaderFill(0xe3, 0xea, 0xf2);
const QColor kStripe(0xf6, 0xf8, 0xfa);

constexpr int kWrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

} // namespace

ReportLayout::ReportLayout(const QPaintDevice* device, const QSizeF& page, ReportHeader header)
    : m_device(device), m_page(page), m_header(std::move(header))
{
    m_pages.emplace_back();
}

QFont ReportLayout::font(double pointSize, bool bold)
{
    return MapPainter::font(pointSize, bold);
}

double ReportLayout::bodyHeight() const
{
    return m_page.height() - kHeaderBand - kFooterBand;
}

double ReportLayout::remaining() const
{
    return bodyHeight() - m_y;
}

double ReportLayout::textHeight(const QString& text, const QFont& f, double width) const
{
    const QFontMetricsF fm(f, m_device);
    return fm.boundingRect(QRectF(0, 0, std::max(1.0, width), 1e6), kWrap, text).height();
}

bool ReportLayout::fits(double height) const
{
    return m_y + height <= bodyHeight() + 0.01;
}

void ReportLayout::place(double height, Paint paint)
{
    if (!fits(height) && m_y > 0)
        pageBreak();
    height = std::min(height, bodyHeight()); // taller than a page: clipped to one
    m_pages.back().push_back({QRectF(0, kHeaderBand + m_y, m_page.width(), height), std::move(paint)});
    m_y += height;
}

void ReportLayout::pageBreak()
{
    if (m_y == 0 && !m_pages.back().empty())
        return;
    if (m_y > 0)
        m_pages.emplace_back();
    m_y = 0;
}

void ReportLayout::space(double height)
{
    if (m_y > 0)
        m_y = std::min(m_y + height, bodyHeight());
}

void ReportLayout::heading(const QString& text)
{
    const QFont f = font(12, true);
    const double h = textHeight(text, f, width()) + 6;
    // Keep a heading with the start of what follows it.
    if (!fits(h + 48) && m_y > 0)
        pageBreak();
    space(10);
    place(h, [text, f](QPainter& p, const QRectF& r) {
        p.setFont(f);
        p.setPen(kAccent);
        p.drawText(r.adjusted(0, 0, 0, -4), kWrap, text);
        p.setPen(QPen(kAccent, 0.8));
        p.drawLine(r.bottomLeft() - QPointF(0, 1.5), r.bottomRight() - QPointF(0, 1.5));
    });
    space(4);
}

void ReportLayout::paragraph(const QString& text, const QColor& color)
{
    const QFont f = font(kBody + 0.5);
    const double h = textHeight(text, f, width()) + 4;
    place(h, [text, f, color](QPainter& p, const QRectF& r) {
        p.setFont(f);
        p.setPen(color);
        p.drawText(r, kWrap, text);
    });
}

void ReportLayout::bullets(const QStringList& items, const QColor& marker)
{
    const QFont f = font(kBody + 0.5);
    for (const QString& item : items) {
        const double h = textHeight(item, f, width() - 14) + 3;
        place(h, [item, f, marker](QPainter& p, const QRectF& r) {
            p.setPen(Qt::NoPen);
            p.setBrush(marker);
            p.drawEllipse(QPointF(r.left() + 4, r.top() + 6), 2.2, 2.2);
            p.setFont(f);
            p.setPen(QColor(0x22, 0x22, 0x22));
            p.drawText(r.adjusted(14, 0, 0, 0), kWrap, item);
        });
    }
}

void ReportLayout::tiles(const std::vector<std::pair<QString, QString>>& labelsAndValues)
{
    constexpr int perRow = 4;
    constexpr double gap = 8, height = 44;
    const double w = (width() - gap * (perRow - 1)) / perRow;
    for (size_t start = 0; start < labelsAndValues.size(); start += perRow) {
        const std::vector<std::pair<QString, QString>> row(
            labelsAndValues.begin() + qsizetype(start),
            labelsAndValues.begin() + qsizetype(std::min(start + perRow, labelsAndValues.size())));
        place(height, [row, w](QPainter& p, const QRectF& r) {
            for (size_t i = 0; i < row.size(); ++i) {
                const QRectF box(r.left() + double(i) * (w + gap), r.top(), w, height - gap);
                p.setPen(QPen(kRule, 0.6));
                p.setBrush(kStripe);
                p.drawRoundedRect(box, 3, 3);
                p.setFont(font(7.5));
                p.setPen(QColor(0x55, 0x5f, 0x6b));
                p.drawText(box.adjusted(6, 3, -6, 0), Qt::AlignLeft | Qt::AlignTop, row[i].first);
                p.setFont(font(13, true));
                p.setPen(kAccent);
                p.drawText(box.adjusted(6, 0, -6, -3), Qt::AlignLeft | Qt::AlignBottom, row[i].second);
            }
        });
    }
}

std::vector<double> ReportLayout::columnWidths(const ReportTable& t) const
{
    std::vector<double> w = t.widths;
    w.resize(size_t(t.headers.size()), 1.0);
    const double sum = std::accumulate(w.begin(), w.end(), 0.0);
    for (double& x : w)
        x = x / sum * width();
    return w;
}

double ReportLayout::rowHeight(const QStringList& cells, const std::vector<double>& widths,
                               const QFont& f) const
{
    double h = 0;
    for (size_t i = 0; i < widths.size() && i < size_t(cells.size()); ++i)
        h = std::max(h, textHeight(cells[qsizetype(i)], f, widths[i] - 2 * kPad));
    return h + 2 * kPad;
}

void ReportLayout::table(const ReportTable& t)
{
    if (t.rows.empty()) {
        paragraph(t.empty, QColor(0x66, 0x66, 0x66));
        return;
    }
    const std::vector<double> widths = columnWidths(t);
    const QFont bodyFont = font(kBody);
    const QFont headFont = font(kBody, true);
    const double headHeight = rowHeight(t.headers, widths, headFont);
    const auto drawRow = [widths](const QStringList& cells, const QFont& f, const QColor& fill) {
        return [cells, f, fill, widths](QPainter& p, const QRectF& r) {
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            if (fill.isValid())
                p.drawRect(r);
            p.setFont(f);
            p.setPen(QColor(0x1a, 0x1a, 0x1a));
            double x = r.left();
            for (size_t i = 0; i < widths.size(); ++i) {
                const QRectF cell(x + kPad, r.top() + kPad, widths[i] - 2 * kPad, r.height() - 2 * kPad);
                p.save();
                p.setClipRect(cell.adjusted(0, 0, kPad, kPad));
                p.drawText(cell, kWrap, i < size_t(cells.size()) ? cells[qsizetype(i)] : QString());
                p.restore();
                x += widths[i];
            }
            p.setPen(QPen(kRule, 0.4));
            p.drawLine(r.bottomLeft(), r.bottomRight());
        };
    };
    const auto header = [&] {
        place(headHeight, drawRow(t.headers, headFont, kHeaderFill));
    };
    const double first = rowHeight(t.rows.front(), widths, bodyFont);
    if (!fits(headHeight + first) && m_y > 0)
        pageBreak();
    header();
    for (size_t i = 0; i < t.rows.size(); ++i) {
        const double h = std::min(rowHeight(t.rows[i], widths, bodyFont), bodyHeight() - headHeight);
        if (!fits(h)) {
            pageBreak();
            header(); // the header row again on each page the table runs onto
        }
        place(h, drawRow(t.rows[i], bodyFont, i % 2 ? kStripe : QColor()));
    }
    space(6);
}

void ReportLayout::block(double height, Paint paint)
{
    place(height, std::move(paint));
}

void ReportLayout::paintHeader(QPainter& p) const
{
    const QRectF band(0, 0, m_page.width(), kHeaderBand - 10);
    p.setFont(font(14, true));
    p.setPen(kAccent);
    p.drawText(band, Qt::AlignLeft | Qt::AlignTop, m_header.title);
    p.setFont(font(9));
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(band, Qt::AlignLeft | Qt::AlignBottom, m_header.subject);
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.drawText(band, Qt::AlignRight | Qt::AlignTop, m_header.period);
    p.drawText(band, Qt::AlignRight | Qt::AlignBottom, m_header.generated);
    p.setPen(QPen(kAccent, 1.2));
    p.drawLine(QPointF(0, kHeaderBand - 6), QPointF(m_page.width(), kHeaderBand - 6));
}

void ReportLayout::paintFooter(QPainter& p, int page) const
{
    const QRectF band(0, m_page.height() - kFooterBand + 6, m_page.width(), kFooterBand - 6);
    p.setPen(QPen(kRule, 0.6));
    p.drawLine(band.topLeft(), band.topRight());
    p.setFont(font(8));
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("Summit"));
    p.drawText(band, Qt::AlignRight | Qt::AlignVCenter,
               RenderText::tr("Page %1 of %2").arg(page).arg(pageCount()));
}

void ReportLayout::paint(QPagedPaintDevice& device, QPainter& p) const
{
    for (size_t i = 0; i < m_pages.size(); ++i) {
        if (i > 0)
            device.newPage();
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        paintHeader(p);
        for (const Item& item : m_pages[i]) {
            p.save();
            // Nothing drawn past its place: a cell or block cut to one page stays off the footer.
            p.setClipRect(item.rect.adjusted(-3, -3, 3, 3));
            item.paint(p, item.rect);
            p.restore();
        }
        paintFooter(p, int(i) + 1);
        p.restore();
    }
}

} // namespace summit::ui
