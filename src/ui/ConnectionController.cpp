// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionController.h"

#include "ThemeColors.h"

#include "ConnectionDialog.h"
#include "Prompter.h"
#include "core/ConnectionCheck.h"
#include "core/RevoxClient.h"
#include "core/SecretStore.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>

namespace {

QString connectionTitle(const ConnectionProfile &profile)
{
    return profile.production ? QCoreApplication::translate("ConnectionController", "%1 (production)").arg(profile.name)
                              : profile.name;
}

} // namespace

ConnectionController::ConnectionController(RevoxClient *client, SecretStore *secrets, QSettings *settings,
                                           Prompter *prompter, QWidget *window, QLabel *identity)
    : QObject(window)
    , m_client(client)
    , m_secrets(secrets)
    , m_prompter(prompter)
    , m_window(window)
    , m_identity(identity)
    , m_profiles(std::make_unique<ConnectionProfiles>(*settings))
    , m_addAction(new QAction(tr("&New Connection…"), window))
    , m_editAction(new QAction(tr("&Edit Connection…"), window))
    , m_removeAction(new QAction(tr("&Remove Connection"), window))
    , m_changeKeyAction(new QAction(tr("Change API &Key…"), window))
{
    m_addAction->setObjectName(QStringLiteral("actionAddConnection"));
    m_editAction->setObjectName(QStringLiteral("actionEditConnection"));
    m_removeAction->setObjectName(QStringLiteral("actionRemoveConnection"));
    m_changeKeyAction->setObjectName(QStringLiteral("actionChangeKey"));
    connect(m_addAction, &QAction::triggered, this, &ConnectionController::addConnection);
    connect(m_editAction, &QAction::triggered, this, &ConnectionController::editConnection);
    connect(m_removeAction, &QAction::triggered, this, &ConnectionController::removeConnection);
    connect(m_changeKeyAction, &QAction::triggered, this, &ConnectionController::changeApiKey);
    connect(m_secrets, &SecretStore::readFinished, this, &ConnectionController::onSecretRead);

    m_identity->setObjectName(QStringLiteral("connectionIndicator"));
    m_identity->setAutoFillBackground(true);
    m_identity->setMargin(6);
    m_identity->setTextFormat(Qt::RichText);
    ThemeColors::follow(m_identity, [this] { updateIdentity(); });
}

ConnectionController::~ConnectionController() = default;

void ConnectionController::attach(QMenu *menu, QComboBox *combo)
{
    m_menu = menu;
    m_combo = combo;
    m_combo->setObjectName(QStringLiteral("connectionCombo"));
    m_combo->setAccessibleName(tr("Connection"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_combo, &QComboBox::activated, this, [this](int index) { activate(m_combo->itemData(index).toString()); });
    rebuildMenu();
}

QString ConnectionController::addSessionConnection(const QString &name, const QUrl &baseUrl, const QString &apiKey)
{
    ConnectionProfile profile{QStringLiteral("session-%1").arg(m_sessionProfiles.size() + 1), name, baseUrl, false};
    m_sessionProfiles.append(profile);
    m_sessionKeys.insert(profile.id, apiKey);
    rebuildMenu();
    return profile.id;
}

std::optional<ConnectionProfile> ConnectionController::find(const QString &id) const
{
    for (const ConnectionProfile &profile : m_sessionProfiles) {
        if (profile.id == id)
            return profile;
    }
    return m_profiles->find(id);
}

bool ConnectionController::isSession(const QString &id) const
{
    return id.startsWith(u"session-");
}

void ConnectionController::rebuildMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    delete m_group;
    m_group = new QActionGroup(this);
    m_combo->clear();
    const QList<ConnectionProfile> all = m_profiles->all() + m_sessionProfiles;
    for (int i = 0; i < all.size(); ++i) {
        const ConnectionProfile &profile = all.at(i);
        QAction *action = m_menu->addAction(menuTitle(profile));
        action->setObjectName(QStringLiteral("connection:%1").arg(profile.id));
        action->setCheckable(true);
        action->setChecked(profile.id == m_current.id);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key(Qt::Key_1 + i)));
        m_group->addAction(action);
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] { activate(id); });
        m_combo->addItem(menuTitle(profile), profile.id);
    }
    m_combo->setCurrentIndex(m_combo->findData(m_current.id));
    m_menu->addSeparator();
    m_menu->addAction(m_addAction);
    m_menu->addAction(m_editAction);
    m_menu->addAction(m_changeKeyAction);
    m_menu->addAction(m_removeAction);
    const bool editable = !m_current.isSandbox() && !isSession(m_current.id);
    m_editAction->setEnabled(editable);
    m_removeAction->setEnabled(editable);
    m_changeKeyAction->setEnabled(!m_current.isSandbox());
}

