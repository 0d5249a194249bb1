#include "ui/shell/Databases.h"

#include "demo/DemoData.h"
#include "store/Store.h"

#include <QDir>
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

Result<std::unique_ptr<Store>> open(const QString& path, bool seedDemo)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto store = Store::open(path);
    if (!store)
        return store;
    Store& s = *store.value();
    if (seedDemo && s.operationCount() == 0) {
        demo::Options options;
        options.accounts = 12;
        auto demo = demo::generate(s, options);
        if (!demo)
            return Result<std::unique_ptr<Store>>::fail(demo.message());
        // Without it the next start would not know which demo member is this user.
        if (Status saved = s.setLocalValue(QStringLiteral("author"), demo.value().meId); !saved)
            return Result<std::unique_ptr<Store>>(saved.error());
        s.setAuthor(demo.value().meId);
    }
    return store;
}

} // namespace summit::ui::databases
