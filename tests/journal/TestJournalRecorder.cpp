// SPDX-License-Identifier: GPL-3.0-or-later
// The journal written around the core's jobs, against the real sandbox: the entry is there before the request
// leaves and holds the outcome after; one entry per request (a 412 makes two); lost answers are "unknown";
// creates, deletes (the whole assistant kept) and clones; batches; and a journal that cannot be written never
// stops a save.
#include "JournalTestData.h"

#include "core/CloneJob.h"
#include "core/CreateJob.h"
#include "core/DeleteJob.h"
#include "core/RevoxClient.h"
#include "core/SaveJob.h"
#include "core/SecretSealer.h"
#include "journal/JournalRecorder.h"
#include "journal/JournalStore.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using Operation = JournalEntry::Operation;
using Status = JournalEntry::Status;

namespace {

template<typename Job, typename Result>
std::optional<Result> run(Job *job, void (Job::*finished)(const Result &), const std::function<void()> &start)
{
    auto result = std::make_shared<std::optional<Result>>();
    QObject::connect(job, finished, job, [result](const Result &r) { *result = r; });
    start();
    if (!QTest::qWaitFor([result] { return result->has_value(); }, 20000))
        qWarning("the job did not finish");
    return *result;
}

} // namespace

class TestJournalRecorder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void saveIsWrittenDownBeforeThePatchLeaves();
    void preconditionFailedMakesTwoEntries();
    void refusedSaveIsFailed();
    void lostAnswerIsUnknown();
    void lostAnswerRetriedIntoItsOwnChangeIsDone();
    void fieldsNotStoredAreRecorded();
    void noSecretReachesAnErrorMessage();
    void createIsRecorded();
    void createWhoseAnswerWasLostIsCompletedWhenFound();
    void deleteKeepsTheWholeAssistant();
    void cloneIsRecorded();
    void batchGroupsItsJobs();
    void journalThatCannotBeWrittenNeverStopsASave();

private:
    Assistant assistant(int index);
    SaveResult save(const Assistant &base, const Assistant &edited, const JournalRecorder::Context &context = {});
    QList<JournalEntry> entries() const { return m_store->entries({}); }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<SecretSealer> m_sealer;
    std::unique_ptr<JournalStore> m_store;
    std::unique_ptr<JournalRecorder> m_recorder;
};

void TestJournalRecorder::init()
{
    m_fixture = std::make_unique<SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start({}, &error), qPrintable(error));
    QVERIFY(m_fixture->connectClient());
    m_sealer = std::make_unique<SecretSealer>(nullptr);
    m_store
        = std::make_unique<JournalStore>(m_fixture->dir().filePath(QStringLiteral("journal.sqlite")), m_sealer.get());
    QVERIFY(m_store->open());
    m_recorder = std::make_unique<JournalRecorder>(m_store.get());
    m_recorder->setConnection(QStringLiteral("sandbox"), QStringLiteral("Sandbox"));
}

void TestJournalRecorder::cleanup()
{
    m_recorder.reset();
    m_store.reset();
    m_fixture.reset();
}

Assistant TestJournalRecorder::assistant(int index)
{
    const QList<Assistant> all = m_fixture->serverAssistants();
    return index < all.size() ? all.at(index) : Assistant();
}

SaveResult TestJournalRecorder::save(const Assistant &base, const Assistant &edited,
                                     const JournalRecorder::Context &context)
{
    auto *job = new SaveJob(&m_fixture->client(), base, edited, nullptr);
    m_recorder->attach(job, context);
    return run(job, &SaveJob::finished, [job] { job->start(); }).value_or(SaveResult());
}

void TestJournalRecorder::saveIsWrittenDownBeforeThePatchLeaves()
{
    const Assistant base = assistant(0);
    Assistant edited = base;
    edited.setPrompt(base.prompt() + QStringLiteral(" Always confirm the date."));
    auto *job = new SaveJob(&m_fixture->client(), base, edited, nullptr);
    m_recorder->attach(job);
    m_fixture->sandbox().clearRequests();
    QList<JournalEntry> atSending;
    qsizetype patchesAtSending = -1;
    connect(job, &SaveJob::sending, this, [&] {
        atSending = entries();
        patchesAtSending = m_fixture->assistantRequestMethods().count(QStringLiteral("PATCH"));
    });
    const std::optional<SaveResult> result = run(job, &SaveJob::finished, [job] { job->start(); });
    QVERIFY(result && result->outcome == SaveResult::Outcome::Saved);

    QCOMPARE(atSending.size(), 1);
    QCOMPARE(patchesAtSending, 0);
    QCOMPARE(atSending.first().status, Status::Pending);
    QCOMPARE(atSending.first().request.value(u"prompt").toString(), edited.prompt());

    const QList<JournalEntry> after = entries();
    QCOMPARE(after.size(), 1);
    const JournalEntry &entry = after.first();
    QCOMPARE(entry.id, atSending.first().id);
    QCOMPARE(entry.operation, Operation::Update);
    QCOMPARE(entry.status, Status::Succeeded);
    QCOMPARE(entry.httpStatus, 200);
    QCOMPARE(entry.connectionId, QStringLiteral("sandbox"));
    QCOMPARE(entry.connectionName, QStringLiteral("Sandbox"));
    QCOMPARE(entry.assistantId, base.id());
    QCOMPARE(entry.assistantName, base.name());
    QCOMPARE(entry.fields, QStringList{QStringLiteral("prompt")});
    QCOMPARE(entry.before, (QJsonObject{{QStringLiteral("prompt"), base.prompt()}}));
    QCOMPARE(entry.after, (QJsonObject{{QStringLiteral("prompt"), edited.prompt()}}));
    QCOMPARE(entry.request, result->sent.body());
    QVERIFY(entry.unstored.isEmpty());
    QVERIFY(entry.started.isValid() && entry.finished >= entry.started);
}

