// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SoakLedger.h"
#include "SoakRandom.h"

#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QMap>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

#include <chrono>
#include <memory>

// The soak's coordinator: a sandbox on loopback with its own SQLite file in a work folder, two writer
// processes (revox-soak --writer, SoakWriter) on the same assistants, random faults of every kind the sandbox
// plays armed one after another (and the server stopped and started again now and then), writers killed with
// SIGKILL mid-operation and started again on their drafts. At the deadline the writers stop, each is started
// once more to restore its drafts (the audit), the sandbox restarts from its file, and SoakLedger's checks
// run. The report goes to stdout; finished() carries the exit code: 0 only without violations.
class SoakRun : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::chrono::milliseconds duration{std::chrono::minutes(2)};
        quint64 seed = 0;
        QString program; // this executable, started again as a writer
        QString workDir; // empty: a temporary folder, removed unless something failed
        int assistants = 8; // generated at the start; the writers create, clone and delete around it
        bool verbose = false; // the writers' lines and logs on stderr
    };

    explicit SoakRun(const Options &options, QObject *parent = nullptr);
    ~SoakRun() override;

    bool start(QString *error);

signals:
    void finished(int exitCode);

private:
    struct Writer
    {
        QString name;
        int incarnation = 0;
        QProcess *process = nullptr;
        QByteArray buffer;
        QStringList log; // the last lines of its stderr
        bool killed = false; // by us, on purpose
        bool ready = false; // restored its drafts: may be killed again
        bool audit = false;
    };

    // One line of the log (soak.log in the work folder); on stderr too with --verbose, or when `always`.
    void note(const QString &line, bool always = false);
    void startWriter(Writer &writer, bool audit = false);
    void readWriter(Writer &writer);
    void onLine(Writer &writer, const QByteArray &line);
    void onWriterFinished(Writer &writer, int exitCode, QProcess::ExitStatus status);
    void killWriter(Writer &writer, const QString &when);
    void maybeKill(Writer &writer, double probability, const QString &when);

    void changeFault();
    SandboxFault randomFault();
    void loseCreateAnswer();
    void stopServerForAWhile();
    bool startServer(int seedCount, QString *error);

    void windDown();
    void audit();
    void conclude();
    QList<Assistant> readFinalState(QString *error);
    void printReport(const QList<Assistant> &finalState);

    Options m_options;
    SoakRandom m_random;
    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxServer> m_elsewhere; // where redirects point: it must never hear from a writer
    quint16 m_port = 0;
    QUrl m_baseUrl; // the server's, kept while it is down
    QString m_apiKey;
    SoakLedger m_ledger;
    QList<Writer> m_writers;
    QTimer m_faultTimer;
    QTimer m_killTimer;
    QTimer m_deadline;
    QTimer m_stopTimeout;
    QElapsedTimer m_clock;
    QFile m_log;
    qint64 m_runMs = 0;
    bool m_windingDown = false;
    bool m_auditing = false;
    bool m_serverDown = false;
    int m_restarts = 0;
    int m_serverRestarts = 0;
    QMap<QString, int> m_armed; // fault kind → times armed
};
