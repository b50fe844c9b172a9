// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxFault.h"
#include "SandboxRecovery.h"
#include "SandboxRequestRecord.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class SandboxApi;
class SandboxHttpServer;
struct SandboxReply;
class SandboxStore;

// A Revox-compatible API server on loopback with SQLite persistence: the app's offline default and the
// server every network test talks to. Runs in the thread that owns it.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; // 0 = any free port; read it back with port()
        QString dataPath; // SQLite file; empty → a private in-memory database
        QString apiKey; // required bearer token; empty → "sandbox"
        int seedCount = -1; // -1: load the shipped sample data when the store is empty;
                            // N ≥ 0: generate N assistants, replacing the store's content
        // A data file that cannot be used (not a database, another program's, damaged, unreadable, locked):
        // Refuse to start, saying which file and what is wrong; or MoveAside: keep it under another name
        // next to it (core/DamagedFile) and start afresh with the sample data. recovery() tells what was done.
        enum class BadData { Refuse, MoveAside };
        BadData badData = BadData::Refuse;
        // With MoveAside: when no file can be used there at all, keep the data in memory rather than fail
        // (the app's embedded sandbox must start).
        bool memoryWhenUnusable = false;
        double callSeconds = 8; // how long a simulated call takes from POST /call to completed
    };

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(const Options &options, QString *error = nullptr);
    void stop(); // closes every connection and the database; start() may be called again
    bool isRunning() const;

    quint16 port() const;
    QUrl baseUrl() const; // "http://127.0.0.1:<port>/api"
    QString apiKey() const;
    // What start() did about a data file it could not use; empty when there was none.
    SandboxRecovery recovery() const { return m_recovery; }

    void addFault(const SandboxFault &fault);
    void clearFaults();
    QList<SandboxFault> faults() const; // still armed, in the order they are tried

    // Every request received on the API, in order (the /_sandbox control endpoints are not recorded).
    QList<SandboxRequestRecord> requests() const;
    void clearRequests();

signals:
    void requestReceived(const SandboxRequestRecord &record);
    // A fault was taken for `request`: it plays on that request's answer.
    void faultTaken(const SandboxRequestRecord &request, const SandboxFault &fault);
    // The API handled `request` and answered `status` with `body`, in the order the server applies requests
    // (a Delay fault's request is handled after its wait). `request` is as applied: an ignoreField fault has
    // taken its member out. What a fault does to the delivery afterwards is not part of it; a request a fault
    // answered instead of the API, and the /_sandbox control endpoints, never come here.
    void requestAnswered(const SandboxRequestRecord &request, int status, const QByteArray &body);

private:
    void record(const SandboxRequestRecord &request);
    std::optional<SandboxFault> takeFault(const SandboxRequestRecord &request);
    SandboxReply handle(const SandboxRequestRecord &request);
    // The 401 answer when the request does not carry this server's key.
    std::optional<SandboxReply> authenticationFailure(const SandboxRequestRecord &request) const;
    SandboxReply handleControl(const SandboxRequestRecord &request);
    // Opens the data file, or does with it what options.badData says; null with `error` set when nothing
    // can be opened.
    std::unique_ptr<SandboxStore> openStore(const Options &options, QString *error);
    bool seed(SandboxStore &store, const Options &options, QString *error);

    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SandboxApi> m_api;
    SandboxHttpServer *m_http = nullptr; // a child; deleted later, as stop() may run inside its handler
    QString m_apiKey;
    SandboxRecovery m_recovery;
    QList<SandboxFault> m_faults;
    QList<SandboxRequestRecord> m_requests;
};
