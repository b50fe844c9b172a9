// SPDX-License-Identifier: GPL-3.0-or-later
// RevoxClient against the real sandbox server on loopback: every call, every injected fault, the
// redirect rules (with a second sandbox as the "other origin"), and the settings that feed the client.
#include "core/ClientSettings.h"
#include "core/RevoxClient.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace std::chrono;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;
using FaultKind = SandboxFault::Kind;

namespace {

constexpr int seedCount = 3;

// What a call reported, copied out in its finished() slot: the call deletes itself right after.
struct Outcome
{
    bool finished = false;
    int finishedCount = 0;
    bool succeeded = false;
    ApiError error;
    QList<Assistant> assistants;
    Assistant assistant;
    QList<VoiceInfo> voices;
    QByteArray etag;
    int attempts = 0;
    QList<milliseconds> waits; // announced by retrying(), before each repeat
    qint64 elapsedMs = 0;
    bool deleted = false;
};

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

// Qt's HTTP layer itself sends a bodiless request (GET, DELETE) again when the connection closes
// before the answer; requests with a body cannot be re-sent behind RevoxCall's back.
bool qtMayResend(FaultKind kind, const QString &method)
{
    const bool lostConnection = kind == FaultKind::Drop || kind == FaultKind::Reset || kind == FaultKind::Truncate;
    return lostConnection && (method == u"GET" || method == u"DELETE");
}

SandboxFault fault(FaultKind kind, int times = 1)
{
    SandboxFault f;
    f.kind = kind;
    f.times = times;
    return f;
}

} // namespace

class TestRevoxClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    // --- every call ---
    void listAssistants();
    void getAssistant();
    void getMissingAssistant();
    void createAssistant();
    void updateAssistant();
    void updateWithIfMatch();
    void deleteAssistant();
    void cloneAssistant();
    void listVoices();
    void wrongKey();
    void idIsOnePathSegment_data();
    void idIsOnePathSegment();
    void dotIdsAreRefused_data();
    void dotIdsAreRefused();
    void callStartedAndSelfDelete();

    // --- retries ---
    void retriedOnceThenSucceeds_data();
    void retriedOnceThenSucceeds();
    void retriesGiveUpAfterTwo_data();
    void retriesGiveUpAfterTwo();
    void postIsNeverRetried_data();
    void postIsNeverRetried();
    void finalStatusIsNotRetried_data();
    void finalStatusIsNotRetried();
    void retryAfterHonoured_data();
    void retryAfterHonoured();
    void retryAfterOfAMinuteIgnored();
    void connectionRefused();

    // --- bad answers ---
    void badAnswer_data();
    void badAnswer();
    void oversizedAnswer();
    void capLeavesNormalAnswersAlone();
    void stallBeforeHeadersTimesOut();
    void stalledPostIsNotRepeated();
    void deadlineEndsTheCall();
    void aRetryThatCouldNotFinishIsNotBegun();
    void slowBodyReportsProgress();
    void abortStopsTheCall();

    // --- redirects ---
    void redirectToOtherOriginRefused_data();
    void redirectToOtherOriginRefused();
    void redirectedPatchNeverBecomesGet_data();
    void redirectedPatchNeverBecomesGet();
    void sameOriginPatch307Followed();
    void sameOriginGetRedirectFollowed_data();
    void sameOriginGetRedirectFollowed();
    void redirectLoopStops();

    // --- configuration ---
    void baseUrl_data();
    void baseUrl();
    void keyNeverInUrlOrUnsafeHeader();
    void settingsFromEnvironment();

private:
    Outcome run(RevoxCall *call, int timeoutMs = 30000);
    QList<SandboxRequestRecord> apiRequests(const QString &method = {}) const;
    QString firstId();
    AssistantPatch createBody(const QString &name) const;

    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<RevoxClient> m_client;
};

void TestRevoxClient::init()
{
    m_server = std::make_unique<SandboxServer>();
    SandboxServer::Options options;
    options.address = QHostAddress::LocalHost;
    options.apiKey = u"test-key-123"_s;
    options.seedCount = seedCount;
    QString error;
    QVERIFY2(m_server->start(options, &error), qPrintable(error));

    m_client = std::make_unique<RevoxClient>(&m_nam);
    QVERIFY2(m_client->setBaseUrl(m_server->baseUrl(), &error), qPrintable(error));
    m_client->setApiKey(m_server->apiKey());
    m_client->setTimeouts(seconds(5), seconds(20));
}

