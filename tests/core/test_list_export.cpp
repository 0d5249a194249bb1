// Exports with ids: the workbook of every type (a sheet each, ids beside the
// names, relations as in the database), tasks, --where filters, a list's rows
// in the list's order, cancelling, GB18030 CSV, and the rule that no exported
// cell is ever a formula (XLSX text is a string; CSV and clipboard text that a
// spreadsheet would run gets a leading quote). XLSX files are read with
// openpyxl (OpenpyxlReader.h), an independent reader.
#include "OpenpyxlReader.h"
#include "QtDoctest.h"
#include "StoreFixture.h"
#include "commands/Commands.h"
#include "export/ListPages.h"
#include "export/TableExport.h"
#include "export/TableWriter.h"
#include "import/Import.h"
#include "import/LoadTable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTemporaryDir>

using namespace summit;
using namespace summit::exports;
using summit::test::StoreFixture;

namespace {

QString k(const char* text)
{
    return QString::fromLatin1(text);
}
QString s(const char* text)
{
    return QString::fromUtf8(text);
}

bool haveOpenpyxl()
{
    if (!test::openpyxlPython().isEmpty())
        return true;
    MESSAGE("python3-openpyxl is not installed: the XLSX files are not read by an independent reader");
    return false;
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// One sheet read by openpyxl, its rows as header -> cell.
struct Sheet
{
    QJsonObject raw;
    QStringList headers;
    std::vector<QMap<QString, QJsonObject>> rows;

    explicit Sheet(const QJsonObject& sheet) : raw(sheet)
    {
        const QJsonArray all = sheet.value(k("rows")).toArray();
        for (const QJsonValue& c : all.at(0).toArray())
            headers << c.toObject().value(k("value")).toString();
        for (qsizetype r = 1; r < all.size(); ++r) {
            QMap<QString, QJsonObject> row;
            const QJsonArray cells = all.at(r).toArray();
            for (qsizetype c = 0; c < cells.size() && c < headers.size(); ++c)
                row.insert(headers[c], cells.at(c).toObject());
            rows.push_back(row);
        }
    }
    // The row whose ID column holds `id`.
    QMap<QString, QJsonObject> byId(const QString& id) const
    {
        for (const auto& row : rows)
            if (row.value(k("ID")).value(k("value")).toString() == id)
                return row;
        FAIL_CHECK("no row with the id " << id.toStdString());
        return {};
    }
};

QString text(const QMap<QString, QJsonObject>& row, const char* header)
{
    return row.value(QString::fromUtf8(header)).value(k("value")).toString();
}

struct Book
{
    StoreFixture f;
    commands::Commands c{*f.store};
    QString lead, account, other, hq, plant, zhang, li, deal, visit, task;

    Book()
    {
        lead = f.add(k("member"), {{k("name"), s("李明")}});
        account = f.add(k("account"), {{k("name"), s("远航集团有限公司")},
                                       {k("tier"), k("A")},
                                       {k("am_id"), lead},
                                       {k("credit_limit"), qint64(500000000)},
                                       {k("currency"), k("CNY")},
                                       {k("payment_terms_days"), qint64(60)}});
        other = f.add(k("account"), {{k("name"), s("华北电力集团")}, {k("tier"), k("B")}});
        hq = f.unit(account, s("远航集团总部"));
        plant = f.unit(account, s("苏州工厂"), hq);
        zhang = f.contact(account, s("张伟"),
                          {{k("org_unit_id"), hq}, {k("decision_role"), k("economic_buyer")}});
        li = f.contact(account, s("李娜"), {{k("org_unit_id"), plant}, {k("reports_to"), zhang}});
        f.contact(other, s("王强"));
        deal = f.add(k("opportunity"), {{k("account_id"), account},
                                        {k("name"), s("数据中心扩容")},
                                        {k("amount"), qint64(1200000000)},
                                        {k("currency"), k("CNY")},
                                        {k("expected_close"), k("2026-09-30")},
                                        {k("owner_id"), lead}});
        visit = f.add(k("followup"), {{k("account_id"), account},
                                      {k("type"), k("visit")},
                                      {k("at"), k("2026-06-18T06:35:00.000Z")},
                                      {k("summary"), s("技术交流")},
                                      {k("contact_ids"), QStringLiteral("[\"%1\",\"%2\"]").arg(li, zhang)},
                                      {k("opportunity_id"), deal}});
        task = f.add(k("task"), {{k("account_id"), account},
                                 {k("title"), s("发报价单")},
                                 {k("due"), k("2026-07-01")},
                                 {k("assignee_id"), lead},
                                 {k("status"), k("open")},
                                 {k("followup_id"), visit}});
    }
};

} // namespace

TEST_CASE("the workbook: a sheet per type, each row with its id and the ids it refers to beside the names")
{
    Book b;
    QTemporaryDir dir;
    const QString path = dir.filePath(k("all.xlsx"));
    auto rows = exportWorkbook(b.f.store->reader(), path, {});
    REQUIRE_MESSAGE(rows.isOk(), rows.message());
    CHECK(rows.value() == 2 + 2 + 3 + 1 + 1 + 1);
    if (!haveOpenpyxl())
        return;
    const QJsonArray book = test::readWithOpenpyxl(path);
    REQUIRE(book.size() == 6);
    QStringList titles;
    for (const QJsonValue& sheet : book) {
        titles << sheet[k("title")].toString();
        CHECK(sheet[k("freeze")].toString() == k("A2")); // the header row stays in view
        CHECK(sheet[k("filter")].toString().startsWith(k("A1:")));
        CHECK(Sheet(sheet.toObject()).headers.first() == k("ID"));
    }
    CHECK(titles == QStringList{k("Accounts"), k("Org units"), k("Contacts"), k("Opportunities"),
                                k("Follow-ups"), k("Tasks")});

    const Sheet accounts(book[0].toObject());
    const auto yuanhang = accounts.byId(b.account);
    CHECK(text(yuanhang, "Name") == s("远航集团有限公司"));
    CHECK(text(yuanhang, "Account manager") == s("李明"));
    CHECK(text(yuanhang, "Account manager ID") == b.lead);
    CHECK(yuanhang.value(k("Credit limit")).value(k("type")).toString() == k("n"));
    CHECK(yuanhang.value(k("Credit limit")).value(k("value")).toDouble() == 5'000'000);
    CHECK(yuanhang.value(k("Credit limit")).value(k("format")).toString().contains(QChar(0x00A5)));
    CHECK(yuanhang.value(k("Payment terms (days)")).value(k("type")).toString() == k("n"));

    const Sheet units(book[1].toObject());
    CHECK(text(units.byId(b.plant), "Parent ID") == b.hq);
    CHECK(text(units.byId(b.plant), "Account ID") == b.account);
    CHECK(text(units.byId(b.hq), "Parent ID").isEmpty());

    const Sheet people(book[2].toObject());
    CHECK(people.rows.size() == 3);
    const auto liRow = people.byId(b.li);
    CHECK(text(liRow, "Full name") == s("李娜"));
    CHECK(text(liRow, "Org unit ID") == b.plant);
    CHECK(text(liRow, "Reports to ID") == b.zhang);
    CHECK(text(liRow, "Reports to (name)") == s("张伟"));
    CHECK(text(liRow, "Account ID") == b.account);
    // Each ID column stands right after the names it identifies.
    CHECK(people.headers.indexOf(k("Org unit ID")) == people.headers.indexOf(k("Org unit (name)")) + 1);

    const Sheet deals(book[3].toObject());
    const auto dealRow = deals.byId(b.deal);
    CHECK(dealRow.value(k("Amount")).value(k("format")).toString().contains(QChar(0x00A5)));
    CHECK(dealRow.value(k("Amount")).value(k("value")).toDouble() == 12'000'000);
    CHECK(dealRow.value(k("Expected close")).value(k("type")).toString() == k("d"));
    CHECK(dealRow.value(k("Expected close")).value(k("format")).toString() == k("yyyy-mm-dd"));
    CHECK(text(dealRow, "Owner ID") == b.lead);

    const Sheet visits(book[4].toObject());
    CHECK(text(visits.byId(b.visit), "Contact IDs") == b.li + k(", ") + b.zhang);
    CHECK(text(visits.byId(b.visit), "Opportunity ID") == b.deal);

    const Sheet tasks(book[5].toObject());
    REQUIRE(tasks.rows.size() == 1);
    const auto taskRow = tasks.byId(b.task);
    CHECK(text(taskRow, "Task") == s("发报价单"));
    CHECK(text(taskRow, "Account") == s("远航集团有限公司"));
    CHECK(text(taskRow, "Account ID") == b.account);
    CHECK(text(taskRow, "Follow-up ID") == b.visit);
    CHECK(text(taskRow, "Assignee ID") == b.lead);
    CHECK(taskRow.value(k("Due")).value(k("type")).toString() == k("d"));
}

TEST_CASE("a sheet with ids still imports: the import leaves the ID columns out")
{
    Book b;
    QTemporaryDir dir;
    const QString path = dir.filePath(k("people.xlsx"));
    TableOptions options;
    options.withIds = true;
    REQUIRE(exportTable(b.f.store->reader(), k("contacts"), path, options));
    auto loaded = import::loadTable(path);
    REQUIRE_MESSAGE(loaded.isOk(), loaded.message());
    const import::Mapping m =
        import::autoMap(b.f.store->reader(), k("contacts"), loaded.value().table.headers);
    QStringList mapped;
    for (const QString& target : m.columns)
        if (!target.isEmpty())
            mapped << target;
    QStringList expected;
    for (const import::Target& t : import::exportedTargets(b.f.store->reader(), k("contacts")))
        expected << t.key;
    CHECK(mapped == expected); // every readable column maps as before, no ID column maps anywhere
    for (const QString& idHeader : {k("ID"), k("Account ID"), k("Org unit ID"), k("Reports to ID")})
        CHECK(m.columns.value(loaded.value().table.headers.indexOf(idHeader)).isEmpty());
}

TEST_CASE("no exported cell is a formula: =HYPERLINK, +1+1, @SUM(A1), -2+3 stay text; -5 stays a number")
{
    StoreFixture f;
    commands::Commands c{*f.store};
    REQUIRE(c.createRecord(k("field_def"), {{k("applies_to"), k("account")},
                                            {k("key"), k("score")},
                                            {k("label"), k("Score")},
                                            {k("value_type"), k("number")}}));
    const QStringList names = {k("=HYPERLINK(\"http://x\",\"y\")"), k("+1+1"), k("@SUM(A1)"), k("-2+3")};
    for (const QString& name : names) {
        const QString account = f.add(k("account"), {{k("name"), name}, {k("score"), qint64(-5)}});
        f.contact(account, name);
    }
    QTemporaryDir dir;
    const QString book = dir.filePath(k("book.xlsx"));
    REQUIRE(exportWorkbook(f.store->reader(), book, {}));
    TableOptions options;
    options.withIds = true;
    const QString accountsCsv = dir.filePath(k("accounts.csv"));
    const QString contactsCsv = dir.filePath(k("contacts.csv"));
    REQUIRE(exportTable(f.store->reader(), k("accounts"), accountsCsv, options));
    REQUIRE(exportTable(f.store->reader(), k("contacts"), contactsCsv, options));

    // CSV: each name with a quote in front (RFC 4180 quoting around the one with commas).
    for (const QString& csv : {accountsCsv, contactsCsv}) {
        const QString content = QString::fromUtf8(bytesOf(csv));
        CHECK(content.contains(k("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")));
        CHECK(content.contains(k(",'+1+1,")));
        CHECK(content.contains(k(",'@SUM(A1),")));
        CHECK(content.contains(k(",'-2+3,")));
    }
    const QString accountsText = QString::fromUtf8(bytesOf(accountsCsv));
    CHECK(accountsText.contains(k(",-5\r\n"))); // a number, written as one: no quote
    CHECK_FALSE(accountsText.contains(k("'-5")));

    if (!haveOpenpyxl())
        return;
    const QJsonArray sheets = test::readWithOpenpyxl(book);
    for (int index : {0, 2}) { // accounts, contacts
        const Sheet sheet(sheets[index].toObject());
        REQUIRE(sheet.rows.size() == 4);
        QStringList read;
        for (const auto& row : sheet.rows) {
            const QJsonObject name = row.value(index == 0 ? k("Name") : k("Full name"));
            CHECK(name.value(k("type")).toString() == k("s")); // a string, never "f"
            read << name.value(k("value")).toString();
            if (index == 0) {
                CHECK(row.value(k("Score")).value(k("type")).toString() == k("n"));
                CHECK(row.value(k("Score")).value(k("value")).toDouble() == -5);
            }
        }
        std::sort(read.begin(), read.end());
        QStringList expected = names;
        std::sort(expected.begin(), expected.end());
        CHECK(read == expected); // unchanged: no quote added inside the workbook
    }
}

TEST_CASE("clipboard cells: the same neutralising as CSV, and one cell stays one cell")
{
    CHECK(tsvField(k("=1+2")) == k("'=1+2"));
    CHECK(tsvField(k("+1+1")) == k("'+1+1"));
    CHECK(tsvField(k("@SUM(A1)")) == k("'@SUM(A1)"));
    CHECK(tsvField(k("-2+3")) == k("'-2+3"));
    CHECK(tsvField(k("\tcmd")) == k("' cmd")); // a leading tab: quoted, then a space
    CHECK(tsvField(k("-5")) == k("-5"));       // a plain number stays a number
    CHECK(tsvField(s("华为")) == s("华为"));
    CHECK(tsvField(k("a\tb\nc\rd")) == k("a b c d"));
}

TEST_CASE("--where: a field of the type by key or label, owner, an account's fields for the workbook")
{
    Book b;
    auto tierA = parseTableWhere(k("accounts"), {k("tier=A")});
    REQUIRE(tierA);
    CHECK(tierA.value().records.value(k("tier")) == k("A"));
    QTemporaryDir dir;
    TableOptions options;
    options.where = tierA.value();
    const QString path = dir.filePath(k("a.csv"));
    CHECK(exportTable(b.f.store->reader(), k("accounts"), path, options).value() == 1);
    CHECK(QString::fromUtf8(bytesOf(path)).contains(s("远航集团有限公司")));
    CHECK_FALSE(QString::fromUtf8(bytesOf(path)).contains(s("华北电力集团")));

    // A choice by its label; owner is the type's member field.
    auto role = parseTableWhere(k("contacts"), {k("decision_role=Economic buyer")});
    REQUIRE(role);
    CHECK(role.value().records.value(k("decision_role")) == k("economic_buyer"));
    auto owner = parseTableWhere(k("tasks"), {QStringLiteral("owner=%1").arg(b.lead)});
    REQUIRE(owner);
    CHECK(owner.value().records.value(k("assignee_id")) == b.lead);

    // The workbook's terms pick accounts; every sheet holds their records only.
    auto picked = parseTableWhere({}, {k("tier=B")});
    REQUIRE(picked);
    CHECK(picked.value().accounts.value(k("tier")) == k("B"));
    options.where = picked.value();
    CHECK(exportWorkbook(b.f.store->reader(), dir.filePath(k("b.xlsx")), options).value() == 2); // 华北, 王强

    auto unknown = parseTableWhere(k("contacts"), {k("colour=red")});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.message().contains(k("\"colour\"")));
    CHECK(unknown.message().contains(k("org_unit_id"))); // says what there is
    auto noEquals = parseTableWhere(k("contacts"), {k("name")});
    REQUIRE_FALSE(noEquals);
    CHECK(noEquals.message().contains(k("FIELD=VALUE")));
    auto badChoice = parseTableWhere(k("accounts"), {k("tier=Z")});
    REQUIRE_FALSE(badChoice);
    CHECK(badChoice.message().contains(k("S, A, B, C")));
    auto noOwner = parseTableWhere(k("contacts"), {k("owner=x")});
    CHECK_FALSE(noOwner); // contacts belong to no member
    auto notNumber = parseTableWhere(k("accounts"), {k("payment_terms_days=soon")});
    CHECK_FALSE(notNumber);
}

