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
    void inlineChange();
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

void TestValueText::inlineChange()
{
    // Short, or parting early: as inlineText writes each.
    const auto [ab, ac] = ValueText::inlineChange(QStringLiteral("ab"), QStringLiteral("ac"));
    QCOMPARE(ab, QStringLiteral("\"ab\""));
    QCOMPARE(ac, QStringLiteral("\"ac\""));
    const auto [number, none] = ValueText::inlineChange(600.0, QJsonValue(QJsonValue::Null));
    QCOMPARE(number, QStringLiteral("600"));
    QCOMPARE(none, QStringLiteral("(none)"));
    // Long texts that part far in: both from a little before the place.
    const QString start = QString(200, u'x') + QStringLiteral(" Arrive 10 minutes early");
    const auto [before, after] = ValueText::inlineChange(QString(start + QStringLiteral(".")),
                                                         QString(start + QStringLiteral(" and check in.")));
    QCOMPARE(before, QStringLiteral("\"…Arrive 10 minutes early.\""));
    QCOMPARE(after, QStringLiteral("\"…Arrive 10 minutes early and check in.\""));
    const auto [longBefore, longAfter]
        = ValueText::inlineChange(QString(start + QString(100, u'a')), QString(start + QString(100, u'b')));
    QCOMPARE(longBefore.size(), 82); // the quotes and up to 80 characters
    QVERIFY(longBefore.startsWith(QStringLiteral("\"…")) && longBefore.endsWith(QStringLiteral("…\"")));
    QVERIFY2(longAfter.contains(QStringLiteral("earlybbb")), qPrintable(longAfter));
}

QTEST_GUILESS_MAIN(TestValueText)
#include "TestValueText.moc"
