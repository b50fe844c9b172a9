// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The private half of a folder of assistant files: one JSON file (AssistantFolder puts it in
// DIR/.revox/private/secrets.json) readable by the user only (0600, in a 0700 folder) and listed in the
// folder's .gitignore. It holds the secret values the assistant files refer to, by reference name, and the
// folder's keys for digests (the entry SecretSealer::keyAccount()), so that the baseline can say whether a
// secret changed without holding it.
//
// As a SecretStore it answers within the call and is persistent: a SecretSealer made on it is ready at once.
// Nothing reaches the disk before save().
class FolderSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit FolderSecretStore(const QString &path, QObject *parent = nullptr);

    QString path() const { return m_path; }
    // A missing file is an empty store; a file that is not this format is an error (and is left alone).
    bool load(QString *error = nullptr);
    // Writes the file when anything changed since load() (0600; its folder 0700). True when nothing had to.
    bool save(QString *error = nullptr);
    bool isModified() const { return m_modified; }

    std::optional<QString> value(const QString &name) const;
    void setValue(const QString &name, const QString &value);
    QStringList names() const { return m_secrets.keys(); }

    void read(const QString &account) override;
    void write(const QString &account, const QString &secret) override;
    void remove(const QString &account) override;
    bool isPersistent() const override { return true; }

private:
    QString m_path;
    QString m_keys; // the sealer's entry
    QMap<QString, QString> m_secrets; // sorted: the file is the same bytes for the same content
    bool m_modified = false;
};
