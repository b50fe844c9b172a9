// SPDX-License-Identifier: GPL-3.0-or-later
// RevoxClient beyond the assistants, against the real sandbox on loopback: calls (placed with a saved
// assistant or an unsaved draft, followed to their end, listed, cancelled), the account (auth-status,
// users/me) and the phone numbers, with the transport rules of the rest of the client (POST never repeated,
// GET retried, ids kept to one path segment).
#include "core/RevoxClient.h"
#include "sandbox/SandboxServer.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace std::chrono;
using namespace Qt::StringLiterals;
using FaultKind = SandboxFault::Kind;

namespace {

const QString kBrightsmile = u"0ac7a593-f056-5dc5-a762-3d80b7d98152"_s; // a sample assistant
const QString kParis = u"9f3d2b7e-6a15-4c08-b4e1-0c8a5d9e2f67"_s; // a sample number routed to no one

// What a call reported, copied out in its finished() slot: the call deletes itself right after.
struct Outcome
{
    bool finished = false;
    bool succeeded = false;
    ApiError error;
    int attempts = 0;
    CallInfo call;
    QList<CallInfo> calls;
    qint64 callsTotal = -1;
    bool authenticated = false;
    UserInfo user;
    QList<PhoneNumberInfo> phoneNumbers;
    PhoneNumberInfo phoneNumber;
    QString resourceId;
};

Outcome run(RevoxCall *call)
{
    Outcome outcome;
    QEventLoop loop;
    QObject::connect(call, &RevoxCall::finished, &loop, [&] {
        outcome.finished = true;
        outcome.succeeded = call->succeeded();
        outcome.error = call->error();
        outcome.attempts = call->attempts();
        outcome.call = call->call();
        outcome.calls = call->calls();
        outcome.callsTotal = call->callsTotal();
        outcome.authenticated = call->authenticated();
        outcome.user = call->user();
        outcome.phoneNumbers = call->phoneNumbers();
        outcome.phoneNumber = call->phoneNumber();
        outcome.resourceId = call->resourceId();
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit); // a broken client fails the test, not hangs it
    loop.exec();
    return outcome;
}

QStringList rolesOf(const QList<CallInfo::TranscriptEntry> &transcript)
{
    QStringList roles;
    for (const CallInfo::TranscriptEntry &entry : transcript)
        roles.append(entry.roleName);
    return roles;
}

SandboxFault fault(FaultKind kind, const QString &method, const QString &path, int times = 1, int status = 0)
{
    SandboxFault f;
    f.kind = kind;
    f.method = method;
    f.pathPattern = path;
    f.times = times;
    f.status = status;
    return f;
}

} // namespace

class TestRevoxClientCalls : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // --- calls ---
    void placeAndFollowACall();
    void draftCallSavesNothing();
    void placeCallIsNeverRetried_data();
    void placeCallIsNeverRetried();
    void refusedCallNamesTheFields();
    void getCallIsRetried();
    void missingCall();
    void listCalls();
    void cancelCall();
    void idsAreOnePathSegment_data();
    void idsAreOnePathSegment();

    // --- the account ---
    void authStatus();
    void authStatusRefusedKey_data();
    void authStatusRefusedKey();
    void authStatusFailure();
    void currentUser();

    // --- phone numbers ---
    void listPhoneNumbers();
    void routeRenameAndDeleteANumber();
    void phoneNumberErrors();

private:
    std::unique_ptr<SandboxServer> startServer(double callSeconds);

    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<RevoxClient> m_client;
};

std::unique_ptr<SandboxServer> TestRevoxClientCalls::startServer(double callSeconds)
{
    auto server = std::make_unique<SandboxServer>();
    SandboxServer::Options options;
    options.callSeconds = callSeconds;
    QString error;
    if (!server->start(options, &error))
        qWarning("cannot start the sandbox: %s", qPrintable(error));
    return server;
}

void TestRevoxClientCalls::init()
{
    m_server = startServer(0.4);
    QVERIFY(m_server->isRunning());
    m_client = std::make_unique<RevoxClient>(&m_nam);
    QString error;
    QVERIFY2(m_client->setBaseUrl(m_server->baseUrl(), &error), qPrintable(error));
    m_client->setApiKey(m_server->apiKey());
    m_client->setTimeouts(seconds(5), seconds(20));
}

