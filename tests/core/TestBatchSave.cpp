// SPDX-License-Identifier: GPL-3.0-or-later
// BatchSave against the real sandbox, without a window: many assistants saved through SaveJob a few at a
// time. Each assistant ends with one result; each change is stored once, never twice and never over a
// colleague's; faults during the batch (a storm of 429s, dropped connections, a 422) and Cancel leave every
// assistant accounted for. New assistants in a batch (an import) are created through CreateJob, each once.
#include "core/BatchSave.h"
#include "core/BulkEdit.h"
#include "core/CreateJob.h"
#include "core/RevoxClient.h"
#include "core/SaveJob.h"
#include "support/SandboxFixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using Status = BatchSave::Status;

namespace {

const QString kSuffix = QStringLiteral(" Always confirm the date.");

SandboxFault fault(SandboxFault::Kind kind, const QString &method, const QString &id = {})
{
    SandboxFault armed;
    armed.kind = kind;
    armed.method = method;
    if (!id.isEmpty())
        armed.pathPattern = QStringLiteral("/api/assistants/%1$").arg(id);
    return armed;
}

// Every GET answered `delayMs` late, for the whole test.
SandboxFault slowReads(int delayMs)
{
    SandboxFault slow = fault(SandboxFault::Kind::Delay, QStringLiteral("GET"));
    slow.delayMs = delayMs;
    slow.times = -1;
    return slow;
}

} // namespace

class TestBatchSave : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void eachAssistantGetsItsOwnMinimalPatch();
    void concurrencyIsBounded();
    void changedOnTheServerIsAConflict();
    void aFastBatchRereadsWithOneListRequest();
    void aSmallShareIsReadOneByOne();
    void aVeryLargeAccountIsReadOneByOne();
    void aSlowServerIsReadOneByOne();
    void alreadyHeldIsUnchanged();
    void rateLimitStormIsHonouredAcrossTheBatch();
    void droppedConnectionsLoseNothingAndSendNothingTwice();
    void oneRejectedAssistantFailsAlone();
    void cancelSendsNothingNew();
    void retryFailedSendsOnlyTheFailed();
    void abortStopsWhatIsInFlight();
    void newAssistantsAreCreatedOnceEach();
    void failedCreateIsRetriedByItsOwnJob();

private:
    // The sandbox started again with `count` generated assistants.
    void reseed(int count);
    // The first `count` assistants on the server, each with kSuffix appended to its prompt.
    QList<BatchSave::Entry> appendToPrompts(int count);
    // Starts (or retries) the batch and waits for finished().
    bool run(BatchSave &batch, bool retry = false);
    // `saves` GETs of one assistant each, and no list read.
    void checkEachReadItsOwn(int saves);
    // Each entry's prompt on the server is its base's with kSuffix exactly once, or the base's when not saved.
    void checkServerHolds(const BatchSave &batch);

    std::unique_ptr<SandboxFixture> m_fixture;
};

void TestBatchSave::init()
{
    m_fixture = std::make_unique<SandboxFixture>();
    QString error;
    SandboxServer::Options options;
    options.seedCount = 24;
    QVERIFY2(m_fixture->start(options, &error), qPrintable(error));
    QVERIFY(m_fixture->connectClient());
}

void TestBatchSave::cleanup()
{
    m_fixture.reset();
}

QList<BatchSave::Entry> TestBatchSave::appendToPrompts(int count)
{
    const BulkEdit edit({BulkOperation::appendText(QStringLiteral("prompt"), kSuffix)});
    QList<BatchSave::Entry> entries;
    const QList<Assistant> all = m_fixture->serverAssistants();
    for (int i = 0; i < count && i < all.size(); ++i)
        entries.append({all.at(i), edit.appliedTo(all.at(i))});
    m_fixture->sandbox().clearRequests();
    return entries;
}

bool TestBatchSave::run(BatchSave &batch, bool retry)
{
    bool finished = false;
    const QMetaObject::Connection connection
        = connect(&batch, &BatchSave::finished, this, [&finished] { finished = true; });
    if (retry) {
        if (!batch.retryFailed())
            return false;
    } else {
        batch.start();
    }
    const bool done = QTest::qWaitFor([&finished] { return finished; }, 60000);
    disconnect(connection);
    return done;
}

void TestBatchSave::checkEachReadItsOwn(int saves)
{
    const QList<SandboxRequestRecord> reads = m_fixture->requests(QStringLiteral("GET"));
    QCOMPARE(reads.size(), saves);
    for (const SandboxRequestRecord &read : reads)
        QVERIFY(read.path != QStringLiteral("/api/assistants"));
}

