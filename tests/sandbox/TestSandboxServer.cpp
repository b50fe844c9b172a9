// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxTestClient.h"

#include "core/Assistant.h"
#include "core/JsonText.h"
#include "core/Validation.h"
#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxServer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

QJsonObject seedAssistant()
{
    QFile file(QStringLiteral(REVOX_TEST_DATA "/seed-assistant.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the seed assistant");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QRegularExpression kTimestamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));

// Returns once the clock shows a later millisecond than when it was called: a change made now gets a newer
// timestamp than one made before. Waits on the clock itself, not a fixed time.
void waitForTheNextMillisecond()
{
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    while (QDateTime::currentMSecsSinceEpoch() <= start)
        QThread::yieldCurrentThread();
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createReturnsFullShape();
    void createKeepsBodyAndIgnoresReadOnlyKeys();
    void listKeepsInsertionOrder();
    void getReturnsBareObjectWithEtag();
    void headHasNoBody();
    void patchChangesOnlyThatField_data();
    void patchChangesOnlyThatField();
    void patchRecordsExactBody();
    void unauthorized_data();
    void unauthorized();
    void notFound_data();
    void notFound();
    void malformedBody_data();
    void malformedBody();
    void garbageOnTheSocket();
    void validation_data();
    void validation();
    void voiceSpeedByProvider_data();
    void voiceSpeedByProvider();
    void storedValuesAreNotRechecked();
    void ifMatch();
    void deleteAssistant();
    void cloneAssistant();
    void faqReplacementKeepsUnchangedIds();
    void persistsAcrossRestart();
    void startFailsOnBusyPort();
    void seedCountGenerates();
    void generatesTenThousand();
    void voices();
    void severalServersAtOnce();
    void controlEndpoints();

private:
    SandboxTestClient::Result create(const QJsonObject &body);
    QJsonArray list();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxServer::init()
{
    m_server = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_server->start({}, &error), qPrintable(error));
    QVERIFY(m_server->port() > 0);
    QCOMPARE(m_server->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(m_server->port())));
    QCOMPARE(m_server->apiKey(), QStringLiteral("sandbox"));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), m_server->apiKey());
}

void TestSandboxServer::cleanup()
{
    m_client.reset();
    m_server.reset();
}

SandboxTestClient::Result TestSandboxServer::create(const QJsonObject &body)
{
    return m_client->send("POST", QStringLiteral("/assistants"), compact(body));
}

QJsonArray TestSandboxServer::list()
{
    const auto result = m_client->get(QStringLiteral("/assistants"));
    if (result.status != 200)
        qWarning() << "GET /assistants answered" << result.status << result.body;
    return result.json().value(u"assistants").toArray();
}

void TestSandboxServer::createReturnsFullShape()
{
    // The body of the seed 000 curl.
    const auto result
        = m_client->send("POST", QStringLiteral("/assistants"), R"({"name": "name", "prompt": "prompt"})");
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(!result.header("ETag").isEmpty());
    const QJsonObject assistant = result.json().value(u"assistant").toObject();

    // The seed's keys, and created_by, which newer API versions (the SDK) show.
    QStringList expectedKeys = seedAssistant().keys();
    QCOMPARE(expectedKeys.size(), 39);
    expectedKeys.append(QStringLiteral("created_by"));
    expectedKeys.sort();
    QStringList keys = assistant.keys();
    QCOMPARE(keys, expectedKeys);
    QCOMPARE(assistant.value(u"created_by").toObject(), SandboxAccount::user());
    expectedKeys.removeOne(QStringLiteral("created_by"));

    // Every value has the type the seed shows, or null for the nullable texts and objects.
    const QJsonObject seed = seedAssistant();
    for (const QString &key : expectedKeys) {
        const QJsonValue value = assistant.value(key);
        if (key == u"created_at" || key == u"updated_at") {
            QVERIFY2(kTimestamp.match(value.toString()).hasMatch(), qPrintable(key));
            continue;
        }
        QVERIFY2(value.isNull() || value.type() == seed.value(key).type(), qPrintable(key));
    }
    QCOMPARE(assistant.value(u"name").toString(), QStringLiteral("name"));
    QCOMPARE(assistant.value(u"prompt").toString(), QStringLiteral("prompt"));
    QVERIFY(!assistant.value(u"id").toString().isEmpty());
    QVERIFY(!assistant.value(u"organization_id").toString().isEmpty());
    QCOMPARE(assistant.value(u"created_at"), assistant.value(u"updated_at"));
    QCOMPARE(assistant.value(u"first_sentence_delay_ms").toInt(), 400);
    QCOMPARE(assistant.value(u"first_sentence_mode").toString(), QStringLiteral("generated"));
    QCOMPARE(assistant.value(u"llm_model").toObject(),
             (QJsonObject{{QStringLiteral("type"), QStringLiteral("dedicated-instance")},
                          {QStringLiteral("name"), QStringLiteral("gpt-4.1")}}));
    const QJsonObject voice = assistant.value(u"voice").toObject();
    QCOMPARE(voice.value(u"provider").toString(), QStringLiteral("cartesia"));
    QCOMPARE(voice.value(u"speed").toDouble(), 1.0);
    const QJsonObject retry = assistant.value(u"call_retry_config").toObject();
    QCOMPARE(retry.value(u"allowed_days").toArray(),
             (QJsonArray{QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                         QStringLiteral("thursday"), QStringLiteral("friday")}));
    QCOMPARE(retry.value(u"call_twice_in_a_row").toBool(), false);
    QCOMPARE(retry.value(u"max_retry_attempts").toInt(), 3);
    QVERIFY(retry.value(u"timezone").isNull());
    const QJsonObject window = retry.value(u"calling_windows").toArray().first().toObject();
    QCOMPARE(window.value(u"calling_window_start_time").toString(), QStringLiteral("10:00"));
    QCOMPARE(window.value(u"calling_window_end_time").toString(), QStringLiteral("18:00"));
    QCOMPARE(window.value(u"retry_delay_seconds").toInt(), 7200);
    for (const char *nullable : {"after_call_sms_prompt", "calendly", "first_sentence", "voicemail_message",
                                 "webhook_url", "transfer_phone_number", "human_transfer_mode"})
        QVERIFY2(assistant.value(QLatin1String(nullable)).isNull(), nullable);
    for (const char *flag : {"ivr_navigation_enabled", "sms_enabled"})
        QCOMPARE(assistant.value(QLatin1String(flag)), QJsonValue(false));
    QCOMPARE(assistant.value(u"faq_items").toArray(), QJsonArray());
    QCOMPARE(assistant.value(u"custom_tools").toArray(), QJsonArray());
    QCOMPARE(assistant.value(u"pending_faq_count").toInt(), 0);

    // And it is there afterwards, at the end of the list.
    QCOMPARE(list().last().toObject(), assistant);
}

