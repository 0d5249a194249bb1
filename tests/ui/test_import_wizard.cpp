// The import wizard driven as a person would: choose a file (a workbook of
// two sheets), pick the sheet and the kind of records, check the matched
// columns and correct one, read the preview, import, and undo it all.
#include "QtDoctest.h"
#include "StoreFixture.h"

#include "ui/MainWindow.h"
#include "ui/Workspace.h"
#include "ui/import/ImportWizard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

using namespace summit;
using namespace summit::ui;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}
QString k(const char* text)
{
    return QString::fromLatin1(text);
}
QString sample(const char* name)
{
    return QDir(QStringLiteral(SUMMIT_IMPORT_SAMPLES)).filePath(k(name));
}
template <class T> T* child(QWidget& w, const char* name)
{
    T* c = w.findChild<T*>(k(name));
    REQUIRE_MESSAGE(c, name);
    return c;
}
int count(Store& store, const char* table)
{
    return store.reader()
        .scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(k(table)))
        .toInt();
}

} // namespace

TEST_CASE("file, sheet, mapping, preview, import, undo")
{
    QSettings().remove(QStringLiteral("import"));
    test::StoreFixture f;
    f.add(k("member"), {{k("name"), s("李明")}});
    f.add(k("member"), {{k("name"), s("张伟")}});
    Workspace workspace(*f.store);
    ImportWizard wizard(workspace, nullptr, sample("team_accounts.xlsx"));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));

    // The file is chosen; its sheets are listed.
    CHECK(child<QLineEdit>(wizard, "importFile")->text().endsWith(k("team_accounts.xlsx")));
    auto* sheet = child<QComboBox>(wizard, "importSheet");
    REQUIRE(sheet->count() == 2);
    CHECK(sheet->itemData(1).toString() == s("联系人"));
    auto* type = child<QComboBox>(wizard, "importType");
    type->setCurrentIndex(type->findData(k("accounts")));
    sheet->setCurrentIndex(0);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);

    // Columns matched from their headers; the signing date has no field.
    auto* group = child<QComboBox>(wizard, "mapColumn0");
    CHECK(group->currentData().toString() == import::kGroupRef);
    CHECK(child<QComboBox>(wizard, "mapColumn1")->currentData().toString() == k("name"));
    auto* signedOn = child<QComboBox>(wizard, "mapColumn6");
    CHECK(signedOn->currentData().toString().isEmpty());
    // The user says the region column is not to be imported.
    auto* region = child<QComboBox>(wizard, "mapColumn3");
    CHECK(region->currentData().toString() == k("region"));
    region->setCurrentIndex(0);
    // Saved as a template, offered next time.
    ImportWizard::saveTemplate(k("Key accounts"), [&] {
        import::Mapping m = wizard.state().mapping;
        return m.toJson(wizard.state().loaded.table.headers);
    }());
    CHECK(ImportWizard::templateNames().contains(k("Key accounts")));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);

    // The preview says what will happen, row by row; nothing is written yet.
    auto* summary = child<QLabel>(wizard, "importSummary");
    CHECK(summary->text().contains(k("4 to create")));
    auto* preview = child<QTableWidget>(wizard, "importPreview");
    CHECK(preview->rowCount() == 4);
    CHECK(preview->item(0, 2)->text() == s("远航控股集团有限公司"));
    CHECK(count(*f.store, "accounts") == 0);
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ResultPage);
    CHECK(child<QLabel>(wizard, "importResult")->text().contains(k("4 created")));
    CHECK(count(*f.store, "accounts") == 2);
    CHECK(count(*f.store, "org_units") == 3);
    // The region column was left out as asked.
    CHECK(f.store->reader().scalar(k("SELECT count(*) FROM accounts WHERE region IS NOT NULL")).toInt() == 0);
    // One change on the undo stack removes all of it.
    REQUIRE(workspace.undoStack()->canUndo());
    CHECK(workspace.undoStack()->undoText().contains(k("team_accounts.xlsx")));
    workspace.undoStack()->undo();
    CHECK(count(*f.store, "accounts") == 0);
    CHECK(count(*f.store, "org_units") == 0);
}

