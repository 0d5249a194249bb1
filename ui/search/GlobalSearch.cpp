#include "ui/search/GlobalSearch.h"
#include "ui/UiText.h"

#include "search/Search.h"
#include "ui/Workspace.h"

#include <QApplication>
#include <QFrame>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace summit::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kEntityRole = Qt::UserRole + 1;
constexpr int kSearchLimit = 60;

bool isHit(const QTreeWidgetItem* item)
{
    return item && !item->data(0, kIdRole).toString().isEmpty();
}

} // namespace

GlobalSearch::GlobalSearch(Workspace& workspace, QWidget* parent) : QObject(parent), m_workspace(workspace)
{
    m_field = new QLineEdit(parent);
    m_field->setPlaceholderText(UiText::tr("Search accounts, contacts, deals… (Ctrl+K)"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(UiText::tr("Search"));
    m_field->installEventFilter(this);

    // A frameless tool window that never takes the focus: typing stays in the field.
    m_popup = new QFrame(parent, Qt::Tool | Qt::FramelessWindowHint);
    m_popup->setAttribute(Qt::WA_ShowWithoutActivating);
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_popup->setFocusPolicy(Qt::NoFocus);
    m_results = new QTreeWidget(m_popup);
    m_results->setColumnCount(2);
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setIndentation(0);
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setUniformRowHeights(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setAllColumnsShowFocus(true);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_results, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) { openItem(item); });
    auto* layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->addWidget(m_results);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &GlobalSearch::searchNow);
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty()) {
            m_debounce->stop();
            m_results->clear();
            close();
        } else {
            m_debounce->start();
        }
    });
}

GlobalSearch::~GlobalSearch() = default;

void GlobalSearch::activate()
{
    // The field's window comes to the front first: focus only sticks in the active window.
    m_field->activateWindow();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (m_results->topLevelItemCount() > 0 && !m_field->text().trimmed().isEmpty())
        showPopup();
}

void GlobalSearch::close()
{
    m_popup->hide();
}

QString GlobalSearch::accountName(const QString& accountId)
{
    if (accountId.isEmpty())
        return {};
    auto it = m_accountNames.constFind(accountId);
    if (it != m_accountNames.constEnd())
        return *it;
    const QString name = m_workspace.titleOf(accountId);
    m_accountNames.insert(accountId, name);
    return name;
}

void GlobalSearch::searchNow()
{
    m_debounce->stop();
    const QString text = m_field->text().trimmed();
    m_results->clear();
    m_accountNames.clear(); // names may have changed since the last search
    if (text.isEmpty()) {
        close();
        return;
    }
    SearchOptions options;
    options.limit = kSearchLimit;
    auto hits = searchRecords(m_workspace.store().reader(), text, options);
    if (!hits) {
        auto* item = new QTreeWidgetItem(m_results, {hits.message()});
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
        showPopup();
        return;
    }
    // The groups in a fixed order, so the eye learns where to look.
    const std::pair<QString, QString> groups[] = {
        {QStringLiteral("account"), UiText::tr("Accounts")},
        {QStringLiteral("contact"), UiText::tr("Contacts")},
        {QStringLiteral("org_unit"), UiText::tr("Org units")},
        {QStringLiteral("opportunity"), UiText::tr("Opportunities")},
        {QStringLiteral("followup"), UiText::tr("Follow-ups")},
        {QStringLiteral("task"), UiText::tr("Tasks")},
    };
    QFont headingFont = m_results->font();
    headingFont.setBold(true);
    for (const auto& [entity, heading] : groups) {
        QTreeWidgetItem* group = nullptr;
        int shown = 0;
        for (const SearchHit& h : hits.value()) {
            if (h.entity != entity || shown >= kPerGroup)
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_results, {heading});
                group->setFlags(Qt::ItemIsEnabled); // a heading: not selectable
                group->setFirstColumnSpanned(true);
                group->setFont(0, headingFont);
                group->setForeground(0, m_results->palette().brush(QPalette::PlaceholderText));
            }
            const QString account = entity == QLatin1String("account") ? QString() : accountName(h.accountId);
            auto* item = new QTreeWidgetItem(group, {h.title.isEmpty() ? h.snippet : h.title, account});
            item->setData(0, kIdRole, h.id);
            item->setData(0, kEntityRole, h.entity);
            item->setForeground(1, m_results->palette().brush(QPalette::PlaceholderText));
            if (!h.snippet.isEmpty() && h.snippet != h.title)
                item->setToolTip(0, h.snippet);
            ++shown;
        }
    }
    m_results->expandAll();
    if (m_results->topLevelItemCount() == 0) {
        auto* none = new QTreeWidgetItem(m_results, {UiText::tr("No matches for “%1”").arg(text)});
        none->setFlags(Qt::NoItemFlags);
        none->setFirstColumnSpanned(true);
    } else {
        m_results->setCurrentItem(m_results->topLevelItem(0)->child(0));
    }
    showPopup();
}

