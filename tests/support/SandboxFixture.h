// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultScenarios.h"

#include "core/ApiError.h"
#include "core/Assistant.h"
#include "core/AssistantPatch.h"
#include "sandbox/SandboxServer.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class RevoxCall;
class RevoxClient;

// A call's outcome, copied out before the call deletes itself.
struct CallOutcome
{
    bool finished = false;
    bool ok = false;
    ApiError error;
    QList<Assistant> assistants;
    Assistant assistant;
};

// The sandbox side of a test: a sandbox on a SQLite file in a temporary directory (so it survives a stop
// and comes back on the same port), the client under test, and a colleague's client that reads and
// changes the server behind its back. Arms and clears the fault scenarios of FaultScenarios.
class SandboxFixture
{
public:
    SandboxFixture();
    ~SandboxFixture();

    // Starts the sandbox; `options.dataPath` defaults to a file in dir(), the port is kept for restarts.
    bool start(SandboxServer::Options options = {}, QString *error = nullptr);
    // Points client() at the sandbox with its key (the window does that itself).
    bool connectClient();

    QTemporaryDir &dir() { return m_dir; }
    SandboxServer &sandbox() { return *m_sandbox; }
    SandboxServer *elsewhere() { return m_elsewhere.get(); } // the other origin of a redirect, once armed
    RevoxClient &client() { return *m_client; }
    RevoxClient &colleague() { return *m_colleague; }

    // Prepares `operation` to meet `scenario`: the client's limits, then a fault, a stopped server or a
    // colleague's delete. False (with a warning) when that could not be set up.
    [[nodiscard]] bool arm(const FaultScenarios::Scenario &scenario, FaultScenarios::Operation operation,
                           const QString &assistantId);
    // No fault, the server running, the client's limits back to the suite's.
    [[nodiscard]] bool disarm();

    // Waits for a call and copies its outcome; aborts it after `timeoutMs`.
    static CallOutcome await(RevoxCall *call, int timeoutMs = FaultScenarios::waitMs);

    // The server's state through the colleague's client. Faults must be cleared.
    QList<Assistant> serverAssistants();
    std::optional<Assistant> serverAssistant(const QString &id);
    qsizetype countNamed(const QString &name);
    // A colleague's change, made through the API.
    bool patchOnServer(const QString &id, const AssistantPatch &patch);
    // POSTs to /api/assistants the sandbox received so far.
    qsizetype createRequests() const;
    // Methods of the requests to /api/assistants… so far, in order.
    QStringList assistantRequestMethods() const;
    // The requests with this method so far, in order; with `id`, those to that assistant's path only.
    QList<SandboxRequestRecord> requests(const QString &method, const QString &id = {}) const;

private:
    QTemporaryDir m_dir;
    SandboxServer::Options m_options;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SandboxServer> m_elsewhere;
    QNetworkAccessManager m_network;
    QNetworkAccessManager m_colleagueNetwork;
    std::unique_ptr<RevoxClient> m_client;
    std::unique_ptr<RevoxClient> m_colleague;
};
