// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxThread.h"

#include <QCoreApplication>
#include <QMutexLocker>

SandboxThread::SandboxThread()
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxThread::~SandboxThread()
{
    // QThread runs the deferred deletes posted by `finished` before it ends, so the server (its sockets,
    // its SQLite connection) is destroyed in the thread that made them.
    m_thread.quit();
    m_thread.wait();
}

void SandboxThread::start(const SandboxServer::Options &options)
{
    Q_ASSERT(!m_server);
    m_server = new SandboxServer;
    m_server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_server,
        [this, options] {
            QString error;
            const bool running = m_server->start(options, &error);
            const QMutexLocker locker(&m_mutex);
            m_running = running;
            m_error = error;
            m_baseUrl = m_server->baseUrl();
            m_apiKey = m_server->apiKey();
            m_recovery = m_server->recovery();
            m_startDone = true;
            m_startFinished.wakeAll();
        },
        Qt::QueuedConnection);
}

bool SandboxThread::waitForStarted(QString *error)
{
    QMutexLocker locker(&m_mutex);
    if (!m_server) {
        if (error)
            *error = QCoreApplication::translate("SandboxThread", "The sandbox was never started.");
        return false;
    }
    while (!m_startDone)
        m_startFinished.wait(&m_mutex);
    if (!m_running && error)
        *error = m_error;
    return m_running;
}

QUrl SandboxThread::baseUrl() const
{
    const QMutexLocker locker(&m_mutex);
    return m_baseUrl;
}

QString SandboxThread::apiKey() const
{
    const QMutexLocker locker(&m_mutex);
    return m_apiKey;
}

SandboxRecovery SandboxThread::recovery() const
{
    const QMutexLocker locker(&m_mutex);
    return m_recovery;
}
