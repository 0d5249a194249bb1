#include "ui/sync/SyncSettingsPage.h"

#include "store/RemoteAddress.h"
#include "ui/UiText.h"

#include "ui/shell/FilePrompts.h"
#include "ui/sync/SyncController.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace summit::ui {

namespace {
QLabel* wrappingLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText); // messages quote the remote and its server
    return label;
}
} // namespace

SyncSettingsPage::SyncSettingsPage(SyncController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    buildUi();
    m_remote->setText(m_controller.remote());
    fillCredentials();
    m_autoSync->setValue(m_controller.autoSyncMinutes());
    connect(&m_controller, &SyncController::statusChanged, this, &SyncSettingsPage::refreshStatus);
    connect(&m_controller, &SyncController::connectionTested, this, &SyncSettingsPage::showTestResult);
    connect(&m_controller, &SyncController::newSshHost, this, &SyncSettingsPage::askToTrustHost);
    connect(&m_controller, &SyncController::syncFinished, this, &SyncSettingsPage::showSyncResult);
    // The keychain answers later than the page is built: fill in what it had,
    // unless the user has started typing.
    connect(&m_controller, &SyncController::credentialsChanged, this, [this] {
        if (!m_credentialsEdited)
            fillCredentials();
    });
    connect(&m_controller, &SyncController::autoSyncMinutesChanged, m_autoSync, &QSpinBox::setValue);
    refreshStatus();
}

