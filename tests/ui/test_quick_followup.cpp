// The quick follow-up dialog driven keyboard-only over the demo book, the way
// an account manager logs a call: "hw" Enter, Tab, Down, Tab, "wjg" Enter,
// Tab, summary, Tab, outcome, Tab, next action, Tab, due, Tab, Enter. One
// change writes the follow-up and its task, and one undo takes both back.
#include "QtDoctest.h"
#include "StoreFixture.h"

#include "demo/DemoData.h"
#include "store/Queries.h"
#include "ui/Workspace.h"
#include "ui/followup/QuickFollowUpDialog.h"
#include "ui/followup/SearchPicker.h"
#include "ui/forms/DateInput.h"
#include "ui/forms/RecordDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace summit;
using summit::ui::Workspace;
using summit::ui::followup::QuickFollowUpDialog;
using summit::ui::followup::SearchPicker;

namespace {

const QDate kToday(2026, 5, 20);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// The demo book (two accounts), generated once; each case gets a fresh workspace.
struct Demo
{
    test::StoreFixture fixture;
    QString me, huawei, wang;

    Demo()
    {
        demo::Options options;
        options.accounts = 2;
        options.seed = 1;
        options.today = kToday;
        auto r = demo::generate(*fixture.store, options);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        me = r.value().meId;
        fixture.store->setAuthor(me);
        huawei = only(QStringLiteral("account"), QStringLiteral("name"), s("华为技术有限公司"));
        wang = only(QStringLiteral("contact"), QStringLiteral("name"), s("王建国"));
    }
    QString only(const QString& entity, const QString& field, const QString& value)
    {
        ListFilter filter;
        filter.equals.insert(field, value);
        auto rows = listRecords(fixture.store->reader(), entity, filter);
        REQUIRE(rows.isOk());
        REQUIRE(rows.value().size() == 1);
        return rows.value().front().value(QStringLiteral("id")).toString();
    }
};

std::unique_ptr<Demo> g_demo;

Demo& demoBook()
{
    if (!g_demo) {
        g_demo = std::make_unique<Demo>();
        // The store goes while the application object is still there.
        qAddPostRoutine([] { g_demo.reset(); });
    }
    return *g_demo;
}

QDateTime fixedNow()
{
    return QDateTime(kToday, QTime(14, 30));
}

void showActive(QWidget& w)
{
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

QWidget* focused()
{
    QWidget* w = QApplication::focusWidget();
    REQUIRE(w);
    return w;
}

// Keys go to whatever has focus, as they would from a keyboard.
void type(const QString& text)
{
    QTest::keyClicks(focused(), text);
}
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

QVariantMap record(const QString& entity, const QString& id)
{
    auto r = demoBook().fixture.store->record(entity, id);
    return r.isOk() ? r.value() : QVariantMap();
}

bool gone(const QString& entity, const QString& id)
{
    const QVariantMap r = record(entity, id);
    return r.isEmpty() || r.value(QStringLiteral("deleted")).toInt() == 1;
}

QString errorOf(QuickFollowUpDialog& dialog, const char* field)
{
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("error_") + QString::fromLatin1(field));
    REQUIRE(label);
    return label->isHidden() ? QString() : label->text();
}

} // namespace