void TestRevoxClientCalls::cleanup()
{
    m_client.reset();
    m_server.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestRevoxClientCalls::placeAndFollowACall()
{
    CallRequest request;
    request.phoneNumber = u"+14155550123"_s;
    request.assistantId = kBrightsmile;
    request.promptVariables = {{u"patient_first_name"_s, u"Ann"_s}};
    request.metadata = {{u"ticket"_s, u"T-1"_s}};
    const Outcome placed = run(m_client->placeCall(request));
    QVERIFY2(placed.succeeded, qPrintable(placed.error.message()));
    QCOMPARE(placed.attempts, 1);
    QVERIFY(!placed.call.id.isEmpty());
    QCOMPARE(placed.call.phoneNumber, u"+14155550123"_s);
    QCOMPARE(placed.call.assistantId, kBrightsmile);
    QVERIFY(!placed.call.isFinal());
    QCOMPARE(m_server->requests().last().body, request.toJson());

    // Polled until it ends, as the test-call dialog will.
    CallInfo call;
    QTRY_VERIFY_WITH_TIMEOUT((call = run(m_client->getCall(placed.call.id)).call).isFinal(), 10000);
    QCOMPARE(call.status, u"completed"_s);
    QCOMPARE(call.outcome, u"completed"_s);
    QCOMPARE(call.result, u"human"_s);
    QVERIFY(call.durationSeconds && *call.durationSeconds > 0);
    QVERIFY(call.structuredOutput.isObject());
    QCOMPARE(call.attempts.size(), 1);
    QCOMPARE(call.attempts.first().endedBy, u"agent"_s);
    QCOMPARE(call.attempts.first().endReason, u"tool_end_call"_s);
    QVERIFY(call.attempts.first().answeredAt.isValid());
    QCOMPARE(call.assistantName, u"Brightsmile Dental – Appointment Reminders"_s);
    // Caller, assistant and tool turns, told apart.
    const QStringList roles = rolesOf(call.transcript);
    QVERIFY(roles.contains(u"user"_s) && roles.contains(u"assistant"_s) && roles.contains(u"tool"_s));
    QCOMPARE(call.transcript.first().role, CallInfo::TranscriptEntry::Role::Assistant);
    QVERIFY2(call.transcript.first().content.contains(u"Ann"_s), qPrintable(call.transcript.first().content));
    QCOMPARE(call.transcript.last().role, CallInfo::TranscriptEntry::Role::Tool);
    QCOMPARE(call.transcript.last().toolName, u"end_call"_s);
    QVERIFY(call.transcript.last().toolArguments.isObject());
}

void TestRevoxClientCalls::draftCallSavesNothing()
{
    // The editor's unsaved state: a create body, sent inline.
    QJsonObject json{{u"id"_s, u"not-sent"_s},
                     {u"name"_s, u"Draft"_s},
                     {u"prompt"_s, u"Say {{greeting}}."_s},
                     {u"first_sentence_mode"_s, u"static"_s},
                     {u"first_sentence"_s, u"{{greeting}}, this is a draft."_s},
                     {u"created_at"_s, u"2025-01-01T00:00:00.000Z"_s}};
    CallRequest request;
    request.phoneNumber = u"+14155550123"_s;
    request.assistant = AssistantPatch::forCreate(Assistant(json));
    request.promptVariables = {{u"greeting"_s, u"Hello"_s}};
    const Outcome placed = run(m_client->placeCall(request));
    QVERIFY2(placed.succeeded, qPrintable(placed.error.message()));
    QVERIFY(placed.call.assistantId.isEmpty());
    QCOMPARE(placed.call.assistantName, u"Draft"_s);

    // What travelled: the draft without id or read-only keys, and no assistant_id.
    const QJsonObject sent = QJsonDocument::fromJson(m_server->requests().last().body).object();
    QVERIFY(!sent.contains(u"assistant_id"));
    const QJsonObject assistant = sent.value(u"assistant").toObject();
    QCOMPARE(assistant, request.assistant->body());
    QVERIFY(!assistant.contains(u"id") && !assistant.contains(u"created_at"));
    QCOMPARE(sent.value(u"prompt_variables").toObject(), (QJsonObject{{u"greeting"_s, u"Hello"_s}}));

    // Nothing was saved: no POST /assistants, and the list is the sample set.
    for (const SandboxRequestRecord &record : m_server->requests())
        QVERIFY(!(record.method == u"POST" && record.path == u"/api/assistants"));
    const Outcome list = run(m_client->listCalls());
    QCOMPARE(list.calls.size(), 1);
    CallInfo call;
    QTRY_VERIFY_WITH_TIMEOUT((call = run(m_client->getCall(placed.call.id)).call).isFinal(), 10000);
    QCOMPARE(call.transcript.first().content, u"Hello, this is a draft."_s);
}

void TestRevoxClientCalls::placeCallIsNeverRetried_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("503") << int(FaultKind::Status) << 503;
    QTest::newRow("429") << int(FaultKind::RateLimit) << 0;
    QTest::newRow("connection dropped") << int(FaultKind::Drop) << 0;
    QTest::newRow("reset after the call was placed") << int(FaultKind::Reset) << 0;
}