void TestSandboxServer::createKeepsBodyAndIgnoresReadOnlyKeys()
{
    const QJsonObject body{
        {QStringLiteral("name"), QStringLiteral("Night line")},
        {QStringLiteral("prompt"), QStringLiteral("Answer after hours.")},
        {QStringLiteral("id"), QStringLiteral("mine")},
        {QStringLiteral("created_at"), QStringLiteral("1999-01-01T00:00:00.000Z")},
        {QStringLiteral("pending_faq_count"), 42},
        {QStringLiteral("created_by"), QJsonObject{{QStringLiteral("id"), QStringLiteral("u1")}}},
        {QStringLiteral("stt_model"), QStringLiteral("nova-3")},
        {QStringLiteral("transfer_destinations"),
         QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("Desk")},
                                {QStringLiteral("phone_number"), QStringLiteral("+33142685300")}}}},
        {QStringLiteral("faq_items"),
         QJsonArray{QJsonObject{{QStringLiteral("question"), QStringLiteral("Open?")},
                                {QStringLiteral("answer"), QStringLiteral("Yes")},
                                {QStringLiteral("id"), QStringLiteral("forged")},
                                {QStringLiteral("needs_human_answer"), true}}}},
        {QStringLiteral("voice"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("21m00Tcm4TlvDq8ikWAM")},
                     {QStringLiteral("provider"), QStringLiteral("elevenlabs")},
                     {QStringLiteral("speed"), 1.1}}},
    };
    const auto result = create(body);
    QCOMPARE(result.status, 200);
    const QJsonObject assistant = result.json().value(u"assistant").toObject();
    QVERIFY(assistant.value(u"id").toString() != u"mine");
    QVERIFY(assistant.value(u"created_at").toString() != u"1999-01-01T00:00:00.000Z");
    QCOMPARE(assistant.value(u"created_by").toObject(), SandboxAccount::user()); // the server's, not the body's
    QCOMPARE(assistant.value(u"stt_model"), body.value(u"stt_model"));
    QCOMPARE(assistant.value(u"transfer_destinations"), body.value(u"transfer_destinations"));
    QCOMPARE(assistant.value(u"voice"), body.value(u"voice"));
    const QJsonObject faq = assistant.value(u"faq_items").toArray().first().toObject();
    QVERIFY(faq.value(u"id").toString() != u"forged");
    QCOMPARE(faq.value(u"source").toString(), QStringLiteral("human"));
    QCOMPARE(faq.value(u"needs_human_answer").toBool(), false);
    QCOMPARE(assistant.value(u"pending_faq_count").toInt(), 0);
}

void TestSandboxServer::listKeepsInsertionOrder()
{
    const QJsonArray before = list();
    QCOMPARE(before.size(), 12); // the shipped sample set
    QStringList names;
    for (const char *name : {"Zulu", "Alpha", "Mike"}) {
        QCOMPARE(
            create({{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("prompt"), QStringLiteral("p")}})
                .status,
            200);
        names.append(QLatin1String(name));
    }
    const QJsonArray after = list();
    QCOMPARE(after.size(), 15);
    for (int i = 0; i < 12; ++i)
        QCOMPARE(after.at(i), before.at(i));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(after.at(12 + i).toObject().value(u"name").toString(), names.at(i));
}

void TestSandboxServer::getReturnsBareObjectWithEtag()
{
    const QJsonObject first = list().first().toObject();
    const QString id = first.value(u"id").toString();
    const auto result = m_client->get(QStringLiteral("/assistants/") + id);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json(), first);
    QVERIFY(
        QRegularExpression(QStringLiteral("^\"\\d+\"$")).match(QString::fromLatin1(result.header("ETag"))).hasMatch());
    // The same version on every read.
    QCOMPARE(m_client->get(QStringLiteral("/assistants/") + id).header("ETag"), result.header("ETag"));
}

void TestSandboxServer::headHasNoBody()
{
    const auto get = m_client->get(QStringLiteral("/assistants"));
    const auto head = m_client->send("HEAD", QStringLiteral("/assistants"));
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length"), QByteArray::number(get.body.size()));
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.error, QNetworkReply::NoError); // a client left waiting for the body would have given up
    // The connection is still in step: the next answer is whole.
    QCOMPARE(m_client->get(QStringLiteral("/assistants")).body, get.body);
}

