// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxFixture.h"

#include "core/RevoxCall.h"
#include "core/RevoxClient.h"

#include <QTest>

#include <algorithm>

using namespace FaultScenarios;

SandboxFixture::SandboxFixture()
    : m_sandbox(std::make_unique<SandboxServer>())
    , m_client(std::make_unique<RevoxClient>(&m_network))
    , m_colleague(std::make_unique<RevoxClient>(&m_colleagueNetwork))
{
    m_client->setTimeouts(FaultScenarios::transfer, FaultScenarios::deadline);
}

SandboxFixture::~SandboxFixture()
{
    // The clients before the networks they use, the servers last.
    m_client.reset();
    m_colleague.reset();
}

bool SandboxFixture::start(SandboxServer::Options options, QString *error)
{
    if (options.dataPath.isEmpty())
        options.dataPath = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
    m_options = options;
    if (!m_sandbox->start(m_options, error))
        return false;
    m_options.port = m_sandbox->port(); // a restart comes back where the client looks
    if (!m_colleague->setBaseUrl(m_sandbox->baseUrl(), error))
        return false;
    m_colleague->setApiKey(m_sandbox->apiKey());
    return true;
}

bool SandboxFixture::connectClient()
{
    if (!m_client->setBaseUrl(m_sandbox->baseUrl()))
        return false;
    m_client->setApiKey(m_sandbox->apiKey());
    return true;
}

bool SandboxFixture::arm(const Scenario &scenario, Operation operation, const QString &assistantId)
{
    m_client->setTimeouts(scenario.transfer, FaultScenarios::deadline);
    m_client->setMaxResponseSize(scenario.maxResponse);
    if (scenario.setup == Setup::ServerDown) {
        m_sandbox->stop();
        return true;
    }
    const bool onOneAssistant = operation == Operation::Save || operation == Operation::Reread
        || operation == Operation::Clone || operation == Operation::Delete;
    if (scenario.setup == Setup::DeletedElsewhere && onOneAssistant) {
        const CallOutcome deleted = await(m_colleague->deleteAssistant(assistantId));
        if (!deleted.ok)
            qWarning("the colleague could not delete %s: %s", qPrintable(assistantId),
                     qPrintable(deleted.error.message()));
        return deleted.ok;
    }
    SandboxFault fault = scenario.fault;
    QString path; // of the request the fault hits, for a redirect's location
    switch (operation) {
    case Operation::List:
    case Operation::Create:
        fault.method = operation == Operation::List ? QStringLiteral("GET") : QStringLiteral("POST");
        fault.pathPattern = QStringLiteral("^/api/assistants$");
        path = QStringLiteral("/api/assistants");
        break;
    case Operation::Save:
    case Operation::Reread:
    case Operation::Delete:
        fault.method = operation == Operation::Save ? QStringLiteral("PATCH")
            : operation == Operation::Reread        ? QStringLiteral("GET")
                                                    : QStringLiteral("DELETE");
        fault.pathPattern = QStringLiteral("^/api/assistants/[^/]+$");
        path = QStringLiteral("/api/assistants/") + assistantId;
        break;
    case Operation::Clone:
        fault.method = QStringLiteral("POST");
        fault.pathPattern = QStringLiteral("^/api/assistants/[^/]+/clone$");
        path = QStringLiteral("/api/assistants/%1/clone").arg(assistantId);
        break;
    case Operation::Voices:
        fault.method = QStringLiteral("GET");
        fault.pathPattern = QStringLiteral("^/api/voices$");
        path = QStringLiteral("/api/voices");
        break;
    }
    if (scenario.httpDate)
        fault.retryAfter = httpDate(QDateTime::currentDateTimeUtc().addSecs(2));
    if (scenario.otherOrigin) {
        m_elsewhere = std::make_unique<SandboxServer>();
        SandboxServer::Options options;
        options.apiKey = m_sandbox->apiKey(); // it would accept the key: so it must never see it
        QString error;
        if (!m_elsewhere->start(options, &error)) {
            qWarning("the other origin did not start: %s", qPrintable(error));
            return false;
        }
        QUrl location = m_elsewhere->baseUrl();
        location.setPath(path);
        fault.location = location;
    }
    m_sandbox->addFault(fault);
    return true;
}

bool SandboxFixture::disarm()
{
    m_client->setTimeouts(FaultScenarios::transfer, FaultScenarios::deadline);
    m_client->setMaxResponseSize(RevoxClient::defaultMaxResponseSize);
    m_sandbox->clearFaults();
    if (m_sandbox->isRunning())
        return true;
    QString error;
    if (!m_sandbox->start(m_options, &error)) {
        qWarning("the sandbox did not come back: %s", qPrintable(error));
        return false;
    }
    return true;
}

CallOutcome SandboxFixture::await(RevoxCall *call, int timeoutMs)
{
    auto outcome = std::make_shared<CallOutcome>();
    QObject::connect(call, &RevoxCall::finished, call, [call, outcome] {
        outcome->finished = true;
        outcome->ok = call->succeeded();
        outcome->error = call->error();
        outcome->assistants = call->assistants();
        outcome->assistant = call->assistant();
    });
    if (!QTest::qWaitFor([outcome] { return outcome->finished; }, timeoutMs))
        call->abort();
    return *outcome;
}

QList<Assistant> SandboxFixture::serverAssistants()
{
    const CallOutcome outcome = await(m_colleague->listAssistants());
    if (!outcome.ok)
        qWarning("the colleague's list failed: %s", qPrintable(outcome.error.message()));
    return outcome.assistants;
}

std::optional<Assistant> SandboxFixture::serverAssistant(const QString &id)
{
    const CallOutcome outcome = await(m_colleague->getAssistant(id));
    if (!outcome.ok)
        return std::nullopt;
    return outcome.assistant;
}

qsizetype SandboxFixture::countNamed(const QString &name)
{
    const QList<Assistant> all = serverAssistants();
    return std::count_if(all.begin(), all.end(), [&name](const Assistant &a) { return a.name() == name; });
}

bool SandboxFixture::patchOnServer(const QString &id, const AssistantPatch &patch)
{
    const CallOutcome outcome = await(m_colleague->updateAssistant(id, patch));
    if (!outcome.ok)
        qWarning("the colleague's PATCH failed: %s", qPrintable(outcome.error.message()));
    return outcome.ok;
}

qsizetype SandboxFixture::createRequests() const
{
    const QList<SandboxRequestRecord> requests = m_sandbox->requests();
    return std::count_if(requests.begin(), requests.end(), [](const SandboxRequestRecord &r) {
        return r.method == u"POST" && r.path == u"/api/assistants";
    });
}

QList<SandboxRequestRecord> SandboxFixture::requests(const QString &method, const QString &id) const
{
    QList<SandboxRequestRecord> matching;
    for (const SandboxRequestRecord &request : m_sandbox->requests()) {
        if (request.method == method && (id.isEmpty() || request.path.endsWith(u'/' + id)))
            matching.append(request);
    }
    return matching;
}

QStringList SandboxFixture::assistantRequestMethods() const
{
    QStringList methods;
    for (const SandboxRequestRecord &request : m_sandbox->requests()) {
        if (request.path.startsWith(u"/api/assistants"))
            methods.append(request.method);
    }
    return methods;
}
