#include "ui/dashboard/CoverageHeatMap.h"
#include "ui/UiText.h"

#include "model/Schema.h"
#include "ui/dashboard/ChartStyle.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <algorithm>

namespace summit::ui {

CoverageHeatMap::CoverageHeatMap(QWidget* parent) : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setWordWrap(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    connect(this, &QTableWidget::cellActivated, this, &CoverageHeatMap::choose);
    connect(this, &QTableWidget::cellClicked, this, &CoverageHeatMap::choose);
    connect(verticalHeader(), &QHeaderView::sectionClicked, this, [this](int row) {
        if (row >= 0 && row < int(m_coverage.accounts.size()))
            emit accountChosen(m_coverage.accounts[size_t(row)].accountId);
    });
}

void CoverageHeatMap::choose(int row, int column)
{
    if (row < 0 || row >= int(m_coverage.accounts.size()) || column < 0 || column >= m_coverage.roles.size())
        return;
    const query::CoverageAccountRow& r = m_coverage.accounts[size_t(row)];
    emit cellChosen(r.accountId, m_coverage.roles[column], r.cells[size_t(column)].firstContactId);
}

void CoverageHeatMap::setCoverage(const query::RoleCoverage& coverage)
{
    m_coverage = coverage;
    clear();
    setRowCount(int(coverage.accounts.size()));
    setColumnCount(int(coverage.roles.size()));
    QStringList roles;
    for (const QString& role : coverage.roles)
        roles << model::enumLabel(u"decision_role", role);
    setHorizontalHeaderLabels(roles);
    for (int c = 0; c < coverage.roles.size(); ++c)
        horizontalHeaderItem(c)->setToolTip(roles[c]);
    for (int r = 0; r < int(coverage.accounts.size()); ++r) {
        const query::CoverageAccountRow& row = coverage.accounts[size_t(r)];
        QString label = row.name;
        if (!row.tier.isEmpty())
            label = QStringLiteral("%1  %2").arg(row.tier, row.name);
        auto* header = new QTableWidgetItem(label);
        header->setToolTip(row.name);
        setVerticalHeaderItem(r, header);
        for (int c = 0; c < int(row.cells.size()); ++c) {
            const query::RoleCell& cell = row.cells[size_t(c)];
            auto* item = new QTableWidgetItem(
                cell.contacts == 0 ? QString()
                                   : QStringLiteral("%1/%2").arg(cell.covered).arg(cell.contacts));
            item->setTextAlignment(Qt::AlignCenter);
            item->setToolTip(cell.contacts == 0 ? UiText::tr("%1: nobody in this role").arg(roles[c])
                                                : UiText::tr("%1: the team knows %2 of %n contact(s)",
                                                             nullptr, cell.contacts)
                                                      .arg(roles[c])
                                                      .arg(cell.covered));
            setItem(r, c, item);
        }
    }
    paintCells();
    // Tall enough for every row: the page scrolls, not the map inside it.
    const int rows = std::max(rowCount(), 3);
    setMinimumHeight(horizontalHeader()->sizeHint().height() + rows * verticalHeader()->defaultSectionSize() +
                     2 * frameWidth() + horizontalScrollBar()->sizeHint().height());
}

void CoverageHeatMap::changeEvent(QEvent* event)
{
    QTableWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        paintCells();
}

void CoverageHeatMap::paintCells()
{
    const QPalette p = palette();
    const QColor base = p.color(QPalette::Base);
    const QColor accent = p.color(QPalette::Highlight);
    for (int r = 0; r < rowCount() && r < int(m_coverage.accounts.size()); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            QTableWidgetItem* it = item(r, c);
            if (!it)
                continue;
            const query::RoleCell& cell = m_coverage.accounts[size_t(r)].cells[size_t(c)];
            // Nobody in the role: the plain base. Someone nobody knows: a hint of
            // the accent; then brief, working, trusted ever darker.
            const double share = cell.contacts == 0 ? 0.0 : 0.12 + 0.26 * cell.bestLevel;
            const QColor fill = chart::mix(base, accent, share);
            it->setBackground(fill);
            it->setForeground(share > 0.55 ? p.color(QPalette::HighlightedText) : p.color(QPalette::Text));
        }
    }
}

} // namespace summit::ui
