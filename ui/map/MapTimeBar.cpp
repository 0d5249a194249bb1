#include "ui/map/MapTimeBar.h"
#include "ui/UiText.h"

#include "model/Schema.h"
#include "ui/Workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace summit::ui {

namespace {

enum Column
{
    NameColumn,
    ChangeColumn,
    ValuesColumn,
    WhenColumn,
    ByColumn,
};

const int kFocusRole = Qt::UserRole;
const int kRecordRole = Qt::UserRole + 1;

// The last millisecond of a local calendar day.
QDateTime endOf(const QDate& day)
{
    return QDateTime(day.addDays(1), QTime(0, 0)).addMSecs(-1);
}

} // namespace

MapTimeBar::MapTimeBar(Workspace& workspace, const QString& accountId, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_account(accountId)
{
    const QDate today = workspace.today();
    const QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);

    auto* asOfLabel = new QLabel(UiText::tr("&As of"), this);
    m_asOf = new QDateEdit(today, this);
    m_asOf->setObjectName(QStringLiteral("asOfDate"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(dateFormat);
    m_asOf->setMaximumDate(today);
    m_asOf->setToolTip(UiText::tr("Show the map as it was at the end of this day"));
    asOfLabel->setBuddy(m_asOf);

    m_now = new QPushButton(UiText::tr("&Now"), this);
    m_now->setObjectName(QStringLiteral("nowButton"));
    m_now->setToolTip(UiText::tr("Show the map as it is now"));

    m_compare = new QCheckBox(UiText::tr("Changes &since"), this);
    m_compare->setObjectName(QStringLiteral("changesToggle"));
    m_compare->setToolTip(
        UiText::tr("Mark and list what changed from the start of this day to the date shown"));
    m_since = new QDateEdit(today.addDays(-30), this);
    m_since->setObjectName(QStringLiteral("sinceDate"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(dateFormat);
    m_since->setMaximumDate(today);
    m_since->setEnabled(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("changeSummary"));
    m_summary->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("changeList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({UiText::tr("Who", "map changes column: the person or unit changed"),
                             UiText::tr("Change"), UiText::tr("Before → after"), UiText::tr("When"),
                             UiText::tr("By")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setVisible(false);
    m_summary->setVisible(false);

    auto* controls = new QHBoxLayout;
    controls->addWidget(asOfLabel);
    controls->addWidget(m_asOf);
    controls->addWidget(m_now);
    controls->addSpacing(16);
    controls->addWidget(m_compare);
    controls->addWidget(m_since);
    controls->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    setTabOrder(m_asOf, m_now);
    setTabOrder(m_now, m_compare);
    setTabOrder(m_compare, m_since);
    setTabOrder(m_since, m_list);

    connect(m_asOf, &QDateEdit::dateChanged, this, &MapTimeBar::onAsOfDate);
    connect(m_now, &QPushButton::clicked, this, &MapTimeBar::showNow);
    connect(m_compare, &QCheckBox::toggled, this, [this](bool on) {
        m_since->setEnabled(on);
        m_list->setVisible(on);
        m_summary->setVisible(on);
        refreshChanges();
    });
    connect(m_since, &QDateEdit::dateChanged, this, [this] {
        if (comparing())
            refreshChanges();
    });
    connect(m_list, &QTreeWidget::itemActivated, this, &MapTimeBar::activate);
    connect(&workspace.store(), &Store::changed, this, &MapTimeBar::onStoreChanged);
}

bool MapTimeBar::comparing() const
{
    return m_compare->isChecked();
}

void MapTimeBar::setAsOfDate(const QDate& date)
{
    m_asOf->setDate(std::min(date, m_asOf->maximumDate()));
}

void MapTimeBar::setChangesSince(const QDate& date)
{
    if (date.isValid())
        m_since->setDate(date);
    m_compare->setChecked(date.isValid());
}

void MapTimeBar::showNow()
{
    setAsOfDate(m_workspace.today());
}

void MapTimeBar::onAsOfDate()
{
    const QDate date = m_asOf->date();
    const QDateTime at = date >= m_workspace.today() ? QDateTime() : endOf(date);
    if (at == m_at)
        return;
    m_at = at;
    emit asOfChanged(m_at);
    if (comparing())
        refreshChanges();
}

void MapTimeBar::onStoreChanged()
{
    // An edit or a sync can change what happened in the period; one read per
    // burst of changes is enough.
    if (!comparing() || m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refreshChanges();
    });
}

void MapTimeBar::refreshChanges()
{
    std::vector<map::MapChange> changes;
    QString problem;
    if (comparing()) {
        const QDateTime since(m_since->date(), QTime(0, 0));
        auto r = map::changesSince(m_workspace.store(), m_account, since, m_at);
        if (r)
            changes = std::move(r.value());
        else
            problem = r.message();
    }
    m_changes = std::move(changes);
    fillList();
    if (!problem.isEmpty())
        m_summary->setText(problem);
    QHash<QString, QString> marks = map::changeMarks(m_changes);
    if (marks == m_marks)
        return;
    m_marks = std::move(marks);
    emit changesChanged(m_marks);
}

void MapTimeBar::fillList()
{
    m_list->clear();
    const QLocale locale;
    QList<QTreeWidgetItem*> rows;
    for (const map::MapChange& c : m_changes) {
        auto* item = new QTreeWidgetItem;
        item->setText(NameColumn, c.name);
        QString what = map::changeKindLabel(c.kind);
        if (!c.field.isEmpty()) {
            const QString field = model::fieldLabel(c.entity, c.field);
            what = UiText::tr("%1 (%2)").arg(what, field);
        }
        item->setText(ChangeColumn, what);
        if (!c.field.isEmpty()) {
            const QString before = c.before.isEmpty() ? UiText::tr("(none)") : c.before;
            const QString after = c.after.isEmpty() ? UiText::tr("(none)") : c.after;
            item->setText(ValuesColumn, UiText::tr("%1 → %2").arg(before, after));
        }
        item->setText(WhenColumn, locale.toString(c.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(ByColumn, c.authorName);
        item->setData(NameColumn, kFocusRole, c.focusId);
        item->setData(NameColumn, kRecordRole, c.recordId);
        item->setToolTip(NameColumn, UiText::tr("Press Enter to show on the map"));
        rows << item;
    }
    m_list->addTopLevelItems(rows);
    if (!rows.isEmpty())
        m_list->setCurrentItem(rows.front());

    const QString since = locale.toString(m_since->date(), QLocale::ShortFormat);
    const int n = int(m_changes.size());
    if (n == 0)
        m_summary->setText(UiText::tr("No changes since %1.").arg(since));
    else
        m_summary->setText(UiText::tr("%n change(s) since %1:", nullptr, n).arg(since));
}

void MapTimeBar::activate(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const QString id = item->data(NameColumn, kFocusRole).toString();
    if (!id.isEmpty())
        emit focusRequested(id);
}

} // namespace summit::ui