void TestRevoxClient::cleanup()
{
    m_client.reset();
    m_server.reset();
    // Replies of aborted attempts were deleteLater()'d: let them go before the next test.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

Outcome TestRevoxClient::run(RevoxCall *call, int timeoutMs)
{
    Outcome outcome;
    QPointer<RevoxCall> guard(call);
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    connect(call, &RevoxCall::retrying, &loop,
            [&outcome](const ApiError &, milliseconds wait) { outcome.waits.append(wait); });
    const QMetaObject::Connection finished = connect(call, &RevoxCall::finished, &loop, [&] {
        ++outcome.finishedCount;
        outcome.finished = true;
        outcome.succeeded = call->succeeded();
        outcome.error = call->error();
        outcome.assistants = call->assistants();
        outcome.assistant = call->assistant();
        outcome.voices = call->voices();
        outcome.etag = call->etag();
        outcome.attempts = call->attempts();
        outcome.elapsedMs = timer.elapsed();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    // The call deletes itself: once it is gone, no second finished() can come, and finishedCount is final.
    outcome.deleted = QTest::qWaitFor([&guard] { return guard.isNull(); }, 5000);
    disconnect(finished);
    return outcome;
}

QList<SandboxRequestRecord> TestRevoxClient::apiRequests(const QString &method) const
{
    QList<SandboxRequestRecord> list;
    for (const SandboxRequestRecord &record : m_server->requests()) {
        if (method.isEmpty() || record.method == method)
            list.append(record);
    }
    return list;
}

QString TestRevoxClient::firstId()
{
    const Outcome listed = run(m_client->listAssistants());
    if (!listed.succeeded || listed.assistants.isEmpty())
        return {};
    m_server->clearRequests();
    return listed.assistants.constFirst().id();
}

AssistantPatch TestRevoxClient::createBody(const QString &name) const
{
    AssistantPatch body;
    body.insert(u"name"_s, name);
    body.insert(u"prompt"_s, u"You book dentist appointments."_s);
    return body;
}

// --- every call ---------------------------------------------------------------------------------

void TestRevoxClient::listAssistants()
{
    const Outcome outcome = run(m_client->listAssistants());
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.finishedCount, 1);
    QVERIFY(outcome.deleted);
    QCOMPARE(outcome.assistants.size(), seedCount);
    for (const Assistant &assistant : outcome.assistants)
        QVERIFY(!assistant.id().isEmpty());
    QCOMPARE(outcome.attempts, 1);

    const QList<SandboxRequestRecord> requests = apiRequests();
    QCOMPARE(requests.size(), 1);
    const SandboxRequestRecord &request = requests.constFirst();
    QCOMPARE(request.method, u"GET"_s);
    QCOMPARE(request.path, u"/api/assistants"_s);
    QCOMPARE(request.header("Authorization"), "Bearer " + m_server->apiKey().toLatin1());
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QCOMPARE(request.header("User-Agent"), RevoxClient::userAgent());
    QVERIFY(RevoxClient::userAgent().startsWith("RevoxStudio/"));
    QVERIFY(request.header("Content-Type").isEmpty()); // no body, no type
}

void TestRevoxClient::getAssistant()
{
    const QString id = firstId();
    QVERIFY(!id.isEmpty());
    const Outcome outcome = run(m_client->getAssistant(id));
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.assistant.id(), id);
    QVERIFY(!outcome.assistant.name().isEmpty());
    QVERIFY(!outcome.etag.isEmpty());
    QCOMPARE(apiRequests().constFirst().path, u"/api/assistants/"_s + id);
}

void TestRevoxClient::getMissingAssistant()
{
    const Outcome outcome = run(m_client->getAssistant(u"does-not-exist"_s));
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.error.kind(), Kind::Http);
    QCOMPARE(outcome.error.httpStatus(), 404);
    QVERIFY(outcome.error.message().contains(u"no longer exists"_s));
    QCOMPARE(outcome.attempts, 1);
}

void TestRevoxClient::createAssistant()
{
    const AssistantPatch body = createBody(u"Dentist"_s);
    const Outcome outcome = run(m_client->createAssistant(body));
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.message()));
    QVERIFY(!outcome.assistant.id().isEmpty());
    QCOMPARE(outcome.assistant.name(), u"Dentist"_s);
    QCOMPARE(outcome.assistant.prompt(), u"You book dentist appointments."_s);

    const QList<SandboxRequestRecord> posts = apiRequests(u"POST"_s);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.constFirst().path, u"/api/assistants"_s);
    QCOMPARE(posts.constFirst().header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(posts.constFirst().body).object(), body.body());

    const Outcome listed = run(m_client->listAssistants());
    QCOMPARE(listed.assistants.size(), seedCount + 1);
}

void TestRevoxClient::updateAssistant()
{
    const QString id = firstId();
    AssistantPatch patch;
    patch.insert(u"name"_s, u"Renamed"_s);
    const Outcome outcome = run(m_client->updateAssistant(id, patch));
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.assistant.id(), id);
    QCOMPARE(outcome.assistant.name(), u"Renamed"_s);

    const QList<SandboxRequestRecord> patches = apiRequests(u"PATCH"_s);
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.constFirst().path, u"/api/assistants/"_s + id);
    QCOMPARE(patches.constFirst().body, QByteArray(R"({"name":"Renamed"})"));
    QVERIFY(patches.constFirst().header("If-Match").isEmpty());

    const Outcome fetched = run(m_client->getAssistant(id));
    QCOMPARE(fetched.assistant.name(), u"Renamed"_s);
}

void TestRevoxClient::updateWithIfMatch()
{
    const QString id = firstId();
    const Outcome fetched = run(m_client->getAssistant(id));
    QVERIFY(!fetched.etag.isEmpty());

    AssistantPatch patch;
    patch.insert(u"name"_s, u"First"_s);
    const Outcome first = run(m_client->updateAssistant(id, patch, fetched.etag));
    QVERIFY2(first.succeeded, qPrintable(first.error.message()));
    QCOMPARE(apiRequests(u"PATCH"_s).constLast().header("If-Match"), fetched.etag);
    QVERIFY(first.etag != fetched.etag);

    // The same stale tag again: someone (we) changed it since.
    patch.insert(u"name"_s, u"Second"_s);
    const Outcome stale = run(m_client->updateAssistant(id, patch, fetched.etag));
    QVERIFY(!stale.succeeded);
    QCOMPARE(stale.error.kind(), Kind::Http);
    QCOMPARE(stale.error.httpStatus(), 412);
    QVERIFY(stale.error.message().contains(u"changed elsewhere"_s));
    QCOMPARE(stale.attempts, 1);
}

void TestRevoxClient::deleteAssistant()
{
    const QString id = firstId();
    const Outcome outcome = run(m_client->deleteAssistant(id));
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.message()));
    QCOMPARE(apiRequests(u"DELETE"_s).size(), 1);

    const Outcome again = run(m_client->getAssistant(id));
    QCOMPARE(again.error.httpStatus(), 404);
    const Outcome twice = run(m_client->deleteAssistant(id));
    QCOMPARE(twice.error.kind(), Kind::Http);
    QCOMPARE(twice.error.httpStatus(), 404);
}

