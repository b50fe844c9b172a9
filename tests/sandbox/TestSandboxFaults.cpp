// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxTestClient.h"

#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using Kind = SandboxFault::Kind;
Q_DECLARE_METATYPE(SandboxFault::Kind)

// Every fault kind, observed the way the app would: through a real QNetworkAccessManager.
class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonErrors_data();
    void jsonErrors();

    void delay();
    void status();
    void statusWithCustomBody();
    void rateLimit_data();
    void rateLimit();
    void drop();
    void cutShort_data(); // reset, truncate
    void cutShort();
    void stallBeforeHeaders();
    void stallMidBody();
    void slowBody();
    void malformedJson();
    void htmlError();
    void wrongContentType();
    void redirectElsewhere();
    void redirectSameOrigin();
    void oversized();
    void ignoreField();

    void appliedFaultsStillChangeData();
    void replacingFaultsChangeNothing();
    void matchingAndTimes();
    void requestsAreRecordedUnderFaults();
    void answeredRequestsAreReportedAsApplied();

private:
    QString firstId();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxFaults::init()
{
    m_server = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_server->start({}, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), m_server->apiKey());
}

void TestSandboxFaults::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QString TestSandboxFaults::firstId()
{
    return m_client->get(QStringLiteral("/assistants"))
        .json()
        .value(u"assistants")
        .toArray()
        .first()
        .toObject()
        .value(u"id")
        .toString();
}

void TestSandboxFaults::jsonRoundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("minimal") << QByteArray(R"({"kind":"drop","times":1})");
    QTest::newRow("rate limit") << QByteArray(
        R"({"kind":"rateLimit","retryAfter":"2","retryAfterMs":1500,"times":-1})");
    QTest::newRow("status with body") << QByteArray(
        R"({"body":{"errors":[{"field":"name","message":"taken"}],"message":"Validation failed"},)"
        R"("kind":"status","method":"PATCH","pathPattern":"^/api/assistants/[^/]+$","status":422,"times":2})");
    QTest::newRow("redirect") << QByteArray(
        R"({"kind":"redirect","location":"http://127.0.0.1:9/api","status":302,"times":1})");
    QTest::newRow("oversized") << QByteArray(R"({"kind":"oversized","size":1048576,"times":1})");
    QTest::newRow("text body") << QByteArray(R"({"body":"<oops>","delayMs":10,"kind":"malformedJson","times":1})");
    QTest::newRow("ignore field") << QByteArray(R"({"field":"webhook_url","kind":"ignoreField","times":1})");
}

void TestSandboxFaults::jsonRoundTrip()
{
    QFETCH(QByteArray, json);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QString error;
    const std::optional<SandboxFault> fault = SandboxFault::fromJson(object, &error);
    QVERIFY2(fault, qPrintable(error));
    QCOMPARE(fault->toJson(), object);
}

void TestSandboxFaults::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no kind") << QByteArray(R"({"status":500})");
    QTest::newRow("unknown kind") << QByteArray(R"({"kind":"explode"})");
    QTest::newRow("status too big") << QByteArray(R"({"kind":"status","status":700})");
    QTest::newRow("status fraction") << QByteArray(R"({"kind":"status","status":500.5})");
    QTest::newRow("negative delay") << QByteArray(R"({"kind":"delay","delayMs":-1})");
    QTest::newRow("times zero") << QByteArray(R"({"kind":"drop","times":0})");
    QTest::newRow("times text") << QByteArray(R"({"kind":"drop","times":"2"})");
    QTest::newRow("redirect without location") << QByteArray(R"({"kind":"redirect"})");
    QTest::newRow("bad pattern") << QByteArray(R"({"kind":"drop","pathPattern":"(["})");
    QTest::newRow("method not text") << QByteArray(R"({"kind":"drop","method":1})");
    QTest::newRow("body number") << QByteArray(R"({"kind":"status","body":5})");
    QTest::newRow("ignore field without field") << QByteArray(R"({"kind":"ignoreField"})");
}

void TestSandboxFaults::jsonErrors()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!SandboxFault::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY(!error.isEmpty());
}