TEST_CASE("a large import shows its progress while planned and while saved; Cancel at either leaves "
          "nothing, and then it can run to the end")
{
    test::StoreFixture f;
    QFile csv(f.dir.filePath(k("accounts.csv")));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    QByteArray text = s("客户名称,所属行业\r\n").toUtf8();
    for (int i = 0; i < 6000; ++i)
        text += s("华东第%1制造有限公司,制造业\r\n").arg(i).toUtf8();
    csv.write(text);
    csv.close();
    Workspace workspace(*f.store);
    ImportWizard wizard(workspace, nullptr, csv.fileName());
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    REQUIRE(QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 20000));
    auto* type = child<QComboBox>(wizard, "importType");
    type->setCurrentIndex(type->findData(k("accounts")));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);

    // Planning 6,000 rows shows its own progress; Cancel there leaves nothing to import.
    int planShown = 0;
    QTimer planCanceller;
    QObject::connect(&planCanceller, &QTimer::timeout, [&] {
        auto* progress = wizard.findChild<QProgressDialog*>(k("importPlanProgress"));
        if (progress && progress->isVisible()) {
            ++planShown;
            CHECK(progress->windowModality() == Qt::ApplicationModal);
            CHECK(progress->value() > 0);
            CHECK(workspace.store().isBusy()); // nothing else writes while it runs events
            progress->cancel();
        }
    });
    planCanceller.start(0);
    wizard.next();
    planCanceller.stop();
    CHECK(planShown >= 1);
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
    CHECK(child<QLabel>(wizard, "importFailure")->text().contains(k("cancelled")));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK_FALSE(child<QPushButton>(wizard, "saveErrors")->isEnabled());
    CHECK_FALSE(child<QPushButton>(wizard, "addSheet")->isEnabled());
    CHECK_FALSE(workspace.store().isBusy());
    // Back and forward again plans every row.
    wizard.back();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
    REQUIRE(child<QLabel>(wizard, "importSummary")->text().contains(k("6000 to create")));
    CHECK(child<QLabel>(wizard, "importFailure")->text().isEmpty());
    CHECK(child<QPushButton>(wizard, "addSheet")->isEnabled());

    // Cancel, pressed while the records are being saved (the dialog keeps the window painting).
    int shown = 0;
    QTimer canceller;
    QObject::connect(&canceller, &QTimer::timeout, [&] {
        auto* progress = wizard.findChild<QProgressDialog*>(k("importCommitProgress"));
        if (progress && progress->isVisible()) {
            ++shown;
            CHECK(progress->windowModality() == Qt::ApplicationModal);
            CHECK(progress->value() > 0);
            CHECK(workspace.store().isBusy());
            progress->cancel();
        }
    });
    canceller.start(0);
    wizard.next();
    canceller.stop();
    CHECK(shown >= 1);
    CHECK(wizard.currentId() == ImportWizard::PreviewPage); // still there, to try again
    CHECK(child<QLabel>(wizard, "importFailure")->text().contains(k("cancelled")));
    CHECK(count(*f.store, "accounts") == 0);
    CHECK_FALSE(workspace.undoStack()->canUndo());
    CHECK_FALSE(workspace.store().isBusy());

    // Let run: all of it, one change.
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ResultPage);
    CHECK(count(*f.store, "accounts") == 6000);
    REQUIRE(workspace.undoStack()->canUndo());
    workspace.undoStack()->undo();
    CHECK(count(*f.store, "accounts") == 0);
}

TEST_CASE("a row with an error: left out, or nothing imported when the user says so")
{
    test::StoreFixture f;
    f.account(s("远航控股集团有限公司"));
    Workspace workspace(*f.store);
    ImportWizard wizard(workspace, nullptr, sample("team_contacts_gb18030.csv"));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    auto* type = child<QComboBox>(wizard, "importType");
    type->setCurrentIndex(type->findData(k("contacts")));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
    auto* preview = child<QTableWidget>(wizard, "importPreview");
    REQUIRE(preview->rowCount() == 3);
    CHECK(preview->item(2, 3)->text().contains(s("不存在的集团")));
    CHECK(child<QPushButton>(wizard, "saveErrors")->isEnabled());

    auto* onError = child<QComboBox>(wizard, "onError");
    onError->setCurrentIndex(1);
    emit onError->activated(1);
    CHECK(child<QLabel>(wizard, "importSummary")->text().contains(k("Nothing will be imported")));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    onError->setCurrentIndex(0);
    emit onError->activated(0);
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    CHECK(count(*f.store, "contacts") == 2);
}