void TestRevoxClient::cloneAssistant()
{
    const QString id = firstId();
    const Outcome source = run(m_client->getAssistant(id));
    const Outcome outcome = run(m_client->cloneAssistant(id));
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.message()));
    QVERIFY(!outcome.assistant.id().isEmpty());
    QVERIFY(outcome.assistant.id() != id);
    QCOMPARE(outcome.assistant.prompt(), source.assistant.prompt());
    const QList<SandboxRequestRecord> posts = apiRequests(u"POST"_s);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.constFirst().path, u"/api/assistants/"_s + id + u"/clone"_s);

    const Outcome listed = run(m_client->listAssistants());
    QCOMPARE(listed.assistants.size(), seedCount + 1);
}

void TestRevoxClient::listVoices()
{
    const Outcome outcome = run(m_client->listVoices());
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.message()));
    QVERIFY(!outcome.voices.isEmpty());
    for (const VoiceInfo &voice : outcome.voices) {
        QVERIFY(!voice.id.isEmpty());
        QVERIFY(voice.provider == u"cartesia"_s || voice.provider == u"elevenlabs"_s);
        QCOMPARE(voice.raw.value(u"id").toString(), voice.id);
    }
    QCOMPARE(apiRequests().constFirst().path, u"/api/voices"_s);
}

void TestRevoxClient::wrongKey()
{
    m_client->setApiKey(u"not-the-key"_s);
    const Outcome outcome = run(m_client->listAssistants());
    QCOMPARE(outcome.error.kind(), Kind::Http);
    QCOMPARE(outcome.error.httpStatus(), 401);
    QVERIFY(outcome.error.message().contains(u"Connections"_s));
    QCOMPARE(outcome.attempts, 1);
}

void TestRevoxClient::idIsOnePathSegment_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("slash") << u"x/clone"_s;
    QTest::newRow("query") << u"x?y=1"_s;
    QTest::newRow("fragment") << u"x#y"_s;
    QTest::newRow("encoded slash") << u"..%2Fvoices"_s;
    QTest::newRow("space") << u"a b"_s;
}

void TestRevoxClient::idIsOnePathSegment()
{
    // Whatever the id holds, it stays one segment under /assistants/ and reaches no other endpoint.
    QFETCH(QString, id);
    const Outcome outcome = run(m_client->getAssistant(id));
    QCOMPARE(outcome.error.kind(), Kind::Http);
    QCOMPARE(outcome.error.httpStatus(), 404);
    const QList<SandboxRequestRecord> requests = apiRequests();
    QCOMPARE(requests.size(), 1);
    QVERIFY2(requests.constFirst().path.startsWith(u"/api/assistants/"_s), qPrintable(requests.constFirst().path));
    QVERIFY(!requests.constFirst().path.endsWith(u"/clone"_s));
}

void TestRevoxClient::dotIdsAreRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("dot") << u"."_s;
    QTest::newRow("dot dot") << u".."_s;
}

void TestRevoxClient::dotIdsAreRefused()
{
    QFETCH(QString, id);
    const Outcome deleted = run(m_client->deleteAssistant(id));
    QCOMPARE(deleted.finishedCount, 1);
    QCOMPARE(deleted.error.kind(), Kind::Invalid);
    QCOMPARE(deleted.attempts, 0);
    QVERIFY(deleted.deleted);
    QVERIFY(apiRequests().isEmpty());
}

void TestRevoxClient::callStartedAndSelfDelete()
{
    QSignalSpy started(m_client.get(), &RevoxClient::callStarted);
    RevoxCall *call = m_client->listVoices();
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.constFirst().constFirst().value<RevoxCall *>(), call);
    QCOMPARE(call->operation(), RevoxCall::Operation::Voices);
    QVERIFY(!call->isFinished());
    const Outcome outcome = run(call);
    QVERIFY(outcome.succeeded);
    QVERIFY(outcome.deleted);

    RevoxCall *get = m_client->getAssistant(u"abc"_s);
    QCOMPARE(get->assistantId(), u"abc"_s);
    QCOMPARE(get->operation(), RevoxCall::Operation::Get);
    QCOMPARE(started.size(), 2);
    run(get);
}

// --- retries ------------------------------------------------------------------------------------

void TestRevoxClient::retriedOnceThenSucceeds_data()
{
    QTest::addColumn<FaultKind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("method");
    QTest::newRow("GET 503") << FaultKind::Status << 503 << u"GET"_s;
    QTest::newRow("GET 502") << FaultKind::Status << 502 << u"GET"_s;
    QTest::newRow("GET 504") << FaultKind::Status << 504 << u"GET"_s;
    QTest::newRow("GET 408") << FaultKind::Status << 408 << u"GET"_s;
    QTest::newRow("GET 429") << FaultKind::RateLimit << 0 << u"GET"_s;
    QTest::newRow("GET HTML 502") << FaultKind::HtmlError << 0 << u"GET"_s;
    QTest::newRow("GET drop") << FaultKind::Drop << 0 << u"GET"_s;
    QTest::newRow("GET reset") << FaultKind::Reset << 0 << u"GET"_s;
    QTest::newRow("GET truncated") << FaultKind::Truncate << 0 << u"GET"_s;
    QTest::newRow("PATCH 503") << FaultKind::Status << 503 << u"PATCH"_s;
    QTest::newRow("PATCH drop") << FaultKind::Drop << 0 << u"PATCH"_s;
    QTest::newRow("PATCH reset") << FaultKind::Reset << 0 << u"PATCH"_s;
    QTest::newRow("PATCH truncated") << FaultKind::Truncate << 0 << u"PATCH"_s;
    QTest::newRow("DELETE 502") << FaultKind::Status << 502 << u"DELETE"_s;
    QTest::newRow("DELETE drop") << FaultKind::Drop << 0 << u"DELETE"_s;
}