void TestJournalRecorder::preconditionFailedMakesTwoEntries()
{
    const Assistant base = assistant(1);
    Assistant edited = base;
    edited.setName(QStringLiteral("After a 412"));
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 412;
    fault.method = QStringLiteral("PATCH");
    m_fixture->sandbox().addFault(fault);
    QCOMPARE(save(base, edited).outcome, SaveResult::Outcome::Saved);
    const QList<JournalEntry> all = entries();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(1).status, Status::Failed);
    QCOMPARE(all.at(1).httpStatus, 412);
    QCOMPARE(all.at(0).status, Status::Succeeded);
    QCOMPARE(all.at(0).after.value(u"name").toString(), QStringLiteral("After a 412"));
}

void TestJournalRecorder::refusedSaveIsFailed()
{
    const Assistant base = assistant(2);
    Assistant edited = base;
    edited.setName(QStringLiteral("Refused"));
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 422;
    fault.method = QStringLiteral("PATCH");
    fault.body = R"({"message":"Validation failed","errors":[{"field":"name","message":"taken"}]})";
    m_fixture->sandbox().addFault(fault);
    QCOMPARE(save(base, edited).outcome, SaveResult::Outcome::Failed);
    const JournalEntry entry = entries().first();
    QCOMPARE(entry.status, Status::Failed);
    QCOMPARE(entry.httpStatus, 422);
    QVERIFY(!entry.message.isEmpty());
    QVERIFY(entry.finished.isValid());
}

void TestJournalRecorder::lostAnswerIsUnknown()
{
    const Assistant base = assistant(3);
    Assistant edited = base;
    edited.setName(QStringLiteral("Answer lost"));
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::MalformedJson; // applied, then an answer that cannot be read
    fault.method = QStringLiteral("PATCH");
    m_fixture->sandbox().addFault(fault);
    const SaveResult result = save(base, edited);
    QCOMPARE(result.outcome, SaveResult::Outcome::Failed);
    QVERIFY(result.error.mayHaveBeenApplied());
    const JournalEntry entry = entries().first();
    QCOMPARE(entry.status, Status::Unknown);
    QVERIFY(!entry.message.isEmpty());
    QCOMPARE(m_store->unresolved(QStringLiteral("sandbox")).size(), 1);
}

void TestJournalRecorder::lostAnswerRetriedIntoItsOwnChangeIsDone()
{
    const Assistant base = assistant(3);
    Assistant edited = base;
    edited.setName(QStringLiteral("Answer cut short"));
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Truncate; // applied; the retry then meets its own change (412)
    fault.method = QStringLiteral("PATCH");
    m_fixture->sandbox().addFault(fault);
    const SaveResult result = save(base, edited);
    QCOMPARE(result.outcome, SaveResult::Outcome::NothingToSave);
    const QList<JournalEntry> all = entries();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().status, Status::Succeeded);
    QCOMPARE(all.first().after.value(u"name").toString(), QStringLiteral("Answer cut short"));
    QVERIFY(!all.first().message.isEmpty());
}