TEST_CASE("a list's rows: exactly the ids given, in their order; pages from the list's own query")
{
    Book b;
    const QString wang = b.f.contact(b.account, s("王五"));
    QTemporaryDir dir;
    TableOptions options;
    options.withIds = true;
    QList<QStringList> pages = {{wang, b.li}, {b.zhang}, {}};
    options.pages = [&pages]() -> Result<QStringList> {
        return pages.takeFirst();
    };
    const QString path = dir.filePath(k("list.csv"));
    REQUIRE(exportTable(b.f.store->reader(), k("contacts"), path, options).value() == 3);
    const QStringList lines = QString::fromUtf8(bytesOf(path)).split(k("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines[1].startsWith(wang));
    CHECK(lines[2].startsWith(b.li));
    CHECK(lines[3].startsWith(b.zhang));

    // Tasks as the Tasks list shows them: open ones, by due date.
    const QString later = b.f.add(k("task"), {{k("account_id"), b.other},
                                              {k("title"), s("续约评审")},
                                              {k("due"), k("2026-08-01")},
                                              {k("status"), k("open")}});
    b.f.add(k("task"), {{k("account_id"), b.other}, {k("title"), s("已完成")}, {k("status"), k("done")}});
    query::RecordListFilter filter;
    filter.entity = k("task");
    filter.equals.insert(k("status"), k("open"));
    filter.sortKey = k("due");
    CHECK(query::countRecords(b.f.store->reader(), filter).value() == 2);
    options.pages = recordListPages(b.f.store->reader(), filter, 1); // a page per task
    const QString tasksPath = dir.filePath(k("tasks.csv"));
    REQUIRE(exportTable(b.f.store->reader(), k("tasks"), tasksPath, options).value() == 2);
    const QStringList taskLines = QString::fromUtf8(bytesOf(tasksPath)).split(k("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(taskLines.size() == 3);
    CHECK(taskLines[1].startsWith(b.task));
    CHECK(taskLines[2].startsWith(later));

    // The account list's order: by name descending.
    query::AccountSort sort;
    sort.descending = true;
    options.pages = accountListPages(b.f.store->reader(), {}, sort);
    const QString accountsPath = dir.filePath(k("accounts.csv"));
    REQUIRE(exportTable(b.f.store->reader(), k("accounts"), accountsPath, options).value() == 2);
    const QStringList accountLines =
        QString::fromUtf8(bytesOf(accountsPath)).split(k("\r\n"), Qt::SkipEmptyParts);
    CHECK(accountLines[1].startsWith(b.account)); // 远 after 华 in code-point order, so first descending
}

TEST_CASE("a cancelled export fails, says so, and leaves no file (XLSX and CSV)")
{
    StoreFixture f;
    const QString account = f.account();
    Change change{k("many"), {}};
    for (int i = 0; i < 600; ++i)
        change.ops.push_back(
            Operation::set(k("contact"), ids::newId(),
                           {{k("account_id"), account}, {k("name"), QStringLiteral("联系人%1").arg(i)}}));
    REQUIRE(f.store->apply(change));
    QTemporaryDir dir;
    for (const char* name : {"people.xlsx", "people.csv"}) {
        const QString path = dir.filePath(k(name));
        TableOptions options;
        int calls = 0;
        options.progress = [&calls](int written) {
            ++calls;
            return written < 512;
        };
        auto rows = exportTable(f.store->reader(), k("contacts"), path, options);
        REQUIRE_FALSE(rows);
        CHECK(rows.message().contains(k("cancelled")));
        CHECK(calls == 2); // at 256 and 512 rows
        CHECK_FALSE(QFile::exists(path));
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // no part file either
    }
}

TEST_CASE("CSV in GB18030 on request: no byte-order mark, Chinese encoded as GB18030")
{
    Book b;
    QTemporaryDir dir;
    const QString path = dir.filePath(k("gb.csv"));
    TableOptions options;
    options.encoding = CsvEncoding::Gb18030;
    REQUIRE(exportTable(b.f.store->reader(), k("contacts"), path, options));
    const QByteArray bytes = bytesOf(path);
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK_FALSE(bytes.contains(s("张伟").toUtf8()));
    QStringDecoder gb("GB18030");
    const QString decoded = gb.decode(bytes);
    CHECK_FALSE(gb.hasError());
    CHECK(decoded.contains(s("张伟")));
    CHECK(decoded.contains(s("远航集团有限公司")));
    CHECK(csvEncodingNamed(k("GB18030")) == CsvEncoding::Gb18030);
    CHECK(csvEncodingNamed(k("utf-8")) == CsvEncoding::Utf8);
    CHECK_FALSE(csvEncodingNamed(k("latin1")));
}