void TestRevoxClient::retriedOnceThenSucceeds()
{
    QFETCH(FaultKind, kind);
    QFETCH(int, status);
    QFETCH(QString, method);
    const QString id = firstId();
    SandboxFault f = fault(kind);
    f.status = status;
    f.method = method;
    if (kind == FaultKind::RateLimit)
        f.retryAfterMs = 100;
    m_server->addFault(f);

    RevoxCall *call = nullptr;
    AssistantPatch patch;
    patch.insert(u"name"_s, u"Patched"_s);
    if (method == u"GET")
        call = m_client->getAssistant(id);
    else if (method == u"PATCH")
        call = m_client->updateAssistant(id, patch);
    else
        call = m_client->deleteAssistant(id);
    const Outcome outcome = run(call);
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.message()));
    if (qtMayResend(kind, method)) {
        QVERIFY(outcome.attempts >= 1 && outcome.attempts <= 2);
        QVERIFY(apiRequests(method).size() >= 2);
    } else {
        QCOMPARE(outcome.attempts, 2);
        QCOMPARE(apiRequests(method).size(), 2);
    }
    if (method == u"PATCH")
        QCOMPARE(outcome.assistant.name(), u"Patched"_s);
}

void TestRevoxClient::retriesGiveUpAfterTwo_data()
{
    QTest::addColumn<FaultKind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("method");
    QTest::addColumn<Kind>("expected");
    for (const QString &method : {u"GET"_s, u"PATCH"_s}) {
        const QByteArray m = method.toLatin1();
        QTest::addRow("%s 503", m.constData()) << FaultKind::Status << 503 << method << Kind::Http;
        QTest::addRow("%s HTML 502", m.constData()) << FaultKind::HtmlError << 0 << method << Kind::Http;
        QTest::addRow("%s drop", m.constData()) << FaultKind::Drop << 0 << method << Kind::Network;
        QTest::addRow("%s reset", m.constData()) << FaultKind::Reset << 0 << method << Kind::Network;
        QTest::addRow("%s truncated", m.constData()) << FaultKind::Truncate << 0 << method << Kind::Network;
    }
}

void TestRevoxClient::retriesGiveUpAfterTwo()
{
    QFETCH(FaultKind, kind);
    QFETCH(int, status);
    QFETCH(QString, method);
    QFETCH(Kind, expected);
    const QString id = firstId();
    SandboxFault f = fault(kind, -1);
    f.status = status;
    f.method = method;
    m_server->addFault(f);
    AssistantPatch patch;
    patch.insert(u"name"_s, u"Patched"_s);
    const Outcome outcome = run(method == u"GET"_s ? m_client->getAssistant(id) : m_client->updateAssistant(id, patch));
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.error.kind(), expected);
    QCOMPARE(outcome.attempts, 3);
    const qsizetype received = apiRequests(method).size();
    if (qtMayResend(kind, method))
        QVERIFY2(received >= 3 && received <= 9, qPrintable(QString::number(received)));
    else
        QCOMPARE(received, 3);
    // Two backoff waits: at least 0.375 s + 0.75 s.
    QVERIFY2(outcome.elapsedMs >= 1100, qPrintable(QString::number(outcome.elapsedMs)));
    if (kind == FaultKind::HtmlError) {
        QCOMPARE(outcome.error.httpStatus(), 502);
        QVERIFY(!outcome.error.serverMessage().contains(u'<'));
    }
}

void TestRevoxClient::postIsNeverRetried_data()
{
    QTest::addColumn<bool>("clone");
    QTest::addColumn<FaultKind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("expected");
    QTest::newRow("create 503") << false << FaultKind::Status << 503 << Kind::Http;
    QTest::newRow("create 429") << false << FaultKind::RateLimit << 0 << Kind::Http;
    QTest::newRow("create drop") << false << FaultKind::Drop << 0 << Kind::Network;
    QTest::newRow("create reset") << false << FaultKind::Reset << 0 << Kind::Network;
    QTest::newRow("clone 502") << true << FaultKind::Status << 502 << Kind::Http;
    QTest::newRow("clone truncated") << true << FaultKind::Truncate << 0 << Kind::Network;
}

void TestRevoxClient::postIsNeverRetried()
{
    QFETCH(bool, clone);
    QFETCH(FaultKind, kind);
    QFETCH(int, status);
    QFETCH(Kind, expected);
    const QString id = firstId();
    SandboxFault f = fault(kind, -1);
    f.status = status;
    f.method = u"POST"_s;
    m_server->addFault(f);
    const Outcome outcome = run(clone ? m_client->cloneAssistant(id) : m_client->createAssistant(createBody(u"x"_s)));
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.error.kind(), expected);
    QCOMPARE(outcome.attempts, 1);
    QCOMPARE(apiRequests(u"POST"_s).size(), 1);
}

void TestRevoxClient::finalStatusIsNotRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("400") << 400 << QByteArray();
    QTest::newRow("403") << 403 << QByteArray();
    QTest::newRow("409") << 409 << QByteArray();
    QTest::newRow("500") << 500 << QByteArray();
    QTest::newRow("422 with field errors")
        << 422 << QByteArray(R"({"message":"Invalid","errors":[{"field":"voice.speed","message":"too fast"}]})");
}

void TestRevoxClient::finalStatusIsNotRetried()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const QString id = firstId();
    SandboxFault f = fault(FaultKind::Status, -1);
    f.status = status;
    f.body = body;
    m_server->addFault(f);
    AssistantPatch patch;
    patch.insert(u"name"_s, u"x"_s);
    const Outcome outcome = run(m_client->updateAssistant(id, patch));
    QCOMPARE(outcome.error.kind(), Kind::Http);
    QCOMPARE(outcome.error.httpStatus(), status);
    QCOMPARE(outcome.attempts, 1);
    if (status == 422) {
        QCOMPARE(outcome.error.fieldErrors().size(), 1);
        QCOMPARE(outcome.error.fieldErrors().constFirst().field, u"voice.speed"_s);
        QVERIFY(outcome.error.message().contains(u"voice.speed: too fast"_s));
    }
}

