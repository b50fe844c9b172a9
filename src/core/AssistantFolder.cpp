// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantFolder.h"

#include "AssistantFile.h"
#include "ParallelFor.h"
#include "SecretFields.h"
#include "SecretPlaceholder.h"
#include "SecretSealer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>

namespace {

const QString kBaselineDir = QStringLiteral(".revox/baseline");
const QString kFolderFile = QStringLiteral(".revox/folder.json");
const QString kPrivateDir = QStringLiteral(".revox/private");
const QString kIgnoreLine = QStringLiteral("/.revox/private/");

QString tr(const char *text)
{
    return QCoreApplication::translate("AssistantFolder", text);
}

std::optional<QByteArray> readAll(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

bool FolderScope::selects(const QString &id, const QString &name) const
{
    if (match.isEmpty() && ids.isEmpty())
        return true;
    return ids.contains(id)
        || (!match.isEmpty() && (name.contains(match, Qt::CaseInsensitive) || id.contains(match, Qt::CaseInsensitive)));
}

AssistantFolder::AssistantFolder(const QString &dir)
    : m_dir(QDir::cleanPath(dir))
    , m_secrets(std::make_unique<FolderSecretStore>(path(secretsFile())))
{ }

AssistantFolder::~AssistantFolder() = default;

QString AssistantFolder::stateDir()
{
    return QStringLiteral(".revox");
}

QString AssistantFolder::secretsFile()
{
    return kPrivateDir + QStringLiteral("/secrets.json");
}

QString AssistantFolder::path(const QString &relative) const
{
    return m_dir + u'/' + relative;
}

QString AssistantFolder::baselineFile(const QString &id) const
{
    return kBaselineDir + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id)) + QStringLiteral(".json");
}

