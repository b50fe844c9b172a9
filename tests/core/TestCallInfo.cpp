// SPDX-License-Identifier: GPL-3.0-or-later
// CallInfo reads calls leniently (missing keys, other shapes, members on the call or on its last attempt);
// CallRequest sends only what is set.
#include "core/CallInfo.h"
#include "core/CallRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestCallInfo : public QObject
{
    Q_OBJECT

private slots:
    void wholeCall();
    void emptyObject();
    void membersOfTheLastAttempt();
    void attemptsWithoutLast();
    void wrongTypesAreTolerated();
    void transcriptRoles();
    void finalStatuses_data();
    void finalStatuses();
    void requestSendsOnlyWhatIsSet();
};

void TestCallInfo::wholeCall()
{
    const CallInfo call = CallInfo::fromJson(parse(R"({"call":{
        "id":"c1","status":"completed","phone_number":"+14155550123","from_phone_number":"+15125550142",
        "assistant_id":"a1","assistant":{"id":"a1","name":"Night line"},"created_at":"2025-03-04T09:00:00.000Z",
        "scheduled_at":null,"outcome":"completed","result":"human","duration":7.25,
        "structured_output":{"ok":true},"recording_url":"https://example.com/r.mp3","newer_key":[1],
        "call_attempts":[{"id":"t2","status":"completed","result":"human","ended_by":"agent",
                          "end_reason":"tool_end_call","dial_error":null,"started_at":"2025-03-04T09:00:01.000Z",
                          "answered_at":"2025-03-04T09:00:02.000Z","ended_at":"2025-03-04T09:00:09.250Z",
                          "duration":7.25,"transcript":[{"role":"assistant","content":"Hi"}]},
                         {"id":"t1","status":"error","dial_error":"busy"}],
        "transcript":[{"role":"assistant","content":"Hi"},{"role":"user","content":"Hello"}]}})"));
    QCOMPARE(call.id, u"c1"_s);
    QCOMPARE(call.status, u"completed"_s);
    QCOMPARE(call.phoneNumber, u"+14155550123"_s);
    QCOMPARE(call.fromPhoneNumber, u"+15125550142"_s);
    QCOMPARE(call.assistantId, u"a1"_s);
    QCOMPARE(call.assistantName, u"Night line"_s);
    QCOMPARE(call.createdAt, QDateTime(QDate(2025, 3, 4), QTime(9, 0), Qt::UTC));
    QVERIFY(!call.scheduledAt.isValid());
    QCOMPARE(call.outcome, u"completed"_s);
    QCOMPARE(call.result, u"human"_s);
    QCOMPARE(call.durationSeconds, std::optional<double>(7.25));
    QCOMPARE(call.structuredOutput.toObject(), parse(R"({"ok":true})"));
    QCOMPARE(call.recordingUrl, u"https://example.com/r.mp3"_s);
    QCOMPARE(call.attempts.size(), 2);
    QCOMPARE(call.attempts.at(0).endReason, u"tool_end_call"_s);
    QCOMPARE(call.attempts.at(0).endedAt, QDateTime(QDate(2025, 3, 4), QTime(9, 0, 9, 250), Qt::UTC));
    QCOMPARE(call.attempts.at(0).transcript.size(), 1);
    QCOMPARE(call.attempts.at(1).dialError, u"busy"_s);
    QCOMPARE(call.transcript.size(), 2); // the call's own, over the attempt's
    QCOMPARE(call.raw.value(u"newer_key"), QJsonValue(QJsonArray{1})); // kept
    QVERIFY(call.isFinal());
    // The same object without its wrapper reads the same.
    QCOMPARE(CallInfo::fromJson(call.raw).raw, call.raw);
    QCOMPARE(CallInfo::fromJson(call.raw).transcript.size(), 2);
}

void TestCallInfo::emptyObject()
{
    const CallInfo call = CallInfo::fromJson({});
    QVERIFY(call.id.isEmpty() && call.status.isEmpty());
    QVERIFY(call.attempts.isEmpty() && call.transcript.isEmpty());
    QVERIFY(!call.durationSeconds);
    QVERIFY(call.structuredOutput.isUndefined() || call.structuredOutput.isNull());
    QVERIFY(!call.isFinal());
}

void TestCallInfo::membersOfTheLastAttempt()
{
    // A server that keeps the transcript and the result on the attempt only.
    const CallInfo call = CallInfo::fromJson(parse(R"({"id":"c","status":"calling",
        "last_call_attempt":{"id":"t","status":"ongoing","result":"human","duration":3,
                             "structured_output":{"x":1},"transcript":[{"role":"user","content":"Yes?"}]}})"));
    QCOMPARE(call.attempts.size(), 1); // taken from last_call_attempt
    QCOMPARE(call.attempts.first().status, u"ongoing"_s);
    QCOMPARE(call.transcript.size(), 1);
    QCOMPARE(call.transcript.first().content, u"Yes?"_s);
    QCOMPARE(call.result, u"human"_s);
    QCOMPARE(call.durationSeconds, std::optional<double>(3));
    QCOMPARE(call.structuredOutput.toObject(), parse(R"({"x":1})"));
}

