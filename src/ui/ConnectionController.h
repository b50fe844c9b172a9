// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Banner.h"
#include "BannerAction.h"
#include "SandboxEndpoint.h"
#include "core/ConnectionProfile.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class Prompter;
class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QWidget;
class RevoxClient;
class SecretStore;

// Which account the window talks to: the saved connections and this session's, their API keys (through
// the SecretStore, never anywhere else), the client's base URL and key, and the strip, title, menu and
// box that say which one is live. A key is checked with the server (ConnectionCheck) before anything about
// it is stored, and the connection is labelled with the e-mail of the key's user.
class ConnectionController : public QObject
{
    Q_OBJECT

public:
    // `identity` is the strip above the content; `window` gets the title and parents the dialogs.
    ConnectionController(RevoxClient *client, SecretStore *secrets, QSettings *settings, Prompter *prompter,
                         QWidget *window, QLabel *identity);
    ~ConnectionController() override;

    ConnectionProfiles &profiles() { return *m_profiles; }
    const ConnectionProfile &current() const { return m_current; }
    bool isAwaitingKey() const { return !m_awaitingKeyFor.isEmpty(); }

    // A connection for this session only, not saved (REVOX_API_KEY and REVOX_BASE_URL from the environment).
    QString addSessionConnection(const QString &name, const QUrl &baseUrl, const QString &apiKey);
    void setSandboxEndpoint(const SandboxEndpoint &sandbox) { m_sandbox = sandbox; }
    // Asked before the live connection changes; false (the user keeps unsaved edits) keeps it.
    void setSwitchGuard(const std::function<bool()> &guard) { m_switchGuard = guard; }
    // The Connection menu and the toolbar box, filled now and after every change.
    void attach(QMenu *menu, QComboBox *combo);

    // Makes a connection the live one; ready() follows once the client can talk to it.
    void activate(const QString &id);
    // Both run the ConnectionDialog, which checks the key first; nothing is stored unless the server took it.
    void addConnection();
    void editConnection();
    void removeConnection();
    // Asks for a new key, checks it, and stores it only when the server takes it.
    void changeApiKey();

signals:
    // The live connection changed: what belonged to the old one must go before anything loads.
    void switched(const ConnectionProfile &profile);
    // The client talks to the live connection now: time to load.
    void ready();
    // Something keeps the client from the live connection; `action` says what the banner offers.
    void problem(Banner::Kind kind, const QString &text, BannerAction action);

private:
    std::optional<ConnectionProfile> find(const QString &id) const;
    bool isSession(const QString &id) const;
    void rebuildMenu();
    void updateIdentity();
    void configureClient(const QUrl &baseUrl, const QString &apiKey);
    void onSecretRead(const QString &account, const QString &secret, const QString &error);
    QString checkBaseUrl(const QUrl &url) const;
    QString menuTitle(const ConnectionProfile &profile) const;

    RevoxClient *m_client;
    SecretStore *m_secrets;
    Prompter *m_prompter;
    QWidget *m_window;
    QLabel *m_identity;
    std::unique_ptr<ConnectionProfiles> m_profiles;
    SandboxEndpoint m_sandbox;
    QList<ConnectionProfile> m_sessionProfiles;
    QHash<QString, QString> m_sessionKeys;
    ConnectionProfile m_current;
    QString m_liveKey; // the key the client uses, so that editing the live connection can check it again
    QString m_awaitingKeyFor; // the connection whose key the secret store is reading
    std::function<bool()> m_switchGuard;

    QMenu *m_menu = nullptr;
    QComboBox *m_combo = nullptr;
    QActionGroup *m_group = nullptr;
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_removeAction;
    QAction *m_changeKeyAction;
};
