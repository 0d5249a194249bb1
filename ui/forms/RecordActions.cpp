#include "ui/forms/RecordActions.h"
#include "ui/UiText.h"
#include "ui/common/PlainMessageBox.h"

#include "model/Schema.h"
#include "query/Impact.h"
#include "ui/Workspace.h"
#include "ui/forms/RecordDialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QUndoStack>

namespace summit::ui::forms {

namespace {
bool askWithMessageBox(QWidget* parent, const QString& title, const QString& question)
{
    return askPlainQuestion(parent, title, question) == QMessageBox::Yes;
}

QString lowerFirst(QString text)
{
    if (!text.isEmpty() && text.at(0).isUpper() && (text.size() < 2 || !text.at(1).isUpper()))
        text[0] = text.at(0).toLower();
    return text;
}
} // namespace

RecordActions::AskDelete RecordActions::askDelete = askWithMessageBox;

RecordActions::RecordActions(Workspace& workspace, QAbstractItemView* view, const QString& entity, int idRole,
                             std::function<QVariantMap()> presets)
    : QObject(view), m_workspace(workspace), m_view(view), m_entity(entity), m_idRole(idRole),
      m_presets(std::move(presets))
{
    const QString what = lowerFirst(model::entityLabel(entity));
    m_new = new QAction(UiText::tr("New %1…").arg(what), this);
    m_new->setObjectName(QStringLiteral("newRecordAction"));
    connect(m_new, &QAction::triggered, this, [this] {
        if (m_newHandler)
            m_newHandler();
        else
            openNew(m_workspace, m_view, m_entity, m_presets ? m_presets() : QVariantMap());
    });
    m_delete = new QAction(UiText::tr("Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteRecordAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        if (!ids.isEmpty())
            deleteAsking(m_workspace, m_view, ids);
    });

    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    if (!m_view->actions().isEmpty())
        m_view->addAction(separator);
    m_view->addAction(m_new);
    m_view->addAction(m_delete);
    // The view has its model by now; reloading a model keeps its selection model.
    // (Watching the model's resets instead would reach into a view being destroyed:
    // a QTableWidget resets its model from its own destructor.)
    if (QItemSelectionModel* selection = m_view->selectionModel())
        connect(selection, &QItemSelectionModel::selectionChanged, this, &RecordActions::updateEnabled);
    updateEnabled();
}

QStringList RecordActions::selectedIds() const
{
    QStringList ids;
    QItemSelectionModel* selection = m_view->selectionModel();
    QModelIndexList rows = selection ? selection->selectedRows(0) : QModelIndexList();
    if (rows.isEmpty() && selection && selection->currentIndex().isValid() && selection->hasSelection())
        rows << selection->currentIndex().siblingAtColumn(0);
    for (const QModelIndex& index : rows) {
        QString id = index.data(m_idRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

void RecordActions::updateEnabled()
{
    m_delete->setEnabled(!selectedIds().isEmpty());
}

RecordDialog* RecordActions::openNew(Workspace& workspace, QWidget* parent, const QString& entity,
                                     const QVariantMap& presets)
{
    auto* dialog = new RecordDialog(workspace, entity, QString(), presets, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString RecordActions::deleteQuestion(Workspace& workspace, const QStringList& ids)
{
    QString question;
    if (ids.size() == 1) {
        const QString entity = workspace.store().entityOf(ids.front());
        question = UiText::tr("Delete %1 %2?")
                       .arg(lowerFirst(model::entityLabel(entity)), workspace.titleOf(ids.front()));
    } else {
        question = UiText::tr("Delete %n records?", nullptr, int(ids.size()));
    }
    auto impact = query::deletionImpact(workspace.store().reader(), ids);
    if (impact && (impact->orgUnits + impact->contacts + impact->opportunities + impact->followUps +
                   impact->tasks) > 0) {
        query::DeletionImpact under = impact.value();
        under.movedUnits = under.movedPeople = under.movedReports = 0;
        question +=
            QLatin1Char('\n') + UiText::tr("Under it: %1. They are hidden while it is in the Trash and come "
                                           "back with it.")
                                    .arg(under.describe().join(UiText::tr(", ")));
    }
    if (impact) {
        query::DeletionImpact moved;
        moved.movedUnits = impact->movedUnits;
        moved.movedPeople = impact->movedPeople;
        moved.movedReports = impact->movedReports;
        if (!moved.empty())
            question += QLatin1Char('\n') + moved.describe().join(QLatin1Char('\n')) + UiText::tr(".");
    }
    question += QLatin1Char('\n') + UiText::tr("Undo (Ctrl+Z) or the Trash brings it back.");
    return question;
}

bool RecordActions::deleteAsking(Workspace& workspace, QWidget* parent, const QStringList& ids)
{
    if (ids.isEmpty())
        return false;
    if (!askDelete || !askDelete(parent, UiText::tr("Delete"), deleteQuestion(workspace, ids)))
        return false;
    if (Status s = workspace.commands().deleteRecords(ids); !s) {
        emit workspace.message(s.message());
        return false;
    }
    emit workspace.message(workspace.undoStack()->undoText());
    return true;
}

} // namespace summit::ui::forms
