#pragma once
// A dialog to add or edit one record: a RecordForm with Save (Ctrl+S, or
// Enter) and Cancel. Save applies the form's change through Workspace::apply,
// so it lands on the undo stack as "Edit 王建国" or "Add contact 王建国"; a
// refused save keeps the dialog open with everything typed and the store's
// message next to the field. Cancel or closing with unsaved changes asks
// first, through the askDiscard seam.

#include "store/Store.h"

#include <QDialog>
#include <QMessageBox>
#include <QVariantMap>
#include <functional>

class QDialogButtonBox;

namespace summit::ui {
class Workspace;
}

namespace summit::ui::forms {

class RecordForm;

class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    // `id` empty: a new record of `entity` with `presets` filled in.
    RecordDialog(Workspace& workspace, const QString& entity, const QString& id,
                 const QVariantMap& presets = {}, QWidget* parent = nullptr);
    ~RecordDialog() override;

    RecordForm* form() const { return m_form; }
    // The saved record's id (also known before saving for a new record).
    QString recordId() const;

    // Asked before unsaved changes are dropped: Yes discards, anything else
    // keeps the dialog open. Tests replace it; the default shows a message box.
    using AskDiscard = std::function<QMessageBox::StandardButton(QWidget* parent, const QString& question)>;
    static AskDiscard askDiscard;
    // Shared by other dialogs that hold typed text (the quick follow-up).
    static bool confirmDiscard(QWidget* parent);

    // Asked when a new or edited account or contact looks like one that exists
    // (same normalised name; same mobile or email in the account). Tests replace it.
    enum class DuplicateAnswer
    {
        OpenExisting, // close this form and open the existing record
        SaveAnyway,
        KeepEditing,
    };
    using AskDuplicate = std::function<DuplicateAnswer(QWidget* parent, const QString& question)>;
    static AskDuplicate askDuplicate;

public slots:
    // Validates and applies; true when saved (the dialog is then accepted).
    bool save();
    void reject() override;

private:
    bool checkDuplicates(const FieldValues& fields);

    Workspace& m_workspace;
    RecordForm* m_form = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace summit::ui::forms
