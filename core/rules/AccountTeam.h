#pragma once
// Who a rule's or a playbook's task goes to: the active team members, the team
// lead, and each account's account manager, solution architect and delivery
// expert. Loaded once per evaluation; accounts are read as they are asked for.

#include "Result.h"

#include <QHash>
#include <QString>

namespace summit {
class Database;
}

namespace summit::rules {

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
