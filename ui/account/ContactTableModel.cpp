#include "ui/account/ContactTableModel.h"
#include "ui/UiText.h"

#include "model/Display.h"
#include "model/Schema.h"
#include "ui/Workspace.h"

#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QTimeZone>

namespace summit::ui {

namespace {

const QString kContact = QStringLiteral("contact");

// Semantic stance colours, readable on light and dark backgrounds.
QColor stanceColour(const QString& stance)
{
    if (stance == QLatin1String("champion"))
        return QColor(0x2e, 0x9d, 0x4f);
    if (stance == QLatin1String("supporter"))
        return QColor(0x7c, 0xc4, 0x7f);
    if (stance == QLatin1String("neutral"))
        return QColor(0x9e, 0x9e, 0x9e);
    if (stance == QLatin1String("skeptic"))
        return QColor(0xf0, 0xa0, 0x30);
    if (stance == QLatin1String("opponent"))
        return QColor(0xd0, 0x30, 0x30);
    return {};
}

QDateTime localTime(const QString& isoUtc)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    t.setTimeZone(QTimeZone::utc());
    return t.toLocalTime();
}

} // namespace

ContactTableModel::ContactTableModel(Workspace& workspace, const QString& accountId, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_accountId(accountId)
{}

Status ContactTableModel::reload()
{
    query::ContactListOptions options;
    options.today = m_workspace.today();
    auto rows = query::listContacts(m_workspace.store().reader(), m_accountId, options);
    if (!rows)
        return rows.status();
    std::vector<query::ContactRow>& fresh = rows.value();
    // The team's custom fields of contacts follow the built-in columns.
    std::vector<custom::Definition> definitions = custom::listColumns(m_workspace.store().reader(), kContact);
    m_customValues = custom::valuesInAccount(m_workspace.store().reader(), kContact, m_accountId);
    const bool sameColumns =
        definitions.size() == m_custom.size() &&
        std::equal(definitions.begin(), definitions.end(), m_custom.begin(),
                   [](const auto& a, const auto& b) {
                       return a.key == b.key && a.label == b.label && a.labelZh == b.labelZh;
                   });
    const bool sameRows = sameColumns && fresh.size() == m_rows.size() &&
                          std::equal(fresh.begin(), fresh.end(), m_rows.begin(),
                                     [](const auto& a, const auto& b) { return a.id == b.id; });
    if (sameRows) {
        m_rows = std::move(fresh);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return {};
    }
    beginResetModel();
    m_rows = std::move(fresh);
    m_custom = std::move(definitions);
    m_rowOf.clear();
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_rowOf.insert(m_rows[size_t(i)].id, i);
    endResetModel();
    return {};
}

QString ContactTableModel::customText(const QString& contactId, int index) const
{
    if (index < 0 || index >= int(m_custom.size()))
        return {};
    const custom::Definition& d = m_custom[size_t(index)];
    return custom::displayText(m_workspace.store().reader(), d, m_customValues.value(contactId).value(d.key));
}

QString ContactTableModel::fieldOf(int column)
{
    switch (column) {
    case TitleColumn:
        return QStringLiteral("title");
    case DecisionRoleColumn:
        return QStringLiteral("decision_role");
    case StanceColumn:
        return QStringLiteral("stance");
    case InfluenceColumn:
        return QStringLiteral("influence");
    case PhoneColumn:
        return QStringLiteral("phone");
    case MobileColumn:
        return QStringLiteral("mobile");
    case EmailColumn:
        return QStringLiteral("email");
    default:
        return {};
    }
}

int ContactTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_custom.size());
}

QVariant ContactTableModel::display(const query::ContactRow& c, int column) const
{
    switch (column) {
    case NameColumn:
        return c.name;
    case TitleColumn:
        return c.title;
    case OrgUnitColumn:
        return c.orgUnitName;
    case DecisionRoleColumn:
        return model::enumLabel(u"decision_role", c.decisionRole);
    case StanceColumn:
        return model::enumLabel(u"stance", c.stance);
    case InfluenceColumn:
        return c.influence > 0 ? QVariant(c.influence) : QVariant(QString());
    case CoverageColumn: {
        if (c.coverageLevel.isEmpty())
            return QStringLiteral("—");
        const QString who = c.coveredBy.join(QStringLiteral(", "));
        const QString level = model::enumLabel(u"level", c.coverageLevel);
        return UiText::tr("%1 · %2").arg(who, level);
    }
    case LastContactedColumn: {
        const QDateTime t = localTime(c.lastContacted);
        return t.isValid() ? QLocale().toString(t.date(), QLocale::ShortFormat) : QString();
    }
    case PhoneColumn:
        return c.phone;
    case MobileColumn:
        return c.mobile;
    case EmailColumn:
        return c.email;
    default:
        return {};
    }
}

