#pragma once
// What every view of one open database shares: the store, the undo stack over
// the store's inverse operations, who "me" is, today's date (a seam for tests),
// and requests to open things, which the main window answers. Views take a
// Workspace& and never talk to each other directly.

#include "Result.h"
#include "commands/Commands.h"
#include "query/AccountList.h"
#include "store/Store.h"

#include <QDate>
#include <QDateTime>
#include <QObject>

class QUndoStack;

namespace summit::ui {

class SearchIndexTidier;

class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(Store& store, QObject* parent = nullptr);
    ~Workspace() override;

    Store& store() const { return m_store; }
    QUndoStack* undoStack() const { return m_undo; }
    SearchIndexTidier* searchIndexTidier() const { return m_tidier; }

    // Applies a local change through the store's one write path and, when it
    // succeeds, puts it on the undo stack under its label. Errors come back as
    // values for the caller to show next to what the user typed.
    Status apply(const Change& change, const ApplyOptions& options = {});
    // The domain commands, applied through apply() above (so each lands on the undo stack).
    commands::Commands& commands() { return m_commands; }

    // The team member this user writes as (empty if not set up).
    QString me() const { return m_store.author(); }
    // Makes `memberId` the user of this database (kept in the database, not replicated).
    void setMe(const QString& memberId);
    // Today and now; fixed in tests.
    QDate today() const;
    QDateTime now() const;
    void setNow(const QDateTime& fixed) { m_fixedNow = fixed; }

    // "Edit stance of 王建国": the readable label of a one-field edit.
    static QString editLabel(const QString& entity, const QString& field, const QString& title);
    // Display name of a record (its title field), or the id if unknown.
    QString titleOf(const QString& id);

signals:
    // Open an account's 360° view, optionally at a tab ("contacts", "followups", …).
    void openAccountRequested(const QString& accountId, const QString& tab = QString());
    // Open any record: its account's view at the right tab, selecting the record.
    void openRecordRequested(const QString& id);
    // Start the quick follow-up dialog, prefilled where known.
    void logFollowUpRequested(const QString& accountId = QString(), const QString& contactId = QString(),
                              const QString& opportunityId = QString());
    // Show the records behind a figure of the dashboard: the list of `entity`
    // ("account", "opportunity", "followup", "contract", "receivable",
    // "service_request", "satisfaction") with only `ids`, under `caption`.
    void showRecordsRequested(const QString& entity, const QStringList& ids, const QString& caption);
    // Show the account list under `filter` (the dashboard's drill-down).
    void showAccountsRequested(const summit::query::AccountFilter& filter);
    // Open the import wizard (the Accounts page's Import button).
    void importRequested();
    // A short message for the status bar (an error from undo, a saved change).
    void message(const QString& text);
    // The user of this database changed (Settings).
    void meChanged();

private:
    Store& m_store;
    QUndoStack* m_undo = nullptr;
    QDateTime m_fixedNow;
    commands::Commands m_commands;
    SearchIndexTidier* m_tidier = nullptr; // merges the search index between writes (none when read-only)
};

} // namespace summit::ui
