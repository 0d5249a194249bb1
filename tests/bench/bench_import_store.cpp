// Benchmark of the whole import path on the large data set (issue "Import … fast":
// 100,000 contacts from XLSX into the large set in < 15 s, < 300 MB RSS). Writes a
// 100,000-row contacts workbook naming the set's live accounts, imports it into a copy
// of the set as summit-cli import does (loadTable, autoMap + plan, commit) and prints
// each phase's seconds and peak RSS (VmHWM) beside the budgets. References, each on a
// fresh copy, in the same run: the same rows as raw prepared INSERTs into the contacts
// table in one transaction (DESIGN.md: bulk apply >= 25 % of that), and the same records
// as one Change through Store::apply without the import layer. The large set is
// /tmp/summit-large.db, built as bench_store builds it when missing. Run on demand:
//   bench_import_store [--rows N] [--db FILE] [--keep] [--no-reference]
// --keep leaves the workbook and the imported copy in place; the references' copies are
// removed once measured. Exits non-zero if a budget fails.

#include "BenchMemory.h"
#include "StreamedWorkbook.h"
#include "demo/DemoData.h"
#include "import/Import.h"
#include "import/LoadTable.h"
#include "store/Ids.h"
#include "store/Queries.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace summit;

using summit::bench::peakRssMb;
using summit::bench::resetPeakRss;
using summit::bench::seconds;

