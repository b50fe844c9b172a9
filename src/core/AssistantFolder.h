// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FolderIssue.h"
#include "FolderSecretStore.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

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
    std::optional<QJsonObject> json; // AssistantFile::parse's result; empty when the files could not be read
    QList<FolderIssue> issues; // why not; also a duplicate ID

    QString id() const { return json ? json->value(u"id").toString() : QString(); }
    bool isValid() const { return json.has_value() && issues.isEmpty(); }
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
// assistant, the server's copy at the last pull or apply, secrets as digests (never values), in
// .revox/baseline/<id>.json, for three-way comparison — the scope of pull, and the private secrets file
// (.revox/private/secrets.json, 0600, kept out of git by the .gitignore pull writes).
//
// Writing never rewrites a file whose bytes would stay the same, so pulling again with no change anywhere
// leaves every file and its modification time alone. Files are replaced atomically.
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

    // Reads the assistant files (on every core), the baseline, the scope and the secrets. False, with why,
    // when the folder or its state cannot be read; a file that cannot be read is an issue of that file.
    // A folder that does not exist yet reads as empty when `mayBeMissing`.
    bool load(QString *error, bool mayBeMissing = false);

    const QList<FolderFile> &files() const { return m_files; }
    const FolderFile *fileFor(const QString &id) const;
    // Problems outside any one assistant's files: a prompt file without its JSON file.
    const QList<FolderIssue> &issues() const { return m_issues; }
    const QHash<QString, QJsonObject> &baseline() const { return m_baseline; }
    FolderScope scope() const { return m_scope; }
    void setScope(const FolderScope &scope);

    FolderSecretStore &secrets() { return *m_secrets; }
    const FolderSecretStore &secrets() const { return *m_secrets; }
    // On the folder's own keys (kept in the secrets file): digests in the baseline mean something only here.
    SecretSealer &sealer() { return *m_sealer; }
    const SecretSealer &sealer() const { return *m_sealer; }

    // The file form of `assistant` (a server's copy, or a merge of one with local edits: secret values in
    // clear): each secret becomes a reference and its value goes to the secrets file. Written under the stem
    // its name and ID give; `previous` (its files until now) is removed when that stem differs. Returns the
    // new entry; nothing is written whose bytes are the same.
    std::optional<FolderFile> writeAssistant(const QJsonObject &assistant, const FolderFile *previous, QString *error);
    bool removeAssistant(const FolderFile &file, QString *error);
    // The server's copy as the new baseline of its assistant, secrets as digests.
    bool writeBaseline(const QJsonObject &serverCopy, QString *error);
    bool removeBaseline(const QString &id, QString *error);
    // The scope, the secrets file and a .gitignore that keeps the private folder out of git.
    bool saveState(QString *error);

    // How many files the last writes created, replaced or removed.
    int filesWritten() const { return m_filesWritten; }

private:
    QString path(const QString &relative) const;
    bool writeFile(const QString &relative, const QByteArray &bytes, QString *error);
    QString baselineFile(const QString &id) const;

    QString m_dir;
    QList<FolderFile> m_files;
    QHash<QString, qsizetype> m_fileById;
    QList<FolderIssue> m_issues;
    QHash<QString, QJsonObject> m_baseline;
    FolderScope m_scope;
    bool m_scopeChanged = false;
    std::unique_ptr<FolderSecretStore> m_secrets;
    std::unique_ptr<SecretSealer> m_sealer;
    int m_filesWritten = 0;
};
