#include "QtDoctest.h"
#include "StoreFixture.h"
#include "search/Search.h"
#include "store/Ids.h"

using namespace summit;
using test::StoreFixture;

namespace {
QStringList titles(Store& store, const QString& text, SearchOptions o = {})
{
    auto r = searchRecords(store.reader(), text, o);
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

    auto hits = searchRecords(f.store->reader(), QStringLiteral("王建国"));
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

namespace {
QStringList hitIds(Store& store, const QString& text, const QString& entity = {})
{
    SearchOptions o;
    o.entity = entity;
    o.limit = 500;
    auto r = searchRecords(store.reader(), text, o);
    REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
    QStringList out;
    for (const SearchHit& h : r.value())
        out << h.id;
    out.sort();
    return out;
}

// What the index holds for each record, docids aside.
QStringList indexed(Store& store)
{
    return test::rowsAsText(store,
                            QStringLiteral("SELECT d.entity_id, d.account_id, d.title, d.names, d.body, "
                                           "coalesce(s.terms, n.terms) FROM search_docs d LEFT JOIN search "
                                           "s ON s.rowid = d.docid LEFT JOIN search_notes n ON n.rowid = "
                                           "d.docid ORDER BY d.entity_id"));
}

void checkIntegrity(Store& store)
{
    for (const QString& table : {QStringLiteral("search"), QStringLiteral("search_notes")})
        CHECK_MESSAGE(
            test::writeBehindStore(
                store.path(), QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(table)),
            table.toStdString());
}
} // namespace

TEST_CASE("records created in a change are indexed from the values written, exactly as a rebuild indexes "
          "them")
{
    // New records are indexed from their operation, not read back; a record
    // created and then edited or deleted in the same change is read back.
    StoreFixture f;
    const QString a = f.account(QStringLiteral("恒通物流集团"));
    const QString phoned = ids::newId(), renamed = ids::newId(), dropped = ids::newId(), note = ids::newId();
    std::vector<Operation> ops = {
        Operation::set(QStringLiteral("contact"), phoned,
                       {{QStringLiteral("account_id"), a},
                        {QStringLiteral("name"), QStringLiteral("王建国")},
                        {QStringLiteral("mobile"), QStringLiteral("+86 138 0013 8000")}}),
        Operation::set(
            QStringLiteral("contact"), renamed,
            {{QStringLiteral("account_id"), a}, {QStringLiteral("name"), QStringLiteral("firstname")}}),
        Operation::set(
            QStringLiteral("contact"), dropped,
            {{QStringLiteral("account_id"), a}, {QStringLiteral("name"), QStringLiteral("goneperson")}}),
        Operation::set(QStringLiteral("followup"), note,
                       {{QStringLiteral("account_id"), a},
                        {QStringLiteral("type"), QStringLiteral("call")},
                        {QStringLiteral("at"), QStringLiteral("2026-11-20T02:00:00.000Z")},
                        {QStringLiteral("summary"), QStringLiteral("createdword 电话沟通")}}),
        Operation::set(QStringLiteral("contact"), renamed,
                       {{QStringLiteral("name"), QStringLiteral("lastname")}}),
        Operation::remove(QStringLiteral("contact"), dropped),
    };
    const Status s = f.store->apply({QStringLiteral("import"), ops});
    REQUIRE_MESSAGE(s.isOk(), s.message().toStdString());
    // A normalised number is found by its bare digits, with or without the country code.
    CHECK(hitIds(*f.store, QStringLiteral("13800138000")) == QStringList{phoned});
    CHECK(hitIds(*f.store, QStringLiteral("8613800138000")) == QStringList{phoned});
    CHECK(hitIds(*f.store, QStringLiteral("13800138001")).isEmpty());
    CHECK(hitIds(*f.store, QStringLiteral("wjg")) == QStringList{phoned});
    CHECK(hitIds(*f.store, QStringLiteral("firstname")).isEmpty());
    CHECK(hitIds(*f.store, QStringLiteral("lastname")) == QStringList{renamed});
    CHECK(hitIds(*f.store, QStringLiteral("goneperson")).isEmpty());
    CHECK(hitIds(*f.store, QStringLiteral("createdword")) == QStringList{note});
    checkIntegrity(*f.store);
    const QStringList written = indexed(*f.store);
    REQUIRE(f.store->rebuildFromLog());
    CHECK(indexed(*f.store) == written);
}

TEST_CASE("one change that edits old records between new ones leaves the index exact")
{
    // The index is rewritten in rowid order within a change; this checks the result
    // against a rebuild and FTS5's own integrity check, with edits that change what
    // search sees, edits that do not, deletes and new records.
    StoreFixture f;
    const QString a = f.account(QStringLiteral("恒通物流集团"));
    const QString b = f.account(QStringLiteral("远航海运集团"));
    std::vector<Operation> ops;
    std::vector<QString> notes, people;
    for (int i = 0; i < 30; ++i) {
        notes.push_back(ids::newId());
        ops.push_back(
            Operation::set(QStringLiteral("followup"), notes.back(),
                           {{QStringLiteral("account_id"), a},
                            {QStringLiteral("type"), QStringLiteral("call")},
                            {QStringLiteral("at"), QStringLiteral("2026-11-20T02:00:00.000Z")},
                            {QStringLiteral("summary"),
                             QStringLiteral("oldword%1z 电话沟通").arg(i, 2, 10, QLatin1Char('0'))}}));
    }
    for (int i = 0; i < 10; ++i) {
        people.push_back(ids::newId());
        ops.push_back(Operation::set(
            QStringLiteral("contact"), people.back(),
            {{QStringLiteral("account_id"), a},
             {QStringLiteral("name"), QStringLiteral("联系人%1").arg(i)},
             {QStringLiteral("title"), QStringLiteral("oldtitle%1z").arg(i, 2, 10, QLatin1Char('0'))}}));
    }
    REQUIRE(f.store->apply({QStringLiteral("import"), ops}, ApplyOptions{false}));
    CHECK(hitIds(*f.store, QStringLiteral("oldword07z")) == QStringList{notes[7]});

    ops.clear();
    std::vector<QString> added;
    for (int i = 0; i < 10; ++i) {
        // An old record edited, then a new one: the rowids go down and up again.
        ops.push_back(
            Operation::set(QStringLiteral("followup"), notes[size_t(29 - i * 3)],
                           {{QStringLiteral("summary"),
                             QStringLiteral("newword%1z 上门拜访").arg(i, 2, 10, QLatin1Char('0'))}}));
        added.push_back(ids::newId());
        ops.push_back(Operation::set(
            QStringLiteral("followup"), added.back(),
            {{QStringLiteral("account_id"), b},
             {QStringLiteral("type"), QStringLiteral("visit")},
             {QStringLiteral("at"), QStringLiteral("2026-11-21T02:00:00.000Z")},
             {QStringLiteral("summary"), QStringLiteral("addedword%1z").arg(i, 2, 10, QLatin1Char('0'))}}));
    }
    ops.push_back(Operation::set(QStringLiteral("contact"), people[3],
                                 {{QStringLiteral("stance"), QStringLiteral("champion")}})); // not searched
    ops.push_back(Operation::set(QStringLiteral("contact"), people[1],
                                 {{QStringLiteral("title"), QStringLiteral("newtitle01z")}}));
    ops.push_back(Operation::remove(QStringLiteral("followup"), notes[0]));
    ops.push_back(Operation::remove(QStringLiteral("contact"), people[9]));
    const Status mixed = f.store->apply({QStringLiteral("mixed"), ops});
    REQUIRE_MESSAGE(mixed.isOk(), mixed.message().toStdString());
    checkIntegrity(*f.store);

    CHECK(hitIds(*f.store, QStringLiteral("oldword29z")).isEmpty());
    CHECK(hitIds(*f.store, QStringLiteral("newword00z")) == QStringList{notes[29]});
    CHECK(hitIds(*f.store, QStringLiteral("addedword09z")) == QStringList{added[9]});
    CHECK(hitIds(*f.store, QStringLiteral("oldword01z")) == QStringList{notes[1]}); // untouched
    CHECK(hitIds(*f.store, QStringLiteral("oldword00z")).isEmpty());                // deleted
    CHECK(hitIds(*f.store, QStringLiteral("oldtitle03z")) == QStringList{people[3]});
    CHECK(hitIds(*f.store, QStringLiteral("oldtitle01z")).isEmpty());
    CHECK(hitIds(*f.store, QStringLiteral("newtitle01z")) == QStringList{people[1]});
    CHECK(hitIds(*f.store, QStringLiteral("oldtitle09z")).isEmpty());
    const QStringList before = indexed(*f.store);
    CHECK(before.size() == 30 - 1 + 10 + 10 - 1 + 2); // live follow-ups, contacts and the two accounts
    REQUIRE(f.store->rebuildFromLog());
    CHECK(indexed(*f.store) == before);
    checkIntegrity(*f.store);

    // Undo puts the old words back, in one change of its own.
    REQUIRE(f.store->undo());
    checkIntegrity(*f.store);
    CHECK(hitIds(*f.store, QStringLiteral("oldword29z")) == QStringList{notes[29]});
    CHECK(hitIds(*f.store, QStringLiteral("oldword00z")) == QStringList{notes[0]});
    CHECK(hitIds(*f.store, QStringLiteral("addedword09z")).isEmpty());
}

TEST_CASE("writes never merge the index: the store tidies it in bounded steps until nothing is left")
{
    // FTS5's automatic merge cascaded inside one write in 64 (40-50 ms on a large book); schema 15
    // switches it off and Store::tidySearchIndex merges in steps between writes instead.
    StoreFixture f;
    for (const char* table : {"search", "search_notes"})
        CHECK(
            f.store->reader()
                .scalar(
                    QStringLiteral("SELECT v FROM %1_config WHERE k = 'automerge'").arg(QLatin1String(table)))
                .toInt() == 0);
    const QString a = f.account(QStringLiteral("恒通物流集团"));
    // Forty changes, each a segment of its own: more than the four a level needs to be merged.
    QStringList notes;
    for (int i = 0; i < 40; ++i) {
        const QString id = ids::newId();
        notes << id;
        REQUIRE(f.store->apply(
            {QStringLiteral("log"),
             {Operation::set(QStringLiteral("followup"), id,
                             {{QStringLiteral("account_id"), a},
                              {QStringLiteral("type"), QStringLiteral("call")},
                              {QStringLiteral("at"), QStringLiteral("2026-11-20T02:00:00.000Z")},
                              {QStringLiteral("summary"), QStringLiteral("tidyword%1 电话").arg(i)}})}}));
    }
    auto pages = [&] {
        return f.store->reader().scalar(QStringLiteral("SELECT count(*) FROM search_notes_data")).toInt();
    };
    const int before = pages();
    int steps = 0;
    for (bool more = true; more; ++steps) {
        auto r = f.store->tidySearchIndex(4);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        more = r.value();
        REQUIRE(steps < 200);
    }
    CHECK(steps > 1); // four pages a step: more than one step of work
    CHECK(pages() < before);
    // Nothing left: another step finds no work and writes nothing.
    auto again = f.store->tidySearchIndex();
    REQUIRE(again.isOk());
    CHECK_FALSE(again.value());
    // The merged index answers as before and is sound.
    for (int i = 0; i < 40; i += 13)
        CHECK(hitIds(*f.store, QStringLiteral("tidyword%1").arg(i)) == QStringList{notes[i]});
    checkIntegrity(*f.store);
    // Tidying is not a change: the undo stack and the log are as they were.
    CHECK(f.store->undoLabel() == QStringLiteral("log"));
}

TEST_CASE("a read-only database is not tidied, and says why")
{
    StoreFixture f;
    f.account(QStringLiteral("恒通物流集团"));
    const QString path = f.store->path();
    f.store.reset();
    auto ro = Store::open(path, OpenMode::ReadOnly);
    REQUIRE(ro.isOk());
    auto r = ro.value()->tidySearchIndex();
    REQUIRE_FALSE(r.isOk());
    CHECK(r.message().contains(QStringLiteral("read-only")));
}