void TestSandboxServer::patchChangesOnlyThatField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("name") << QByteArray(R"({"name":"Renamed"})");
    QTest::newRow("null text") << QByteArray(R"({"first_sentence":null})");
    QTest::newRow("nested object") << QByteArray(R"({"voice":{"id":"21m00Tcm4TlvDq8ikWAM","provider":"elevenlabs"}})");
    QTest::newRow("number") << QByteArray(R"({"thinking_sound_volume":0.25})");
    QTest::newRow("list") << QByteArray(R"({"email_notification_outcomes":["completed","interested"]})");
    QTest::newRow("unknown key") << QByteArray(R"({"stt_model":"nova-3-medical"})");
    QTest::newRow("int53") << QByteArray(R"({"first_sentence_delay_ms":9007199254740991})");
    // Qt's reader drops U+FEFF at the start of a string unless it is escaped (core/JsonText.h).
    QTest::newRow("opening U+FEFF, raw") << QByteArray("{\"prompt\":\"\xEF\xBB\xBFHola\"}");
    QTest::newRow("opening U+FEFF, escaped") << QByteArray(R"({"first_sentence":"\ufeff\ufeffHola"})");
}

void TestSandboxServer::patchChangesOnlyThatField()
{
    QFETCH(QByteArray, body);
    const QJsonObject before = list().at(1).toObject();
    const QString id = before.value(u"id").toString();
    waitForTheNextMillisecond(); // updated_at has millisecond resolution
    const auto result = m_client->send("PATCH", QStringLiteral("/assistants/") + id, body);
    QCOMPARE(result.status, 200);
    const QJsonObject after = result.json().value(u"assistant").toObject();
    const QJsonObject patch = JsonText::read(body).object();
    for (const QJsonValue &value : patch) { // the test's own reading keeps the mark, or the rows prove nothing
        if (value.toString().endsWith(u"Hola"))
            QVERIFY(value.toString().startsWith(QChar(0xFEFF)));
    }

    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (key == u"updated_at")
            QVERIFY(after.value(key).toString() > before.value(key).toString());
        else if (patch.contains(key))
            QCOMPARE(after.value(key), patch.value(key));
        else
            QVERIFY2(after.value(key) == before.value(key), qPrintable(key));
    }
    // What a later read returns is what the PATCH answered, byte for byte.
    QCOMPARE(m_client->get(QStringLiteral("/assistants/") + id).json(), after);
    if (patch.contains(u"first_sentence_delay_ms"))
        QVERIFY(m_client->get(QStringLiteral("/assistants/") + id).body.contains("9007199254740991"));
}

void TestSandboxServer::patchRecordsExactBody()
{
    const QString id = list().first().toObject().value(u"id").toString();
    m_server->clearRequests();
    QSignalSpy spy(m_server.get(), &SandboxServer::requestReceived);
    const QByteArray body = R"({"name" : "Exactly this",  "prompt":"and this"})";
    QCOMPARE(m_client->send("PATCH", QStringLiteral("/assistants/") + id, body).status, 200);
    const QList<SandboxRequestRecord> requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QStringLiteral("PATCH"));
    QCOMPARE(requests.first().path, QStringLiteral("/api/assistants/") + id);
    QCOMPARE(requests.first().body, body);
    QCOMPARE(requests.first().header("authorization"), QByteArray("Bearer sandbox"));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().value<SandboxRequestRecord>().body, body);
}

void TestSandboxServer::unauthorized_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization"); // empty: none sent
    QTest::addColumn<QString>("message");

    const QString one = QStringLiteral("/assistants/0ac7a593-f056-5dc5-a762-3d80b7d98152");
    const struct
    {
        const char *method;
        QString path;
    } endpoints[] = {{"GET", QStringLiteral("/assistants")},
                     {"POST", QStringLiteral("/assistants")},
                     {"GET", one},
                     {"PATCH", one},
                     {"DELETE", one},
                     {"POST", one + QStringLiteral("/clone")},
                     {"GET", QStringLiteral("/voices")},
                     {"GET", QStringLiteral("/nowhere")}};
    for (const auto &endpoint : endpoints) {
        const QList<std::pair<QByteArray, QString>> refusals = {
            {QByteArray(), QStringLiteral("No API key was sent: send the header “Authorization: Bearer <key>”.")},
            {QByteArray("Bearer wrong"), QStringLiteral("The API key is not valid for this server.")},
            {QByteArray("Basic sandbox"),
             QStringLiteral("The Authorization header uses the “Basic” scheme; send “Authorization: Bearer <key>”.")},
            {QByteArray("Bearer"), QStringLiteral("The Authorization header has no API key after “Bearer”.")},
            {QByteArray("Bearer   "), QStringLiteral("The Authorization header has no API key after “Bearer”.")},
        };
        for (const auto &[authorization, message] : refusals) {
            QTest::addRow("%s %s [%s]", endpoint.method, qPrintable(endpoint.path), authorization.constData())
                << QByteArray(endpoint.method) << endpoint.path << authorization << message;
        }
    }
}

void TestSandboxServer::unauthorized()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    QFETCH(QString, message);
    const int countBefore = int(list().size());
    SandboxTestClient::Options options;
    options.authorize = false;
    if (!authorization.isEmpty())
        options.headers = {{"Authorization", authorization}};
    const auto result = m_client->send(method, path, R"({"name":"n","prompt":"p"})", options);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.json().value(u"message").toString(), message);
    // Nothing about where the key is kept: this server knows no app menus or settings.
    for (const char *elsewhere : {"Connection", "menu", "Settings", "dashboard"})
        QVERIFY2(!message.contains(QLatin1String(elsewhere)), elsewhere);
    QVERIFY(result.header("WWW-Authenticate").startsWith("Bearer realm=\"revox-sandbox\""));
    QCOMPARE(list().size(), countBefore); // nothing happened
}