void TestSandboxFaults::delay()
{
    m_server->addFault({.kind = Kind::Delay, .delayMs = 400});
    const auto slow = m_client->get(QStringLiteral("/assistants"));
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 380, qPrintable(QString::number(slow.elapsedMs)));
    QCOMPARE(slow.json().value(u"assistants").toArray().size(), 12);
    // times = 1: the fault is spent, the next request meets none.
    QVERIFY(m_server->faults().isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("/assistants")).status, 200);
}

void TestSandboxFaults::status()
{
    m_server->addFault({.kind = Kind::Status, .status = 503, .retryAfter = QStringLiteral("3")});
    const auto result = m_client->get(QStringLiteral("/assistants"));
    QCOMPARE(result.status, 503);
    QCOMPARE(result.error, QNetworkReply::ServiceUnavailableError);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(result.header("Retry-After"), QByteArray("3"));
    // The message says how long to wait, as the header does.
    QCOMPARE(result.json().value(u"message").toString(),
             QStringLiteral("The service is unavailable (an injected sandbox fault): try again in 3 second(s)."));

    // Without Retry-After it says nothing of a wait; other statuses name their number.
    m_server->addFault({.kind = Kind::Status, .status = 503});
    QCOMPARE(m_client->get(QStringLiteral("/assistants")).json().value(u"message").toString(),
             QStringLiteral("The service is unavailable (an injected sandbox fault)."));
    m_server->addFault({.kind = Kind::Status, .status = 500, .retryAfterMs = 1200});
    QCOMPARE(m_client->get(QStringLiteral("/assistants")).json().value(u"message").toString(),
             QStringLiteral("Injected sandbox failure (500): try again in 1200 millisecond(s)."));
}

void TestSandboxFaults::statusWithCustomBody()
{
    const QByteArray body = R"({"message":"Validation failed","errors":[{"field":"name","message":"taken"}]})";
    const QString path = QStringLiteral("/assistants/") + firstId();
    m_server->addFault({.kind = Kind::Status, .status = 422, .body = body});
    const auto result = m_client->send("PATCH", path, R"({"name":"x"})");
    QCOMPARE(result.status, 422);
    QCOMPARE(result.body, body);
}

void TestSandboxFaults::rateLimit_data()
{
    QTest::addColumn<QString>("retryAfter");
    QTest::addColumn<int>("retryAfterMs");
    QTest::addColumn<QByteArray>("expectedRetryAfter");
    QTest::addColumn<QByteArray>("expectedRetryAfterMs");
    QTest::addColumn<QString>("wait"); // what the message says of it
    QTest::newRow("default") << QString() << -1 << QByteArray("1") << QByteArray()
                             << QStringLiteral("try again in 1 second(s)");
    QTest::newRow("seconds") << QStringLiteral("2") << -1 << QByteArray("2") << QByteArray()
                             << QStringLiteral("try again in 2 second(s)");
    QTest::newRow("http date") << QStringLiteral("Wed, 21 Oct 2015 07:28:00 GMT") << -1
                               << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << QByteArray()
                               << QStringLiteral("try again after Wed, 21 Oct 2015 07:28:00 GMT");
    QTest::newRow("milliseconds") << QString() << 1500 << QByteArray() << QByteArray("1500")
                                  << QStringLiteral("try again in 1500 millisecond(s)");
    // retry-after-ms first, as RetryPolicy reads them.
    QTest::newRow("both") << QStringLiteral("2") << 250 << QByteArray("2") << QByteArray("250")
                          << QStringLiteral("try again in 250 millisecond(s)");
}

