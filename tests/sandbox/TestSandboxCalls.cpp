// SPDX-License-Identifier: GPL-3.0-or-later
// Simulated calls: the timeline and script of one call (SandboxCall, SandboxCallScript, pure functions of
// time), and the routes (POST /call, GET /call/{id}, GET /call, POST /call/{id}/cancel) over HTTP.
#include "SandboxTestClient.h"

#include "sandbox/SandboxAssistants.h"
#include "sandbox/SandboxCall.h"
#include "sandbox/SandboxCallScript.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace std::chrono;
using namespace Qt::StringLiterals;

namespace {

const QString kFirstSampleId = u"0ac7a593-f056-5dc5-a762-3d80b7d98152"_s; // Brightsmile Dental, static opening

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject faqItem(const QString &question, const QString &answer)
{
    return {{u"question"_s, question}, {u"answer"_s, answer}};
}

// A small assistant with each part the script draws on.
QJsonObject assistant(const QString &mode)
{
    return {{u"id"_s, u"a1"_s},
            {u"name"_s, u"Night line"_s},
            {u"prompt"_s, u"Answer after hours."_s},
            {u"first_sentence_mode"_s, mode},
            {u"first_sentence"_s, u"Good evening {{first_name}}, this is the night line."_s},
            {u"end_of_call_sentence"_s, u"Sleep well, {{first_name}}."_s},
            {u"faq_items"_s,
             QJsonArray{faqItem(u"Unanswered?"_s, QString()), faqItem(u"Are you open?"_s, u"Until {{closing}}."_s)}},
            {u"custom_tools"_s,
             QJsonArray{QJsonObject{
                 {u"name"_s, u"book_slot"_s},
                 {u"description"_s, u"Books a table."_s},
                 {u"method"_s, u"POST"_s},
                 {u"url"_s, u"https://example.com/book"_s},
                 {u"input_schema"_s,
                  QJsonArray{QJsonObject{{u"name"_s, u"day"_s}, {u"type"_s, u"date"_s}, {u"required"_s, true}},
                             QJsonObject{{u"name"_s, u"seats"_s}, {u"type"_s, u"number"_s}, {u"required"_s, true}}}}}}},
            {u"structured_output_config"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"interested"_s}, {u"type"_s, u"boolean"_s}, {u"required"_s, true}},
                        QJsonObject{{u"name"_s, u"tier"_s},
                                    {u"type"_s, u"enum"_s},
                                    {u"required"_s, false},
                                    {u"enum_options"_s, QJsonArray{u"gold"_s, u"silver"_s}}},
                        QJsonObject{{u"name"_s, u"note"_s}, {u"type"_s, u"string"_s}, {u"required"_s, false}}}}};
}

QStringList roles(const QJsonArray &transcript)
{
    QStringList list;
    for (const QJsonValue &entry : transcript)
        list.append(entry.toObject().value(u"role").toString());
    return list;
}

QString contentAt(const QJsonArray &transcript, qsizetype index)
{
    return transcript.at(index).toObject().value(u"content").toString();
}

} // namespace

class TestSandboxCalls : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // --- one call, as a function of time ---
    void timeline();
    void scheduledCallWaits();
    void cancelledCallStops_data();
    void cancelledCallStops();
    void openingByFirstSentenceMode_data();
    void openingByFirstSentenceMode();
    void scriptUsesFaqToolAndEnd();
    void structuredOutputFromConfig();

    // --- the routes ---
    void placeIsChecked_data();
    void placeIsChecked();
    void savedAssistantRunsToTheEnd();
    void inlineDraftIsNotSaved();
    void listPagesAndStatuses();
    void cancel();
    void faultsApply();
    void callsSurviveRestart();
    void wrongMethodsAndPaths_data();
    void wrongMethodsAndPaths();

private:
    SandboxTestClient::Result place(const QJsonObject &body);
    QJsonObject getCall(const QString &id);
    // GET of a path with a query ("/call?page=2"): the client takes a whole URL for those.
    SandboxTestClient::Result getWithQuery(const QString &pathAndQuery);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxCalls::init()
{
    m_server = std::make_unique<SandboxServer>();
    QString error;
    SandboxServer::Options options;
    options.callSeconds = 0.3; // short: the tests that follow a call to its end wait for it
    QVERIFY2(m_server->start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), m_server->apiKey());
}

