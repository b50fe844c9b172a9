// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FolderIssue.h"
#include "FolderSecretStore.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class SecretSealer;

// One assistant's files in the folder, as read.
struct FolderFile
{
    QString stem; // "brightsmile-dental--4f1c…"; the JSON file is stem + ".json"
    QString jsonFile; // relative to the folder
    QString promptFile; // stem + ".prompt.md"; empty when there is none
    QByteArray jsonBytes; // as read, so that writing the same content again can be skipped
    std::optional<QByteArray> promptBytes;
    std::optional<QJsonObject> json; // AssistantFile::parse's result; empty when not read (see knownId) or unreadable
    QList<FolderIssue> issues; // why it cannot be read; also a duplicate ID
    // Set instead of `json` while the file is exactly as pull or apply last left it (the fingerprint index
    // says so): its ID, without reading the JSON. AssistantFolder::prepare() reads it when it is needed.
    QString knownId;
    QByteArray fingerprint; // of its bytes, for the index (SecretSealer::fingerprint)

    QString id() const { return json ? json->value(u"id").toString() : knownId; }
    bool isValid() const { return issues.isEmpty() && (json.has_value() || !knownId.isEmpty()); }
};

// Which assistants a folder holds besides the ones it already tracks (pull's selection, kept for the next pull).
struct FolderScope
{
    // An assistant is in scope when its ID is listed or its name or ID holds `match` (case-insensitive);
    // with neither, every assistant is.
    QString match;
    QStringList ids;
    bool selects(const QString &id, const QString &name) const;
};

// A folder of assistant files for git (AssistantFile) and its state under DIR/.revox/: the baseline — per
// assistant, the server's copy at the last pull or apply, secrets as digests (never values), one line each in
// .revox/baseline.jsonl, for three-way comparison — the scope of pull, and the private area .revox/private/
// (0700, kept out of git by the .gitignore pull writes) with the secrets file (0600) and a fingerprint index:
// which files, baselines and server answers were last seen unchanged, so that a folder of thousands is
// compared without reading what did not move.
//
// Writing never rewrites a file whose bytes would stay the same, so pulling again with no change anywhere
// leaves every file and its modification time alone. Files are replaced by a rename, never half-written; a
// baseline changed by apply is appended to the baseline file at once (a later line wins) and the file is
// rewritten in order by saveState().
class AssistantFolder
{
public:
    explicit AssistantFolder(const QString &dir);
    ~AssistantFolder();
    AssistantFolder(const AssistantFolder &) = delete;
    AssistantFolder &operator=(const AssistantFolder &) = delete;

    QString dir() const { return m_dir; }
    static QString stateDir(); // ".revox"
    static QString secretsFile(); // ".revox/private/secrets.json"

    // Reads the secrets, the assistant files (on every core; a file the index knows unchanged is not parsed),
    // the scope, and which baselines there are. False, with why, when the folder or its state cannot be
    // read; a file that cannot be read is an issue of that file. A folder that does not exist yet reads as
    // empty when `mayBeMissing`.
    bool load(QString *error, bool mayBeMissing = false);
    // Reads, on every core, the files with these IDs that load() left unread and the baselines of these IDs.
    void prepare(const QSet<QString> &ids);
    void prepareAll();

    const QList<FolderFile> &files() const { return m_files; }
    const FolderFile *fileFor(const QString &id) const;
    // Problems outside any one assistant's files: a prompt file without its JSON file.
    const QList<FolderIssue> &issues() const { return m_issues; }

    bool hasBaseline(const QString &id) const { return m_baselineLines.contains(id); }
    QStringList baselineIds() const; // sorted
    // The baseline of `id` once prepared (empty when there is none, or it is not read yet).
    QJsonObject baseline(const QString &id) const { return m_baseline.value(id); }

    FolderScope scope() const { return m_scope; }
    void setScope(const FolderScope &scope);

