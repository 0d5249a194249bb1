#include "QtDoctest.h"
#include "StoreFixture.h"
#include "search/Search.h"

using namespace summit;
using test::StoreFixture;

namespace {
QStringList titles(Store& store, const QString& text, SearchOptions o = {})
{
    auto r = searchRecords(store.db(), text, o);
    REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
    QStringList out;
    for (const SearchHit& h : r.value())
        out << h.title;
    return out;
}
} // namespace

TEST_CASE("search finds Chinese of any length, pinyin, initials and English words")
{
    StoreFixture f;
    const QString hw =
        f.add(QStringLiteral("account"), {{QStringLiteral("name"), QStringLiteral("华为技术有限公司")},
                                          {QStringLiteral("short_name"), QStringLiteral("华为")},
                                          {QStringLiteral("industry"), QStringLiteral("Telecom equipment")}});
    const QString cm = f.account(QStringLiteral("中国移动通信集团有限公司"));
    f.account(QStringLiteral("Siemens China"));
    f.account(QStringLiteral("华润集团"));
    const QString wang =
        f.contact(hw, QStringLiteral("王建国"), {{QStringLiteral("title"), QStringLiteral("采购总监")}});
    f.contact(cm, QStringLiteral("李娜"), {{QStringLiteral("title"), QStringLiteral("CIO")}});
    f.add(QStringLiteral("followup"),
          {{QStringLiteral("account_id"), hw},
           {QStringLiteral("type"), QStringLiteral("visit")},
           {QStringLiteral("at"), QStringLiteral("2026-11-20T02:00:00.000Z")},
           {QStringLiteral("summary"), QStringLiteral("拜访王建国，沟通数据中心扩容方案")}});

    CHECK(titles(*f.store, QStringLiteral("华为")).contains(QStringLiteral("华为技术有限公司")));
    CHECK_FALSE(titles(*f.store, QStringLiteral("华为")).contains(QStringLiteral("华润集团")));
    CHECK(titles(*f.store, QStringLiteral("华")).size() >= 2);
    CHECK(titles(*f.store, QStringLiteral("技术有限")) == QStringList{QStringLiteral("华为技术有限公司")});
    CHECK(titles(*f.store, QStringLiteral("hw")).contains(QStringLiteral("华为技术有限公司")));
    CHECK(titles(*f.store, QStringLiteral("huawei")).contains(QStringLiteral("华为技术有限公司")));
    CHECK(titles(*f.store, QStringLiteral("yidong")).contains(QStringLiteral("中国移动通信集团有限公司")));
    CHECK(titles(*f.store, QStringLiteral("wjg")) == QStringList{QStringLiteral("王建国")});
    CHECK(titles(*f.store, QStringLiteral("siem")) == QStringList{QStringLiteral("Siemens China")});
    CHECK(titles(*f.store, QStringLiteral("telecom")) == QStringList{QStringLiteral("华为技术有限公司")});
    CHECK(titles(*f.store, QStringLiteral("采购")) == QStringList{QStringLiteral("王建国")});
    CHECK(titles(*f.store, QStringLiteral("数据中心")).size() == 1); // the follow-up
    CHECK(titles(*f.store, QStringLiteral("华技")).isEmpty());       // not contiguous: no false positive
    CHECK(titles(*f.store, QStringLiteral("  ")).isEmpty());
    CHECK(titles(*f.store, QStringLiteral("\"*)(")).isEmpty());

    SearchOptions onlyContacts;
    onlyContacts.entity = QStringLiteral("contact");
    CHECK(titles(*f.store, QStringLiteral("王"), onlyContacts) == QStringList{QStringLiteral("王建国")});
    SearchOptions inAccount;
    inAccount.accountId = cm;
    CHECK(titles(*f.store, QStringLiteral("li"), inAccount) == QStringList{QStringLiteral("李娜")});

    auto hits = searchRecords(f.store->db(), QStringLiteral("王建国"));
    REQUIRE(hits.isOk());
    REQUIRE_FALSE(hits.value().empty());
    CHECK(hits.value().front().id == wang);
    CHECK(hits.value().front().entity == QStringLiteral("contact"));
    CHECK(hits.value().front().snippet.contains(QStringLiteral("采购总监")));
}

TEST_CASE("the index follows renames, deletes and restores")
{
    StoreFixture f;
    const QString a = f.account(QStringLiteral("恒通物流集团"));
    CHECK(titles(*f.store, QStringLiteral("恒通")).size() == 1);
    REQUIRE(f.set(QStringLiteral("account"), a, {{QStringLiteral("name"), QStringLiteral("远航物流集团")}}));
    CHECK(titles(*f.store, QStringLiteral("恒通")).isEmpty());
    CHECK(titles(*f.store, QStringLiteral("远航")).size() == 1);
    REQUIRE(f.store->apply({QStringLiteral("d"), {Operation::remove(QStringLiteral("account"), a)}}));
    CHECK(titles(*f.store, QStringLiteral("远航")).isEmpty());
    REQUIRE(f.store->undo());
    CHECK(titles(*f.store, QStringLiteral("yh")).size() == 1);
}
