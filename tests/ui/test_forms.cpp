// The record form and dialog driven through their widgets, keyboard first: a
// bad phone is refused next to the field and nothing is written; a good edit
// writes exactly the changed field under a readable undo label; a credit code
// with a wrong check character says so; money accepts 万; a store refusal
// lands next to its field with the typed text kept; Cancel with changes asks.
#include "QtDoctest.h"
#include "StoreFixture.h"

#include "store/History.h"
#include "ui/Workspace.h"
#include "ui/forms/FieldEditor.h"
#include "ui/forms/RecordDialog.h"
#include "ui/forms/RecordForm.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

using namespace summit;
using summit::ui::Workspace;
using summit::ui::forms::RecordDialog;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

struct Book
{
    test::StoreFixture fixture;
    Workspace workspace{*fixture.store};
    QString account, contact, boss;

    Book()
    {
        workspace.setNow(QDateTime(QDate(2026, 5, 20), QTime(10, 30)));
        account = fixture.add(QStringLiteral("account"),
                              {{QStringLiteral("name"), s("华为技术有限公司")},
                               {QStringLiteral("credit_code"), s("914403001922038216")}});
        boss = fixture.contact(account, s("李总"));
        contact = fixture.contact(account, s("王建国"),
                                  {{QStringLiteral("phone"), QStringLiteral("010-12345678")},
                                   {QStringLiteral("title"), s("采购总监")},
                                   {QStringLiteral("reports_to"), boss}});
    }
    QVariant get(const QString& entity, const QString& id, const char* field)
    {
        return fixture.get(entity, id, QString::fromLatin1(field));
    }
};

