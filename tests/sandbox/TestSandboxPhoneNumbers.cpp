// SPDX-License-Identifier: GPL-3.0-or-later
// The phone-number routes (GET /phone-numbers, PATCH and DELETE /phone-numbers/{id}) and the account routes
// (GET /auth-status, GET /users/me) over HTTP.
#include "SandboxTestClient.h"

#include "core/Validation.h"
#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kFrontDesk = u"5b0e7c1a-3f4d-4a8e-9c2b-7d6f1e0a9b31"_s; // routed to Brightsmile Dental
const QString kParis = u"9f3d2b7e-6a15-4c08-b4e1-0c8a5d9e2f67"_s; // routed to no one
const QString kBrightsmile = u"0ac7a593-f056-5dc5-a762-3d80b7d98152"_s;
const QString kLumen = u"91c9ff6e-cc65-5aa4-8faf-0233298f6930"_s;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSandboxPhoneNumbers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listShape();
    void routeAndRename();
    void updateIsChecked_data();
    void updateIsChecked();
    void deleteNumber();
    void deletingAnAssistantUnroutesItsNumbers();
    void numbersSurviveRestart();
    void generatedSetsRouteToTheirAssistants();
    void authStatus_data();
    void authStatus();
    void currentUser();

private:
    QJsonObject number(const QString &id);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxPhoneNumbers::init()
{
    m_server = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_server->start({}, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), m_server->apiKey());
}

void TestSandboxPhoneNumbers::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QJsonObject TestSandboxPhoneNumbers::number(const QString &id)
{
    for (const QJsonValue &value : m_client->get(u"/phone-numbers"_s).json().value(u"phone_numbers").toArray()) {
        if (value.toObject().value(u"id").toString() == id)
            return value.toObject();
    }
    return {};
}

void TestSandboxPhoneNumbers::listShape()
{
    const auto result = m_client->get(u"/phone-numbers"_s);
    QCOMPARE(result.status, 200);
    const QJsonArray numbers = result.json().value(u"phone_numbers").toArray();
    QCOMPARE(numbers.size(), 4);
    int routed = 0;
    for (const QJsonValue &value : numbers) {
        const QJsonObject item = value.toObject();
        for (const char *key : {"id", "phone_number", "label", "provider", "source", "type", "created_by",
                                "inbound_assistant_id", "inbound_assistant"})
            QVERIFY2(item.contains(QLatin1String(key)), key);
        QVERIFY2(Validation::checkPhoneE164(u"n"_s, item.value(u"phone_number").toString()).isEmpty(),
                 qPrintable(item.value(u"phone_number").toString()));
        QCOMPARE(item.value(u"created_by").toObject(), SandboxAccount::user());
        // The inbound assistant is embedded whole, as the SDK's model has it; or null.
        const QJsonValue inbound = item.value(u"inbound_assistant");
        if (item.value(u"inbound_assistant_id").isString()) {
            ++routed;
            QCOMPARE(inbound.toObject().value(u"id"), item.value(u"inbound_assistant_id"));
            QVERIFY(!inbound.toObject().value(u"name").toString().isEmpty());
            QVERIFY(inbound.toObject().contains(u"prompt"));
        } else {
            QVERIFY(item.value(u"inbound_assistant_id").isNull());
            QVERIFY(inbound.isNull());
        }
    }
    QCOMPARE(routed, 2);
    QCOMPARE(number(kFrontDesk).value(u"inbound_assistant").toObject().value(u"name").toString(),
             u"Brightsmile Dental – Appointment Reminders"_s);
}

