#pragma once
// The main window shell: navigation on the left, the current view in the
// middle, the database and record counts in the status bar.

#include <QMainWindow>
#include <memory>

class QListWidget;
class QStackedWidget;
class QTableWidget;
class QLabel;

namespace summit {
class Store;

namespace ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Store> store, QWidget* parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildNavigation();
    void refresh();
    void openDatabase();

    std::unique_ptr<Store> m_store;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QTableWidget* m_accounts = nullptr;
    QLabel* m_statusDb = nullptr;
    QLabel* m_statusCounts = nullptr;
};

} // namespace ui
} // namespace summit