void ConnectionController::activate(const QString &id)
{
    const std::optional<ConnectionProfile> profile = find(id);
    if (!profile)
        return;
    if (id != m_current.id && m_switchGuard && !m_switchGuard()) {
        rebuildMenu(); // put the menu and the box back on the live connection
        return;
    }
    m_current = *profile;
    m_awaitingKeyFor.clear();
    // Unchanged on most starts: no write then, as a write locks, syncs and renames the settings file.
    if (!isSession(id) && m_profiles->currentId() != id)
        m_profiles->setCurrentId(id);
    rebuildMenu();
    updateIdentity();
    emit switched(m_current);

    if (profile->isSandbox()) {
        if (m_sandbox.baseUrl.isEmpty()) {
            emit problem(Banner::Kind::Error, tr("The built-in sandbox could not start: %1").arg(m_sandbox.startError),
                         BannerAction::None);
            return;
        }
        configureClient(m_sandbox.baseUrl, m_sandbox.apiKey);
    } else if (m_sessionKeys.contains(id)) {
        configureClient(profile->baseUrl, m_sessionKeys.value(id));
    } else {
        m_awaitingKeyFor = id;
        m_secrets->read(id);
    }
}

void ConnectionController::onSecretRead(const QString &account, const QString &secret, const QString &error)
{
    if (account != m_awaitingKeyFor)
        return;
    m_awaitingKeyFor.clear();
    if (!error.isEmpty()) {
        emit problem(Banner::Kind::Error, tr("The API key could not be read from the keychain: %1").arg(error),
                     BannerAction::EnterKey);
        return;
    }
    if (secret.isEmpty()) {
        emit problem(Banner::Kind::Warning, tr("No API key is stored for “%1”.").arg(m_current.name),
                     BannerAction::EnterKey);
        return;
    }
    configureClient(m_current.baseUrl, secret);
}

void ConnectionController::configureClient(const QUrl &baseUrl, const QString &apiKey)
{
    QString error;
    if (!m_client->setBaseUrl(baseUrl, &error)) {
        emit problem(Banner::Kind::Error, tr("The base URL of “%1” is refused: %2").arg(m_current.name, error),
                     BannerAction::None);
        return;
    }
    m_client->setApiKey(apiKey);
    m_liveKey = apiKey;
    emit ready();
}

