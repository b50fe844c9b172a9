// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
    connect(&m_session, &SecretStore::readFinished, this, &SecretStore::readFinished);
    connect(&m_session, &SecretStore::writeFinished, this, &SecretStore::writeFinished);
    connect(&m_session, &SecretStore::removeFinished, this, &SecretStore::removeFinished);
}

bool KeychainSecretStore::fallBackIfUnavailable(int keychainError)
{
    // Without a D-Bus session or a Secret Service, qtkeychain reports NoBackendAvailable or, from the
    // D-Bus layer, OtherError; neither will get better during this session.
    if (keychainError != QKeychain::NoBackendAvailable && keychainError != QKeychain::NotImplemented
        && keychainError != QKeychain::OtherError)
        return false;
    if (!m_fallingBack) {
        m_fallingBack = true;
        emit persistenceChanged(false);
    }
    return true;
}

void KeychainSecretStore::read(const QString &account)
{
    if (m_fallingBack) {
        m_session.read(account);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        if (job->error() == QKeychain::NoError)
            emit readFinished(account, job->textData(), QString());
        else if (job->error() == QKeychain::EntryNotFound)
            emit readFinished(account, QString(), QString());
        else if (fallBackIfUnavailable(job->error()))
            m_session.read(account);
        else
            emit readFinished(account, QString(), job->errorString());
    });
    job->start();
}

void KeychainSecretStore::write(const QString &account, const QString &secret)
{
    if (m_fallingBack) {
        m_session.write(account, secret);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(account);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, account, secret] {
        if (job->error() == QKeychain::NoError)
            emit writeFinished(account, QString());
        else if (fallBackIfUnavailable(job->error()))
            m_session.write(account, secret);
        else
            emit writeFinished(account, job->errorString());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &account)
{
    if (m_fallingBack) {
        m_session.remove(account);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            emit removeFinished(account, QString());
        else if (fallBackIfUnavailable(job->error()))
            m_session.remove(account);
        else
            emit removeFinished(account, job->errorString());
    });
    job->start();
}
