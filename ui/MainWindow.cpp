#include "ui/MainWindow.h"

#include "model/Schema.h"
#include "store/Queries.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>

namespace summit::ui {

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget* parent)
    : QMainWindow(parent), m_store(std::move(store))
{
    setWindowTitle(tr("Summit — Key-account management"));
    buildMenus();
    buildNavigation();

    m_statusDb = new QLabel(this);
    m_statusCounts = new QLabel(this);
    statusBar()->addWidget(m_statusDb, 1);
    statusBar()->addPermanentWidget(m_statusCounts);

    connect(m_store.get(), &Store::changed, this, &MainWindow::refresh);
    refresh();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = edit->addAction(tr("&Undo"), this, [this] {
        if (Status s = m_store->undo(); !s)
            statusBar()->showMessage(s.message(), 5000);
    });
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = edit->addAction(tr("&Redo"), this, [this] {
        if (Status s = m_store->redo(); !s)
            statusBar()->showMessage(s.message(), 5000);
    });
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Summit"), this, [this] {
        QMessageBox::about(this, tr("About Summit"),
                           tr("<b>Summit</b> %1<br>Key-account management for enterprise sales teams. "
                              "Works offline; replicates through git.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_pages = new QStackedWidget(this);

    m_accounts = new QTableWidget(this);
    m_accounts->setObjectName(QStringLiteral("accountList"));
    m_accounts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accounts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accounts->setSortingEnabled(true);
    m_accounts->verticalHeader()->hide();
    m_accounts->horizontalHeader()->setStretchLastSection(true);

    const QList<QPair<QString, QWidget*>> pages = {
        {tr("Accounts"), m_accounts},
    };
    for (const auto& [title, widget] : pages) {
        m_navigation->addItem(title);
        m_pages->addWidget(widget);
    }
    m_navigation->setCurrentRow(0);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* split = new QSplitter(this);
    split->addWidget(m_navigation);
    split->addWidget(m_pages);
    split->setStretchFactor(1, 1);
    split->setSizes({200, 1000}); // the navigation keeps its width when the window grows
    setCentralWidget(split);
}

void MainWindow::refresh()
{
    m_statusDb->setText(tr("Database: %1").arg(m_store->path()));
    auto stats = storeStats(m_store->db());
    if (stats)
        m_statusCounts->setText(
            tr("%n account(s)", nullptr, stats.value().value(QStringLiteral("account")).toInt()) +
            QStringLiteral(" · ") +
            tr("%n contact(s)", nullptr, stats.value().value(QStringLiteral("contact")).toInt()));

    // The shell lists accounts directly; the lazy account model comes with the workspace.
    const QStringList columns = {QStringLiteral("name"), QStringLiteral("tier"), QStringLiteral("stage"),
                                 QStringLiteral("region"), QStringLiteral("industry")};
    ListFilter filter;
    filter.limit = 500;
    auto rows = listRecords(m_store->db(), QStringLiteral("account"), filter);
    m_accounts->setSortingEnabled(false);
    m_accounts->clear();
    m_accounts->setColumnCount(int(columns.size()));
    QStringList headers;
    for (const QString& c : columns)
        headers << model::fieldLabel(u"account", c);
    m_accounts->setHorizontalHeaderLabels(headers);
    m_accounts->setRowCount(rows ? int(rows.value().size()) : 0);
    if (!rows) {
        statusBar()->showMessage(rows.message());
        return;
    }
    const model::EntityDef* def = model::entity(u"account");
    for (int r = 0; r < int(rows.value().size()); ++r)
        for (int c = 0; c < int(columns.size()); ++c) {
            QString v = rows.value()[size_t(r)].value(columns[c]).toString();
            if (def->field(columns[c])->type == model::FieldType::Enum)
                v = model::enumLabel(columns[c], v);
            m_accounts->setItem(r, c, new QTableWidgetItem(v));
        }
    m_accounts->resizeColumnsToContents();
    m_accounts->setSortingEnabled(true);
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), QString(),
                                                      tr("Summit databases (*.db *.summit);;All files (*)"));
    if (path.isEmpty())
        return;
    auto opened = Store::open(path);
    if (!opened) {
        QMessageBox::warning(this, tr("Open Database"), opened.message());
        return;
    }
    disconnect(m_store.get(), nullptr, this, nullptr);
    m_store = std::move(opened.value());
    connect(m_store.get(), &Store::changed, this, &MainWindow::refresh);
    QSettings().setValue(QStringLiteral("database/last"), path);
    refresh();
}

} // namespace summit::ui
