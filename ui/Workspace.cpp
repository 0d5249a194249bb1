#include "ui/Workspace.h"

#include "model/Schema.h"
#include "ui/common/SearchIndexTidier.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace summit::ui {

namespace {

// One applied change on the undo stack. The change is already in the store
// when the command is pushed, so the first redo() does nothing; after that
// undo and redo are the store's own inverse operations, which also keep the
// store's persistent undo stack in step.
class StoreChangeCommand : public QUndoCommand
{
public:
    StoreChangeCommand(Workspace& workspace, const QString& label)
        : QUndoCommand(label), m_workspace(workspace)
    {}
    void undo() override { report(m_workspace.store().undo()); }
    void redo() override
    {
        if (m_applied)
            report(m_workspace.store().redo());
        m_applied = true;
    }

private:
    void report(const Status& s)
    {
        if (!s) {
            // The store refused (say, a teammate's later edit deleted the record):
            // keep the stack honest by dropping this entry.
            setObsolete(true);
            emit m_workspace.message(s.message());
        }
    }
    Workspace& m_workspace;
    bool m_applied = false;
};

} // namespace

Workspace::Workspace(Store& store, QObject* parent)
    : QObject(parent), m_store(store), m_undo(new QUndoStack(this)),
      m_commands(store, [this](const Change& change) { return apply(change); })
{
    if (!store.isReadOnly())
        m_tidier = new SearchIndexTidier(store, this);
}

Workspace::~Workspace() = default;

Status Workspace::apply(const Change& change, const ApplyOptions& options)
{
    Status s = m_store.apply(change, options);
    if (s && options.undoable)
        m_undo->push(new StoreChangeCommand(*this, change.label));
    return s;
}

void Workspace::setMe(const QString& memberId)
{
    if (Status s = m_store.setLocalValue(QStringLiteral("author"), memberId); !s) {
        emit message(s.message());
        return;
    }
    m_store.setAuthor(memberId);
    emit meChanged();
}

QDate Workspace::today() const
{
    return now().toLocalTime().date();
}

QDateTime Workspace::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTime();
}

QString Workspace::editLabel(const QString& entity, const QString& field, const QString& title)
{
    return commands::Commands::editLabel(entity, field, title);
}

QString Workspace::titleOf(const QString& id)
{
    return m_commands.titleOf(id);
}

} // namespace summit::ui