void TestRevoxClient::retryAfterHonoured_data()
{
    QTest::addColumn<QString>("retryAfter");
    QTest::addColumn<int>("retryAfterMs");
    QTest::addColumn<int>("waitMs"); // the wait the client announces (and the least it takes)
    QTest::addColumn<int>("longestWaitMs");
    QTest::newRow("seconds") << u"1"_s << -1 << 1000 << 1000;
    QTest::newRow("retry-after-ms") << QString() << 700 << 700 << 700;
    QTest::newRow("retry-after-ms wins") << u"5"_s << 300 << 300 << 300;
    // One-second resolution: the date two seconds ahead is one to two seconds away.
    QTest::newRow("HTTP date") << u"date"_s << -1 << 1000 << 2000; // made when the row runs
}

void TestRevoxClient::retryAfterHonoured()
{
    QFETCH(QString, retryAfter);
    QFETCH(int, retryAfterMs);
    QFETCH(int, waitMs);
    QFETCH(int, longestWaitMs);
    SandboxFault f = fault(FaultKind::RateLimit);
    f.retryAfter = retryAfter == u"date"_s ? QString::fromLatin1(httpDate(QDateTime::currentDateTimeUtc().addSecs(2)))
                                           : retryAfter;
    f.retryAfterMs = retryAfterMs;
    m_server->addFault(f);
    const Outcome outcome = run(m_client->listAssistants());
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.attempts, 2);
    // The wait is the server's, not the back-off's (at most 0.5 s), and it was waited out.
    QCOMPARE(outcome.waits.size(), 1);
    const qint64 wait = outcome.waits.first().count();
    QVERIFY2(wait >= waitMs && wait <= longestWaitMs, qPrintable(QString::number(wait)));
    QVERIFY2(outcome.elapsedMs >= wait - 50, qPrintable(QString::number(outcome.elapsedMs)));
}

void TestRevoxClient::retryAfterOfAMinuteIgnored()
{
    // A wait of a minute or more is not honoured: the default backoff applies instead, and after
    // two retries the 429 is reported (with the server's wait not pretending to be short).
    SandboxFault f = fault(FaultKind::RateLimit, -1);
    f.retryAfter = u"120"_s;
    m_server->addFault(f);
    const Outcome outcome = run(m_client->listAssistants());
    QCOMPARE(outcome.error.kind(), Kind::Http);
    QCOMPARE(outcome.error.httpStatus(), 429);
    QVERIFY(outcome.error.message().contains(u"rate limiting"_s));
    QCOMPARE(outcome.attempts, 3);
    // Both waits are the back-off's (0.5 s·2^n less up to a quarter), not the two minutes asked for.
    QCOMPARE(outcome.waits.size(), 2);
    QVERIFY2(outcome.waits.at(0) <= 500ms && outcome.waits.at(1) <= 1000ms,
             qPrintable(u"%1 ms, %2 ms"_s.arg(outcome.waits.at(0).count()).arg(outcome.waits.at(1).count())));
}

void TestRevoxClient::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QVERIFY(m_client->setBaseUrl(QUrl(u"http://127.0.0.1:%1/api"_s.arg(port))));
    const Outcome outcome = run(m_client->listAssistants());
    QCOMPARE(outcome.error.kind(), Kind::Network);
    QCOMPARE(outcome.error.networkError(), QNetworkReply::ConnectionRefusedError);
    QCOMPARE(outcome.attempts, 3);
}

// --- bad answers ----------------------------------------------------------------------------------

void TestRevoxClient::badAnswer_data()
{
    QTest::addColumn<FaultKind>("kind");
    QTest::addColumn<Kind>("expected");
    QTest::addColumn<int>("attempts");
    QTest::newRow("malformed JSON") << FaultKind::MalformedJson << Kind::Payload << 1;
    QTest::newRow("wrong content type") << FaultKind::WrongContentType << Kind::Payload << 1;
}

void TestRevoxClient::badAnswer()
{
    QFETCH(FaultKind, kind);
    QFETCH(Kind, expected);
    QFETCH(int, attempts);
    for (int operation = 0; operation < 3; ++operation) {
        m_server->clearFaults();
        m_server->addFault(fault(kind));
        const Outcome outcome = run(operation == 0       ? m_client->listAssistants()
                                        : operation == 1 ? m_client->listVoices()
                                                         : m_client->createAssistant(createBody(u"y"_s)));
        QVERIFY(!outcome.succeeded);
        QCOMPARE(outcome.error.kind(), expected);
        QCOMPARE(outcome.attempts, attempts);
        QVERIFY(outcome.assistants.isEmpty());
        QVERIFY(outcome.voices.isEmpty());
    }
}

void TestRevoxClient::oversizedAnswer()
{
    m_client->setMaxResponseSize(64 * 1024);
    SandboxFault f = fault(FaultKind::Oversized);
    f.size = 4 * 1024 * 1024;
    m_server->addFault(f);
    const Outcome outcome = run(m_client->listAssistants());
    QCOMPARE(outcome.error.kind(), Kind::TooLarge);
    QCOMPARE(outcome.attempts, 1);
    QVERIFY(outcome.assistants.isEmpty());
}

void TestRevoxClient::capLeavesNormalAnswersAlone()
{
    m_client->setMaxResponseSize(1024 * 1024);
    const Outcome outcome = run(m_client->listAssistants());
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.message()));
    // Just over a small answer: refused, which proves the cap counts the real body.
    m_client->setMaxResponseSize(16);
    const Outcome tiny = run(m_client->listAssistants());
    QCOMPARE(tiny.error.kind(), Kind::TooLarge);
}