bool AssistantFolder::load(QString *error, bool mayBeMissing)
{
    m_files.clear();
    m_fileById.clear();
    m_issues.clear();
    m_baseline.clear();
    m_scope = {};
    m_scopeChanged = false;

    const QFileInfo info(m_dir);
    if (!info.exists() && mayBeMissing) {
        if (!m_secrets->load(error))
            return false;
        m_sealer = std::make_unique<SecretSealer>(m_secrets.get());
        return true;
    }
    if (!info.isDir() || !info.isReadable() || !info.isExecutable()) {
        if (error)
            *error = info.exists() ? tr("%1: not a folder that can be read").arg(m_dir)
                                   : tr("%1: no such folder").arg(m_dir);
        return false;
    }
    const QDir dir(m_dir);
    const QStringList jsonFiles = dir.entryList({u'*' + AssistantFile::jsonSuffix()}, QDir::Files, QDir::Name);
    QStringList promptFiles = dir.entryList({u'*' + AssistantFile::promptSuffix()}, QDir::Files, QDir::Name);

    m_files.resize(jsonFiles.size());
    parallelFor(jsonFiles.size(), [&](qsizetype i) {
        FolderFile &file = m_files[i];
        file.jsonFile = jsonFiles.at(i);
        file.stem = file.jsonFile.chopped(AssistantFile::jsonSuffix().size());
        const QString promptFile = file.stem + AssistantFile::promptSuffix();
        QString readError;
        const std::optional<QByteArray> json = readAll(path(file.jsonFile), &readError);
        if (!json) {
            file.issues.append({file.jsonFile, QString(), tr("cannot be read: %1").arg(readError)});
            return;
        }
        file.jsonBytes = *json;
        if (QFile::exists(path(promptFile))) {
            file.promptFile = promptFile;
            file.promptBytes = readAll(path(promptFile), &readError);
            if (!file.promptBytes) {
                file.issues.append({promptFile, QString(), tr("cannot be read: %1").arg(readError)});
                return;
            }
        }
        AssistantFile::Parsed parsed
            = AssistantFile::parse(file.jsonBytes, file.promptBytes, file.jsonFile, promptFile);
        file.json = std::move(parsed.json);
        file.issues = std::move(parsed.issues);
    });

    QHash<QString, QStringList> filesById;
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        const FolderFile &file = m_files.at(i);
        promptFiles.removeOne(file.stem + AssistantFile::promptSuffix());
        if (!file.id().isEmpty())
            filesById[file.id()].append(file.jsonFile);
    }
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        FolderFile &file = m_files[i];
        const QStringList same = filesById.value(file.id());
        if (same.size() > 1) {
            QStringList others = same;
            others.removeOne(file.jsonFile);
            file.issues.append({file.jsonFile, QStringLiteral("id"),
                                tr("the same ID is also in %1: one file per assistant").arg(others.join(u", "))});
        } else if (!file.id().isEmpty()) {
            m_fileById.insert(file.id(), i);
        }
    }
    for (const QString &orphan : std::as_const(promptFiles))
        m_issues.append({orphan, QString(),
                         tr("a prompt without its assistant: %1 is missing")
                             .arg(orphan.chopped(AssistantFile::promptSuffix().size()) + AssistantFile::jsonSuffix())});

    const QDir baselineDir(path(kBaselineDir));
    const QStringList baselineFiles = baselineDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QList<std::optional<QJsonObject>> baselines(baselineFiles.size());
    QStringList problems(baselineFiles.size());
    parallelFor(baselineFiles.size(), [&](qsizetype i) {
        QString readError;
        const std::optional<QByteArray> bytes = readAll(baselineDir.filePath(baselineFiles.at(i)), &readError);
        const QJsonDocument document = bytes ? QJsonDocument::fromJson(*bytes) : QJsonDocument();
        if (!document.isObject() || !document.object().value(u"id").isString())
            problems[i] = kBaselineDir + u'/' + baselineFiles.at(i);
        else
            baselines[i] = document.object();
    });
    for (qsizetype i = 0; i < baselineFiles.size(); ++i) {
        if (!problems.at(i).isEmpty()) {
            if (error)
                *error = tr("%1: the baseline cannot be read; pull the folder again (a new folder) to rebuild it")
                             .arg(path(problems.at(i)));
            return false;
        }
        m_baseline.insert(baselines.at(i)->value(u"id").toString(), *baselines.at(i));
    }

    if (QFile::exists(path(kFolderFile))) {
        QString readError;
        const std::optional<QByteArray> bytes = readAll(path(kFolderFile), &readError);
        const QJsonObject root = bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
        if (!root.value(u"scope").isObject()) {
            if (error)
                *error = tr("%1: cannot be read").arg(path(kFolderFile));
            return false;
        }
        const QJsonObject scope = root.value(u"scope").toObject();
        m_scope.match = scope.value(u"match").toString();
        for (const QJsonValue &id : scope.value(u"ids").toArray())
            m_scope.ids.append(id.toString());
    }

    if (!m_secrets->load(error))
        return false;
    m_sealer = std::make_unique<SecretSealer>(m_secrets.get()); // answers at once: ready, on the folder's keys
    return true;
}

const FolderFile *AssistantFolder::fileFor(const QString &id) const
{
    const auto it = m_fileById.constFind(id);
    return it == m_fileById.constEnd() ? nullptr : &m_files.at(*it);
}

void AssistantFolder::setScope(const FolderScope &scope)
{
    if (scope.match == m_scope.match && scope.ids == m_scope.ids)
        return;
    m_scope = scope;
    m_scopeChanged = true;
}

bool AssistantFolder::writeFile(const QString &relative, const QByteArray &bytes, QString *error)
{
    const QString target = path(relative);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("%1: cannot be written: %2").arg(target, file.errorString());
        return false;
    }
    ++m_filesWritten;
    return true;
}

