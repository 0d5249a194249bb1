#pragma once
// How many backups are kept, and the automatic daily backup that applies it.
//
// The rule: keep the newest backup of each of the last 7 days and of each of
// the last 4 ISO weeks (both numbers are settings of this machine), delete the
// rest; never delete the newest backup, so the only one is never deleted either.

#include "Result.h"
#include "backup/Backup.h"

#include <QDateTime>
#include <QStringList>
#include <optional>
#include <vector>

namespace summit::backup {

struct Retention
{
    int days = 7;  // the newest backup of each of the last `days` calendar days, today included
    int weeks = 4; // the newest of each of the last `weeks` ISO weeks (Monday to Sunday), this one included
};

// The retention set on this machine (QSettings backup/keepDays, backup/keepWeeks),
// the defaults above when unset; numbers below zero count as zero.
Retention retentionSetting();
void setRetentionSetting(const Retention& keep);

struct Dated
{
    QString path;
    QDateTime at;
};
// The backups to delete under `keep`, as seen at `now`: days and weeks are
// those of `now`'s time zone. A backup dated after `now` is kept (a clock was
// wrong; nothing is decided on it). Pure: looks at no file and no clock.
QStringList toDelete(const std::vector<Dated>& backups, const Retention& keep, const QDateTime& now);

// A backup made into a folder, and the older ones the retention then deleted.
struct Made
{
    Summary summary;
    QStringList deleted;
};
// Backs `database` up into `folder` (a timestamped name) and applies `keep` to
// the backups of that same database there; files of another database, or that
// cannot be read, are left alone.
Result<Made> backUpInto(const QString& database, const QString& folder, const Retention& keep,
                        const QDateTime& now = QDateTime::currentDateTimeUtc());
// The time of the newest backup of `database` in `folder` not dated after
// `now`; invalid when there is none.
QDateTime newestBackup(const QString& database, const QString& folder,
                       const QDateTime& now = QDateTime::currentDateTimeUtc());
// The automatic backup: one when the newest is a day old or more (or there is
// none); nothing (an empty optional) otherwise.
Result<std::optional<Made>> backUpIfDue(const QString& database, const QString& folder, const Retention& keep,
                                        const QDateTime& now = QDateTime::currentDateTimeUtc());

} // namespace summit::backup