void TestRevoxClient::stallBeforeHeadersTimesOut()
{
    // Stalls far longer than the test: each attempt ends by the transfer timeout, or the call never would.
    m_client->setTimeouts(milliseconds(300), seconds(20));
    SandboxFault f = fault(FaultKind::StallBeforeHeaders, -1);
    f.delayMs = 600000;
    m_server->addFault(f);
    const Outcome outcome = run(m_client->listAssistants());
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind(), Kind::Timeout);
    QCOMPARE(outcome.attempts, 3); // a GET that timed out may be repeated
    QCOMPARE(outcome.waits.size(), 2);
    QCOMPARE(apiRequests(u"GET"_s).size(), 3);
}

void TestRevoxClient::stalledPostIsNotRepeated()
{
    m_client->setTimeouts(milliseconds(300), seconds(20));
    SandboxFault f = fault(FaultKind::StallBeforeHeaders, -1);
    f.delayMs = 600000;
    f.method = u"POST"_s;
    m_server->addFault(f);
    const Outcome outcome = run(m_client->createAssistant(createBody(u"Once"_s)));
    QCOMPARE(outcome.error.kind(), Kind::Timeout);
    QCOMPARE(outcome.attempts, 1);
    QCOMPARE(apiRequests(u"POST"_s).size(), 1);
}

void TestRevoxClient::deadlineEndsTheCall()
{
    // A stall far longer than the test, and a transfer timeout far longer than the deadline: only the deadline
    // can end the call, after its one attempt, and it says so.
    m_client->setTimeouts(seconds(10), milliseconds(600));
    SandboxFault f = fault(FaultKind::StallBeforeHeaders, -1);
    f.delayMs = 600000;
    m_server->addFault(f);
    const Outcome outcome = run(m_client->listAssistants());
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind(), Kind::Timeout);
    QCOMPARE(outcome.attempts, 1);
    QVERIFY(outcome.waits.isEmpty());
    QVERIFY2(outcome.error.message().contains(u"within 1 second"_s), qPrintable(outcome.error.message()));
    QVERIFY2(outcome.elapsedMs >= 550, qPrintable(QString::number(outcome.elapsedMs))); // not before it

    // The deadline also cuts a retry wait short instead of outliving it.
    m_server->clearFaults();
    SandboxFault limited = fault(FaultKind::RateLimit, -1);
    limited.retryAfter = u"30"_s;
    m_server->addFault(limited);
    const Outcome rateLimited = run(m_client->listAssistants());
    QCOMPARE(rateLimited.error.kind(), Kind::Http); // the wait does not fit: the 429 itself is reported
    QCOMPARE(rateLimited.error.httpStatus(), 429);
    QCOMPARE(rateLimited.attempts, 1);
    QVERIFY(rateLimited.waits.isEmpty()); // no wait was begun
}

void TestRevoxClient::aRetryThatCouldNotFinishIsNotBegun()
{
    // Each refusal takes 600 ms to come and asks for 300 ms: after the first (at 600 ms of a 1,200 ms deadline)
    // the wait would fit in what is left, but not the wait and another attempt as slow as this one. The 429 is
    // reported then, rather than a timeout in the middle of a second attempt.
    m_client->setTimeouts(seconds(10), milliseconds(1200));
    SandboxFault slow = fault(FaultKind::RateLimit, -1);
    slow.retryAfter = u"0.3"_s;
    slow.delayMs = 600;
    m_server->addFault(slow);
    const Outcome outcome = run(m_client->listAssistants());
    QCOMPARE(outcome.error.kind(), Kind::Http);
    QCOMPARE(outcome.error.httpStatus(), 429);
    QCOMPARE(outcome.attempts, 1);
    QVERIFY(outcome.waits.isEmpty());
    QVERIFY2(outcome.elapsedMs >= 550, qPrintable(QString::number(outcome.elapsedMs))); // the refusal, not sooner

    // Quick refusals with the same wait: a retry fits, and is made.
    m_server->clearFaults();
    SandboxFault quick = fault(FaultKind::RateLimit, 1);
    quick.retryAfter = u"0.3"_s;
    m_server->addFault(quick);
    const Outcome retried = run(m_client->listAssistants());
    QVERIFY2(retried.succeeded, qPrintable(retried.error.message()));
    QCOMPARE(retried.attempts, 2);
    QCOMPARE(retried.waits, QList<milliseconds>{300ms});
}

void TestRevoxClient::slowBodyReportsProgress()
{
    m_client->setTimeouts(milliseconds(1000), seconds(20));
    SandboxFault f = fault(FaultKind::SlowBody);
    f.size = 256;
    f.delayMs = 20;
    m_server->addFault(f);
    RevoxCall *call = m_client->listAssistants();
    QList<qint64> received;
    connect(call, &RevoxCall::progress, this, [&received](qint64 bytes, qint64) { received.append(bytes); });
    const Outcome outcome = run(call);
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.assistants.size(), seedCount);
    QVERIFY2(received.size() >= 2, qPrintable(QString::number(received.size())));
    QVERIFY(std::is_sorted(received.cbegin(), received.cend()));
}

void TestRevoxClient::abortStopsTheCall()
{
    // Aborted once the server holds the request, in a stall far longer than the test.
    SandboxFault f = fault(FaultKind::StallBeforeHeaders, -1);
    f.delayMs = 600000;
    m_server->addFault(f);
    RevoxCall *call = m_client->listAssistants();
    connect(m_server.get(), &SandboxServer::requestReceived, call, &RevoxCall::abort, Qt::QueuedConnection);
    const Outcome outcome = run(call);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind(), Kind::Aborted);
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(outcome.attempts, 1);
    QVERIFY(outcome.deleted);

    // Aborted while waiting to retry, a wait far longer than the test.
    m_server->clearFaults();
    m_client->setTimeouts(seconds(5), seconds(120)); // the wait fits in the deadline
    SandboxFault limited = fault(FaultKind::RateLimit, -1);
    limited.retryAfter = u"50"_s;
    m_server->addFault(limited);
    RevoxCall *waiting = m_client->listAssistants();
    connect(waiting, &RevoxCall::retrying, waiting, &RevoxCall::abort, Qt::QueuedConnection);
    const Outcome aborted = run(waiting);
    QVERIFY(aborted.finished);
    QCOMPARE(aborted.error.kind(), Kind::Aborted);
    QCOMPARE(aborted.attempts, 1);
    QCOMPARE(aborted.waits, QList<milliseconds>{50s});
    QCOMPARE(aborted.finishedCount, 1);
}

