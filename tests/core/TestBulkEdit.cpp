// SPDX-License-Identifier: GPL-3.0-or-later
// BulkEdit and its operations on one assistant: each row is a bulk edit (as its JSON, so fromJson is read on
// the way) and the exact PATCH it leads to. Untouched fields never travel; a field whose result means what it
// held keeps its own JSON. Then the problems each kind of bad input gets, naming the field and the rule.
#include "core/AssistantPatch.h"
#include "core/BulkEdit.h"
#include "core/TextFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace {

const char *const kAssistant
    = R"({"id": "asst_1", "organization_id": "org_1", "updated_at": "2025-01-02T00:00:00Z",)"
      R"( "name": "North clinic", "prompt": "You book visits for the North clinic. Open 9:30 to 17:00.",)"
      R"( "first_sentence": null, "max_call_duration_secs": 600.0,)"
      R"( "voice": {"id": "v1", "provider": "cartesia", "speed": 1.0},)"
      R"( "call_retry_config": {"max_retry_attempts": 3, "calling_windows": [)"
      R"(   {"calling_window_start_time": "09:00", "calling_window_end_time": "12:00", "retry_delay_seconds": 3600}]},)"
      R"( "custom_tools": [{"name": "book_slot", "description": "Books a slot.", "method": "POST",)"
      R"(   "url": "https://old.example.com/book", "headers": [{"key": "Authorization", "value": "Bearer s3cret"}]}],)"
      R"( "faq_items": [)"
      R"(   {"question": "Parking?", "answer": "Behind the building, 8:00-20:00.", "id": "f1", "source": "human",)"
      R"(    "needs_human_answer": false},)"
      R"(   {"question": "Open on Sunday?", "answer": "No.", "id": "f2", "source": "ai", "needs_human_answer": false}],)"
      R"( "stt_model": "nova-3"})";

QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test: %s in %s", qPrintable(error.errorString()), json.constData());
    return document.object();
}

Assistant assistant()
{
    return Assistant(object(kAssistant));
}

// The FAQ list as the PATCH carries it: read-only members gone.
QByteArray faqWith(const QByteArray &items)
{
    return R"({"faq_items": [{"question": "Parking?", "answer": "Behind the building, 8:00-20:00."},)"
           R"( {"question": "Open on Sunday?", "answer": "No."})"
        + items + "]}";
}

QByteArray toolsWith(const QByteArray &tools)
{
    return R"({"custom_tools": [{"name": "book_slot", "description": "Books a slot.", "method": "POST",)"
           R"( "url": "https://old.example.com/book", "headers": [{"key": "Authorization", "value": "Bearer s3cret"}]})"
        + tools + "]}";
}

} // namespace

class TestBulkEdit : public QObject
{
    Q_OBJECT

private slots:
    void patch_data();
    void patch();
    void untouchedFieldsKeepTheirJson();
    void problems_data();
    void problems();
    void textFieldsComeFromTheCatalogue();
    void jsonRoundTrip();
};

