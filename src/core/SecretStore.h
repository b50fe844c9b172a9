// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

// Where API keys live. The app uses the OS keychain (keychain/KeychainSecretStore); tests and machines
// without a keychain service use MemorySecretStore. Keys never go to QSettings, logs or files.
//
// Every call answers asynchronously with exactly one signal, as keychains do.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void read(const QString &account) = 0;
    virtual void write(const QString &account, const QString &secret) = 0;
    virtual void remove(const QString &account) = 0;
    // False when keys last only as long as this session.
    virtual bool isPersistent() const = 0;

signals:
    // `error` is empty on success; a missing entry reads as an empty secret without error.
    void readFinished(const QString &account, const QString &secret, const QString &error);
    void writeFinished(const QString &account, const QString &error);
    void removeFinished(const QString &account, const QString &error);
    void persistenceChanged(bool persistent);
};

// Keys kept in memory for this session only.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &account) override;
    void write(const QString &account, const QString &secret) override;
    void remove(const QString &account) override;
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QString> m_secrets;
};