// --- redirects --------------------------------------------------------------------------------------

void TestRevoxClient::redirectToOtherOriginRefused_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("method");
    for (int status : {301, 302, 303, 307, 308}) {
        for (const QString &method : {u"GET"_s, u"PATCH"_s, u"DELETE"_s, u"POST"_s}) {
            QTest::addRow("%d %s", status, qPrintable(method)) << status << method;
        }
    }
}

void TestRevoxClient::redirectToOtherOriginRefused()
{
    QFETCH(int, status);
    QFETCH(QString, method);
    SandboxServer other;
    SandboxServer::Options options;
    options.apiKey = u"other-key"_s;
    options.seedCount = 1;
    QVERIFY(other.start(options));
    QVERIFY(other.port() != m_server->port());

    const QString id = firstId();
    SandboxFault f = fault(FaultKind::Redirect, -1);
    f.status = status;
    f.method = method;
    f.location = QUrl(other.baseUrl().toString() + u"/assistants"_s);
    m_server->addFault(f);

    AssistantPatch patch;
    patch.insert(u"name"_s, u"Leaked"_s);
    RevoxCall *call = method == u"GET"_s ? m_client->listAssistants()
        : method == u"PATCH"_s           ? m_client->updateAssistant(id, patch)
        : method == u"DELETE"_s          ? m_client->deleteAssistant(id)
                                         : m_client->createAssistant(createBody(u"Leaked"_s));
    const Outcome outcome = run(call);
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.error.kind(), Kind::Redirect);
    QVERIFY2(outcome.error.message().contains(ApiError::originOf(other.baseUrl())),
             qPrintable(outcome.error.message()));
    QCOMPARE(outcome.attempts, 1);
    QVERIFY(outcome.deleted); // its reply is gone: it sends nothing more
    // Nothing reached the other origin: no request, so no Authorization header either. A request of our own to
    // it, through the same network access manager and answered, is the only one it saw.
    RevoxClient probe(&m_nam);
    QVERIFY(probe.setBaseUrl(other.baseUrl()));
    probe.setApiKey(u"other-key"_s);
    QVERIFY(run(probe.listVoices()).succeeded);
    QCOMPARE(other.requests().size(), 1);
    QCOMPARE(other.requests().first().path, u"/api/voices"_s);
}

void TestRevoxClient::redirectedPatchNeverBecomesGet_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("301") << 301;
    QTest::newRow("302") << 302;
    QTest::newRow("303") << 303;
}

void TestRevoxClient::redirectedPatchNeverBecomesGet()
{
    QFETCH(int, status);
    const QString id = firstId();
    const Outcome before = run(m_client->getAssistant(id));
    m_server->clearRequests();

    SandboxFault f = fault(FaultKind::Redirect);
    f.status = status;
    f.method = u"PATCH"_s;
    f.location = QUrl(m_server->baseUrl().toString() + u"/assistants/"_s + id); // same origin
    m_server->addFault(f);
    AssistantPatch patch;
    patch.insert(u"name"_s, u"Never saved"_s);
    const Outcome outcome = run(m_client->updateAssistant(id, patch));
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.error.kind(), Kind::Redirect);
    QCOMPARE(outcome.attempts, 1);

    // Read again through the same client: that GET is the only one the server saw after the PATCH.
    const Outcome after = run(m_client->getAssistant(id));
    QCOMPARE(after.assistant.name(), before.assistant.name());
    QCOMPARE(apiRequests(u"GET"_s).size(), 1);
    QCOMPARE(apiRequests(u"PATCH"_s).size(), 1);
}

void TestRevoxClient::sameOriginPatch307Followed()
{
    const QString id = firstId();
    SandboxFault f = fault(FaultKind::Redirect);
    f.status = 307;
    f.method = u"PATCH"_s;
    f.location = QUrl(m_server->baseUrl().toString() + u"/assistants/"_s + id);
    m_server->addFault(f);
    AssistantPatch patch;
    patch.insert(u"name"_s, u"Moved"_s);
    const Outcome outcome = run(m_client->updateAssistant(id, patch));
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.assistant.name(), u"Moved"_s);
    const QList<SandboxRequestRecord> patches = apiRequests(u"PATCH"_s);
    QCOMPARE(patches.size(), 2);
    QCOMPARE(patches.constLast().body, QByteArray(R"({"name":"Moved"})"));
    QCOMPARE(apiRequests(u"GET"_s).size(), 0);
}

void TestRevoxClient::sameOriginGetRedirectFollowed_data()
{
    QTest::addColumn<int>("status");
    for (int status : {301, 302, 303, 307, 308})
        QTest::addRow("%d", status) << status;
}

void TestRevoxClient::sameOriginGetRedirectFollowed()
{
    QFETCH(int, status);
    // The list path answers once with a redirect back onto itself, given as a relative Location.
    SandboxFault f = fault(FaultKind::Redirect);
    f.status = status;
    f.method = u"GET"_s;
    f.pathPattern = u"^/api/assistants$"_s;
    f.location = QUrl(u"/api/assistants"_s);
    m_server->addFault(f);
    const Outcome outcome = run(m_client->listAssistants());
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.message()));
    QCOMPARE(outcome.assistants.size(), seedCount);
    QCOMPARE(apiRequests(u"GET"_s).size(), 2);
}

