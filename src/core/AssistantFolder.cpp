// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantFolder.h"

#include "AssistantFile.h"
#include "JsonText.h"
#include "ParallelParts.h"
#include "SecretFields.h"
#include "SecretPlaceholder.h"
#include "SecretSealer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

// Reading or parsing one file is quick: fewer than this many stay on the calling thread.
constexpr qsizetype kItemsPerPart = 16;

const QString kBaselineFile = QStringLiteral(".revox/baseline.jsonl");
const QString kFolderFile = QStringLiteral(".revox/folder.json");
const QString kPrivateDir = QStringLiteral(".revox/private");
const QString kIndexFile = QStringLiteral(".revox/private/index.json");
const QString kIgnoreLine = QStringLiteral("/.revox/private/");
constexpr auto kEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AssistantFolder)
};

std::optional<QByteArray> readAll(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    // Thousands of small files per run: plain system calls, about half what QFile costs per file.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    struct stat info;
    if (fd < 0 || ::fstat(fd, &info) != 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return std::nullopt;
    }
    QByteArray bytes(qsizetype(info.st_size), Qt::Uninitialized);
    qsizetype done = 0;
    while (true) {
        if (done == bytes.size())
            bytes.resize(bytes.size() + 4096); // it grew since fstat
        const ssize_t got = ::read(fd, bytes.data() + done, size_t(bytes.size() - done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            const bool failed = got < 0;
            if (failed && error)
                *error = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            if (failed)
                return std::nullopt;
            bytes.truncate(done);
            return bytes;
        }
        done += got;
    }
#else
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    return file.readAll();
#endif
}

// The names in `dir` that end with `suffix`, sorted; readdir alone, no stat per file.
QStringList namesEndingWith(const QString &dir, const QString &suffix)
{
    QStringList names;
    QDirIterator it(dir, QDir::Files | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString name = it.nextFileInfo().fileName();
        if (name.endsWith(suffix) && !name.startsWith(u'.'))
            names.append(name);
    }
    names.sort();
    return names;
}

QString encoded(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(kEncoding));
}

QByteArray decoded(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1(), kEncoding);
}

// Each line and its newline, in one buffer sized once: the baseline of 10,000 assistants is tens of megabytes.
QByteArray joinedLines(const QList<QByteArray> &lines)
{
    qsizetype size = 0;
    for (const QByteArray &line : lines)
        size += line.size() + 1;
    QByteArray joined;
    joined.reserve(size);
    for (const QByteArray &line : lines) {
        joined += line;
        joined += '\n';
    }
    return joined;
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

QByteArray AssistantFolder::filesFingerprint(const FolderFile &file) const
{
    return m_sealer->fingerprint({file.jsonBytes, file.promptBytes ? QByteArrayView("prompt") : QByteArrayView(),
                                  file.promptBytes ? QByteArrayView(*file.promptBytes) : QByteArrayView()});
}

QByteArray AssistantFolder::baselineFingerprint(const QString &id) const
{
    const auto it = m_baselineLines.constFind(id);
    return it == m_baselineLines.constEnd() ? QByteArray() : m_sealer->fingerprint({*it});
}

QByteArray AssistantFolder::secretsFingerprint() const
{
    QByteArray all;
    for (const QString &name : m_secrets->names())
        all += name.toUtf8() + '\0' + m_secrets->value(name)->toUtf8() + '\0';
    return m_sealer->fingerprint({all});
}

void AssistantFolder::readIndex()
{
    m_index.clear();
    QString error;
    const std::optional<QByteArray> bytes = readAll(path(kIndexFile), &error);
    if (!bytes)
        return;
    m_indexRead = *bytes;
    const QJsonObject root = JsonText::read(*bytes).object();
    // Another format, other keys, or secrets changed since: every file is read and compared again.
    if (root.value(u"format").toInt() != 1 || decoded(root.value(u"secrets")) != secretsFingerprint())
        return;
    const QJsonObject entries = root.value(u"entries").toObject();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        const QJsonArray entry = it.value().toArray();
        if (entry.size() == 4)
            m_index.insert(it.key(),
                           {entry.at(0).toString(), decoded(entry.at(1)), decoded(entry.at(2)), decoded(entry.at(3))});
    }
}

