#include "ui/lists/DrillDownBar.h"
#include "ui/UiText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace summit::ui {

DrillDownBar::DrillDownBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("drillDownBar"));
    setVisible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // names come from the records
    auto* showAll = new QPushButton(UiText::tr("Show &All"), this);
    connect(showAll, &QPushButton::clicked, this, &DrillDownBar::showAllClicked);
    layout->addWidget(m_text, 1);
    layout->addWidget(showAll);
}

void DrillDownBar::showFor(const QString& caption, int count)
{
    m_text->setText(UiText::tr("From the dashboard: %1 (%n record(s))", nullptr, count).arg(caption));
    setVisible(true);
}

void DrillDownBar::clear()
{
    setVisible(false);
    m_text->clear();
}

QString DrillDownBar::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

} // namespace summit::ui
