#pragma once
// A tab of the account 360° view that lists the account's records of one type
// in a table of chosen fields (contracts, receivables, service requests,
// satisfaction surveys): newest first by the first column, references shown by
// name, choices and money as the rest of Summit shows them. Enter or a double
// click opens the record's form; New (Ctrl+N) opens an empty one for this
// account; Delete moves the selection to the Trash. Follows the store.

#include <QStringList>
#include <QVariantMap>
#include <QWidget>
#include <functional>
#include <vector>

class QStandardItemModel;
class QTableView;
class QLabel;

namespace summit {
struct ChangeSet;
}

namespace summit::ui {
namespace forms {
class RecordActions;
}

class Workspace;

class AccountRecordsTab : public QWidget
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;

    // A column worked out from the record (from a core function), after the fields.
    struct Computed
    {
        QString title;
        std::function<QString(const QVariantMap& record)> text;
    };
    // `columns`: fields of `entity`, the first one the sort order (newest first).
    AccountRecordsTab(Workspace& workspace, const QString& accountId, const QString& entity,
                      const QStringList& columns, const QString& emptyText,
                      std::vector<Computed> computed = {}, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QStandardItemModel* model() const { return m_model; }
    forms::RecordActions* actions() const { return m_actions; }
    QString entity() const { return m_entity; }
    // The form of the record in the current row (or of `id`), opened.
    void openCurrent();
    Q_INVOKABLE bool selectRecord(const QString& id);

private:
    void onStoreChanged(const ChangeSet& change);
    void reload();

    Workspace& m_workspace;
    QString m_accountId;
    QString m_entity;
    QStringList m_columns;
    std::vector<Computed> m_computed;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    forms::RecordActions* m_actions = nullptr;
    bool m_reloadPending = false;
};

} // namespace summit::ui
