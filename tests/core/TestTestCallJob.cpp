// SPDX-License-Identifier: GPL-3.0-or-later
// The test-call protocol against the sandbox: a draft placed inline and followed to its end (statuses,
// attempts, the transcript as it grows, the outcome), waits that grow while nothing changes, cancel (also
// while the POST is on its way), a refusal in the server's words, reads that fail (tried again, then given
// up, then looked up again), a lost answer to the POST (the call is found, never placed twice), and a draft
// whose secret was not kept (never sent).
#include "core/SecretPlaceholder.h"
#include "core/TestCallJob.h"
#include "support/SandboxFixture.h"

#include "core/RevoxClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace std::chrono;
using namespace Qt::StringLiterals;

namespace {

const QString kNumber = u"+14155550123"_s;

Assistant draft()
{
    return Assistant(QJsonObject{
        {u"id"_s, u"0ac7a593-f056-5dc5-a762-3d80b7d98152"_s},
        {u"name"_s, u"Draft reminder"_s},
        {u"prompt"_s, u"Remind {{first_name}} of the appointment."_s},
        {u"first_sentence_mode"_s, u"static"_s},
        {u"first_sentence"_s, u"Hello {{first_name}}, this is the clinic."_s},
        {u"created_at"_s, u"2025-01-01T00:00:00.000Z"_s},
        {u"custom_tools"_s,
         QJsonArray{QJsonObject{
             {u"name"_s, u"book_slot"_s},
             {u"description"_s, u"Books a slot."_s},
             {u"method"_s, u"POST"_s},
             {u"url"_s, u"https://api.example.com/book"_s},
             {u"headers"_s,
              QJsonArray{QJsonObject{{u"key"_s, u"Authorization"_s}, {u"value"_s, u"Bearer real-value"_s}}}}}}},
    });
}

CallRequest requestFor(const Assistant &assistant)
{
    CallRequest request;
    request.phoneNumber = kNumber;
    request.assistant = AssistantPatch::forCreate(assistant);
    request.promptVariables = {{u"first_name"_s, u"Ann"_s}};
    return request;
}

// Short waits: the sandbox's calls last a second.
PollSchedule quickSchedule()
{
    PollSchedule schedule;
    schedule.initial = 40ms;
    schedule.maximum = 160ms;
    schedule.factor = 2;
    schedule.maxFailures = 2;
    return schedule;
}

SandboxFault fault(SandboxFault::Kind kind, const QString &method, const QString &path, int times, int status = 0)
{
    SandboxFault f;
    f.kind = kind;
    f.method = method;
    f.pathPattern = path;
    f.times = times;
    f.status = status;
    return f;
}

} // namespace

class TestTestCallJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void placesTheDraftInlineAndFollowsItToTheEnd();
    void waitsGrowWhileNothingChanges();
    void cancelEndsTheCall();
    void cancelWhilePlacingIsSentOncePlaced();
    void refusedCallSaysWhy();
    void failedReadsAreTriedAgainThenGivenUpThenLookedUpAgain();
    void unknownCallIsLostAtOnce();
    void lostAnswerToThePostFindsTheCall();
    void stopLeavesTheCallRunning();
    void unknownSecretIsNeverSent();

private:
    int requestsTo(const QString &method, const QString &pathPattern) const;
    // How many calls the job starts on the client until a read it had scheduled would have started: a timer of
    // twice the schedule's longest wait fires after any timer the job armed before (timers fire in order), and a
    // read starts within the job's own timer slot. No call started by then means none was scheduled.
    qsizetype callsStartedWithinTheSchedule();

    std::unique_ptr<SandboxFixture> m_server;
    std::unique_ptr<TestCallJob> m_job;
};

void TestTestCallJob::init()
{
    m_server = std::make_unique<SandboxFixture>();
    SandboxServer::Options options;
    options.callSeconds = 1.2;
    QString error;
    QVERIFY2(m_server->start(options, &error), qPrintable(error));
    QVERIFY(m_server->connectClient());
    m_server->client().setTimeouts(1000ms, 5000ms);
    m_job = std::make_unique<TestCallJob>(&m_server->client());
    m_job->setSchedule(quickSchedule());
}