void TestBatchSave::checkServerHolds(const BatchSave &batch)
{
    m_fixture->sandbox().clearFaults();
    for (int i = 0; i < batch.total(); ++i) {
        const BatchSave::Result &result = batch.results().at(i);
        if (batch.entries().at(i).creates())
            continue; // checked by the tests of creates
        const std::optional<Assistant> stored = m_fixture->serverAssistant(result.assistantId);
        QVERIFY(stored);
        const QString before = batch.entries().at(i).base.prompt();
        if (result.status == Status::Saved)
            QCOMPARE(stored->prompt(), before + kSuffix);
        else
            QVERIFY2(stored->prompt() == before || stored->prompt() == before + kSuffix,
                     qPrintable(BatchSave::statusName(result.status)));
        QVERIFY2(!stored->prompt().endsWith(kSuffix + kSuffix), "sent twice");
    }
}

void TestBatchSave::eachAssistantGetsItsOwnMinimalPatch()
{
    const QList<BatchSave::Entry> entries = appendToPrompts(10);
    BatchSave batch(&m_fixture->client(), entries);
    batch.setDescription(QStringLiteral("Prompt: add the date rule"));
    QVERIFY(!batch.batchId().isEmpty());
    QHash<QString, int> sending;
    QStringList started;
    connect(&batch, &BatchSave::jobStarted, this, [&](const QString &id, SaveJob *job) {
        started.append(id);
        // Early enough to see the PATCH announced: what a change journal relies on.
        connect(job, &SaveJob::sending, this, [&sending, id] { ++sending[id]; });
    });
    QSignalSpy progress(&batch, &BatchSave::progressChanged);
    QVERIFY(run(batch));

    QCOMPARE(batch.count(Status::Saved), 10);
    QCOMPARE(batch.finishedCount(), 10);
    QCOMPARE(started.size(), 10);
    for (const BatchSave::Entry &entry : entries) {
        const QString id = entry.base.id();
        QCOMPARE(sending.value(id), 1);
        const QList<SandboxRequestRecord> patches = m_fixture->requests(QStringLiteral("PATCH"), id);
        QCOMPARE(patches.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(patches.first().body).object(),
                 (QJsonObject{{QStringLiteral("prompt"), QString(entry.base.prompt() + kSuffix)}}));
        QVERIFY(!patches.first().header("If-Match").isEmpty());
    }
    QCOMPARE(progress.last().at(0).toInt(), 10);
    checkServerHolds(batch);
}

void TestBatchSave::concurrencyIsBounded()
{
    m_fixture->sandbox().addFault(slowReads(150));
    BatchSave batch(&m_fixture->client(), appendToPrompts(9));
    batch.setConcurrency(42);
    QCOMPARE(batch.concurrency(), BatchSave::maximumConcurrency);
    batch.setConcurrency(0);
    QCOMPARE(batch.concurrency(), BatchSave::minimumConcurrency);
    batch.setConcurrency(3);
    int most = 0;
    connect(&batch, &BatchSave::jobStarted, this, [&] { most = std::max(most, batch.count(Status::Running)); });
    QVERIFY(run(batch));
    QCOMPARE(most, 3);
    QCOMPARE(batch.count(Status::Saved), 9);
    checkServerHolds(batch);
}

void TestBatchSave::changedOnTheServerIsAConflict()
{
    const QList<BatchSave::Entry> entries = appendToPrompts(4);
    const QString id = entries.at(2).base.id();
    AssistantPatch colleague;
    colleague.insert(QStringLiteral("prompt"), QStringLiteral("A colleague's prompt."));
    QVERIFY(m_fixture->patchOnServer(id, colleague));
    m_fixture->sandbox().clearRequests();

    BatchSave batch(&m_fixture->client(), entries);
    QVERIFY(run(batch));
    const BatchSave::Result &result = batch.results().at(2);
    QCOMPARE(result.status, Status::Conflict);
    QCOMPARE(result.conflicts, QStringList{QStringLiteral("prompt")});
    QVERIFY2(result.message.contains(QStringLiteral("Prompt")), qPrintable(result.message));
    QCOMPARE(batch.count(Status::Saved), 3);
    QVERIFY(m_fixture->requests(QStringLiteral("PATCH"), id).isEmpty()); // never an overwrite
    QCOMPARE(m_fixture->serverAssistant(id)->prompt(), QStringLiteral("A colleague's prompt."));
}

