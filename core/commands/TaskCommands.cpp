// Tasks: adding one, marking it done, opening it again.

#include "CoreText.h"
#include "commands/Commands.h"

#include "store/Ids.h"

namespace summit::commands {

namespace {
const QString kTask = QStringLiteral("task");
} // namespace

Result<QString> Commands::addTask(const TaskDraft& draft, QString id)
{
    if (id.isEmpty())
        id = ids::newId();
    FieldValues fields;
    if (!draft.accountId.isEmpty())
        fields.emplace_back(QStringLiteral("account_id"), draft.accountId);
    fields.emplace_back(QStringLiteral("title"), draft.title.trimmed());
    if (draft.due.isValid())
        fields.emplace_back(QStringLiteral("due"), draft.due.toString(Qt::ISODate));
    if (!draft.assigneeId.isEmpty())
        fields.emplace_back(QStringLiteral("assignee_id"), draft.assigneeId);
    fields.emplace_back(QStringLiteral("status"), QStringLiteral("open"));
    fields.emplace_back(QStringLiteral("source"), draft.source);
    if (!draft.followUpId.isEmpty())
        fields.emplace_back(QStringLiteral("followup_id"), draft.followUpId);
    if (Status s = run(
            {CoreText::tr("Add task %1").arg(draft.title.trimmed()), {Operation::set(kTask, id, fields)}});
        !s)
        return s;
    return id;
}

Status Commands::completeTask(const QString& taskId, const QDateTime& at)
{
    if (auto e = entityOfRequired(taskId, kTask); !e)
        return e.status();
    return run({CoreText::tr("Complete task %1").arg(titleOf(taskId)),
                {Operation::set(kTask, taskId,
                                {{QStringLiteral("status"), QStringLiteral("done")},
                                 {QStringLiteral("done_at"), at.toUTC().toString(Qt::ISODateWithMs)}})}});
}

Status Commands::reopenTask(const QString& taskId)
{
    if (auto e = entityOfRequired(taskId, kTask); !e)
        return e.status();
    return run({CoreText::tr("Reopen task %1").arg(titleOf(taskId)),
                {Operation::set(kTask, taskId,
                                {{QStringLiteral("status"), QStringLiteral("open")},
                                 {QStringLiteral("done_at"), QVariant()}})}});
}

} // namespace summit::commands
