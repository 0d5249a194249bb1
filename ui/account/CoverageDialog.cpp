#include "ui/account/CoverageDialog.h"
#include "ui/UiText.h"

#include "model/Schema.h"
#include "query/Team.h"
#include "ui/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace summit::ui {

namespace {
void fillLevels(QComboBox* box, bool withUnset)
{
    if (withUnset)
        box->addItem(UiText::tr("(not set)"), QString());
    for (const QString& key : model::entity(u"coverage")->field(u"level")->enumValues)
        box->addItem(model::enumLabel(u"level", key), key);
}
} // namespace

CoverageDialog::CoverageDialog(Workspace& workspace, const QString& contactId, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_contactId(contactId)
{
    setObjectName(QStringLiteral("coverageDialog"));
    setWindowTitle(UiText::tr("Who knows %1").arg(workspace.titleOf(contactId)));

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("coverageTable"));
    m_table->setHorizontalHeaderLabels({UiText::tr("Team member"), model::fieldLabel(u"coverage", u"level"),
                                        model::fieldLabel(u"coverage", u"desired_level")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("coverageMember"));
    if (auto members = query::members(workspace.store().reader()))
        for (const query::MemberRow& m : members.value())
            if (!m.left())
                m_member->addItem(m.name, m.id);
    const int me = m_member->findData(workspace.me());
    if (me >= 0)
        m_member->setCurrentIndex(me);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("coverageLevel"));
    fillLevels(m_level, false);
    m_level->setCurrentIndex(m_level->findData(QStringLiteral("brief")));
    m_desired = new QComboBox(this);
    m_desired->setObjectName(QStringLiteral("coverageDesired"));
    fillLevels(m_desired, true);

    auto* form = new QFormLayout;
    form->addRow(UiText::tr("&Team member:"), m_member);
    form->addRow(UiText::tr("&Knows them:"), m_level);
    form->addRow(UiText::tr("&Team wants:"), m_desired);
    auto* set = new QPushButton(UiText::tr("&Set"), this);
    set->setObjectName(QStringLiteral("coverageSet"));
    connect(set, &QPushButton::clicked, this, &CoverageDialog::setCoverage);
    auto* remove = new QPushButton(UiText::tr("&Remove selected"), this);
    connect(remove, &QPushButton::clicked, this, &CoverageDialog::removeSelected);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(remove);
    row->addWidget(set);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 420);
    reload();
}

QString CoverageDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void CoverageDialog::reload()
{
    m_table->setRowCount(0);
    auto rows = query::coverageOf(m_workspace.store().reader(), m_contactId);
    if (!rows) {
        m_error->setText(rows.message());
        m_error->show();
        return;
    }
    for (const query::CoverageRow& r : rows.value()) {
        const int i = m_table->rowCount();
        m_table->insertRow(i);
        auto* name =
            new QTableWidgetItem(r.memberLeft ? UiText::tr("%1 (left)").arg(r.memberName) : r.memberName);
        name->setData(Qt::UserRole, r.memberId);
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, new QTableWidgetItem(model::enumLabel(u"level", r.level)));
        m_table->setItem(i, 2,
                         new QTableWidgetItem(r.desiredLevel.isEmpty()
                                                  ? QString()
                                                  : model::enumLabel(u"level", r.desiredLevel)));
    }
}

bool CoverageDialog::setCoverage()
{
    m_error->hide();
    if (m_member->currentIndex() < 0) {
        m_error->setText(UiText::tr("Add the team's members first (Team page)."));
        m_error->show();
        return false;
    }
    auto r = m_workspace.commands().setCoverage(m_contactId, m_member->currentData().toString(),
                                                m_level->currentData().toString(),
                                                m_desired->currentData().toString());
    if (!r) {
        m_error->setText(r.message());
        m_error->show();
        return false;
    }
    emit m_workspace.message(m_workspace.undoStack()->undoText());
    reload();
    return true;
}

bool CoverageDialog::removeSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return false;
    const QString member = m_table->item(selected.front()->row(), 0)->data(Qt::UserRole).toString();
    if (Status s = m_workspace.commands().removeCoverage(m_contactId, member); !s) {
        m_error->setText(s.message());
        m_error->show();
        return false;
    }
    reload();
    return true;
}

} // namespace summit::ui
