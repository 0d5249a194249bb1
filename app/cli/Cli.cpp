#include "Cli.h"

#include "Versions.h"
#include "store/DatabaseFile.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace summit::cli {

namespace {
// The translation context of this file (lupdate and the runtime agree on it).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Commands that make the database when the file does not exist yet.
const QStringList kCreatingCommands = {QStringLiteral("init"), QStringLiteral("demo"),
                                       QStringLiteral("join")};

// What to do about a file that would not open, on the same line as the problem.
QString wayOut(dbfile::Problem problem, const QString& path)
{
    switch (problem) {
    case dbfile::Problem::Missing:
    case dbfile::Problem::Empty:
    case dbfile::Problem::FolderMissing:
        return CliText::tr("Check the path; to make a new database there, run: summit-cli --db %1 init")
            .arg(path);
    case dbfile::Problem::Newer:
        return CliText::tr("Update Summit to open it.");
    case dbfile::Problem::Damaged:
        return CliText::tr("Restore it from a backup, or use another file.");
    case dbfile::Problem::UpgradeReadOnly:
        return CliText::tr("Copy it to a folder you can write to and use the copy.");
    case dbfile::Problem::NotSqlite:
    case dbfile::Problem::NotSummit:
    case dbfile::Problem::NotAFile:
        return CliText::tr("Check the path given with --db.");
    default:
        return {};
    }
}

void printOverview(QTextStream& s)
{
    s << CliText::tr("Usage: summit-cli [--db FILE] COMMAND [ARGS...]") << "\n\n"
      << CliText::tr("Commands:") << "\n";
    for (const Command& c : commands())
        s << "  " << c.synopsis << "\n";
    s << "\n"
      << CliText::tr("Run \"summit-cli COMMAND --help\" for details. Without --db, the database is %1 "
                     "(or $SUMMIT_DB).")
             .arg(defaultDatabasePath())
      << "\n"
      << CliText::tr("\"summit-cli --version\" prints the version and the commit of this build.") << "\n";
}
} // namespace

Context::Context() : out(stdout), err(stderr) {}

Store* Context::store()
{
    if (!m_store && m_openError) {
        dbfile::Options options;
        options.create = mayCreate;
        dbfile::Opening opened = dbfile::open(dbPath, options);
        if (!opened) {
            m_openError = Status::fail(opened.message + QLatin1Char(' ') + wayOut(opened.problem, dbPath));
            return nullptr;
        }
        m_store = std::move(opened.store);
    }
    return m_store.get();
}

int Context::fail(const QString& message)
{
    err << "summit-cli: " << message << Qt::endl;
    return Failed;
}

int Context::usage(const QString& message, const QString& command)
{
    err << "summit-cli: " << message << "\n";
    for (const Command& c : commands())
        if (c.name == command)
            err << CliText::tr("Usage: %1").arg(c.synopsis) << "\n";
    err.flush();
    return Usage;
}

QString defaultDatabasePath()
{
    const QString env = qEnvironmentVariable("SUMMIT_DB");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/summit.db");
}

int run(const QStringList& arguments)
{
    Context ctx;
    QStringList rest;
    ctx.dbPath = defaultDatabasePath();
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                ctx.err << "summit-cli: " << CliText::tr("--db needs a file name.") << Qt::endl;
                return Usage;
            }
            ctx.dbPath = arguments[++i];
        } else if (arguments[i].startsWith(QLatin1String("--db="))) {
            ctx.dbPath = arguments[i].mid(5);
        } else {
            rest << arguments[i];
        }
    }
    if (rest.value(0) == QLatin1String("--version")) {
        ctx.out << versions::versionLine(QStringLiteral("summit-cli")) << Qt::endl;
        return Ok;
    }
    if (rest.isEmpty() || rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("help")) {
        printOverview(rest.isEmpty() ? ctx.err : ctx.out);
        return rest.isEmpty() ? Usage : Ok;
    }

    // The longest command name that the words start with: "account add" before "account".
    const Command* found = nullptr;
    int words = 0;
    for (const Command& c : commands()) {
        const QStringList name = c.name.split(QLatin1Char(' '));
        if (name.size() > rest.size() || name.size() <= words)
            continue;
        if (std::equal(name.begin(), name.end(), rest.begin())) {
            found = &c;
            words = int(name.size());
        }
    }
    if (!found) {
        ctx.err << "summit-cli: "
                << CliText::tr("unknown command \"%1\".").arg(rest.mid(0, 2).join(QLatin1Char(' '))) << "\n";
        printOverview(ctx.err);
        return Usage;
    }

    ctx.mayCreate = kCreatingCommands.contains(found->name);
    Args args;
    for (int i = words; i < rest.size(); ++i) {
        const QString& a = rest[i];
        if (a == QLatin1String("--")) {
            args.positional << rest.mid(i + 1);
            break;
        }
        if (a.startsWith(QLatin1String("--")) && a.size() > 2) {
            QString name = a, value;
            if (const int eq = a.indexOf(QLatin1Char('=')); eq > 0) {
                name = a.left(eq);
                value = a.mid(eq + 1);
            } else if (found->valueOptions.contains(name)) {
                if (i + 1 >= rest.size())
                    return ctx.usage(CliText::tr("%1 needs a value.").arg(name), found->name);
                value = rest[++i];
            }
            if (name != QLatin1String("--help") && name != QLatin1String("--json") &&
                !found->valueOptions.contains(name) && !found->flags.contains(name))
                return ctx.usage(CliText::tr("unknown option %1.").arg(name), found->name);
            args.options.insert(name, value);
            args.repeats[name] << value;
        } else {
            args.positional << a;
        }
    }
    if (args.has(QStringLiteral("--help"))) {
        ctx.out << CliText::tr("Usage: %1").arg(found->synopsis) << "\n\n" << found->help << Qt::endl;
        return Ok;
    }
    const int code = found->run(ctx, args);
    ctx.out.flush();
    ctx.err.flush();
    return code;
}

} // namespace summit::cli
