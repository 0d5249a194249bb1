#include "ui/followup/FollowUpChange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace summit::ui::followup {

namespace {

// The translation context of this file.
struct FollowUpChangeText
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpChange)
};

void addText(FieldValues& fields, const char* name, const QString& value)
{
    if (!value.trimmed().isEmpty())
        fields.emplace_back(QString::fromLatin1(name), value);
}

} // namespace

QString followUpLabel(const FollowUpDraft& draft)
{
    if (draft.contactNames.isEmpty())
        return FollowUpChangeText::tr("Log follow-up at %1").arg(draft.accountTitle);
    const int others = int(draft.contactNames.size()) - 1;
    if (others == 0)
        return FollowUpChangeText::tr("Log follow-up with %1").arg(draft.contactNames.first());
    return FollowUpChangeText::tr("Log follow-up with %1 and %n other(s)", nullptr, others)
        .arg(draft.contactNames.first());
}

Change followUpChange(const FollowUpDraft& draft, const QString& followUpId, const QString& taskId)
{
    const QString followup = QStringLiteral("followup");
    FieldValues f;
    f.emplace_back(QStringLiteral("account_id"), draft.accountId);
    f.emplace_back(QStringLiteral("type"), draft.type);
    // The store keeps times as UTC with milliseconds: 2026-05-20T02:30:00.000Z.
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
    const QString next = draft.nextAction.trimmed();
    addText(f, "next_action", next);
    const QString due = draft.due.isValid() ? draft.due.toString(Qt::ISODate) : QString();
    if (!next.isEmpty())
        addText(f, "next_due", due);

    Change change{followUpLabel(draft), {Operation::set(followup, followUpId, std::move(f))}};
    if (next.isEmpty())
        return change;
    FieldValues t;
    t.emplace_back(QStringLiteral("account_id"), draft.accountId);
    t.emplace_back(QStringLiteral("title"), next);
    addText(t, "due", due);
    addText(t, "assignee_id", draft.authorId);
    t.emplace_back(QStringLiteral("status"), QStringLiteral("open"));
    t.emplace_back(QStringLiteral("source"), followup);
    t.emplace_back(QStringLiteral("followup_id"), followUpId);
    change.ops.push_back(Operation::set(QStringLiteral("task"), taskId, std::move(t)));
    return change;
}

} // namespace summit::ui::followup
