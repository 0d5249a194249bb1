#pragma once
// summit-cli: scripting, automation and tests. Exit status 0 on success, 2 on a
// usage error, 1 on any other error with a one-line message on stderr.

#include "Result.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

namespace summit {
class Store;
}
namespace summit::query {
struct DashboardFilter;
}

namespace summit::cli {

enum Exit
{
    Ok = 0,
    Failed = 1,
    Usage = 2,
};

// Arguments of one command: positionals, --options (with or without values) and field=value pairs.
struct Args
{
    QStringList positional;
    QMap<QString, QString> options;     // "--json" -> "" ; "--out" -> "file" (the last one given)
    QMap<QString, QStringList> repeats; // every value of an option, in order: --where a=1 --where b=2
    bool has(const QString& option) const { return options.contains(option); }
    QString value(const QString& option, const QString& fallback = {}) const
    {
        return options.value(option, fallback);
    }
    QStringList values(const QString& option) const { return repeats.value(option); }
};

class Context
{
public:
    Context();
    QTextStream out;
    QTextStream err;
    QString dbPath;
    // The command makes a new database when the file does not exist (init, demo,
    // join); every other command refuses a missing file instead of creating one.
    bool mayCreate = false;
    // Opens the database on first use, after checking the file (DatabaseFile.h):
    // read-only when the file or its folder cannot be written.
    Store* store();
    Status openError() const { return m_openError; }

    int fail(const QString& message); // prints "summit-cli: message", returns Failed
    int usage(const QString& message, const QString& command);

private:
    std::unique_ptr<Store> m_store;
    Status m_openError;
};

struct Command
{
    QString name;             // "account add"
    QString synopsis;         // translated usage line
    QString help;             // translated description
    QStringList valueOptions; // options that take a value, e.g. --out
    std::function<int(Context&, const Args&)> run;
    QStringList flags = {}; // options without a value, e.g. --dry-run (--help and --json are always accepted)
};

const std::vector<Command>& commands();
void addSyncCommands(std::vector<Command>& commands);
void addOrgChartCommand(std::vector<Command>& commands);
void addImportCommand(std::vector<Command>& commands);
// backup (into the backups folder or --out FILE), backup --list; restore FILE beside restore ID.
void addBackupCommands(std::vector<Command>& commands);
void addExportTableCommand(std::vector<Command>& commands);
// dashboard [filters] [--json]: the cockpit's figures.
void addDashboardCommand(std::vector<Command>& commands);
// The scope options the figures commands share (--member, --region, --industry, --tier) into
// `filter`; a message when --tier is not S, A, B or C, else empty.
QString readScopeOptions(const Args& args, query::DashboardFilter& filter);
// --today YYYY-MM-DD into `today` (left as it is without the option); false with `exit` set to
// a usage error when the value is not a date.
bool todayOf(Context& ctx, const Args& args, const QString& command, QDate* today, int* exit);
// account figures ID: the commercial figures of one account.
void addCommerceCommand(std::vector<Command>& commands);
// tier explain|review|set|accept, health, model show|set: computed tiers and health.
void addTierCommands(std::vector<Command>& commands);
// kpi [--period] [filters] [--json]: the team's key figures beside the period before.
void addKpiCommand(std::vector<Command>& commands);
// rule list|show|add|set|test|run, calendar workdays|set|list: rules and the working calendar.
void addRuleCommands(std::vector<Command>& commands);
// playbook list|show|add|set|remove|start|status: playbooks, started by hand, and their progress.
void addPlaybookCommands(std::vector<Command>& commands);
// export --format xlsx|csv: a workbook of every type, or one type (ExportTableCommand.cpp).
int exportSpreadsheet(Context& ctx, const Args& args);
// Members leaving and returning, coverage, buying roles, link set, bulk set,
// gaps; replaces the generic "member list" with one that shows what each holds.
void addTeamCommands(std::vector<Command>& commands);
// report account-plan and report team: the printable report packs as PDF.
void addReportCommands(std::vector<Command>& commands);
int run(const QStringList& arguments);
QString defaultDatabasePath();

} // namespace summit::cli
