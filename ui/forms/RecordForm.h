#pragma once
// A form for one record of any entity, built from the schema: one input per
// field with its translated label, required fields marked, and each field
// checked as it is typed (model::valueFromText + model::checkValue) with the
// message shown right below it. The form never writes: change() hands back
// the operation for the caller to apply, and showError() puts the store's
// refusal next to the field concerned, leaving everything typed in place.

#include "model/Schema.h"
#include "store/Store.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>
#include <deque>
#include <vector>

class QFormLayout;
class QLabel;

namespace summit::ui {
class Workspace;
}

namespace summit::ui::forms {

class FieldEditor;

class RecordForm : public QWidget
{
    Q_OBJECT
public:
    explicit RecordForm(Workspace& workspace, QWidget* parent = nullptr);
    ~RecordForm() override;

    // Edits an existing record. Returns false (and shows why) if it cannot be read.
    bool load(const QString& entity, const QString& id);
    // A new record with a fresh id; presets (say account_id) are filled in, and
    // the account of an account-scoped record is shown but not editable.
    void startNew(const QString& entity, const QVariantMap& presets = {});

    QString entityName() const { return m_entity; }
    QString recordId() const { return m_id; }
    bool isNew() const { return m_new; }
    // The record's name as typed (or as stored, for an unnamed entity the id).
    QString title() const;
    // The single field that differs from the stored record, if exactly one does.

    bool isDirty() const;
    // Every field readable and acceptable; shows every message, also for
    // required fields not yet visited.
    bool validateAll();
    bool isValid() const;

    // One Operation::set: the changed fields of an existing record, or every
    // filled-in field of a new one.
    FieldValues changedFields() const;
    // After a successful save: what is shown becomes the stored state.
    void markSaved();
    // The store's refusal, next to its field when it names one.
    void showError(const Error& error);

    // For tests and the dialog: a field's input and its current message.
    QWidget* editor(const QString& field) const;
    QString errorText(const QString& field) const;
    QString generalError() const;

signals:
    // Something was typed or picked.
    void edited();

private:
    struct Row
    {
        FieldEditor* editor = nullptr;
        QLabel* label = nullptr;
        QLabel* error = nullptr;
        QVariant original;
        bool touched = false;
        QString storeError; // the store's message, until the field is edited again
    };
    void build(const QVariantMap& values, const QVariantMap& fixed);
    void clearRows();
    void fillChoices(Row& row, const QString& accountId);
    QString messageFor(const Row& row) const;
    void refresh(Row& row);

    Workspace& m_workspace;
    QString m_entity, m_id;
    bool m_new = false;
    bool m_showAll = false;
    std::vector<Row> m_rows;
    std::deque<model::FieldDef> m_custom; // the custom fields shown (editors refer to them)
    QFormLayout* m_layout = nullptr;
    QLabel* m_general = nullptr;
};

} // namespace summit::ui::forms
