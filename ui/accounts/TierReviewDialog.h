#pragma once
// The quarterly tier review (seed 003: every key account assessed at least
// once a quarter): the accounts whose tier is not the computed one, with the
// figures' reason and the reason given for a tier set by hand. Accept takes
// the computed tier for the selected accounts, each as one undoable change.

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace summit::ui {

class Workspace;

class TierReviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TierReviewDialog(Workspace& workspace, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* acceptButton() const { return m_accept; }

public slots:
    void reload();
    void acceptSelected();

private:
    Workspace& m_workspace;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_accept = nullptr;
};

} // namespace summit::ui
