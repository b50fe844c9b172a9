// SPDX-License-Identifier: GPL-3.0-or-later
// The list decoder reads GET /assistants one item at a time (JsonListSplitter) instead of parsing the
// whole body into one tree. Whatever the body, it must come to the same verdict and the same items as
// Qt's parser on the whole body; and for the bodies servers really send it must take the fast way.
#include "core/AssistantJson.h"
#include "core/JsonListSplitter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestJsonListSplitter : public QObject
{
    Q_OBJECT
private slots:
    void agreesWithQtsParser_data();
    void agreesWithQtsParser();
    void itemsAreTheirOwnBytes();
    void nestingBeyondTheLimitTakesTheSlowWay();
    void reportsWhatIsWrong_data();
    void reportsWhatIsWrong();
    void longListsKeepTheirOrder();
    void aBadItemInAnyPartFailsTheList_data();
    void aBadItemInAnyPartFailsTheList();
};

namespace {

// A list long enough to be summarised in parts on several threads.
QByteArray longList(int count, int badItem = -1)
{
    QByteArray body = R"({"assistants":[)";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            body += ',';
        body += i == badItem ? QByteArray(R"({"id":"x", "name":tru})")
                             : QStringLiteral(R"({"id":"id-%1","name":"Agent %1"})").arg(i).toUtf8();
    }
    return body + "]}";
}

} // namespace

void TestJsonListSplitter::agreesWithQtsParser_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("splitItems"); // what split() finds; -1: it declines, the slow way decides

    // Plain shapes: split() handles them.
    QTest::newRow("empty list") << QByteArray(R"({"assistants":[]})") << 0;
    QTest::newRow("empty list, spaces") << QByteArray(" {\n \"assistants\" : [ \t] \r\n} \n") << 0;
    QTest::newRow("one") << QByteArray(R"({"assistants":[{"id":"a"}]})") << 1;
    QTest::newRow("two, compact") << QByteArray(R"({"assistants":[{"id":"a"},{"id":"b","name":"x"}]})") << 2;
    QTest::newRow("pretty printed") << QByteArray("{\n  \"assistants\": [\n    {\n      \"id\": \"a\"\n    },\n"
                                                  "    {\n      \"id\": \"b\"\n    }\n  ]\n}\n")
                                    << 2;
    QTest::newRow("escaped quote in a string")
        << QByteArray(R"({"assistants":[{"id":"a","prompt":"say \"hi\" ]} now"},{"id":"b"}]})") << 2;
    QTest::newRow("escaped backslash before the closing quote")
        << QByteArray(R"({"assistants":[{"id":"a\\"},{"id":"b\\\\","p":"\\\"x"}]})") << 2;
    QTest::newRow("brackets inside strings") << QByteArray(R"({"assistants":[{"id":"{[","x":"]}]}"}]})") << 1;
    QTest::newRow("nested objects and arrays")
        << QByteArray(R"({"assistants":[{"id":"a","faq_items":[{"q":[1,[2,{"x":{}}]]}],"voice":{"id":"v"}}]})") << 1;
    QTest::newRow("other members around") << QByteArray(R"({"total":2,"assistants":[{"id":"a"}],"next":null,)"
                                                        R"("meta":{"x":[1,"]"]}})")
                                          << 1;
    QTest::newRow("unicode and escapes") << QByteArray(R"({"assistants":[{"id":"é","p":"\u00e9\n\t\/"}]})") << 1;
    QTest::newRow("numbers and literals")
        << QByteArray(R"({"assistants":[{"a":-1.5e3,"b":true,"c":false,"d":null,"e":9007199254740993}]})") << 1;

    // Valid but unusual: split() declines, the whole body is parsed, the result is the same.
    QTest::newRow("no list key") << QByteArray(R"({"items":[]})") << -1;
    QTest::newRow("empty object") << QByteArray("{}") << -1;
    QTest::newRow("list key escaped") << QByteArray(R"({"assist\u0061nts":[{"id":"a"}]})") << -1;
    QTest::newRow("list key twice") << QByteArray(R"({"assistants":[{"id":"a"}],"assistants":[{"id":"b"}]})") << -1;
    QTest::newRow("escaped key beside the list")
        << QByteArray(R"({"assistants":[{"id":"a"}],"assist\u0061nts":[{"id":"b"}]})") << -1;
    QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF{\"assistants\":[{\"id\":\"a\"}]}") << -1;
    QTest::newRow("list is an object") << QByteArray(R"({"assistants":{"id":"a"}})") << -1;
    QTest::newRow("list is null") << QByteArray(R"({"assistants":null})") << -1;
    QTest::newRow("an item is a number") << QByteArray(R"({"assistants":[{"id":"a"},3]})") << -1;
    QTest::newRow("an item is an array") << QByteArray(R"({"assistants":[[{"id":"a"}]]})") << -1;
    QTest::newRow("top level is an array") << QByteArray(R"([{"id":"a"}])") << -1;

    // Invalid: split() declines (or finds items Qt's parser then rejects), the verdict is Qt's.
    QTest::newRow("not JSON") << QByteArray("<html>502</html>") << -1;
    QTest::newRow("empty body") << QByteArray() << -1;
    QTest::newRow("missing comma between items") << QByteArray(R"({"assistants":[{"id":"a"} {"id":"b"}]})") << -1;
    QTest::newRow("trailing comma in the list") << QByteArray(R"({"assistants":[{"id":"a"},]})") << -1;
    QTest::newRow("trailing comma in the object") << QByteArray(R"({"assistants":[],})") << -1;
    QTest::newRow("garbage after") << QByteArray(R"({"assistants":[]} x)") << -1;
    QTest::newRow("second document after") << QByteArray(R"({"assistants":[]}{})") << -1;
    QTest::newRow("truncated in a string") << QByteArray(R"({"assistants":[{"id":"a)") << -1;
    QTest::newRow("truncated after an item") << QByteArray(R"({"assistants":[{"id":"a"})") << -1;
    QTest::newRow("unbalanced brackets in an item") << QByteArray(R"({"assistants":[{"id":"a","x":[}]}]})") << -1;
    QTest::newRow("invalid scalar in an item") << QByteArray(R"({"assistants":[{"id":tru}]})") << 1;
    QTest::newRow("invalid escape in an item") << QByteArray(R"({"assistants":[{"id":"\x"}]})") << 1;
    QTest::newRow("raw control character in an item") << QByteArray("{\"assistants\":[{\"id\":\"a\x01\"}]}") << 1;
    QTest::newRow("invalid UTF-8 in an item") << QByteArray("{\"assistants\":[{\"id\":\"\xC3\x28\"}]}") << 1;
    QTest::newRow("invalid other member") << QByteArray(R"({"next":tru,"assistants":[{"id":"a"}]})") << -1;
    QTest::newRow("invalid other member after") << QByteArray(R"({"assistants":[{"id":"a"}],"next":[1,}]})") << -1;
    QTest::newRow("missing colon") << QByteArray(R"({"assistants" [{"id":"a"}]})") << -1;
}