void TestSandboxServer::notFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("get") << QByteArray("GET") << QStringLiteral("/assistants/missing");
    QTest::newRow("patch") << QByteArray("PATCH") << QStringLiteral("/assistants/missing");
    QTest::newRow("delete") << QByteArray("DELETE") << QStringLiteral("/assistants/missing");
    QTest::newRow("clone") << QByteArray("POST") << QStringLiteral("/assistants/missing/clone");
    QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/calls");
    QTest::newRow("too deep") << QByteArray("GET") << QStringLiteral("/assistants/a/b/c");
    QTest::newRow("voice") << QByteArray("GET") << QStringLiteral("/voices/nope");
}

void TestSandboxServer::notFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const auto result = m_client->send(method, path, R"({"name":"x"})");
    QCOMPARE(result.status, 404);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(!result.json().value(u"message").toString().isEmpty());
}

void TestSandboxServer::malformedBody_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("onAssistant");
    QTest::addColumn<QByteArray>("body");
    for (const QByteArray &method : {QByteArray("POST"), QByteArray("PATCH")}) {
        const bool one = method == "PATCH";
        QTest::addRow("%s unterminated", method.constData()) << method << one << QByteArray("{\"name\": ");
        QTest::addRow("%s array", method.constData()) << method << one << QByteArray("[1, 2]");
        QTest::addRow("%s string", method.constData()) << method << one << QByteArray("\"name\"");
        QTest::addRow("%s empty", method.constData()) << method << one << QByteArray();
        QTest::addRow("%s binary", method.constData()) << method << one << QByteArray("\x00\xff\xfe{", 4);
        QTest::addRow("%s trailing garbage", method.constData()) << method << one << QByteArray("{}}");
    }
}

void TestSandboxServer::malformedBody()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, onAssistant);
    QFETCH(QByteArray, body);
    const QJsonArray before = list();
    const QString path = onAssistant
        ? QStringLiteral("/assistants/") + before.first().toObject().value(u"id").toString()
        : QStringLiteral("/assistants");
    const auto result = m_client->send(method, path, body);
    QCOMPARE(result.status, 400);
    QVERIFY(!result.json().value(u"message").toString().isEmpty());
    // Nothing changed, and the server goes on serving.
    QCOMPARE(list(), before);
}

void TestSandboxServer::garbageOnTheSocket()
{
    // Bytes that are not HTTP at all, then a request cut off mid-header: neither may take the server down.
    for (const QByteArray &garbage : {QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11),
                                      QByteArray("GET /api/assistants HTTP/1.1\r\nHost: x\r\nAuthor"),
                                      QByteArray("NOT-A-METHOD / HTTP/9.9\r\n\r\n")}) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(garbage);
        QVERIFY(socket.waitForBytesWritten(5000));
        socket.waitForReadyRead(200);
        socket.abort();
    }
    QCOMPARE(list().size(), 12);
}

void TestSandboxServer::validation_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("create without name and prompt")
        << QByteArray("POST") << QByteArray("{}") << QStringList{QStringLiteral("name"), QStringLiteral("prompt")};
    QTest::newRow("create with null name")
        << QByteArray("POST") << QByteArray(R"({"name":null,"prompt":"p"})") << QStringList{QStringLiteral("name")};
    QTest::newRow("create with empty name")
        << QByteArray("POST") << QByteArray(R"({"name":"","prompt":"p"})") << QStringList{QStringLiteral("name")};
    QTest::newRow("speed out of range") << QByteArray("PATCH")
                                        << QByteArray(R"({"voice":{"id":"x","provider":"cartesia","speed":3}})")
                                        << QStringList{QStringLiteral("voice.speed")};
    // Each provider's own range, as the API docs give them (Cartesia 0.6–1.5, ElevenLabs 0.7–1.2).
    QTest::newRow("elevenlabs speed over 1.2")
        << QByteArray("PATCH") << QByteArray(R"({"voice":{"id":"x","provider":"elevenlabs","speed":1.4}})")
        << QStringList{QStringLiteral("voice.speed")};
    QTest::newRow("elevenlabs speed under 0.7")
        << QByteArray("PATCH") << QByteArray(R"({"voice":{"id":"x","provider":"elevenlabs","speed":0.65}})")
        << QStringList{QStringLiteral("voice.speed")};
    QTest::newRow("create with elevenlabs speed over 1.2")
        << QByteArray("POST")
        << QByteArray(R"({"name":"n","prompt":"p","voice":{"id":"x","provider":"elevenlabs","speed":1.4}})")
        << QStringList{QStringLiteral("voice.speed")};
    QTest::newRow("partial voice") << QByteArray("PATCH") << QByteArray(R"({"voice":{"speed":1.0}})")
                                   << QStringList{QStringLiteral("voice.id"), QStringLiteral("voice.provider")};
    QTest::newRow("enum") << QByteArray("PATCH") << QByteArray(R"({"first_sentence_mode":"loud"})")
                          << QStringList{QStringLiteral("first_sentence_mode")};
    QTest::newRow("type") << QByteArray("PATCH") << QByteArray(R"({"sms_enabled":"yes","max_call_duration_secs":"5"})")
                          << QStringList{QStringLiteral("max_call_duration_secs"), QStringLiteral("sms_enabled")};
    QTest::newRow("volume range") << QByteArray("PATCH") << QByteArray(R"({"background_sound_volume":1.5})")
                                  << QStringList{QStringLiteral("background_sound_volume")};
    QTest::newRow("not nullable") << QByteArray("PATCH") << QByteArray(R"({"name":null})")
                                  << QStringList{QStringLiteral("name")};
    QTest::newRow("faq not a list") << QByteArray("PATCH") << QByteArray(R"({"faq_items":"none"})")
                                    << QStringList{QStringLiteral("faq_items")};
    QTest::newRow("create with faq not a list")
        << QByteArray("POST") << QByteArray(R"({"name":"n","prompt":"p","faq_items":{}})")
        << QStringList{QStringLiteral("faq_items")};
    QTest::newRow("faq item not an object")
        << QByteArray("PATCH") << QByteArray(R"({"faq_items":[7]})") << QStringList{QStringLiteral("faq_items[0]")};
    QTest::newRow("faq item") << QByteArray("PATCH") << QByteArray(R"({"faq_items":[{"answer":"a"}]})")
                              << QStringList{QStringLiteral("faq_items[0].question")};
    QTest::newRow("tool method") << QByteArray("PATCH")
                                 << QByteArray(
                                        R"({"custom_tools":[{"name":"t","description":"d","method":"FETCH",)"
                                        R"("url":"https://x.test","headers":[],"query_params":[],"input_schema":[]}]})")
                                 << QStringList{QStringLiteral("custom_tools[0].method")};
}

