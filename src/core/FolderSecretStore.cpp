// SPDX-License-Identifier: GPL-3.0-or-later
#include "FolderSecretStore.h"

#include "JsonText.h"
#include "SecretSealer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

const QString kKindKey = QStringLiteral("kind");
const QString kKind = QStringLiteral("revox-studio folder secrets");
const QString kKeys = QStringLiteral("digest_keys");
const QString kSecrets = QStringLiteral("secrets");

} // namespace

FolderSecretStore::FolderSecretStore(const QString &path, QObject *parent)
    : SecretStore(parent)
    , m_path(path)
{ }

bool FolderSecretStore::load(QString *error)
{
    m_keys.clear();
    m_secrets.clear();
    m_modified = false;
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot be read: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = JsonText::read(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || root.value(kKindKey).toString() != kKind
        || !root.value(kSecrets).isObject()) {
        if (error)
            *error = tr("%1: not a secrets file of this tool (expected {\"%2\": \"%3\", \"%4\": {…}})")
                         .arg(m_path, kKindKey, kKind, kSecrets);
        return false;
    }
    m_keys = root.value(kKeys).toString();
    const QJsonObject secrets = root.value(kSecrets).toObject();
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it) {
        if (it.value().isString())
            m_secrets.insert(it.key(), it.value().toString());
    }
    return true;
}

bool FolderSecretStore::save(QString *error)
{
    if (!m_modified)
        return true;
    const QString dir = QFileInfo(m_path).absolutePath();
    // The folder first, so the file is never readable by others, not even while it is being written.
    if (!QDir().mkpath(dir) || !QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        if (error)
            *error = tr("%1: cannot make a private folder").arg(dir);
        return false;
    }
    QJsonObject secrets;
    for (auto it = m_secrets.constBegin(); it != m_secrets.constEnd(); ++it)
        secrets.insert(it.key(), it.value());
    QJsonObject root{{kKindKey, kKind}, {kSecrets, secrets}};
    if (!m_keys.isEmpty())
        root.insert(kKeys, m_keys);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = tr("%1: cannot be written: %2").arg(m_path, file.errorString());
        return false;
    }
    m_modified = false;
    return true;
}

std::optional<QString> FolderSecretStore::value(const QString &name) const
{
    const auto it = m_secrets.constFind(name);
    return it == m_secrets.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

void FolderSecretStore::setValue(const QString &name, const QString &value)
{
    const auto it = m_secrets.constFind(name);
    if (it != m_secrets.constEnd() && *it == value)
        return;
    m_secrets.insert(name, value);
    m_modified = true;
}

void FolderSecretStore::read(const QString &account)
{
    if (account == SecretSealer::keyAccount())
        emit readFinished(account, m_keys, QString());
    else
        emit readFinished(account, m_secrets.value(account), QString());
}

void FolderSecretStore::write(const QString &account, const QString &secret)
{
    if (account == SecretSealer::keyAccount()) {
        if (m_keys != secret) {
            m_keys = secret;
            m_modified = true;
        }
    } else {
        setValue(account, secret);
    }
    emit writeFinished(account, QString());
}

void FolderSecretStore::remove(const QString &account)
{
    if (account == SecretSealer::keyAccount()) {
        m_modified = m_modified || !m_keys.isEmpty();
        m_keys.clear();
    } else if (m_secrets.remove(account) > 0) {
        m_modified = true;
    }
    emit removeFinished(account, QString());
}
