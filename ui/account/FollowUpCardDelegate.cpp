#include "ui/account/FollowUpCardDelegate.h"
#include "ui/UiText.h"

#include "ui/account/FollowUpTimelineModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace summit::ui {

namespace {
constexpr int kGap = 6;     // between cards
constexpr int kPadding = 8; // inside a card
constexpr int kLine = 3;    // between blocks of a card
} // namespace

// One piece of text of a card, placed relative to the card's top left.
struct FollowUpCardDelegate::Block
{
    QString text;
    QRect rect;
    QFont font;
    QPalette::ColorRole role = QPalette::Text;
    int flags = Qt::TextWordWrap;
};

FollowUpCardDelegate::FollowUpCardDelegate(QAbstractItemView* view) : QStyledItemDelegate(view), m_view(view)
{}

int FollowUpCardDelegate::cardWidth(const QStyleOptionViewItem& option) const
{
    int w = m_view ? m_view->viewport()->width() : option.rect.width();
    if (w <= 0)
        w = option.rect.width();
    return std::max(200, w - 2 * kGap);
}

std::vector<FollowUpCardDelegate::Block> FollowUpCardDelegate::layout(const QStyleOptionViewItem& option,
                                                                      const QModelIndex& index, int width,
                                                                      int* height) const
{
    std::vector<Block> blocks;
    const int inner = width - 2 * kPadding;
    int y = kPadding;
    QFont bold = option.font;
    bold.setBold(true);

    auto add = [&](const QString& text, const QFont& font, QPalette::ColorRole role,
                   int flags = Qt::TextWordWrap, int x = kPadding, int w = -1, bool advance = true) {
        if (text.isEmpty())
            return;
        if (w < 0)
            w = inner;
        const QFontMetrics fm(font);
        const QRect r = fm.boundingRect(QRect(0, 0, w, 100000), flags, text);
        blocks.push_back({text, QRect(x, y, w, r.height()), font, role, flags});
        if (advance)
            y += r.height() + kLine;
    };

    // Top line: when and type on the left, the author on the right.
    const QString when = index.data(FollowUpTimelineModel::WhenRole).toString();
    const QString type = index.data(FollowUpTimelineModel::TypeLabelRole).toString();
    const QString author = index.data(FollowUpTimelineModel::AuthorRole).toString();
    const int authorWidth = QFontMetrics(option.font).horizontalAdvance(author) + kPadding;
    add(author, option.font, QPalette::PlaceholderText, Qt::AlignRight | Qt::TextSingleLine, kPadding, inner,
        false);
    const QString top = UiText::tr("%1  %2").arg(when, type);
    add(top, bold, QPalette::Text, Qt::TextSingleLine, kPadding, std::max(50, inner - authorWidth));

    const QString contacts = index.data(FollowUpTimelineModel::ContactsRole).toString();
    const QString opportunity = index.data(FollowUpTimelineModel::OpportunityRole).toString();
    QString about;
    if (!contacts.isEmpty())
        about = UiText::tr("With %1").arg(contacts);
    if (!opportunity.isEmpty()) {
        const QString deal = UiText::tr("Opportunity: %1").arg(opportunity);
        about = about.isEmpty() ? deal : UiText::tr("%1 · %2").arg(about, deal);
    }
    add(about, option.font, QPalette::PlaceholderText);
    add(index.data(FollowUpTimelineModel::SummaryRole).toString(), option.font, QPalette::Text);
    const QString outcome = index.data(FollowUpTimelineModel::OutcomeRole).toString();
    if (!outcome.isEmpty())
        add(UiText::tr("Outcome: %1").arg(outcome), option.font, QPalette::Text);
    const QString next = index.data(FollowUpTimelineModel::NextActionRole).toString();
    if (!next.isEmpty())
        add(UiText::tr("Next: %1").arg(next), option.font, QPalette::Link);
    *height = y - kLine + kPadding;
    return blocks;
}

QSize FollowUpCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = cardWidth(opt);
    int height = 0;
    layout(opt, index, width, &height);
    return {width + 2 * kGap, height + kGap};
}

void FollowUpCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = std::min(cardWidth(opt), opt.rect.width() - 2 * kGap);
    int height = 0;
    const std::vector<Block> blocks = layout(opt, index, width, &height);
    const QRect card(opt.rect.left() + kGap, opt.rect.top() + kGap / 2, width, opt.rect.height() - kGap);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        (opt.state & QStyle::State_Enabled)
            ? ((opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive)
            : QPalette::Disabled;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Mid));
    painter->setBrush(opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base));
    painter->drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    for (const Block& b : blocks) {
        painter->setFont(b.font);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : b.role));
        const QRect r = b.rect.translated(card.topLeft());
        const QString text = (b.flags & Qt::TextSingleLine)
                                 ? QFontMetrics(b.font).elidedText(b.text, Qt::ElideRight, r.width())
                                 : b.text;
        painter->drawText(r, b.flags, text);
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = card.adjusted(2, 2, -2, -2);
        focus.backgroundColor = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace summit::ui