void TestSandboxCalls::cleanup()
{
    m_client.reset();
    m_server.reset();
}

SandboxTestClient::Result TestSandboxCalls::place(const QJsonObject &body)
{
    return m_client->send("POST", u"/call"_s, compact(body));
}

SandboxTestClient::Result TestSandboxCalls::getWithQuery(const QString &pathAndQuery)
{
    return m_client->get(m_server->baseUrl().toString() + pathAndQuery);
}

QJsonObject TestSandboxCalls::getCall(const QString &id)
{
    const auto result = m_client->get(u"/call/"_s + id);
    if (result.status != 200)
        qWarning() << "GET /call answered" << result.status << result.body;
    return result.json().value(u"call").toObject();
}

void TestSandboxCalls::timeline()
{
    const QDateTime start = QDateTime::fromString(u"2025-03-04T09:00:00.000Z"_s, Qt::ISODateWithMs);
    const QJsonObject request{{u"phone_number"_s, u"+14155550123"_s}};
    const SandboxCall call = SandboxCall::place(request, assistant(u"static"_s), start, 10s);
    const qsizetype lines = call.stored().value(u"transcript").toArray().size();
    QVERIFY(lines >= 8);

    struct Moment
    {
        int ms;
        const char *status;
        const char *attempt; // "" when there is none yet
    };
    const Moment moments[]
        = {{0, "initializing", ""},           {999, "initializing", ""},        {1000, "queued_for_calling", "queued"},
           {2500, "calling", "ringing"},      {3000, "calling", "ongoing"},     {9999, "calling", "ongoing"},
           {10000, "completed", "completed"}, {60000, "completed", "completed"}};
    qsizetype said = 0;
    for (const Moment &moment : moments) {
        const QJsonObject view = call.viewAt(start.addMSecs(moment.ms));
        const QString where = QString::number(moment.ms);
        QCOMPARE(view.value(u"status").toString(), QLatin1String(moment.status));
        QCOMPARE(view.value(u"id").toString(), call.id());
        const QJsonArray attempts = view.value(u"call_attempts").toArray();
        if (*moment.attempt == '\0') {
            QVERIFY2(attempts.isEmpty() && view.value(u"last_call_attempt").isNull(), qPrintable(where));
        } else {
            QCOMPARE(attempts.size(), 1);
            QCOMPARE(attempts.first().toObject().value(u"status").toString(), QLatin1String(moment.attempt));
            QCOMPARE(view.value(u"last_call_attempt"), attempts.first());
            QCOMPARE(view.value(u"calls_count").toInt(), 1);
        }
        // The transcript only grows, and is whole at the end.
        const QJsonArray transcript = view.value(u"transcript").toArray();
        QVERIFY2(transcript.size() >= said, qPrintable(where));
        said = transcript.size();
        for (qsizetype i = 0; i < transcript.size(); ++i)
            QCOMPARE(transcript.at(i), call.stored().value(u"transcript").toArray().at(i));
    }
    QCOMPARE(said, lines);
    // Answered at 3 s: the first line is said then; halfway through, part of it.
    QCOMPARE(call.viewAt(start.addMSecs(3000)).value(u"transcript").toArray().size(), 1);
    const qsizetype halfway = call.viewAt(start.addMSecs(6500)).value(u"transcript").toArray().size();
    QVERIFY2(halfway > 1 && halfway < lines, qPrintable(QString::number(halfway)));

    // Only at the end: outcome, duration, result, structured output; who ended it and how.
    const QJsonObject ongoing = call.viewAt(start.addMSecs(5000));
    for (const char *key : {"outcome", "duration", "result", "structured_output"})
        QVERIFY2(ongoing.value(QLatin1String(key)).isNull(), key);
    const QJsonObject done = call.viewAt(start.addMSecs(10000));
    QCOMPARE(done.value(u"outcome").toString(), u"completed"_s);
    QCOMPARE(done.value(u"result").toString(), u"human"_s);
    QCOMPARE(done.value(u"duration").toDouble(), 7.0); // answered at 3 s, ended at 10 s
    QVERIFY(done.value(u"structured_output").isObject());
    const QJsonObject attempt = done.value(u"last_call_attempt").toObject();
    QCOMPARE(attempt.value(u"ended_by").toString(), u"agent"_s);
    QCOMPARE(attempt.value(u"end_reason").toString(), u"tool_end_call"_s);
    QCOMPARE(attempt.value(u"answered_at").toString(), u"2025-03-04T09:00:03.000Z"_s);
    QCOMPARE(attempt.value(u"ended_at").toString(), u"2025-03-04T09:00:10.000Z"_s);
    QVERIFY(SandboxCall::isFinal(done.value(u"status").toString()));
    QVERIFY(!SandboxCall::isFinal(ongoing.value(u"status").toString()));
    QCOMPARE(done.value(u"phone_number").toString(), u"+14155550123"_s);
    QCOMPARE(done.value(u"assistant").toObject().value(u"name").toString(), u"Night line"_s);
}