void TestSandboxFaults::rateLimit()
{
    QFETCH(QString, retryAfter);
    QFETCH(int, retryAfterMs);
    QFETCH(QByteArray, expectedRetryAfter);
    QFETCH(QByteArray, expectedRetryAfterMs);
    QFETCH(QString, wait);
    m_server->addFault({.kind = Kind::RateLimit, .retryAfter = retryAfter, .retryAfterMs = retryAfterMs});
    const auto result = m_client->get(QStringLiteral("/assistants"));
    QCOMPARE(result.status, 429);
    QCOMPARE(result.header("Retry-After"), expectedRetryAfter);
    QCOMPARE(result.header("retry-after-ms"), expectedRetryAfterMs);
    QCOMPARE(result.json().value(u"message").toString(),
             QStringLiteral("Too many requests (an injected sandbox fault): %1.").arg(wait));
}

void TestSandboxFaults::drop()
{
    // Until cleared: QNAM silently resends a request whose keep-alive connection closed before any byte.
    m_server->addFault({.kind = Kind::Drop, .times = -1});
    const auto result = m_client->get(QStringLiteral("/assistants"));
    QCOMPARE(result.status, 0);
    QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(result.body.isEmpty());
    m_server->clearFaults();
    QCOMPARE(m_client->get(QStringLiteral("/assistants")).status, 200);
}

void TestSandboxFaults::cutShort_data()
{
    QTest::addColumn<SandboxFault::Kind>("kind");
    QTest::newRow("reset") << Kind::Reset;
    QTest::newRow("truncate") << Kind::Truncate;
}

void TestSandboxFaults::cutShort()
{
    QFETCH(SandboxFault::Kind, kind);
    m_server->addFault({.kind = kind, .times = -1});
    const auto result = m_client->get(QStringLiteral("/assistants"));
    // The head had arrived: the reply died mid-body. Qt 6.4 sometimes reports the cut-off reply as a success
    // with a short body (no error), so a client must compare the body with Content-Length itself.
    QCOMPARE(result.status, 200);
    const qint64 claimed = result.header("Content-Length").toLongLong();
    QVERIFY(claimed > 0);
    QVERIFY2(
        result.error != QNetworkReply::NoError || result.body.size() < claimed,
        qPrintable(QStringLiteral("error %1, %2 of %3 bytes").arg(result.error).arg(result.body.size()).arg(claimed)));
    QVERIFY(!result.isJson());
    m_server->clearFaults();
    QCOMPARE(m_client->get(QStringLiteral("/assistants")).status, 200);
}

void TestSandboxFaults::stallBeforeHeaders()
{
    // A client with a transfer timeout gives up, well before the stall (far longer than the test) would end.
    m_server->addFault({.kind = Kind::StallBeforeHeaders, .delayMs = 600000});
    SandboxTestClient::Options impatient;
    impatient.transferTimeoutMs = 300;
    const auto timedOut = m_client->get(QStringLiteral("/assistants"), impatient);
    QCOMPARE(timedOut.status, 0);
    QCOMPARE(timedOut.error, QNetworkReply::OperationCanceledError);
    QVERIFY(!timedOut.gaveUp); // its own timeout, not the test's
    QCOMPARE(timedOut.firstBytesAtMs, -1); // not a byte came

    // …a patient one gets the whole answer after the stall, and no byte before it.
    m_server->addFault({.kind = Kind::StallBeforeHeaders, .delayMs = 500});
    const auto patient = m_client->get(QStringLiteral("/assistants"));
    QCOMPARE(patient.status, 200);
    QVERIFY(patient.elapsedMs >= 480);
    QVERIFY(patient.firstBytesAtMs >= 480);
    QCOMPARE(patient.json().value(u"assistants").toArray().size(), 12);
}

