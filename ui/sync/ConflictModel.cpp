#include "ui/sync/ConflictModel.h"
#include "ui/UiText.h"

#include "model/Display.h"
#include "query/ConflictResolution.h"
#include "store/CustomFields.h"
#include "store/Hlc.h"
#include "ui/Workspace.h"

#include <QLocale>

namespace summit::ui {

namespace {
QString shown(const QString& entity, const QString& field, const QVariant& value)
{
    const model::EntityDef* def = model::entity(entity);
    const model::FieldDef* f = def ? def->field(field) : nullptr;
    if (value.isNull() || !value.isValid())
        return {};
    return f ? model::displayValue(*f, value) : value.toString();
}
} // namespace

ConflictModel::ConflictModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{}

QString ConflictModel::whoAndWhen(const QString& author, quint64 hlc, const QString& fallback)
{
    const QString who = author.isEmpty() ? fallback : m_workspace.titleOf(author);
    if (hlc == 0)
        return who;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(HybridClock::millis(hlc)).toLocalTime();
    const QString when = QLocale().toString(at, QLocale::ShortFormat);
    return UiText::tr("%1, %2").arg(who, when);
}

QString ConflictModel::reload()
{
    auto rows = listConflicts(m_workspace.store().reader());
    beginResetModel();
    m_rows.clear();
    if (rows) {
        for (const ConflictRow& c : rows.value()) {
            Row r;
            r.conflict = c;
            r.record = c.title.isEmpty() ? c.entityId : c.title;
            r.field = custom::fieldLabel(m_workspace.store().reader(), c.entity, c.field);
            const bool deleted = c.kind == QLatin1String("deleted");
            // For an edit made while the record was deleted, the other side is the delete.
            auto writer = lastWriter(m_workspace.store().reader(), c.entityId,
                                     deleted ? QStringLiteral("deleted") : c.field);
            const FieldWriter w = writer ? writer.value() : FieldWriter{};
            const QString someone = UiText::tr("another device");
            r.currentBy = whoAndWhen(w.author, w.hlc, someone);
            r.otherBy = whoAndWhen(c.author, c.hlc, someone);
            r.other = shown(c.entity, c.field, c.theirs);
            if (deleted) {
                // The edit won over the delete: the current side is the record as
                // edited; the other side is the delete.
                r.current = shown(c.entity, c.field, c.theirs);
                r.currentBy = r.otherBy;
                r.other = UiText::tr("(deleted)");
                r.otherBy = whoAndWhen(w.author, w.hlc, someone);
                r.explanation =
                    UiText::tr("%1 was deleted by someone while it was being edited; the edit keeps it. "
                               "Keep the other side to delete it after all.")
                        .arg(r.record);
            } else {
                r.current = shown(c.entity, c.field, c.mine);
                r.explanation =
                    UiText::tr("%1 of %2 was changed on two devices at once; the current value won.")
                        .arg(r.field, r.record);
            }
            m_rows.push_back(std::move(r));
        }
    }
    endResetModel();
    return rows ? QString() : rows.message();
}

int ConflictModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row& r = m_rows[size_t(index.row())];
    if (role == Qt::ToolTipRole)
        return r.explanation;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Record:
        return r.record;
    case Field:
        return r.field;
    case Current:
        return r.current;
    case CurrentBy:
        return r.currentBy;
    case Other:
        return r.other;
    case OtherBy:
        return r.otherBy;
    default:
        return {};
    }
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Record:
        return UiText::tr("Record");
    case Field:
        return UiText::tr("Field");
    case Current:
        return UiText::tr("Current value");
    case CurrentBy:
        return UiText::tr("Written by");
    case Other:
        return UiText::tr("Other value");
    case OtherBy:
        return UiText::tr("Written by");
    default:
        return {};
    }
}

} // namespace summit::ui
