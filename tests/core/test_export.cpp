#include "QtDoctest.h"
#include "StoreFixture.h"
#include "export/CanonicalExport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace summit;
using test::StoreFixture;

namespace {
QByteArray exportOf(Store& store)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(writeCanonicalJson(store.reader(), buffer));
    return buffer.data();
}
} // namespace

TEST_CASE("the canonical export is valid JSON, sorted, and without device-local data")
{
    StoreFixture f;
    const QString a = f.account(QStringLiteral("华为技术有限公司"));
    REQUIRE(f.set(QStringLiteral("account"), a,
                  {{QStringLiteral("credit_limit"), qint64(500000000)},
                   {QStringLiteral("strategy_notes"), QStringLiteral("引号\"和\\反斜杠\n换行")}}));
    f.contact(a, QStringLiteral("王建国"));
    const QByteArray json = exportOf(*f.store);
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    REQUIRE(pe.error == QJsonParseError::NoError);
    const QJsonArray records = doc.object().value(QStringLiteral("records")).toArray();
    REQUIRE(records.size() == 2);
    CHECK(records[0].toObject().value(QStringLiteral("entity")).toString() == QStringLiteral("account"));
    const QJsonObject fields = records[0].toObject().value(QStringLiteral("fields")).toObject();
    CHECK(fields.value(QStringLiteral("credit_limit")).toInteger() == 500000000);
    CHECK(fields.value(QStringLiteral("strategy_notes")).toString() ==
          QStringLiteral("引号\"和\\反斜杠\n换行"));
    CHECK_FALSE(json.contains(f.store->replicaId().toUtf8()));
    CHECK_FALSE(json.contains("created_hlc"));
    CHECK(json.contains("华为技术有限公司")); // UTF-8, not \u escapes
}

TEST_CASE("two databases that reach the same state in a different order export the same bytes")
{
    StoreFixture one(QStringLiteral("one.db")), two(QStringLiteral("two.db"));
    const QString a = ids::newId(), b = ids::newId();
    auto account = [](const QString& id, const QString& name) {
        return Operation::set(
            QStringLiteral("account"), id,
            {{QStringLiteral("name"), name}, {QStringLiteral("tier"), QStringLiteral("A")}});
    };
    REQUIRE(one.store->apply(
        {QStringLiteral("x"), {account(a, QStringLiteral("甲")), account(b, QStringLiteral("乙"))}}));
    REQUIRE(two.store->apply({QStringLiteral("x"), {account(b, QStringLiteral("乙"))}}));
    REQUIRE(two.store->apply({QStringLiteral("x"), {account(a, QStringLiteral("丙"))}}));
    REQUIRE(two.set(QStringLiteral("account"), a, {{QStringLiteral("name"), QStringLiteral("甲")}}));
    CHECK(exportOf(*one.store) == exportOf(*two.store));
    CHECK(exportOf(*one.store) == exportOf(*one.store));
    REQUIRE(two.set(QStringLiteral("account"), b, {{QStringLiteral("tier"), QStringLiteral("B")}}));
    CHECK(exportOf(*one.store) != exportOf(*two.store));
}
