#include "backup/Retention.h"
#include "backup/BackupPrivate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QTimeZone>
#include <algorithm>

namespace summit::backup {

namespace {
const QString kDaysKey = QStringLiteral("backup/keepDays");
const QString kWeeksKey = QStringLiteral("backup/keepWeeks");

QDate mondayOf(const QDate& d)
{
    return d.addDays(1 - d.dayOfWeek());
}

// Backups in `folder` made from `database` (as recorded in each copy), but
// not those a restore kept (see isKeptBeforeRestore).
std::vector<Dated> backupsOf(const QString& database, const QString& folder)
{
    const QString source = QFileInfo(database).absoluteFilePath();
    std::vector<Dated> out;
    for (const Listed& item : list(folder))
        if (item.problem.isEmpty() && item.summary.source == source &&
            !isKeptBeforeRestore(item.summary.path))
            out.push_back({item.summary.path, item.summary.madeAt});
    return out;
}
} // namespace

Retention retentionSetting()
{
    QSettings settings;
    Retention keep;
    keep.days = std::max(0, settings.value(kDaysKey, keep.days).toInt());
    keep.weeks = std::max(0, settings.value(kWeeksKey, keep.weeks).toInt());
    return keep;
}

void setRetentionSetting(const Retention& keep)
{
    QSettings settings;
    settings.setValue(kDaysKey, std::max(0, keep.days));
    settings.setValue(kWeeksKey, std::max(0, keep.weeks));
}

QStringList toDelete(const std::vector<Dated>& backups, const Retention& keep, const QDateTime& now)
{
    std::vector<Dated> sorted = backups;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Dated& a, const Dated& b) { return a.at > b.at; });
    const QTimeZone zone = now.timeZone();
    const QDate today = now.toTimeZone(zone).date();
    QSet<QDate> daysKept, weeksKept;
    QStringList out;
    bool newestKept = false;
    for (const Dated& b : sorted) {
        if (b.at > now)
            continue; // dated in the future
        if (!newestKept) {
            newestKept = true; // the newest is never deleted, whatever the numbers say
            const QDate day = b.at.toTimeZone(zone).date();
            daysKept.insert(day);
            weeksKept.insert(mondayOf(day));
            continue;
        }
        const QDate day = b.at.toTimeZone(zone).date();
        bool kept = false;
        if (day.daysTo(today) < keep.days && !daysKept.contains(day)) {
            daysKept.insert(day); // sorted newest first: the first of a day is its newest
            kept = true;
        }
        const QDate week = mondayOf(day);
        if (week.daysTo(mondayOf(today)) / 7 < keep.weeks && !weeksKept.contains(week)) {
            weeksKept.insert(week);
            kept = true;
        }
        if (!kept)
            out << b.path;
    }
    return out;
}

Result<Made> backUpInto(const QString& database, const QString& folder, const Retention& keep,
                        const QDateTime& now)
{
    QString target = QDir(folder).filePath(fileNameFor(database, now));
    // Two backups in one second (a manual one right after the automatic one): the later gets a suffix.
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(folder).filePath(QFileInfo(fileNameFor(database, now)).completeBaseName() +
                                       QStringLiteral("-%1.db").arg(n));
    auto made = makeBackup(database, target, now);
    if (!made)
        return made.error();
    Made result;
    result.summary = made.value();
    for (const QString& path : toDelete(backupsOf(database, folder), keep, now)) {
        if (path == result.summary.path)
            continue;
        removeDatabaseFiles(path);
        result.deleted << path;
    }
    return result;
}

QDateTime newestBackup(const QString& database, const QString& folder, const QDateTime& now)
{
    QDateTime newest;
    for (const Dated& b : backupsOf(database, folder))
        if (b.at <= now && (!newest.isValid() || b.at > newest))
            newest = b.at;
    return newest;
}

Result<std::optional<Made>> backUpIfDue(const QString& database, const QString& folder, const Retention& keep,
                                        const QDateTime& now)
{
    const QDateTime newest = newestBackup(database, folder, now);
    if (newest.isValid() && newest.secsTo(now) < 24 * 3600)
        return std::optional<Made>();
    auto made = backUpInto(database, folder, keep, now);
    if (!made)
        return made.error();
    return std::optional<Made>(std::move(made.value()));
}

} // namespace summit::backup