namespace {

constexpr double budgetSeconds = 15.0; // for 100,000 rows
constexpr double budgetMb = 300;       // peak resident memory while importing

// The rows of the sheet, row by row the same for the workbook and the references.
const char* const surnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
const char* const given[] = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇"};
const char* const titles[] = {"总经理", "副总经理", "采购部经理", "财务总监", "技术总监", "信息中心主任"};
const char* const departments[] = {"总经理办公室", "采购部", "财务部", "技术部", "信息中心"};
// The words a team writes, and the choice each one means.
const char* const roles[][2] = {
    {"关键决策人", "economic_buyer"}, {"技术决策者", "technical_buyer"}, {"影响者", "influencer"}};
const char* const stances[][2] = {{"支持", "supporter"}, {"中立", "neutral"}, {"反对", "opponent"}};
constexpr int rowsPerAccount = 50; // a sheet lists an account's people together

struct Accounts
{
    QStringList ids, names;
};

int accountOf(int i, const Accounts& a)
{
    return (i / rowsPerAccount) % int(a.ids.size());
}
QByteArray nameOf(int i)
{
    return QByteArray(surnames[i % 10]) + given[(i / 10) % 10] + (i % 3 == 0 ? given[(i / 100) % 10] : "");
}
qint64 mobileOf(int i)
{
    return 15000000000LL + i;
}
// The mobile as the import stores it.
QString mobileTextOf(int i)
{
    const QString digits = QString::number(mobileOf(i));
    return QStringLiteral("+86 %1 %2 %3").arg(digits.left(3), digits.mid(3, 4), digits.mid(7));
}
QByteArray emailOf(int i)
{
    return "contact" + QByteArray::number(i) + "@example.cn";
}
int batchOf(int i)
{
    return i / 1000 + 1;
}
QByteArray notesOf(int i)
{
    return "2026年行业展会名片，第" + QByteArray::number(batchOf(i)) + "批";
}

// Excel's way: text cells in shared strings (the account, name, title, role, stance,
// department and note), the e-mail as an inline string, the mobile as a number.
bool writeWorkbook(const QString& path, int rows, const Accounts& accounts)
{
    QByteArray strings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    const int accountBase = 0;
    for (const QString& name : accounts.names)
        strings += bench::sharedString(name.toUtf8());
    const int nameBase = accountBase + int(accounts.names.size());
    const int names = std::min(rows, 1000); // nameOf repeats after 1,000 rows
    for (int i = 0; i < names; ++i)
        strings += bench::sharedString(nameOf(i));
    const int titleBase = nameBase + names;
    for (const char* t : titles)
        strings += bench::sharedString(t);
    const int roleBase = titleBase + 6;
    for (const auto& r : roles)
        strings += bench::sharedString(r[0]);
    const int stanceBase = roleBase + 3;
    for (const auto& s : stances)
        strings += bench::sharedString(s[0]);
    const int departmentBase = stanceBase + 3;
    for (const char* d : departments)
        strings += bench::sharedString(d);
    const int notesBase = departmentBase + 5;
    for (int b = 1; b <= batchOf(rows - 1); ++b)
        strings += bench::sharedString(notesOf((b - 1) * 1000));
    strings += "</sst>";

    bench::StreamedWorkbook book(path, QStringLiteral("联系人"), strings);
    if (!book.isOpen())
        return false;
    const char* const headers[] = {"客户名称", "姓名", "职务",     "手机", "邮箱",
                                   "决策角色", "态度", "所属部门", "备注"};
    QByteArray header = "<row r=\"1\">";
    for (int c = 0; c < 9; ++c)
        header += bench::inlineStringCell(QByteArray(1, char('A' + c)) + "1", headers[c]);
    book.append(header + "</row>");
    for (int i = 0; i < rows; ++i) {
        const QByteArray r = QByteArray::number(i + 2);
        book.append("<row r=\"" + r + "\">" +
                    bench::sharedStringCell("A" + r, accountBase + accountOf(i, accounts)) +
                    bench::sharedStringCell("B" + r, nameBase + i % 1000) +
                    bench::sharedStringCell("C" + r, titleBase + i % 6) +
                    bench::numberCell("D" + r, QByteArray::number(mobileOf(i))) +
                    bench::inlineStringCell("E" + r, emailOf(i)) +
                    bench::sharedStringCell("F" + r, roleBase + i % 3) +
                    bench::sharedStringCell("G" + r, stanceBase + i / 3 % 3) +
                    bench::sharedStringCell("H" + r, departmentBase + i % 5) +
                    bench::sharedStringCell("I" + r, notesBase + batchOf(i) - 1) + "</row>");
    }
    return book.finish();
}

// Row i as the import turns it into a contact's fields, in the import's order.
FieldValues fieldsOf(int i, const Accounts& accounts)
{
    auto u = [](const QByteArray& utf8) {
        return QVariant(QString::fromUtf8(utf8));
    };
    return {{QStringLiteral("name"), u(nameOf(i))},
            {QStringLiteral("title"), u(titles[i % 6])},
            {QStringLiteral("mobile"), mobileTextOf(i)},
            {QStringLiteral("email"), u(emailOf(i))},
            {QStringLiteral("decision_role"), u(roles[i % 3][1])},
            {QStringLiteral("stance"), u(stances[i / 3 % 3][1])},
            {QStringLiteral("department"), u(departments[i % 5])},
            {QStringLiteral("notes"), u(notesOf(i))},
            {QStringLiteral("account_id"), accounts.ids[accountOf(i, accounts)]}};
}

// The large set, as bench_store builds it when it is missing.
bool ensureLargeSet(const QString& path)
{
    if (QFileInfo::exists(path))
        return true;
    auto opened = Store::open(path);
    if (!opened) {
        std::fprintf(stderr, "bench_import_store: %s\n", qPrintable(opened.message()));
        return false;
    }
    QElapsedTimer t;
    t.start();
    demo::Options o;
    o.accounts = 2000;
    o.today = QDate(2026, 11, 23);
    o.progress = [](int done, int total) {
        if (done % 200 == 0)
            std::fprintf(stderr, "  %d/%d accounts\n", done, total);
    };
    if (auto r = demo::generate(*opened.value(), o); !r) {
        std::fprintf(stderr, "bench_import_store: %s\n", qPrintable(r.message()));
        return false;
    }
    std::printf("built the data set in %.1f s\n", seconds(t));
    return true;
}

// Every measured write goes to a copy (with its WAL), so the large set stays as it was.
bool copyDatabase(const QString& from, const QString& to)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(to + QLatin1String(suffix));
    const QString wal = from + QStringLiteral("-wal");
    return QFile::copy(from, to) &&
           (QFileInfo(wal).size() == 0 || QFile::copy(wal, to + QStringLiteral("-wal")));
}