void TestSandboxCalls::scheduledCallWaits()
{
    const QDateTime now = QDateTime::fromString(u"2025-03-04T09:00:00.000Z"_s, Qt::ISODateWithMs);
    const QJsonObject request{{u"phone_number"_s, u"+14155550123"_s},
                              {u"scheduled_at"_s, u"2025-03-04T10:00:00.000Z"_s}};
    const SandboxCall call = SandboxCall::place(request, assistant(u"none"_s), now, 10s);
    QCOMPARE(call.statusAt(now), u"scheduled"_s);
    QCOMPARE(call.statusAt(now.addSecs(3599)), u"scheduled"_s);
    QCOMPARE(call.statusAt(now.addSecs(3600)), u"initializing"_s);
    QCOMPARE(call.statusAt(now.addSecs(3610)), u"completed"_s);
    QCOMPARE(call.viewAt(now).value(u"scheduled_at").toString(), u"2025-03-04T10:00:00.000Z"_s);
    // A time in the past starts it at once.
    const QJsonObject past{{u"phone_number"_s, u"+14155550123"_s}, {u"scheduled_at"_s, u"2025-03-04T08:00:00.000Z"_s}};
    QCOMPARE(SandboxCall::place(past, assistant(u"none"_s), now, 10s).statusAt(now), u"initializing"_s);
}

void TestSandboxCalls::cancelledCallStops_data()
{
    QTest::addColumn<int>("cancelAtMs"); // of a 10 s call
    QTest::addColumn<QString>("attempt"); // its status once cancelled; empty: none was made
    QTest::addColumn<QString>("result");
    QTest::addColumn<int>("lines"); // of the transcript
    QTest::newRow("initializing") << 500 << QString() << QString() << 0;
    QTest::newRow("queued") << 1500 << QString() << QString() << 0;
    QTest::newRow("ringing") << 2500 << u"completed"_s << u"unknown"_s << 0;
    QTest::newRow("answered") << 3000 << u"completed"_s << u"human"_s << 1;
}

void TestSandboxCalls::cancelledCallStops()
{
    QFETCH(int, cancelAtMs);
    QFETCH(QString, attempt);
    QFETCH(QString, result);
    QFETCH(int, lines);
    const QDateTime start = QDateTime::fromString(u"2025-03-04T09:00:00.000Z"_s, Qt::ISODateWithMs);
    SandboxCall call = SandboxCall::place({{u"phone_number"_s, u"+14155550123"_s}}, assistant(u"static"_s), start, 10s);
    call.cancel(start.addMSecs(cancelAtMs));
    // Where it stopped, however long after.
    for (const int laterMs : {cancelAtMs, cancelAtMs + 5000, 600000}) {
        const QJsonObject view = call.viewAt(start.addMSecs(laterMs));
        QCOMPARE(view.value(u"status").toString(), u"cancelled"_s);
        QCOMPARE(view.value(u"outcome"), QJsonValue());
        QCOMPARE(view.value(u"transcript").toArray().size(), lines);
        const QJsonObject last = view.value(u"last_call_attempt").toObject();
        QCOMPARE(last.value(u"status").toString(), attempt);
        QCOMPARE(last.value(u"result").toString(), result);
        if (!attempt.isEmpty()) {
            QCOMPARE(last.value(u"ended_by").toString(), u"system"_s);
            QCOMPARE(last.value(u"ended_at").toString(), SandboxAssistants::timestamp(start.addMSecs(cancelAtMs)));
        }
    }
}

