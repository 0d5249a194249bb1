#include "export/ReportXlsx.h"
#include "CoreText.h"
#include "export/XlsxWriter.h"
#include "model/Schema.h"
#include "query/Reports.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <xlsxwriter.h>

namespace summit::exports {

namespace {

constexpr double kMinWidth = 6, kMaxWidth = 60;

QString label(QStringView field, const QString& key)
{
    return key.isEmpty() ? QString() : model::enumLabel(field, key);
}

// A yyyy-MM-dd text as a date (invalid when empty or not a date).
QDate isoDate(const QString& text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

class Book;

// One sheet: rows written top to bottom after a header row; its column widths
// and filter are set by end().
class Sheet
{
public:
    Sheet(Book& book, lxw_worksheet* ws, QString name) : m_book(book), m_ws(ws), m_name(std::move(name)) {}

    void header(const QStringList& headers);
    void text(int column, const QString& value);
    void number(int column, double value);
    void money(int column, qint64 minor, const QString& currency = {});
    void date(int column, const QDate& value, bool month = false);
    void dateTime(int column, const QDateTime& value);
    void next() { ++m_row; }
    int row() const { return m_row; }
    void end();
    // A chart of `type` over rows 1..row()-1: categories in column `categories`,
    // one series per column of `values` (named by its header), at column `at`.
    void chart(uint8_t type, int categories, const std::vector<int>& values, int at);

private:
    void widen(int column, double width)
    {
        if (column >= int(m_widths.size()))
            m_widths.resize(size_t(column) + 1, 0);
        m_widths[size_t(column)] = std::max(m_widths[size_t(column)], width);
    }
    Book& m_book;
    lxw_worksheet* m_ws;
    QString m_name;
    std::vector<double> m_widths;
    int m_row = 0;
    int m_columns = 0;
};

class Book
{
public:
    QString path;
    QTemporaryFile part; // where libxlsxwriter writes; renamed onto `path` by finish()
    lxw_workbook* workbook = nullptr;
    lxw_format *bold = nullptr, *date = nullptr, *month = nullptr, *dateTime = nullptr;
    QHash<QString, lxw_format*> moneyFormats;
    std::vector<std::unique_ptr<Sheet>> sheets;
    lxw_error error = LXW_NO_ERROR; // the first error of a write

    ~Book()
    {
        if (workbook)
            lxw_workbook_free(workbook);
    }

    Status open(const QString& target)
    {
        path = target;
        const QFileInfo info(path);
        part.setFileTemplate(info.dir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
        if (!part.open())
            return Status::fail(CoreText::tr("Cannot write %1: %2").arg(path, part.errorString()));
        part.close();
        workbook = workbook_new(QFile::encodeName(part.fileName()).constData());
        if (!workbook)
            return Status::fail(CoreText::tr("Cannot write %1: no room for temporary files.").arg(path));
        bold = workbook_add_format(workbook);
        format_set_bold(bold);
        date = workbook_add_format(workbook);
        format_set_num_format(date, "yyyy-mm-dd");
        month = workbook_add_format(workbook);
        format_set_num_format(month, "yyyy-mm");
        dateTime = workbook_add_format(workbook);
        format_set_num_format(dateTime, "yyyy-mm-dd hh:mm");
        return {};
    }

    Sheet& sheet(const QString& name)
    {
        QString title = XlsxWriter::sheetNameFor(name);
        lxw_worksheet* ws = workbook_add_worksheet(workbook, title.toUtf8().constData());
        // Two sections whose translated names fall together: the later one is numbered.
        for (int n = 2; !ws && n < 1000; ++n) {
            title = XlsxWriter::sheetNameFor(name.left(25) + QStringLiteral(" (%1)").arg(n));
            ws = workbook_add_worksheet(workbook, title.toUtf8().constData());
        }
        if (!ws) { // libxlsxwriter's own name, "SheetN"
            ws = workbook_add_worksheet(workbook, nullptr);
            title = QString::fromUtf8(ws->name);
        }
        sheets.push_back(std::make_unique<Sheet>(*this, ws, title));
        return *sheets.back();
    }

    lxw_format* moneyFormat(const QString& currency)
    {
        QString code = currency;
        code.removeIf([](QChar c) { return c < QLatin1Char('A') || c > QLatin1Char('Z'); });
        if (code.isEmpty())
            code = QStringLiteral("CNY");
        if (lxw_format* f = moneyFormats.value(code))
            return f;
        lxw_format* f = workbook_add_format(workbook);
        const QString pattern = code == QLatin1String("CNY") ? QStringLiteral("\"\u00A5\"#,##0.00")
                                                             : QStringLiteral("#,##0.00 \"%1\"").arg(code);
        format_set_num_format(f, pattern.toUtf8().constData());
        moneyFormats.insert(code, f);
        return f;
    }

    void check(lxw_error e)
    {
        if (e != LXW_NO_ERROR && error == LXW_NO_ERROR)
            error = e;
    }

    Status finish()
    {
        for (const auto& s : sheets)
            s->end();
        if (error != LXW_NO_ERROR)
            return failed(error);
        const lxw_error e = workbook_close(workbook);
        workbook = nullptr; // freed by workbook_close, also when it fails
        if (e != LXW_NO_ERROR)
            return failed(e);
        QFile::setPermissions(part.fileName(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        // rename(2) replaces an old file in one step.
        if (std::rename(QFile::encodeName(part.fileName()).constData(),
                        QFile::encodeName(path).constData()) != 0)
            return Status::fail(CoreText::tr("Cannot write %1: %2").arg(path, qt_error_string()));
        part.setAutoRemove(false);
        return {};
    }

private:
    Status failed(lxw_error e) const
    {
        return Status::fail(
            CoreText::tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(e))));
    }
};

void Sheet::header(const QStringList& headers)
{
    m_columns = int(headers.size());
    for (int c = 0; c < m_columns; ++c) {
        m_book.check(
            worksheet_write_string(m_ws, 0, lxw_col_t(c), headers[c].toUtf8().constData(), m_book.bold));
        widen(c, XlsxWriter::textWidth(headers[c]) * 1.1 + 3); // bold, and the filter's button
    }
    worksheet_freeze_panes(m_ws, 1, 0);
    m_row = 1;
}

void Sheet::text(int column, const QString& value)
{
    if (value.isEmpty())
        return;
    const QString cut = value.left(XlsxWriter::kMaxText);
    // A string cell, never a formula, whatever the text starts with.
    m_book.check(
        worksheet_write_string(m_ws, lxw_row_t(m_row), lxw_col_t(column), cut.toUtf8().constData(), nullptr));
    int widest = 0;
    for (const QString& line : cut.split(QLatin1Char('\n')))
        widest = std::max(widest, XlsxWriter::textWidth(line));
    widen(column, widest + 1);
}

void Sheet::number(int column, double value)
{
    m_book.check(worksheet_write_number(m_ws, lxw_row_t(m_row), lxw_col_t(column), value, nullptr));
    widen(column, QString::number(value).size() + 1);
}

void Sheet::money(int column, qint64 minor, const QString& currency)
{
    m_book.check(worksheet_write_number(m_ws, lxw_row_t(m_row), lxw_col_t(column), double(minor) / 100.0,
                                        m_book.moneyFormat(currency)));
    const int digits = int(QString::number(std::abs(minor / 100)).size());
    widen(column,
          digits + (digits - 1) / 3 + 5 + (currency.isEmpty() || currency == QLatin1String("CNY") ? 1 : 4));
}

void Sheet::date(int column, const QDate& value, bool month)
{
    if (!value.isValid())
        return;
    if (value.year() < 1900) { // before Excel's calendar: the ISO text
        text(column, value.toString(Qt::ISODate));
        return;
    }
    lxw_datetime d{value.year(), value.month(), value.day(), 0, 0, 0};
    m_book.check(worksheet_write_datetime(m_ws, lxw_row_t(m_row), lxw_col_t(column), &d,
                                          month ? m_book.month : m_book.date));
    widen(column, 11);
}

void Sheet::dateTime(int column, const QDateTime& value)
{
    if (!value.isValid() || value.date().year() < 1900) {
        date(column, value.date());
        return;
    }
    const QTime t = value.time();
    lxw_datetime d{value.date().year(), value.date().month(), value.date().day(), t.hour(),
                   t.minute(),          double(t.second())};
    m_book.check(worksheet_write_datetime(m_ws, lxw_row_t(m_row), lxw_col_t(column), &d, m_book.dateTime));
    widen(column, 17);
}

void Sheet::end()
{
    for (size_t c = 0; c < m_widths.size(); ++c)
        worksheet_set_column(m_ws, lxw_col_t(c), lxw_col_t(c), std::clamp(m_widths[c], kMinWidth, kMaxWidth),
                             nullptr);
    if (m_columns > 0)
        worksheet_autofilter(m_ws, 0, 0, lxw_row_t(std::max(m_row - 1, 0)), lxw_col_t(m_columns - 1));
}

void Sheet::chart(uint8_t type, int categories, const std::vector<int>& values, int at)
{
    if (m_row < 2) // no data rows: no chart
        return;
    lxw_chart* chart = workbook_add_chart(m_book.workbook, type);
    const QByteArray sheet = m_name.toUtf8();
    const auto last = lxw_row_t(m_row - 1);
    for (const int column : values) {
        lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(series, sheet.constData(), 1, lxw_col_t(categories), last,
                                    lxw_col_t(categories));
        chart_series_set_values(series, sheet.constData(), 1, lxw_col_t(column), last, lxw_col_t(column));
        chart_series_set_name_range(series, sheet.constData(), 0, lxw_col_t(column));
    }
    if (values.size() < 2)
        chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    if (type == LXW_CHART_BAR) // the first row at the top, as in the sheet
        chart_axis_set_reverse(chart->y_axis);
    m_book.check(worksheet_insert_chart(m_ws, 1, lxw_col_t(at), chart));
}

} // namespace

Status writeTeamReviewXlsx(const query::TeamReviewData& d, const QString& path)
{
    Book book;
    if (Status s = book.open(path); !s)
        return s;

    Sheet& summary = book.sheet(CoreText::tr("Summary"));
    summary.header({CoreText::tr("Figure"), CoreText::tr("Value")});
    const auto line = [&](const QString& name) {
        summary.text(0, name);
        return 1;
    };
    summary.text(line(CoreText::tr("Period")), d.period.key);
    summary.next();
    summary.date(line(CoreText::tr("From")), d.period.from);
    summary.next();
    summary.date(line(CoreText::tr("To")), d.period.to);
    summary.next();
    summary.text(line(CoreText::tr("For")),
                 d.memberId.isEmpty() ? CoreText::tr("The whole team") : d.memberName);
    summary.next();
    summary.money(line(CoreText::tr("Open pipeline")), d.openPipeline);
    summary.next();
    summary.number(line(CoreText::tr("Open deals")), d.openDeals);
    summary.next();
    summary.money(line(CoreText::tr("Weighted forecast")), d.weightedForecast);
    summary.next();
    summary.number(line(CoreText::tr("Follow-ups")), d.followUps);
    summary.next();
    summary.number(line(CoreText::tr("Deals won")), d.figures.wins.current.won);
    summary.next();
    summary.money(line(CoreText::tr("Amount won")), d.figures.wins.current.wonAmount);
    summary.next();
    summary.number(line(CoreText::tr("Deals lost")), d.figures.wins.current.lost);
    summary.next();
    summary.number(line(CoreText::tr("Accounts at risk")), double(d.atRisk.size()));
    summary.next();
    summary.number(line(CoreText::tr("Accounts gone quiet")), double(d.quiet.size()));
    summary.next();
    summary.number(line(CoreText::tr("Accounts healthy")), d.figures.health.green);
    summary.next();
    summary.number(line(CoreText::tr("Accounts needing attention")), d.figures.health.amber);
    summary.next();
    summary.number(line(CoreText::tr("Accounts at risk by health")), d.figures.health.red);
    summary.next();

    Sheet& funnel = book.sheet(CoreText::tr("Funnel"));
    funnel.header({CoreText::tr("Stage"), CoreText::tr("Deals"), CoreText::tr("Amount")});
    for (const query::StageFigures& s : d.figures.funnel) {
        funnel.text(0, s.stage.isEmpty() ? CoreText::tr("No stage") : label(u"stage", s.stage));
        funnel.number(1, s.count);
        funnel.money(2, s.amount);
        funnel.next();
    }
    funnel.chart(LXW_CHART_BAR, 0, {2}, 4);

    Sheet& forecast = book.sheet(CoreText::tr("Forecast"));
    forecast.header(
        {CoreText::tr("Month"), CoreText::tr("Deals"), CoreText::tr("Amount"), CoreText::tr("Weighted")});
    for (const query::ForecastMonth& m : d.figures.forecast) {
        if (m.month.isValid())
            forecast.date(0, m.month, true);
        else
            forecast.text(0, CoreText::tr("No close date"));
        forecast.number(1, m.count);
        forecast.money(2, m.amount);
        forecast.money(3, m.weighted);
        forecast.next();
    }
    forecast.chart(LXW_CHART_COLUMN, 0, {2, 3}, 5);

    Sheet& ranking = book.sheet(CoreText::tr("Activity ranking"));
    QStringList types; // every follow-up type anyone used, in key order
    for (const query::MemberActivity& m : d.ranking)
        for (auto it = m.byType.cbegin(); it != m.byType.cend(); ++it)
            if (!types.contains(it.key()))
                types << it.key();
    std::sort(types.begin(), types.end());
    QStringList rankingHeader{CoreText::tr("Member"), CoreText::tr("Follow-ups")};
    for (const QString& t : types)
        rankingHeader << label(u"type", t);
    ranking.header(rankingHeader);
    for (const query::MemberActivity& m : d.ranking) {
        ranking.text(0, m.memberId.isEmpty() ? CoreText::tr("No author") : m.memberName);
        ranking.number(1, m.followUps);
        for (int i = 0; i < types.size(); ++i)
            ranking.number(2 + i, m.byType.value(types[i]));
        ranking.next();
    }
    ranking.chart(LXW_CHART_BAR, 0, {1}, int(rankingHeader.size()) + 1);

    Sheet& risk = book.sheet(CoreText::tr("At risk", "the sheet of the accounts at risk"));
    risk.header(
        {CoreText::tr("Account"), CoreText::tr("Tier"), CoreText::tr("Owner"), CoreText::tr("Reasons")});
    for (const query::RiskAccount& a : d.atRisk) {
        risk.text(0, a.name);
        risk.text(1, label(u"tier", a.tier));
        risk.text(2, a.ownerName);
        risk.text(3, a.reasons.join(QStringLiteral("; ")));
        risk.next();
    }

    Sheet& health = book.sheet(CoreText::tr("Health"));
    health.header({CoreText::tr("Account"), CoreText::tr("Tier"), CoreText::tr("Health"),
                   CoreText::tr("What costs most")});
    for (const query::HealthAccount& a : d.figures.health.weakest) {
        health.text(0, a.name);
        health.text(1, label(u"tier", a.tier));
        health.number(2, a.score);
        health.text(3, a.weakest);
        health.next();
    }

    Sheet& renewals = book.sheet(CoreText::tr("Renewals"));
    renewals.header({CoreText::tr("Account"), CoreText::tr("Contract"), CoreText::tr("End date"),
                     CoreText::tr("Amount")});
    for (const query::RenewalDue& r : d.renewals) {
        renewals.text(0, r.accountName);
        renewals.text(1, r.title);
        renewals.date(2, r.endOn);
        renewals.money(3, r.amount, r.currency);
        renewals.next();
    }
    if (d.renewals.empty()) {
        renewals.text(0, d.hasContracts ? CoreText::tr("No renewals are due in the next 90 days.")
                                        : CoreText::tr("No contracts are recorded yet."));
        renewals.next();
    }

    Sheet& receivables = book.sheet(CoreText::tr("Receivables"));
    receivables.header({CoreText::tr("Account"), CoreText::tr("Contract"), CoreText::tr("Due date"),
                        CoreText::tr("Outstanding"), CoreText::tr("Days overdue")});
    for (const query::ReceivableDue& r : d.receivables) {
        receivables.text(0, r.accountName);
        receivables.text(1, r.contractTitle);
        receivables.date(2, r.dueOn);
        receivables.money(3, r.outstanding, r.currency);
        receivables.number(4, r.overdue ? r.daysLate : 0);
        receivables.next();
    }
    if (d.receivables.empty()) {
        receivables.text(0, d.hasReceivables ? CoreText::tr("No receivables are due in the next 90 days.")
                                             : CoreText::tr("No payments are planned in Summit yet."));
        receivables.next();
    }

    Sheet& quiet = book.sheet(CoreText::tr("Gone quiet"));
    quiet.header({CoreText::tr("Account"), CoreText::tr("Tier"), CoreText::tr("Owner"),
                  CoreText::tr("Last follow-up"), CoreText::tr("Days quiet")});
    for (const query::QuietAccountRow& a : d.quiet) {
        quiet.text(0, a.name);
        quiet.text(1, label(u"tier", a.tier));
        quiet.text(2, a.ownerName);
        if (a.lastFollowUp.isValid())
            quiet.date(3, a.lastFollowUp);
        else
            quiet.text(3, CoreText::tr("Never"));
        if (a.daysSince >= 0)
            quiet.number(4, a.daysSince);
        quiet.next();
    }

    return book.finish();
}

Status writeAccountPlanXlsx(const query::AccountPlanData& d, const QString& path)
{
    Book book;
    if (Status s = book.open(path); !s)
        return s;

    Sheet& overview = book.sheet(CoreText::tr("Overview"));
    overview.header({CoreText::tr("Figure"), CoreText::tr("Value")});
    const auto row = [&](const QString& name) {
        overview.text(0, name);
        return 1;
    };
    const std::pair<QString, QString> texts[] = {
        {CoreText::tr("Account"), d.name},
        {CoreText::tr("Short name"), d.shortName},
        {CoreText::tr("Industry"), d.industry},
        {CoreText::tr("Region"), d.region},
        {CoreText::tr("Tier"), label(u"tier", d.tier)},
        {CoreText::tr("Stage"), label(u"stage", d.stage)},
        {CoreText::tr("Account manager"), d.ownerName},
    };
    for (const auto& [name, value] : texts) {
        overview.text(row(name), value);
        overview.next();
    }
    overview.date(row(CoreText::tr("Date")), d.today);
    overview.next();
    const std::pair<QString, int> counts[] = {
        {CoreText::tr("Active contacts"), d.contacts},
        {CoreText::tr("Contacts who left"), d.contactsLeft},
        {CoreText::tr("Opportunities"), d.opportunities},
        {CoreText::tr("Open opportunities"), d.openOpportunities},
        {CoreText::tr("Follow-ups in the last %n day(s)", nullptr, d.followUpDays), d.recentFollowUps},
        {CoreText::tr("Open tasks"), d.openTasks},
    };
    for (const auto& [name, value] : counts) {
        overview.number(row(name), value);
        overview.next();
    }
    if (d.openPipeline.isEmpty()) {
        overview.money(row(CoreText::tr("Open pipeline")), 0);
        overview.next();
    }
    for (auto it = d.openPipeline.cbegin(); it != d.openPipeline.cend(); ++it) {
        overview.money(row(CoreText::tr("Open pipeline")), it.value(), it.key());
        overview.next();
    }

    Sheet& people = book.sheet(CoreText::tr("Key people"));
    people.header({CoreText::tr("Name"), CoreText::tr("Title"), CoreText::tr("Unit"),
                   CoreText::tr("Decision role"), CoreText::tr("Stance"), CoreText::tr("Influence"),
                   CoreText::tr("Coverage"), CoreText::tr("Known by"), CoreText::tr("Days since follow-up")});
    for (const query::KeyPerson& k : d.keyPeople) {
        people.text(0, k.name);
        people.text(1, k.title);
        people.text(2, k.unitName);
        people.text(3, label(u"decision_role", k.role));
        people.text(4, label(u"stance", k.stance));
        if (k.influence > 0)
            people.number(5, k.influence);
        people.text(6, k.coverage.isEmpty() ? CoreText::tr("Nobody") : label(u"level", k.coverage));
        people.text(7, k.coveredBy.join(QStringLiteral(", ")));
        if (k.daysSinceFollowUp >= 0)
            people.number(8, k.daysSinceFollowUp);
        people.next();
    }

    Sheet& gaps = book.sheet(CoreText::tr("Gaps"));
    gaps.header({CoreText::tr("Severity"), CoreText::tr("Gap")});
    for (const analysis::Gap& g : d.gaps) {
        gaps.text(0, g.severity == analysis::Severity::High ? CoreText::tr("High") : CoreText::tr("Medium"));
        gaps.text(1, g.message);
        gaps.next();
    }

    Sheet& deals = book.sheet(CoreText::tr("Opportunities"));
    deals.header({CoreText::tr("Opportunity"), CoreText::tr("Stage"), CoreText::tr("Amount"),
                  CoreText::tr("Probability %"), CoreText::tr("Expected close"), CoreText::tr("Owner"),
                  CoreText::tr("Next step"), CoreText::tr("Buying center")});
    for (const query::PlanOpportunity& o : d.openDeals) {
        deals.text(0, o.deal.name);
        deals.text(1, label(u"stage", o.deal.stage));
        if (!o.deal.amount.isNull())
            deals.money(2, o.deal.amount.toLongLong(), o.deal.currency);
        if (!o.deal.probability.isNull())
            deals.number(3, o.deal.probability.toDouble());
        deals.date(4, isoDate(o.deal.expectedClose));
        deals.text(5, o.deal.ownerName);
        deals.text(6, o.nextStep);
        QStringList center;
        for (const query::BuyingRoleRow& b : o.buyingCenter)
            center << CoreText::tr("%1: %2 (%3)")
                          .arg(label(u"decision_role", b.role), b.contactName,
                               label(u"stance", b.stance.isEmpty() ? QStringLiteral("unknown") : b.stance));
        deals.text(7, center.join(QStringLiteral("; ")));
        deals.next();
    }

    Sheet& follow = book.sheet(CoreText::tr("Follow-ups"));
    follow.header({CoreText::tr("Date"), CoreText::tr("Type"), CoreText::tr("By"), CoreText::tr("Summary"),
                   CoreText::tr("People"), CoreText::tr("Outcome"), CoreText::tr("Next action")});
    for (const query::TimelineEntry& f : d.followUps) {
        follow.dateTime(0, QDateTime::fromString(f.at, Qt::ISODate).toLocalTime());
        follow.text(1, label(u"type", f.type));
        follow.text(2, f.authorName);
        follow.text(3, f.summary);
        follow.text(4, f.contactNames.join(QStringLiteral(", ")));
        follow.text(5, f.outcome);
        follow.text(6, f.nextAction);
        follow.next();
    }

    Sheet& tasks = book.sheet(CoreText::tr("Tasks"));
    tasks.header(
        {CoreText::tr("Task"), CoreText::tr("Due"), CoreText::tr("Assignee"), CoreText::tr("Overdue")});
    for (const query::TaskRow& t : d.tasks) {
        tasks.text(0, t.title);
        tasks.date(1, isoDate(t.due));
        tasks.text(2, t.assigneeName);
        tasks.text(3, t.overdue ? CoreText::tr("Yes") : CoreText::tr("No"));
        tasks.next();
    }

    Sheet& next = book.sheet(CoreText::tr("Next steps"));
    next.header({CoreText::tr("Next step"), CoreText::tr("Due"), CoreText::tr("Who"), CoreText::tr("From")});
    for (const query::NextStep& n : d.nextSteps) {
        next.text(0, n.text);
        next.date(1, n.due);
        next.text(2, n.whoName);
        next.text(3, n.source == query::NextStep::Source::Task          ? CoreText::tr("Task")
                     : n.source == query::NextStep::Source::Opportunity ? CoreText::tr("Opportunity")
                                                                        : CoreText::tr("Follow-up"));
        next.next();
    }

    return book.finish();
}

} // namespace summit::exports