void TestRevoxClientCalls::placeCallIsNeverRetried()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    // Every answer fails: a client that repeated the POST would place the call again.
    m_server->addFault(fault(FaultKind(kind), u"POST"_s, u"/call$"_s, -1, status));
    CallRequest request;
    request.phoneNumber = u"+14155550123"_s;
    request.assistantId = kBrightsmile;
    const Outcome placed = run(m_client->placeCall(request));
    QVERIFY(placed.finished);
    QVERIFY(!placed.succeeded);
    QCOMPARE(placed.attempts, 1);
    int posts = 0;
    for (const SandboxRequestRecord &record : m_server->requests())
        posts += record.method == u"POST" && record.path == u"/api/call" ? 1 : 0;
    QCOMPARE(posts, 1);
    m_server->clearFaults();
}

void TestRevoxClientCalls::refusedCallNamesTheFields()
{
    CallRequest request;
    request.phoneNumber = u"0612"_s;
    request.assistantId = u"nope"_s;
    const Outcome placed = run(m_client->placeCall(request));
    QVERIFY(!placed.succeeded);
    QCOMPARE(placed.error.httpStatus(), 422);
    QStringList fields;
    for (const ApiError::FieldError &error : placed.error.fieldErrors())
        fields.append(error.field);
    QCOMPARE(fields, (QStringList{u"phone_number"_s, u"assistant_id"_s}));
    QVERIFY2(placed.error.message().contains(u"E.164"_s), qPrintable(placed.error.message()));
}

void TestRevoxClientCalls::getCallIsRetried()
{
    CallRequest request;
    request.phoneNumber = u"+14155550123"_s;
    request.assistantId = kBrightsmile;
    const Outcome placed = run(m_client->placeCall(request));
    QVERIFY(placed.succeeded);
    // One 503, then the answer: a GET is safe to repeat.
    m_server->addFault(fault(FaultKind::Status, u"GET"_s, u"/call/"_s, 1, 503));
    const Outcome got = run(m_client->getCall(placed.call.id));
    QVERIFY2(got.succeeded, qPrintable(got.error.message()));
    QCOMPARE(got.attempts, 2);
    QCOMPARE(got.call.id, placed.call.id);
    QCOMPARE(got.resourceId, placed.call.id);
}

void TestRevoxClientCalls::missingCall()
{
    const Outcome got = run(m_client->getCall(u"gone"_s));
    QVERIFY(!got.succeeded);
    QCOMPARE(got.error.httpStatus(), 404);
    QCOMPARE(got.error.message(),
             u"The server knows no such call, or not the assistant it names (HTTP 404) “Call not found.”."_s);
}

void TestRevoxClientCalls::listCalls()
{
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        CallRequest request;
        request.phoneNumber = u"+14155550123"_s;
        request.assistantId = kBrightsmile;
        ids.prepend(run(m_client->placeCall(request)).call.id); // newest first
    }
    const Outcome first = run(m_client->listCalls(1, 2));
    QVERIFY2(first.succeeded, qPrintable(first.error.message()));
    QCOMPARE(first.calls.size(), 2);
    QCOMPARE(first.calls.at(0).id, ids.at(0));
    QCOMPARE(first.calls.at(1).id, ids.at(1));
    QCOMPARE(first.callsTotal, 3);
    const SandboxRequestRecord request = m_server->requests().last();
    QCOMPARE(request.path, u"/api/call"_s);
    QCOMPARE(request.query, u"page=1&page_size=2"_s);
    QCOMPARE(run(m_client->listCalls(2, 2)).calls.size(), 1);

    // By status, once they have ended.
    for (const QString &id : std::as_const(ids))
        QTRY_VERIFY_WITH_TIMEOUT(run(m_client->getCall(id)).call.isFinal(), 10000);
    QCOMPARE(run(m_client->listCalls(1, 20, {u"completed"_s})).calls.size(), 3);
    QCOMPARE(run(m_client->listCalls(1, 20, {u"calling"_s, u"scheduled"_s})).calls.size(), 0);
    QVERIFY(m_server->requests().last().query.contains(u"statuses"_s));
}

