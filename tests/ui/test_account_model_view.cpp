// The Team page's tier and health model, edited as a team lead would: from an
// empty database, through the form's own widgets, with the store's refusals
// shown and a teammate's concurrent change kept.
#include "QtDoctest.h"
#include "StoreFixture.h"

#include "analysis/AccountScores.h"
#include "model/AccountModel.h"
#include "ui/Workspace.h"
#include "ui/forms/FieldEditor.h"
#include "ui/team/AccountModelView.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace summit;
using summit::ui::AccountModelView;
using summit::ui::Workspace;

namespace {

struct Form
{
    test::StoreFixture fixture;
    Workspace workspace{*fixture.store};
    AccountModelView view{workspace};

    Form()
    {
        view.resize(1100, 700);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
    }
    QSpinBox* spin(const char* field) const
    {
        auto* e = view.editor(QString::fromLatin1(field));
        REQUIRE(e);
        auto* s = qobject_cast<QSpinBox*>(e->widget());
        REQUIRE(s);
        return s;
    }
    QLineEdit* line(const char* field) const
    {
        auto* e = view.editor(QString::fromLatin1(field));
        REQUIRE(e);
        auto* l = qobject_cast<QLineEdit*>(e->widget());
        REQUIRE(l);
        return l;
    }
    // Types into a line edit as a user does (select all, then the new text, as an input
    // method enters "万": QTest's key clicks cannot type it).
    void type(const char* field, const QString& text) const
    {
        QLineEdit* l = line(field);
        l->setFocus();
        l->selectAll();
        l->insert(text);
    }
    model::AccountModel stored() const
    {
        auto m = analysis::loadAccountModel(fixture.store->reader());
        REQUIRE(m.isOk());
        return m.value();
    }
    // The fields the record itself holds (the defaults are not written).
    QVariantMap record() const
    {
        auto r = fixture.store->record(QStringLiteral("account_model"), model::kAccountModelId);
        return r.isOk() ? r.value() : QVariantMap();
    }
};

} // namespace

TEST_CASE("an empty database shows the default model; Save writes only the changed field")
{
    Form f;
    CHECK(f.spin("cadence_a")->value() == 7);
    CHECK(f.spin("weight_revenue")->value() == 50);
    CHECK(f.line("tier_a_revenue")->text() == QStringLiteral("1000000.00"));
    CHECK_FALSE(f.view.saveButton()->isEnabled());
    CHECK(f.view.tierWeightsText().isEmpty());
    CHECK(f.view.healthWeightsText().isEmpty());

    f.type("tier_a_revenue", QStringLiteral("150万"));
    CHECK(f.view.isModified());
    CHECK(f.view.saveButton()->isEnabled());
    f.view.saveButton()->click();
    CHECK(f.view.errorText().isEmpty());
    CHECK(f.stored().tierARevenue == 150'000'000);
    CHECK(f.stored().tierBRevenue == 20'000'000);
    const QVariantMap rec = f.record();
    CHECK(rec.value(QStringLiteral("tier_a_revenue")).toLongLong() == 150'000'000);
    // Untouched fields stay unwritten, so a teammate's edit of them is never overwritten.
    CHECK(rec.value(QStringLiteral("tier_b_revenue")).isNull());
    CHECK(rec.value(QStringLiteral("cadence_a")).isNull());
    CHECK_FALSE(f.view.saveButton()->isEnabled());

    // Typing the value it already has is no change.
    f.type("tier_a_revenue", QStringLiteral("150万"));
    CHECK_FALSE(f.view.isModified());
}

TEST_CASE("weights that do not add up to 100 are flagged as typed and refused on Save, writing nothing")
{
    Form f;
    f.spin("weight_revenue")->setValue(60);
    CHECK(f.view.tierWeightsText().contains(QStringLiteral("110")));
    CHECK(f.view.healthWeightsText().isEmpty());
    f.view.saveButton()->click();
    CHECK(f.view.errorText().contains(QStringLiteral("110")));
    CHECK(f.record().isEmpty());
    CHECK(f.stored().weightRevenue == 50);
    // What was typed stays, to be corrected.
    CHECK(f.spin("weight_revenue")->value() == 60);

    f.spin("weight_activity")->setValue(15);
    CHECK(f.view.tierWeightsText().isEmpty());
    f.spin("health_gaps")->setValue(20);
    CHECK(f.view.healthWeightsText().contains(QStringLiteral("110")));
    f.spin("health_service")->setValue(5);
    CHECK(f.view.saveButton()->isEnabled());
    CHECK(f.view.save());
    CHECK(f.stored().weightRevenue == 60);
    CHECK(f.stored().weightActivity == 15);
    CHECK(f.stored().healthGaps == 20);
    CHECK(f.stored().healthService == 5);
}