void TestCallInfo::attemptsWithoutLast()
{
    // The newest attempt comes first in call_attempts; it stands for the last one.
    const CallInfo call = CallInfo::fromJson(parse(R"({"id":"c","call_attempts":[
        {"id":"new","result":"voicemail","transcript":[{"role":"assistant","content":"Leaving a message"}]},
        {"id":"old","result":"unknown"}]})"));
    QCOMPARE(call.result, u"voicemail"_s);
    QCOMPARE(call.transcript.first().content, u"Leaving a message"_s);
}

void TestCallInfo::wrongTypesAreTolerated()
{
    const CallInfo call = CallInfo::fromJson(parse(R"({"id":7,"status":null,"call_attempts":"none",
        "transcript":[1,"x",{"role":5}],"duration":"long","created_at":"yesterday","assistant":"a"})"));
    QVERIFY(call.id.isEmpty());
    QVERIFY(call.attempts.isEmpty());
    QCOMPARE(call.transcript.size(), 1); // only the object
    QCOMPARE(call.transcript.first().role, CallInfo::TranscriptEntry::Role::Other);
    QVERIFY(!call.durationSeconds);
    QVERIFY(!call.createdAt.isValid());
}

void TestCallInfo::transcriptRoles()
{
    const CallInfo call = CallInfo::fromJson(parse(R"({"transcript":[
        {"role":"user","content":"a"},{"role":"assistant","content":"b"},
        {"role":"tool","content":"{}","tool_name":"book","tool_arguments":{"day":"mon"},"tool_is_error":true},
        {"role":"system","content":"c"}]})"));
    using Role = CallInfo::TranscriptEntry::Role;
    QCOMPARE(call.transcript.size(), 4);
    QCOMPARE(call.transcript.at(0).role, Role::User);
    QCOMPARE(call.transcript.at(1).role, Role::Assistant);
    QCOMPARE(call.transcript.at(2).role, Role::Tool);
    QCOMPARE(call.transcript.at(2).toolName, u"book"_s);
    QCOMPARE(call.transcript.at(2).toolArguments.toObject(), parse(R"({"day":"mon"})"));
    QVERIFY(call.transcript.at(2).toolIsError);
    QCOMPARE(call.transcript.at(3).role, Role::Other);
    QCOMPARE(call.transcript.at(3).roleName, u"system"_s);
}

void TestCallInfo::finalStatuses_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("final");
    for (const char *status : {"initializing", "queued_for_calling", "calling", "scheduled", "", "unknown"})
        QTest::newRow(status) << QString::fromLatin1(status) << false;
    for (const char *status : {"completed", "cancelled", "errored"})
        QTest::newRow(status) << QString::fromLatin1(status) << true;
}

void TestCallInfo::finalStatuses()
{
    QFETCH(QString, status);
    QFETCH(bool, final);
    QCOMPARE(CallInfo::isFinalStatus(status), final);
}

void TestCallInfo::requestSendsOnlyWhatIsSet()
{
    CallRequest request;
    request.phoneNumber = u"+14155550123"_s;
    request.assistantId = u"a1"_s;
    QCOMPARE(request.toJson(), QByteArray(R"({"assistant_id":"a1","phone_number":"+14155550123"})"));

    AssistantPatch draft;
    draft.insert(u"name"_s, u"Draft"_s);
    CallRequest full;
    full.phoneNumber = u"+14155550123"_s;
    full.assistant = draft;
    full.promptVariables = {{u"b"_s, u"2"_s}, {u"a"_s, u"1"_s}};
    full.fromPhoneNumber = u"+15125550142"_s;
    full.metadata = {{u"k"_s, u"v"_s}};
    full.scheduledAt = QDateTime(QDate(2025, 3, 4), QTime(10, 0), Qt::OffsetFromUTC, 3600);
    full.skipCallingWindow = false;
    full.concurrencyKey = u"clinic"_s;
    full.concurrencyMax = 2;
    QCOMPARE(QJsonDocument::fromJson(full.toJson()).object(), parse(R"({
        "phone_number":"+14155550123","assistant":{"name":"Draft"},"prompt_variables":{"a":"1","b":"2"},
        "from_phone_number":"+15125550142","metadata":{"k":"v"},"scheduled_at":"2025-03-04T09:00:00.000Z",
        "skip_calling_window":false,"concurrency":{"key":"clinic","max":2}})"));
}

QTEST_GUILESS_MAIN(TestCallInfo)
#include "TestCallInfo.moc"
