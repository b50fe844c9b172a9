// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxServer.h"

#include <QMutex>
#include <QString>
#include <QThread>
#include <QUrl>
#include <QWaitCondition>

// revox-studio's built-in sandbox on a thread of its own. Its start (the SQLite driver and file, the HTTP
// server, which in Qt 6.4 sets up TLS although it only speaks plain HTTP) then runs while the window is
// being built, and its answers never wait for the GUI thread. The server is created, started, used and
// destroyed in that thread only; the owner sees its address and key.
class SandboxThread
{
public:
    SandboxThread();
    ~SandboxThread(); // stops the server, in its thread, then the thread
    SandboxThread(const SandboxThread &) = delete;
    SandboxThread &operator=(const SandboxThread &) = delete;

    // Starts the thread and, in it, the server; returns at once. Call once.
    void start(const SandboxServer::Options &options);
    // Blocks until the server listens or has failed to start: true when it listens, else *error says why.
    bool waitForStarted(QString *error = nullptr);
    QUrl baseUrl() const; // once waitForStarted() returned true
    QString apiKey() const;
    // What the server did about a data file it could not use (SandboxServer::recovery()); empty when the file
    // was fine. Once waitForStarted() returned.
    SandboxRecovery recovery() const;

private:
    QThread m_thread;
    SandboxServer *m_server = nullptr; // lives in m_thread, deleted there as it finishes

    mutable QMutex m_mutex; // guards what follows, written by m_thread
    QWaitCondition m_startFinished;
    bool m_startDone = false;
    bool m_running = false;
    QString m_error;
    QUrl m_baseUrl;
    QString m_apiKey;
    SandboxRecovery m_recovery;
};