void TestBatchSave::reseed(int count)
{
    m_fixture = std::make_unique<SandboxFixture>();
    QString error;
    SandboxServer::Options options;
    options.seedCount = count;
    QVERIFY2(m_fixture->start(options, &error), qPrintable(error));
    QVERIFY(m_fixture->connectClient());
}

// All 80 of an account against a fast server: once the first saves have shown the pace, one GET /assistants stands in
// for the GETs of those still waiting, and a colleague's change since the preview is still a conflict.
void TestBatchSave::aFastBatchRereadsWithOneListRequest()
{
    constexpr int kCount = 80;
    reseed(kCount);
    const QList<BatchSave::Entry> entries = appendToPrompts(kCount);
    const QString id = entries.last().base.id();
    AssistantPatch colleague;
    colleague.insert(QStringLiteral("prompt"), QStringLiteral("A colleague's prompt."));
    QVERIFY(m_fixture->patchOnServer(id, colleague));
    m_fixture->sandbox().clearRequests();

    BatchSave batch(&m_fixture->client(), entries);
    batch.setAccountSize(kCount);
    QVERIFY(run(batch));
    QCOMPARE(batch.count(Status::Saved), kCount - 1);
    QCOMPARE(batch.results().last().status, Status::Conflict);
    QCOMPARE(batch.results().last().conflicts, QStringList{QStringLiteral("prompt")});
    int lists = 0;
    int ownReads = 0;
    for (const SandboxRequestRecord &read : m_fixture->requests(QStringLiteral("GET")))
        ++(read.path == QStringLiteral("/api/assistants") ? lists : ownReads);
    QCOMPARE(lists, 1);
    QVERIFY2(ownReads >= 2 * batch.concurrency() && ownReads < kCount, qPrintable(QString::number(ownReads)));
    QCOMPARE(m_fixture->requests(QStringLiteral("PATCH")).size(), kCount - 1);
    QVERIFY(m_fixture->requests(QStringLiteral("PATCH"), id).isEmpty());
    QCOMPARE(m_fixture->serverAssistant(id)->prompt(), QStringLiteral("A colleague's prompt."));
    for (int i = 0; i + 1 < entries.size(); ++i)
        QCOMPARE(m_fixture->serverAssistant(entries.at(i).base.id())->prompt(), entries.at(i).base.prompt() + kSuffix);
}

// The same 80 out of many more: a list of the whole account would cost more than the GETs it saves.
void TestBatchSave::aSmallShareIsReadOneByOne()
{
    constexpr int kCount = 80;
    reseed(kCount);
    const QList<BatchSave::Entry> entries = appendToPrompts(kCount);
    BatchSave batch(&m_fixture->client(), entries);
    batch.setAccountSize(kCount * BatchSave::listReadShare + 1);
    QVERIFY(run(batch));
    QCOMPARE(batch.count(Status::Saved), kCount);
    checkEachReadItsOwn(kCount);
    checkServerHolds(batch);
}

// A share large enough, of an account too large to parse its list without holding a window up: one GET each.
void TestBatchSave::aVeryLargeAccountIsReadOneByOne()
{
    const int saves
        = (BatchSave::listReadLargestAccount + 1) / BatchSave::listReadShare + 4 * BatchSave::maximumConcurrency;
    reseed(saves);
    const QList<BatchSave::Entry> entries = appendToPrompts(saves);
    QCOMPARE(entries.size(), saves);
    BatchSave batch(&m_fixture->client(), entries);
    batch.setConcurrency(BatchSave::maximumConcurrency);
    batch.setAccountSize(BatchSave::listReadLargestAccount + 1);
    QVERIFY(run(batch));
    QCOMPARE(batch.count(Status::Saved), saves);
    checkEachReadItsOwn(saves);
}

// A server that answers each read in 200 ms (a real one, far away): the saves never reach a pace at which a list's
// copies would be used while young, so each reads its own, as without the list.
void TestBatchSave::aSlowServerIsReadOneByOne()
{
    const QList<BatchSave::Entry> entries = appendToPrompts(24);
    m_fixture->sandbox().addFault(slowReads(200));
    BatchSave batch(&m_fixture->client(), entries);
    batch.setConcurrency(2);
    batch.setAccountSize(24);
    QVERIFY(run(batch));
    QCOMPARE(batch.count(Status::Saved), 24);
    checkEachReadItsOwn(24);
    checkServerHolds(batch);
}