void SyncSettingsPage::buildUi()
{
    auto* remoteBox = new QGroupBox(UiText::tr("Team remote"), this);
    auto* form = new QFormLayout(remoteBox);
    m_remote = new QLineEdit(remoteBox);
    m_remote->setObjectName(QStringLiteral("remote"));
    m_remote->setPlaceholderText(
        UiText::tr("/srv/share/team.git, ssh://git@host/team.git or https://host/team.git"));
    form->addRow(UiText::tr("&Remote:"), m_remote);
    auto* hint = wrappingLabel(QStringLiteral("remoteHint"), remoteBox);
    hint->setText(
        UiText::tr("A path to a bare git repository on a shared drive, git://, ssh:// or https:// (Gitea, "
                   "GitLab, GitHub). For https give a user name and an access token; for ssh the ssh agent "
                   "is tried first, then the key file."));
    form->addRow(hint);
    m_username = new QLineEdit(remoteBox);
    m_username->setObjectName(QStringLiteral("username"));
    form->addRow(UiText::tr("&User name:"), m_username);
    m_token = new QLineEdit(remoteBox);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    form->addRow(UiText::tr("Access &token:"), m_token);
    m_tokenNote = wrappingLabel(QStringLiteral("tokenNote"), remoteBox);
    m_tokenNote->setVisible(false);
    form->addRow(m_tokenNote);
    auto* keyRow = new QHBoxLayout;
    m_sshKey = new QLineEdit(remoteBox);
    m_sshKey->setObjectName(QStringLiteral("sshKey"));
    m_sshKey->setPlaceholderText(UiText::tr("~/.ssh/id_ed25519"));
    auto* browse = new QPushButton(UiText::tr("&Browse…"), remoteBox);
    keyRow->addWidget(m_sshKey, 1);
    keyRow->addWidget(browse);
    auto* keyLabel = new QLabel(UiText::tr("SSH &key file:"), remoteBox);
    keyLabel->setBuddy(m_sshKey);
    form->addRow(keyLabel, keyRow);
    m_passphrase = new QLineEdit(remoteBox);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(UiText::tr("Key &passphrase:"), m_passphrase);
    m_credentialNote = wrappingLabel(QStringLiteral("credentialNote"), remoteBox);
    form->addRow(m_credentialNote);
    auto* buttons = new QHBoxLayout;
    m_test = new QPushButton(UiText::tr("T&est connection"), remoteBox);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_save = new QPushButton(UiText::tr("&Save"), remoteBox);
    m_save->setObjectName(QStringLiteral("save"));
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    form->addRow(buttons);
    m_testResult = wrappingLabel(QStringLiteral("testResult"), remoteBox);
    form->addRow(m_testResult);

    auto* autoBox = new QGroupBox(UiText::tr("Automatic sync"), this);
    auto* autoForm = new QFormLayout(autoBox);
    m_autoSync = new QSpinBox(autoBox);
    m_autoSync->setObjectName(QStringLiteral("autoSync"));
    m_autoSync->setRange(0, 24 * 60);
    m_autoSync->setSpecialValueText(UiText::tr("Off"));
    m_autoSync->setSuffix(UiText::tr(" min"));
    autoForm->addRow(UiText::tr("Sync &every:"), m_autoSync);
    auto* autoHint = wrappingLabel(QStringLiteral("autoHint"), autoBox);
    autoHint->setText(
        UiText::tr("Summit also syncs when it starts and when it quits. Your changes are saved on this "
                   "computer at once; sync only shares them."));
    autoForm->addRow(autoHint);

    auto* statusBox = new QGroupBox(UiText::tr("Status"), this);
    auto* statusForm = new QFormLayout(statusBox);
    m_lastSync = wrappingLabel(QStringLiteral("lastSync"), statusBox);
    m_pending = wrappingLabel(QStringLiteral("pending"), statusBox);
    m_lastError = wrappingLabel(QStringLiteral("lastError"), statusBox);
    m_syncResult = wrappingLabel(QStringLiteral("syncResult"), statusBox);
    statusForm->addRow(UiText::tr("Last sync:"), m_lastSync);
    statusForm->addRow(UiText::tr("Not yet shared:"), m_pending);
    statusForm->addRow(UiText::tr("Last error:"), m_lastError);
    m_deviceKey = wrappingLabel(QStringLiteral("deviceKey"), statusBox);
    m_deviceKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* deviceKeyLabel = new QLabel(UiText::tr("Signing key:"), statusBox);
    deviceKeyLabel->setToolTip(UiText::tr(
        "Every change this computer sends is signed with this key. The team's other computers "
        "accept this device's changes only with it, so nobody else can send changes in its name."));
    statusForm->addRow(deviceKeyLabel, m_deviceKey);
    m_quarantined = wrappingLabel(QStringLiteral("quarantined"), statusBox);
    m_quarantinedLabel = new QLabel(UiText::tr("Refused changes:"), statusBox);
    m_quarantinedLabel->setToolTip(
        UiText::tr("Changes another device sent that this computer refused, with the reason. Nothing of "
                   "them was applied; that device's later changes wait behind them, everyone else's keep "
                   "coming. Each sync tries them again."));
    statusForm->addRow(m_quarantinedLabel, m_quarantined);
    statusForm->addRow(m_syncResult);
    m_syncNow = new QPushButton(UiText::tr("Sync &now"), statusBox);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    statusForm->addRow(m_syncNow);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(remoteBox);
    layout->addWidget(autoBox);
    layout->addWidget(statusBox);
    layout->addStretch(1);

    connect(m_test, &QPushButton::clicked, this, &SyncSettingsPage::testConnection);
    connect(m_save, &QPushButton::clicked, this, &SyncSettingsPage::save);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncSettingsPage::syncNow);
    connect(browse, &QPushButton::clicked, this, &SyncSettingsPage::browseKey);
    connect(m_autoSync, &QSpinBox::valueChanged, &m_controller, &SyncController::setAutoSyncMinutes);
    connect(m_remote, &QLineEdit::textEdited, this, [this] { m_remoteEdited = true; });
    for (QLineEdit* edit : {m_username, m_token, m_sshKey, m_passphrase})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_credentialsEdited = true; });
}

QString SyncSettingsPage::typedRemote() const
{
    return m_remote->text().trimmed();
}

SyncCredentials SyncSettingsPage::typedCredentials() const
{
    SyncCredentials c;
    c.username = m_username->text().trimmed();
    c.token = m_token->text();
    c.sshKeyPath = m_sshKey->text().trimmed();
    c.sshPassphrase = m_passphrase->text();
    return c;
}

void SyncSettingsPage::fillCredentials()
{
    const SyncCredentials c = m_controller.credentials();
    m_username->setText(c.username);
    m_token->setText(c.token);
    m_sshKey->setText(c.sshKeyPath);
    m_passphrase->setText(c.sshPassphrase);
    m_credentialNote->setText(
        m_controller.keepsCredentials()
            ? UiText::tr("The user name, token and passphrase are kept in the system keychain.")
            : UiText::tr("There is no system keychain: the user name, token and passphrase are "
                         "kept only until Summit quits, and asked for again next time."));
}