void TestSandboxServer::validation()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, fields);
    const QJsonArray before = list();
    const QString path = method == "PATCH"
        ? QStringLiteral("/assistants/") + before.first().toObject().value(u"id").toString()
        : QStringLiteral("/assistants");
    const auto result = m_client->send(method, path, body);
    QCOMPARE(result.status, 422);
    const QJsonObject answer = result.json();
    QCOMPARE(answer.value(u"message").toString(), QStringLiteral("Validation failed"));
    QStringList reported;
    for (const QJsonValue &error : answer.value(u"errors").toArray()) {
        reported.append(error.toObject().value(u"field").toString());
        QVERIFY(!error.toObject().value(u"message").toString().isEmpty());
    }
    reported.sort();
    fields.sort();
    QCOMPARE(reported, fields);
    QCOMPARE(list(), before);
}

void TestSandboxServer::voiceSpeedByProvider_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<double>("speed");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("cartesia 0.6") << QStringLiteral("cartesia") << 0.6 << true;
    QTest::newRow("cartesia 1.4") << QStringLiteral("cartesia") << 1.4 << true;
    QTest::newRow("cartesia 1.5") << QStringLiteral("cartesia") << 1.5 << true;
    QTest::newRow("cartesia 1.6") << QStringLiteral("cartesia") << 1.6 << false;
    QTest::newRow("elevenlabs 0.7") << QStringLiteral("elevenlabs") << 0.7 << true;
    QTest::newRow("elevenlabs 1.2") << QStringLiteral("elevenlabs") << 1.2 << true;
    QTest::newRow("elevenlabs 1.4") << QStringLiteral("elevenlabs") << 1.4 << false;
    QTest::newRow("elevenlabs 0.6") << QStringLiteral("elevenlabs") << 0.6 << false;
}

void TestSandboxServer::voiceSpeedByProvider()
{
    QFETCH(QString, provider);
    QFETCH(double, speed);
    QFETCH(bool, accepted);
    const QString path = QStringLiteral("/assistants/") + list().first().toObject().value(u"id").toString();
    const QJsonObject voice{{QStringLiteral("id"), QStringLiteral("v")},
                            {QStringLiteral("provider"), provider},
                            {QStringLiteral("speed"), speed}};
    const auto result = m_client->send("PATCH", path, compact({{QStringLiteral("voice"), voice}}));
    QCOMPARE(result.status, accepted ? 200 : 422);
    // The same rule, word for word, as the editor's (both are Validation's).
    const QList<ValidationIssue> editor
        = Validation::validateField(Assistant(QJsonObject{{QStringLiteral("voice"), voice}}), QStringLiteral("voice"));
    QCOMPARE(editor.isEmpty(), accepted);
    if (!accepted)
        QCOMPARE(result.json().value(u"errors").toArray().first().toObject().value(u"message").toString(),
                 editor.first().message);
}

void TestSandboxServer::storedValuesAreNotRechecked()
{
    // The real API has stored odd values before; a PATCH of something else must still go through.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("odd.sqlite"));
    SandboxServer server;
    QString error;
    QVERIFY2(server.start({.dataPath = path}, &error), qPrintable(error));
    SandboxTestClient client(server.baseUrl(), server.apiKey());
    const QJsonObject first
        = client.get(QStringLiteral("/assistants")).json().value(u"assistants").toArray().first().toObject();
    const QString id = first.value(u"id").toString();
    server.stop();

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QJsonObject odd = first;
        odd.insert(u"voice",
                   QJsonObject{{QStringLiteral("id"), QStringLiteral("x")},
                               {QStringLiteral("provider"), QStringLiteral("cartesia")},
                               {QStringLiteral("speed"), 3}});
        odd.insert(u"first_sentence_mode", QStringLiteral("whisper"));
        odd.insert(u"prompt", QString()); // required on create, and must not be empty

        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE assistants SET json = ? WHERE id = ?"));
        query.addBindValue(compact(odd));
        query.addBindValue(id);
        QVERIFY(query.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

    QVERIFY2(server.start({.dataPath = path}, &error), qPrintable(error));
    client.setBaseUrl(server.baseUrl());
    const auto result = client.send("PATCH", QStringLiteral("/assistants/") + id, R"({"name":"Still fine"})");
    QCOMPARE(result.status, 200);
    const QJsonObject after = result.json().value(u"assistant").toObject();
    QCOMPARE(after.value(u"first_sentence_mode").toString(), QStringLiteral("whisper"));
    QCOMPARE(after.value(u"voice").toObject().value(u"speed").toInt(), 3);
    QCOMPARE(after.value(u"prompt").toString(), QString());
    // Touching the odd value itself is judged.
    QCOMPARE(client.send("PATCH", QStringLiteral("/assistants/") + id, R"({"first_sentence_mode":"whisper"})").status,
             422);
}

void TestSandboxServer::ifMatch()
{
    const QString path = QStringLiteral("/assistants/") + list().first().toObject().value(u"id").toString();
    const QByteArray etag = m_client->get(path).header("ETag");
    QVERIFY(!etag.isEmpty());

    SandboxTestClient::Options stale;
    stale.headers = {{"If-Match", "\"999999\""}};
    auto result = m_client->send("PATCH", path, R"({"name":"A"})", stale);
    QCOMPARE(result.status, 412);
    QVERIFY(!result.json().value(u"message").toString().isEmpty());
    QCOMPARE(m_client->send("DELETE", path, {}, stale).status, 412);

    SandboxTestClient::Options current;
    current.headers = {{"If-Match", "W/\"0\", " + etag}};
    result = m_client->send("PATCH", path, R"({"name":"B"})", current);
    QCOMPARE(result.status, 200);
    const QByteArray newEtag = result.header("ETag");
    QVERIFY(newEtag != etag);
    QCOMPARE(m_client->get(path).header("ETag"), newEtag);

    // The old tag is stale now; "*" matches any version.
    QCOMPARE(m_client->send("PATCH", path, R"({"name":"C"})", current).status, 412);
    SandboxTestClient::Options any;
    any.headers = {{"If-Match", "*"}};
    QCOMPARE(m_client->send("PATCH", path, R"({"name":"D"})", any).status, 200);
    QCOMPARE(m_client->get(path).json().value(u"name").toString(), QStringLiteral("D"));
}

void TestSandboxServer::deleteAssistant()
{
    const QJsonArray before = list();
    const QString id = before.at(3).toObject().value(u"id").toString();
    const auto result = m_client->send("DELETE", QStringLiteral("/assistants/") + id);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json(), (QJsonObject{{QStringLiteral("success"), true}}));
    QCOMPARE(m_client->get(QStringLiteral("/assistants/") + id).status, 404);
    QJsonArray expected = before;
    expected.removeAt(3);
    QCOMPARE(list(), expected);
    QCOMPARE(m_client->send("DELETE", QStringLiteral("/assistants/") + id).status, 404);
}