void TestJsonListSplitter::agreesWithQtsParser()
{
    QFETCH(QByteArray, body);
    QFETCH(int, splitItems);

    const std::optional<QList<QByteArrayView>> split = JsonListSplitter(body, "assistants").split();
    QCOMPARE(split ? int(split->size()) : -1, splitItems);

    QString error;
    const std::optional<QList<AssistantSummary>> list = AssistantJson::decodeAssistantList(body, &error);
    QString listedError;
    const std::optional<QList<ListedAssistant>> listed
        = AssistantJson::decodeListedAssistants(body, ListedAssistant::Form::Parsed, &listedError);
    const QJsonDocument whole = QJsonDocument::fromJson(body);
    const QJsonValue reference = whole.object().value(u"assistants");
    bool accepted = whole.isObject() && reference.isArray();
    for (const QJsonValue &item : reference.toArray())
        accepted = accepted && item.isObject();
    QCOMPARE(bool(list), accepted);
    QCOMPARE(bool(listed), accepted);
    if (!list) {
        QVERIFY(!error.isEmpty());
        QCOMPARE(listedError, error);
        return;
    }
    QCOMPARE(list->size(), reference.toArray().size());
    QCOMPARE(listed->size(), reference.toArray().size());
    for (qsizetype i = 0; i < list->size(); ++i) {
        QCOMPARE(list->at(i).assistant().json(), reference.toArray().at(i).toObject());
        QCOMPARE(list->at(i).id(), reference.toArray().at(i).toObject().value(u"id").toString());
        // Parsed whole once, and the bytes beside it are the same item's.
        QCOMPARE(listed->at(i).assistant().json(), reference.toArray().at(i).toObject());
        QCOMPARE(listed->at(i).json(), list->at(i).json());
    }
}

