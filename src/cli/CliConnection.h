// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkAccessManager>
#include <QString>

#include <memory>

class RevoxClient;
class SandboxThread;
class SecretStore;

// Where revox-studio-cli connects, chosen as the app chooses: the built-in sandbox in this process (--sandbox,
// on the app's data file unless --sandbox-data says otherwise), one of the app's saved connections
// (--connection NAME, its key from the system keychain), or REVOX_API_KEY / REVOX_BASE_URL like the SDKs.
// The key goes to the client and nowhere else: never printed, never written.
class CliConnection
{
public:
    struct Choice
    {
        bool sandbox = false;
        QString sandboxData; // empty: the app's sandbox.sqlite
        QString connection; // a saved connection's name (or id)
    };
    enum class Failure { None, Usage, Unreachable };

    CliConnection();
    ~CliConnection();
    CliConnection(const CliConnection &) = delete;
    CliConnection &operator=(const CliConnection &) = delete;

    // Blocks while the keychain answers or the sandbox starts. On failure, *error says why.
    Failure open(const Choice &choice, QString *error);

    RevoxClient &client() { return *m_client; }
    // For people: "the sandbox", the saved connection's name, or the API's host.
    QString name() const { return m_name; }
    // A saved connection marked production; from the environment, REVOX_PRODUCTION (1 or 0), else any server
    // that is not on this machine.
    bool isProduction() const { return m_production; }

private:
    Failure openSandbox(const QString &dataPath, QString *error);
    Failure openSaved(const QString &name, QString *error);
    Failure openEnvironment(QString *error);
    QString readKey(SecretStore &store, const QString &account, QString *error);

    QNetworkAccessManager m_network;
    std::unique_ptr<RevoxClient> m_client;
    std::unique_ptr<SandboxThread> m_sandbox;
    QString m_name;
    bool m_production = false;
};