    FolderSecretStore &secrets() { return *m_secrets; }
    const FolderSecretStore &secrets() const { return *m_secrets; }
    // On the folder's own keys (kept in the secrets file): digests in the baseline mean something only here.
    SecretSealer &sealer() { return *m_sealer; }
    const SecretSealer &sealer() const { return *m_sealer; }

    // Whether `file`, its baseline and the server's copy (`serverBytes`, as the list gave it) are exactly as
    // they were when last written in agreement (Write::serverBytes).
    bool isKnownUnchanged(const FolderFile &file, const QByteArray &serverBytes) const;

    // One assistant to write: `assistant` (a server's copy, or a merge of one with local edits: secret values
    // in clear) in its file form, each secret a reference and its value in the secrets file, under the stem its
    // name and ID give, replacing `previous` (its files until now; removed when the stem differs). With
    // `serverCopy`, that also becomes the assistant's baseline; with `serverBytes` too (the list's bytes of the
    // same copy, and `assistant` is that copy), the files, the baseline and the server agree and the
    // fingerprint index remembers it.
    struct Write
    {
        QJsonObject assistant;
        const FolderFile *previous = nullptr;
        std::optional<QJsonObject> serverCopy;
        QByteArray serverBytes;
    };
    // Writes on every core; nothing is written whose bytes are the same. Each result is the assistant's new
    // entry, or empty with the reason in `errors` (same index).
    QList<std::optional<FolderFile>> write(const QList<Write> &writes, QStringList *errors);
    std::optional<FolderFile> writeAssistant(const QJsonObject &assistant, const FolderFile *previous, QString *error);
    bool removeAssistant(const FolderFile &file, QString *error);
    // The server's copy as the new baseline of its assistant, secrets as digests.
    bool writeBaseline(const QJsonObject &serverCopy, QString *error);
    bool removeBaseline(const QString &id, QString *error);
    // The scope, the secrets file, the fingerprint index and a .gitignore that keeps the private folder out
    // of git.
    bool saveState(QString *error);

    // How many files the writes so far created, replaced or removed.
    int filesWritten() const { return m_filesWritten.load(); }

private:
    struct IndexEntry
    {
        QString id;
        QByteArray files;
        QByteArray base;
        QByteArray server;
    };
    struct Planned; // one Write, ready to be put on disk

    QString path(const QString &relative) const;
    bool writeFile(const QString &relative, const QByteArray &bytes, QString *error);
    Planned plan(const Write &write) const;
    // {"id":…,"assistant":…}: `assistantJson` compact, on one line.
    static QByteArray baselineLine(const QString &id, const QByteArray &assistantJson);
    static QByteArray baselineLine(const QString &id, const QJsonObject &assistant);
    bool put(const Planned &planned, QString *error);
    QByteArray filesFingerprint(const FolderFile &file) const;
    QByteArray baselineFingerprint(const QString &id) const;
    QByteArray secretsFingerprint() const;
    void readIndex();
    QByteArray indexBytes() const;
    bool readBaseline(QString *error);
    QByteArray baselineBytes() const;
    bool appendBaseline(const QByteArray &line, QString *error);
    void parse(FolderFile &file) const;

    QString m_dir;
    QList<FolderFile> m_files;
    QHash<QString, qsizetype> m_fileById;
    QList<FolderIssue> m_issues;
    QHash<QString, QByteArray> m_baselineLines; // every baseline, as its line in the baseline file
    QHash<QString, QJsonObject> m_baseline; // those prepared or written
    QByteArray m_baselineRead; // the baseline file's bytes as loaded (or last written)
    QByteArray m_baselineBuffer; // as loaded, never changed: m_baselineLines' values may point into it
    QHash<QString, IndexEntry> m_index; // by JSON file name
    QSet<QString> m_jsonFiles; // on disk now: the index keeps entries of these only
    QByteArray m_indexRead; // the index's bytes as loaded: saved again only when they change
    FolderScope m_scope;
    bool m_scopeChanged = false;
    std::unique_ptr<FolderSecretStore> m_secrets;
    std::unique_ptr<SecretSealer> m_sealer;
    std::atomic<int> m_filesWritten = 0;
};
