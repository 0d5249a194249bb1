// The team and the relationships around a deal: members joining and leaving
// (with the handover of their work), coverage, buying-center roles, influence
// links; bulk edits; and the rule that keeps trees whole when a node is deleted.

#include "CoreText.h"
#include "commands/Commands.h"

#include "model/Schema.h"
#include "query/Impact.h"
#include "query/Team.h"
#include "rules/StageGates.h"
#include "store/Ids.h"

#include <QSet>

namespace summit::commands {

namespace {
const QString kMember = QStringLiteral("member");
const QString kStatus = QStringLiteral("status");
const QString kLeft = QStringLiteral("left");

QString value(const QVariantMap& record, const char* field)
{
    return record.value(QString::fromLatin1(field)).toString();
}
} // namespace

Status Commands::checkAdminsRemain(const QString& memberId, const QString& what)
{
    auto rec = m_store.record(kMember, memberId);
    if (!rec)
        return rec.status();
    const bool activeAdmin = value(rec.value(), "role") == QLatin1String("admin") &&
                             value(rec.value(), "status") != kLeft &&
                             !rec.value().value(QStringLiteral("deleted")).toInt();
    if (activeAdmin && query::activeAdmins(m_store.reader(), memberId) == 0)
        return Status::fail(CoreText::tr("%1: %2 is the team's last admin; make someone else an admin first.")
                                .arg(what, titleOf(memberId)),
                            QStringLiteral("role"));
    return {};
}

Status Commands::checkNothingHeld(const QString& memberId)
{
    auto holdings = query::holdingsOf(m_store.reader(), memberId);
    if (!holdings)
        return holdings.status();
    if (holdings->total() > 0)
        return Status::fail(
            CoreText::tr("%1 still holds %n accounts, tasks or deals; hand them over with \"Mark as left\" "
                         "(member leave) instead.",
                         nullptr, holdings->total())
                .arg(titleOf(memberId)),
            kStatus);
    return {};
}

Result<std::vector<Operation>> Commands::movesForDeletion(const QStringList& ids)
{
    const QSet<QString> deleting(ids.begin(), ids.end());
    Database& db = m_store.reader();
    // The nearest ancestor that stays: deleting a unit and its parent moves the
    // grandchildren to the grandparent.
    auto survivingParent = [&](const QString& entity, const QString& field, QString parent) {
        for (int depth = 0; !parent.isEmpty() && deleting.contains(parent) && depth < 100000; ++depth) {
            auto rec = m_store.record(entity, parent);
            parent = rec ? rec.value().value(field).toString() : QString();
        }
        return parent;
    };
    std::vector<Operation> ops;
    const QString units = QStringLiteral("org_units"), contacts = QStringLiteral("contacts");
    const QString orgUnit = QStringLiteral("org_unit"), contact = QStringLiteral("contact");
    const QString parentId = QStringLiteral("parent_id"), unitId = QStringLiteral("org_unit_id"),
                  reportsTo = QStringLiteral("reports_to");
    for (const QString& id : ids) {
        const QString entity = m_store.entityOf(id);
        if (entity == orgUnit) {
            auto rec = m_store.record(orgUnit, id);
            if (!rec)
                return rec.status();
            const QString up = survivingParent(orgUnit, parentId, rec.value().value(parentId).toString());
            const QVariant upValue = up.isEmpty() ? QVariant() : QVariant(up);
            for (const QString& child : query::childrenOf(db, units, parentId, id))
                if (!deleting.contains(child))
                    ops.push_back(Operation::move(orgUnit, child, parentId, upValue));
            for (const QString& person : query::childrenOf(db, contacts, unitId, id))
                if (!deleting.contains(person))
                    ops.push_back(Operation::set(contact, person, {{unitId, upValue}}));
        } else if (entity == contact) {
            auto rec = m_store.record(contact, id);
            if (!rec)
                return rec.status();
            const QString up = survivingParent(contact, reportsTo, rec.value().value(reportsTo).toString());
            for (const QString& report : query::childrenOf(db, contacts, reportsTo, id))
                if (!deleting.contains(report))
                    ops.push_back(Operation::move(contact, report, reportsTo,
                                                  up.isEmpty() ? QVariant() : QVariant(up)));
        }
    }
    return ops;
}

Status Commands::bulkEdit(const QStringList& ids, const FieldValues& fields)
{
    if (ids.isEmpty() || fields.empty())
        return Status::ok();
    if (ids.size() == 1)
        return editRecord(ids.front(), fields);
    auto first = entityOfRequired(ids.front(), QString());
    if (!first)
        return first.status();
    const QString entity = first.value();
    const model::EntityDef* def = model::entity(entity);
    if (entity == kMember)
        for (const auto& [field, v] : fields) {
            if (field == kStatus && v.toString() == kLeft)
                return Status::fail(
                    CoreText::tr("Members leave one at a time, with a successor for their work."), kStatus);
            if (field == QLatin1String("role") && v.toString() != QLatin1String("admin")) {
                // Would any active admin be left outside the selection?
                int kept = 0;
                if (auto list = query::members(m_store.reader()))
                    for (const query::MemberRow& m : list.value())
                        kept += m.role == QLatin1String("admin") && !m.left() && !ids.contains(m.id) ? 1 : 0;
                if (kept == 0 && query::activeAdmins(m_store.reader()) > 0)
                    return Status::fail(CoreText::tr("This would leave the team without an admin."), field);
            }
        }
    Change change;
    for (const QString& id : ids) {
        if (Status s = entityOfRequired(id, entity).status(); !s)
            return s;
        if (entity == QLatin1String("account"))
            if (Status s = checkTierReason(id, fields); !s)
                return s;
        if (const QString gate = rules::checkStageGate(m_store.reader(), entity, id, fields); !gate.isEmpty())
            return Status::fail(gate, QStringLiteral("stage"));
        FieldValues plain;
        for (const auto& [field, v] : fields) {
            const model::FieldDef* f = def->field(field);
            if (f && f->tree)
                change.ops.push_back(Operation::move(entity, id, field, v));
            else
                plain.emplace_back(field, v);
        }
        if (!plain.empty())
            change.ops.push_back(Operation::set(entity, id, plain));
    }
    const QString what = model::entityLabel(entity);
    change.label = fields.size() == 1
                       ? CoreText::tr("Edit %1 of %n records (%2)", nullptr, int(ids.size()))
                             .arg(model::fieldLabel(entity, fields.front().first), what)
                       : CoreText::tr("Edit %n records (%1)", nullptr, int(ids.size())).arg(what);
    return run(change);
}

Result<QString> Commands::addMember(const FieldValues& fields, QString id)
{
    FieldValues all = fields;
    if (std::none_of(all.begin(), all.end(), [](const auto& fv) { return fv.first == kStatus; }))
        all.emplace_back(kStatus, QStringLiteral("active"));
    return createRecord(kMember, all, std::move(id));
}

Result<HandoverResult> Commands::memberLeaves(const QString& memberId, const QString& successorId)
{
    if (Status s = entityOfRequired(memberId, kMember).status(); !s)
        return s;
    auto rec = m_store.record(kMember, memberId);
    if (!rec)
        return rec.status();
    const QString name = titleOf(memberId);
    if (value(rec.value(), "status") == kLeft)
        return Result<HandoverResult>::fail(CoreText::tr("%1 has already left the team.").arg(name));
    if (Status s = checkAdminsRemain(memberId, CoreText::tr("%1 leaves").arg(name)); !s)
        return s;
    auto holdings = query::holdingsOf(m_store.reader(), memberId);
    if (!holdings)
        return holdings.status();
    const query::Holdings& h = holdings.value();
    const QString successorField = QStringLiteral("successor");
    if (!successorId.isEmpty()) {
        if (successorId == memberId)
            return Result<HandoverResult>::fail(
                CoreText::tr("Successor: %1 cannot take over from themselves.").arg(name), successorField);
        auto next = m_store.record(kMember, successorId);
        if (!next || next.value().value(QStringLiteral("deleted")).toInt())
            return Result<HandoverResult>::fail(
                CoreText::tr("Successor: no team member with id %1.").arg(successorId), successorField);
        if (value(next.value(), "status") == kLeft)
            return Result<HandoverResult>::fail(
                CoreText::tr("Successor: %1 has left the team.").arg(titleOf(successorId)), successorField);
    } else if (h.total() > 0) {
        return Result<HandoverResult>::fail(
            CoreText::tr("Successor: %1 still holds %n accounts, tasks or deals; name who takes them over.",
                         nullptr, h.total())
                .arg(name),
            successorField);
    }

    Change change;
    change.label = successorId.isEmpty()
                       ? CoreText::tr("%1 leaves the team").arg(name)
                       : CoreText::tr("%1 leaves the team; %2 takes over").arg(name, titleOf(successorId));
    auto hand = [&](const QString& entity, const QStringList& ids, const char* field) {
        for (const QString& id : ids)
            change.ops.push_back(Operation::set(entity, id, {{QString::fromLatin1(field), successorId}}));
    };
    const QString account = QStringLiteral("account");
    hand(account, h.amOf, "am_id");
    hand(account, h.saOf, "sa_id");
    hand(account, h.deOf, "de_id");
    hand(QStringLiteral("task"), h.openTasks, "assignee_id");
    hand(QStringLiteral("opportunity"), h.openOpportunities, "owner_id");
    // Last, so that its undo (which runs backwards) makes the member active
    // again before their accounts and tasks are handed back to them.
    change.ops.push_back(Operation::set(kMember, memberId, {{kStatus, kLeft}}));
    if (Status s = run(change); !s)
        return s;
    QSet<QString> accounts(h.amOf.begin(), h.amOf.end());
    accounts.unite(QSet<QString>(h.saOf.begin(), h.saOf.end()));
    accounts.unite(QSet<QString>(h.deOf.begin(), h.deOf.end()));
    return HandoverResult{int(accounts.size()), int(h.openTasks.size()), int(h.openOpportunities.size())};
}

Status Commands::memberReturns(const QString& memberId)
{
    if (Status s = entityOfRequired(memberId, kMember).status(); !s)
        return s;
    return run({CoreText::tr("%1 rejoins the team").arg(titleOf(memberId)),
                {Operation::set(kMember, memberId, {{kStatus, QStringLiteral("active")}})}});
}

Result<QString> Commands::setCoverage(const QString& contactId, const QString& memberId, const QString& level,
                                      const QString& desiredLevel)
{
    auto person = m_store.record(QStringLiteral("contact"), contactId);
    if (!person)
        return person.status();
    if (Status s = entityOfRequired(memberId, kMember).status(); !s)
        return Result<QString>::fail(s.message(), QStringLiteral("member_id"));
    const QString entity = QStringLiteral("coverage");
    FieldValues fields = {{QStringLiteral("level"), level}};
    if (!desiredLevel.isEmpty())
        fields.emplace_back(QStringLiteral("desired_level"), desiredLevel);
    QString id = query::coverageId(m_store.reader(), contactId, memberId);
    const QString label = CoreText::tr("%1 knows %2").arg(titleOf(memberId), titleOf(contactId));
    if (!id.isEmpty()) {
        if (Status s = run({label, {Operation::set(entity, id, fields)}}); !s)
            return s;
        return id;
    }
    id = ids::newId();
    fields.emplace_back(QStringLiteral("account_id"), person.value().value(QStringLiteral("account_id")));
    fields.emplace_back(QStringLiteral("contact_id"), contactId);
    fields.emplace_back(QStringLiteral("member_id"), memberId);
    if (Status s = run({label, {Operation::set(entity, id, fields)}}); !s)
        return s;
    return id;
}

Status Commands::removeCoverage(const QString& contactId, const QString& memberId)
{
    const QString id = query::coverageId(m_store.reader(), contactId, memberId);
    if (id.isEmpty())
        return Status::fail(
            CoreText::tr("%1 has no coverage by %2.").arg(titleOf(contactId), titleOf(memberId)));
    return run({CoreText::tr("%1 no longer covers %2").arg(titleOf(memberId), titleOf(contactId)),
                {Operation::remove(QStringLiteral("coverage"), id)}});
}

Result<QString> Commands::setBuyingRole(const QString& opportunityId, const QString& contactId,
                                        const QString& role)
{
    auto deal = m_store.record(QStringLiteral("opportunity"), opportunityId);
    if (!deal)
        return deal.status();
    if (Status s = entityOfRequired(contactId, QStringLiteral("contact")).status(); !s)
        return Result<QString>::fail(s.message(), QStringLiteral("contact_id"));
    const QString entity = QStringLiteral("buying_role");
    const QString label =
        CoreText::tr("%1 on %2: %3")
            .arg(titleOf(contactId), titleOf(opportunityId), model::enumLabel(u"role", role));
    QString id = query::buyingRoleId(m_store.reader(), opportunityId, contactId);
    if (!id.isEmpty()) {
        if (Status s = run({label, {Operation::set(entity, id, {{QStringLiteral("role"), role}})}}); !s)
            return s;
        return id;
    }
    id = ids::newId();
    if (Status s = run({label,
                        {Operation::set(
                            entity, id,
                            {{QStringLiteral("account_id"), deal.value().value(QStringLiteral("account_id"))},
                             {QStringLiteral("opportunity_id"), opportunityId},
                             {QStringLiteral("contact_id"), contactId},
                             {QStringLiteral("role"), role}})}});
        !s)
        return s;
    return id;
}

Status Commands::removeBuyingRole(const QString& opportunityId, const QString& contactId)
{
    const QString id = query::buyingRoleId(m_store.reader(), opportunityId, contactId);
    if (id.isEmpty())
        return Status::fail(
            CoreText::tr("%1 has no role on %2.").arg(titleOf(contactId), titleOf(opportunityId)));
    return run(
        {CoreText::tr("%1 off the buying center of %2").arg(titleOf(contactId), titleOf(opportunityId)),
         {Operation::remove(QStringLiteral("buying_role"), id)}});
}

Result<QString> Commands::setInfluenceLink(const QString& fromId, const QString& toId, const QString& kind,
                                           int strength)
{
    const QString existing = query::influenceLinkId(m_store.reader(), fromId, toId);
    if (existing.isEmpty())
        return addInfluenceLink(fromId, toId, kind.isEmpty() ? QStringLiteral("influences") : kind, strength);
    FieldValues fields;
    if (!kind.isEmpty())
        fields.emplace_back(QStringLiteral("kind"), kind);
    if (strength != 0)
        fields.emplace_back(QStringLiteral("strength"), strength);
    if (Status s = editRecord(existing, fields); !s)
        return s;
    return existing;
}

} // namespace summit::commands
