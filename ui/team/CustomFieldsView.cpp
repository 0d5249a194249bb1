#include "ui/team/CustomFieldsView.h"
#include "ui/UiText.h"

#include "model/Schema.h"
#include "store/CustomFields.h"
#include "ui/Workspace.h"
#include "ui/forms/RecordActions.h"
#include "ui/forms/RecordDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace summit::ui {

CustomFieldsView::CustomFieldsView(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("customFieldsView"));
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("customFieldTable"));
    const QString def = QStringLiteral("field_def");
    m_table->setHorizontalHeaderLabels({model::fieldLabel(def, u"applies_to"), model::fieldLabel(def, u"key"),
                                        model::fieldLabel(def, u"label"), model::fieldLabel(def, u"label_zh"),
                                        model::fieldLabel(def, u"value_type"), UiText::tr("Required"),
                                        model::fieldLabel(def, u"show_in")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A new field shows as a column too unless the team lead says otherwise.
    m_actions = new forms::RecordActions(workspace, m_table, def, Qt::UserRole, [] {
        return QVariantMap{{QStringLiteral("show_in"), QStringLiteral("lists")}};
    });
    auto* edit = new QAction(UiText::tr("Edit…"), this);
    connect(edit, &QAction::triggered, this, [this] {
        const QStringList ids = m_actions->selectedIds();
        if (ids.isEmpty())
            return;
        auto* dialog =
            new forms::RecordDialog(m_workspace, QStringLiteral("field_def"), ids.front(), {}, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_table, &QTableWidget::activated, edit, &QAction::trigger);
    m_table->insertAction(m_actions->deleteAction(), edit);

    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_actions->newAction());
    toolbar->addAction(edit);
    toolbar->addAction(m_actions->deleteAction());
    auto* note = new QLabel(
        UiText::tr("Extra fields for accounts, contacts, opportunities and follow-ups. They show in "
                   "the record forms (and as list columns if you choose) and are searched, exported and "
                   "shared with the team. Removing "
                   "one hides its values; restoring it from the Trash shows them again."),
        this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(toolbar);
    layout->addWidget(m_table, 1);
    connect(&workspace.store(), &Store::changed, this, [this](const ChangeSet& change) {
        if (change.everything || change.entities.contains(QStringLiteral("field_def")))
            reload();
    });
    reload();
}

void CustomFieldsView::reload()
{
    m_table->setRowCount(0);
    for (const custom::Definition& d : custom::definitions(m_workspace.store().reader())) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* first = new QTableWidgetItem(model::enumLabel(u"applies_to", d.appliesTo));
        first->setData(Qt::UserRole, d.id);
        m_table->setItem(row, 0, first);
        m_table->setItem(row, 1, new QTableWidgetItem(d.key));
        m_table->setItem(row, 2, new QTableWidgetItem(d.label));
        m_table->setItem(row, 3, new QTableWidgetItem(d.labelZh));
        m_table->setItem(row, 4, new QTableWidgetItem(model::enumLabel(u"value_type", d.valueType)));
        m_table->setItem(row, 5, new QTableWidgetItem(d.required ? UiText::tr("Yes") : QString()));
        m_table->setItem(row, 6,
                         new QTableWidgetItem(model::enumLabel(
                             u"show_in", d.inLists() ? QStringLiteral("lists") : QStringLiteral("form"))));
    }
    m_table->resizeColumnsToContents();
}

} // namespace summit::ui
