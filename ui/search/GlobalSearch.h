#pragma once
// Ctrl+K search: a field for the tool bar and a result list that drops down
// under it while typing. Results are grouped by type (Accounts, Contacts, Org
// units, Opportunities, Follow-ups, Tasks) under headings, each hit with its
// account's name beside it. Up/Down move, Enter opens, Esc closes; the typing
// focus never leaves the field.

#include <QHash>
#include <QObject>

class QFrame;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class QWidget;

namespace summit::ui {

class Workspace;

class GlobalSearch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 120;
    static constexpr int kPerGroup = 8; // hits shown per type

    GlobalSearch(Workspace& workspace, QWidget* parent);
    ~GlobalSearch() override;

    // The search field; the main window puts it in the tool bar.
    QLineEdit* field() const { return m_field; }
    // The drop-down and its list (for tests and for styling).
    QFrame* popup() const { return m_popup; }
    QTreeWidget* results() const { return m_results; }

public slots:
    // Focus the field and select its text (bound to Ctrl+K by the main window).
    void activate();
    // Searches now instead of after the debounce.
    void searchNow();
    // Hides the drop-down.
    void close();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showPopup();
    void moveCurrent(int step);
    void openItem(QTreeWidgetItem* item);
    QString accountName(const QString& accountId);

    Workspace& m_workspace;
    QLineEdit* m_field = nullptr;
    QFrame* m_popup = nullptr;
    QTreeWidget* m_results = nullptr;
    QTimer* m_debounce = nullptr;
    QHash<QString, QString> m_accountNames; // account id -> name, for one search
};

} // namespace summit::ui