TEST_CASE("a call is logged keyboard-only, with its next action as a task, and undone in one step")
{
    Demo& d = demoBook();
    Workspace workspace(*d.fixture.store);
    workspace.setNow(fixedNow());
    QuickFollowUpDialog dialog(workspace);
    showActive(dialog);
    auto* accountPicker = dialog.findChild<SearchPicker*>(QStringLiteral("account"));
    auto* contactPicker = dialog.findChild<SearchPicker*>(QStringLiteral("contacts"));
    REQUIRE(accountPicker);
    REQUIRE(contactPicker);
    int keys = 0;
    auto count = [&keys](int n) {
        keys += n;
    };

    // Account: initials find 华为技术有限公司 first; Enter picks it.
    CHECK(focused() == accountPicker->lineEdit());
    type(QStringLiteral("hw"));
    count(2);
    REQUIRE(accountPicker->results()->count() >= 1);
    CHECK(accountPicker->results()->item(0)->text().startsWith(s("华为技术有限公司")));
    press(Qt::Key_Return);
    count(1);
    CHECK(accountPicker->pickedIds() == QStringList{d.huawei});
    CHECK(accountPicker->lineEdit()->text() == s("华为技术有限公司"));

    // Type: Down from Visit is Call.
    press(Qt::Key_Tab);
    CHECK(focused()->objectName() == QStringLiteral("type"));
    press(Qt::Key_Down);
    count(2);

    // With whom: pinyin initials, scoped to the account.
    press(Qt::Key_Tab);
    CHECK(focused() == contactPicker->lineEdit());
    type(QStringLiteral("wjg"));
    REQUIRE(contactPicker->results()->count() >= 1);
    CHECK(contactPicker->results()->item(0)->text().startsWith(s("王建国")));
    press(Qt::Key_Return);
    count(5);
    CHECK(contactPicker->pickedIds() == QStringList{d.wang});
    CHECK(contactPicker->lineEdit()->text().isEmpty()); // ready for the next one

    press(Qt::Key_Tab);
    CHECK(focused()->objectName() == QStringLiteral("summary"));
    const QString summary = QStringLiteral("Walked through the pilot scope");
    type(summary);
    press(Qt::Key_Tab);
    CHECK(focused()->objectName() == QStringLiteral("outcome"));
    type(QStringLiteral("Pilot agreed"));
    press(Qt::Key_Tab);
    CHECK(focused()->objectName() == QStringLiteral("next_action"));
    type(QStringLiteral("Send the proposal"));
    count(2 + int(summary.size()) + 12 + 17 + 1);

    // A next action gets a due date a week out; the user moves it.
    press(Qt::Key_Tab);
    auto* due = qobject_cast<ui::forms::DateInput*>(focused());
    REQUIRE(due);
    CHECK(due->text() == QStringLiteral("2026-05-27"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("2026-05-29"));
    press(Qt::Key_Tab);
    count(1 + 1 + 10 + 1);
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    CHECK(focused() == buttons->button(QDialogButtonBox::Save));
    press(Qt::Key_Return);
    count(1);
    MESSAGE("keystrokes for the whole follow-up: " << keys);

    REQUIRE(dialog.result() == QDialog::Accepted);
    const QVariantMap followup = record(QStringLiteral("followup"), dialog.followUpId());
    REQUIRE_FALSE(followup.isEmpty());
    CHECK(followup.value(QStringLiteral("account_id")) == d.huawei);
    CHECK(followup.value(QStringLiteral("type")) == QStringLiteral("call"));
    CHECK(followup.value(QStringLiteral("at")) == fixedNow().toUTC().toString(Qt::ISODateWithMs));
    CHECK(followup.value(QStringLiteral("at")).toString().endsWith(QStringLiteral(".000Z")));
    CHECK(followup.value(QStringLiteral("author_id")) == d.me);
    const QJsonArray contacts =
        QJsonDocument::fromJson(followup.value(QStringLiteral("contact_ids")).toString().toUtf8()).array();
    CHECK(contacts == QJsonArray{d.wang});
    CHECK(followup.value(QStringLiteral("summary")) == summary);
    CHECK(followup.value(QStringLiteral("outcome")) == QStringLiteral("Pilot agreed"));
    CHECK(followup.value(QStringLiteral("next_due")) == QStringLiteral("2026-05-29"));

    const QVariantMap task = record(QStringLiteral("task"), dialog.taskId());
    REQUIRE_FALSE(task.isEmpty());
    CHECK(task.value(QStringLiteral("title")) == QStringLiteral("Send the proposal"));
    CHECK(task.value(QStringLiteral("due")) == QStringLiteral("2026-05-29"));
    CHECK(task.value(QStringLiteral("assignee_id")) == d.me);
    CHECK(task.value(QStringLiteral("source")) == QStringLiteral("followup"));
    CHECK(task.value(QStringLiteral("status")) == QStringLiteral("open"));
    CHECK(task.value(QStringLiteral("followup_id")) == dialog.followUpId());
    CHECK(task.value(QStringLiteral("account_id")) == d.huawei);

    REQUIRE(workspace.undoStack()->count() == 1);
    CHECK(workspace.undoStack()->undoText() == s("Log follow-up with 王建国"));
    workspace.undoStack()->undo();
    CHECK(gone(QStringLiteral("followup"), dialog.followUpId()));
    CHECK(gone(QStringLiteral("task"), dialog.taskId()));
}

TEST_CASE("missing account and summary are shown inline; nothing typed is lost")
{
    Demo& d = demoBook();
    Workspace workspace(*d.fixture.store);
    workspace.setNow(fixedNow());
    const quint64 opsBefore = d.fixture.store->operationCount();
    QuickFollowUpDialog dialog(workspace);
    showActive(dialog);
    auto* outcome = dialog.findChild<QLineEdit*>(QStringLiteral("outcome"));
    REQUIRE(outcome);
    outcome->setFocus();
    type(QStringLiteral("Pricing too high"));
    press(Qt::Key_Return, Qt::ControlModifier);

    CHECK(dialog.isVisible());
    CHECK(errorOf(dialog, "account_id") == QStringLiteral("Account is required."));
    CHECK(errorOf(dialog, "summary") == QStringLiteral("Summary is required."));
    CHECK(d.fixture.store->operationCount() == opsBefore);
    CHECK(outcome->text() == QStringLiteral("Pricing too high"));
    auto* accountPicker = dialog.findChild<SearchPicker*>(QStringLiteral("account"));
    CHECK(focused() == accountPicker->lineEdit()); // the first thing to fix

    // Typed but never picked: Enter does not submit, and the message says to pick.
    type(QStringLiteral("zzzq"));
    press(Qt::Key_Return);
    CHECK(dialog.isVisible());
    press(Qt::Key_S, Qt::ControlModifier);
    CHECK(errorOf(dialog, "account_id").contains(QStringLiteral("pick one of the matches")));

    // Full pinyin finds the account too; the message goes once it is picked.
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("huawei"));
    press(Qt::Key_Return);
    CHECK(accountPicker->pickedIds() == QStringList{d.huawei});
    CHECK(errorOf(dialog, "account_id").isEmpty());

    auto* summary = dialog.findChild<QPlainTextEdit*>(QStringLiteral("summary"));
    summary->setFocus();
    type(QStringLiteral("Price objection"));
    CHECK(errorOf(dialog, "summary").isEmpty()); // cleared as it is typed

    // A due date that is not a date is refused next to it.
    auto* due = dialog.findChild<ui::forms::DateInput*>(QStringLiteral("next_due"));
    due->setFocus();
    type(QStringLiteral("next week"));
    press(Qt::Key_S, Qt::ControlModifier);
    CHECK(errorOf(dialog, "next_due").startsWith(QStringLiteral("Next action due:")));
    CHECK(d.fixture.store->operationCount() == opsBefore);
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_Delete);

    press(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.taskId().isEmpty()); // no next action, no task
    CHECK(workspace.undoStack()->undoText() == s("Log follow-up at 华为技术有限公司"));
    const QVariantMap followup = record(QStringLiteral("followup"), dialog.followUpId());
    CHECK(followup.value(QStringLiteral("outcome")) == QStringLiteral("Pricing too high"));
    CHECK(followup.value(QStringLiteral("type")) == QStringLiteral("visit"));
    CHECK(followup.value(QStringLiteral("contact_ids")).toString().isEmpty());
    workspace.undoStack()->undo();
}