void TestSandboxPhoneNumbers::routeAndRename()
{
    // Route the Paris number to an assistant, and rename it, in one PATCH.
    const auto routed = m_client->send("PATCH", u"/phone-numbers/"_s + kParis,
                                       compact({{u"inbound_assistant_id"_s, kLumen}, {u"label"_s, u"Paris"_s}}));
    QCOMPARE(routed.status, 200);
    const QJsonObject answer = routed.json().value(u"phone_number").toObject();
    QCOMPARE(answer.value(u"inbound_assistant_id").toString(), kLumen);
    QCOMPARE(answer.value(u"inbound_assistant").toObject().value(u"id").toString(), kLumen);
    QCOMPARE(answer.value(u"label").toString(), u"Paris"_s);
    QCOMPARE(number(kParis), answer);

    // Away from it (null), the label untouched; then only the label.
    QCOMPARE(m_client->send("PATCH", u"/phone-numbers/"_s + kParis, R"({"inbound_assistant_id":null})").status, 200);
    QCOMPARE(number(kParis).value(u"inbound_assistant_id"), QJsonValue());
    QCOMPARE(number(kParis).value(u"inbound_assistant"), QJsonValue());
    QCOMPARE(number(kParis).value(u"label").toString(), u"Paris"_s);
    QCOMPARE(m_client->send("PATCH", u"/phone-numbers/"_s + kParis, R"({"label":"Paris office"})").status, 200);
    QCOMPARE(number(kParis).value(u"label").toString(), u"Paris office"_s);

    // The other numbers did not move.
    QCOMPARE(number(kFrontDesk).value(u"inbound_assistant_id").toString(), kBrightsmile);
    // The assistant's later rename shows in the embedded copy.
    QCOMPARE(m_client->send("PATCH", u"/assistants/"_s + kBrightsmile, R"({"name":"Front desk"})").status, 200);
    QCOMPARE(number(kFrontDesk).value(u"inbound_assistant").toObject().value(u"name").toString(), u"Front desk"_s);
}

void TestSandboxPhoneNumbers::updateIsChecked_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message"); // the first field error's, or the message's

    QTest::newRow("unknown assistant") << kParis << QByteArray(R"({"inbound_assistant_id":"nope"})") << 422
                                       << u"Inbound assistant: no assistant has the id “nope”."_s;
    QTest::newRow("assistant id a number") << kParis << QByteArray(R"({"inbound_assistant_id":7})") << 422
                                           << u"Inbound assistant: must be text, not a number."_s;
    QTest::newRow("label a list") << kParis << QByteArray(R"({"label":[]})") << 422
                                  << u"Label: must be text, not a list."_s;
    QTest::newRow("unknown number") << u"nope"_s << QByteArray(R"({"label":"x"})") << 404
                                    << u"Phone number not found."_s;
    QTest::newRow("not JSON") << kParis << QByteArray("{") << 400 << QString();
}

void TestSandboxPhoneNumbers::updateIsChecked()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QByteArray before = m_client->get(u"/phone-numbers"_s).body;
    const auto result = m_client->send("PATCH", u"/phone-numbers/"_s + id, body);
    QCOMPARE(result.status, status);
    const QJsonObject answer = result.json();
    if (status == 422)
        QCOMPARE(answer.value(u"errors").toArray().first().toObject().value(u"message").toString(), message);
    else if (!message.isEmpty())
        QCOMPARE(answer.value(u"message").toString(), message);
    QCOMPARE(m_client->get(u"/phone-numbers"_s).body, before); // nothing changed
}

void TestSandboxPhoneNumbers::deleteNumber()
{
    const auto removed = m_client->send("DELETE", u"/phone-numbers/"_s + kParis);
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.json().value(u"success"), QJsonValue(true));
    QVERIFY(number(kParis).isEmpty());
    QCOMPARE(m_client->get(u"/phone-numbers"_s).json().value(u"phone_numbers").toArray().size(), 3);
    QCOMPARE(m_client->send("DELETE", u"/phone-numbers/"_s + kParis).status, 404);
    // Other methods are refused with what is allowed.
    const auto get = m_client->get(u"/phone-numbers/"_s + kFrontDesk);
    QCOMPARE(get.status, 405);
    QCOMPARE(get.header("Allow"), QByteArray("PATCH, DELETE"));
    QCOMPARE(m_client->send("POST", u"/phone-numbers"_s, "{}").status, 405);
}

void TestSandboxPhoneNumbers::deletingAnAssistantUnroutesItsNumbers()
{
    QCOMPARE(
        m_client->send("PATCH", u"/phone-numbers/"_s + kParis, compact({{u"inbound_assistant_id"_s, kBrightsmile}}))
            .status,
        200);
    QCOMPARE(m_client->send("DELETE", u"/assistants/"_s + kBrightsmile).status, 200);
    for (const QString &id : {kFrontDesk, kParis}) {
        QCOMPARE(number(id).value(u"inbound_assistant_id"), QJsonValue());
        QCOMPARE(number(id).value(u"inbound_assistant"), QJsonValue());
    }
    // The number routed elsewhere keeps its assistant.
    QVERIFY(number(u"c2a94f60-8e17-4b5d-a3c9-1f2e6d7b8a04"_s).value(u"inbound_assistant_id").isString());
}

