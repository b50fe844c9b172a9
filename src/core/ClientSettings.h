// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

class RevoxClient;

// Where the client connects and with which key, resolved like the official SDKs do: an explicit
// value wins, then REVOX_BASE_URL / REVOX_API_KEY, then the default base URL (and no key).
class ClientSettings
{
public:
    enum class Source { Default, Environment, Explicit };

    ClientSettings();

    static ClientSettings fromEnvironment();
    // Explicit values (command line, Connections) that are non-empty override the environment.
    static ClientSettings resolve(const QUrl &explicitBaseUrl, const QString &explicitApiKey);

    QUrl baseUrl() const { return m_baseUrl; }
    Source baseUrlSource() const { return m_baseUrlSource; }
    void setBaseUrl(const QUrl &url, Source source = Source::Explicit);

    QString apiKey() const { return m_apiKey; }
    Source apiKeySource() const { return m_apiKeySource; }
    void setApiKey(const QString &key, Source source = Source::Explicit);

    // Sets base URL and key on the client; false (and why, in *error) if the base URL is refused,
    // in which case the client is left unchanged.
    bool applyTo(RevoxClient &client, QString *error = nullptr) const;

private:
    QUrl m_baseUrl;
    Source m_baseUrlSource = Source::Default;
    QString m_apiKey;
    Source m_apiKeySource = Source::Default;
};