std::optional<FolderFile> AssistantFolder::writeAssistant(const QJsonObject &assistant, const FolderFile *previous,
                                                          QString *error)
{
    const QString id = assistant.value(u"id").toString();
    const QJsonObject fileForm
        = SecretFields::replaced(assistant, [this, &id](const SecretLocation &where, const QString &value) {
              if (value.isEmpty() || SecretPlaceholder::isPlaceholder(value))
                  return value;
              const QString name = AssistantFile::referenceName(id, where);
              m_secrets->setValue(name, value);
              return SecretPlaceholder::reference(name).toString();
          });
    const AssistantFile::Content content = AssistantFile::render(fileForm);

    FolderFile file;
    file.stem = AssistantFile::stemFor(assistant.value(u"name").toString(), id);
    file.jsonFile = file.stem + AssistantFile::jsonSuffix();
    file.jsonBytes = content.json;
    file.promptBytes = content.prompt;
    if (content.prompt)
        file.promptFile = file.stem + AssistantFile::promptSuffix();
    AssistantFile::Parsed parsed = AssistantFile::parse(content.json, content.prompt, file.jsonFile, file.promptFile);
    file.json = parsed.json;

    const bool sameStem = previous && previous->stem == file.stem;
    if (!(sameStem && previous->jsonBytes == content.json) && !writeFile(file.jsonFile, content.json, error))
        return std::nullopt;
    if (content.prompt) {
        if (!(sameStem && previous->promptBytes == content.prompt)
            && !writeFile(file.promptFile, *content.prompt, error))
            return std::nullopt;
    } else if (sameStem && !previous->promptFile.isEmpty()) {
        QFile::remove(path(previous->promptFile));
        ++m_filesWritten;
    }
    if (previous && !sameStem && !removeAssistant(*previous, error))
        return std::nullopt;
    return file;
}

bool AssistantFolder::removeAssistant(const FolderFile &file, QString *error)
{
    for (const QString &relative : {file.jsonFile, file.promptFile}) {
        if (relative.isEmpty() || !QFile::exists(path(relative)))
            continue;
        if (!QFile::remove(path(relative))) {
            if (error)
                *error = tr("%1: cannot be removed").arg(path(relative));
            return false;
        }
        ++m_filesWritten;
    }
    return true;
}

bool AssistantFolder::writeBaseline(const QJsonObject &serverCopy, QString *error)
{
    const QString id = serverCopy.value(u"id").toString();
    const QJsonObject redacted = m_sealer->redacted(serverCopy);
    const auto it = m_baseline.constFind(id);
    if (it != m_baseline.constEnd() && *it == redacted)
        return true;
    if (!writeFile(baselineFile(id), QJsonDocument(redacted).toJson(QJsonDocument::Compact) + '\n', error))
        return false;
    m_baseline.insert(id, redacted);
    return true;
}

bool AssistantFolder::removeBaseline(const QString &id, QString *error)
{
    if (!m_baseline.contains(id))
        return true;
    const QString file = path(baselineFile(id));
    if (QFile::exists(file) && !QFile::remove(file)) {
        if (error)
            *error = tr("%1: cannot be removed").arg(file);
        return false;
    }
    ++m_filesWritten;
    m_baseline.remove(id);
    return true;
}

bool AssistantFolder::saveState(QString *error)
{
    if (m_scopeChanged || !QFile::exists(path(kFolderFile))) {
        QJsonObject scope;
        if (!m_scope.match.isEmpty())
            scope.insert(QStringLiteral("match"), m_scope.match);
        if (!m_scope.ids.isEmpty())
            scope.insert(QStringLiteral("ids"), QJsonArray::fromStringList(m_scope.ids));
        const QJsonObject root{{QStringLiteral("format"), 1}, {QStringLiteral("scope"), scope}};
        if (!writeFile(kFolderFile, QJsonDocument(root).toJson(QJsonDocument::Indented), error))
            return false;
        m_scopeChanged = false;
    }
    if (!m_secrets->save(error))
        return false;

    const QString ignore = path(QStringLiteral(".gitignore"));
    QByteArray text;
    if (QFile::exists(ignore)) {
        QString readError;
        const std::optional<QByteArray> bytes = readAll(ignore, &readError);
        if (!bytes) {
            if (error)
                *error = tr("%1: cannot be read: %2").arg(ignore, readError);
            return false;
        }
        text = *bytes;
    }
    const QList<QByteArray> lines = text.split('\n');
    if (std::none_of(lines.begin(), lines.end(),
                     [](const QByteArray &line) { return line.trimmed() == kIgnoreLine.toUtf8(); })) {
        if (!text.isEmpty() && !text.endsWith('\n'))
            text += '\n';
        text += "# Secret values of the custom tools (revox-studio-cli): never commit them.\n" + kIgnoreLine.toUtf8()
            + '\n';
        if (!writeFile(QStringLiteral(".gitignore"), text, error))
            return false;
    }
    return true;
}