void TestTestCallJob::cleanup()
{
    m_job.reset();
    m_server.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

qsizetype TestTestCallJob::callsStartedWithinTheSchedule()
{
    QSignalSpy started(&m_server->client(), &RevoxClient::callStarted);
    QTimer pastTheSchedule;
    pastTheSchedule.setTimerType(Qt::PreciseTimer);
    pastTheSchedule.setSingleShot(true);
    QSignalSpy past(&pastTheSchedule, &QTimer::timeout);
    pastTheSchedule.start(2 * m_job->schedule().maximum);
    if (!past.wait(60000))
        qWarning("the timer past the schedule did not fire");
    return started.size();
}

int TestTestCallJob::requestsTo(const QString &method, const QString &pathPattern) const
{
    const QRegularExpression path(pathPattern);
    int count = 0;
    for (const SandboxRequestRecord &record : m_server->sandbox().requests())
        count += record.method == method && path.match(record.path).hasMatch() ? 1 : 0;
    return count;
}

void TestTestCallJob::placesTheDraftInlineAndFollowsItToTheEnd()
{
    const QList<Assistant> before = m_server->serverAssistants();
    QSignalSpy sending(m_job.get(), &TestCallJob::sending);
    QSignalSpy placed(m_job.get(), &TestCallJob::placed);
    QSignalSpy statuses(m_job.get(), &TestCallJob::statusChanged);
    QSignalSpy grew(m_job.get(), &TestCallJob::transcriptGrew);
    QSignalSpy finished(m_job.get(), &TestCallJob::finished);
    const CallRequest request = requestFor(draft());
    m_job->start(request);
    QCOMPARE(m_job->state(), TestCallJob::State::Placing);
    QCOMPARE(sending.size(), 1); // synchronously, before it leaves
    QCOMPARE(sending.first().first().toByteArray(), request.toJson());

    QVERIFY(finished.wait(15000));
    QCOMPARE(m_job->state(), TestCallJob::State::Ended);
    QCOMPARE(placed.size(), 1);
    const CallInfo call = finished.first().first().value<CallInfo>();
    QCOMPARE(call.status, u"completed"_s);
    QCOMPARE(call.result, u"human"_s);
    QVERIFY(call.durationSeconds && *call.durationSeconds > 0);
    QCOMPARE(call.attempts.size(), 1);

    // Statuses in the order they came, ending completed; more than the first and the last were seen.
    QStringList seen;
    for (const QList<QVariant> &signal : statuses)
        seen.append(signal.first().toString());
    QCOMPARE(seen.last(), u"completed"_s);
    QVERIFY2(seen.size() >= 3, qPrintable(seen.join(u", "_s)));
    // The transcript grew in pieces that add up to the whole, with its variables filled in.
    QList<CallInfo::TranscriptEntry> lines;
    for (const QList<QVariant> &signal : grew)
        lines += signal.first().value<QList<CallInfo::TranscriptEntry>>();
    QVERIFY2(grew.size() >= 2, qPrintable(QString::number(grew.size())));
    QCOMPARE(lines.size(), call.transcript.size());
    QCOMPARE(lines.first().content, u"Hello Ann, this is the clinic."_s);
    QCOMPARE(lines.last().role, CallInfo::TranscriptEntry::Role::Tool);

    // One POST, with the draft inline and no id; nothing was saved.
    QCOMPARE(requestsTo(u"POST"_s, u"^/api/call$"_s), 1);
    const QJsonObject sent = QJsonDocument::fromJson(m_server->sandbox().requests().first().body).object();
    QVERIFY(!sent.value(u"assistant"_s).toObject().contains(u"id"_s));
    QCOMPARE(requestsTo(u"POST"_s, u"^/api/assistants"_s) + requestsTo(u"PATCH"_s, u"^/api/assistants"_s), 0);
    QCOMPARE(m_server->serverAssistants(), before);
}

void TestTestCallJob::waitsGrowWhileNothingChanges()
{
    // A call scheduled an hour ahead stays "scheduled": each read sees no change.
    CallRequest request = requestFor(draft());
    request.scheduledAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    QSignalSpy placed(m_job.get(), &TestCallJob::placed);
    m_job->start(request);
    QVERIFY(placed.wait(5000));
    QCOMPARE(m_job->call().status, u"scheduled"_s);
    QCOMPARE(m_job->nextWait(), 40ms);
    QTRY_COMPARE_WITH_TIMEOUT(m_job->nextWait(), 80ms, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_job->nextWait(), 160ms, 5000);
    const int reads = requestsTo(u"GET"_s, u"^/api/call/"_s);
    QVERIFY(reads >= 2);
    QCOMPARE(m_job->state(), TestCallJob::State::Following);
    // It never grows past the maximum.
    QTRY_VERIFY_WITH_TIMEOUT(requestsTo(u"GET"_s, u"^/api/call/"_s) >= reads + 2, 5000);
    QCOMPARE(m_job->nextWait(), 160ms);
    m_job->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(m_job->state(), TestCallJob::State::Ended, 5000);
    QCOMPARE(m_job->call().status, u"cancelled"_s);
}

void TestTestCallJob::cancelEndsTheCall()
{
    QSignalSpy finished(m_job.get(), &TestCallJob::finished);
    m_job->start(requestFor(draft()));
    QTRY_VERIFY_WITH_TIMEOUT(m_job->call().status == u"calling"_s || m_job->call().status == u"queued_for_calling"_s,
                             5000);
    m_job->cancel();
    QVERIFY(m_job->isCancelling());
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().value<CallInfo>().status, u"cancelled"_s);
    QCOMPARE(requestsTo(u"POST"_s, u"^/api/call/[^/]+/cancel$"_s), 1);
    QVERIFY(!m_job->isCancelling());
    // Cancelling an ended call does nothing.
    m_job->cancel();
    QCOMPARE(requestsTo(u"POST"_s, u"^/api/call/[^/]+/cancel$"_s), 1);
}