void TestSandboxFaults::stallMidBody()
{
    m_server->addFault({.kind = Kind::StallMidBody, .delayMs = 1000});
    const auto result = m_client->get(QStringLiteral("/assistants"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.json().value(u"assistants").toArray().size(), 12);
    QVERIFY2(result.elapsedMs >= 980, qPrintable(QString::number(result.elapsedMs)));

    // Half the body comes before the stall: a client that gives up during a stall far longer than the test has
    // received those bytes, and no more.
    m_server->addFault({.kind = Kind::StallMidBody, .delayMs = 600000});
    SandboxTestClient::Options impatient;
    impatient.transferTimeoutMs = 300;
    const auto stalled = m_client->get(QStringLiteral("/assistants"), impatient);
    QCOMPARE(stalled.status, 200);
    QCOMPARE(stalled.error, QNetworkReply::OperationCanceledError);
    QVERIFY(!stalled.gaveUp);
    QVERIFY2(stalled.progressEvents >= 1, qPrintable(QString::number(stalled.progressEvents)));
}

void TestSandboxFaults::slowBody()
{
    // GET /voices/{id} is ~150 bytes: 40-byte pieces every 100 ms take about 300 ms.
    m_server->addFault({.kind = Kind::SlowBody, .delayMs = 100, .size = 40});
    const auto result = m_client->get(QStringLiteral("/voices/21m00Tcm4TlvDq8ikWAM"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"voice").toObject().value(u"name").toString(), QStringLiteral("Rachel"));
    const qint64 pieces = (result.body.size() + 39) / 40;
    QVERIFY2(result.elapsedMs >= (pieces - 1) * 100 - 20, qPrintable(QString::number(result.elapsedMs)));
    QVERIFY2(result.progressEvents >= 3, qPrintable(QString::number(result.progressEvents)));
}

void TestSandboxFaults::malformedJson()
{
    m_server->addFault({.kind = Kind::MalformedJson});
    const auto cut = m_client->get(QStringLiteral("/assistants"));
    QCOMPARE(cut.status, 200);
    QCOMPARE(cut.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(!cut.body.isEmpty());
    QVERIFY(!cut.isJson());

    m_server->addFault({.kind = Kind::MalformedJson, .status = 500, .body = "{\"message\": oops"});
    const auto given = m_client->get(QStringLiteral("/assistants"));
    QCOMPARE(given.status, 500);
    QCOMPARE(given.body, QByteArray("{\"message\": oops"));
}

void TestSandboxFaults::htmlError()
{
    m_server->addFault({.kind = Kind::HtmlError});
    const auto result = m_client->get(QStringLiteral("/assistants"));
    QCOMPARE(result.status, 502);
    QVERIFY(result.header("Content-Type").startsWith("text/html"));
    QVERIFY(result.body.contains("<html>"));
    QVERIFY(result.body.contains("502 Bad Gateway"));

    m_server->addFault({.kind = Kind::HtmlError, .status = 504});
    QCOMPARE(m_client->get(QStringLiteral("/assistants")).status, 504);
}

void TestSandboxFaults::wrongContentType()
{
    m_server->addFault({.kind = Kind::WrongContentType});
    const auto result = m_client->get(QStringLiteral("/assistants"));
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("Content-Type").startsWith("text/plain"));
    QCOMPARE(result.json().value(u"assistants").toArray().size(), 12);
}

void TestSandboxFaults::redirectElsewhere()
{
    const QUrl elsewhere(QStringLiteral("http://127.0.0.2:9/api/assistants"));
    m_server->addFault({.kind = Kind::Redirect, .location = elsewhere});
    const auto result = m_client->get(QStringLiteral("/assistants"));
    QCOMPARE(result.status, 307);
    QCOMPARE(QUrl(QString::fromLatin1(result.header("Location"))), elsewhere);

    m_server->addFault({.kind = Kind::Redirect, .status = 302, .location = elsewhere});
    QCOMPARE(m_client->get(QStringLiteral("/assistants")).status, 302);
}

void TestSandboxFaults::redirectSameOrigin()
{
    // A client that follows same-origin redirects lands on the target and gets its answer.
    m_server->addFault({.kind = Kind::Redirect, .location = m_client->url(QStringLiteral("/voices"))});
    SandboxTestClient::Options follow;
    follow.redirects = QNetworkRequest::SameOriginRedirectPolicy;
    const auto result = m_client->get(QStringLiteral("/assistants"), follow);
    QCOMPARE(result.status, 200);
    QVERIFY(result.json().contains(u"voices"));
    // (Qt 6.4 now and then sends the original GET a second time while following; only the end is certain.)
    QCOMPARE(m_server->requests().first().path, QStringLiteral("/api/assistants"));
    QCOMPARE(m_server->requests().last().path, QStringLiteral("/api/voices"));
}

void TestSandboxFaults::oversized()
{
    const qint64 size = 5 * 1024 * 1024 + 3;
    m_server->addFault({.kind = Kind::Oversized, .size = size});
    const auto result = m_client->get(QStringLiteral("/assistants"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Content-Length").toLongLong(), size);
    QCOMPARE(qint64(result.body.size()), size);
    QVERIFY(result.isJson());
    QVERIFY(result.progressEvents > 1);
}

void TestSandboxFaults::ignoreField()
{
    // A server that does not take a field: the rest of the PATCH is stored, the answer is the truth.
    const QString path = QStringLiteral("/assistants/") + firstId();
    const QJsonObject before = m_client->get(path).json();
    m_server->addFault(
        {.kind = Kind::IgnoreField, .field = QStringLiteral("prompt"), .method = QStringLiteral("PATCH")});
    const auto result
        = m_client->send("PATCH", path, R"({"name":"Renamed","prompt":"Never stored","webhook_url":null})");
    QCOMPARE(result.status, 200);
    const QJsonObject answer = result.json().value(u"assistant").toObject();
    QCOMPARE(answer.value(u"name").toString(), QStringLiteral("Renamed"));
    QCOMPARE(answer.value(u"prompt"), before.value(u"prompt"));
    QVERIFY(answer.value(u"webhook_url").isNull());
    QCOMPARE(m_client->get(path).json().value(u"prompt"), before.value(u"prompt"));
    // What was sent is recorded whole.
    const QList<SandboxRequestRecord> requests = m_server->requests();
    QVERIFY(std::any_of(requests.cbegin(), requests.cend(), [](const SandboxRequestRecord &r) {
        return r.method == u"PATCH" && r.body.contains("Never stored");
    }));
    QVERIFY(m_server->faults().isEmpty()); // used up
}

void TestSandboxFaults::appliedFaultsStillChangeData()
{
    // The network failed after the server committed: a re-read shows the change.
    const QString path = QStringLiteral("/assistants/") + firstId();
    const struct
    {
        Kind kind;
        const char *name;
    } kinds[] = {{Kind::Reset, "reset"},          {Kind::Truncate, "truncate"}, {Kind::StallBeforeHeaders, "stall"},
                 {Kind::MalformedJson, "broken"}, {Kind::Delay, "delay"},       {Kind::WrongContentType, "text"}};
    for (const auto &[kind, name] : kinds) {
        m_server->addFault({.kind = kind, .delayMs = 50});
        m_client->send("PATCH", path, QByteArray(R"({"name":")") + name + "\"}");
        QCOMPARE(m_client->get(path).json().value(u"name").toString(), QLatin1String(name));
    }
}

void TestSandboxFaults::replacingFaultsChangeNothing()
{
    const QString path = QStringLiteral("/assistants/") + firstId();
    const QJsonObject before = m_client->get(path).json();
    for (const Kind kind : {Kind::Status, Kind::RateLimit, Kind::HtmlError, Kind::Drop, Kind::Oversized}) {
        m_server->addFault(
            {.kind = kind, .location = QUrl(QStringLiteral("http://127.0.0.1:9/")), .size = 100, .times = -1});
        m_client->send("PATCH", path, R"({"name":"Should not stick"})");
        m_server->clearFaults();
        QCOMPARE(m_client->get(path).json(), before);
    }
    m_server->addFault({.kind = Kind::Redirect, .location = QUrl(QStringLiteral("http://127.0.0.1:9/"))});
    QCOMPARE(m_client->send("PATCH", path, R"({"name":"Should not stick"})").status, 307);
    QCOMPARE(m_client->get(path).json(), before);
}

void TestSandboxFaults::matchingAndTimes()
{
    const QString id = firstId();
    m_server->addFault({.kind = Kind::Status,
                        .status = 500,
                        .method = QStringLiteral("patch"),
                        .pathPattern = QStringLiteral("^/api/assistants/[^/]+$"),
                        .times = 2});
    m_server->addFault({.kind = Kind::Status, .status = 418, .pathPattern = QStringLiteral("/voices"), .times = -1});

    QCOMPARE(m_client->get(QStringLiteral("/assistants/") + id).status, 200); // wrong method
    QCOMPARE(m_client->send("POST", QStringLiteral("/assistants/") + id + QStringLiteral("/clone")).status,
             200); // path
    QCOMPARE(m_client->send("PATCH", QStringLiteral("/assistants/") + id, R"({"name":"a"})").status, 500);
    QCOMPARE(m_server->faults().first().times, 1);
    QCOMPARE(m_client->send("PATCH", QStringLiteral("/assistants/") + id, R"({"name":"b"})").status, 500);
    QCOMPARE(m_server->faults().size(), 1); // used up
    QCOMPARE(m_client->send("PATCH", QStringLiteral("/assistants/") + id, R"({"name":"c"})").status, 200);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_client->get(QStringLiteral("/voices")).status, 418);
    QCOMPARE(m_server->faults().first().times, -1);
    m_server->clearFaults();
    QCOMPARE(m_client->get(QStringLiteral("/voices")).status, 200);
}

void TestSandboxFaults::requestsAreRecordedUnderFaults()
{
    m_server->addFault({.kind = Kind::Drop, .times = -1});
    m_client->send("POST", QStringLiteral("/assistants"), R"({"name":"lost","prompt":"p"})");
    m_server->clearFaults();
    const QList<SandboxRequestRecord> requests = m_server->requests();
    QVERIFY(!requests.isEmpty());
    QCOMPARE(requests.first().method, QStringLiteral("POST"));
    QCOMPARE(requests.first().body, QByteArray(R"({"name":"lost","prompt":"p"})"));
}

void TestSandboxFaults::answeredRequestsAreReportedAsApplied()
{
    // requestAnswered() tells what the server applied, in its order; faultTaken() which fault played where.
    const QString path = QStringLiteral("/assistants/") + firstId();
    QSignalSpy answered(m_server.get(), &SandboxServer::requestAnswered);
    QSignalSpy taken(m_server.get(), &SandboxServer::faultTaken);

    QCOMPARE(m_client->send("PATCH", path, R"({"name":"Plain"})").status, 200);
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.at(0).at(0).value<SandboxRequestRecord>().body, QByteArray(R"({"name":"Plain"})"));
    QCOMPARE(answered.at(0).at(1).toInt(), 200);
    QVERIFY(answered.at(0).at(2).toByteArray().contains(R"("name":"Plain")"));
    QCOMPARE(taken.size(), 0);

    // A fault that answers instead of the API: taken, and nothing applied.
    m_server->addFault({.kind = Kind::Status, .status = 500, .method = QStringLiteral("PATCH")});
    QCOMPARE(m_client->send("PATCH", path, R"({"name":"Refused"})").status, 500);
    QCOMPARE(answered.size(), 1);
    QCOMPARE(taken.size(), 1);
    QCOMPARE(taken.at(0).at(1).value<SandboxFault>().kind, Kind::Status);

    // ignoreField: the request as applied, without the member.
    m_server->addFault(
        {.kind = Kind::IgnoreField, .field = QStringLiteral("prompt"), .method = QStringLiteral("PATCH")});
    QCOMPARE(m_client->send("PATCH", path, R"({"name":"Half","prompt":"Dropped"})").status, 200);
    QCOMPARE(answered.size(), 2);
    QCOMPARE(answered.at(1).at(0).value<SandboxRequestRecord>().body, QByteArray(R"({"name":"Half"})"));
    QCOMPARE(taken.size(), 2);

    // A fault that spoils the delivery after the API answered: applied, and reported so.
    m_server->addFault({.kind = Kind::Reset, .method = QStringLiteral("PATCH")});
    m_client->send("PATCH", path, R"({"name":"Applied"})");
    QCOMPARE(answered.size(), 3);
    QCOMPARE(answered.at(2).at(1).toInt(), 200);
    QCOMPARE(taken.size(), 3);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "TestSandboxFaults.moc"