QByteArray AssistantFolder::indexBytes() const
{
    QJsonObject entries;
    for (auto it = m_index.constBegin(); it != m_index.constEnd(); ++it) {
        if (m_jsonFiles.contains(it.key()))
            entries.insert(it.key(), QJsonArray{it->id, encoded(it->files), encoded(it->base), encoded(it->server)});
    }
    const QJsonObject root{{QStringLiteral("format"), 1},
                           {QStringLiteral("secrets"), encoded(secretsFingerprint())},
                           {QStringLiteral("entries"), entries}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

void AssistantFolder::parse(FolderFile &file) const
{
    AssistantFile::Parsed parsed = AssistantFile::parse(file.jsonBytes, file.promptBytes, file.jsonFile,
                                                        file.stem + AssistantFile::promptSuffix());
    file.json = std::move(parsed.json);
    file.issues += parsed.issues;
    file.knownId.clear();
}

bool AssistantFolder::load(QString *error, bool mayBeMissing)
{
    m_files.clear();
    m_fileById.clear();
    m_issues.clear();
    m_baselineLines.clear();
    m_baseline.clear();
    m_baselineRead.clear();
    m_index.clear();
    m_indexRead.clear();
    m_jsonFiles.clear();
    m_scope = {};
    m_scopeChanged = false;

    const QFileInfo info(m_dir);
    if (info.exists() || !mayBeMissing) {
        if (!info.isDir() || !info.isReadable() || !info.isExecutable()) {
            if (error)
                *error = info.exists() ? Text::tr("%1: not a folder that can be read").arg(m_dir)
                                       : Text::tr("%1: no such folder").arg(m_dir);
            return false;
        }
    }
    if (!m_secrets->load(error))
        return false;
    m_sealer = std::make_unique<SecretSealer>(m_secrets.get()); // answers at once: ready, on the folder's keys
    if (!info.exists())
        return true;
    readIndex();

    const QStringList jsonFiles = namesEndingWith(m_dir, AssistantFile::jsonSuffix());
    QStringList promptFiles = namesEndingWith(m_dir, AssistantFile::promptSuffix());
    const QSet<QString> prompts(promptFiles.cbegin(), promptFiles.cend());
    m_files.resize(jsonFiles.size());
    FolderFile *const fileAt = m_files.data(); // not operator[], which may detach: threads must not at once
    ParallelParts::forEach(jsonFiles.size(), kItemsPerPart, [&](qsizetype i) {
        FolderFile &file = fileAt[i];
        file.jsonFile = jsonFiles.at(i);
        file.stem = file.jsonFile.chopped(AssistantFile::jsonSuffix().size());
        const QString promptFile = file.stem + AssistantFile::promptSuffix();
        QString readError;
        const std::optional<QByteArray> json = readAll(path(file.jsonFile), &readError);
        if (!json) {
            file.issues.append({file.jsonFile, QString(), Text::tr("cannot be read: %1").arg(readError)});
            return;
        }
        file.jsonBytes = *json;
        if (prompts.contains(promptFile)) {
            file.promptFile = promptFile;
            file.promptBytes = readAll(path(promptFile), &readError);
            if (!file.promptBytes) {
                file.issues.append({promptFile, QString(), Text::tr("cannot be read: %1").arg(readError)});
                return;
            }
        }
        file.fingerprint = filesFingerprint(file);
        const auto known = m_index.constFind(file.jsonFile);
        if (known != m_index.constEnd() && known->files == file.fingerprint && !known->id.isEmpty())
            file.knownId = known->id; // as pull or apply left it: read when needed
        else
            parse(file);
    });

    QHash<QString, QStringList> filesById;
    for (const FolderFile &file : std::as_const(m_files)) {
        m_jsonFiles.insert(file.jsonFile);
        promptFiles.removeOne(file.stem + AssistantFile::promptSuffix());
        if (!file.id().isEmpty())
            filesById[file.id()].append(file.jsonFile);
    }
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        FolderFile &file = m_files[i];
        const QStringList same = filesById.value(file.id());
        if (same.size() > 1) {
            if (!file.json)
                parse(file);
            QStringList others = same;
            others.removeOne(file.jsonFile);
            file.issues.append({file.jsonFile, QStringLiteral("id"),
                                Text::tr("the same ID is also in %1: one file per assistant").arg(others.join(u", "))});
        } else if (!file.id().isEmpty()) {
            m_fileById.insert(file.id(), i);
        }
    }
    for (const QString &orphan : std::as_const(promptFiles))
        m_issues.append({orphan, QString(),
                         Text::tr("a prompt without its assistant: %1 is missing")
                             .arg(orphan.chopped(AssistantFile::promptSuffix().size()) + AssistantFile::jsonSuffix())});

    if (!readBaseline(error))
        return false;

    if (QFile::exists(path(kFolderFile))) {
        QString readError;
        const std::optional<QByteArray> bytes = readAll(path(kFolderFile), &readError);
        const QJsonObject root = bytes ? JsonText::read(*bytes).object() : QJsonObject();
        if (!root.value(u"scope").isObject()) {
            if (error)
                *error = Text::tr("%1: cannot be read").arg(path(kFolderFile));
            return false;
        }
        const QJsonObject scope = root.value(u"scope").toObject();
        m_scope.match = scope.value(u"match").toString();
        for (const QJsonValue &id : scope.value(u"ids").toArray())
            m_scope.ids.append(id.toString());
    }
    return true;
}

void AssistantFolder::prepare(const QSet<QString> &ids)
{
    QList<qsizetype> files;
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        if (!m_files.at(i).json && m_files.at(i).issues.isEmpty() && ids.contains(m_files.at(i).knownId))
            files.append(i);
    }
    FolderFile *const fileAt = m_files.data();
    ParallelParts::forEach(files.size(), kItemsPerPart, [&](qsizetype i) { parse(fileAt[files.at(i)]); });

    QStringList baselines;
    for (const QString &id : ids) {
        if (m_baselineLines.contains(id) && !m_baseline.contains(id))
            baselines.append(id);
    }
    QList<QJsonObject> parsed(baselines.size());
    QJsonObject *const parsedAt = parsed.data();
    ParallelParts::forEach(baselines.size(), kItemsPerPart, [&](qsizetype i) {
        const QJsonObject line = JsonText::read(m_baselineLines.value(baselines.at(i))).object();
        parsedAt[i] = line.value(u"assistant").toObject();
    });
    for (qsizetype i = 0; i < baselines.size(); ++i) {
        if (parsed.at(i).value(u"id").toString() == baselines.at(i)) {
            m_baseline.insert(baselines.at(i), parsed.at(i));
            continue;
        }
        // Without a baseline the assistant's differences read as conflicts, which is safe; say why.
        m_issues.append({kBaselineFile, QString(),
                         Text::tr("the baseline of %1 cannot be read, so every difference from the server counts as a "
                                  "conflict; pull the assistant again by its ID to rebuild it")
                             .arg(baselines.at(i))});
        m_baselineLines.remove(baselines.at(i));
    }
}

