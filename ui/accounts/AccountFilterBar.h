#pragma once
// The filter bar above the account list: a checkable menu per facet (tier,
// account manager, stage, region, industry) listing the values present, the
// "Mine" and "Overdue" toggles and a name filter. It only edits an
// AccountFilter; the view applies it.

#include "query/AccountList.h"

#include <QWidget>
#include <array>
#include <utility>
#include <vector>

class QAction;
class QLineEdit;
class QMenu;
class QToolButton;

namespace summit::ui {

class AccountFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit AccountFilterBar(QWidget* parent = nullptr);
    ~AccountFilterBar() override;

    // The values each menu offers; values selected but no longer present stay offered.
    void setFacets(const query::AccountFacets& facets);
    // Shows `filter` in the widgets without emitting filterChanged.
    void setFilter(const query::AccountFilter& filter);
    query::AccountFilter filter() const { return m_filter; }

    QLineEdit* textEdit() const { return m_text; }
    QAction* mineAction() const { return m_mine; }
    QAction* overdueAction() const { return m_overdue; }

signals:
    void filterChanged(const summit::query::AccountFilter& filter);

private:
    enum Facet
    {
        Tier,
        Owner,
        Stage,
        Region,
        Industry,
        FacetCount
    };
    using Values = std::vector<std::pair<QString, QString>>; // key, label
    QSet<QString>& selection(Facet facet);
    QString facetLabel(Facet facet) const;
    void rebuildMenu(Facet facet);
    void updateButton(Facet facet);
    void changed();

    query::AccountFilter m_filter;
    std::array<Values, FacetCount> m_values;
    std::array<QToolButton*, FacetCount> m_buttons{};
    std::array<QMenu*, FacetCount> m_menus{};
    QAction* m_mine = nullptr;
    QAction* m_overdue = nullptr;
    QLineEdit* m_text = nullptr;
};

} // namespace summit::ui
