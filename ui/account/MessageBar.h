#pragma once
// An inline message bar: a short, dismissable message shown above the thing it
// is about (a refused edit above the table, a refused move above the tree).
// Unlike a message box it never blocks, so tests and keyboard users carry on;
// the text is selectable so that a value quoted in it can be copied back.

#include <QFrame>

class QLabel;
class QToolButton;

namespace summit::ui {

class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Information,
        Error,
    };

    explicit MessageBar(QWidget* parent = nullptr);

    // Shows `text` (plain text) until dismissed or replaced.
    void showMessage(const QString& text, Kind kind = Kind::Error);
    QString text() const;
    Kind kind() const { return m_kind; }

public slots:
    // Hides the bar and forgets the message (the close button and Escape).
    void dismiss();

signals:
    void dismissed();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QToolButton* m_close = nullptr;
    Kind m_kind = Kind::Information;
    bool m_tinting = false;
};

} // namespace summit::ui
