#pragma once
// The banner across the top of the main window while the database is open
// read-only: it says so, names the file and tells how to make changes. It
// stays for as long as the database is open; every edit is refused with the
// store's message besides (nothing typed is dropped).

#include <QFrame>

class QLabel;

namespace summit::ui {

class ReadOnlyBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ReadOnlyBanner(const QString& databasePath, QWidget* parent = nullptr);
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();
    QLabel* m_text = nullptr;
    bool m_tinting = false;
};

} // namespace summit::ui
