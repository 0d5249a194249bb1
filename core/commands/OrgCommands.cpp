// The org tree and the people in it: moving units and people, who reports to
// whom, who has left, who influences whom.

#include "CoreText.h"
#include "commands/Commands.h"

#include "store/Ids.h"

namespace summit::commands {

namespace {
const QString kContact = QStringLiteral("contact");
const QString kUnit = QStringLiteral("org_unit");

QVariant orNull(const QString& id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}
} // namespace

Status Commands::moveOrgUnit(const QString& unitId, const QString& parentId)
{
    if (auto e = entityOfRequired(unitId, kUnit); !e)
        return e.status();
    const QString name = titleOf(unitId);
    if (unitId == parentId)
        return Status::fail(CoreText::tr("%1 cannot be moved under itself.").arg(name),
                            QStringLiteral("parent_id"));
    const QString label = parentId.isEmpty() ? CoreText::tr("Move %1 to the top level").arg(name)
                                             : CoreText::tr("Move %1 under %2").arg(name, titleOf(parentId));
    return run({label, {Operation::move(kUnit, unitId, QStringLiteral("parent_id"), orNull(parentId))}});
}

Status Commands::reportTo(const QString& contactId, const QString& managerId)
{
    if (auto e = entityOfRequired(contactId, kContact); !e)
        return e.status();
    const QString name = titleOf(contactId);
    if (contactId == managerId)
        return Status::fail(CoreText::tr("%1 cannot report to themselves.").arg(name),
                            QStringLiteral("reports_to"));
    const QString label = managerId.isEmpty()
                              ? CoreText::tr("%1 reports to nobody").arg(name)
                              : CoreText::tr("Move %1 under %2").arg(name, titleOf(managerId));
    return run(
        {label, {Operation::move(kContact, contactId, QStringLiteral("reports_to"), orNull(managerId))}});
}

Status Commands::moveContactToUnit(const QString& contactId, const QString& unitId)
{
    if (auto e = entityOfRequired(contactId, kContact); !e)
        return e.status();
    const QString label = CoreText::tr("Move %1 to %2").arg(titleOf(contactId), titleOf(unitId));
    return run({label, {Operation::set(kContact, contactId, {{QStringLiteral("org_unit_id"), unitId}})}});
}

Status Commands::setContactLeft(const QString& contactId, bool left, const QDate& on)
{
    if (auto e = entityOfRequired(contactId, kContact); !e)
        return e.status();
    const QString name = titleOf(contactId);
    const QString label = left ? CoreText::tr("Mark %1 as having left the company").arg(name)
                               : CoreText::tr("Mark %1 as active again").arg(name);
    FieldValues fields = {
        {QStringLiteral("status"), left ? QStringLiteral("left") : QStringLiteral("active")}};
    fields.emplace_back(QStringLiteral("left_on"), left ? QVariant(on.toString(Qt::ISODate)) : QVariant());
    return run({label, {Operation::set(kContact, contactId, fields)}});
}

Result<QString> Commands::addInfluenceLink(const QString& fromId, const QString& toId, const QString& kind,
                                           int strength)
{
    if (auto e = entityOfRequired(fromId, kContact); !e)
        return e.status();
    if (auto e = entityOfRequired(toId, kContact); !e)
        return e.status();
    const QString from = titleOf(fromId);
    if (fromId == toId)
        return Result<QString>::fail(CoreText::tr("%1 cannot be linked to themselves.").arg(from),
                                     QStringLiteral("to_id"));
    auto person = m_store.record(kContact, fromId);
    if (!person)
        return person.status();
    const QString id = ids::newId();
    const QString label = CoreText::tr("Add influence link %1 → %2").arg(from, titleOf(toId));
    FieldValues fields = {{QStringLiteral("account_id"), person.value().value(QStringLiteral("account_id"))},
                          {QStringLiteral("from_id"), fromId},
                          {QStringLiteral("to_id"), toId},
                          {QStringLiteral("kind"), kind}};
    if (strength != 0)
        fields.emplace_back(QStringLiteral("strength"), strength);
    if (Status s = run({label, {Operation::set(QStringLiteral("influence_link"), id, fields)}}); !s)
        return s;
    return id;
}

} // namespace summit::commands