void AssistantFolder::prepareAll()
{
    QSet<QString> ids(m_baselineLines.keyBegin(), m_baselineLines.keyEnd());
    for (const FolderFile &file : std::as_const(m_files))
        ids.insert(file.id());
    prepare(ids);
}

const FolderFile *AssistantFolder::fileFor(const QString &id) const
{
    const auto it = m_fileById.constFind(id);
    return it == m_fileById.constEnd() ? nullptr : &m_files.at(*it);
}

QStringList AssistantFolder::baselineIds() const
{
    QStringList ids = m_baselineLines.keys();
    ids.sort();
    return ids;
}

void AssistantFolder::setScope(const FolderScope &scope)
{
    if (scope.match == m_scope.match && scope.ids == m_scope.ids)
        return;
    m_scope = scope;
    m_scopeChanged = true;
}

bool AssistantFolder::isKnownUnchanged(const FolderFile &file, const QByteArray &serverBytes) const
{
    const auto known = m_index.constFind(file.jsonFile);
    return known != m_index.constEnd() && !file.id().isEmpty() && known->id == file.id()
        && known->files == file.fingerprint && known->base == baselineFingerprint(known->id)
        && known->server == m_sealer->fingerprint({serverBytes});
}

bool AssistantFolder::writeFile(const QString &relative, const QByteArray &bytes, QString *error)
{
    // Written beside the target, then renamed over it: a reader (or a crash) sees the old file or the new one,
    // never half of one. No fsync: thousands of files at a time, and the server holds what they hold.
    const QString target = path(relative);
    const QString temporary = target + QStringLiteral(".revox-tmp");
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile file(temporary);
    const bool written = file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    const QString writeError = file.errorString();
    file.close();
    if (!written || std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temporary);
        if (error)
            *error = Text::tr("%1: cannot be written: %2")
                         .arg(target, written ? Text::tr("cannot be renamed") : writeError);
        return false;
    }
    ++m_filesWritten;
    return true;
}

