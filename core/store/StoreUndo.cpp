// Undo and redo: the inverse change (or the change again) through the same
// write path; the undo stack itself is UndoLog.
#include "CoreText.h"
#include "store/StorePrivate.h"

namespace summit {

bool Store::canUndo()
{
    return !undoLabel().isNull();
}

bool Store::canRedo()
{
    return !redoLabel().isNull();
}

QString Store::undoLabel()
{
    return m_parts->undo.undoLabel();
}

QString Store::redoLabel()
{
    return m_parts->undo.redoLabel();
}

Status Store::undo()
{
    auto next = m_parts->undo.nextUndo();
    if (!next)
        return next.status();
    if (!next.value())
        return Status::fail(CoreText::tr("Nothing to undo."));
    const UndoLog::Entry c = *next.value();
    const Status s = inLocalTransaction([&](Pending& pending) -> Status {
        auto inverse = m_parts->undo.inverseOf(c);
        if (!inverse)
            return inverse.status();
        if (Status a = applyLocal(CoreText::tr("Undo %1").arg(c.label), inverse.value(),
                                  QStringLiteral("undo"), false, pending);
            !a)
            return a;
        return m_parts->undo.markUndone(c.n);
    });
    if (!s)
        return Status::fail(CoreText::tr("Cannot undo \"%1\": %2").arg(c.label, s.message()),
                            s.error().field);
    return {};
}

Status Store::redo()
{
    auto next = m_parts->undo.nextRedo();
    if (!next)
        return next.status();
    if (!next.value())
        return Status::fail(CoreText::tr("Nothing to redo."));
    const UndoLog::Entry c = *next.value();
    const Status s = inLocalTransaction([&](Pending& pending) -> Status {
        auto replay = m_parts->undo.replayOf(c);
        if (!replay)
            return replay.status();
        if (Status a = applyLocal(c.label, replay.value(), QStringLiteral("redo"), true, pending); !a)
            return a;
        return m_parts->undo.markRedone(c.n);
    });
    if (!s)
        return Status::fail(CoreText::tr("Cannot redo \"%1\": %2").arg(c.label, s.message()),
                            s.error().field);
    return {};
}

} // namespace summit
