#pragma once
// Type-ahead picking of records: a line edit whose text is searched as it is
// typed (Chinese, pinyin and initials, through whatever search function it is
// given), the hits listed right below it. Down/Up move through the hits,
// Enter picks, Escape closes the list. In Single mode the picked record's name
// stays in the line edit and editing it drops the pick; in Multiple mode each
// pick becomes a removable chip (click it, or Backspace in the empty field)
// and the line edit clears for the next one.

#include <QWidget>
#include <functional>
#include <vector>

class QHBoxLayout;
class QLineEdit;
class QListWidget;

namespace summit::ui::followup {

class SearchPicker : public QWidget
{
    Q_OBJECT
public:
    struct Item
    {
        QString id, title, detail, accountId;
    };
    using Search = std::function<std::vector<Item>(const QString& text)>;
    enum class Mode
    {
        Single,
        Multiple,
    };

    explicit SearchPicker(Mode mode, QWidget* parent = nullptr);

    void setSearch(Search search) { m_search = std::move(search); }
    void setPlaceholderText(const QString& text);
    QLineEdit* lineEdit() const { return m_edit; }
    QListWidget* results() const { return m_results; }

    const std::vector<Item>& picked() const { return m_picked; }
    QStringList pickedIds() const;
    QString typedText() const;
    // Adds (Multiple) or sets (Single) a pick without searching: prefilled values.
    void pick(const Item& item);
    void clearPicked();

signals:
    // The set of picked records changed (by a pick, a removal or an edit).
    void pickedChanged();
    void itemPicked(const QString& id, const QString& title, const QString& accountId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch(const QString& text);
    void pickRow(int row);
    void removeAt(size_t index);
    void rebuildChips();
    void hideResults();

    Mode m_mode;
    Search m_search;
    QLineEdit* m_edit = nullptr;
    QListWidget* m_results = nullptr;
    QWidget* m_chips = nullptr;
    QHBoxLayout* m_chipLayout = nullptr;
    std::vector<Item> m_hits;
    std::vector<Item> m_picked;
};

} // namespace summit::ui::followup