void TestSandboxCalls::openingByFirstSentenceMode_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("opening"); // role: content of the first lines
    QTest::newRow("static: said as written, variables filled")
        << u"static"_s
        << QStringList{u"assistant: Good evening Ann, this is the night line."_s, u"user: Hi, yes, this is me."_s};
    QTest::newRow("generated: a greeting, then the instruction")
        << u"generated"_s
        << QStringList{u"assistant: Hello, this is Night line. Good evening Ann, this is the night line."_s,
                       u"user: Hi, yes, this is me."_s};
    QTest::newRow("none: the callee speaks first")
        << u"none"_s << QStringList{u"user: Hello?"_s, u"assistant: Hello, this is Night line. How can I help you?"_s};
}

void TestSandboxCalls::openingByFirstSentenceMode()
{
    QFETCH(QString, mode);
    QFETCH(QStringList, opening);
    const QJsonArray transcript
        = SandboxCallScript::transcript(assistant(mode), QJsonObject{{u"first_name"_s, u"Ann"_s}});
    for (qsizetype i = 0; i < opening.size(); ++i)
        QCOMPARE(transcript.at(i).toObject().value(u"role").toString() + u": "_s + contentAt(transcript, i),
                 opening.at(i));
}

void TestSandboxCalls::scriptUsesFaqToolAndEnd()
{
    const QJsonObject variables{{u"first_name"_s, u"Ann"_s}, {u"closing"_s, u"midnight"_s}};
    const QJsonArray transcript = SandboxCallScript::transcript(assistant(u"static"_s), variables);
    QCOMPARE(roles(transcript),
             (QStringList{u"assistant"_s, u"user"_s, u"user"_s, u"assistant"_s, u"tool"_s, u"assistant"_s, u"user"_s,
                          u"assistant"_s, u"tool"_s}));
    // The first FAQ item with an answer, and its answer with the variables filled.
    QCOMPARE(contentAt(transcript, 2), u"Are you open?"_s);
    QCOMPARE(contentAt(transcript, 3), u"Until midnight."_s);
    // The first custom tool, called with a value of each parameter's type.
    const QJsonObject tool = transcript.at(4).toObject();
    QCOMPARE(tool.value(u"tool_name").toString(), u"book_slot"_s);
    QCOMPARE(tool.value(u"tool_arguments").toObject().keys(), (QStringList{u"day"_s, u"seats"_s}));
    QVERIFY(tool.value(u"tool_arguments").toObject().value(u"seats").isDouble());
    QCOMPARE(tool.value(u"tool_is_error"), QJsonValue(false));
    // The end-of-call sentence, then the end_call tool.
    QCOMPARE(contentAt(transcript, 7), u"Sleep well, Ann."_s);
    QCOMPARE(transcript.last().toObject().value(u"tool_name").toString(), u"end_call"_s);

    // A variable without a value stays as written, for the reader to see.
    QCOMPARE(SandboxCallScript::fill(u"Hi {{ first_name }}, {{missing}}."_s, variables), u"Hi Ann, {{missing}}."_s);

    // Without FAQ, tools or end sentence, the script still holds a whole conversation.
    const QJsonArray bare = SandboxCallScript::transcript(
        QJsonObject{{u"name"_s, u"Bare"_s}, {u"first_sentence_mode"_s, u"generated"_s}}, {});
    QCOMPARE(roles(bare),
             (QStringList{u"assistant"_s, u"user"_s, u"user"_s, u"assistant"_s, u"user"_s, u"assistant"_s, u"tool"_s}));
    QVERIFY(!contentAt(bare, 5).isEmpty());
}

void TestSandboxCalls::structuredOutputFromConfig()
{
    const QDateTime now = QDateTime::fromString(u"2025-03-04T09:00:00.000Z"_s, Qt::ISODateWithMs);
    const QJsonObject output = SandboxCallScript::structuredOutput(assistant(u"static"_s), now).toObject();
    QCOMPARE(output.keys(), (QStringList{u"interested"_s, u"note"_s, u"tier"_s}));
    QCOMPARE(output.value(u"interested"), QJsonValue(true));
    QCOMPARE(output.value(u"tier").toString(), u"gold"_s); // the first option of an enum
    QVERIFY(output.value(u"note").isString());
    // No config, no structured output.
    QVERIFY(
        SandboxCallScript::structuredOutput(QJsonObject{{u"structured_output_config"_s, QJsonValue()}}, now).isNull());
}