TEST_CASE("prefilled from a contact: the account follows, and closing with typed text asks")
{
    Demo& d = demoBook();
    Workspace workspace(*d.fixture.store);
    workspace.setNow(fixedNow());
    QuickFollowUpDialog dialog(workspace, QString(), d.wang);
    showActive(dialog);
    auto* accountPicker = dialog.findChild<SearchPicker*>(QStringLiteral("account"));
    auto* contactPicker = dialog.findChild<SearchPicker*>(QStringLiteral("contacts"));
    CHECK(accountPicker->pickedIds() == QStringList{d.huawei});
    CHECK(contactPicker->pickedIds() == QStringList{d.wang});
    CHECK(focused()->objectName() == QStringLiteral("summary"));
    auto* opportunities = dialog.findChild<QComboBox*>(QStringLiteral("opportunity"));
    CHECK(opportunities->count() > 1); // 华为 has open deals in the demo

    // Backspace in the empty contact field removes the last chip.
    contactPicker->lineEdit()->setFocus();
    press(Qt::Key_Backspace);
    CHECK(contactPicker->pickedIds().isEmpty());

    // The due date proposed for a next action goes again when the action is cleared.
    auto* next = dialog.findChild<QLineEdit*>(QStringLiteral("next_action"));
    auto* due = dialog.findChild<ui::forms::DateInput*>(QStringLiteral("next_due"));
    next->setFocus();
    type(QStringLiteral("x"));
    CHECK(due->text() == QStringLiteral("2026-05-27"));
    press(Qt::Key_Backspace);
    CHECK(due->text().isEmpty());

    QStringList asked;
    const auto previous = ui::forms::RecordDialog::askDiscard;
    ui::forms::RecordDialog::askDiscard = [&](QWidget*, const QString& question) {
        asked << question;
        return QMessageBox::No;
    };
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("summary"))->setFocus();
    type(QStringLiteral("Half a thought"));
    press(Qt::Key_Escape);
    CHECK(asked == QStringList{QStringLiteral("Discard unsaved changes?")});
    CHECK(dialog.isVisible());
    ui::forms::RecordDialog::askDiscard = previous;
}

TEST_CASE("the Ctrl+Shift+L action asks the main window for the dialog")
{
    Demo& d = demoBook();
    Workspace workspace(*d.fixture.store);
    QWidget window;
    QAction* action = QuickFollowUpDialog::createAction(workspace, &window);
    window.addAction(action);
    CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    QSignalSpy spy(&workspace, &Workspace::logFollowUpRequested);
    showActive(window);
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(spy.count() == 1);
}
