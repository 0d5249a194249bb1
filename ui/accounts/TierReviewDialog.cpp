#include "ui/accounts/TierReviewDialog.h"
#include "ui/UiText.h"

#include "analysis/AccountScores.h"
#include "ui/Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace summit::ui {

TierReviewDialog::TierReviewDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("tierReview"));
    setWindowTitle(UiText::tr("Quarterly tier review"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("tierReviewSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({UiText::tr("Account"), UiText::tr("Tier now"), UiText::tr("Computed"),
                                        UiText::tr("Why (the figures)"), UiText::tr("Set by hand because")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Rows follow the wrapped reason as the columns get their widths (also after a resize).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(4, 200);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_accept = buttons->addButton(UiText::tr("Accept computed tier"), QDialogButtonBox::ActionRole);
    m_accept->setObjectName(QStringLiteral("acceptTiers"));
    m_accept->setEnabled(false);
    connect(m_accept, &QPushButton::clicked, this, &TierReviewDialog::acceptSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_accept->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1100, 520);
    connect(&workspace.store(), &Store::changed, this, &TierReviewDialog::reload);
    reload();
}

void TierReviewDialog::reload()
{
    m_table->setRowCount(0);
    auto review = analysis::tierReview(m_workspace.store().reader(), m_workspace.today());
    if (!review) {
        m_summary->setText(review.message());
        return;
    }
    const auto& rows = review.value();
    m_summary->setText(rows.empty()
                           ? UiText::tr("Every account's tier is the computed one.")
                           : UiText::tr("%n account(s) have a tier other than the computed one. Accept "
                                        "the computed tier, or keep the tier set by hand with its reason.",
                                        nullptr, int(rows.size())));
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const analysis::TierAssessment& t = rows[size_t(r)];
        auto* name = new QTableWidgetItem(t.accountName);
        name->setData(Qt::UserRole, t.accountId);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, new QTableWidgetItem(t.current.isEmpty() ? QStringLiteral("—") : t.current));
        m_table->setItem(r, 2, new QTableWidgetItem(t.computed));
        m_table->setItem(r, 3, new QTableWidgetItem(t.reason));
        m_table->item(r, 3)->setToolTip(t.reason);
        m_table->setItem(r, 4,
                         new QTableWidgetItem(t.overrideReason.isEmpty() ? UiText::tr("no reason given")
                                                                         : t.overrideReason));
    }
    m_accept->setEnabled(false);
}

void TierReviewDialog::acceptSelected()
{
    QStringList ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids << m_table->item(index.row(), 0)->data(Qt::UserRole).toString();
    for (const QString& id : ids)
        if (const Status s = m_workspace.commands().acceptComputedTier(id, m_workspace.today()); !s) {
            emit m_workspace.message(s.message());
            break;
        }
}

} // namespace summit::ui