void TestSandboxCalls::placeIsChecked_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("message"); // of the first error

    const QString id = kFirstSampleId;
    const auto body = [&id](const char *json) { return QByteArray(json).replace("@ID@", id.toLatin1()); };
    QTest::newRow("no phone number") << body(R"({"assistant_id":"@ID@"})") << QStringList{u"phone_number"_s}
                                     << u"Phone number: is required."_s;
    QTest::newRow("phone number not E.164")
        << body(R"({"phone_number":"04 12 34 56 78","assistant_id":"@ID@"})") << QStringList{u"phone_number"_s}
        << u"Phone number: \"04 12 34 56 78\" is not a valid E.164 phone number (a + followed by country code and "
           "number, e.g. +14155550123)."_s;
    QTest::newRow("phone number a number")
        << body(R"({"phone_number":33612345678,"assistant_id":"@ID@"})") << QStringList{u"phone_number"_s}
        << u"Phone number: must be text, not a number."_s;
    QTest::newRow("no assistant") << body(R"({"phone_number":"+14155550123"})") << QStringList{u"assistant_id"_s}
                                  << u"Assistant: give assistant_id, or the assistant itself as an object in "
                                     "assistant."_s;
    QTest::newRow("both assistants") << body(
        R"({"phone_number":"+14155550123","assistant_id":"@ID@","assistant":{"name":"n","prompt":"p"}})")
                                     << QStringList{u"assistant"_s}
                                     << u"Assistant: give either assistant_id or assistant, not both."_s;
    QTest::newRow("unknown assistant") << body(R"({"phone_number":"+14155550123","assistant_id":"nope"})")
                                       << QStringList{u"assistant_id"_s}
                                       << u"Assistant ID: no assistant has the id “nope”."_s;
    QTest::newRow("assistant not an object")
        << body(R"({"phone_number":"+14155550123","assistant":"n"})") << QStringList{u"assistant"_s}
        << u"Assistant: must be an object, not text."_s;
    // The inline assistant is checked as a create is: the required keys, and what it carries.
    QTest::newRow("inline assistant without prompt")
        << body(R"({"phone_number":"+14155550123","assistant":{"name":"n"}})") << QStringList{u"assistant.prompt"_s}
        << u"Prompt: is required."_s;
    QTest::newRow("inline assistant with an elevenlabs speed of 1.4")
        << body(R"({"phone_number":"+14155550123","assistant":{"name":"n","prompt":"p",)"
                R"("voice":{"id":"v","provider":"elevenlabs","speed":1.4}}})")
        << QStringList{u"assistant.voice.speed"_s}
        << u"Voice speed: 1.4 is outside the range ElevenLabs supports (0.7 to 1.2)."_s;
    QTest::newRow("variables not text") << body(
        R"({"phone_number":"+14155550123","assistant_id":"@ID@","prompt_variables":{"a":"x","b":2}})")
                                        << QStringList{u"prompt_variables.b"_s}
                                        << u"Prompt variables (b): must be text, not a number."_s;
    QTest::newRow("metadata not an object")
        << body(R"({"phone_number":"+14155550123","assistant_id":"@ID@","metadata":[]})") << QStringList{u"metadata"_s}
        << u"Metadata: must be an object, not a list."_s;
    QTest::newRow("from number not E.164")
        << body(R"({"phone_number":"+14155550123","assistant_id":"@ID@","from_phone_number":"+1"})")
        << QStringList{u"from_phone_number"_s}
        << u"From phone number: \"+1\" is not a valid E.164 phone number (a + followed by country code and "
           "number, e.g. +14155550123)."_s;
    QTest::newRow("scheduled_at not a date")
        << body(R"({"phone_number":"+14155550123","assistant_id":"@ID@","scheduled_at":"tomorrow"})")
        << QStringList{u"scheduled_at"_s}
        << u"Scheduled at: “tomorrow” is not an ISO 8601 date and time (like 2025-03-04T09:15:00Z)."_s;
    QTest::newRow("skip_calling_window not a boolean")
        << body(R"({"phone_number":"+14155550123","assistant_id":"@ID@","skip_calling_window":"yes"})")
        << QStringList{u"skip_calling_window"_s} << u"Skip calling window: must be true or false, not text."_s;
    QTest::newRow("concurrency without key, max 0")
        << body(R"({"phone_number":"+14155550123","assistant_id":"@ID@","concurrency":{"max":0}})")
        << QStringList{u"concurrency.key"_s, u"concurrency.max"_s}
        << u"Concurrency key: must be a text that is not empty."_s;
}

