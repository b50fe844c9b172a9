// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SecretStore.h"

// API keys in the OS keychain through qtkeychain (Secret Service, macOS Keychain, Windows Credential
// Store). Where no keychain service answers, keys are kept for the session only and
// persistenceChanged(false) says so; they are never written to a file instead.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &account) override;
    void write(const QString &account, const QString &secret) override;
    void remove(const QString &account) override;
    bool isPersistent() const override { return !m_fallingBack; }

private:
    // True when the job failed because there is no keychain at all; the store then falls back.
    bool fallBackIfUnavailable(int keychainError);

    QString m_service;
    bool m_fallingBack = false;
    MemorySecretStore m_session;
};