void TestRevoxClientCalls::cancelCall()
{
    // Long enough to be under way when it is cancelled.
    m_server = startServer(3600);
    QVERIFY(m_server->isRunning());
    QVERIFY(m_client->setBaseUrl(m_server->baseUrl()));
    m_client->setApiKey(m_server->apiKey());
    CallRequest request;
    request.phoneNumber = u"+14155550123"_s;
    request.assistantId = kBrightsmile;
    const Outcome placed = run(m_client->placeCall(request));
    QVERIFY(placed.succeeded);

    const Outcome cancelled = run(m_client->cancelCall(placed.call.id));
    QVERIFY2(cancelled.succeeded, qPrintable(cancelled.error.message()));
    QCOMPARE(cancelled.call.status, u"cancelled"_s);
    QVERIFY(cancelled.call.isFinal());
    QCOMPARE(m_server->requests().last().path, u"/api/call/"_s + placed.call.id + u"/cancel"_s);

    // Again: refused, with the server's own words.
    const Outcome again = run(m_client->cancelCall(placed.call.id));
    QVERIFY(!again.succeeded);
    QCOMPARE(again.error.httpStatus(), 409);
    QVERIFY2(again.error.message().contains(u"already ended"_s), qPrintable(again.error.message()));
    QCOMPARE(again.attempts, 1); // a POST: never repeated
}

void TestRevoxClientCalls::idsAreOnePathSegment_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("path"); // as the server received it; empty: never sent
    QTest::newRow("slash") << u"a/b"_s << u"/api/call/a%2Fb"_s;
    QTest::newRow("query") << u"a?b"_s << u"/api/call/a%3Fb"_s;
    QTest::newRow("dot") << u"."_s << QString();
    QTest::newRow("dot dot") << u".."_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestRevoxClientCalls::idsAreOnePathSegment()
{
    QFETCH(QString, id);
    QFETCH(QString, path);
    const Outcome got = run(m_client->getCall(id));
    QVERIFY(!got.succeeded);
    if (path.isEmpty()) {
        QCOMPARE(got.error.kind(), ApiError::Kind::Invalid);
        QVERIFY(m_server->requests().isEmpty());
    } else {
        QCOMPARE(got.error.httpStatus(), 404);
        QCOMPARE(m_server->requests().last().path, path);
    }
    // The same for phone numbers.
    const Outcome removed = run(m_client->deletePhoneNumber(id));
    QVERIFY(!removed.succeeded);
    QCOMPARE(removed.resourceId, id);
}

void TestRevoxClientCalls::authStatus()
{
    const Outcome status = run(m_client->authStatus());
    QVERIFY2(status.succeeded, qPrintable(status.error.message()));
    QVERIFY(status.authenticated);
    QCOMPARE(m_server->requests().last().path, u"/api/auth-status"_s);
}

void TestRevoxClientCalls::authStatusRefusedKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("refusal"); // a status fault standing for a server that refuses the key itself; 0: none
    QTest::newRow("wrong key") << u"wrong"_s << 0;
    QTest::newRow("no key") << QString() << 0;
    QTest::newRow("a server that answers 401") << u"wrong"_s << 401;
    QTest::newRow("a server that answers 403") << u"wrong"_s << 403;
}

void TestRevoxClientCalls::authStatusRefusedKey()
{
    QFETCH(QString, key);
    QFETCH(int, refusal);
    if (refusal)
        m_server->addFault(fault(FaultKind::Status, u"GET"_s, u"/auth-status"_s, 1, refusal));
    m_client->setApiKey(key);
    // A refused key is an answer, not a failure: the connection dialog can say so and store nothing.
    const Outcome status = run(m_client->authStatus());
    QVERIFY2(status.succeeded, qPrintable(status.error.message()));
    QVERIFY(!status.authenticated);
}

void TestRevoxClientCalls::authStatusFailure()
{
    // A server that cannot answer the question fails the call, with the usual words.
    m_server->addFault(fault(FaultKind::Status, u"GET"_s, u"/auth-status"_s, -1, 503));
    const Outcome status = run(m_client->authStatus());
    QVERIFY(!status.succeeded);
    QCOMPARE(status.error.httpStatus(), 503);
    QCOMPARE(status.attempts, 3); // a GET: retried twice
    m_server->clearFaults();
    m_server->addFault(fault(FaultKind::MalformedJson, u"GET"_s, u"/auth-status"_s));
    const Outcome garbled = run(m_client->authStatus());
    QVERIFY(!garbled.succeeded);
    QCOMPARE(garbled.error.kind(), ApiError::Kind::Payload);
}