void TestSandboxCalls::placeIsChecked()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, fields);
    QFETCH(QString, message);
    const auto result = m_client->send("POST", u"/call"_s, body);
    QCOMPARE(result.status, 422);
    const QJsonObject answer = result.json();
    QCOMPARE(answer.value(u"message").toString(), u"Validation failed"_s);
    QStringList reported;
    for (const QJsonValue &error : answer.value(u"errors").toArray())
        reported.append(error.toObject().value(u"field").toString());
    QCOMPARE(reported, fields);
    QCOMPARE(answer.value(u"errors").toArray().first().toObject().value(u"message").toString(), message);
    // Nothing was placed.
    QCOMPARE(m_client->get(u"/call"_s).json().value(u"calls").toArray().size(), 0);

    // Not JSON, or not an object: 400.
    QCOMPARE(m_client->send("POST", u"/call"_s, "{").status, 400);
    QCOMPARE(m_client->send("POST", u"/call"_s, "[]").status, 400);
}

void TestSandboxCalls::savedAssistantRunsToTheEnd()
{
    const QJsonObject body{{u"phone_number"_s, u"+14155550123"_s},
                           {u"assistant_id"_s, kFirstSampleId},
                           {u"prompt_variables"_s, QJsonObject{{u"patient_first_name"_s, u"Ann"_s}}},
                           {u"from_phone_number"_s, u"+15125550142"_s},
                           {u"metadata"_s, QJsonObject{{u"ticket"_s, u"T-42"_s}}},
                           {u"skip_calling_window"_s, true},
                           {u"concurrency"_s, QJsonObject{{u"key"_s, u"clinic"_s}, {u"max"_s, 2}}}};
    const auto placed = place(body);
    QCOMPARE(placed.status, 200);
    const QJsonObject call = placed.json().value(u"call").toObject();
    const QString id = call.value(u"id").toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(call.value(u"status").toString(), u"initializing"_s);
    for (const char *key : {"phone_number", "assistant_id", "prompt_variables", "from_phone_number", "metadata",
                            "skip_calling_window", "concurrency"})
        QCOMPARE(call.value(QLatin1String(key)), body.value(QLatin1String(key)));

    // It moves on by itself; polling sees it end.
    QTRY_COMPARE_WITH_TIMEOUT(getCall(id).value(u"status").toString(), u"completed"_s, 10000);
    const QJsonObject done = getCall(id);
    QCOMPARE(done.value(u"assistant").toObject().value(u"name").toString(),
             u"Brightsmile Dental – Appointment Reminders"_s);
    const QJsonArray transcript = done.value(u"transcript").toArray();
    // Its static first sentence, with the variable filled in.
    QVERIFY2(contentAt(transcript, 0).contains(u"Am I speaking with Ann?"_s), qPrintable(contentAt(transcript, 0)));
    QVERIFY(roles(transcript).contains(u"tool"_s));
    QCOMPARE(done.value(u"outcome").toString(), u"completed"_s);
    QVERIFY(done.value(u"duration").toDouble() > 0);
    // Its structured_output_config: three fields.
    QCOMPARE(done.value(u"structured_output").toObject().size(), 3);
    QCOMPARE(m_server->requests().last().path, u"/api/call/"_s + id);
}

void TestSandboxCalls::inlineDraftIsNotSaved()
{
    const QByteArray before = m_client->get(u"/assistants"_s).body;
    QJsonObject draft = assistant(u"static"_s);
    draft.remove(u"id");
    draft.insert(u"created_at", u"1999-01-01T00:00:00.000Z"_s); // read-only: dropped, as a create does
    const auto placed = place({{u"phone_number"_s, u"+14155550123"_s}, {u"assistant"_s, draft}});
    QCOMPARE(placed.status, 200);
    const QJsonObject call = placed.json().value(u"call").toObject();
    QCOMPARE(call.value(u"assistant_id"), QJsonValue());
    QCOMPARE(call.value(u"assistant").toObject().value(u"name").toString(), u"Night line"_s);
    QCOMPARE(call.value(u"assistant").toObject().value(u"id"), QJsonValue());
    QCOMPARE(m_client->get(u"/assistants"_s).body, before); // nothing saved

    const QString id = call.value(u"id").toString();
    QTRY_COMPARE_WITH_TIMEOUT(getCall(id).value(u"status").toString(), u"completed"_s, 10000);
    const QJsonArray transcript = getCall(id).value(u"transcript").toArray();
    QCOMPARE(contentAt(transcript, 0), u"Good evening {{first_name}}, this is the night line."_s);
    QCOMPARE(contentAt(transcript, 3), u"Until {{closing}}."_s);
}

