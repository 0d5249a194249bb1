#include "ui/today/TodaySection.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace summit::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kVisibleRows = 8; // taller sections scroll inside themselves
} // namespace

TodaySection::TodaySection(const QString& title, const QString& empty, const QStringList& columns,
                           QWidget* parent)
    : QWidget(parent), m_titleText(title)
{
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);

    m_empty = new QLabel(empty, this);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_list = new QTreeWidget(this);
    m_list->setColumnCount(int(columns.size()));
    m_list->setHeaderLabels(columns);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_title->setBuddy(m_list);

    // QTreeWidget emits itemActivated for Enter and for a double-click.
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item)
            emit activated(item->data(0, kIdRole).toString(), item->data(0, kKindRole).toString());
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);
    setRows({});
}

void TodaySection::setRows(const std::vector<Row>& rows)
{
    // Keep the current row across refreshes when it is still there.
    const QString current = currentId();
    m_list->clear();
    QTreeWidgetItem* keep = nullptr;
    for (const Row& r : rows) {
        auto* item = new QTreeWidgetItem(m_list, r.cells);
        item->setData(0, kIdRole, r.id);
        item->setData(0, kKindRole, r.kind);
        if (!r.toolTip.isEmpty())
            for (int c = 0; c < r.cells.size(); ++c)
                item->setToolTip(c, r.toolTip);
        if (!current.isEmpty() && r.id == current)
            keep = item;
    }
    if (keep)
        m_list->setCurrentItem(keep);
    else if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0), 0, QItemSelectionModel::NoUpdate);
    m_title->setText(m_titleText.arg(rows.size()));
    m_empty->setVisible(rows.empty());
    m_list->setVisible(!rows.empty());
    fitHeight();
}

int TodaySection::count() const
{
    return m_list->topLevelItemCount();
}

QString TodaySection::currentId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

QString TodaySection::currentKind() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, kKindRole).toString() : QString();
}

void TodaySection::fitHeight()
{
    // As tall as its rows, up to kVisibleRows; the page scrolls, not each list.
    const int rows = std::min(std::max(count(), 1), kVisibleRows);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), m_list->fontMetrics().height() + 6);
    const int height =
        m_list->header()->sizeHint().height() + rows * rowHeight + 2 * m_list->frameWidth() + 2;
    m_list->setFixedHeight(height);
}

} // namespace summit::ui
