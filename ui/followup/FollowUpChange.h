#pragma once
// What the quick follow-up dialog writes, kept apart from its widgets: the
// follow-up and, when a next action is given, the task that carries it, as
// one Change (one undo step) with a readable label.

#include "store/Store.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace summit::ui::followup {

struct FollowUpDraft
{
    QString accountId, accountTitle;
    QString type; // an enum key of followup.type
    QDateTime at; // when it happened (any time spec; stored as UTC)
    QString authorId;
    QStringList contactIds, contactNames;
    QString opportunityId;
    QString summary, outcome, nextAction;
    QDate due; // of the next action; may be invalid (no due date)
};

// "Log follow-up with 王建国", "… with 王建国 and 2 others", or "… at 华为" without contacts.
QString followUpLabel(const FollowUpDraft& draft);

// The follow-up under `followUpId`, plus the task under `taskId` when the draft
// has a next action.
Change followUpChange(const FollowUpDraft& draft, const QString& followUpId, const QString& taskId);

} // namespace summit::ui::followup
