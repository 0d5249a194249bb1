#include "ui/followup/SearchPicker.h"
#include "ui/UiText.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace summit::ui::followup {

namespace {

constexpr int kVisibleHits = 6;

} // namespace

SearchPicker::SearchPicker(Mode mode, QWidget* parent) : QWidget(parent), m_mode(mode)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (m_mode == Mode::Multiple) {
        m_chips = new QWidget(this);
        m_chipLayout = new QHBoxLayout(m_chips);
        m_chipLayout->setContentsMargins(0, 0, 0, 0);
        m_chipLayout->addStretch();
        m_chips->hide();
        layout->addWidget(m_chips);
    }
    m_edit = new QLineEdit(this);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("results"));
    // The list never takes focus: typing stays in the line edit, and a click picks.
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setUniformItemSizes(true);
    m_results->hide();
    layout->addWidget(m_results);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_mode == Mode::Single && !m_picked.empty()) {
            m_picked.clear(); // the name no longer says which record was meant
            emit pickedChanged();
        }
        runSearch(text);
    });
    connect(m_results, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { pickRow(m_results->row(item)); });
}

void SearchPicker::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

QStringList SearchPicker::pickedIds() const
{
    QStringList out;
    for (const Item& item : m_picked)
        out << item.id;
    return out;
}

QString SearchPicker::typedText() const
{
    return m_mode == Mode::Single && !m_picked.empty() ? QString() : m_edit->text().trimmed();
}

void SearchPicker::runSearch(const QString& text)
{
    m_hits.clear();
    m_results->clear();
    if (text.trimmed().isEmpty() || !m_search) {
        hideResults();
        return;
    }
    for (Item& hit : m_search(text.trimmed())) {
        const bool already =
            std::any_of(m_picked.begin(), m_picked.end(), [&](const Item& p) { return p.id == hit.id; });
        if (!already)
            m_hits.push_back(std::move(hit));
    }
    for (const Item& hit : m_hits) {
        auto* row = new QListWidgetItem(
            hit.detail.isEmpty() ? hit.title : hit.title + QStringLiteral("  —  ") + hit.detail, m_results);
        row->setToolTip(hit.detail);
    }
    if (m_hits.empty()) {
        hideResults();
        return;
    }
    m_results->setCurrentRow(0);
    const int rowHeight = m_results->sizeHintForRow(0);
    const int rows = std::min<int>(int(m_hits.size()), kVisibleHits);
    m_results->setFixedHeight(rows * rowHeight + 2 * m_results->frameWidth() + 2);
    m_results->show();
}

void SearchPicker::hideResults()
{
    m_results->hide();
}

void SearchPicker::pickRow(int row)
{
    if (row < 0 || row >= int(m_hits.size()))
        return;
    const Item item = m_hits[size_t(row)];
    m_hits.clear();
    m_results->clear();
    hideResults();
    pick(item);
    emit itemPicked(item.id, item.title, item.accountId);
}

void SearchPicker::pick(const Item& item)
{
    if (m_mode == Mode::Single) {
        m_picked = {item};
        m_edit->setText(item.title);
    } else {
        if (std::any_of(m_picked.begin(), m_picked.end(), [&](const Item& p) { return p.id == item.id; }))
            return;
        m_picked.push_back(item);
        m_edit->clear();
        rebuildChips();
    }
    emit pickedChanged();
}

void SearchPicker::clearPicked()
{
    if (m_picked.empty())
        return;
    m_picked.clear();
    if (m_mode == Mode::Single)
        m_edit->clear();
    else
        rebuildChips();
    emit pickedChanged();
}

void SearchPicker::removeAt(size_t index)
{
    if (index >= m_picked.size())
        return;
    m_picked.erase(m_picked.begin() + std::ptrdiff_t(index));
    rebuildChips();
    emit pickedChanged();
}

void SearchPicker::rebuildChips()
{
    while (m_chipLayout->count() > 1) {
        QLayoutItem* item = m_chipLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (size_t i = 0; i < m_picked.size(); ++i) {
        auto* chip = new QToolButton(m_chips);
        chip->setObjectName(QStringLiteral("chip"));
        chip->setText(m_picked[i].title + QStringLiteral("  ✕"));
        chip->setToolTip(UiText::tr("Remove %1").arg(m_picked[i].title));
        chip->setAutoRaise(false);
        // Out of the tab chain: Backspace in the empty field removes the last chip.
        chip->setFocusPolicy(Qt::NoFocus);
        connect(chip, &QToolButton::clicked, this, [this, i] { removeAt(i); });
        m_chipLayout->insertWidget(int(i), chip);
    }
    m_chips->setVisible(!m_picked.empty());
}

bool SearchPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut) {
        hideResults();
    } else if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool listed = m_results->isVisibleTo(this) && m_results->count() > 0;
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
            if (!listed) {
                runSearch(m_edit->text());
                return true;
            }
            m_results->setCurrentRow(std::clamp(
                m_results->currentRow() + (key->key() == Qt::Key_Down ? 1 : -1), 0, m_results->count() - 1));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() & Qt::ControlModifier)
                break; // Ctrl+Enter belongs to the dialog
            if (listed) {
                pickRow(m_results->currentRow());
                return true;
            }
            // Unpicked text: Enter must not submit the dialog with it silently ignored.
            if (!typedText().isEmpty())
                return true;
            break;
        case Qt::Key_Escape:
            if (listed) {
                hideResults();
                return true;
            }
            break;
        case Qt::Key_Backspace:
            if (m_mode == Mode::Multiple && m_edit->text().isEmpty() && !m_picked.empty()) {
                removeAt(m_picked.size() - 1);
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace summit::ui::followup
