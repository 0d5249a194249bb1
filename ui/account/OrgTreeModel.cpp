#include "ui/account/OrgTreeModel.h"
#include "ui/UiText.h"

#include "model/Display.h"
#include "model/Schema.h"
#include "store/Queries.h"
#include "ui/Workspace.h"
#include "ui/account/AccountScoresBox.h"
#include "ui/account/UnitHealthLoader.h"

#include <QGuiApplication>
#include <QIODevice>
#include <QMimeData>
#include <algorithm>

namespace summit::ui {

namespace {
const QString kUnit = QStringLiteral("org_unit");
const QString kParent = QStringLiteral("parent_id");
} // namespace

QString OrgTreeModel::mimeType()
{
    return QStringLiteral("application/x-summit-org-unit-ids");
}

OrgTreeModel::OrgTreeModel(Workspace& workspace, const QString& accountId, QObject* parent)
    : QAbstractItemModel(parent), m_workspace(workspace), m_accountId(accountId),
      m_health(new UnitHealthLoader(workspace.store().path(), this))
{
    connect(m_health, &UnitHealthLoader::loaded, this, &OrgTreeModel::healthLoaded);
}

void OrgTreeModel::healthLoaded()
{
    if (!m_nodes.empty())
        emit dataChanged(index(0, HealthColumn), index(rowCount() - 1, HealthColumn));
    // Children are rows of their own parents: tell the views about every level.
    for (int i = 0; i < int(m_nodes.size()); ++i)
        if (!m_nodes[size_t(i)].children.empty()) {
            const QModelIndex parent = createIndex(m_nodes[size_t(i)].row, 0, quintptr(i));
            emit dataChanged(index(0, HealthColumn, parent),
                             index(int(m_nodes[size_t(i)].children.size()) - 1, HealthColumn, parent));
        }
}

Status OrgTreeModel::reload()
{
    ListFilter filter;
    filter.accountId = m_accountId;
    auto rows = listRecords(m_workspace.store().reader(), kUnit, filter);

    // The roll-up of every unit; a failure shows the tree without figures rather than no tree.
    auto figures = query::orgRollup(m_workspace.store().reader(), m_accountId, m_workspace.today());
    m_health->load(m_accountId, m_workspace.today());

    beginResetModel();
    m_figures = figures ? figures.value() : QHash<QString, query::UnitFigures>();
    m_nodes.clear();
    m_roots.clear();
    m_byId.clear();
    if (rows) {
        m_nodes.reserve(rows.value().size());
        for (const QVariantMap& r : rows.value()) {
            Node n;
            n.id = r.value(QStringLiteral("id")).toString();
            n.parentId = r.value(kParent).toString();
            n.name = r.value(QStringLiteral("name")).toString();
            n.kind = r.value(QStringLiteral("kind")).toString();
            const QVariant pos = r.value(QStringLiteral("position"));
            n.position = pos.isValid() ? pos.toLongLong() : -1;
            m_byId.insert(n.id, int(m_nodes.size()));
            m_nodes.push_back(std::move(n));
        }
        for (int i = 0; i < int(m_nodes.size()); ++i) {
            Node& n = m_nodes[size_t(i)];
            // A unit whose parent is in the trash shows at the top rather than vanishing.
            n.parent = m_byId.value(n.parentId, -1);
            (n.parent < 0 ? m_roots : m_nodes[size_t(n.parent)].children).push_back(i);
        }
        auto before = [this](int a, int b) {
            const Node &x = m_nodes[size_t(a)], &y = m_nodes[size_t(b)];
            if ((x.position < 0) != (y.position < 0))
                return y.position < 0; // units without a position go last
            if (x.position != y.position)
                return x.position < y.position;
            if (const int c = x.name.localeAwareCompare(y.name); c != 0)
                return c < 0;
            return x.id < y.id;
        };
        auto sortLevel = [&](std::vector<int>& level) {
            std::sort(level.begin(), level.end(), before);
            for (int r = 0; r < int(level.size()); ++r)
                m_nodes[size_t(level[size_t(r)])].row = r;
        };
        sortLevel(m_roots);
        for (Node& n : m_nodes)
            sortLevel(n.children);
    }
    endResetModel();
    return rows.status();
}

QString OrgTreeModel::idAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return m_nodes[size_t(index.internalId())].id;
}

QModelIndex OrgTreeModel::indexOf(const QString& id) const
{
    const int i = m_byId.value(id, -1);
    return i < 0 ? QModelIndex() : createIndex(m_nodes[size_t(i)].row, 0, quintptr(i));
}

QString OrgTreeModel::nameOf(const QString& id) const
{
    const int i = m_byId.value(id, -1);
    return i < 0 ? QString() : m_nodes[size_t(i)].name;
}

QString OrgTreeModel::parentOf(const QString& id) const
{
    const int i = m_byId.value(id, -1);
    return i < 0 || m_nodes[size_t(i)].parent < 0 ? QString() : m_nodes[size_t(i)].parentId;
}

Status OrgTreeModel::moveUnit(const QString& id, const QString& newParentId)
{
    const QString name = nameOf(id);
    const Status s = m_workspace.commands().moveOrgUnit(id, newParentId);
    if (!s) {
        const QString message = UiText::tr("Could not move %1: %2").arg(name, s.message());
        emit moveRefused(message);
    }
    return s;
}