void TestBatchSave::alreadyHeldIsUnchanged()
{
    const QList<BatchSave::Entry> entries = appendToPrompts(2);
    AssistantPatch same;
    same.insert(QStringLiteral("prompt"), entries.at(0).edited.prompt());
    QVERIFY(m_fixture->patchOnServer(entries.at(0).base.id(), same));
    m_fixture->sandbox().clearRequests();
    BatchSave batch(&m_fixture->client(), entries);
    QVERIFY(run(batch));
    QCOMPARE(batch.results().at(0).status, Status::Unchanged);
    QCOMPARE(batch.results().at(1).status, Status::Saved);
    QVERIFY(m_fixture->requests(QStringLiteral("PATCH"), entries.at(0).base.id()).isEmpty());
}

void TestBatchSave::rateLimitStormIsHonouredAcrossTheBatch()
{
    BatchSave batch(&m_fixture->client(), appendToPrompts(16));
    SandboxFault storm = fault(SandboxFault::Kind::RateLimit, QString());
    storm.retryAfterMs = 250;
    storm.times = 30;
    m_fixture->sandbox().addFault(storm);
    QElapsedTimer clock;
    clock.start();
    qint64 holdEnds = 0;
    int holds = 0;
    int startedDuringHold = 0;
    connect(&batch, &BatchSave::backingOff, this, [&](std::chrono::milliseconds wait) {
        ++holds;
        holdEnds = std::max(holdEnds, clock.elapsed() + wait.count());
    });
    connect(&batch, &BatchSave::jobStarted, this, [&] {
        // A millisecond of slack: the clock here starts a moment after the batch's own.
        if (clock.elapsed() + 1 < holdEnds)
            ++startedDuringHold;
    });
    QVERIFY(run(batch));
    QVERIFY(holds > 0);
    QCOMPARE(startedDuringHold, 0);
    // More 429s than a call's own retries take: some saves were turned away whole and sent again later.
    QVERIFY(std::any_of(batch.results().cbegin(), batch.results().cend(),
                        [](const BatchSave::Result &result) { return result.rounds > 1; }));
    QCOMPARE(batch.count(Status::Saved), 16);
    checkServerHolds(batch);
}

void TestBatchSave::droppedConnectionsLoseNothingAndSendNothingTwice()
{
    const QList<BatchSave::Entry> entries = appendToPrompts(8);
    // One PATCH is stored and its answer cut off (a connection reset after the write); another assistant's
    // PATCHes never reach the server (dropped before any answer, every time).
    const QString storedButLost = entries.at(2).base.id();
    const QString neverArrives = entries.at(5).base.id();
    m_fixture->sandbox().addFault(fault(SandboxFault::Kind::Reset, QStringLiteral("PATCH"), storedButLost));
    SandboxFault drop = fault(SandboxFault::Kind::Drop, QStringLiteral("PATCH"), neverArrives);
    drop.times = -1;
    m_fixture->sandbox().addFault(drop);

    BatchSave batch(&m_fixture->client(), entries);
    QVERIFY(run(batch));
    QCOMPARE(batch.finishedCount(), 8);
    QCOMPARE(batch.results().at(2).status, Status::Saved);
    const BatchSave::Result &lost = batch.results().at(5);
    QCOMPARE(lost.status, Status::Failed);
    QVERIFY2(lost.message.contains(QStringLiteral("may or may not")), qPrintable(lost.message));
    QCOMPARE(batch.count(Status::Saved), 7);
    checkServerHolds(batch);
    QCOMPARE(m_fixture->serverAssistant(neverArrives)->prompt(), entries.at(5).base.prompt());
}

void TestBatchSave::oneRejectedAssistantFailsAlone()
{
    const QList<BatchSave::Entry> entries = appendToPrompts(6);
    const QString rejected = entries.at(3).base.id();
    SandboxFault unprocessable = fault(SandboxFault::Kind::Status, QStringLiteral("PATCH"), rejected);
    unprocessable.status = 422;
    unprocessable.body
        = R"({"message": "Validation failed", "errors": [{"field": "prompt", "message": "is too long"}]})";
    m_fixture->sandbox().addFault(unprocessable);

    BatchSave batch(&m_fixture->client(), entries);
    QVERIFY(run(batch));
    const BatchSave::Result &result = batch.results().at(3);
    QCOMPARE(result.status, Status::Failed);
    QVERIFY2(result.message.contains(QStringLiteral("is too long")), qPrintable(result.message));
    QCOMPARE(result.save->error.httpStatus(), 422);
    QCOMPARE(m_fixture->requests(QStringLiteral("PATCH"), rejected).size(), 1); // a 422 is not repeated
    QCOMPARE(batch.count(Status::Saved), 5);
    checkServerHolds(batch);
    QCOMPARE(m_fixture->serverAssistant(rejected)->prompt(), entries.at(3).base.prompt());
}

