#pragma once
// The contacts of one account as a table: who they are, where they sit, their
// role and stance in the decision, who on the team covers them and when they
// were last met. Title, decision role, stance, influence, phone, mobile and
// email edit in place; each edit is one undoable change ("Edit stance of
// 王建国") through the workspace. A value the schema or the store refuses
// leaves the cell as it was and comes back as editRefused(), with the text the
// user typed, so nothing typed is silently lost.

#include "Result.h"
#include "query/ContactList.h"
#include "store/CustomFields.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace summit::ui {

class Workspace;

class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TitleColumn,
        OrgUnitColumn,
        DecisionRoleColumn,
        StanceColumn,
        InfluenceColumn,
        CoverageColumn,
        LastContactedColumn,
        PhoneColumn,
        MobileColumn,
        EmailColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,  // a value that sorts the column sensibly (dates as ISO text, numbers as numbers)
        GapRole,   // true on the coverage cell of a contact nobody on the team covers
        FieldRole, // the contact field an editable column edits
    };

    ContactTableModel(Workspace& workspace, const QString& accountId, QObject* parent = nullptr);

    // Re-reads the contacts. When the same contacts come back in the same
    // order only their cells change (editors and the current cell survive).
    Status reload();

    int rowOf(const QString& id) const { return m_rowOf.value(id, -1); }
    const query::ContactRow& contactAt(int row) const { return m_rows[size_t(row)]; }

    // The contact field a column edits, empty for read-only columns.
    static QString fieldOf(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Edit role only: enum keys for role and stance, a number for influence, text otherwise.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    // An edit was refused. `message` names the contact, the field and the
    // problem and quotes `typed`, the text as the user entered it.
    void editRefused(const QString& contactId, int column, const QString& typed, const QString& message);
    void editSaved(const QString& contactId, int column);

private:
    QVariant display(const query::ContactRow& c, int column) const;
    // A custom field's value as shown, for the custom column `index` (0 = the first after ColumnCount).
    QString customText(const QString& contactId, int index) const;
    QVariant sortKey(const query::ContactRow& c, int column) const;
    static QVariant editValue(const query::ContactRow& c, int column);
    static void store(query::ContactRow& c, int column, const QVariant& value);

    Workspace& m_workspace;
    std::vector<custom::Definition> m_custom;   // custom columns, after ColumnCount
    QHash<QString, QVariantMap> m_customValues; // contact id -> key -> value
    QString m_accountId;
    std::vector<query::ContactRow> m_rows;
    QHash<QString, int> m_rowOf;
};

} // namespace summit::ui
