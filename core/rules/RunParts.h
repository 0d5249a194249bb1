#pragma once
// What rule runs (RuleEngine) and playbook runs (PlaybookEngine) share: who a
// task goes to (AccountTeam: the active members, the team lead, each account's
// account manager, solution architect and delivery expert, loaded once per run),
// the dates they read, and leaving out the tasks that exist already.

#include "Result.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <vector>

namespace summit {
class Database;
struct WriteStamp;
} // namespace summit

namespace summit::rules {

struct RuleTask;
struct RuleEvaluation;

// "2026-12-07".
QString isoDay(const QDate& d);
// The local date of a stored UTC time ("2026-12-06T17:30:00.000Z" is 2026-12-07 in Beijing).
QDate localDate(const QString& isoUtc);
// The local date of a write in the log (when a field took its value).
QDate stampDate(const WriteStamp& stamp);

// Moves the proposals whose task does not exist yet (in any state: done, cancelled, in the
// trash) into out.tasks, once each; the others count in out.existing.
Status keepNew(Database& db, std::vector<RuleTask>& proposed, RuleEvaluation& out);

struct AccountPeople
{
    QString name, am, sa, de;
};

class AccountTeam
{
public:
    explicit AccountTeam(Database& db) : m_db(db) {}

    // The active members, and the first team lead (else administrator) by name.
    Status load();

    // The member holding `role` (am, sa, de, team_lead) for the account; empty when
    // nobody does, or when the holder is no longer an active member.
    QString holder(const QString& role, const AccountPeople& account) const;
    QString memberName(const QString& id) const { return m_members.value(id); }
    const QString& lead() const { return m_lead; }

    // The account's name and people, read once.
    const AccountPeople& account(const QString& id);
    // Records an account read with other columns, so account() need not read it again.
    void remember(const QString& id, const AccountPeople& people);

private:
    Database& m_db;
    QHash<QString, QString> m_members; // active members: id -> name
    QString m_lead;
    QHash<QString, AccountPeople> m_accounts;
};

} // namespace summit::rules
