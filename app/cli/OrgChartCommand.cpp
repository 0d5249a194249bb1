// summit-cli orgchart: draws the decision-chain map of one account to PNG, SVG
// or PDF. Rendering needs a QGuiApplication; main.cpp creates one (offscreen
// unless a platform is set) when the command is orgchart.

#include "Cli.h"

#include "map/DecisionChainMap.h"
#include "render/MapExport.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QGuiApplication>

namespace summit::cli {

namespace {

// The translation context of this file (lupdate and the runtime agree on it).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int orgChart(Context& ctx, const Args& args)
{
    const QString command = QStringLiteral("orgchart");
    if (args.positional.size() != 1)
        return ctx.usage(CliText::tr("expected one account id."), command);
    if (!args.has(QStringLiteral("--out")) || args.value(QStringLiteral("--out")).isEmpty())
        return ctx.usage(CliText::tr("--out FILE is required."), command);
    const QString out = args.value(QStringLiteral("--out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return ctx.usage(CliText::tr("--out must end in .png, .svg or .pdf, got %1.").arg(out), command);

    ui::ExportOptions eo;
    const QString given = args.value(QStringLiteral("--paper"), QStringLiteral("a3"));
    const QString paper = given.toLower();
    if (paper == QLatin1String("a4"))
        eo.paper = ui::ExportOptions::Paper::A4;
    else if (paper != QLatin1String("a3"))
        return ctx.usage(CliText::tr("--paper takes a3 or a4, got %1.").arg(given), command);

    map::MapOptions mo;
    if (args.has(QStringLiteral("--today"))) {
        mo.today = QDate::fromString(args.value(QStringLiteral("--today")), Qt::ISODate);
        if (!mo.today.isValid())
            return ctx.usage(CliText::tr("--today takes a date YYYY-MM-DD."), command);
    }
    mo.opportunityId = args.value(QStringLiteral("--opportunity"));

    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return ctx.fail(
            CliText::tr("orgchart needs a graphical application object; run it through summit-cli."));

    Store* store = ctx.store();
    if (!store)
        return ctx.fail(ctx.openError().message());
    auto built = map::buildMap(store->reader(), args.positional[0], mo);
    if (!built)
        return ctx.fail(built.message());
    if (Status s = ui::exportMap(built.value(), out, eo); !s)
        return ctx.fail(s.message());
    return Ok;
}

} // namespace

void addOrgChartCommand(std::vector<Command>& commands)
{
    commands.push_back(
        {QStringLiteral("orgchart"),
         CliText::tr(
             "orgchart ACCOUNT-ID --out FILE.png|FILE.svg|FILE.pdf [--paper a3|a4] [--opportunity ID] "
             "[--today YYYY-MM-DD]"),
         CliText::tr(
             "Draws the decision-chain map of an account: its org units and contacts with decision role, "
             "stance, influence, coverage and days since the last follow-up, reporting lines, influence "
             "links, the gaps and a legend. The file type follows the suffix. A PDF is A3 landscape "
             "(--paper a4 for A4) and spreads a large map over several pages rather than print it too small "
             "to read. --opportunity marks the buying center of that opportunity with each person's role in "
             "the deal; --today sets the date follow-ups are counted to."),
         {QStringLiteral("--out"), QStringLiteral("--paper"), QStringLiteral("--opportunity"),
          QStringLiteral("--today")},
         orgChart});
}

} // namespace summit::cli