void TestTestCallJob::cancelWhilePlacingIsSentOncePlaced()
{
    QSignalSpy finished(m_job.get(), &TestCallJob::finished);
    m_job->start(requestFor(draft()));
    m_job->cancel(); // the POST has not been answered: there is no id yet
    QCOMPARE(requestsTo(u"POST"_s, u"/cancel$"_s), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_job->call().status, u"cancelled"_s);
    QCOMPARE(requestsTo(u"POST"_s, u"^/api/call$"_s), 1);
    QCOMPARE(requestsTo(u"POST"_s, u"/cancel$"_s), 1);
}

void TestTestCallJob::refusedCallSaysWhy()
{
    QSignalSpy refused(m_job.get(), &TestCallJob::refused);
    CallRequest request = requestFor(draft());
    request.phoneNumber = u"0612"_s;
    m_job->start(request);
    QVERIFY(refused.wait(5000));
    QCOMPARE(m_job->state(), TestCallJob::State::Refused);
    const ApiError error = refused.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus(), 422);
    QVERIFY2(error.message().contains(u"E.164"_s), qPrintable(error.message()));
    QCOMPARE(refused.first().at(1).toBool(), false);
    QCOMPARE(requestsTo(u"POST"_s, u"^/api/call$"_s), 1);
    // A refused job takes the next call.
    QSignalSpy placed(m_job.get(), &TestCallJob::placed);
    m_job->start(requestFor(draft()));
    QVERIFY(placed.wait(5000));
}