void TestJournalRecorder::fieldsNotStoredAreRecorded()
{
    const Assistant base = assistant(4);
    Assistant edited = base;
    edited.setWebhookUrl(QStringLiteral("https://hooks.example.com/journal"));
    edited.setName(QStringLiteral("Stored"));
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::IgnoreField;
    fault.field = QStringLiteral("webhook_url");
    fault.method = QStringLiteral("PATCH");
    m_fixture->sandbox().addFault(fault);
    const SaveResult result = save(base, edited);
    QCOMPARE(result.outcome, SaveResult::Outcome::Saved);
    QCOMPARE(result.unstoredKeys(), QStringList{QStringLiteral("webhook_url")});
    const JournalEntry entry = entries().first();
    QCOMPARE(entry.status, Status::Succeeded);
    QCOMPARE(entry.unstored.size(), 1);
    QCOMPARE(entry.unstored.first()[u"key"].toString(), QStringLiteral("webhook_url"));
    QCOMPARE(entry.unstored.first()[u"how"].toString(), QStringLiteral("ignored"));
    // `after` is what the server holds: the webhook as it was.
    QCOMPARE(entry.after.value(u"webhook_url"), base.value(QStringLiteral("webhook_url")));
    QCOMPARE(entry.request.value(u"webhook_url").toString(), QStringLiteral("https://hooks.example.com/journal"));
}

void TestJournalRecorder::noSecretReachesAnErrorMessage()
{
    const QString secret = QStringLiteral("Bearer rvx_ECHOCANARY_77ab01");
    Assistant base;
    for (const Assistant &candidate : m_fixture->serverAssistants()) {
        if (!candidate.customTools().isEmpty() && !candidate.customTools().first().headers.isEmpty()) {
            base = candidate;
            break;
        }
    }
    QVERIFY(!base.id().isEmpty());
    Assistant edited = base;
    QList<CustomTool> tools = edited.customTools();
    tools.first().headers.first().value = secret;
    edited.setCustomTools(tools);
    SandboxFault fault; // a server that echoes what it refuses
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 400;
    fault.method = QStringLiteral("PATCH");
    fault.body = QJsonDocument(QJsonObject{{QStringLiteral("message"),
                                            QStringLiteral("Header value \"%1\" is not allowed").arg(secret)}})
                     .toJson(QJsonDocument::Compact);
    m_fixture->sandbox().addFault(fault);
    QCOMPARE(save(base, edited).outcome, SaveResult::Outcome::Failed);
    const JournalEntry entry = entries().first();
    QCOMPARE(entry.status, Status::Failed);
    QVERIFY2(entry.message.contains(QStringLiteral("is not allowed")), qPrintable(entry.message));
    QVERIFY(!entry.message.contains(secret));
    const QByteArray bytes = JournalTestData::bytesOf(m_store->path());
    QVERIFY(!bytes.contains(secret.toUtf8()));
    QVERIFY(!bytes.contains(base.customTools().first().headers.first().value.toUtf8()));
}

void TestJournalRecorder::createIsRecorded()
{
    auto *job = new CreateJob(&m_fixture->client(), this);
    m_recorder->attach(job);
    Assistant draft;
    draft.setName(QStringLiteral("Journal create"));
    draft.setPrompt(QStringLiteral("Greet the caller."));
    QList<JournalEntry> atSending;
    connect(job, &CreateJob::sending, this, [&] { atSending = entries(); });
    const std::optional<CreateResult> result = run(job, &CreateJob::finished, [job, draft] { job->submit(draft); });
    QVERIFY(result && result->outcome == CreateResult::Outcome::Created);
    QCOMPARE(atSending.size(), 1);
    QCOMPARE(atSending.first().status, Status::Pending);
    const JournalEntry entry = entries().first();
    QCOMPARE(entry.operation, Operation::Create);
    QCOMPARE(entry.status, Status::Succeeded);
    QCOMPARE(entry.assistantId, result->assistant->id());
    QCOMPARE(entry.assistantName, QStringLiteral("Journal create"));
    QCOMPARE(entry.request, result->sent.body());
    QCOMPARE(entry.summary, QStringLiteral("Created “Journal create”"));
    delete job;
}

void TestJournalRecorder::createWhoseAnswerWasLostIsCompletedWhenFound()
{
    auto *job = new CreateJob(&m_fixture->client(), this);
    m_recorder->attach(job);
    Assistant draft;
    draft.setName(QStringLiteral("Lost create"));
    draft.setPrompt(QStringLiteral("Greet the caller."));
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Truncate;
    fault.method = QStringLiteral("POST");
    m_fixture->sandbox().addFault(fault);
    const std::optional<CreateResult> result = run(job, &CreateJob::finished, [job, draft] { job->submit(draft); });
    QVERIFY(result);
    QCOMPARE(result->outcome, CreateResult::Outcome::Recovered);
    const QList<JournalEntry> all = entries();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().status, Status::Succeeded);
    QCOMPARE(all.first().assistantId, result->assistant->id());
    QVERIFY(!all.first().message.isEmpty());
    delete job;
}

