// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientSettings.h"

#include "RevoxClient.h"

ClientSettings::ClientSettings()
    : m_baseUrl(RevoxClient::defaultBaseUrl())
{ }

ClientSettings ClientSettings::fromEnvironment()
{
    ClientSettings settings;
    // Set but empty counts as unset, as in the SDKs.
    const QString baseUrl = qEnvironmentVariable("REVOX_BASE_URL").trimmed();
    if (!baseUrl.isEmpty())
        settings.setBaseUrl(QUrl(baseUrl, QUrl::StrictMode), Source::Environment);
    const QString apiKey = qEnvironmentVariable("REVOX_API_KEY").trimmed();
    if (!apiKey.isEmpty())
        settings.setApiKey(apiKey, Source::Environment);
    return settings;
}

ClientSettings ClientSettings::resolve(const QUrl &explicitBaseUrl, const QString &explicitApiKey)
{
    ClientSettings settings = fromEnvironment();
    if (!explicitBaseUrl.isEmpty())
        settings.setBaseUrl(explicitBaseUrl, Source::Explicit);
    if (!explicitApiKey.trimmed().isEmpty())
        settings.setApiKey(explicitApiKey.trimmed(), Source::Explicit);
    return settings;
}

void ClientSettings::setBaseUrl(const QUrl &url, Source source)
{
    m_baseUrl = url;
    m_baseUrlSource = source;
}

void ClientSettings::setApiKey(const QString &key, Source source)
{
    m_apiKey = key;
    m_apiKeySource = source;
}

bool ClientSettings::applyTo(RevoxClient &client, QString *error) const
{
    if (!client.setBaseUrl(m_baseUrl, error))
        return false;
    client.setApiKey(m_apiKey);
    return true;
}
