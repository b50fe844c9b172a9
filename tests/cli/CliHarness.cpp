// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliHarness.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>

QString CliHarness::Result::text() const
{
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3")
        .arg(exitCode)
        .arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

CliHarness::CliHarness(const QString &home)
    : m_home(home)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    for (const QString &name : m_environment.keys()) {
        if (name.startsWith(u"REVOX_"))
            m_environment.remove(name);
    }
    // The tool speaks the environment's language: these suites read its English (TestLanguage its French).
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        m_environment.remove(QString::fromLatin1(name));
    m_environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    const QDir root(home);
    for (const char *dir : {"config", "data", "cache", "state", "runtime", "tmp"})
        root.mkpath(QString::fromLatin1(dir));
    m_environment.insert(QStringLiteral("HOME"), home);
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
    m_environment.insert(QStringLiteral("XDG_STATE_HOME"), root.filePath(QStringLiteral("state")));
    m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("runtime")));
    m_environment.insert(QStringLiteral("TMPDIR"), root.filePath(QStringLiteral("tmp")));
    m_environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
}

void CliHarness::setServer(const QString &baseUrl, const QString &apiKey)
{
    setVariable(QStringLiteral("REVOX_BASE_URL"), baseUrl);
    setVariable(QStringLiteral("REVOX_API_KEY"), apiKey);
}

void CliHarness::setVariable(const QString &name, const QString &value)
{
    if (value.isEmpty())
        m_environment.remove(name);
    else
        m_environment.insert(name, value);
}

QString CliHarness::executable()
{
    return QStringLiteral(REVOX_CLI_EXE);
}

CliHarness::Result CliHarness::run(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_home);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(executable(), arguments);
    Result result;
    if (!process.waitForStarted(20000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // The event loop keeps running meanwhile: the sandbox of the test process answers.
    if (finished.isEmpty())
        finished.wait(120000);
    result.finished = !finished.isEmpty();
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    m_history.append(result);
    return result;
}
