// Logging a follow-up: the record of what happened and, when it names a next
// action, the task that carries it, in one change.

#include "CoreText.h"
#include "commands/Commands.h"

#include "store/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace summit::commands {

namespace {

void addText(FieldValues& fields, const char* name, const QString& value)
{
    if (!value.trimmed().isEmpty())
        fields.emplace_back(QString::fromLatin1(name), value);
}

} // namespace

QString Commands::followUpLabel(const QString& accountTitle, const QStringList& contactNames)
{
    if (contactNames.isEmpty())
        return CoreText::tr("Log follow-up at %1").arg(accountTitle);
    const int others = int(contactNames.size()) - 1;
    if (others == 0)
        return CoreText::tr("Log follow-up with %1").arg(contactNames.first());
    return CoreText::tr("Log follow-up with %1 and %n other(s)", nullptr, others).arg(contactNames.first());
}

Result<LoggedFollowUp> Commands::logFollowUp(const FollowUpDraft& draft, QString followUpId, QString taskId)
{
    if (followUpId.isEmpty())
        followUpId = ids::newId();
    const QString next = draft.nextAction.trimmed();
    if (!next.isEmpty() && taskId.isEmpty())
        taskId = ids::newId();

    const QString followup = QStringLiteral("followup");
    FieldValues f;
    f.emplace_back(QStringLiteral("account_id"), draft.accountId);
    f.emplace_back(QStringLiteral("type"), draft.type);
    // The store keeps times as UTC with milliseconds: 2026-05-20T02:30:00.000Z.
    if (draft.at.isValid())
        f.emplace_back(QStringLiteral("at"), draft.at.toUTC().toString(Qt::ISODateWithMs));
    addText(f, "author_id", draft.authorId);
    if (!draft.contactIds.isEmpty()) {
        const QJsonArray ids = QJsonArray::fromStringList(draft.contactIds);
        f.emplace_back(QStringLiteral("contact_ids"),
                       QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    }
    addText(f, "opportunity_id", draft.opportunityId);
    f.emplace_back(QStringLiteral("summary"), draft.summary.trimmed());
    addText(f, "outcome", draft.outcome.trimmed());
    addText(f, "next_action", next);
    const QString due = draft.due.isValid() ? draft.due.toString(Qt::ISODate) : QString();
    if (!next.isEmpty())
        addText(f, "next_due", due);
    f.insert(f.end(), draft.extra.begin(), draft.extra.end());

    QStringList names;
    for (const QString& id : draft.contactIds)
        names << titleOf(id);
    LoggedFollowUp logged{followUpId, next.isEmpty() ? QString() : taskId,
                          followUpLabel(titleOf(draft.accountId), names)};
    Change change{logged.label, {Operation::set(followup, followUpId, std::move(f))}};
    if (!next.isEmpty()) {
        FieldValues t;
        t.emplace_back(QStringLiteral("account_id"), draft.accountId);
        t.emplace_back(QStringLiteral("title"), next);
        addText(t, "due", due);
        addText(t, "assignee_id", draft.authorId);
        t.emplace_back(QStringLiteral("status"), QStringLiteral("open"));
        t.emplace_back(QStringLiteral("source"), followup);
        t.emplace_back(QStringLiteral("followup_id"), followUpId);
        change.ops.push_back(Operation::set(QStringLiteral("task"), taskId, std::move(t)));
    }
    if (Status s = run(change); !s) {
        // The task's fields are the follow-up's next action and its due date.
        Error e = s.error();
        if (e.field == QLatin1String("due"))
            e.field = QStringLiteral("next_due");
        else if (e.field == QLatin1String("title"))
            e.field = QStringLiteral("next_action");
        return e;
    }
    return logged;
}

} // namespace summit::commands