void TestRevoxClientCalls::currentUser()
{
    const Outcome me = run(m_client->currentUser());
    QVERIFY2(me.succeeded, qPrintable(me.error.message()));
    QCOMPARE(me.user.email, u"sandbox@example.com"_s);
    QCOMPARE(me.user.displayName(), u"Sandbox User"_s);
    QVERIFY(!me.user.id.isEmpty());
    m_client->setApiKey(u"wrong"_s);
    const Outcome refused = run(m_client->currentUser());
    QCOMPARE(refused.error.httpStatus(), 401);
}

void TestRevoxClientCalls::listPhoneNumbers()
{
    const Outcome listed = run(m_client->listPhoneNumbers());
    QVERIFY2(listed.succeeded, qPrintable(listed.error.message()));
    QCOMPARE(listed.phoneNumbers.size(), 4);
    const PhoneNumberInfo &first = listed.phoneNumbers.first();
    QCOMPARE(first.phoneNumber, u"+15125550142"_s);
    QCOMPARE(first.inboundAssistantId, kBrightsmile);
    QCOMPARE(first.inboundAssistantName, u"Brightsmile Dental – Appointment Reminders"_s);
    QCOMPARE(first.createdBy.email, u"sandbox@example.com"_s);
    QCOMPARE(first.type, u"local"_s);
    int unrouted = 0;
    for (const PhoneNumberInfo &number : listed.phoneNumbers)
        unrouted += number.inboundAssistantId.isEmpty() ? 1 : 0;
    QCOMPARE(unrouted, 2);
}

void TestRevoxClientCalls::routeRenameAndDeleteANumber()
{
    PhoneNumberUpdate route;
    route.inboundAssistantId = kBrightsmile;
    route.label = u"Paris desk"_s;
    const Outcome routed = run(m_client->updatePhoneNumber(kParis, route));
    QVERIFY2(routed.succeeded, qPrintable(routed.error.message()));
    QCOMPARE(routed.phoneNumber.id, kParis);
    QCOMPARE(routed.phoneNumber.inboundAssistantId, kBrightsmile);
    QCOMPARE(routed.phoneNumber.label, u"Paris desk"_s);
    QCOMPARE(m_server->requests().last().method, u"PATCH"_s);
    QCOMPARE(m_server->requests().last().body, route.toJson());

    // Away from any assistant: null, and nothing else travels.
    PhoneNumberUpdate away;
    away.inboundAssistantId = QString();
    const Outcome unrouted = run(m_client->updatePhoneNumber(kParis, away));
    QVERIFY(unrouted.succeeded);
    QVERIFY(unrouted.phoneNumber.inboundAssistantId.isEmpty());
    QCOMPARE(unrouted.phoneNumber.label, u"Paris desk"_s);
    QCOMPARE(m_server->requests().last().body, QByteArray(R"({"inbound_assistant_id":null})"));

    const Outcome removed = run(m_client->deletePhoneNumber(kParis));
    QVERIFY2(removed.succeeded, qPrintable(removed.error.message()));
    QCOMPARE(run(m_client->listPhoneNumbers()).phoneNumbers.size(), 3);
}

void TestRevoxClientCalls::phoneNumberErrors()
{
    PhoneNumberUpdate route;
    route.inboundAssistantId = u"nope"_s;
    const Outcome unknownAssistant = run(m_client->updatePhoneNumber(kParis, route));
    QCOMPARE(unknownAssistant.error.httpStatus(), 422);
    QCOMPARE(unknownAssistant.error.fieldErrors().first().field, u"inbound_assistant_id"_s);

    const Outcome missing = run(m_client->updatePhoneNumber(u"gone"_s, route));
    QCOMPARE(missing.error.httpStatus(), 404);
    QVERIFY2(missing.error.message().startsWith(u"The phone number is no longer on the account"_s),
             qPrintable(missing.error.message()));
    const Outcome missingDelete = run(m_client->deletePhoneNumber(u"gone"_s));
    QCOMPARE(missingDelete.error.message(), missing.error.message());

    // A list the server cannot give fails with the usual words; a PATCH that loses its answer is retried
    // (it carries absolute values).
    m_server->addFault(fault(FaultKind::Reset, u"PATCH"_s, u"/phone-numbers/"_s));
    PhoneNumberUpdate label;
    label.label = u"Again"_s;
    const Outcome retried = run(m_client->updatePhoneNumber(kParis, label));
    QVERIFY2(retried.succeeded, qPrintable(retried.error.message()));
    QCOMPARE(retried.attempts, 2);
    QCOMPARE(retried.phoneNumber.label, u"Again"_s);
}

QTEST_GUILESS_MAIN(TestRevoxClientCalls)
#include "TestRevoxClientCalls.moc"
