// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

#include <QMetaObject>

// Answers are queued so callers see the same order of events as with a real keychain.
void MemorySecretStore::read(const QString &account)
{
    const QString secret = m_secrets.value(account);
    QMetaObject::invokeMethod(
        this, [this, account, secret] { emit readFinished(account, secret, QString()); }, Qt::QueuedConnection);
}

void MemorySecretStore::write(const QString &account, const QString &secret)
{
    m_secrets.insert(account, secret);
    QMetaObject::invokeMethod(
        this, [this, account] { emit writeFinished(account, QString()); }, Qt::QueuedConnection);
}

void MemorySecretStore::remove(const QString &account)
{
    m_secrets.remove(account);
    QMetaObject::invokeMethod(
        this, [this, account] { emit removeFinished(account, QString()); }, Qt::QueuedConnection);
}