void TestBatchSave::cancelSendsNothingNew()
{
    SandboxFault slow = fault(SandboxFault::Kind::Delay, QStringLiteral("PATCH"));
    slow.delayMs = 200;
    slow.times = -1;
    m_fixture->sandbox().addFault(slow);
    const QList<BatchSave::Entry> entries = appendToPrompts(12);
    BatchSave batch(&m_fixture->client(), entries);
    batch.setConcurrency(2);
    QStringList started;
    connect(&batch, &BatchSave::jobStarted, this, [&](const QString &id) {
        started.append(id);
        if (started.size() == 2)
            batch.cancel();
    });
    QVERIFY(run(batch));
    QVERIFY(batch.isCancelled());
    QCOMPARE(started.size(), 2);
    QCOMPARE(batch.count(Status::Saved), 2); // in flight: finished and reported
    QCOMPARE(batch.count(Status::NotSent), 10);
    QCOMPARE(batch.finishedCount(), 12);
    for (const BatchSave::Result &result : batch.results()) {
        const bool sent = started.contains(result.assistantId);
        QCOMPARE(m_fixture->requests(QStringLiteral("GET"), result.assistantId).size(), sent ? 1 : 0);
        QCOMPARE(m_fixture->requests(QStringLiteral("PATCH"), result.assistantId).size(), sent ? 1 : 0);
        if (!sent)
            QVERIFY2(result.message.contains(QStringLiteral("cancelled")), qPrintable(result.message));
    }
    checkServerHolds(batch);
}

void TestBatchSave::retryFailedSendsOnlyTheFailed()
{
    const QList<BatchSave::Entry> entries = appendToPrompts(5);
    const QString rejected = entries.at(1).base.id();
    SandboxFault unavailable = fault(SandboxFault::Kind::Status, QStringLiteral("PATCH"), rejected);
    unavailable.status = 500;
    unavailable.times = -1;
    m_fixture->sandbox().addFault(unavailable);
    BatchSave batch(&m_fixture->client(), entries);
    const QString batchId = batch.batchId();
    QVERIFY(run(batch));
    QCOMPARE(batch.results().at(1).status, Status::Failed);
    QCOMPARE(batch.count(Status::Saved), 4);

    m_fixture->sandbox().clearFaults();
    m_fixture->sandbox().clearRequests();
    QStringList started;
    connect(&batch, &BatchSave::jobStarted, this, [&started](const QString &id) { started.append(id); });
    QVERIFY(run(batch, true));
    QCOMPARE(started, QStringList{rejected});
    QCOMPARE(batch.batchId(), batchId); // one batch still
    QCOMPARE(batch.count(Status::Saved), 5);
    QVERIFY(!batch.retryFailed()); // nothing left
    checkServerHolds(batch);
}

void TestBatchSave::abortStopsWhatIsInFlight()
{
    const QList<BatchSave::Entry> entries = appendToPrompts(6);
    m_fixture->sandbox().addFault(slowReads(400));
    BatchSave batch(&m_fixture->client(), entries);
    batch.setConcurrency(2);
    connect(&batch, &BatchSave::jobStarted, this, [&batch] {
        if (batch.count(Status::Running) == 2)
            QMetaObject::invokeMethod(&batch, &BatchSave::abort, Qt::QueuedConnection);
    });
    QVERIFY(run(batch));
    // The two in flight were stopped before their PATCH; the rest never started. Nothing was sent.
    QCOMPARE(batch.count(Status::Failed), 2);
    QCOMPARE(batch.count(Status::NotSent), 4);
    QCOMPARE(batch.finishedCount(), 6);
    QVERIFY(m_fixture->requests(QStringLiteral("PATCH")).isEmpty());
    checkServerHolds(batch);
}

namespace {

// A new assistant as an import brings it: no ID, a name and a prompt of its own.
BatchSave::Entry newAssistant(int n)
{
    Assistant made;
    made.setName(QStringLiteral("Imported %1").arg(n));
    made.setPrompt(QStringLiteral("You answer the calls of import number %1.").arg(n));
    return {Assistant(), made};
}

} // namespace

