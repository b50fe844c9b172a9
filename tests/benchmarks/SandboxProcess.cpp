// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QUuid>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SandboxProcess::start(int seedCount, QString *error)
{
    m_apiKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_process.setProgram(QStringLiteral(REVOX_SANDBOX_EXE));
    m_process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                            QStringLiteral(":memory:"), QStringLiteral("--api-key"), m_apiKey, QStringLiteral("--seed"),
                            QString::number(seedCount)});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // Should this process crash, the server goes with it instead of listening on, orphaned.
    m_process.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("revox-sandbox did not start: %1").arg(m_process.errorString());
        return false;
    }
    // The first line names the URL: "Revox sandbox listening on http://127.0.0.1:<port>/api".
    QElapsedTimer timer;
    timer.start();
    QByteArray output;
    while (timer.elapsed() < 120000 && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(1000);
        output += m_process.readAllStandardOutput();
        const qsizetype at = output.indexOf("http://");
        if (at >= 0 && output.indexOf('\n', at) > at) {
            m_baseUrl = QUrl(QString::fromUtf8(output.mid(at, output.indexOf('\n', at) - at).trimmed()));
            return m_baseUrl.isValid();
        }
    }
    *error = QStringLiteral("revox-sandbox said no URL: %1%2")
                 .arg(QString::fromUtf8(output), QString::fromUtf8(m_process.readAllStandardError()));
    return false;
}

QUrl SandboxProcess::url(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    return url;
}

double SandboxProcess::cpuMs() const
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
    if (m_process.processId() <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    // "pid (comm) state ppid …": utime and stime are the 12th and 13th fields after the command's ")".
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}