void TestBulkEdit::patch_data()
{
    QTest::addColumn<QByteArray>("edit");
    QTest::addColumn<QByteArray>("expected"); // the PATCH body

    const auto op = [](const char *json) -> QByteArray { return QByteArray(R"({"operations": [)") + json + "]}"; };

    // --- set a value ----------------------------------------------------------------------------
    QTest::newRow("set name") << op(R"({"kind": "setValue", "field": "name", "value": "South clinic"})")
                              << QByteArray(R"({"name": "South clinic"})");
    QTest::newRow("set an object") << op(R"({"kind": "setValue", "field": "voice",)"
                                         R"( "value": {"id": "v2", "provider": "elevenlabs", "speed": 1.1}})")
                                   << QByteArray(R"({"voice": {"id": "v2", "provider": "elevenlabs", "speed": 1.1}})");
    QTest::newRow("set what it holds: 600 is 600.0")
        << op(R"({"kind": "setValue", "field": "max_call_duration_secs", "value": 600})") << QByteArray("{}");
    QTest::newRow("set null where it is null")
        << op(R"({"kind": "setValue", "field": "first_sentence", "value": null})") << QByteArray("{}");
    QTest::newRow("set a list: read-only members never travel")
        << op(R"({"kind": "setValue", "field": "faq_items", "value": [)"
              R"({"question": "Q", "answer": "A", "id": "other", "source": "human", "needs_human_answer": true}]})")
        << QByteArray(R"({"faq_items": [{"question": "Q", "answer": "A"}]})");

    // --- find and replace ---------------------------------------------------------------------------
    QTest::newRow("replace plain, any case")
        << op(R"({"kind": "replaceText", "field": "prompt", "pattern": {"text": "north"}, "text": "South"})")
        << QByteArray(R"({"prompt": "You book visits for the South clinic. Open 9:30 to 17:00."})");
    QTest::newRow("replace plain, match case: no match")
        << op(R"({"kind": "replaceText", "field": "prompt", "pattern": {"text": "north", "caseSensitive": true},)"
              R"( "text": "South"})")
        << QByteArray("{}");
    QTest::newRow("replace whole words only")
        << op(R"({"kind": "replaceText", "field": "prompt", "pattern": {"text": "visit", "wholeWord": true},)"
              R"( "text": "call"})")
        << QByteArray("{}");
    QTest::newRow("replace regex with captures")
        << op(R"({"kind": "replaceText", "field": "prompt",)"
              R"J( "pattern": {"text": "(\\d{1,2}):(\\d{2})", "regex": true}, "text": "\\1h\\2"})J")
        << QByteArray(R"({"prompt": "You book visits for the North clinic. Open 9h30 to 17h00."})");
    QTest::newRow("replace in every FAQ answer, captures with $")
        << op(R"({"kind": "replaceText", "field": "faq_items[].answer",)"
              R"( "pattern": {"text": "(\\d+):00-(\\d+):00", "regex": true}, "text": "$1 am to $2 h"})")
        << QByteArray(R"({"faq_items": [{"question": "Parking?", "answer": "Behind the building, 8 am to 20 h."},)"
                      R"( {"question": "Open on Sunday?", "answer": "No."}]})");
    QTest::newRow("replace in a tool's URL")
        << op(R"({"kind": "replaceText", "field": "custom_tools[].url", "pattern": {"text": "old.example.com"},)"
              R"( "text": "new.example.com"})")
        << QByteArray(R"({"custom_tools": [{"name": "book_slot", "description": "Books a slot.", "method": "POST",)"
                      R"( "url": "https://new.example.com/book",)"
                      R"( "headers": [{"key": "Authorization", "value": "Bearer s3cret"}]}]})");
    // --- add at the start or the end ------------------------------------------------------------------
    QTest::newRow("prepend") << op(R"({"kind": "prependText", "field": "name", "text": "[Paris] "})")
                             << QByteArray(R"({"name": "[Paris] North clinic"})");
    QTest::newRow("append")
        << op(R"({"kind": "appendText", "field": "prompt", "text": " Be brief."})")
        << QByteArray(R"({"prompt": "You book visits for the North clinic. Open 9:30 to 17:00. Be brief."})");
    QTest::newRow("append to a null field: nothing to add to")
        << op(R"({"kind": "appendText", "field": "first_sentence", "text": "Hi"})") << QByteArray("{}");

    // --- lists --------------------------------------------------------------------------------------
    QTest::newRow("add an FAQ item") << op(R"({"kind": "addFaqItem", "text": "Wheelchair access?", "value": "Yes."})")
                                     << faqWith(R"(, {"question": "Wheelchair access?", "answer": "Yes."})");
    QTest::newRow("add an FAQ item it already has")
        << op(R"({"kind": "addFaqItem", "text": "Parking?", "value": "No."})") << QByteArray("{}");
    QTest::newRow("remove matching FAQ items")
        << op(R"({"kind": "removeItems", "field": "faq_items[].question",)"
              R"( "pattern": {"text": "^open", "regex": true}})")
        << QByteArray(R"({"faq_items": [{"question": "Parking?", "answer": "Behind the building, 8:00-20:00."}]})");
    QTest::newRow("remove a tool by name")
        << op(R"({"kind": "removeItems", "field": "custom_tools[].name", "pattern": {"text": "book_slot"}})")
        << QByteArray(R"({"custom_tools": []})");
    QTest::newRow("add a tool") << op(
        R"({"kind": "putCustomTool", "value": {"name": "cancel", "description": "Cancels.", "method": "DELETE",)"
        R"( "url": "https://api.example.com/cancel"}})")
                                << toolsWith(R"(, {"name": "cancel", "description": "Cancels.", "method": "DELETE",)"
                                             R"( "url": "https://api.example.com/cancel"})");
    QTest::newRow("replace a tool by name")
        << op(R"({"kind": "putCustomTool", "value": {"name": "book_slot", "description": "Books.", "method": "POST",)"
              R"( "url": "https://new.example.com/book"}})")
        << QByteArray(R"({"custom_tools": [{"name": "book_slot", "description": "Books.", "method": "POST",)"
                      R"( "url": "https://new.example.com/book"}]})");
    QTest::newRow("add a calling window")
        << op(R"({"kind": "addCallingWindow", "value": {"calling_window_start_time": "14:00",)"
              R"( "calling_window_end_time": "18:00", "retry_delay_seconds": 600}})")
        << QByteArray(
               R"({"call_retry_config": {"max_retry_attempts": 3, "calling_windows": [)"
               R"({"calling_window_start_time": "09:00", "calling_window_end_time": "12:00", "retry_delay_seconds": 3600},)"
               R"({"calling_window_start_time": "14:00", "calling_window_end_time": "18:00", "retry_delay_seconds": 600}]}})");
    QTest::newRow("add a window it has, written otherwise")
        << op(R"({"kind": "addCallingWindow", "value": {"calling_window_start_time": "9am",)"
              R"( "calling_window_end_time": "12:00", "retry_delay_seconds": 60}})")
        << QByteArray("{}");
    QTest::newRow("replace a calling window")
        << op(R"({"kind": "replaceCallingWindow", "start": "9:00", "end": "12pm", "value": {)"
              R"("calling_window_start_time": "08:00", "calling_window_end_time": "11:00", "retry_delay_seconds": 900}})")
        << QByteArray(
               R"({"call_retry_config": {"max_retry_attempts": 3, "calling_windows": [)"
               R"({"calling_window_start_time": "08:00", "calling_window_end_time": "11:00", "retry_delay_seconds": 900}]}})");
    QTest::newRow("remove a calling window")
        << op(R"({"kind": "removeCallingWindow", "start": "09:00", "end": "12:00"})")
        << QByteArray(R"({"call_retry_config": {"max_retry_attempts": 3, "calling_windows": []}})");
    QTest::newRow("remove a window it does not have")
        << op(R"({"kind": "removeCallingWindow", "start": "13:00", "end": "14:00"})") << QByteArray("{}");

    // --- several, in order ----------------------------------------------------------------------------
    QTest::newRow("operations apply in order") << op(
        R"({"kind": "replaceText", "field": "name", "pattern": {"text": "North"}, "text": "South"},)"
        R"J({"kind": "appendText", "field": "name", "text": " (new)"},)J"
        R"J({"kind": "replaceText", "field": "name", "pattern": {"text": "South clinic (new)"}, "text": "North clinic"})J")
                                               << QByteArray("{}");
}

void TestBulkEdit::patch()
{
    QFETCH(QByteArray, edit);
    QFETCH(QByteArray, expected);
    QString error;
    const std::optional<BulkEdit> bulk = BulkEdit::fromJson(object(edit), &error);
    QVERIFY2(bulk, qPrintable(error));
    QVERIFY2(bulk->problems().isEmpty(), qPrintable(bulk->problems().join(u'\n')));
    const Assistant before = assistant();
    const Assistant after = bulk->appliedTo(before);
    QCOMPARE(AssistantPatch::between(before, after).body(), object(expected));
    // Keys no operation works on are the assistant's own, unknown ones included.
    for (const QString &key : before.json().keys()) {
        if (!bulk->touchedKeys().contains(key))
            QCOMPARE(after.value(key), before.value(key));
    }
}

void TestBulkEdit::untouchedFieldsKeepTheirJson()
{
    // 600.0 set to 600 and a prompt replaced and put back: the assistant's own JSON, byte for byte.
    const BulkEdit edit({
        BulkOperation::setValue(QStringLiteral("max_call_duration_secs"), 600),
        BulkOperation::appendText(QStringLiteral("prompt"), QStringLiteral("!")),
        BulkOperation::replaceText(QStringLiteral("prompt"), TextPattern(QStringLiteral("!$"), {.regex = true}),
                                   QString()),
    });
    const Assistant before = assistant();
    QCOMPARE(edit.appliedTo(before), before);
    QCOMPARE(edit.touchedKeys(), (QStringList{QStringLiteral("max_call_duration_secs"), QStringLiteral("prompt")}));
}

void TestBulkEdit::problems_data()
{
    QTest::addColumn<QByteArray>("operation");
    QTest::addColumn<QString>("words"); // a regular expression the problem must match

    QTest::newRow("invalid regex") << QByteArray(R"({"kind": "replaceText", "field": "prompt",)"
                                                 R"( "pattern": {"text": "(unclosed", "regex": true}, "text": ""})")
                                   << "^Prompt: The regular expression is not valid";
    QTest::newRow("nothing to find") << QByteArray(R"({"kind": "replaceText", "field": "prompt",)"
                                                   R"( "pattern": {"text": ""}, "text": "x"})")
                                     << "^Prompt: Type the text to find";
    QTest::newRow("replacement names a missing group")
        << QByteArray(R"J({"kind": "replaceText", "field": "name", "pattern": {"text": "(a)", "regex": true},)J"
                      R"( "text": "$2"})")
        << "^Name: The replacement refers to group 2";
    QTest::newRow("replace in a field that is not text")
        << QByteArray(R"({"kind": "replaceText", "field": "voice.provider", "pattern": {"text": "a"}, "text": "b"})")
        << "^Voice provider: is not a text field";
    QTest::newRow("a secret is not a text")
        << QByteArray(R"({"kind": "replaceText", "field": "custom_tools[].headers[].value",)"
                      R"( "pattern": {"text": "s3cret"}, "text": "x"})")
        << "^Header value: is not a text field";
    QTest::newRow("nothing to append") << QByteArray(R"({"kind": "appendText", "field": "prompt", "text": ""})")
                                       << "^Prompt: type the text to add";
    QTest::newRow("a value breaking a rule")
        << QByteArray(R"({"kind": "setValue", "field": "voice", "value": {"id": "v", "provider": "cartesia",)"
                      R"( "speed": 3}})")
        << "Voice speed.*1\\.5";
    QTest::newRow("an empty name") << QByteArray(R"({"kind": "setValue", "field": "name", "value": ""})") << "^Name";
    QTest::newRow("a read-only field") << QByteArray(R"({"kind": "setValue", "field": "id", "value": "x"})")
                                       << "^ID: is set by Revox";
    QTest::newRow("an unknown field") << QByteArray(R"({"kind": "setValue", "field": "colour", "value": "red"})")
                                      << "“colour” is not a field";
    QTest::newRow("an FAQ item without a question")
        << QByteArray(R"({"kind": "addFaqItem", "text": "", "value": "Yes."})") << "^FAQ question";
    QTest::newRow("remove items by a field outside a list")
        << QByteArray(R"({"kind": "removeItems", "field": "prompt", "pattern": {"text": "a"}})")
        << "^Prompt: is not a text of a list item";
    QTest::newRow("a tool with a bad URL")
        << QByteArray(R"({"kind": "putCustomTool", "value": {"name": "t", "description": "d", "method": "GET",)"
                      R"( "url": "ftp://x"}})")
        << "Tool URL";
    QTest::newRow("a window that ends before it starts")
        << QByteArray(R"({"kind": "addCallingWindow", "value": {"calling_window_start_time": "18:00",)"
                      R"( "calling_window_end_time": "09:00", "retry_delay_seconds": 60}})")
        << "Window";
    QTest::newRow("a time that is no time")
        << QByteArray(R"({"kind": "removeCallingWindow", "start": "25:00", "end": "26:00"})") << "^Window start";
}

void TestBulkEdit::problems()
{
    QFETCH(QByteArray, operation);
    QFETCH(QString, words);
    QString error;
    const std::optional<BulkOperation> parsed = BulkOperation::fromJson(object(operation), &error);
    QVERIFY2(parsed, qPrintable(error));
    const QString problem = parsed->problem();
    QVERIFY2(QRegularExpression(words).match(problem).hasMatch(), qPrintable(problem));
    QCOMPARE(BulkEdit({*parsed}).problems(), QStringList{problem});
}

void TestBulkEdit::textFieldsComeFromTheCatalogue()
{
    const QStringList &texts = TextFields::all();
    for (const char *path : {"name", "prompt", "first_sentence", "webhook_url", "faq_items[].question",
                             "faq_items[].answer", "custom_tools[].description", "custom_tools[].url",
                             "custom_tools[].input_schema[].description", "call_retry_config.timezone"})
        QVERIFY2(texts.contains(QLatin1String(path)), path);
    for (const char *path : {"id", "updated_at", "voice.provider", "faq_items[].id", "custom_tools[].headers[].value",
                             "custom_tools[].query_params[].value", "max_call_duration_secs", "faq_items"})
        QVERIFY2(!texts.contains(QLatin1String(path)), path);
    QCOMPARE(TextFields::under(QStringLiteral("faq_items")),
             (QStringList{QStringLiteral("faq_items[].question"), QStringLiteral("faq_items[].answer")}));
    QCOMPARE(TextFields::under(QStringLiteral("prompt")), QStringList{QStringLiteral("prompt")});
    QVERIFY(TextFields::under(QStringLiteral("voice")).contains(QStringLiteral("voice.id")));
}

void TestBulkEdit::jsonRoundTrip()
{
    const BulkEdit edit({
        BulkOperation::setValue(QStringLiteral("name"), QStringLiteral("A")),
        BulkOperation::replaceText(QStringLiteral("prompt"), TextPattern(QStringLiteral("a+"), {.regex = true}),
                                   QStringLiteral("b")),
        BulkOperation::prependText(QStringLiteral("prompt"), QStringLiteral("> ")),
        BulkOperation::appendText(QStringLiteral("prompt"), QStringLiteral(" <")),
        BulkOperation::addFaqItem(QStringLiteral("Q?"), QStringLiteral("A.")),
        BulkOperation::removeItems(QStringLiteral("faq_items[].answer"), TextPattern(QStringLiteral("x"), {})),
        BulkOperation::putCustomTool(QJsonObject{{QStringLiteral("name"), QStringLiteral("t")}}),
        BulkOperation::addCallingWindow(
            QJsonObject{{QStringLiteral("calling_window_start_time"), QStringLiteral("9:00")}}),
        BulkOperation::replaceCallingWindow(QStringLiteral("9:00"), QStringLiteral("10:00"), QJsonObject()),
        BulkOperation::removeCallingWindow(QStringLiteral("9:00"), QStringLiteral("10:00")),
    });
    const std::optional<BulkEdit> back = BulkEdit::fromJson(edit.toJson());
    QVERIFY(back);
    QCOMPARE(*back, edit);
    QCOMPARE(back->descriptions().size(), edit.operations().size());
    QString error;
    QVERIFY(!BulkEdit::fromJson(object(R"({"operations": [{"kind": "paint"}]})"), &error));
    QVERIFY2(error.contains(QStringLiteral("paint")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestBulkEdit)
#include "TestBulkEdit.moc"