void TestBatchSave::newAssistantsAreCreatedOnceEach()
{
    QList<BatchSave::Entry> entries = appendToPrompts(2);
    for (int n = 0; n < 3; ++n)
        entries.append(newAssistant(n));
    QSet<QString> known;
    for (const Assistant &assistant : m_fixture->serverAssistants())
        known.insert(assistant.id());
    // The first POST is stored and its answer cut off; the second is turned away once (429).
    m_fixture->sandbox().addFault(fault(SandboxFault::Kind::Reset, QStringLiteral("POST")));
    SandboxFault busy = fault(SandboxFault::Kind::RateLimit, QStringLiteral("POST"));
    busy.retryAfterMs = 100;
    m_fixture->sandbox().addFault(busy);

    BatchSave batch(&m_fixture->client(), entries);
    batch.setKnownIds(known);
    batch.setConcurrency(1); // the faults meet the creates in order
    int creates = 0;
    int posts = 0;
    connect(&batch, &BatchSave::createStarted, this, [&](CreateJob *job) {
        ++creates;
        connect(job, &CreateJob::sending, this, [&posts] { ++posts; });
    });
    QVERIFY(run(batch));

    QCOMPARE(batch.count(Status::Saved), 2);
    QCOMPARE(batch.count(Status::Created), 3);
    QCOMPARE(creates, 3);
    QVERIFY2(posts >= 3, qPrintable(QString::number(posts)));
    for (int n = 0; n < 3; ++n) {
        const BatchSave::Result &result = batch.results().at(2 + n);
        QCOMPARE(result.name, QStringLiteral("Imported %1").arg(n));
        QVERIFY(result.create && result.create->succeeded());
        QVERIFY(!known.contains(result.assistantId));
        QList<Assistant> named;
        for (const Assistant &assistant : m_fixture->serverAssistants()) {
            if (assistant.name() == result.name)
                named.append(assistant);
        }
        QCOMPARE(named.size(), 1); // made once, whatever was lost or turned away
        QCOMPARE(named.first().id(), result.assistantId);
        QCOMPARE(named.first().prompt(), entries.at(2 + n).edited.prompt());
    }
    // The lost answer was found in the list, not posted again.
    QCOMPARE(batch.results().at(2).create->outcome, CreateResult::Outcome::Recovered);
    QVERIFY2(batch.results().at(2).message.contains(QStringLiteral("answer was lost")),
             qPrintable(batch.results().at(2).message));
    QCOMPARE(BatchSave::statusName(Status::Created), QStringLiteral("created"));
    checkServerHolds(batch);
}

void TestBatchSave::failedCreateIsRetriedByItsOwnJob()
{
    QList<BatchSave::Entry> entries{newAssistant(0), newAssistant(1)};
    SandboxFault refused = fault(SandboxFault::Kind::Status, QStringLiteral("POST"));
    refused.status = 422;
    refused.body = R"({"message": "Validation failed", "errors": [{"field": "prompt", "message": "is too long"}]})";
    m_fixture->sandbox().addFault(refused);
    BatchSave batch(&m_fixture->client(), entries);
    batch.setConcurrency(1);
    QList<CreateJob *> jobs;
    connect(&batch, &BatchSave::createStarted, this, [&jobs](CreateJob *job) { jobs.append(job); });
    QVERIFY(run(batch));
    QCOMPARE(batch.results().at(0).status, Status::Failed);
    QVERIFY2(batch.results().at(0).message.contains(QStringLiteral("is too long")),
             qPrintable(batch.results().at(0).message));
    QVERIFY(batch.results().at(0).assistantId.isEmpty());
    QCOMPARE(batch.results().at(1).status, Status::Created);
    QCOMPARE(m_fixture->createRequests(), 2);

    // Retry Failed submits the same job again: no second job for the journal to follow.
    QVERIFY(run(batch, true));
    QCOMPARE(batch.results().at(0).status, Status::Created);
    QCOMPARE(batch.count(Status::Created), 2);
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(m_fixture->createRequests(), 3);
    QCOMPARE(m_fixture->serverAssistant(batch.results().at(0).assistantId)->name(), QStringLiteral("Imported 0"));
}

QTEST_GUILESS_MAIN(TestBatchSave)
#include "TestBatchSave.moc"
