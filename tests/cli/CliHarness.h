// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// revox-studio-cli as a user runs it: the real binary in a process of its own, with HOME and the XDG
// directories in a temporary place (so no saved connection, keychain entry or sandbox data of the machine
// is read or written) and no D-Bus session (so no keychain service answers). While it runs the test's event
// loop keeps going, so a sandbox in the test process answers it.
class CliHarness
{
public:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        bool finished = false;
        QString text() const; // stdout and stderr, for failure messages
    };

    explicit CliHarness(const QString &home);

    // REVOX_BASE_URL and REVOX_API_KEY for every run from now on (empty: unset).
    void setServer(const QString &baseUrl, const QString &apiKey);
    void setVariable(const QString &name, const QString &value); // empty: unset

    Result run(const QStringList &arguments, const QByteArray &input = {}) const;
    const QList<Result> &history() const { return m_history; } // every run so far, for scans

    static QString executable();

private:
    QString m_home;
    QProcessEnvironment m_environment;
    mutable QList<Result> m_history;
};