void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

void row(const char* what, const QString& measured, const QString& budget, const QString& reference,
         std::optional<bool> pass = std::nullopt)
{
    std::printf("%-40s %14s  %-26s %-44s %s\n", what, qPrintable(measured), qPrintable(budget),
                qPrintable(reference), pass ? (*pass ? "PASS" : "FAIL") : "");
}

QString secondsText(double s)
{
    return QStringLiteral("%1 s").arg(s, 0, 'f', 2);
}

QString mbText(double mb)
{
    return QStringLiteral("%1 MB").arg(mb, 0, 'f', 0);
}

QString rateText(double perSecond)
{
    return QStringLiteral("%L1/s").arg(qint64(perSecond));
}

bool failed(const Status& s, const char* what)
{
    if (!s)
        std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(s.message()));
    return !s;
}

// The records of the sheet as a caller without the import would build them: one
// operation per row, with the values the import turns the row into.
std::vector<Operation> recordsOf(int rows, const Accounts& accounts)
{
    std::vector<Operation> ops;
    ops.reserve(size_t(rows));
    for (int i = 0; i < rows; ++i)
        ops.push_back(Operation::set(QStringLiteral("contact"), ids::newId(), fieldsOf(i, accounts)));
    return ops;
}

// Reference (a): the same rows as raw prepared INSERTs into the contacts table, in one
// transaction on a connection of its own: what SQLite alone needs to store them.
Result<double> rawInserts(const QString& path, const std::vector<Operation>& records)
{
    Database db;
    if (Status s = db.open(path); !s)
        return s.error();
    Statement& insert = db.fast(QStringLiteral(
        "INSERT INTO contacts (id, name, title, mobile, email, decision_role, stance, department, "
        "notes, account_id, deleted, created_hlc, updated_hlc) VALUES (?,?,?,?,?,?,?,?,?,?,0,?,?)"));
    const qint64 hlc = qint64(QDateTime::currentMSecsSinceEpoch()) << 16;
    QElapsedTimer t;
    t.start();
    if (Status s = db.begin(); !s)
        return s.error();
    for (const Operation& op : records) {
        insert.bind(1, op.id);
        int column = 2;
        for (const auto& [name, value] : op.fields) // in the order of the statement's columns
            insert.bind(column++, value);
        insert.bind(column, hlc).bind(column + 1, hlc);
        if (!insert.exec())
            return Result<double>::fail(insert.error());
    }
    if (Status s = db.commit(); !s)
        return s.error();
    return seconds(t);
}

