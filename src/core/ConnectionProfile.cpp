// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionProfile.h"

#include <QCoreApplication>
#include <QUuid>

ConnectionProfiles::ConnectionProfiles(QSettings &settings)
    : m_settings(settings)
{
    m_profiles.append(
        {ConnectionProfile::sandboxId(), QCoreApplication::translate("ConnectionProfiles", "Sandbox"), QUrl(), false});
    const int count = m_settings.beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        ConnectionProfile profile{m_settings.value(QStringLiteral("id")).toString(),
                                  m_settings.value(QStringLiteral("name")).toString(),
                                  m_settings.value(QStringLiteral("baseUrl")).toUrl(),
                                  m_settings.value(QStringLiteral("production")).toBool(),
                                  m_settings.value(QStringLiteral("email")).toString()};
        if (!profile.id.isEmpty() && !profile.isSandbox())
            m_profiles.append(profile);
    }
    m_settings.endArray();
}

std::optional<ConnectionProfile> ConnectionProfiles::find(const QString &id) const
{
    for (const ConnectionProfile &profile : m_profiles) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

ConnectionProfile ConnectionProfiles::add(const QString &name, const QUrl &baseUrl, bool production,
                                          const QString &email)
{
    ConnectionProfile profile{QUuid::createUuid().toString(QUuid::WithoutBraces), name, baseUrl, production, email};
    m_profiles.append(profile);
    save();
    return profile;
}

void ConnectionProfiles::update(const ConnectionProfile &profile)
{
    for (ConnectionProfile &existing : m_profiles) {
        if (existing.id == profile.id && !existing.isSandbox()) {
            existing = profile;
            save();
            return;
        }
    }
}

void ConnectionProfiles::remove(const QString &id)
{
    if (id == ConnectionProfile::sandboxId())
        return;
    m_profiles.removeIf([&id](const ConnectionProfile &profile) { return profile.id == id; });
    if (currentId() == id)
        setCurrentId(ConnectionProfile::sandboxId());
    save();
}

QString ConnectionProfiles::currentId() const
{
    const QString id = m_settings.value(QStringLiteral("currentConnection")).toString();
    return find(id) ? id : ConnectionProfile::sandboxId();
}

void ConnectionProfiles::setCurrentId(const QString &id)
{
    m_settings.setValue(QStringLiteral("currentConnection"), id);
}

void ConnectionProfiles::save()
{
    m_settings.beginWriteArray(QStringLiteral("connections"));
    int index = 0;
    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        if (profile.isSandbox())
            continue;
        m_settings.setArrayIndex(index++);
        m_settings.setValue(QStringLiteral("id"), profile.id);
        m_settings.setValue(QStringLiteral("name"), profile.name);
        m_settings.setValue(QStringLiteral("baseUrl"), profile.baseUrl);
        m_settings.setValue(QStringLiteral("production"), profile.production);
        if (profile.email.isEmpty())
            m_settings.remove(QStringLiteral("email"));
        else
            m_settings.setValue(QStringLiteral("email"), profile.email);
    }
    m_settings.endArray();
}
