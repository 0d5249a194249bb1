#include "model/Display.h"
#include "model/Schema.h"
#include "render/MapPainter.h"
#include "render/RenderText.h"
#include "render/ReportPages.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace summit::ui {

namespace {

QString orDash(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

QString label(QStringView field, const QString& key)
{
    return key.isEmpty() ? QStringLiteral("—") : model::enumLabel(field, key);
}

QString pipeline(const QMap<QString, qint64>& byCurrency)
{
    if (byCurrency.isEmpty())
        return model::formatMoney(0);
    QStringList parts;
    for (auto it = byCurrency.begin(); it != byCurrency.end(); ++it)
        parts << model::formatMoney(it.value(), it.key());
    return parts.join(QStringLiteral(" + "));
}

QString daysText(int days)
{
    return days < 0 ? RenderText::tr("never") : RenderText::tr("%n day(s) ago", nullptr, days);
}

void overview(ReportLayout& l, const query::AccountPlanData& d)
{
    l.heading(RenderText::tr("Overview and key figures"));
    l.tiles(
        {{RenderText::tr("Tier"), label(u"tier", d.tier)},
         {RenderText::tr("Stage"), label(u"stage", d.stage)},
         {RenderText::tr("Account manager"), orDash(d.ownerName)},
         {RenderText::tr("Open pipeline"), pipeline(d.openPipeline)},
         {RenderText::tr("Contacts (left)"), RenderText::tr("%1 (%2)").arg(d.contacts).arg(d.contactsLeft)},
         {RenderText::tr("Opportunities (open)"),
          RenderText::tr("%1 (%2)").arg(d.opportunities).arg(d.openOpportunities)},
         {RenderText::tr("Follow-ups, last %n day(s)", nullptr, d.followUpDays),
          QString::number(d.recentFollowUps)},
         {RenderText::tr("Open tasks"), QString::number(d.openTasks)}});
    QStringList facts;
    if (!d.industry.isEmpty())
        facts << RenderText::tr("Industry: %1").arg(d.industry);
    if (!d.region.isEmpty())
        facts << RenderText::tr("Region: %1").arg(d.region);
    if (!d.shortName.isEmpty())
        facts << RenderText::tr("Short name: %1").arg(d.shortName);
    if (!facts.isEmpty())
        l.paragraph(facts.join(QStringLiteral("  ·  ")));
}

void mapSection(ReportLayout& l, const query::AccountPlanData& d)
{
    l.pageBreak();
    l.heading(RenderText::tr("Decision-chain map"));
    if (d.map.contactCount() == 0 && d.map.unitCount() == 0) {
        l.paragraph(RenderText::tr("No org units or contacts are recorded for this account yet."));
        return;
    }
    // The map, its title, legend and gaps fill the rest of the page; a wide map
    // is turned a quarter when that draws it larger (the text stays text).
    const QString note =
        RenderText::tr("A large map is easier to read on its own: summit-cli orgchart writes it "
                       "over several A3 pages.");
    l.block(l.remaining() - 24, [&map = d.map](QPainter& p, const QRectF& r) {
        const MapPainter painter(map);
        const QSizeF sheet = painter.sheetSize();
        if (sheet.isEmpty())
            return;
        const double upright = std::min(r.width() / sheet.width(), r.height() / sheet.height());
        const double turned = std::min(r.width() / sheet.height(), r.height() / sheet.width());
        if (turned <= upright * 1.1) {
            painter.paint(p, r);
            return;
        }
        p.translate(r.bottomLeft());
        p.rotate(-90);
        painter.paint(p, QRectF(0, 0, r.height(), r.width()));
    });
    l.paragraph(note, QColor(0x66, 0x66, 0x66));
}

void peopleSection(ReportLayout& l, const query::AccountPlanData& d)
{
    l.heading(RenderText::tr("Key people"));
    ReportTable t;
    t.headers = {RenderText::tr("Name"),          RenderText::tr("Title, unit"),
                 RenderText::tr("Decision role"), RenderText::tr("Stance"),
                 RenderText::tr("Influence"),     RenderText::tr("Coverage"),
                 RenderText::tr("Last follow-up")};
    t.widths = {1.1, 1.8, 1.2, 0.9, 0.7, 1.6, 1.2};
    t.empty = RenderText::tr("No key people: nobody holds a decision role or has influence 4 or 5.");
    for (const query::KeyPerson& k : d.keyPeople) {
        QStringList where;
        if (!k.title.isEmpty())
            where << k.title;
        if (!k.unitName.isEmpty())
            where << k.unitName;
        const QString coverage = k.coverage.isEmpty()
                                     ? RenderText::tr("nobody")
                                     : RenderText::tr("%1 (%2)").arg(model::enumLabel(u"level", k.coverage),
                                                                     k.coveredBy.join(QStringLiteral(", ")));
        t.rows.push_back({k.name, orDash(where.join(QStringLiteral(", "))), label(u"decision_role", k.role),
                          label(u"stance", k.stance),
                          k.influence > 0 ? QString::number(k.influence) : QStringLiteral("—"), coverage,
                          daysText(k.daysSinceFollowUp)});
    }
    l.table(t);
}

void gapsSection(ReportLayout& l, const query::AccountPlanData& d)
{
    l.heading(RenderText::tr("Gaps"));
    if (d.gaps.empty()) {
        l.paragraph(RenderText::tr("No gaps found in the decision chain."));
        return;
    }
    QStringList high, medium;
    for (const analysis::Gap& g : d.gaps)
        (g.severity == analysis::Severity::High ? high : medium) << g.message;
    if (!high.isEmpty()) {
        l.paragraph(RenderText::tr("High"), QColor(0xb0, 0x20, 0x20));
        l.bullets(high, QColor(0xc0, 0x30, 0x30));
    }
    if (!medium.isEmpty()) {
        l.paragraph(RenderText::tr("Medium"), QColor(0xa0, 0x60, 0x00));
        l.bullets(medium, QColor(0xd0, 0x8a, 0x10));
    }
}

void dealsSection(ReportLayout& l, const query::AccountPlanData& d)
{
    l.heading(RenderText::tr("Open opportunities and their buying centers"));
    ReportTable t;
    t.headers = {RenderText::tr("Opportunity"),    RenderText::tr("Stage"), RenderText::tr("Amount"),
                 RenderText::tr("Expected close"), RenderText::tr("Owner"), RenderText::tr("Buying center")};
    t.widths = {1.6, 0.9, 1.1, 0.9, 0.9, 2.4};
    t.empty = RenderText::tr("No open opportunities.");
    for (const query::PlanOpportunity& o : d.openDeals) {
        QStringList center;
        for (const query::BuyingRoleRow& b : o.buyingCenter)
            center << RenderText::tr("%1: %2 (%3)")
                          .arg(label(u"decision_role", b.role), b.contactName,
                               label(u"stance", b.stance.isEmpty() ? QStringLiteral("unknown") : b.stance));
        const QString amount =
            o.deal.amount.isNull()
                ? QStringLiteral("—")
                : model::formatMoney(o.deal.amount.toLongLong(),
                                     o.deal.currency.isEmpty() ? QStringLiteral("CNY") : o.deal.currency);
        QString name = o.deal.name;
        if (!o.nextStep.isEmpty())
            name += QLatin1Char('\n') + RenderText::tr("Next: %1").arg(o.nextStep);
        t.rows.push_back(
            {name, label(u"stage", o.deal.stage), amount, orDash(o.deal.expectedClose),
             orDash(o.deal.ownerName),
             center.isEmpty() ? RenderText::tr("nobody recorded") : center.join(QLatin1Char('\n'))});
    }
    l.table(t);
}

void followUpsSection(ReportLayout& l, const query::AccountPlanData& d)
{
    l.heading(RenderText::tr("Follow-ups of the last %n day(s)", nullptr, d.followUpDays));
    ReportTable t;
    t.headers = {RenderText::tr("When"), RenderText::tr("Type"), RenderText::tr("By"), RenderText::tr("With"),
                 RenderText::tr("Summary and outcome")};
    t.widths = {1.1, 0.8, 0.8, 1.2, 3.6};
    t.empty = RenderText::tr("No follow-ups in the last %n day(s).", nullptr, d.followUpDays);
    if (d.followUpsInWindow > int(d.followUps.size()))
        l.paragraph(
            RenderText::tr("The latest %1 of %2 follow-ups; the account's timeline in Summit lists them all.")
                .arg(d.followUps.size())
                .arg(d.followUpsInWindow),
            QColor(0x66, 0x66, 0x66));
    for (const query::TimelineEntry& f : d.followUps) {
        QString text = f.summary;
        if (!f.outcome.isEmpty())
            text += QLatin1Char('\n') + RenderText::tr("Outcome: %1").arg(f.outcome);
        QStringList names;
        for (const QString& n : f.contactNames)
            if (!n.isEmpty())
                names << n;
        t.rows.push_back({model::formatDateTime(f.at), label(u"type", f.type), orDash(f.authorName),
                          orDash(names.join(QStringLiteral(", "))), text});
    }
    l.table(t);
}

void tasksSection(ReportLayout& l, const query::AccountPlanData& d)
{
    l.heading(RenderText::tr("Open tasks"));
    ReportTable t;
    t.headers = {RenderText::tr("Task"), RenderText::tr("Due"), RenderText::tr("Assignee")};
    t.widths = {4, 1.2, 1.2};
    t.empty = RenderText::tr("No open tasks.");
    for (const query::TaskRow& task : d.tasks) {
        QString due = orDash(task.due);
        if (task.overdue)
            due += QLatin1Char('\n') + RenderText::tr("overdue");
        t.rows.push_back({task.title, due, orDash(task.assigneeName)});
    }
    l.table(t);
}

void nextStepsSection(ReportLayout& l, const query::AccountPlanData& d)
{
    l.heading(RenderText::tr("Next steps"));
    ReportTable t;
    t.headers = {RenderText::tr("Due"), RenderText::tr("Next step"), RenderText::tr("Who"),
                 RenderText::tr("From")};
    t.widths = {1, 4, 1.1, 1.1};
    t.empty = RenderText::tr("No next steps are recorded: no open task, deal next step or follow-up action.");
    for (const query::NextStep& s : d.nextSteps) {
        QString from;
        switch (s.source) {
        case query::NextStep::Source::Task:
            from = RenderText::tr("Task");
            break;
        case query::NextStep::Source::Opportunity:
            from = RenderText::tr("Opportunity");
            break;
        case query::NextStep::Source::FollowUp:
            from = RenderText::tr("Follow-up");
            break;
        }
        t.rows.push_back({s.due.isValid() ? s.due.toString(Qt::ISODate) : QStringLiteral("—"), s.text,
                          orDash(s.whoName), from});
    }
    l.table(t);
}

} // namespace

ReportLayout layoutAccountPlan(const QPaintDevice* device, const QSizeF& page,
                               const query::AccountPlanData& d)
{
    ReportHeader h;
    h.title = RenderText::tr("Account plan");
    h.subject = d.shortName.isEmpty() || d.shortName == d.name
                    ? d.name
                    : RenderText::tr("%1 (%2)").arg(d.name, d.shortName);
    h.period = RenderText::tr("As of %1").arg(d.today.toString(Qt::ISODate));
    h.generated = d.ownerName.isEmpty() ? QString() : RenderText::tr("Account manager: %1").arg(d.ownerName);
    ReportLayout l(device, page, h);
    overview(l, d);
    gapsSection(l, d);
    nextStepsSection(l, d);
    mapSection(l, d);
    peopleSection(l, d);
    dealsSection(l, d);
    followUpsSection(l, d);
    tasksSection(l, d);
    return l;
}

} // namespace summit::ui