struct AssistantFolder::Planned
{
    FolderFile file; // the new entry
    const FolderFile *previous = nullptr;
    bool writeJson = true;
    bool writePrompt = false;
    bool removeOldPrompt = false; // same stem, no prompt any more
    bool removePrevious = false; // another stem: the old files go
    QList<QPair<QString, QString>> secrets; // reference name, value
    std::optional<QByteArray> baselineLine; // when the baseline changes
    QJsonObject baseline;
    QByteArray serverFingerprint; // when the three agree
};

AssistantFolder::Planned AssistantFolder::plan(const Write &write) const
{
    Planned planned;
    planned.previous = write.previous;
    const QString id = write.assistant.value(u"id").toString();
    bool holdsSecret = false;
    const QJsonObject fileForm
        = SecretFields::replaced(write.assistant, [&](const SecretLocation &where, const QString &value) {
              if (value.isEmpty() || SecretPlaceholder::isPlaceholder(value))
                  return value;
              holdsSecret = true;
              const QString name = AssistantFile::referenceName(id, where);
              planned.secrets.append({name, value});
              return SecretPlaceholder::reference(name).toString();
          });
    const QJsonObject kept = AssistantFile::kept(fileForm);
    const FolderFile *previous = write.previous;
    const QString stem = AssistantFile::stemFor(write.assistant.value(u"name").toString(), id);
    if (previous && previous->stem == stem && previous->json == kept) {
        // The files already say this, in their own spelling: they stay as they are.
        planned.file = *previous;
        planned.writeJson = false;
    } else {
        const AssistantFile::Content content = AssistantFile::render(fileForm);
        FolderFile &file = planned.file;
        file.stem = stem;
        file.jsonFile = file.stem + AssistantFile::jsonSuffix();
        file.jsonBytes = content.json;
        file.promptBytes = content.prompt;
        if (content.prompt)
            file.promptFile = file.stem + AssistantFile::promptSuffix();
        file.json = kept;
        file.fingerprint = filesFingerprint(file);
        const bool sameStem = previous && previous->stem == file.stem;
        planned.writeJson = !(sameStem && previous->jsonBytes == content.json);
        planned.writePrompt = content.prompt && !(sameStem && previous->promptBytes == content.prompt);
        planned.removeOldPrompt = !content.prompt && sameStem && !previous->promptFile.isEmpty();
        planned.removePrevious = previous && !sameStem;
    }

    if (write.serverCopy) {
        // The assistant as the server holds it, without a secret: its baseline is the server's copy as it is, and
        // the line can hold the server's own bytes (read back through the same reader, they are that copy) instead
        // of encoding each assistant once more. Bytes over several lines would break the one-line-each file.
        const bool asServed = !holdsSecret && !write.serverBytes.isEmpty() && !write.serverBytes.contains('\n');
        planned.baseline = asServed ? *write.serverCopy : m_sealer->redacted(*write.serverCopy);
        const QByteArray line = asServed ? baselineLine(id, write.serverBytes) : baselineLine(id, planned.baseline);
        if (m_baselineLines.value(id) != line)
            planned.baselineLine = line;
        if (!write.serverBytes.isEmpty())
            planned.serverFingerprint = m_sealer->fingerprint({write.serverBytes});
    }
    return planned;
}

QByteArray AssistantFolder::baselineLine(const QString &id, const QJsonObject &assistant)
{
    return baselineLine(id, QJsonDocument(assistant).toJson(QJsonDocument::Compact));
}

QByteArray AssistantFolder::baselineLine(const QString &id, const QByteArray &assistantJson)
{
    return "{\"id\":" + QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
        + ",\"assistant\":" + assistantJson + '}';
}