void OrgTreeModel::addChoices(const std::vector<int>& level, int depth, int skip,
                              std::vector<Choice>& out) const
{
    for (int i : level) {
        if (i == skip)
            continue; // the unit itself and everything under it
        const Node& n = m_nodes[size_t(i)];
        out.push_back({n.id, QString(depth * 4, QLatin1Char(' ')) + n.name});
        addChoices(n.children, depth + 1, skip, out);
    }
}

std::vector<OrgTreeModel::Choice> OrgTreeModel::parentChoices(const QString& id) const
{
    std::vector<Choice> out;
    out.push_back({QString(), UiText::tr("(Top level)")});
    addChoices(m_roots, 0, m_byId.value(id, -1), out);
    return out;
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const std::vector<int>& level = childrenOf(parent.isValid() ? int(parent.internalId()) : -1);
    if (row < 0 || row >= int(level.size()))
        return {};
    return createIndex(row, column, quintptr(level[size_t(row)]));
}

QModelIndex OrgTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[size_t(child.internalId())].parent;
    return p < 0 ? QModelIndex() : createIndex(m_nodes[size_t(p)].row, 0, quintptr(p));
}

int OrgTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int OrgTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant OrgTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node& n = m_nodes[size_t(index.internalId())];
    switch (role) {
    case Qt::DisplayRole: {
        const query::UnitFigures f = m_figures.value(n.id);
        switch (index.column()) {
        case NameColumn:
            return n.name;
        case KindColumn:
            return model::enumLabel(u"kind", n.kind);
        case RevenueColumn:
            return f.revenue == 0 ? QStringLiteral("—") : model::formatMoneyCompact(f.revenue);
        case PipelineColumn:
            return f.deals == 0 ? QStringLiteral("—") : model::formatMoneyCompact(f.pipeline);
        case PeopleColumn:
            return f.people == 0 ? QStringLiteral("—")
                                 : UiText::tr("%1 (%2 known)").arg(f.people).arg(f.known);
        case HealthColumn: {
            const auto h = m_health->healthOf(n.id);
            if (!h)
                return QString();
            return UiText::tr("%1 · %2").arg(h->score).arg(analysis::healthBandLabel(h->band));
        }
        }
        return {};
    }
    case Qt::ForegroundRole: {
        if (index.column() != HealthColumn)
            return {};
        const auto h = m_health->healthOf(n.id);
        if (!h)
            return {};
        return healthBandColor(analysis::healthBandKey(h->band), QGuiApplication::palette());
    }
    case Qt::TextAlignmentRole:
        return index.column() >= RevenueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole: {
        const query::UnitFigures f = m_figures.value(n.id);
        switch (index.column()) {
        case RevenueColumn:
            return UiText::tr("%n contract(s) signed in the last 12 months by %1 or a unit below it", nullptr,
                              f.contracts)
                .arg(n.name);
        case PipelineColumn:
            return UiText::tr("%n open deal(s) with people of %1 or a unit below it in the buying center",
                              nullptr, f.deals)
                .arg(n.name);
        case HealthColumn: {
            const auto h = m_health->healthOf(n.id);
            if (!h)
                return m_health->isLoading() ? UiText::tr("Scoring…")
                                             : UiText::tr("Health is scored for the group, its divisions, "
                                                          "regions and subsidiaries; %1 counts with the unit "
                                                          "above it.")
                                                   .arg(n.name);
            QStringList lines = {
                UiText::tr("Health of %1 and the units below it, from their people, the "
                           "follow-ups naming them, the contracts they signed and their deals:")
                    .arg(n.name)};
            for (const analysis::HealthComponent& c : h->components)
                if (c.measured)
                    lines << UiText::tr("%1: %2 / %3")
                                 .arg(analysis::healthComponentLabel(c.key),
                                      QString::number(c.points, 'f', 1),
                                      QString::number(c.maxPoints, 'f', 1));
            return lines.join(QLatin1Char('\n'));
        }
        default:
            return model::enumLabel(u"kind", n.kind);
        }
    }
    case IdRole:
        return n.id;
    default:
        return {};
    }
}

QVariant OrgTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return model::fieldLabel(kUnit, u"name");
    case KindColumn:
        return model::fieldLabel(kUnit, u"kind");
    case RevenueColumn:
        return UiText::tr("Signed, 12 months");
    case PipelineColumn:
        return UiText::tr("Open pipeline");
    case PeopleColumn:
        return UiText::tr("People");
    case HealthColumn:
        return UiText::tr("Health");
    }
    return {};
}

Qt::ItemFlags OrgTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // dropping on empty space moves to the top level
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

Qt::DropActions OrgTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions OrgTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList OrgTreeModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* OrgTreeModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList ids;
    for (const QModelIndex& i : indexes)
        if (const QString id = idAt(i); !id.isEmpty() && !ids.contains(id))
            ids << id;
    auto* data = new QMimeData;
    data->setData(mimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

bool OrgTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                   const QModelIndex&) const
{
    // Cycles are not filtered here: the drop goes to the store, whose refusal
    // is shown, so the user learns why rather than seeing a forbidden cursor.
    return action == Qt::MoveAction && data && data->hasFormat(mimeType());
}

bool OrgTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Everything needed is read before applying: the change reloads the model.
    const QString target = idAt(parent.sibling(parent.row(), 0));
    const QStringList ids =
        QString::fromUtf8(data->data(mimeType())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    bool moved = false;
    for (const QString& id : ids) {
        if (!m_byId.contains(id) || parentOf(id) == target)
            continue; // another account's unit, or already there
        if (!moveUnit(id, target))
            return false;
        moved = true;
    }
    return moved;
}

} // namespace summit::ui