void TestSandboxCalls::listPagesAndStatuses()
{
    QStringList ids; // oldest first
    for (int i = 0; i < 5; ++i) {
        const auto placed
            = place({{u"phone_number"_s, u"+1415555012%1"_s.arg(i)}, {u"assistant_id"_s, kFirstSampleId}});
        QCOMPARE(placed.status, 200);
        ids.append(placed.json().value(u"call").toObject().value(u"id").toString());
    }
    const auto idsOf = [](const QJsonObject &page) {
        QStringList list;
        for (const QJsonValue &call : page.value(u"calls").toArray())
            list.append(call.toObject().value(u"id").toString());
        return list;
    };
    // Newest first, in pages counted from 1; page 0 is the first page too (the docs count from 0).
    const QJsonObject first = getWithQuery(u"/call?page=1&page_size=2"_s).json();
    QCOMPARE(idsOf(first), (QStringList{ids.at(4), ids.at(3)}));
    QCOMPARE(first.value(u"total").toInt(), 5);
    QCOMPARE(first.value(u"page_size").toInt(), 2);
    QCOMPARE(idsOf(getWithQuery(u"/call?page=0&page_size=2"_s).json()), idsOf(first));
    QCOMPARE(idsOf(getWithQuery(u"/call?page=3&page_size=2"_s).json()), QStringList{ids.at(0)});
    QCOMPARE(idsOf(getWithQuery(u"/call?page=4&page_size=2"_s).json()), QStringList());
    QCOMPARE(idsOf(m_client->get(u"/call"_s).json()).size(), 5);

    // By status, once they have all ended.
    for (const QString &id : std::as_const(ids))
        QTRY_COMPARE_WITH_TIMEOUT(getCall(id).value(u"status").toString(), u"completed"_s, 10000);
    QCOMPARE(idsOf(getWithQuery(u"/call?statuses[]=completed&page_size=10"_s).json()).size(), 5);
    QCOMPARE(idsOf(getWithQuery(u"/call?statuses%5B%5D=calling&statuses%5B%5D=scheduled"_s).json()).size(), 0);
    QCOMPARE(idsOf(getWithQuery(u"/call?statuses=completed,cancelled"_s).json()).size(), 5);

    // Bad parameters are refused, each named.
    for (const QString &query :
         {u"page=-1"_s, u"page=x"_s, u"page_size=0"_s, u"page_size=101"_s, u"statuses[]=ringing"_s}) {
        const auto result = getWithQuery(u"/call?"_s + query);
        QCOMPARE(result.status, 422);
        QVERIFY2(!result.json().value(u"errors").toArray().isEmpty(), qPrintable(query));
    }
}

void TestSandboxCalls::cancel()
{
    // A call long enough to be surely under way when it is cancelled.
    SandboxServer server;
    QString error;
    SandboxServer::Options options;
    options.callSeconds = 3600;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    SandboxTestClient client(server.baseUrl(), server.apiKey());
    const auto placed = client.send(
        "POST", u"/call"_s, compact({{u"phone_number"_s, u"+14155550123"_s}, {u"assistant_id"_s, kFirstSampleId}}));
    QCOMPARE(placed.status, 200);
    const QString id = placed.json().value(u"call").toObject().value(u"id").toString();

    const auto cancelled = client.send("POST", u"/call/"_s + id + u"/cancel"_s);
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json().value(u"call").toObject().value(u"status").toString(), u"cancelled"_s);
    QCOMPARE(client.get(u"/call/"_s + id).json().value(u"call").toObject().value(u"status").toString(), u"cancelled"_s);
    // Once ended there is nothing to cancel.
    const auto again = client.send("POST", u"/call/"_s + id + u"/cancel"_s);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json().value(u"message").toString(),
             u"The call has already ended (cancelled): there is nothing to cancel."_s);
    QCOMPARE(client.send("POST", u"/call/nope/cancel"_s).status, 404);
    QCOMPARE(client.get(u"/call/nope"_s).status, 404);

    // A completed call cannot be cancelled either.
    const auto finished = place({{u"phone_number"_s, u"+14155550123"_s}, {u"assistant_id"_s, kFirstSampleId}});
    const QString finishedId = finished.json().value(u"call").toObject().value(u"id").toString();
    QTRY_COMPARE_WITH_TIMEOUT(getCall(finishedId).value(u"status").toString(), u"completed"_s, 10000);
    QCOMPARE(m_client->send("POST", u"/call/"_s + finishedId + u"/cancel"_s).status, 409);
}