void TestSandboxPhoneNumbers::numbersSurviveRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxServer::Options options;
    options.dataPath = dir.filePath(u"numbers.sqlite"_s);
    {
        SandboxServer server;
        QString error;
        QVERIFY2(server.start(options, &error), qPrintable(error));
        SandboxTestClient client(server.baseUrl(), server.apiKey());
        QCOMPARE(
            client.send("PATCH", u"/phone-numbers/"_s + kParis, compact({{u"inbound_assistant_id"_s, kLumen}})).status,
            200);
        QCOMPARE(client.send("DELETE", u"/assistants/"_s + kBrightsmile).status, 200);
    }
    SandboxServer server;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    SandboxTestClient client(server.baseUrl(), server.apiKey());
    QJsonObject byId;
    for (const QJsonValue &value : client.get(u"/phone-numbers"_s).json().value(u"phone_numbers").toArray())
        byId.insert(value.toObject().value(u"id").toString(), value);
    QCOMPARE(byId.size(), 4);
    QCOMPARE(byId.value(kParis).toObject().value(u"inbound_assistant_id").toString(), kLumen);
    QCOMPARE(byId.value(kFrontDesk).toObject().value(u"inbound_assistant_id"), QJsonValue());
}

void TestSandboxPhoneNumbers::generatedSetsRouteToTheirAssistants()
{
    SandboxServer server;
    QString error;
    SandboxServer::Options options;
    options.seedCount = 5;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    SandboxTestClient client(server.baseUrl(), server.apiKey());
    QStringList assistants;
    for (const QJsonValue &value : client.get(u"/assistants"_s).json().value(u"assistants").toArray())
        assistants.append(value.toObject().value(u"id").toString());
    int routed = 0;
    for (const QJsonValue &value : client.get(u"/phone-numbers"_s).json().value(u"phone_numbers").toArray()) {
        const QJsonValue inbound = value.toObject().value(u"inbound_assistant_id");
        if (inbound.isString()) {
            ++routed;
            QVERIFY(assistants.contains(inbound.toString()));
        }
    }
    QCOMPARE(routed, 2);
}

void TestSandboxPhoneNumbers::authStatus_data()
{
    QTest::addColumn<QByteArray>("authorization"); // empty: none sent
    QTest::addColumn<bool>("authenticated");
    QTest::newRow("the key") << QByteArray("Bearer sandbox") << true;
    QTest::newRow("another key") << QByteArray("Bearer wrong") << false;
    QTest::newRow("no key") << QByteArray() << false;
    QTest::newRow("not bearer") << QByteArray("Basic sandbox") << false;
}

void TestSandboxPhoneNumbers::authStatus()
{
    QFETCH(QByteArray, authorization);
    QFETCH(bool, authenticated);
    // Answered whatever the key: whether the key is good is its whole question.
    SandboxTestClient::Options options;
    options.authorize = false;
    if (!authorization.isEmpty())
        options.headers = {{"Authorization", authorization}};
    const auto result = m_client->get(u"/auth-status"_s, options);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json(), (QJsonObject{{u"authenticated"_s, authenticated}}));
    // Any other route answers that key with 401.
    if (!authenticated)
        QCOMPARE(m_client->get(u"/users/me"_s, options).status, 401);
    QCOMPARE(m_client->send("POST", u"/auth-status"_s, "{}").status, 405);
}

void TestSandboxPhoneNumbers::currentUser()
{
    const auto result = m_client->get(u"/users/me"_s);
    QCOMPARE(result.status, 200);
    const QJsonObject user = result.json().value(u"user").toObject();
    QCOMPARE(user, SandboxAccount::user());
    QCOMPARE(user.keys(), (QStringList{u"email"_s, u"first_name"_s, u"id"_s, u"last_name"_s}));
    QCOMPARE(m_client->send("DELETE", u"/users/me"_s).status, 405);
}

QTEST_GUILESS_MAIN(TestSandboxPhoneNumbers)
#include "TestSandboxPhoneNumbers.moc"