void TestRevoxClient::redirectLoopStops()
{
    SandboxFault f = fault(FaultKind::Redirect, -1);
    f.status = 307;
    f.location = QUrl(m_server->baseUrl().toString() + u"/assistants"_s);
    m_server->addFault(f);
    const Outcome outcome = run(m_client->listAssistants());
    QCOMPARE(outcome.error.kind(), Kind::Redirect);
    QVERIFY(apiRequests().size() <= 7);
}

// --- configuration ------------------------------------------------------------------------------

void TestRevoxClient::baseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("default") << RevoxClient::defaultBaseUrl().toString() << true;
    QTest::newRow("https other host") << u"https://api.example.com/v1"_s << true;
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080/api"_s << true;
    QTest::newRow("http loopback 127/8") << u"http://127.3.2.1/api"_s << true;
    QTest::newRow("http loopback v6") << u"http://[::1]:8080/api"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:3000/api"_s << true;
    QTest::newRow("http LOCALHOST") << u"http://LOCALHOST/api"_s << true;
    QTest::newRow("http remote") << u"http://www.getrevox.com/api"_s << false;
    QTest::newRow("http private net") << u"http://192.168.1.5/api"_s << false;
    QTest::newRow("http localhost lookalike") << u"http://localhost.evil.example/api"_s << false;
    QTest::newRow("http 127 lookalike") << u"http://127.0.0.1.evil.example/api"_s << false;
    QTest::newRow("ftp") << u"ftp://127.0.0.1/api"_s << false;
    QTest::newRow("no scheme") << u"www.getrevox.com/api"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("user info") << u"https://me:secret@www.getrevox.com/api"_s << false;
    QTest::newRow("query") << u"https://www.getrevox.com/api?key=1"_s << false;
}

void TestRevoxClient::baseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    RevoxClient client(&m_nam);
    QString error;
    QCOMPARE(client.setBaseUrl(QUrl(url), &error), accepted);
    if (accepted) {
        QCOMPARE(client.baseUrl(), QUrl(url));
        QVERIFY(error.isEmpty());
    } else {
        QCOMPARE(client.baseUrl(), RevoxClient::defaultBaseUrl()); // unchanged
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(u"secret"_s));
    }
}

void TestRevoxClient::keyNeverInUrlOrUnsafeHeader()
{
    run(m_client->listAssistants());
    for (const SandboxRequestRecord &record : m_server->requests())
        QVERIFY(!record.path.contains(m_server->apiKey()));

    // A key that could split the header is not sent at all: the server answers 401.
    m_server->clearRequests();
    m_client->setApiKey(m_server->apiKey() + u"\r\nX-Injected: 1"_s);
    const Outcome outcome = run(m_client->listAssistants());
    QCOMPARE(outcome.error.httpStatus(), 401);
    const SandboxRequestRecord record = apiRequests().constFirst();
    QVERIFY(record.header("Authorization").isEmpty());
    QVERIFY(record.header("X-Injected").isEmpty());
}

void TestRevoxClient::settingsFromEnvironment()
{
    const QByteArray oldKey = qgetenv("REVOX_API_KEY");
    const QByteArray oldUrl = qgetenv("REVOX_BASE_URL");
    const auto restore = qScopeGuard([&] {
        for (const auto &[name, value] : {std::pair{"REVOX_API_KEY", oldKey}, std::pair{"REVOX_BASE_URL", oldUrl}}) {
            if (value.isNull())
                qunsetenv(name);
            else
                qputenv(name, value);
        }
    });

    qunsetenv("REVOX_API_KEY");
    qunsetenv("REVOX_BASE_URL");
    ClientSettings settings = ClientSettings::fromEnvironment();
    QCOMPARE(settings.baseUrl(), RevoxClient::defaultBaseUrl());
    QCOMPARE(settings.baseUrlSource(), ClientSettings::Source::Default);
    QVERIFY(settings.apiKey().isEmpty());

    qputenv("REVOX_API_KEY", " env-key \n");
    qputenv("REVOX_BASE_URL", m_server->baseUrl().toString().toLatin1());
    settings = ClientSettings::fromEnvironment();
    QCOMPARE(settings.apiKey(), u"env-key"_s);
    QCOMPARE(settings.apiKeySource(), ClientSettings::Source::Environment);
    QCOMPARE(settings.baseUrl(), m_server->baseUrl());
    QCOMPARE(settings.baseUrlSource(), ClientSettings::Source::Environment);

    // Explicit values win; empty explicit values leave the environment's.
    settings = ClientSettings::resolve(QUrl(u"https://staging.example/api"_s), QString());
    QCOMPARE(settings.baseUrl(), QUrl(u"https://staging.example/api"_s));
    QCOMPARE(settings.baseUrlSource(), ClientSettings::Source::Explicit);
    QCOMPARE(settings.apiKey(), u"env-key"_s);
    settings = ClientSettings::resolve(QUrl(), u"explicit-key"_s);
    QCOMPARE(settings.baseUrl(), m_server->baseUrl());
    QCOMPARE(settings.apiKey(), u"explicit-key"_s);
    QCOMPARE(settings.apiKeySource(), ClientSettings::Source::Explicit);

    // The environment's URL goes through the same https rule, and the resolved settings work.
    RevoxClient client(&m_nam);
    QVERIFY(ClientSettings::resolve(QUrl(), m_server->apiKey()).applyTo(client));
    QCOMPARE(client.baseUrl(), m_server->baseUrl());
    const Outcome outcome = run(client.listAssistants());
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.message()));

    qputenv("REVOX_BASE_URL", "http://api.example.com/api");
    QString error;
    QVERIFY(!ClientSettings::fromEnvironment().applyTo(client, &error));
    QVERIFY(error.contains(u"https"_s));
    QCOMPARE(client.baseUrl(), m_server->baseUrl()); // unchanged
}

QTEST_GUILESS_MAIN(TestRevoxClient)
#include "TestRevoxClient.moc"