void TestJsonListSplitter::itemsAreTheirOwnBytes()
{
    // Each summary keeps its item exactly as received, not the whole body and not a re-encoding.
    QByteArray body = R"({"assistants":[ {"id": "a", "x": [1, 2]} ,{"id":"b"}]})";
    const std::optional<QList<AssistantSummary>> list = AssistantJson::decodeAssistantList(body);
    QVERIFY(list);
    QCOMPARE(list->at(0).json(), QByteArray(R"({"id": "a", "x": [1, 2]})"));
    QCOMPARE(list->at(1).json(), QByteArray(R"({"id":"b"})"));
    const std::optional<QList<ListedAssistant>> listed
        = AssistantJson::decodeListedAssistants(body, ListedAssistant::Form::Bytes);
    QVERIFY(listed);
    QCOMPARE(listed->at(0).json(), QByteArray(R"({"id": "a", "x": [1, 2]})"));
    QCOMPARE(listed->at(1).json(), QByteArray(R"({"id":"b"})"));
    body.fill('x'); // the summaries hold copies, not views into the body
    QCOMPARE(list->at(0).assistant().id(), QStringLiteral("a"));
    QCOMPARE(list->at(1).assistant().id(), QStringLiteral("b"));
    QCOMPARE(listed->at(0).json(), QByteArray(R"({"id": "a", "x": [1, 2]})"));
    QCOMPARE(listed->at(1).assistant().id(), QStringLiteral("b"));
}

void TestJsonListSplitter::nestingBeyondTheLimitTakesTheSlowWay()
{
    const auto nested = [](int depth) -> QByteArray {
        QByteArray item = "{\"id\":\"a\",\"x\":";
        item += QByteArray(depth - 1, '[') + QByteArray(depth - 1, ']') + '}';
        return "{\"assistants\":[" + item + "]}";
    };
    const QByteArray atLimit = nested(JsonListSplitter::kMaxItemDepth);
    QVERIFY(JsonListSplitter(atLimit, "assistants").split());
    const QByteArray beyond = nested(JsonListSplitter::kMaxItemDepth + 1);
    QVERIFY(!JsonListSplitter(beyond, "assistants").split());
    QCOMPARE(AssistantJson::decodeAssistantList(beyond)->size(), 1); // still read, the ordinary way
    // Deeper than Qt's parser goes: refused, as the whole-body parse refuses it.
    QString error;
    QVERIFY(!AssistantJson::decodeAssistantList(nested(2000), &error));
    QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
}

void TestJsonListSplitter::reportsWhatIsWrong_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax") << QByteArray(R"({"assistants":[{"id":"a"} {"id":"b"}]})")
                            << QStringLiteral("The response is not valid JSON");
    QTest::newRow("bad item") << QByteArray(R"({"assistants":[{"id":tru}]})")
                              << QStringLiteral("The response is not valid JSON");
    QTest::newRow("no list") << QByteArray(R"({"items":[]})")
                             << QStringLiteral("The response has no \"assistants\" list.");
    QTest::newRow("not an object") << QByteArray(R"({"assistants":[{"id":"a"},3]})")
                                   << QStringLiteral("Item 1 of \"assistants\" is not an object.");
}

void TestJsonListSplitter::reportsWhatIsWrong()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!AssistantJson::decodeAssistantList(body, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void TestJsonListSplitter::longListsKeepTheirOrder()
{
    for (const int count : {31, 32, 33, 64, 65, 1000, 2049}) {
        const std::optional<QList<AssistantSummary>> list = AssistantJson::decodeAssistantList(longList(count));
        const std::optional<QList<ListedAssistant>> listed
            = AssistantJson::decodeListedAssistants(longList(count), ListedAssistant::Form::Parsed);
        QVERIFY(list && listed);
        QCOMPARE(list->size(), count);
        QCOMPARE(listed->size(), count);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(list->at(i).id(), QStringLiteral("id-%1").arg(i));
            QCOMPARE(listed->at(i).assistant().id(), QStringLiteral("id-%1").arg(i));
        }
    }
}

void TestJsonListSplitter::aBadItemInAnyPartFailsTheList_data()
{
    QTest::addColumn<int>("badItem");
    for (const int item : {0, 1, 499, 500, 501, 998, 999})
        QTest::addRow("item %d of 1000", item) << item;
}

void TestJsonListSplitter::aBadItemInAnyPartFailsTheList()
{
    QFETCH(int, badItem);
    QString error;
    QVERIFY(!AssistantJson::decodeAssistantList(longList(1000, badItem), &error));
    QVERIFY2(error.startsWith(QStringLiteral("The response is not valid JSON")), qPrintable(error));
    error.clear();
    QVERIFY(!AssistantJson::decodeListedAssistants(longList(1000, badItem), ListedAssistant::Form::Bytes, &error));
    QVERIFY2(error.startsWith(QStringLiteral("The response is not valid JSON")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestJsonListSplitter)
#include "TestJsonListSplitter.moc"
