#include "ui/shell/Databases.h"

#include "demo/DemoData.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace summit::ui::databases {

namespace {
const int kRecentMax = 8;
const QString kRecentKey = QStringLiteral("database/recent");
const QString kLastKey = QStringLiteral("database/last");

QString dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}
} // namespace

QString defaultPath()
{
    return dataDir() + QStringLiteral("/summit.db");
}

QString demoPath()
{
    return dataDir() + QStringLiteral("/demo.db");
}

QStringList recent()
{
    QStringList out;
    for (const QString& p : QSettings().value(kRecentKey).toStringList())
        if (QFileInfo::exists(p) && !out.contains(p))
            out << p;
    return out;
}

void remember(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recent();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > kRecentMax)
        list.removeLast();
    QSettings settings;
    settings.setValue(kRecentKey, list);
    settings.setValue(kLastKey, abs);
}

dbfile::Opening open(const QString& path, Intent intent)
{
    dbfile::Options options;
    options.create = intent != Intent::Open;
    dbfile::Opening opened = dbfile::open(path, options);
    if (!opened || intent != Intent::Demo)
        return opened;
    Store& s = *opened.store;
    if (s.operationCount() == 0 && !s.isReadOnly()) {
        demo::Options demoOptions;
        demoOptions.accounts = 12;
        auto demo = demo::generate(s, demoOptions);
        // Without the author the next start would not know which demo member is this user.
        Status seeded = demo ? s.setLocalValue(QStringLiteral("author"), demo.value().meId) : demo.status();
        if (!seeded) {
            dbfile::Opening refused;
            refused.problem = dbfile::Problem::Other;
            refused.message = seeded.message();
            return refused;
        }
        s.setAuthor(demo.value().meId);
    }
    return opened;
}

} // namespace summit::ui::databases
