// SPDX-License-Identifier: GPL-3.0-or-later
// One wording for values shown to people: absent and null read differently, everywhere.
#include "core/ValueText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestValueText : public QObject
{
    Q_OBJECT
private slots:
    void inlineText_data();
    void inlineText();
    void blockText();
};

void TestValueText::inlineText_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("(absent)");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QStringLiteral("(none)");
    QTest::newRow("true") << QJsonValue(true) << QStringLiteral("yes");
    QTest::newRow("false") << QJsonValue(false) << QStringLiteral("no");
    QTest::newRow("whole number") << QJsonValue(600.0) << QStringLiteral("600");
    QTest::newRow("int53") << QJsonValue(9007199254740991.0) << QStringLiteral("9007199254740991");
    QTest::newRow("fraction") << QJsonValue(1.05) << QStringLiteral("1.05");
    QTest::newRow("string") << QJsonValue(QStringLiteral("a\nb")) << QStringLiteral("\"a b\"");
    QTest::newRow("long string") << QJsonValue(QString(100, u'x'))
                                 << QStringLiteral("\"%1\"").arg(QString(79, u'x') + QChar(0x2026));
    QTest::newRow("strings") << QJsonValue(QJsonArray{QStringLiteral("monday"), QStringLiteral("friday")})
                             << QStringLiteral("[monday, friday]");
    QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("id"), 1}}) << QStringLiteral(R"({"id":1})");
}

void TestValueText::inlineText()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    QCOMPARE(ValueText::inlineText(value), text);
}

void TestValueText::blockText()
{
    QCOMPARE(ValueText::blockText(QJsonValue(QJsonValue::Undefined)), ValueText::absent());
    QCOMPARE(ValueText::blockText(QJsonValue(QJsonValue::Null)), ValueText::none());
    QVERIFY(ValueText::absent() != ValueText::none());
    QCOMPARE(ValueText::blockText(QStringLiteral("a\nb")), QStringLiteral("a\nb")); // whole, as written
    QCOMPARE(ValueText::blockText(QJsonObject{{QStringLiteral("id"), 1}}), QStringLiteral("{\n    \"id\": 1\n}"));
}

QTEST_GUILESS_MAIN(TestValueText)
#include "TestValueText.moc"
