// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliConnection.h"

#include "core/ClientSettings.h"
#include "core/ConnectionProfile.h"
#include "core/RevoxClient.h"
#include "keychain/KeychainSecretStore.h"
#include "sandbox/SandboxThread.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QHostAddress>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliConnection)
};

bool isThisMachine(const QUrl &url)
{
    const QString host = url.host();
    return host.compare(u"localhost", Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

} // namespace

CliConnection::CliConnection()
    : m_client(std::make_unique<RevoxClient>(&m_network))
{ }

CliConnection::~CliConnection() = default;

CliConnection::Failure CliConnection::open(const Choice &choice, QString *error)
{
    if (choice.sandbox)
        return openSandbox(choice.sandboxData, error);
    if (!choice.connection.isEmpty())
        return openSaved(choice.connection, error);
    return openEnvironment(error);
}

CliConnection::Failure CliConnection::openSandbox(const QString &dataPath, QString *error)
{
    SandboxServer::Options options;
    options.dataPath = dataPath;
    if (options.dataPath.isEmpty()) { // the app's own sandbox: the same file, so the same assistants
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        options.dataPath = dir + QStringLiteral("/sandbox.sqlite");
    }
    options.apiKey = QUuid::createUuid().toString(QUuid::WithoutBraces); // this run's only
    m_sandbox = std::make_unique<SandboxThread>();
    m_sandbox->start(options);
    QString startError;
    if (!m_sandbox->waitForStarted(&startError)) {
        *error = Text::tr("the built-in sandbox could not start: %1").arg(startError);
        return Failure::Unreachable;
    }
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(m_sandbox->apiKey());
    m_name = Text::tr("the sandbox");
    return Failure::None;
}

CliConnection::Failure CliConnection::openSaved(const QString &name, QString *error)
{
    QSettings settings; // the app's: same organization and application name
    const ConnectionProfiles profiles(settings);
    std::optional<ConnectionProfile> found;
    for (const ConnectionProfile &profile : profiles.all()) {
        if (profile.name == name || profile.id == name)
            found = profile;
    }
    if (!found) {
        for (const ConnectionProfile &profile : profiles.all()) {
            if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
                found = profile;
        }
    }
    if (!found) {
        QStringList names;
        for (const ConnectionProfile &profile : profiles.all())
            names.append(profile.name);
        *error = Text::tr("no saved connection named “%1” (there are: %2)").arg(name, names.join(QStringLiteral(", ")));
        return Failure::Usage;
    }
    if (found->isSandbox())
        return openSandbox(QString(), error);

    KeychainSecretStore keychain(QStringLiteral("Revox Studio"));
    QString keyError;
    const QString key = readKey(keychain, found->id, &keyError);
    if (key.isEmpty() && keyError.isEmpty() && !keychain.isPersistent()) {
        *error = Text::tr("no keychain service answers here, so the API key of “%1” cannot be read: use REVOX_API_KEY")
                     .arg(found->name);
        return Failure::Unreachable;
    }
    if (key.isEmpty()) {
        *error = keyError.isEmpty()
            ? Text::tr("the keychain holds no API key for “%1”: save one in Revox Studio (Connection ▸ Edit) or use "
                       "REVOX_API_KEY")
                  .arg(found->name)
            : Text::tr("the keychain could not give the API key for “%1”: %2").arg(found->name, keyError);
        return Failure::Unreachable;
    }
    QString urlError;
    if (!m_client->setBaseUrl(found->baseUrl, &urlError)) {
        *error = Text::tr("connection “%1”: %2").arg(found->name, urlError);
        return Failure::Usage;
    }
    m_client->setApiKey(key);
    m_name = found->name;
    m_production = found->production;
    return Failure::None;
}

CliConnection::Failure CliConnection::openEnvironment(QString *error)
{
    const ClientSettings settings = ClientSettings::fromEnvironment();
    if (settings.apiKey().isEmpty()) {
        *error = Text::tr("no connection: set REVOX_API_KEY (and REVOX_BASE_URL for another server), or use "
                          "--connection NAME or --sandbox");
        return Failure::Usage;
    }
    QString urlError;
    if (!settings.applyTo(*m_client, &urlError)) {
        *error = Text::tr("REVOX_BASE_URL: %1").arg(urlError);
        return Failure::Usage;
    }
    m_name = settings.baseUrl().host();
    // An account from the environment has no "production" mark of its own: any server elsewhere is treated
    // as one unless REVOX_PRODUCTION says otherwise.
    const QString production = qEnvironmentVariable("REVOX_PRODUCTION").trimmed().toLower();
    if (production == u"1" || production == u"yes" || production == u"true")
        m_production = true;
    else if (production == u"0" || production == u"no" || production == u"false")
        m_production = false;
    else if (!production.isEmpty()) {
        *error = Text::tr("REVOX_PRODUCTION: 1 or 0 (yes or no), not “%1”").arg(production);
        return Failure::Usage;
    } else
        m_production = !isThisMachine(settings.baseUrl());
    return Failure::None;
}

QString CliConnection::readKey(SecretStore &store, const QString &account, QString *error)
{
    QString key;
    QEventLoop loop;
    QObject::connect(&store, &SecretStore::readFinished, &loop,
                     [&](const QString &readAccount, const QString &secret, const QString &readError) {
                         if (readAccount != account)
                             return;
                         key = secret;
                         *error = readError;
                         loop.quit();
                     });
    store.read(account);
    loop.exec();
    return key;
}