void TestJournalRecorder::deleteKeepsTheWholeAssistant()
{
    const Assistant victim = assistant(5);
    auto *job = new DeleteJob(&m_fixture->client(), victim.id());
    m_recorder->attach(job);
    QList<JournalEntry> atSending;
    QStringList methodsAtSending;
    m_fixture->sandbox().clearRequests();
    connect(job, &DeleteJob::sending, this, [&] {
        atSending = entries();
        methodsAtSending = m_fixture->assistantRequestMethods();
    });
    const std::optional<DeleteResult> result = run(job, &DeleteJob::finished, [job] { job->start(); });
    QVERIFY(result && result->outcome == DeleteResult::Outcome::Deleted);
    QCOMPARE(methodsAtSending, QStringList{QStringLiteral("GET")});
    QCOMPARE(atSending.size(), 1);
    QCOMPARE(m_fixture->assistantRequestMethods(), (QStringList{QStringLiteral("GET"), QStringLiteral("DELETE")}));
    QVERIFY(!m_fixture->serverAssistant(victim.id()));

    const JournalEntry entry = entries().first();
    QCOMPARE(entry.operation, Operation::Delete);
    QCOMPARE(entry.status, Status::Succeeded);
    QCOMPARE(entry.assistantId, victim.id());
    // Every field, as the server held it (secrets as digests).
    QCOMPARE(entry.before, m_sealer->redacted(victim.json()));
    QCOMPARE(m_sealer->rehydrated(entry.before, victim.json()), victim.json());
}

void TestJournalRecorder::cloneIsRecorded()
{
    const Assistant source = assistant(6);
    auto *job = new CloneJob(&m_fixture->client(), source);
    m_recorder->attach(job);
    const std::optional<CloneResult> result = run(job, &CloneJob::finished, [job] { job->start(); });
    QVERIFY(result && result->clone);
    const JournalEntry entry = entries().first();
    QCOMPARE(entry.operation, Operation::Clone);
    QCOMPARE(entry.status, Status::Succeeded);
    QCOMPARE(entry.sourceId, source.id());
    QCOMPARE(entry.assistantId, result->clone->id());
    QCOMPARE(entry.assistantName, result->clone->name());
    // The clone's history and the source's both show it.
    QCOMPARE(m_store->ids({.assistantId = source.id()}), QList<qint64>{entry.id});
    QCOMPARE(m_store->ids({.assistantId = result->clone->id()}), QList<qint64>{entry.id});
}

void TestJournalRecorder::batchGroupsItsJobs()
{
    const qint64 batch = m_recorder->beginBatch(QStringLiteral("Speed 1.1 for three assistants"));
    QVERIFY(batch);
    for (int i = 0; i < 3; ++i) {
        const Assistant base = assistant(i);
        Assistant edited = base;
        edited.setName(base.name() + QStringLiteral(" (batch)"));
        QCOMPARE(save(base, edited, {.batchId = batch}).outcome, SaveResult::Outcome::Saved);
    }
    const Assistant alone = assistant(4);
    Assistant edited = alone;
    edited.setName(QStringLiteral("Alone"));
    QCOMPARE(save(alone, edited).outcome, SaveResult::Outcome::Saved);
    m_recorder->finishBatch(batch);
    const QList<JournalEntry> members = m_store->batchEntries(batch);
    QCOMPARE(members.size(), 3);
    QCOMPARE(members.first().assistantId, assistant(0).id());
    QVERIFY(m_store->batch(batch)->finished.isValid());
    QCOMPARE(m_store->batch(batch)->description, QStringLiteral("Speed 1.1 for three assistants"));
}

void TestJournalRecorder::journalThatCannotBeWrittenNeverStopsASave()
{
    // A journal whose folder is a file: it cannot open, so nothing can be written.
    const QString blocker = m_fixture->dir().filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    JournalStore broken(blocker + QStringLiteral("/journal.sqlite"), m_sealer.get());
    QVERIFY(!broken.open());
    JournalRecorder recorder(&broken);
    recorder.setConnection(QStringLiteral("sandbox"), QStringLiteral("Sandbox"));
    QSignalSpy notRecorded(&recorder, &JournalRecorder::notRecorded);

    const Assistant base = assistant(0);
    Assistant edited = base;
    edited.setName(QStringLiteral("Saved anyway"));
    auto *job = new SaveJob(&m_fixture->client(), base, edited, nullptr);
    recorder.attach(job);
    const std::optional<SaveResult> result = run(job, &SaveJob::finished, [job] { job->start(); });
    QVERIFY(result);
    QCOMPARE(result->outcome, SaveResult::Outcome::Saved);
    QCOMPARE(m_fixture->serverAssistant(base.id())->name(), QStringLiteral("Saved anyway"));
    QCOMPARE(notRecorded.size(), 1);
    QVERIFY(notRecorded.first().first().toString().contains(QStringLiteral("Saved anyway")));
}

QTEST_GUILESS_MAIN(TestJournalRecorder)
#include "TestJournalRecorder.moc"
