#pragma once
// Decision roles across key accounts as a heat map: one row per account, one
// column per decision role; a cell says how many of the role's contacts the
// team knows ("1/2") and is the darker the better the best of them is known.
// An empty cell: nobody in that role. A click (or Enter) on a cell opens the
// most influential contact in the role, or the account's contacts when there
// is none; a click on the account's name opens the account.

#include "query/Dashboard.h"

#include <QTableWidget>

namespace summit::ui {

class CoverageHeatMap : public QTableWidget
{
    Q_OBJECT
public:
    explicit CoverageHeatMap(QWidget* parent = nullptr);

    void setCoverage(const query::RoleCoverage& coverage);
    const query::RoleCoverage& coverage() const { return m_coverage; }
    // What a click on the cell does (tests call it too).
    void choose(int row, int column);

signals:
    // The cell of `accountId` and decision role `role` was chosen; `contactId`
    // is its most influential contact, empty when the role has nobody.
    void cellChosen(const QString& accountId, const QString& role, const QString& contactId);
    // The account's name at the start of a row was clicked.
    void accountChosen(const QString& accountId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void paintCells();
    query::RoleCoverage m_coverage;
};

} // namespace summit::ui
