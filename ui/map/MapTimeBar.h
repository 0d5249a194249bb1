#pragma once
// The time controls of the decision-chain map, for review meetings: "As of"
// a date (the map as it was at the end of that day; today means now, the live
// map) and "Changes since" a date (what changed on the people, units and
// influence links from the start of that day up to the date shown), listed
// here and handed to the map view as marks.
//
// It does not draw the map. The main window wires it to the map view:
//   asOfChanged(at)      -> map::buildMapAsOf(store, account, at, options) -> MapView::setMap
//                           (an invalid `at` means now: the live map)
//   changesChanged(marks) -> MapView::setChangeMarks(marks) (node id -> short label; empty: none)
//   focusRequested(id)   -> centre the map on that person or unit
// Keyboard: Alt+A the date shown, Alt+N now, Alt+S the comparison on or off,
// Tab to its date and the list; Enter on a row shows that person on the map.

#include "map/MapHistory.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>
#include <vector>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace summit::ui {

class Workspace;

class MapTimeBar : public QWidget
{
    Q_OBJECT
public:
    MapTimeBar(Workspace& workspace, const QString& accountId, QWidget* parent = nullptr);

    // The instant the map shows: the end of the chosen day; invalid for now (today).
    QDateTime asOf() const { return m_at; }
    // Shows the map at the end of `date`; today or later is now.
    void setAsOfDate(const QDate& date);
    // Compares with the start of `date`; an invalid date turns the comparison off.
    void setChangesSince(const QDate& date);
    bool comparing() const;

    const std::vector<map::MapChange>& changes() const { return m_changes; }
    const QHash<QString, QString>& marks() const { return m_marks; }

public slots:
    void showNow();
    // Reads the changes again (the lead may call it after an edit on the map).
    void refreshChanges();

signals:
    void asOfChanged(const QDateTime& at);
    void changesChanged(const QHash<QString, QString>& marks);
    void focusRequested(const QString& recordId);

private:
    void onAsOfDate();
    void onStoreChanged();
    void fillList();
    void activate(QTreeWidgetItem* item);

    Workspace& m_workspace;
    QString m_account;
    QDateTime m_at; // invalid: now
    std::vector<map::MapChange> m_changes;
    QHash<QString, QString> m_marks;
    bool m_refreshQueued = false;

    QDateEdit* m_asOf = nullptr;
    QPushButton* m_now = nullptr;
    QCheckBox* m_compare = nullptr;
    QDateEdit* m_since = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
};

} // namespace summit::ui
