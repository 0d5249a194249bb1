#include "ui/shell/WhoAreYouDialog.h"
#include "ui/UiText.h"

#include "model/Schema.h"
#include "query/Team.h"
#include "ui/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace summit::ui {

WhoAreYouDialog::WhoAreYouDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("whoAreYouDialog"));
    setWindowTitle(UiText::tr("Who are you?"));
    auto* intro = new QLabel(UiText::tr("Summit records who made each change and shows you your own tasks. "
                                        "Choose yourself, or add yourself to the team."),
                             this);
    intro->setWordWrap(true);

    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("whoMember"));
    bool anyone = false;
    if (auto members = query::members(workspace.store().reader()))
        for (const query::MemberRow& m : members.value())
            if (!m.left()) {
                m_member->addItem(m.name, m.id);
                anyone = true;
            }
    m_member->addItem(UiText::tr("Someone new: me"), QString());
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("whoName"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("whoEmail"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("whoRole"));
    for (const QString& key : model::entity(u"member")->field(u"role")->enumValues)
        m_role->addItem(model::enumLabel(u"role", key), key);
    // The first member of a database runs it; later ones are usually account managers.
    m_role->setCurrentIndex(
        m_role->findData(anyone ? QStringLiteral("account_manager") : QStringLiteral("admin")));

    auto* form = new QFormLayout;
    form->addRow(UiText::tr("&I am:"), m_member);
    form->addRow(UiText::tr("&Name:"), m_name);
    form->addRow(UiText::tr("&Email:"), m_email);
    form->addRow(UiText::tr("&Role:"), m_role);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("whoError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons->button(QDialogButtonBox::Ok), &QPushButton::clicked, this, &WhoAreYouDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_member, &QComboBox::currentIndexChanged, this, &WhoAreYouDialog::updateNewFields);
    updateNewFields();
    resize(440, 260);
}

QString WhoAreYouDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void WhoAreYouDialog::updateNewFields()
{
    const bool creating = m_member->currentData().toString().isEmpty();
    for (QWidget* w :
         {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_email), static_cast<QWidget*>(m_role)})
        w->setEnabled(creating);
    if (creating)
        m_name->setFocus();
}

bool WhoAreYouDialog::save()
{
    QString id = m_member->currentData().toString();
    if (id.isEmpty()) {
        FieldValues fields = {{QStringLiteral("name"), m_name->text().trimmed()},
                              {QStringLiteral("role"), m_role->currentData()}};
        if (!m_email->text().trimmed().isEmpty())
            fields.emplace_back(QStringLiteral("email"), m_email->text().trimmed());
        auto added = m_workspace.commands().addMember(fields);
        if (!added) {
            m_error->setText(added.message());
            m_error->show();
            return false;
        }
        id = added.value();
    }
    m_workspace.setMe(id);
    accept();
    return true;
}

} // namespace summit::ui
