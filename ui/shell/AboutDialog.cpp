#include "ui/shell/AboutDialog.h"
#include "ui/UiText.h"

#include "Versions.h"
#include "ui/shell/AppIcon.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace summit::ui {

namespace {

QString table(const QList<QPair<QString, QString>>& rows)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto& [left, right] : rows)
        html += QStringLiteral("<tr><td>%1</td><td style=\"padding-left: 12px\">%2</td></tr>")
                    .arg(left.toHtmlEscaped(), right.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

QString plain(const QLabel* label)
{
    return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
}

} // namespace

AboutDialog::AboutDialog(const QList<Component>& more, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(UiText::tr("About Summit"));

    auto* icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(QSize(96, 96)));
    icon->setAlignment(Qt::AlignTop);

    auto* name =
        new QLabel(QStringLiteral("<span style=\"font-size: 18pt; font-weight: 600\">Summit</span>"), this);
    auto* tagline = new QLabel(UiText::tr("Key-account management for enterprise sales teams. "
                                          "Works offline; replicates through git."),
                               this);
    tagline->setWordWrap(true);
    m_version = new QLabel(
        UiText::tr("Version %1 (commit %2)").arg(versions::application(), versions::commit()), this);
    m_version->setObjectName(QStringLiteral("aboutVersion"));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* heading = new QVBoxLayout;
    heading->addWidget(name);
    heading->addWidget(m_version);
    heading->addWidget(tagline);
    heading->addStretch();
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addLayout(heading, 1);

    QList<QPair<QString, QString>> components{{QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
                                              {QStringLiteral("SQLite"), versions::sqlite()}};
    for (const Component& c : more)
        components.append({c.name, c.version});
    m_components = new QLabel(table(components), this);
    m_components->setObjectName(QStringLiteral("aboutComponents"));
    m_components->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* built = new QGroupBox(UiText::tr("Running on"), this);
    (new QVBoxLayout(built))->addWidget(m_components);

    m_licences =
        new QLabel(table({
                       {QStringLiteral("Qt"), UiText::tr("GNU LGPL version 3")},
                       {QStringLiteral("SQLite"), UiText::tr("Public domain")},
                       {QStringLiteral("libgit2"), UiText::tr("GNU GPL version 2 with a linking exception")},
                       {QStringLiteral("minizip"), UiText::tr("zlib licence")},
                       {QStringLiteral("doctest"), UiText::tr("MIT licence (the tests only; not shipped)")},
                   }),
                   this);
    m_licences->setObjectName(QStringLiteral("aboutLicences"));
    m_licences->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* licences = new QGroupBox(UiText::tr("Licences of the libraries Summit uses"), this);
    (new QVBoxLayout(licences))->addWidget(m_licences);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(built);
    layout->addWidget(licences);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

QString AboutDialog::versionText() const
{
    return m_version->text();
}

QString AboutDialog::componentsText() const
{
    return plain(m_components);
}

QString AboutDialog::licencesText() const
{
    return plain(m_licences);
}

} // namespace summit::ui