void SyncSettingsPage::takeTokenOutOfRemote()
{
    const remote::Address address = remote::split(m_remote->text());
    if (address.secret.isEmpty())
        return;
    m_remote->setText(address.url);
    if (m_username->text().trimmed().isEmpty())
        m_username->setText(address.username);
    m_token->setText(address.secret);
    m_credentialsEdited = true;
    m_remoteEdited = true;
    m_tokenNote->setText(UiText::tr("The access token was taken out of the address: it is kept with the "
                                    "credentials below, never in the address."));
    m_tokenNote->setVisible(true);
}

void SyncSettingsPage::save()
{
    takeTokenOutOfRemote();
    if (typedRemote() != m_controller.remote())
        m_controller.setRemote(typedRemote());
    if (!(typedCredentials() == m_controller.credentials()))
        m_controller.setCredentials(typedCredentials());
    m_credentialsEdited = false;
    m_remoteEdited = false;
}

void SyncSettingsPage::testConnection()
{
    takeTokenOutOfRemote();
    if (typedRemote().isEmpty()) {
        showTestResult(false, UiText::tr("Enter the address of the team remote first."));
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setText(UiText::tr("Testing the connection to %1…").arg(typedRemote()));
    m_controller.testConnection(typedRemote(), typedCredentials());
}

// A new ssh host: trusted only by the user's own choice, after comparing the
// fingerprint; then the same test runs again, which records the key.
void SyncSettingsPage::askToTrustHost(const QString& url, const QString& host, const QString& fingerprint)
{
    if (!prompts::trustSshHost(this, host, fingerprint)) {
        showTestResult(false,
                       UiText::tr("The ssh server %1 (key fingerprint %2) was not trusted, so nothing was "
                                  "sent to it.")
                           .arg(host, fingerprint));
        return;
    }
    SyncCredentials credentials = typedCredentials();
    credentials.trustHostKey = fingerprint;
    m_testResult->setText(UiText::tr("Testing the connection to %1…").arg(url));
    m_controller.testConnection(url, credentials);
}

void SyncSettingsPage::syncNow()
{
    if (m_remoteEdited || m_credentialsEdited) // what was typed is what the user means to sync with
        save();
    if (m_controller.remote().isEmpty()) {
        m_syncResult->setText(UiText::tr("Enter the address of the team remote first."));
        return;
    }
    m_syncResult->setText(UiText::tr("Syncing…"));
    m_controller.syncNow();
}

void SyncSettingsPage::showTestResult(bool ok, const QString& message)
{
    m_test->setEnabled(true);
    m_testResult->setText(ok ? UiText::tr("The connection works. %1").arg(message)
                             : UiText::tr("The connection failed. %1").arg(message));
}

void SyncSettingsPage::showSyncResult(bool ok, const QString& message)
{
    m_syncResult->setText(ok ? message : UiText::tr("Sync failed. %1").arg(message));
}

void SyncSettingsPage::refreshStatus()
{
    const SyncState s = m_controller.status();
    if (!m_remoteEdited && m_remote->text().trimmed() != s.remote)
        m_remote->setText(s.remote);
    m_lastSync->setText(s.lastSync.isValid()
                            ? QLocale().toString(s.lastSync.toLocalTime(), QLocale::ShortFormat)
                            : UiText::tr("never"));
    const int pending = int(std::min<qint64>(s.pendingOperations, INT_MAX));
    m_pending->setText(pending > 0 ? UiText::tr("%n changes", nullptr, pending) : UiText::tr("nothing"));
    m_lastError->setText(s.lastError.isEmpty() ? UiText::tr("none") : s.lastError);
    m_deviceKey->setText(s.deviceKey.isEmpty() ? UiText::tr("made when this computer first sends its changes")
                                               : s.deviceKey);
    m_quarantined->setText(s.quarantined.join(QLatin1Char('\n')));
    m_quarantined->setVisible(!s.quarantined.isEmpty());
    m_quarantinedLabel->setVisible(!s.quarantined.isEmpty());
    m_syncNow->setEnabled(!s.running);
    if (s.running)
        m_syncResult->setText(UiText::tr("Syncing…"));
}

void SyncSettingsPage::browseKey()
{
    const QString path = QFileDialog::getOpenFileName(this, UiText::tr("SSH key file"), m_sshKey->text());
    if (path.isEmpty())
        return;
    m_sshKey->setText(path);
    m_credentialsEdited = true;
}

} // namespace summit::ui