void ConnectionController::updateIdentity()
{
    QString text;
    ThemeColors::Role background = ThemeColors::Role::AccountStrip;
    if (m_current.isSandbox()) {
        text = tr("<b>Sandbox</b> — a local server with sample data. Nothing you do here reaches Revox.");
        background = ThemeColors::Role::SandboxStrip;
    } else {
        // "Acme · alice@clinic.com · https://…": whose account it is, when the key's check said so.
        QString where = m_current.name.toHtmlEscaped();
        if (!m_current.email.isEmpty())
            where += QStringLiteral(" · ") + m_current.email.toHtmlEscaped();
        where += QStringLiteral(" · ") + m_current.baseUrl.toDisplayString().toHtmlEscaped();
        if (m_current.production) {
            text = tr("<b>PRODUCTION</b> — %1. Changes affect live calls.").arg(where);
            background = ThemeColors::Role::ProductionStrip;
        } else {
            text = tr("<b>%1</b>").arg(where);
        }
    }
    QPalette palette = m_identity->palette();
    palette.setColor(QPalette::Window, ThemeColors::color(background));
    palette.setColor(QPalette::WindowText,
                     ThemeColors::color(m_current.production ? ThemeColors::Role::ProductionStripText
                                                             : ThemeColors::Role::StripText));
    m_identity->setPalette(palette);
    m_identity->setText(text);
    m_identity->setProperty("production", m_current.production);
    m_identity->setAccessibleName(QString(text).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
    m_window->setWindowTitle(tr("%1 — Revox Studio").arg(connectionTitle(m_current)));
}

QString ConnectionController::checkBaseUrl(const QUrl &url) const
{
    QString error;
    return RevoxClient::isAcceptableBaseUrl(url, &error) ? QString() : error;
}

QString ConnectionController::menuTitle(const ConnectionProfile &profile) const
{
    const QString title = connectionTitle(profile);
    return profile.email.isEmpty() ? title : tr("%1 — %2").arg(title, profile.email);
}

void ConnectionController::addConnection()
{
    ConnectionCheck check(m_client->networkAccessManager());
    ConnectionDialog dialog(
        std::nullopt, [this](const QUrl &url) { return checkBaseUrl(url); }, &check, QString(), m_window);
    if (m_prompter->exec(&dialog) != QDialog::Accepted)
        return;
    // The server took the key: only now is anything stored.
    const ConnectionProfile profile
        = m_profiles->add(dialog.name(), dialog.baseUrl(), dialog.isProduction(), dialog.user().email);
    // Secret stores answer in order, so the read activate() starts sees this key.
    m_secrets->write(profile.id, dialog.apiKey());
    activate(profile.id);
}

void ConnectionController::editConnection()
{
    ConnectionCheck check(m_client->networkAccessManager());
    ConnectionDialog dialog(
        m_current, [this](const QUrl &url) { return checkBaseUrl(url); }, &check, m_liveKey, m_window);
    if (m_prompter->exec(&dialog) != QDialog::Accepted)
        return;
    ConnectionProfile profile = m_current;
    profile.name = dialog.name();
    profile.baseUrl = dialog.baseUrl();
    profile.production = dialog.isProduction();
    // A new key may be another user's: its label follows it, even when the server did not say whose.
    if (!dialog.user().email.isEmpty() || !dialog.apiKey().isEmpty())
        profile.email = dialog.user().email;
    m_profiles->update(profile);
    if (!dialog.apiKey().isEmpty())
        m_secrets->write(profile.id, dialog.apiKey());
    activate(profile.id);
}

void ConnectionController::removeConnection()
{
    const ConnectionProfile profile = m_current;
    const Prompter::Question question{
        .id = QStringLiteral("removeConnectionConfirmation"),
        .icon = QMessageBox::Question,
        .title = tr("Remove Connection"),
        .text = tr("Remove the connection “%1” and its stored API key? The assistants on the server are not touched.")
                    .arg(profile.name),
        .choices = {{QStringLiteral("confirmRemoveConnection"), tr("Remove"), QMessageBox::DestructiveRole},
                    Prompter::cancelChoice()},
        .defaultChoice = Prompter::cancel};
    if (m_prompter->ask(m_window, question) != u"confirmRemoveConnection")
        return;
    m_profiles->remove(profile.id);
    m_secrets->remove(profile.id);
    activate(ConnectionProfile::sandboxId());
}

void ConnectionController::changeApiKey()
{
    if (m_current.isSandbox())
        return;
    bool ok = false;
    const QString key
        = askForApiKey(*m_prompter, m_window, m_current.name, tr("The key is stored in your system keychain."), &ok)
              .trimmed();
    if (!ok || key.isEmpty())
        return;
    auto *check = new ConnectionCheck(m_client->networkAccessManager(), this);
    const QString id = m_current.id;
    connect(check, &ConnectionCheck::finished, this, [this, check, id, key](const ConnectionCheck::Result &result) {
        check->deleteLater();
        if (m_current.id != id) // another connection is live now
            return;
        if (!result.accepted()) {
            emit problem(Banner::Kind::Error, tr("%1 The key was not stored.").arg(result.message),
                         BannerAction::ReplaceKey);
            return;
        }
        if (isSession(id)) {
            m_sessionKeys.insert(id, key);
        } else {
            m_secrets->write(id, key);
            if (!result.user.email.isEmpty() && result.user.email != m_current.email) {
                m_current.email = result.user.email;
                m_profiles->update(m_current);
                rebuildMenu();
                updateIdentity();
            }
        }
        configureClient(m_current.baseUrl, key);
    });
    check->check(m_current.baseUrl, key);
}
