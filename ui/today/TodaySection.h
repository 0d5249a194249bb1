#pragma once
// One section of the Today page: a title with its count ("Overdue (3)"), a
// table of rows, and a sentence in place of the table when it is empty
// ("Nothing overdue"). Activating a row (Enter, double-click) reports the
// record it stands for; what to open is the page's decision.

#include <QStringList>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace summit::ui {

class TodaySection : public QWidget
{
    Q_OBJECT
public:
    // `title` has one %1 for the count; `empty` is shown when there are no rows.
    TodaySection(const QString& title, const QString& empty, const QStringList& columns,
                 QWidget* parent = nullptr);

    struct Row
    {
        QStringList cells;
        QString id;   // the record a row stands for
        QString kind; // what kind of thing it is ("task", "account", …), for the page
        QString toolTip;
    };
    void setRows(const std::vector<Row>& rows);
    int count() const;

    QTreeWidget* list() const { return m_list; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* emptyLabel() const { return m_empty; }
    // The current row's id and kind, empty if none.
    QString currentId() const;
    QString currentKind() const;

signals:
    void activated(const QString& id, const QString& kind);

private:
    void fitHeight();

    QString m_titleText;
    QLabel* m_title = nullptr;
    QLabel* m_empty = nullptr;
    QTreeWidget* m_list = nullptr;
};

} // namespace summit::ui