QVariant ContactTableModel::sortKey(const query::ContactRow& c, int column) const
{
    switch (column) {
    case InfluenceColumn:
        return c.influence;
    case CoverageColumn:
        return query::coverageRank(c.coverageLevel);
    case LastContactedColumn:
        return c.lastContacted;
    default:
        return display(c, column);
    }
}

QVariant ContactTableModel::editValue(const query::ContactRow& c, int column)
{
    switch (column) {
    case TitleColumn:
        return c.title;
    case DecisionRoleColumn:
        return c.decisionRole;
    case StanceColumn:
        return c.stance;
    case InfluenceColumn:
        return c.influence > 0 ? QVariant(c.influence) : QVariant();
    case PhoneColumn:
        return c.phone;
    case MobileColumn:
        return c.mobile;
    case EmailColumn:
        return c.email;
    default:
        return {};
    }
}

void ContactTableModel::store(query::ContactRow& c, int column, const QVariant& value)
{
    const QString text = value.toString();
    switch (column) {
    case TitleColumn:
        c.title = text;
        break;
    case DecisionRoleColumn:
        c.decisionRole = text;
        break;
    case StanceColumn:
        c.stance = text;
        break;
    case InfluenceColumn:
        c.influence = value.isNull() ? 0 : value.toInt();
        break;
    case PhoneColumn:
        c.phone = text;
        break;
    case MobileColumn:
        c.mobile = text;
        break;
    case EmailColumn:
        c.email = text;
        break;
    default:
        break;
    }
}

QVariant ContactTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const query::ContactRow& c = m_rows[size_t(index.row())];
    const int column = index.column();
    if (column >= ColumnCount && (role == Qt::DisplayRole || role == SortRole))
        return customText(c.id, column - ColumnCount);
    switch (role) {
    case Qt::DisplayRole:
        return display(c, column);
    case Qt::EditRole:
        return editValue(c, column);
    case IdRole:
        return c.id;
    case SortRole:
        return sortKey(c, column);
    case FieldRole:
        return fieldOf(column);
    case GapRole:
        return column == CoverageColumn && c.coverageLevel.isEmpty();
    case Qt::DecorationRole:
        if (column == StanceColumn) {
            const QColor colour = stanceColour(c.stance);
            return colour.isValid() ? QVariant(colour) : QVariant();
        }
        if (column == CoverageColumn && c.coverageLevel.isEmpty() && !c.left)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (column == CoverageColumn && c.coverageLevel.isEmpty())
            return UiText::tr("Nobody on the team covers %1.").arg(c.name);
        if (column == LastContactedColumn && !c.lastContacted.isEmpty())
            return model::formatDateTime(c.lastContacted);
        if (c.left)
            return model::enumLabel(u"status", u"left");
        return {};
    case Qt::ForegroundRole:
        // People who left stay listed for the record, greyed out.
        if (c.left)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= ColumnCount && section - ColumnCount < int(m_custom.size()))
        return m_custom[size_t(section - ColumnCount)].field().label;
    switch (section) {
    case NameColumn:
        return model::fieldLabel(kContact, u"name");
    case OrgUnitColumn:
        return model::fieldLabel(kContact, u"org_unit_id");
    case CoverageColumn:
        return UiText::tr("Coverage");
    case LastContactedColumn:
        return UiText::tr("Last contacted");
    default:
        return model::fieldLabel(kContact, fieldOf(section));
    }
}

Qt::ItemFlags ContactTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !fieldOf(index.column()).isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ContactTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const QString field = fieldOf(index.column());
    if (role != Qt::EditRole || !index.isValid() || field.isEmpty() || index.row() >= int(m_rows.size()))
        return false;
    const model::EntityDef* def = model::entity(kContact);
    const model::FieldDef* f = def->field(field);
    query::ContactRow& c = m_rows[size_t(index.row())];
    const QString id = c.id, name = c.name;
    const int column = index.column();
    const QString typed = value.toString();

    QString problem;
    const QVariant stored = model::valueFromText(*f, typed, &problem);
    if (!problem.isEmpty()) {
        const QString label = model::fieldLabel(kContact, field);
        problem = QStringLiteral("%1: %2").arg(label, problem);
    } else {
        problem = model::checkValue(*def, *f, stored);
    }
    if (problem.isEmpty()) {
        const QVariant before = editValue(c, column);
        const bool unchanged = (stored.isNull() && before.toString().isEmpty()) ||
                               (!stored.isNull() && stored.toString() == before.toString());
        if (unchanged)
            return true; // nothing to record, no empty undo step
        const Status s = m_workspace.commands().editRecord(id, {{field, stored}});
        if (s) {
            // The store's change notification may already have reloaded the rows.
            const int row = rowOf(id);
            if (row >= 0) {
                store(m_rows[size_t(row)], column, stored);
                emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
            }
            emit editSaved(id, column);
            return true;
        }
        problem = s.message();
    }
    const QString message = UiText::tr("Not saved for %1. %2 You typed: “%3”").arg(name, problem, typed);
    emit editRefused(id, column, typed, message);
    return false;
}

} // namespace summit::ui