void TestSandboxCalls::faultsApply()
{
    // A replacing fault: the call is not placed.
    m_server->addFault({.kind = SandboxFault::Kind::Status,
                        .status = 503,
                        .retryAfter = u"2"_s,
                        .method = u"POST"_s,
                        .pathPattern = u"/call$"_s});
    const auto refused = place({{u"phone_number"_s, u"+14155550123"_s}, {u"assistant_id"_s, kFirstSampleId}});
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.header("Retry-After"), QByteArray("2"));
    QCOMPARE(m_client->get(u"/call"_s).json().value(u"total").toInt(), 0);

    // A fault that applies the request, then spoils the answer: the call exists though the answer broke.
    m_server->addFault({.kind = SandboxFault::Kind::MalformedJson, .method = u"POST"_s, .pathPattern = u"/call$"_s});
    const auto spoiled = place({{u"phone_number"_s, u"+14155550123"_s}, {u"assistant_id"_s, kFirstSampleId}});
    QCOMPARE(spoiled.status, 200);
    QVERIFY(!spoiled.isJson());
    QCOMPARE(m_client->get(u"/call"_s).json().value(u"total").toInt(), 1);

    // On the other routes too.
    m_server->addFault({.kind = SandboxFault::Kind::RateLimit, .pathPattern = u"/call/[^/]+$"_s});
    QCOMPARE(m_client->get(u"/call/anything"_s).status, 429);
}

void TestSandboxCalls::callsSurviveRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxServer::Options options;
    options.dataPath = dir.filePath(u"calls.sqlite"_s);
    options.callSeconds = 3600;
    QString id;
    {
        SandboxServer server;
        QString error;
        QVERIFY2(server.start(options, &error), qPrintable(error));
        SandboxTestClient client(server.baseUrl(), server.apiKey());
        const auto placed = client.send(
            "POST", u"/call"_s, compact({{u"phone_number"_s, u"+14155550123"_s}, {u"assistant_id"_s, kFirstSampleId}}));
        id = placed.json().value(u"call").toObject().value(u"id").toString();
        QCOMPARE(client.send("POST", u"/call/"_s + id + u"/cancel"_s).status, 200);
    }
    SandboxServer server;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    SandboxTestClient client(server.baseUrl(), server.apiKey());
    const QJsonObject call = client.get(u"/call/"_s + id).json().value(u"call").toObject();
    QCOMPARE(call.value(u"status").toString(), u"cancelled"_s);
    QCOMPARE(call.value(u"phone_number").toString(), u"+14155550123"_s);
}

void TestSandboxCalls::wrongMethodsAndPaths_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("DELETE /call") << QByteArray("DELETE") << u"/call"_s << 405;
    QTest::newRow("PATCH /call/x") << QByteArray("PATCH") << u"/call/x"_s << 405;
    QTest::newRow("GET /call/x/cancel") << QByteArray("GET") << u"/call/x/cancel"_s << 405;
    QTest::newRow("POST /call/x/other") << QByteArray("POST") << u"/call/x/other"_s << 404;
    QTest::newRow("GET /calls") << QByteArray("GET") << u"/calls"_s << 404;
}

void TestSandboxCalls::wrongMethodsAndPaths()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    const auto result = m_client->send(method, path, method == "GET" ? QByteArray() : QByteArray("{}"));
    QCOMPARE(result.status, status);
    if (status == 405)
        QVERIFY(!result.header("Allow").isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxCalls)
#include "TestSandboxCalls.moc"