bool AssistantFolder::put(const Planned &planned, QString *error)
{
    const FolderFile &file = planned.file;
    if (planned.writeJson && !writeFile(file.jsonFile, file.jsonBytes, error))
        return false;
    if (planned.writePrompt && !writeFile(file.promptFile, *file.promptBytes, error))
        return false;
    if (planned.removeOldPrompt) {
        QFile::remove(path(planned.previous->promptFile));
        ++m_filesWritten;
    }
    if (planned.removePrevious) {
        for (const QString &relative : {planned.previous->jsonFile, planned.previous->promptFile}) {
            if (relative.isEmpty() || !QFile::exists(path(relative)))
                continue;
            if (!QFile::remove(path(relative))) {
                if (error)
                    *error = Text::tr("%1: cannot be removed").arg(path(relative));
                return false;
            }
            ++m_filesWritten;
        }
    }
    return true;
}

QList<std::optional<FolderFile>> AssistantFolder::write(const QList<Write> &writes, QStringList *errors)
{
    // Filled through plain pointers: QList's operator[] may detach, which threads must not do at once.
    QList<Planned> planned(writes.size());
    Planned *const plannedAt = planned.data();
    ParallelParts::forEach(writes.size(), 8, [&](qsizetype i) { plannedAt[i] = plan(writes.at(i)); });
    QStringList failures(writes.size());
    QString *const failureAt = failures.data();
    QList<bool> done(writes.size(), false);
    bool *const doneAt = done.data();
    ParallelParts::forEach(writes.size(), 8, [&](qsizetype i) { doneAt[i] = put(planned.at(i), &failureAt[i]); });

    // What the others read, on this thread: the secrets, the index, the baseline.
    QList<std::optional<FolderFile>> results(writes.size());
    QList<QByteArray> lines; // the new baseline lines
    for (qsizetype i = 0; i < writes.size(); ++i) {
        Planned &one = planned[i];
        if (one.previous && (one.removePrevious || one.writeJson || one.writePrompt)) {
            m_index.remove(one.previous->jsonFile);
            if (one.removePrevious)
                m_jsonFiles.remove(one.previous->jsonFile);
        }
        if (!done.at(i))
            continue;
        for (const auto &[name, value] : std::as_const(one.secrets))
            m_secrets->setValue(name, value);
        m_jsonFiles.insert(one.file.jsonFile);
        const QString id = writes.at(i).assistant.value(u"id").toString();
        if (one.baselineLine) {
            m_baselineLines.insert(id, *one.baselineLine);
            lines.append(*one.baselineLine);
        }
        if (writes.at(i).serverCopy)
            m_baseline.insert(id, one.baseline);
        if (!one.serverFingerprint.isEmpty())
            m_index.insert(one.file.jsonFile,
                           {id, one.file.fingerprint, baselineFingerprint(id), one.serverFingerprint});
        else
            m_index.remove(one.file.jsonFile);
        results[i] = std::move(one.file);
    }
    const QByteArray appended = joinedLines(lines);
    QString appendError;
    if (!appended.isEmpty() && !appendBaseline(appended, &appendError)) {
        for (qsizetype i = 0; i < writes.size(); ++i) {
            if (results.at(i) && writes.at(i).serverCopy) {
                results[i].reset();
                failures[i] = appendError;
            }
        }
    }
    if (errors)
        *errors = failures;
    return results;
}

std::optional<FolderFile> AssistantFolder::writeAssistant(const QJsonObject &assistant, const FolderFile *previous,
                                                          QString *error)
{
    QStringList errors;
    const QList<std::optional<FolderFile>> written = write({{assistant, previous, std::nullopt, {}}}, &errors);
    if (!written.first() && error)
        *error = errors.first();
    return written.first();
}

bool AssistantFolder::removeAssistant(const FolderFile &file, QString *error)
{
    for (const QString &relative : {file.jsonFile, file.promptFile}) {
        if (relative.isEmpty() || !QFile::exists(path(relative)))
            continue;
        if (!QFile::remove(path(relative))) {
            if (error)
                *error = Text::tr("%1: cannot be removed").arg(path(relative));
            return false;
        }
        ++m_filesWritten;
    }
    m_jsonFiles.remove(file.jsonFile);
    m_index.remove(file.jsonFile);
    return true;
}

bool AssistantFolder::writeBaseline(const QJsonObject &serverCopy, QString *error)
{
    const QString id = serverCopy.value(u"id").toString();
    const QJsonObject redacted = m_sealer->redacted(serverCopy);
    const QByteArray line = baselineLine(id, redacted);
    if (m_baselineLines.value(id) == line)
        return true;
    if (!appendBaseline(line + '\n', error))
        return false;
    m_baselineLines.insert(id, line);
    m_baseline.insert(id, redacted);
    return true;
}