TEST_CASE("a file that is not a spreadsheet is refused on the first page with the reason")
{
    test::StoreFixture f;
    QTemporaryDir dir;
    const QString bad = dir.filePath(k("broken.xlsx"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 this is not a zip archive at all");
    file.close();
    Workspace workspace(*f.store);
    ImportWizard wizard(workspace, nullptr, bad);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    CHECK(wizard.currentId() == ImportWizard::FilePage);
    CHECK_FALSE(child<QLabel>(wizard, "importFileError")->text().isEmpty());
    CHECK(count(*f.store, "accounts") == 0);
}

TEST_CASE("the main window opens the wizard from File ▸ Import")
{
    test::StoreFixture f(k("main.db"));
    const QString path = f.path(k("main.db"));
    f.store.reset();
    auto store = Store::open(path);
    REQUIRE(store);
    MainWindow window(std::move(store).value());
    window.setAskWhoYouAre(false);
    auto* action = window.findChild<QAction*>(k("importAction"));
    REQUIRE(action);
    action->trigger();
    auto* wizard = window.findChild<ImportWizard*>();
    REQUIRE(wizard);
    CHECK(wizard->currentId() == ImportWizard::FilePage);
    wizard->close();
    delete wizard;

    // A spreadsheet dropped on the window opens the wizard on that file; other files are refused.
    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(f.path(k("notes.txt")))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &refused);
    CHECK_FALSE(refused.isAccepted());
    QMimeData sheet;
    sheet.setUrls({QUrl::fromLocalFile(sample("team_accounts.xlsx"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &sheet, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &sheet, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    auto* dropped = window.findChild<ImportWizard*>();
    REQUIRE(dropped);
    CHECK(child<QLineEdit>(*dropped, "importFile")->text() == sample("team_accounts.xlsx"));
    dropped->close();
}

TEST_CASE("while the file is read, Cancel and closing the window stop the reading, not the wizard")
{
    test::StoreFixture f;
    Workspace workspace(*f.store);
    ImportWizard wizard(workspace, nullptr, sample("team_accounts.xlsx"));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    int asked = 0;
    wizard.setBusy([&] { ++asked; });
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.reject();
    CHECK(asked == 1);
    CHECK(wizard.isVisible());
    CHECK_FALSE(wizard.close());
    CHECK(asked == 2);
    CHECK(wizard.isVisible());
    wizard.setIdle();
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.reject();
    CHECK_FALSE(wizard.isVisible());
}

TEST_CASE("two sheets together: the contacts sheet is checked against the accounts previewed before it, and "
          "both are one change")
{
    QSettings().remove(QStringLiteral("import"));
    test::StoreFixture f;
    f.add(k("member"), {{k("name"), s("李明")}});
    f.add(k("member"), {{k("name"), s("张伟")}});
    Workspace workspace(*f.store);
    ImportWizard wizard(workspace, nullptr, sample("team_accounts.xlsx"));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    auto* type = child<QComboBox>(wizard, "importType");
    auto* sheet = child<QComboBox>(wizard, "importSheet");
    type->setCurrentIndex(type->findData(k("accounts")));
    sheet->setCurrentIndex(0);
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
    auto* add = child<QPushButton>(wizard, "addSheet");
    REQUIRE(add->isEnabled());
    add->click();

    // Round again: the next sheet, as contacts.
    REQUIRE(wizard.currentId() == ImportWizard::FilePage);
    CHECK(sheet->currentData().toString() == s("联系人"));
    CHECK(type->currentData().toString() == k("contacts"));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
    auto* summary = child<QLabel>(wizard, "importSummary");
    INFO(summary->text().toStdString());
    CHECK(summary->text().contains(s("[客户]")));
    CHECK(summary->text().contains(s("[联系人]: 4 to create")));
    CHECK(count(*f.store, "accounts") == 0); // nothing written while previewing

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ResultPage);
    CHECK(count(*f.store, "accounts") == 2);
    CHECK(count(*f.store, "contacts") == 4);
    // 吴晓东 reports to 周建华, both created by this import.
    CHECK(f.store->reader()
              .scalar(s("SELECT b.name FROM contacts a JOIN contacts b ON b.id = a.reports_to WHERE a.name = "
                        "'吴晓东'"))
              .toString() == s("周建华"));
    REQUIRE(workspace.undoStack()->canUndo());
    workspace.undoStack()->undo();
    CHECK(count(*f.store, "accounts") == 0);
    CHECK(count(*f.store, "contacts") == 0);
}