// Reference (b): the same records as one Change through the store: the store's share
// of the import.
Result<double> storeApply(const QString& path, std::vector<Operation> records)
{
    auto opened = Store::open(path);
    if (!opened)
        return opened.error();
    const Change change{QStringLiteral("bench apply"), std::move(records)};
    QElapsedTimer t;
    t.start();
    if (Status s = opened.value()->apply(change); !s) // undoable, as import::commit applies
        return s.error();
    return seconds(t);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int rows = 100'000;
    QString large = QStringLiteral("/tmp/summit-large.db");
    bool keep = false, reference = true;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--rows") && i + 1 < args.size())
            rows = args[++i].toInt();
        else if (args[i] == QLatin1String("--db") && i + 1 < args.size())
            large = args[++i];
        else if (args[i] == QLatin1String("--keep"))
            keep = true;
        else if (args[i] == QLatin1String("--no-reference"))
            reference = false;
    }
    if (rows <= 0 || !ensureLargeSet(large))
        return 1;
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bench_import_store-XXXXXX"));
    dir.setAutoRemove(!keep);
    const QString xlsx = dir.filePath(QStringLiteral("contacts.xlsx"));
    const QString target = dir.filePath(QStringLiteral("import.db"));

    QElapsedTimer copyTimer;
    copyTimer.start();
    if (!copyDatabase(large, target)) {
        std::fprintf(stderr, "cannot copy %s to %s\n", qPrintable(large), qPrintable(target));
        return 1;
    }
    const double copySeconds = seconds(copyTimer);

    // The store is open before the import starts, as in the desktop and summit-cli.
    resetPeakRss();
    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = Store::open(target);
    if (!opened) {
        std::fprintf(stderr, "bench_import_store: %s\n", qPrintable(opened.message()));
        return 1;
    }
    Store& store = *opened.value();
    const double openSeconds = seconds(openTimer);
    const double openMb = peakRssMb();

    Accounts accounts;
    auto live =
        store.reader().rows(QStringLiteral("SELECT id, name FROM accounts WHERE deleted = 0 ORDER BY rowid"));
    if (!live || live.value().empty()) {
        std::fprintf(stderr, "%s has no live accounts\n", qPrintable(large));
        return 1;
    }
    for (const QVariantList& a : live.value()) {
        accounts.ids << a[0].toString();
        accounts.names << a[1].toString();
    }
    if (!writeWorkbook(xlsx, rows, accounts)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(xlsx));
        return 1;
    }
    // Cheap counts only: storeStats would scan the log and leave its pages in the cache.
    std::printf("data set %s: %lld accounts, %lld contacts; copied in %.1f s\n", qPrintable(large),
                countLive(store.reader(), QStringLiteral("account")).value(),
                countLive(store.reader(), QStringLiteral("contact")).value(), copySeconds);
    std::printf("%d contacts x 9 columns from %lld accounts: XLSX %.1f MB\n", rows,
                qint64(accounts.ids.size()), double(QFile(xlsx).size()) / (1 << 20));

    // 1. Read the sheet into the table the import plans from.
    resetPeakRss();
    QElapsedTimer phase;
    phase.start();
    auto loaded = import::loadTable(xlsx);
    if (!loaded) {
        std::fprintf(stderr, "loadTable failed: %s\n", qPrintable(loaded.message()));
        return 1;
    }
    const double loadSeconds = seconds(phase);
    const double loadMb = peakRssMb();
    import::Table& table = loaded.value().table;

    // 2. Map the headers and decide every row; nothing is written.
    resetPeakRss();
    phase.restart();
    const import::Mapping mapping =
        import::autoMap(store.reader(), QStringLiteral("contacts"), table.headers);
    auto planned = import::plan(store, table, mapping, import::Options{});
    if (!planned) {
        std::fprintf(stderr, "plan failed: %s\n", qPrintable(planned.message()));
        return 1;
    }
    const double planSeconds = seconds(phase);
    const double planMb = peakRssMb();
    import::Plan& plan = planned.value();
    plan.change.label = QStringLiteral("Import contacts from contacts.xlsx");
    std::printf("mapping %s; plan: %s\n", qPrintable(mapping.columns.join(QLatin1Char(' '))),
                qPrintable(plan.summary()));

    // 3. One change through the store's write path. As summit-cli import does, the
    // table's cells are let go first: the rows are in the plan now.
    std::vector<import::SourceRow>().swap(table.rows);
    resetPeakRss();
    phase.restart();
    if (failed(import::commit(store, plan), "import::commit"))
        return 1;
    const double commitSeconds = seconds(phase);
    const double commitMb = peakRssMb();
    const qint64 operations = qint64(plan.change.ops.size());
    qint64 fieldWrites = 0;
    for (const Operation& op : plan.change.ops)
        fieldWrites += qint64(op.fields.size());
    const double totalSeconds = loadSeconds + planSeconds + commitSeconds;
    const double peakMb = std::max({openMb, loadMb, planMb, commitMb});
    std::printf("commit: %lld operations, %lld field writes\n\n", operations, fieldWrites);

    // References, each on a fresh copy of the large set.
    std::optional<double> rawSeconds, applySeconds;
    if (reference) {
        std::vector<Operation> records = recordsOf(rows, accounts);
        // The same records as the import's, or the comparison says nothing.
        if (!plan.change.ops.empty() && plan.change.ops.front().fields != records.front().fields) {
            std::fprintf(stderr, "the references' records differ from the import's:\n");
            for (const FieldValues* fields : {&plan.change.ops.front().fields, &records.front().fields})
                for (const auto& [name, value] : *fields)
                    std::fprintf(stderr, "  %s %s = %s\n",
                                 fields == &records.front().fields ? "reference" : "import", qPrintable(name),
                                 qPrintable(value.toString()));
            return 1;
        }
        const QString copy = dir.filePath(QStringLiteral("reference.db"));
        if (!copyDatabase(large, copy)) {
            std::fprintf(stderr, "cannot copy %s to %s\n", qPrintable(large), qPrintable(copy));
            return 1;
        }
        auto raw = rawInserts(copy, records);
        removeDatabase(copy);
        if (failed(raw.status(), "the raw INSERTs"))
            return 1;
        rawSeconds = raw.value();
        if (!copyDatabase(large, copy)) {
            std::fprintf(stderr, "cannot copy %s to %s\n", qPrintable(large), qPrintable(copy));
            return 1;
        }
        auto applied = storeApply(copy, std::move(records));
        removeDatabase(copy);
        if (failed(applied.status(), "Store::apply of the same records"))
            return 1;
        applySeconds = applied.value();
    }

    const double scale = rows / 100'000.0;
    const double commitRate = double(operations) / commitSeconds;
    const double rawRate = rawSeconds ? rows / *rawSeconds : 0;
    std::printf("%-40s %14s  %-26s %-44s\n", "measure", "measured", "budget", "reference");
    row("open the store (the large set's copy)", secondsText(openSeconds), {}, {});
    row("  peak RSS (VmHWM)", mbText(openMb), {}, {});
    row("1. loadTable (XLSX, streamed)", secondsText(loadSeconds), {}, {});
    row("  peak RSS (VmHWM)", mbText(loadMb), {}, {});
    row("2. autoMap + plan", secondsText(planSeconds), {}, {});
    row("  peak RSS (VmHWM)", mbText(planMb), {}, {});
    row("3. commit (one change, undoable)", secondsText(commitSeconds), {},
        applySeconds ? QStringLiteral("Store::apply alone %1").arg(secondsText(*applySeconds)) : QString());
    row("  peak RSS (VmHWM)", mbText(commitMb), {}, {});
    const bool rateOk = commitRate >= 50'000 && (!rawSeconds || commitRate >= 0.25 * rawRate);
    row("  commit, operations/s", rateText(commitRate), QStringLiteral(">= 50,000/s, >= 25 % raw"),
        rawSeconds ? QStringLiteral("raw INSERTs %1 (%2 %)")
                         .arg(rateText(rawRate))
                         .arg(100.0 * commitRate / rawRate, 0, 'f', 1)
                   : QString(),
        rateOk);
    const bool fast = totalSeconds < budgetSeconds * scale;
    row("import total (1 + 2 + 3)", secondsText(totalSeconds),
        QStringLiteral("< %1 s").arg(budgetSeconds * scale, 0, 'f', 1),
        applySeconds ? QStringLiteral("import layer %1 beyond Store::apply")
                           .arg(secondsText(totalSeconds - *applySeconds))
                     : QString(),
        fast);
    const bool small = peakMb < budgetMb;
    row("  peak RSS (VmHWM), store open to commit", mbText(peakMb),
        QStringLiteral("< %1 MB").arg(budgetMb, 0, 'f', 0), {}, small);
    if (rawSeconds)
        row("ref: raw INSERTs, contacts, one txn", secondsText(*rawSeconds), {}, rateText(rawRate));
    if (applySeconds)
        row("ref: Store::apply, same records", secondsText(*applySeconds), {},
            rateText(double(operations) / *applySeconds));
    if (keep)
        std::printf("\nkept %s and %s\n", qPrintable(xlsx), qPrintable(target));
    return fast && small && rateOk ? 0 : 1;
}
