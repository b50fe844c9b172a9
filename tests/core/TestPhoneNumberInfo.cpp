// SPDX-License-Identifier: GPL-3.0-or-later
// PhoneNumberInfo and UserInfo read leniently; PhoneNumberUpdate sends only what is set, null to unroute.
#include "core/PhoneNumberInfo.h"
#include "core/PhoneNumberUpdate.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestPhoneNumberInfo : public QObject
{
    Q_OBJECT

private slots:
    void wholeNumber();
    void shapes_data();
    void shapes();
    void user();
    void update();
};

void TestPhoneNumberInfo::wholeNumber()
{
    const PhoneNumberInfo number = PhoneNumberInfo::fromJson(parse(R"({"id":"n1","phone_number":"+15125550142",
        "label":"Front desk","provider":"twilio","source":"purchased","type":"local","newer":true,
        "created_by":{"id":"u1","email":"ada@example.com","first_name":"Ada","last_name":"Lovelace"},
        "inbound_assistant_id":"a1","inbound_assistant":{"id":"a1","name":"Night line","prompt":"p"}})"));
    QCOMPARE(number.id, u"n1"_s);
    QCOMPARE(number.phoneNumber, u"+15125550142"_s);
    QCOMPARE(number.label, u"Front desk"_s);
    QCOMPARE(number.provider, u"twilio"_s);
    QCOMPARE(number.source, u"purchased"_s);
    QCOMPARE(number.type, u"local"_s);
    QCOMPARE(number.inboundAssistantId, u"a1"_s);
    QCOMPARE(number.inboundAssistantName, u"Night line"_s);
    QCOMPARE(number.createdBy.displayName(), u"Ada Lovelace"_s);
    QVERIFY(number.raw.contains(u"newer"));
}

void TestPhoneNumberInfo::shapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("assistant");
    QTest::addColumn<QString>("assistantName");
    QTest::newRow("wrapped, as PATCH answers") << QByteArray(R"({"phone_number":{"id":"n","phone_number":"+1"}})")
                                               << u"n"_s << u"+1"_s << QString() << QString();
    QTest::newRow("the number under \"number\"")
        << QByteArray(R"({"id":"n","number":"+2"})") << u"n"_s << u"+2"_s << QString() << QString();
    QTest::newRow("routed to no one") << QByteArray(
        R"({"id":"n","inbound_assistant_id":null,"inbound_assistant":null})")
                                      << u"n"_s << QString() << QString() << QString();
    QTest::newRow("only the embedded assistant")
        << QByteArray(R"({"id":"n","inbound_assistant":{"id":"a","name":"A"}})") << u"n"_s << QString() << u"a"_s
        << u"A"_s;
    QTest::newRow("an embedded assistant that is another")
        << QByteArray(R"({"id":"n","inbound_assistant_id":"b","inbound_assistant":{"id":"a","name":"A"}})") << u"n"_s
        << QString() << u"b"_s << QString();
    QTest::newRow("nothing") << QByteArray("{}") << QString() << QString() << QString() << QString();
    QTest::newRow("wrong types") << QByteArray(
        R"({"id":1,"phone_number":[],"inbound_assistant_id":7,"created_by":"x"})")
                                 << QString() << QString() << QString() << QString();
}

void TestPhoneNumberInfo::shapes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, id);
    QFETCH(QString, number);
    QFETCH(QString, assistant);
    QFETCH(QString, assistantName);
    const PhoneNumberInfo info = PhoneNumberInfo::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(info.id, id);
    QCOMPARE(info.phoneNumber, number);
    QCOMPARE(info.inboundAssistantId, assistant);
    QCOMPARE(info.inboundAssistantName, assistantName);
}

void TestPhoneNumberInfo::user()
{
    const UserInfo wrapped = UserInfo::fromJson(parse(R"({"user":{"id":"u","email":"e@example.com"}})"));
    QCOMPARE(wrapped.id, u"u"_s);
    QCOMPARE(wrapped.displayName(), u"e@example.com"_s); // no names: the address
    QVERIFY(!wrapped.isEmpty());
    QCOMPARE(UserInfo::fromJson(parse(R"({"first_name":"Ada"})")).displayName(), u"Ada"_s);
    QVERIFY(UserInfo::fromJson({}).isEmpty());
}

void TestPhoneNumberInfo::update()
{
    QCOMPARE(PhoneNumberUpdate().toJson(), QByteArray("{}"));
    PhoneNumberUpdate route;
    route.inboundAssistantId = u"a1"_s;
    QCOMPARE(route.toJson(), QByteArray(R"({"inbound_assistant_id":"a1"})"));
    PhoneNumberUpdate away;
    away.inboundAssistantId = QString();
    away.label = QString();
    QCOMPARE(away.toJson(), QByteArray(R"({"inbound_assistant_id":null,"label":""})"));
}

QTEST_GUILESS_MAIN(TestPhoneNumberInfo)
#include "TestPhoneNumberInfo.moc"
