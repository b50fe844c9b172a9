// SPDX-License-Identifier: GPL-3.0-or-later
#include "DraftStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

constexpr int kFormatVersion = 1;

// File names from ids the server chose: hashed, so no id can climb out of the directory.
QString fileSafe(const QString &id)
{
    return QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

std::optional<Draft> parse(const QByteArray &bytes)
{
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    if (json.value(u"version").toInt() != kFormatVersion || !json.value(u"base").isObject()
        || !json.value(u"edited").isObject())
        return std::nullopt;
    return Draft{json.value(u"connection").toString(), json.value(u"assistant").toString(),
                 Assistant(json.value(u"base").toObject()), Assistant(json.value(u"edited").toObject()),
                 QDateTime::fromString(json.value(u"saved_at").toString(), Qt::ISODateWithMs)};
}

} // namespace

DraftStore::DraftStore(const QString &directory)
    : m_directory(directory)
{ }

QString DraftStore::connectionDirectory(const QString &connectionId) const
{
    return m_directory + u'/' + fileSafe(connectionId);
}

QString DraftStore::pathFor(const QString &connectionId, const QString &assistantId) const
{
    return connectionDirectory(connectionId) + u'/' + fileSafe(assistantId) + QStringLiteral(".json");
}

bool DraftStore::save(const Draft &draft, QString *error)
{
    const QString dir = connectionDirectory(draft.connectionId);
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    // Drafts hold tool headers and prompts: only the user may read them.
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const QJsonObject json{
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("connection"), draft.connectionId},
        {QStringLiteral("assistant"), draft.assistantId},
        {QStringLiteral("saved_at"), draft.savedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("base"), draft.base.json()},
        {QStringLiteral("edited"), draft.edited.json()},
    };
    QSaveFile file(pathFor(draft.connectionId, draft.assistantId));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool DraftStore::remove(const QString &connectionId, const QString &assistantId)
{
    const QString path = pathFor(connectionId, assistantId);
    return !QFile::exists(path) || QFile::remove(path);
}

std::optional<Draft> DraftStore::load(const QString &connectionId, const QString &assistantId) const
{
    QFile file(pathFor(connectionId, assistantId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parse(file.readAll());
}

QList<Draft> DraftStore::drafts(const QString &connectionId) const
{
    QList<Draft> result;
    const QDir dir(connectionDirectory(connectionId));
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (std::optional<Draft> draft = parse(file.readAll()); draft && draft->connectionId == connectionId)
            result.append(*draft);
    }
    return result;
}
