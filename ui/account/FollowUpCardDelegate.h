#pragma once
// Draws one follow-up of the timeline as a card: when, type and author on
// top, with whom and about which opportunity, the summary, the outcome and the
// next action. Colours come from the palette, so the cards read in dark themes.

#include <QStyledItemDelegate>
#include <vector>

class QAbstractItemView;

namespace summit::ui {

class FollowUpCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `view` gives the width cards wrap their text to.
    explicit FollowUpCardDelegate(QAbstractItemView* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Block;
    std::vector<Block> layout(const QStyleOptionViewItem& option, const QModelIndex& index, int width,
                              int* height) const;
    int cardWidth(const QStyleOptionViewItem& option) const;

    QAbstractItemView* m_view;
};

} // namespace summit::ui
