#include "ui/forms/FieldEditor.h"
#include "ui/UiText.h"

#include "ui/forms/DateInput.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSet>
#include <QSpinBox>
#include <climits>

namespace summit::ui::forms {

namespace {

using model::FieldType;

// Fields whose text runs to paragraphs.
bool isLongText(const QString& name)
{
    static const QStringList names = {QStringLiteral("notes"),   QStringLiteral("note"),
                                      QStringLiteral("summary"), QStringLiteral("strategy_notes"),
                                      QStringLiteral("outcome"), QStringLiteral("choices")};
    return names.contains(name);
}

QString moneyText(qint64 minor)
{
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    const qint64 abs = minor < 0 ? -minor : minor;
    return sign + QString::number(abs / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QStringList idsOf(const QVariant& stored)
{
    QStringList out;
    if (stored.isNull())
        return out;
    for (const auto& v : QJsonDocument::fromJson(stored.toString().toUtf8()).array())
        out << v.toString();
    return out;
}

bool isEmpty(const QVariant& v)
{
    return !v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

} // namespace

FieldEditor::FieldEditor(const model::EntityDef& entity, const model::FieldDef& field, bool readOnly,
                         QWidget* parent)
    : QObject(parent), m_entity(entity), m_field(field)
{
    build(readOnly);
    m_widget->setParent(parent);
    m_widget->setObjectName(field.name);
    m_widget->setAccessibleName(field.label.isEmpty() ? model::fieldLabel(entity.name, field.name)
                                                      : field.label);
    // In a scrolling form, the wheel over a choice or a number scrolls the form
    // unless that input has the focus: a passing wheel changed values unseen.
    if (m_kind == Kind::Combo || m_kind == Kind::Spin) {
        m_widget->setFocusPolicy(Qt::StrongFocus);
        m_widget->installEventFilter(this);
    }
}

bool FieldEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_widget && event->type() == QEvent::Wheel && !m_widget->hasFocus()) {
        // The parent (and up to the scroll area) gets it instead.
        if (QWidget* parent = m_widget->parentWidget())
            QCoreApplication::sendEvent(parent, event);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void FieldEditor::build(bool readOnly)
{
    if (readOnly) {
        m_kind = Kind::ReadOnly;
        auto* label = new QLabel;
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_widget = label;
        return;
    }
    switch (m_field.type) {
    case FieldType::Enum: {
        m_kind = Kind::Combo;
        auto* combo = new QComboBox;
        if (!m_field.required)
            combo->addItem(QString(), QVariant());
        for (const QString& key : m_field.enumValues)
            combo->addItem(model::enumLabel(m_field.name, key), key);
        connect(combo, &QComboBox::activated, this, &FieldEditor::edited);
        m_widget = combo;
        return;
    }
    case FieldType::Ref: {
        m_kind = Kind::Combo;
        auto* combo = new QComboBox;
        // Type-ahead over the names of a long list.
        combo->setEditable(false);
        if (!m_field.required)
            combo->addItem(QString(), QVariant());
        connect(combo, &QComboBox::activated, this, &FieldEditor::edited);
        m_widget = combo;
        return;
    }
    case FieldType::Int:
        if (m_field.check == model::Check::Range) {
            m_kind = Kind::Spin;
            auto* spin = new QSpinBox;
            const int lo = int(m_field.min), hi = int(std::min<qint64>(m_field.max, INT_MAX));
            // One below the minimum stands for "not set" (QSpinBox has no empty state).
            spin->setRange(m_field.required ? lo : lo - 1, hi);
            if (!m_field.required)
                spin->setSpecialValueText(UiText::tr("not set"));
            spin->setValue(spin->minimum());
            connect(spin, &QSpinBox::valueChanged, this, &FieldEditor::edited);
            m_widget = spin;
            return;
        }
        break;
    case FieldType::Money:
        m_kind = Kind::Money;
        break;
    case FieldType::Date:
    case FieldType::DateTime: {
        m_kind = Kind::Date;
        auto* input = new DateInput(m_field.type == FieldType::Date ? DateInput::Mode::Date
                                                                    : DateInput::Mode::DateTime);
        connect(input, &QLineEdit::textEdited, this, &FieldEditor::edited);
        m_widget = input;
        return;
    }
    case FieldType::IdList: {
        m_kind = Kind::List;
        auto* list = new QListWidget;
        list->setMaximumHeight(120);
        connect(list, &QListWidget::itemChanged, this, &FieldEditor::edited);
        m_widget = list;
        return;
    }
    case FieldType::Text:
        if (isLongText(m_field.name) || m_field.longText) {
            m_kind = Kind::MultiLine;
            auto* edit = new QPlainTextEdit;
            edit->setTabChangesFocus(true);
            edit->setMaximumHeight(90);
            connect(edit, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
            m_widget = edit;
            return;
        }
        break;
    }
    auto* line = new QLineEdit;
    if (m_kind == Kind::Money)
        line->setPlaceholderText(UiText::tr("e.g. 1234.50 or 12万"));
    connect(line, &QLineEdit::textEdited, this, &FieldEditor::edited);
    m_widget = line;
}

void FieldEditor::setChoices(const Choices& choices)
{
    if (m_kind == Kind::Combo) {
        auto* combo = static_cast<QComboBox*>(m_widget);
        const QVariant current = combo->currentData();
        combo->clear();
        if (!m_field.required)
            combo->addItem(QString(), QVariant());
        for (const auto& [id, text] : choices)
            combo->addItem(text, id);
        setValue(current);
    } else if (m_kind == Kind::List) {
        auto* list = static_cast<QListWidget*>(m_widget);
        const QStringList checked = idsOf(value(nullptr));
        const QSignalBlocker block(list);
        list->clear();
        for (const auto& [id, text] : choices) {
            auto* item = new QListWidgetItem(text, list);
            item->setData(Qt::UserRole, id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void FieldEditor::setReadOnlyText(const QString& text)
{
    if (m_kind == Kind::ReadOnly)
        static_cast<QLabel*>(m_widget)->setText(text);
}

void FieldEditor::setReferenceDate(const QDate& today)
{
    if (m_kind == Kind::Date)
        static_cast<DateInput*>(m_widget)->setReferenceDate(today);
}

void FieldEditor::setValue(const QVariant& stored)
{
    const bool empty = isEmpty(stored);
    switch (m_kind) {
    case Kind::Line:
        static_cast<QLineEdit*>(m_widget)->setText(empty ? QString() : stored.toString());
        break;
    case Kind::Money:
        static_cast<QLineEdit*>(m_widget)->setText(empty ? QString() : moneyText(stored.toLongLong()));
        break;
    case Kind::MultiLine: {
        auto* edit = static_cast<QPlainTextEdit*>(m_widget);
        const QSignalBlocker block(edit);
        edit->setPlainText(empty ? QString() : stored.toString());
        break;
    }
    case Kind::Combo: {
        auto* combo = static_cast<QComboBox*>(m_widget);
        int index = empty ? combo->findData(QVariant()) : combo->findData(stored.toString());
        if (index < 0 && !empty) {
            // A value the list does not offer (a deleted record): keep it visible and kept.
            combo->addItem(stored.toString(), stored.toString());
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(index, 0));
        break;
    }
    case Kind::Spin: {
        auto* spin = static_cast<QSpinBox*>(m_widget);
        const QSignalBlocker block(spin);
        spin->setValue(empty ? spin->minimum() : int(stored.toLongLong()));
        break;
    }
    case Kind::Date:
        static_cast<DateInput*>(m_widget)->setStoredValue(stored);
        break;
    case Kind::List: {
        auto* list = static_cast<QListWidget*>(m_widget);
        const QStringList ids = idsOf(stored);
        const QSignalBlocker block(list);
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(
                ids.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        break;
    }
    case Kind::ReadOnly:
        m_readOnlyValue = stored;
        if (static_cast<QLabel*>(m_widget)->text().isEmpty())
            static_cast<QLabel*>(m_widget)->setText(stored.toString());
        break;
    }
}

QVariant FieldEditor::value(QString* error) const
{
    QString why;
    QVariant out;
    switch (m_kind) {
    case Kind::Line:
    case Kind::Money:
        out = model::valueFromText(m_field, static_cast<QLineEdit*>(m_widget)->text(), &why);
        break;
    case Kind::MultiLine:
        out = model::valueFromText(m_field, static_cast<QPlainTextEdit*>(m_widget)->toPlainText(), &why);
        break;
    case Kind::Combo:
        out = static_cast<QComboBox*>(m_widget)->currentData();
        break;
    case Kind::Spin: {
        auto* spin = static_cast<QSpinBox*>(m_widget);
        if (m_field.required || spin->value() != spin->minimum())
            out = qint64(spin->value());
        break;
    }
    case Kind::Date:
        out = static_cast<DateInput*>(m_widget)->storedValue(&why);
        break;
    case Kind::List: {
        auto* list = static_cast<QListWidget*>(m_widget);
        QJsonArray ids;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                ids.append(list->item(i)->data(Qt::UserRole).toString());
        if (!ids.isEmpty())
            out = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
        break;
    }
    case Kind::ReadOnly:
        out = m_readOnlyValue;
        break;
    }
    if (!why.isEmpty()) {
        if (error) {
            const QString label = model::fieldLabel(m_entity.name, m_field.name);
            *error = QStringLiteral("%1: %2").arg(label, why);
        }
        return {};
    }
    return isEmpty(out) ? QVariant() : out;
}

bool FieldEditor::sameValue(const model::FieldDef& field, const QVariant& a, const QVariant& b)
{
    const bool emptyA = isEmpty(a), emptyB = isEmpty(b);
    if (emptyA || emptyB)
        return emptyA == emptyB;
    switch (field.type) {
    case FieldType::Int:
    case FieldType::Money:
        return a.toLongLong() == b.toLongLong();
    case FieldType::IdList: {
        const QStringList x = idsOf(a), y = idsOf(b);
        return QSet<QString>(x.begin(), x.end()) == QSet<QString>(y.begin(), y.end());
    }
    default:
        return a.toString() == b.toString();
    }
}

} // namespace summit::ui::forms
