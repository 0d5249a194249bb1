#pragma once
// The input widget of one schema field and the conversion between what it
// shows and the stored value: a line edit for text and money, a combo box for
// enumerations and references, a spin box for ranged numbers, a DateInput for
// dates, a multi-line editor for notes, a checked list for id lists.

#include "model/Schema.h"

#include <QObject>
#include <QVariant>
#include <utility>
#include <vector>

class QWidget;

namespace summit::ui::forms {

class FieldEditor : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Line,
        Money,
        MultiLine,
        Combo,
        Spin,
        Date,
        List,
        ReadOnly,
    };
    // (stored value, shown text) pairs for references and id lists.
    using Choices = std::vector<std::pair<QString, QString>>;

    FieldEditor(const model::EntityDef& entity, const model::FieldDef& field, bool readOnly, QWidget* parent);

    const model::FieldDef& field() const { return m_field; }
    Kind kind() const { return m_kind; }
    QWidget* widget() const { return m_widget; }

    // Offered records of a reference or id list; keeps the current value.
    void setChoices(const Choices& choices);
    // Shown in place of a reference id that is not among the choices.
    void setReadOnlyText(const QString& text);
    void setReferenceDate(const QDate& today);

    void setValue(const QVariant& stored);
    // The stored form of what is shown; null when empty. Unreadable text gives
    // null and a translated reason naming the field in *error.
    QVariant value(QString* error) const;

    // True when two stored values mean the same (null equals empty; numbers
    // compare as numbers; id lists as sets).
    static bool sameValue(const model::FieldDef& field, const QVariant& a, const QVariant& b);

    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void edited();

private:
    void build(bool readOnly);

    const model::EntityDef& m_entity;
    const model::FieldDef& m_field;
    Kind m_kind = Kind::Line;
    QWidget* m_widget = nullptr;
    QVariant m_readOnlyValue;
};

} // namespace summit::ui::forms
