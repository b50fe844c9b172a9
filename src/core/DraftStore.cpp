// SPDX-License-Identifier: GPL-3.0-or-later
#include "DraftStore.h"

#include "DamagedFile.h"
#include "JsonText.h"
#include "SecretSealer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

// 1: base and edited as they were, secrets in clear. 2: secrets as SecretPlaceholder strings.
constexpr int kFormatVersion = 2;
constexpr int kClearTextVersion = 1;

// File names from ids the server chose: hashed, so no id can climb out of the directory.
QString fileSafe(const QString &id)
{
    return QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

int versionOf(const QJsonObject &json)
{
    return json.value(u"version").toInt();
}

std::optional<Draft> parse(const QJsonObject &json)
{
    const int version = versionOf(json);
    if ((version != kFormatVersion && version != kClearTextVersion) || !json.value(u"base").isObject()
        || !json.value(u"edited").isObject())
        return std::nullopt;
    return Draft{json.value(u"connection").toString(), json.value(u"assistant").toString(),
                 Assistant(json.value(u"base").toObject()), Assistant(json.value(u"edited").toObject()),
                 QDateTime::fromString(json.value(u"saved_at").toString(), Qt::ISODateWithMs)};
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return JsonText::read(file.readAll()).object();
}

// Every draft file under `directory`, those set aside excepted.
QStringList draftFiles(const QString &directory, const QString &damagedDirectory)
{
    QStringList paths;
    QDirIterator it(directory, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.startsWith(damagedDirectory + u'/'))
            paths.append(path);
    }
    return paths;
}

} // namespace

DraftStore::DraftStore(const QString &directory, SecretSealer *sealer)
    : m_directory(directory)
{
    if (sealer) {
        setSealer(sealer);
    } else {
        m_ownSealer = std::make_unique<SecretSealer>(nullptr);
        m_sealer = m_ownSealer.get();
    }
}

DraftStore::~DraftStore()
{
    QObject::disconnect(m_migrateWhenReady);
}

void DraftStore::setSealer(SecretSealer *sealer)
{
    QObject::disconnect(m_migrateWhenReady);
    m_sealer = sealer;
    m_ownSealer.reset();
    if (sealer->isReady())
        migrate();
    else
        m_migrateWhenReady = QObject::connect(sealer, &SecretSealer::ready, sealer, [this] {
            QObject::disconnect(m_migrateWhenReady);
            migrate();
        });
}

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
            *error = QCoreApplication::translate("DraftStore", "the folder %1 cannot be created")
                         .arg(QDir::toNativeSeparators(dir));
        return false;
    }
    // Drafts hold prompts and the shape of tool headers: only the user may read them.
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const QJsonObject json{
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("connection"), draft.connectionId},
        {QStringLiteral("assistant"), draft.assistantId},
        {QStringLiteral("saved_at"), draft.savedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("base"), m_sealer->redacted(draft.base.json())},
        {QStringLiteral("edited"), m_sealer->sealedEdit(draft.base.json(), draft.edited.json())},
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
    return parse(readJson(pathFor(connectionId, assistantId)));
}

QList<Draft> DraftStore::drafts(const QString &connectionId) const
{
    QList<Draft> result;
    const QDir dir(connectionDirectory(connectionId));
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &info : files) {
        if (std::optional<Draft> draft = parse(readJson(info.filePath())); draft && draft->connectionId == connectionId)
            result.append(*draft);
    }
    return result;
}

Draft DraftStore::rehydrated(const Draft &draft, const Assistant &server) const
{
    Draft result = draft;
    result.base = Assistant(m_sealer->rehydrated(draft.base.json(), server.json()));
    result.edited = Assistant(m_sealer->rehydrated(draft.edited.json(), server.json()));
    return result;
}

QString DraftStore::damagedDirectory() const
{
    return m_directory + QStringLiteral("/damaged");
}

DraftStore::Unreadable DraftStore::setAsideUnreadable()
{
    Unreadable result;
    for (const QString &path : draftFiles(m_directory, damagedDirectory())) {
        const QJsonObject json = readJson(path);
        if (parse(json) || versionOf(json) > kFormatVersion)
            continue;
        if (DamagedFile::setAside(path, {.into = damagedDirectory()}).isEmpty())
            result.notMoved.append(path);
        else
            ++result.moved;
    }
    return result;
}

int DraftStore::migrate()
{
    // Listed first, as rewriting changes the directories being listed.
    const QStringList paths = draftFiles(m_directory, damagedDirectory());
    int migrated = 0;
    for (const QString &path : std::as_const(paths)) {
        const QJsonObject json = readJson(path);
        if (versionOf(json) != kClearTextVersion)
            continue;
        const std::optional<Draft> draft = parse(json);
        if (!draft || !save(*draft))
            continue; // unreadable, or the disk refused: left as it is, never deleted
        if (QFileInfo(path) != QFileInfo(pathFor(draft->connectionId, draft->assistantId)))
            QFile::remove(path);
        ++migrated;
    }
    return migrated;
}