void GlobalSearch::showPopup()
{
    // Under the field, at least wide enough for a name and an account.
    const QPoint below = m_field->mapToGlobal(QPoint(0, m_field->height()));
    const int width = std::max(m_field->width(), 520);
    int rows = 0;
    for (QTreeWidgetItemIterator it(m_results); *it; ++it)
        ++rows;
    const int rowHeight = std::max(m_results->sizeHintForRow(0), m_results->fontMetrics().height() + 4);
    const int height = std::min(std::max(rows, 1), 20) * rowHeight + 8;
    m_popup->setGeometry(below.x(), below.y(), width, height);
    m_popup->show();
    m_popup->raise();
}

void GlobalSearch::moveCurrent(int step)
{
    std::vector<QTreeWidgetItem*> hits;
    for (QTreeWidgetItemIterator it(m_results); *it; ++it)
        if (isHit(*it))
            hits.push_back(*it);
    if (hits.empty())
        return;
    if (!m_popup->isVisible())
        showPopup();
    const auto at = std::find(hits.begin(), hits.end(), m_results->currentItem());
    int index = at == hits.end() ? (step > 0 ? -1 : int(hits.size())) : int(at - hits.begin());
    index = std::clamp(index + step, 0, int(hits.size()) - 1);
    m_results->setCurrentItem(hits[size_t(index)]);
    m_results->scrollToItem(hits[size_t(index)]);
}

void GlobalSearch::openItem(QTreeWidgetItem* item)
{
    if (!isHit(item))
        return;
    const QString id = item->data(0, kIdRole).toString();
    const QString entity = item->data(0, kEntityRole).toString();
    close();
    if (entity == QLatin1String("account"))
        emit m_workspace.openAccountRequested(id, QString());
    else
        emit m_workspace.openRecordRequested(id);
}

bool GlobalSearch::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_field)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_PageDown:
            moveCurrent(kPerGroup);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(-kPerGroup);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            if (m_debounce->isActive())
                searchNow(); // Enter right after typing opens what was typed
            if (!isHit(m_results->currentItem()))
                moveCurrent(1);
            openItem(m_results->currentItem());
            return true;
        }
        case Qt::Key_Escape:
            if (m_popup->isVisible()) {
                close();
                return true;
            }
            break;
        default:
            break;
        }
    } else if (event->type() == QEvent::FocusOut) {
        // Some window systems activate the drop-down when it is shown or clicked:
        // give the activation back to the field's window and keep the list open.
        if (QApplication::activeWindow() == m_popup) {
            m_field->window()->activateWindow();
            return false;
        }
        // Otherwise wait a moment (a click in the list may be under way) and see.
        QTimer::singleShot(150, this, [this] {
            if (!m_field->hasFocus() && !m_popup->underMouse() && QApplication::activeWindow() != m_popup)
                close();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace summit::ui
