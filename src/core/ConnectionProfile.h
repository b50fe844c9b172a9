// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QSettings>
#include <QString>
#include <QUrl>

// A named Revox account (or the built-in sandbox): where to connect. The API key is not here: it is
// in the SecretStore under the profile's id.
struct ConnectionProfile
{
    QString id; // stable; "sandbox" for the built-in one
    QString name;
    QUrl baseUrl; // empty for the sandbox: its port is chosen at start
    bool production = false;
    QString email; // whose key it is (GET /users/me when the key was checked); a label, empty when unknown

    static QString sandboxId() { return QStringLiteral("sandbox"); }
    bool isSandbox() const { return id == sandboxId(); }
    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

Q_DECLARE_METATYPE(ConnectionProfile)

// The profiles in QSettings ("connections/…"), the built-in sandbox always first.
class ConnectionProfiles
{
public:
    explicit ConnectionProfiles(QSettings &settings);

    QList<ConnectionProfile> all() const { return m_profiles; }
    std::optional<ConnectionProfile> find(const QString &id) const;
    // Assigns an id.
    ConnectionProfile add(const QString &name, const QUrl &baseUrl, bool production, const QString &email = {});
    void update(const ConnectionProfile &profile);
    void remove(const QString &id); // the sandbox cannot be removed

    QString currentId() const; // the sandbox on a first start
    void setCurrentId(const QString &id);

private:
    void save();

    QSettings &m_settings;
    QList<ConnectionProfile> m_profiles;
};