void TestSandboxServer::cloneAssistant()
{
    const QJsonObject original = list().first().toObject();
    waitForTheNextMillisecond();
    const auto result = m_client->send(
        "POST", QStringLiteral("/assistants/") + original.value(u"id").toString() + QStringLiteral("/clone"));
    QCOMPARE(result.status, 200);
    QVERIFY(!result.header("ETag").isEmpty());
    const QJsonObject copy = result.json().value(u"assistant").toObject();
    QVERIFY(copy.value(u"id").toString() != original.value(u"id").toString());
    QCOMPARE(copy.value(u"name").toString(), original.value(u"name").toString() + QStringLiteral(" (copy)"));
    QVERIFY(copy.value(u"created_at").toString() > original.value(u"updated_at").toString());
    QCOMPARE(copy.value(u"created_at"), copy.value(u"updated_at"));
    const QJsonArray faqBefore = original.value(u"faq_items").toArray();
    const QJsonArray faqAfter = copy.value(u"faq_items").toArray();
    QCOMPARE(faqAfter.size(), faqBefore.size());
    QVERIFY(faqBefore.size() > 0);
    for (qsizetype i = 0; i < faqBefore.size(); ++i) {
        QJsonObject a = faqBefore.at(i).toObject();
        QJsonObject b = faqAfter.at(i).toObject();
        QVERIFY(a.take(u"id") != b.take(u"id"));
        QCOMPARE(b, a);
    }
    for (const QString &key : original.keys()) {
        if (key != u"id" && key != u"name" && key != u"created_at" && key != u"updated_at" && key != u"faq_items")
            QVERIFY2(copy.value(key) == original.value(key), qPrintable(key));
    }
    QCOMPARE(list().last().toObject(), copy);
}

void TestSandboxServer::faqReplacementKeepsUnchangedIds()
{
    // The dental sample has four answered items and one pending AI question.
    const QJsonObject original = list().first().toObject();
    const QJsonArray items = original.value(u"faq_items").toArray();
    QCOMPARE(original.value(u"pending_faq_count").toInt(), 1);
    const QJsonObject kept = items.at(0).toObject();
    const QJsonObject pending = items.at(4).toObject();
    QCOMPARE(pending.value(u"needs_human_answer").toBool(), true);

    // Sent back as a client would: question and answer only, one unchanged, one answered, one new.
    const QJsonArray body{
        QJsonObject{{QStringLiteral("question"), kept.value(u"question")},
                    {QStringLiteral("answer"), kept.value(u"answer")}},
        QJsonObject{{QStringLiteral("question"), pending.value(u"question")},
                    {QStringLiteral("answer"), QStringLiteral("Usually not; it is cosmetic.")}},
        QJsonObject{{QStringLiteral("question"), QStringLiteral("Do you open on Sundays?")},
                    {QStringLiteral("answer"), QStringLiteral("No.")},
                    {QStringLiteral("id"), kept.value(u"id")}}, // a forged id is not honoured
    };
    const auto result = m_client->send("PATCH", QStringLiteral("/assistants/") + original.value(u"id").toString(),
                                       compact({{QStringLiteral("faq_items"), body}}));
    QCOMPARE(result.status, 200);
    const QJsonObject after = result.json().value(u"assistant").toObject();
    const QJsonArray merged = after.value(u"faq_items").toArray();
    QCOMPARE(merged.size(), 3);
    QCOMPARE(merged.at(0).toObject(), kept);
    const QJsonObject answered = merged.at(1).toObject();
    QVERIFY(answered.value(u"id").toString() != pending.value(u"id").toString());
    QCOMPARE(answered.value(u"source").toString(), QStringLiteral("human"));
    QCOMPARE(answered.value(u"needs_human_answer").toBool(), false);
    const QJsonObject added = merged.at(2).toObject();
    QVERIFY(added.value(u"id").toString() != kept.value(u"id").toString());
    QVERIFY(!added.value(u"id").toString().isEmpty());
    QCOMPARE(after.value(u"pending_faq_count").toInt(), 0);

    // Sending the response's items back unchanged changes no id.
    const auto again = m_client->send("PATCH", QStringLiteral("/assistants/") + original.value(u"id").toString(),
                                      compact({{QStringLiteral("faq_items"), merged}}));
    QCOMPARE(again.json().value(u"assistant").toObject().value(u"faq_items").toArray(), merged);
}