void TestTestCallJob::failedReadsAreTriedAgainThenGivenUpThenLookedUpAgain()
{
    QSignalSpy placed(m_job.get(), &TestCallJob::placed);
    QSignalSpy failed(m_job.get(), &TestCallJob::pollFailed);
    QSignalSpy lost(m_job.get(), &TestCallJob::lost);
    m_job->start(requestFor(draft()));
    QVERIFY(placed.wait(5000));
    // Every read fails from now on, as when the network goes away.
    m_server->sandbox().addFault(fault(SandboxFault::Kind::Status, u"GET"_s, u"^/api/call/"_s, -1, 503));
    QVERIFY(lost.wait(15000));
    QCOMPARE(m_job->state(), TestCallJob::State::Lost);
    QCOMPARE(failed.size(), 1); // maxFailures 2: one retry announced, then given up
    QCOMPARE(failed.first().at(1).toInt(), 1);
    QCOMPARE(failed.first().at(2).value<milliseconds>(), 40ms);
    QCOMPARE(lost.first().first().value<ApiError>().httpStatus(), 503);
    QCOMPARE(callsStartedWithinTheSchedule(), 0); // given up means no more reads

    // The network is back: looking up again follows the call to its end.
    m_server->sandbox().clearFaults();
    QSignalSpy finished(m_job.get(), &TestCallJob::finished);
    m_job->follow(m_job->call().id);
    QCOMPARE(m_job->state(), TestCallJob::State::Following);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_job->call().status, u"completed"_s);
    QCOMPARE(requestsTo(u"POST"_s, u"^/api/call$"_s), 1);
}

void TestTestCallJob::unknownCallIsLostAtOnce()
{
    QSignalSpy lost(m_job.get(), &TestCallJob::lost);
    QSignalSpy failed(m_job.get(), &TestCallJob::pollFailed);
    m_job->follow(u"no-such-call"_s);
    QVERIFY(lost.wait(5000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(lost.first().first().value<ApiError>().httpStatus(), 404);
}

void TestTestCallJob::lostAnswerToThePostFindsTheCall()
{
    // The server places the call, then the connection breaks before the answer is whole.
    m_server->sandbox().addFault(fault(SandboxFault::Kind::Reset, u"POST"_s, u"^/api/call$"_s, 1));
    QSignalSpy placed(m_job.get(), &TestCallJob::placed);
    QSignalSpy finished(m_job.get(), &TestCallJob::finished);
    m_job->start(requestFor(draft()));
    QVERIFY(placed.wait(10000));
    QVERIFY(finished.wait(10000));
    QCOMPARE(requestsTo(u"POST"_s, u"^/api/call$"_s), 1); // never placed twice
    QCOMPARE(requestsTo(u"GET"_s, u"^/api/call$"_s), 1); // looked for in the list
    QCOMPARE(finished.first().first().value<CallInfo>().phoneNumber, kNumber);
}

void TestTestCallJob::stopLeavesTheCallRunning()
{
    QSignalSpy placed(m_job.get(), &TestCallJob::placed);
    m_job->start(requestFor(draft()));
    QVERIFY(placed.wait(5000));
    m_job->stop();
    QCOMPARE(m_job->state(), TestCallJob::State::Stopped);
    QCOMPARE(callsStartedWithinTheSchedule(), 0); // stopped means no more reads
    QCOMPARE(requestsTo(u"POST"_s, u"/cancel$"_s), 0);
    QSignalSpy finished(m_job.get(), &TestCallJob::finished);
    m_job->follow(m_job->call().id);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_job->call().status, u"completed"_s);
}

void TestTestCallJob::unknownSecretIsNeverSent()
{
    // A header value a draft could not keep (no keychain): the call must not go out with the placeholder.
    QJsonObject json = draft().json();
    QJsonArray tools = json.value(u"custom_tools"_s).toArray();
    QJsonObject tool = tools.first().toObject();
    tool.insert(u"headers"_s,
                QJsonArray{QJsonObject{{u"key"_s, u"Authorization"_s},
                                       {u"value"_s, SecretPlaceholder::withheld().toString()}}});
    tools.replace(0, tool);
    json.insert(u"custom_tools"_s, tools);
    QSignalSpy refused(m_job.get(), &TestCallJob::refused);
    m_job->start(requestFor(Assistant(json)));
    QVERIFY(refused.wait(5000));
    const ApiError error = refused.first().first().value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Invalid);
    QVERIFY2(error.message().contains(u"book_slot"_s) && error.message().contains(u"Authorization"_s),
             qPrintable(error.message()));
    QCOMPARE(error.fieldErrors().first().field, u"custom_tools[0].headers[0].value"_s);
    QCOMPARE(requestsTo(u"POST"_s, u"^/api/call$"_s), 0);
}

QTEST_GUILESS_MAIN(TestTestCallJob)
#include "TestTestCallJob.moc"