TEST_CASE("tier A's threshold below B's is refused with the reason; Revert shows the stored model")
{
    Form f;
    f.spin("tier_a_activity")->setValue(2);
    CHECK_FALSE(f.view.save());
    CHECK(f.view.errorText().contains(QStringLiteral("activity")));
    CHECK(f.stored().tierAActivity == 12);
    f.type("tier_b_revenue", QStringLiteral("abc"));
    CHECK_FALSE(f.view.save());
    CHECK_FALSE(f.view.errorText().isEmpty());
    CHECK(f.record().isEmpty());

    f.view.revertButton()->click();
    CHECK(f.spin("tier_a_activity")->value() == 12);
    CHECK(f.line("tier_b_revenue")->text() == QStringLiteral("200000.00"));
    CHECK_FALSE(f.view.isModified());
    CHECK(f.view.errorText().isEmpty());
}

TEST_CASE("a change arriving while the form is edited refreshes the other fields and keeps what was typed")
{
    Form f;
    f.spin("cadence_a")->setValue(5);
    // A teammate's edit of another field arrives (a sync, here the same write path).
    REQUIRE(f.workspace.commands().editAccountModel({{QStringLiteral("points_call"), 2}}).isOk());
    CHECK(f.spin("points_call")->value() == 2);
    CHECK(f.spin("cadence_a")->value() == 5);
    CHECK(f.view.findChild<QLabel*>(QStringLiteral("accountModelNotice"))->isVisible());
    CHECK(f.view.save());
    CHECK(f.stored().cadenceOf(QStringLiteral("A")) == 5);
    CHECK(f.stored().pointsOf(QStringLiteral("call")) == 2);

    // Not editing: the form simply follows the store (an undo here).
    REQUIRE(f.workspace.commands().editAccountModel({{QStringLiteral("cadence_b"), 21}}).isOk());
    CHECK(f.spin("cadence_b")->value() == 21);
    CHECK_FALSE(f.view.findChild<QLabel*>(QStringLiteral("accountModelNotice"))->isVisible());
}

TEST_CASE("Use Defaults brings back seed 002's table, and the revenue basis is a choice")
{
    Form f;
    auto* basis = qobject_cast<QComboBox*>(f.view.editor(QStringLiteral("revenue_basis"))->widget());
    REQUIRE(basis);
    const int received = basis->findData(QStringLiteral("received"));
    REQUIRE(received >= 0);
    basis->setCurrentIndex(received);
    emit basis->activated(received);
    f.spin("cadence_c")->setValue(60);
    REQUIRE(f.view.save());
    CHECK(f.stored().revenueBasis == model::AccountModel::RevenueBasis::Received);
    CHECK(f.stored().cadenceOf(QStringLiteral("C")) == 60);

    f.view.defaultsButton()->click();
    CHECK(f.spin("cadence_c")->value() == 90);
    CHECK(f.view.isModified());
    REQUIRE(f.view.save());
    CHECK(f.stored().revenueBasis == model::AccountModel::RevenueBasis::Contracts);
    CHECK(f.stored().cadenceOf(QStringLiteral("C")) == 90);
    CHECK_FALSE(f.view.isModified());
}

TEST_CASE("an account manager reads the model and cannot change it; a team lead can")
{
    Form f;
    const QString am = f.fixture.add(QStringLiteral("member"),
                                     {{QStringLiteral("name"), QString::fromUtf8("王敏")},
                                      {QStringLiteral("role"), QStringLiteral("account_manager")}});
    const QString lead =
        f.fixture.add(QStringLiteral("member"), {{QStringLiteral("name"), QString::fromUtf8("赵总")},
                                                 {QStringLiteral("role"), QStringLiteral("team_lead")}});
    f.workspace.setMe(am);
    f.view.reload();
    CHECK(f.view.findChild<QLabel*>(QStringLiteral("accountModelReadOnly"))->isVisible());
    CHECK_FALSE(f.spin("weight_revenue")->isEnabled());
    CHECK_FALSE(f.view.defaultsButton()->isEnabled());
    CHECK_FALSE(f.view.saveButton()->isEnabled());
    CHECK_FALSE(f.view.save());

    f.workspace.setMe(lead);
    f.view.reload();
    CHECK_FALSE(f.view.findChild<QLabel*>(QStringLiteral("accountModelReadOnly"))->isVisible());
    CHECK(f.spin("weight_revenue")->isEnabled());
    CHECK(f.view.defaultsButton()->isEnabled());
}