// Shows the dialog and makes it the active window, so its shortcuts fire.
void showActive(QWidget& w)
{
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

// Types text key by key; characters beyond ASCII (¥, 万) arrive as a key with that text, as from an IME.
void typeText(QWidget* field, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(field, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Replaces the text of a line edit the way a person would: select all, type.
void retype(QWidget* field, const QString& text)
{
    REQUIRE(field);
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    else
        typeText(field, text);
}

void pressSave(QWidget* focus)
{
    QTest::keyClick(focus, Qt::Key_S, Qt::ControlModifier);
}

} // namespace

TEST_CASE("a bad phone is shown next to the field and the save is refused")
{
    Book b;
    const quint64 opsBefore = b.fixture.store->operationCount();
    RecordDialog dialog(b.workspace, QStringLiteral("contact"), b.contact);
    showActive(dialog);
    QWidget* phone = dialog.form()->editor(QStringLiteral("phone"));
    retype(phone, QStringLiteral("12ab"));

    // As typed: the message names the field and the frame is marked.
    const QString error = dialog.form()->errorText(QStringLiteral("phone"));
    CHECK(error.startsWith(QStringLiteral("Phone")));
    CHECK(phone->property("summitInvalid").toBool());
    CHECK_FALSE(dialog.form()->isValid());
    CHECK(dialog.form()->isDirty());

    pressSave(phone);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(b.get(QStringLiteral("contact"), b.contact, "phone") == QStringLiteral("010-12345678"));
    CHECK(b.fixture.store->operationCount() == opsBefore);
    CHECK(b.workspace.undoStack()->count() == 0);
    // The typed text is still there to fix.
    CHECK(static_cast<QLineEdit*>(phone)->text() == QStringLiteral("12ab"));

    // Fixing it clears the message as it is typed.
    retype(phone, QStringLiteral("0571-88888888"));
    CHECK(dialog.form()->errorText(QStringLiteral("phone")).isEmpty());
    CHECK_FALSE(phone->property("summitInvalid").toBool());
    CHECK(dialog.form()->isValid());
}

TEST_CASE("a valid edit writes exactly the changed field")
{
    Book b;
    RecordDialog dialog(b.workspace, QStringLiteral("contact"), b.contact);
    showActive(dialog);
    CHECK(dialog.windowTitle() == s("Edit 王建国"));
    CHECK_FALSE(dialog.form()->isDirty());
    QWidget* mobile = dialog.form()->editor(QStringLiteral("mobile"));
    retype(mobile, QStringLiteral("13800138000"));
    pressSave(mobile);

    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(b.get(QStringLiteral("contact"), b.contact, "mobile") == QStringLiteral("13800138000"));
    CHECK(b.get(QStringLiteral("contact"), b.contact, "phone") == QStringLiteral("010-12345678"));
    REQUIRE(b.workspace.undoStack()->count() == 1);
    CHECK(b.workspace.undoStack()->undoText() == s("Edit mobile of 王建国"));

    // The last change touched one field only.
    auto history = recordHistory(*b.fixture.store, b.contact);
    REQUIRE(history.isOk());
    const quint64 newest = history.value().front().hlc;
    QStringList touched;
    for (const HistoryEntry& e : history.value())
        if (e.hlc == newest)
            touched << e.field;
    CHECK(touched == QStringList{QStringLiteral("mobile")});

    // Two fields changed: the label names the record.
    RecordDialog again(b.workspace, QStringLiteral("contact"), b.contact);
    showActive(again);
    retype(again.form()->editor(QStringLiteral("department")), QStringLiteral("Procurement"));
    retype(again.form()->editor(QStringLiteral("email")), QStringLiteral("wjg@huawei.com"));
    auto* influence = qobject_cast<QSpinBox*>(again.form()->editor(QStringLiteral("influence")));
    REQUIRE(influence);
    CHECK(influence->text() == QStringLiteral("not set"));
    influence->setFocus();
    QTest::keyClick(influence, Qt::Key_Up);
    QTest::keyClick(influence, Qt::Key_Up);
    pressSave(influence);
    CHECK(again.result() == QDialog::Accepted);
    CHECK(b.workspace.undoStack()->undoText() == s("Edit 王建国"));
    CHECK(b.get(QStringLiteral("contact"), b.contact, "influence").toInt() == 2);
    CHECK(b.get(QStringLiteral("contact"), b.contact, "email") == QStringLiteral("wjg@huawei.com"));
}

TEST_CASE("a credit code with a wrong check character says so")
{
    Book b;
    RecordDialog dialog(b.workspace, QStringLiteral("account"), b.account);
    showActive(dialog);
    QWidget* code = dialog.form()->editor(QStringLiteral("credit_code"));
    retype(code, QStringLiteral("914403001922038217"));
    const QString error = dialog.form()->errorText(QStringLiteral("credit_code"));
    CHECK(error.startsWith(QStringLiteral("Unified social credit code")));
    CHECK(error.contains(QStringLiteral("should be 6, not 7")));
    pressSave(code);
    CHECK(dialog.isVisible());
    CHECK(b.get(QStringLiteral("account"), b.account, "credit_code") == QStringLiteral("914403001922038216"));

    // Lower case with spaces is the same code once normalised: valid again.
    retype(code, QStringLiteral("91440300 1922038216"));
    CHECK(dialog.form()->errorText(QStringLiteral("credit_code")).isEmpty());
}

TEST_CASE("money is typed as yuan, with grouping, a currency sign or 万")
{
    Book b;
    RecordDialog dialog(b.workspace, QStringLiteral("account"), b.account);
    showActive(dialog);
    QWidget* limit = dialog.form()->editor(QStringLiteral("credit_limit"));
    retype(limit, s("¥1,234.50"));
    CHECK(dialog.form()->errorText(QStringLiteral("credit_limit")).isEmpty());
    retype(limit, QStringLiteral("12.5x"));
    CHECK(
        dialog.form()->errorText(QStringLiteral("credit_limit")).startsWith(QStringLiteral("Credit limit")));
    retype(limit, s("12万"));
    pressSave(limit);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(b.get(QStringLiteral("account"), b.account, "credit_limit").toLongLong() == 12'000'000); // 分
}

TEST_CASE("a refusal from the store shows next to its field and keeps what was typed")
{
    Book b;
    // 李总 reporting to 王建国, who reports to 李总, would be a cycle: only the store knows.
    RecordDialog dialog(b.workspace, QStringLiteral("contact"), b.boss);
    showActive(dialog);
    auto* reportsTo = qobject_cast<QComboBox*>(dialog.form()->editor(QStringLiteral("reports_to")));
    REQUIRE(reportsTo);
    CHECK(reportsTo->findData(b.boss) < 0); // nobody reports to themselves
    retype(dialog.form()->editor(QStringLiteral("title")), QStringLiteral("CEO"));
    reportsTo->setFocus();
    reportsTo->setCurrentIndex(reportsTo->findData(b.contact));
    emit reportsTo->activated(reportsTo->currentIndex());
    pressSave(reportsTo);

    CHECK(dialog.isVisible());
    CHECK(dialog.form()->errorText(QStringLiteral("reports_to")).contains(QStringLiteral("own ancestor")));
    CHECK(static_cast<QLineEdit*>(dialog.form()->editor(QStringLiteral("title")))->text() ==
          QStringLiteral("CEO"));
    CHECK(b.get(QStringLiteral("contact"), b.boss, "title").isNull());
    CHECK(b.workspace.undoStack()->count() == 0);
}

TEST_CASE("a new record gets a fresh id, its presets and an Add label")
{
    Book b;
    RecordDialog dialog(b.workspace, QStringLiteral("contact"), QString(),
                        {{QStringLiteral("account_id"), b.account}});
    showActive(dialog);
    CHECK(dialog.windowTitle() == QStringLiteral("New contact"));
    CHECK_FALSE(dialog.form()->isDirty()); // presets alone are not something typed
    // Saving without the required name is refused, with the message under it.
    pressSave(dialog.form()->editor(QStringLiteral("name")));
    CHECK(dialog.isVisible());
    CHECK(dialog.form()->errorText(QStringLiteral("name")) == QStringLiteral("Full name is required."));

    retype(dialog.form()->editor(QStringLiteral("name")), QStringLiteral("Li Lei"));
    auto* stance = qobject_cast<QComboBox*>(dialog.form()->editor(QStringLiteral("stance")));
    REQUIRE(stance);
    CHECK(stance->itemText(0).isEmpty()); // not required: an empty choice first
    CHECK(stance->findText(QStringLiteral("Champion")) > 0);
    stance->setFocus();
    QTest::keyClick(stance, Qt::Key_Down);
    pressSave(stance);
    REQUIRE(dialog.result() == QDialog::Accepted);
    const QString id = dialog.recordId();
    CHECK(b.get(QStringLiteral("contact"), id, "account_id") == b.account);
    CHECK(b.get(QStringLiteral("contact"), id, "name") == QStringLiteral("Li Lei"));
    CHECK(b.get(QStringLiteral("contact"), id, "stance") == QStringLiteral("champion"));
    CHECK(b.workspace.undoStack()->undoText() == QStringLiteral("Add contact Li Lei"));

    // A required choice shows its first entry; that alone is not an unsaved change.
    RecordDialog followup(b.workspace, QStringLiteral("followup"), QString(),
                          {{QStringLiteral("account_id"), b.account}});
    auto* type = qobject_cast<QComboBox*>(followup.form()->editor(QStringLiteral("type")));
    REQUIRE(type);
    CHECK(type->currentData() == QStringLiteral("visit"));
    CHECK_FALSE(followup.form()->isDirty());
}

TEST_CASE("Cancel with unsaved changes asks, and No keeps the dialog open")
{
    Book b;
    QStringList asked;
    QMessageBox::StandardButton answer = QMessageBox::No;
    const auto previous = RecordDialog::askDiscard;
    RecordDialog::askDiscard = [&](QWidget*, const QString& question) {
        asked << question;
        return answer;
    };

    {
        // Nothing typed: Cancel closes without asking.
        RecordDialog untouched(b.workspace, QStringLiteral("contact"), b.contact);
        showActive(untouched);
        QTest::keyClick(untouched.form()->editor(QStringLiteral("name")), Qt::Key_Escape);
        CHECK_FALSE(untouched.isVisible());
        CHECK(asked.isEmpty());
    }

    RecordDialog dialog(b.workspace, QStringLiteral("contact"), b.contact);
    showActive(dialog);
    QWidget* title = dialog.form()->editor(QStringLiteral("title"));
    retype(title, QStringLiteral("CPO"));
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    buttons->button(QDialogButtonBox::Cancel)->click();
    CHECK(asked == QStringList{QStringLiteral("Discard unsaved changes?")});
    CHECK(dialog.isVisible());
    CHECK(static_cast<QLineEdit*>(title)->text() == QStringLiteral("CPO"));

    // Escape is the same as Cancel; this time the answer is Yes.
    answer = QMessageBox::Yes;
    QTest::keyClick(title, Qt::Key_Escape);
    CHECK(asked.size() == 2);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(b.get(QStringLiteral("contact"), b.contact, "title") == s("采购总监"));
    RecordDialog::askDiscard = previous;
}

TEST_CASE("field values compare by meaning, not by representation")
{
    const model::EntityDef* contact = model::entity(u"contact");
    const model::EntityDef* account = model::entity(u"account");
    using summit::ui::forms::FieldEditor;
    CHECK(FieldEditor::sameValue(*contact->field(u"notes"), QVariant(), QString()));
    CHECK_FALSE(FieldEditor::sameValue(*contact->field(u"notes"), QVariant(), QStringLiteral("x")));
    CHECK(FieldEditor::sameValue(*account->field(u"credit_limit"), QVariant(qlonglong(100)), QVariant(100)));
    const model::EntityDef* followup = model::entity(u"followup");
    CHECK(FieldEditor::sameValue(*followup->field(u"contact_ids"), QStringLiteral("[\"a\",\"b\"]"),
                                 QStringLiteral("[\"b\",\"a\"]")));
}

TEST_CASE("the wheel over a choice that does not have the focus scrolls the form, not the value")
{
    Book b;
    RecordDialog dialog(b.workspace, QStringLiteral("contact"), b.contact);
    showActive(dialog);
    auto* stance = qobject_cast<QComboBox*>(dialog.form()->editor(QStringLiteral("stance")));
    REQUIRE(stance);
    stance->setCurrentIndex(2);
    dialog.form()->editor(QStringLiteral("title"))->setFocus();
    auto wheel = [&] {
        const QPointF at(stance->width() / 2.0, stance->height() / 2.0);
        QWheelEvent e(at, stance->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
        QApplication::sendEvent(stance, &e);
    };
    wheel();
    CHECK(stance->currentIndex() == 2);
    // With the focus, the wheel steps through the choices as usual.
    stance->setFocus();
    REQUIRE(stance->hasFocus());
    wheel();
    CHECK(stance->currentIndex() != 2);
}