void TestSandboxServer::persistsAcrossRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sandbox.sqlite"));
    SandboxServer server;
    QString error;
    QVERIFY2(server.start({.dataPath = path, .apiKey = QStringLiteral("k")}, &error), qPrintable(error));
    SandboxTestClient client(server.baseUrl(), QStringLiteral("k"));
    const QString created = client.send("POST", QStringLiteral("/assistants"), R"({"name":"Kept","prompt":"p"})")
                                .json()
                                .value(u"assistant")
                                .toObject()
                                .value(u"id")
                                .toString();
    const QJsonArray sample = client.get(QStringLiteral("/assistants")).json().value(u"assistants").toArray();
    const QString removed = sample.at(2).toObject().value(u"id").toString();
    QCOMPARE(client.send("DELETE", QStringLiteral("/assistants/") + removed).status, 200);
    const auto patched = client.send("PATCH", QStringLiteral("/assistants/") + created, R"({"name":"Kept twice"})");
    QCOMPARE(patched.status, 200);
    const QByteArray etag = patched.header("ETag");
    const QJsonArray before = client.get(QStringLiteral("/assistants")).json().value(u"assistants").toArray();
    QCOMPARE(before.size(), 12);
    server.stop();
    QVERIFY(!server.isRunning());
    QCOMPARE(server.port(), quint16(0));

    QVERIFY2(server.start({.dataPath = path, .apiKey = QStringLiteral("k")}, &error), qPrintable(error));
    client.setBaseUrl(server.baseUrl());
    // The same content, the same order, no sample data added back, the same versions.
    QCOMPARE(client.get(QStringLiteral("/assistants")).json().value(u"assistants").toArray(), before);
    QCOMPARE(client.get(QStringLiteral("/assistants/") + created).header("ETag"), etag);
    // New writes get versions beyond every old one.
    const QByteArray next
        = client.send("PATCH", QStringLiteral("/assistants/") + created, R"({"name":"x"})").header("ETag");
    QVERIFY(next.mid(1).chopped(1).toLongLong() > etag.mid(1).chopped(1).toLongLong());
}

void TestSandboxServer::startFailsOnBusyPort()
{
    SandboxServer other;
    QString error;
    QVERIFY(!other.start({.port = m_server->port()}, &error));
    QVERIFY(error.contains(QString::number(m_server->port())));
    QVERIFY(!other.isRunning());
    QVERIFY(!other.start({.dataPath = QStringLiteral("/nonexistent-dir/x/y.sqlite")}, &error));
    QVERIFY(!error.isEmpty());
    // The first server is untouched.
    QCOMPARE(list().size(), 12);
}

void TestSandboxServer::seedCountGenerates()
{
    SandboxServer a;
    SandboxServer b;
    QString error;
    QVERIFY2(a.start({.seedCount = 25}, &error), qPrintable(error));
    QVERIFY2(b.start({.seedCount = 40}, &error), qPrintable(error));
    const QJsonArray listA = SandboxTestClient(a.baseUrl(), a.apiKey())
                                 .get(QStringLiteral("/assistants"))
                                 .json()
                                 .value(u"assistants")
                                 .toArray();
    const QJsonArray listB = SandboxTestClient(b.baseUrl(), b.apiKey())
                                 .get(QStringLiteral("/assistants"))
                                 .json()
                                 .value(u"assistants")
                                 .toArray();
    QCOMPARE(listA.size(), 25);
    QCOMPARE(listB.size(), 40);
    const QStringList seedKeys = seedAssistant().keys();
    QSet<QString> ids;
    for (int i = 0; i < 25; ++i) {
        // Deterministic: the same index is the same assistant whatever the count.
        QCOMPARE(listA.at(i), listB.at(i));
        const QJsonObject assistant = listA.at(i).toObject();
        for (const QString &key : seedKeys)
            QVERIFY2(assistant.contains(key), qPrintable(key));
        const qsizetype faq = assistant.value(u"faq_items").toArray().size();
        QVERIFY2(faq >= 3 && faq <= 15, qPrintable(QString::number(faq)));
        QVERIFY(assistant.value(u"custom_tools").toArray().size() <= 4);
        ids.insert(assistant.value(u"id").toString());
    }
    QCOMPARE(ids.size(), 25);

    // seedCount replaces what the store held; 0 leaves it empty.
    SandboxServer empty;
    QVERIFY2(empty.start({.seedCount = 0}, &error), qPrintable(error));
    QCOMPARE(SandboxTestClient(empty.baseUrl(), empty.apiKey()).get(QStringLiteral("/assistants")).body,
             QByteArray(R"({"assistants":[]})"));
}

void TestSandboxServer::generatesTenThousand()
{
    // How fast is for the benchmarks (revox-bench sandbox: generated, stored and listed); this is that it works.
    SandboxServer big;
    QString error;
    QVERIFY2(big.start({.seedCount = 10000}, &error), qPrintable(error));
    SandboxTestClient client(big.baseUrl(), big.apiKey());
    const auto result = client.get(QStringLiteral("/assistants"));
    QCOMPARE(result.status, 200);
    const QJsonArray assistants = result.json().value(u"assistants").toArray();
    QCOMPARE(assistants.size(), 10000);
    QSet<QString> ids;
    for (const QJsonValue &assistant : assistants)
        ids.insert(assistant.toObject().value(u"id").toString());
    QCOMPARE(ids.size(), 10000);
}