bool AssistantFolder::removeBaseline(const QString &id, QString *error)
{
    if (!m_baselineLines.contains(id))
        return true;
    const QByteArray tombstone = "{\"id\":"
        + QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + ",\"deleted\":true}\n";
    if (!appendBaseline(tombstone, error))
        return false;
    m_baselineLines.remove(id);
    m_baseline.remove(id);
    return true;
}

bool AssistantFolder::readBaseline(QString *error)
{
    QString readError;
    if (!QFile::exists(path(kBaselineFile)))
        return true;
    const std::optional<QByteArray> bytes = readAll(path(kBaselineFile), &readError);
    if (!bytes) {
        if (error)
            *error = Text::tr("%1: cannot be read: %2").arg(path(kBaselineFile), readError);
        return false;
    }
    m_baselineRead = *bytes;
    m_baselineBuffer = *bytes; // the lines below point into it, without a copy each
    static const QByteArray prefix = "{\"id\":\"";
    for (qsizetype start = 0; start < m_baselineBuffer.size();) {
        qsizetype end = m_baselineBuffer.indexOf('\n', start);
        if (end < 0)
            end = m_baselineBuffer.size();
        const QByteArray line = QByteArray::fromRawData(m_baselineBuffer.constData() + start, end - start);
        start = end + 1;
        // {"id":"…","assistant":{…}} or {"id":"…","deleted":true}; a later line wins. A line cut short (an
        // append that did not finish) does not end with its brace and is left out.
        if (!line.startsWith(prefix) || !line.endsWith('}'))
            continue;
        const qsizetype quote = line.indexOf('"', prefix.size());
        QString id = QString::fromUtf8(line.mid(prefix.size(), quote - prefix.size()));
        if (quote < 0 || line.mid(prefix.size(), quote - prefix.size()).contains('\\'))
            id = JsonText::read(line).object().value(u"id").toString(); // an escaped ID: the slow way
        if (id.isEmpty())
            continue;
        if (line.endsWith(",\"deleted\":true}"))
            m_baselineLines.remove(id);
        else
            m_baselineLines.insert(id, line);
    }
    return true;
}

QByteArray AssistantFolder::baselineBytes() const
{
    QList<QByteArray> lines;
    for (const QString &id : baselineIds())
        lines.append(m_baselineLines.value(id));
    return joinedLines(lines);
}

bool AssistantFolder::appendBaseline(const QByteArray &lines, QString *error)
{
    const QString target = path(kBaselineFile);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile file(target);
    // After a line cut short, the next one starts on a line of its own.
    const bool needsNewline = file.size() > 0 && [&file] {
        QFile tail(file.fileName());
        return tail.open(QIODevice::ReadOnly) && tail.seek(tail.size() - 1) && tail.read(1) != "\n";
    }();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || (needsNewline && file.write("\n", 1) < 0)
        || file.write(lines) < 0 || !file.flush()) {
        if (error)
            *error = Text::tr("%1: cannot be written: %2").arg(target, file.errorString());
        return false;
    }
    m_baselineRead.clear(); // the file now holds more than its compact form: saveState() rewrites it
    return true;
}

bool AssistantFolder::saveState(QString *error)
{
    // The .gitignore first: nothing private may exist in a folder git would take it from.
    const QString ignore = path(QStringLiteral(".gitignore"));
    QByteArray text;
    if (QFile::exists(ignore)) {
        QString readError;
        const std::optional<QByteArray> bytes = readAll(ignore, &readError);
        if (!bytes) {
            if (error)
                *error = Text::tr("%1: cannot be read: %2").arg(ignore, readError);
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
    if (const QByteArray baseline = baselineBytes();
        baseline != m_baselineRead && (!baseline.isEmpty() || QFile::exists(path(kBaselineFile)))) {
        if (!writeFile(kBaselineFile, baseline, error))
            return false;
        m_baselineRead = baseline;
    }
    if (!m_secrets->save(error))
        return false;
    const QByteArray index = indexBytes();
    if (index != m_indexRead) {
        const QString dir = path(kPrivateDir);
        if (!QDir().mkpath(dir) || !QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)
            || !writeFile(kIndexFile, index, error))
            return false;
        m_indexRead = index;
    }
    return true;
}
