#pragma once
// Bulk edit: one field of many selected records set to one value, as one
// undoable change ("Edit account manager of 500 records (Account)"). The
// handover the seeds ask for when someone leaves is this dialog on the
// account list with the account manager field. Before writing it says how
// many records change, through the confirm seam.

#include <QDialog>
#include <QStringList>
#include <functional>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace summit::ui {
class Workspace;
}

namespace summit::ui::forms {

class FieldEditor;

class BulkEditDialog : public QDialog
{
    Q_OBJECT
public:
    // `fields` are the fields offered, in order (e.g. am_id, tier, stage, region).
    BulkEditDialog(Workspace& workspace, const QString& entity, const QStringList& ids,
                   const QStringList& fields, QWidget* parent = nullptr);

    QComboBox* fieldBox() const { return m_field; }
    FieldEditor* editor() const { return m_editor; }
    QString errorText() const;
    // Asks, then applies; true when written (the dialog is then accepted).
    bool apply();

    using Confirm = std::function<bool(QWidget* parent, const QString& question)>;
    static Confirm confirm; // tests replace it

    // The offered fields of the types with a list view.
    static QStringList fieldsFor(const QString& entity);

private:
    void rebuildEditor();

    Workspace& m_workspace;
    QString m_entity;
    QStringList m_ids;
    QComboBox* m_field = nullptr;
    FieldEditor* m_editor = nullptr;
    QVBoxLayout* m_editorBox = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace summit::ui::forms
