// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

// revox-sandbox as a process of its own (in-memory data, a port of its own choosing), so a load
// generator and the server do not share a thread. Stopped when this object goes.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    bool start(int seedCount, QString *error);
    QUrl baseUrl() const { return m_baseUrl; } // http://127.0.0.1:<port>/api
    QString apiKey() const { return m_apiKey; }
    QUrl url(const QString &path) const; // path under the base URL: "/assistants/abc"
    // The processor time the server has used so far (user and system, from /proc), or -1 where that cannot be read.
    double cpuMs() const;

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_apiKey;
};
