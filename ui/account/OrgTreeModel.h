#pragma once
// The org-unit tree of one account as an item model: units sorted by position
// (units without one last) then name. Dragging a unit onto another re-parents
// it through the workspace's one write path (Operation::move of parent_id);
// the store decides whether the move is allowed (no cycles, same account) and
// a refusal comes back as moveRefused() with the store's message. Beside each
// unit: its revenue, pipeline and people with the units below it (query/OrgRollup.h),
// and the health of the group, its divisions, regions and subsidiaries
// (analysis/UnitHealth.h), scored in the background and filled in when ready.

#include "Result.h"
#include "query/OrgRollup.h"

#include <QAbstractItemModel>
#include <QHash>
#include <vector>

namespace summit::ui {

class UnitHealthLoader;
class Workspace;

class OrgTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        RevenueColumn,  // 12-month revenue signed by the unit and the units below (query/OrgRollup.h)
        PipelineColumn, // open deals with people of the unit or below
        PeopleColumn,   // active contacts there, and how many the team knows
        HealthColumn,   // the unit's health on the records of its subtree; empty for a plant or department
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };
    static QString mimeType();

    OrgTreeModel(Workspace& workspace, const QString& accountId, QObject* parent = nullptr);

    // Rebuilds the tree from the store (a model reset) and starts scoring the units' health.
    Status reload();
    // The health being scored in the background (loaded() when it is in).
    UnitHealthLoader* healthLoader() const { return m_health; }

    QString idAt(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& id) const;
    QString nameOf(const QString& id) const;
    int unitCount() const { return int(m_nodes.size()); }

    // Re-parents `id` under `newParentId` (empty: to the top level) as one
    // undoable change. A refusal is returned and announced with moveRefused().
    Status moveUnit(const QString& id, const QString& newParentId);

    // Where `id` may move: the top level and every unit outside its own
    // subtree, in tree order, each label indented by depth.
    struct Choice
    {
        QString id; // empty: the top level
        QString label;
    };
    std::vector<Choice> parentChoices(const QString& id) const;
    QString parentOf(const QString& id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void moveRefused(const QString& message);

private:
    void healthLoaded();

    struct Node
    {
        QString id, parentId, name, kind;
        qint64 position = -1; // -1: none
        int parent = -1;      // index into m_nodes
        int row = 0;          // among its siblings
        std::vector<int> children;
    };
    const std::vector<int>& childrenOf(int node) const
    {
        return node < 0 ? m_roots : m_nodes[size_t(node)].children;
    }
    void addChoices(const std::vector<int>& level, int depth, int skip, std::vector<Choice>& out) const;

    Workspace& m_workspace;
    QString m_accountId;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    QHash<QString, int> m_byId;
    QHash<QString, query::UnitFigures> m_figures; // by unit id
    UnitHealthLoader* m_health = nullptr;
};

} // namespace summit::ui