void TestSandboxServer::voices()
{
    const auto result = m_client->get(QStringLiteral("/voices"));
    QCOMPARE(result.status, 200);
    const QJsonArray voices = result.json().value(u"voices").toArray();
    QVERIFY(voices.size() >= 30);
    QSet<QString> providers, languages, ids;
    bool defaultVoiceListed = false;
    for (const QJsonValue &value : voices) {
        const QJsonObject voice = value.toObject();
        for (const char *key : {"id", "name", "description", "language", "provider"})
            QVERIFY2(!voice.value(QLatin1String(key)).toString().isEmpty(), key);
        for (const QString &key : voice.keys())
            QVERIFY2(QStringList({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
                                  QStringLiteral("language"), QStringLiteral("provider"), QStringLiteral("accent"),
                                  QStringLiteral("gender")})
                         .contains(key),
                     qPrintable(key));
        providers.insert(voice.value(u"provider").toString());
        languages.insert(voice.value(u"language").toString());
        ids.insert(voice.value(u"id").toString());
        defaultVoiceListed |= voice.value(u"id")
            == QJsonValue(create({{QStringLiteral("name"), QStringLiteral("n")},
                                  {QStringLiteral("prompt"), QStringLiteral("p")}})
                              .json()
                              .value(u"assistant")
                              .toObject()
                              .value(u"voice")
                              .toObject()
                              .value(u"id"));
    }
    QCOMPARE(ids.size(), voices.size());
    QCOMPARE(providers, (QSet<QString>{QStringLiteral("cartesia"), QStringLiteral("elevenlabs")}));
    for (const char *language : {"en", "fr", "es", "de", "it", "pt"})
        QVERIFY2(languages.contains(QLatin1String(language)), language);
    QVERIFY(defaultVoiceListed);

    const auto one = m_client->get(QStringLiteral("/voices/21m00Tcm4TlvDq8ikWAM"));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(u"voice").toObject().value(u"name").toString(), QStringLiteral("Rachel"));
    QCOMPARE(m_client->get(QStringLiteral("/voices/21m00Tcm4TlvDq8ikWAM?provider=cartesia")).status, 404);
}

void TestSandboxServer::severalServersAtOnce()
{
    SandboxServer other;
    QString error;
    QVERIFY2(other.start({.apiKey = QStringLiteral("other-key")}, &error), qPrintable(error));
    QVERIFY(other.port() != m_server->port());
    SandboxTestClient client(other.baseUrl(), QStringLiteral("other-key"));
    QCOMPARE(client.send("POST", QStringLiteral("/assistants"), R"({"name":"Only here","prompt":"p"})").status, 200);
    QCOMPARE(client.get(QStringLiteral("/assistants")).json().value(u"assistants").toArray().size(), 13);
    QCOMPARE(list().size(), 12);
    // Each checks its own key.
    QCOMPARE(m_client->send("GET", other.baseUrl().toString() + QStringLiteral("/assistants")).status, 401);
}

void TestSandboxServer::controlEndpoints()
{
    const QString control = QStringLiteral("http://127.0.0.1:%1/_sandbox/").arg(m_server->port());
    SandboxTestClient::Options noKey;
    noKey.authorize = false;
    QCOMPARE(m_client->get(control + QStringLiteral("faults"), noKey).status, 401);
    QCOMPARE(m_client->send("POST", control + QStringLiteral("faults"), R"({"kind":"nonsense"})").status, 400);
    QCOMPARE(m_client->send("POST", control + QStringLiteral("faults"), R"([1])").status, 400);

    auto result
        = m_client->send("POST", control + QStringLiteral("faults"),
                         R"({"kind":"status","status":503,"method":"get","pathPattern":"/voices$","times":-1})");
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"faults").toArray().size(), 1);
    QCOMPARE(m_server->faults().size(), 1);
    QCOMPARE(m_server->faults().first().method, QStringLiteral("GET"));
    QCOMPARE(m_client->get(QStringLiteral("/voices")).status, 503);
    QCOMPARE(m_client->get(QStringLiteral("/voices")).status, 503);
    QCOMPARE(m_client->get(QStringLiteral("/assistants")).status, 200);
    // The control endpoints themselves are never faulted, even by a catch-all.
    m_server->addFault({.kind = SandboxFault::Kind::Status, .status = 500, .times = -1});
    QCOMPARE(m_client->get(control + QStringLiteral("faults")).json().value(u"faults").toArray().size(), 2);
    QCOMPARE(m_client->send("DELETE", control + QStringLiteral("faults")).status, 200);
    QVERIFY(m_server->faults().isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("/voices")).status, 200);

    // The request log: API requests only, in order, with their bodies.
    QCOMPARE(m_client->send("DELETE", control + QStringLiteral("requests")).status, 200);
    QVERIFY(m_server->requests().isEmpty());
    m_client->send("POST", QStringLiteral("/assistants"), R"({"name":"Logged","prompt":"p"})");
    const QJsonArray log = m_client->get(control + QStringLiteral("requests")).json().value(u"requests").toArray();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().toObject().value(u"method").toString(), QStringLiteral("POST"));
    QCOMPARE(log.first().toObject().value(u"path").toString(), QStringLiteral("/api/assistants"));
    QCOMPARE(log.first().toObject().value(u"body").toString(), QStringLiteral(R"({"name":"Logged","prompt":"p"})"));
    QCOMPARE(m_client->send("PUT", control + QStringLiteral("faults")).status, 405);
    QCOMPARE(m_client->get(control + QStringLiteral("nothing")).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "TestSandboxServer.moc"
