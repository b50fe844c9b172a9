// SPDX-License-Identifier: GPL-3.0-or-later
// SaveJob against the real sandbox, without a window: the save protocol the editor, a batch and the
// command-line tool all use. Every fault scenario of the fault suite, conflicts both ways, a 412, and the
// check of the server's answer against what was sent.
#include "core/AssistantMerge.h"
#include "core/ConflictPolicy.h"
#include "core/RevoxClient.h"
#include "core/SaveJob.h"
#include "support/SandboxFixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPointer>
#include <QTest>

#include <functional>
#include <memory>

using FaultScenarios::Expectation;
using FaultScenarios::missingWord;
using FaultScenarios::Operation;
using FaultScenarios::Scenario;
using FaultScenarios::Setup;
using FaultScenarios::waitMs;
using Expected = FaultScenarios::Outcome;
using Outcome = SaveResult::Outcome;

namespace {

// Answers like a user who calls the save off at the conflict dialog; counts the questions.
class CancellingResolver : public ConflictResolver
{
public:
    Answer resolve(AssistantMerge &merge) override
    {
        asked.append(merge.conflicts());
        return Answer::Cancel;
    }
    QStringList asked;
};

QJsonObject bodyOf(const SandboxRequestRecord &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace

class TestSaveJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void editingOnlyThePromptSendsOnlyThePrompt();
    void sendingIsSignalledBeforeThePatchLeaves();
    void faultScenarios_data();
    void faultScenarios();
    void failedReadSendsNothing();
    void serverOnlyChangesAreTakenIn();
    void conflictsResolved_data();
    void conflictsResolved();
    void stopOnConflictNamesTheFields();
    void cancelledSendsNothing();
    void preconditionFailedMergesAgainOnce();
    void preconditionFailedTwiceFails();
    void serverHoldingTheEditAlreadyIsNothingToSave();
    void ignoredFieldIsReportedAndKept();
    void droppedFieldIsReported();
    void editsMadeWhileSavingStayOnTop();
    void abortEndsTheJob();
    void aListedCopyStandsInForTheReadWhileYoung();
    void anOldListedCopyIsReadAgain();

private:
    // Runs a job to its end and returns what it reported; `start` starts it (start() when none).
    SaveResult run(SaveJob *job, const std::function<void(SaveJob *)> &start = {});
    SaveResult save(const Assistant &base, const Assistant &edited, ConflictResolver *resolver = nullptr);
    Assistant firstAssistant();
    QList<SandboxRequestRecord> patches() const;

    std::unique_ptr<SandboxFixture> m_fixture;
};

void TestSaveJob::init()
{
    m_fixture = std::make_unique<SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start({}, &error), qPrintable(error));
    QVERIFY(m_fixture->connectClient());
}

void TestSaveJob::cleanup()
{
    m_fixture.reset();
}

SaveResult TestSaveJob::run(SaveJob *job, const std::function<void(SaveJob *)> &start)
{
    auto result = std::make_shared<std::optional<SaveResult>>();
    QPointer<SaveJob> alive(job);
    connect(job, &SaveJob::finished, this, [result](const SaveResult &r) { *result = r; });
    if (start)
        start(job);
    else
        job->start();
    if (!QTest::qWaitFor([result] { return result->has_value(); }, 2 * waitMs)) {
        if (alive)
            alive->abort();
        qWarning("the job did not finish");
        return {};
    }
    if (!QTest::qWaitFor([alive] { return !alive; }, waitMs)) // it deletes itself
        qWarning("the job did not delete itself");
    return **result;
}

SaveResult TestSaveJob::save(const Assistant &base, const Assistant &edited, ConflictResolver *resolver)
{
    return run(new SaveJob(&m_fixture->client(), base, edited, resolver));
}

Assistant TestSaveJob::firstAssistant()
{
    const QList<Assistant> all = m_fixture->serverAssistants();
    return all.isEmpty() ? Assistant() : all.first();
}

QList<SandboxRequestRecord> TestSaveJob::patches() const
{
    QList<SandboxRequestRecord> result;
    for (const SandboxRequestRecord &request : m_fixture->sandbox().requests()) {
        if (request.method == u"PATCH")
            result.append(request);
    }
    return result;
}

void TestSaveJob::editingOnlyThePromptSendsOnlyThePrompt()
{
    const Assistant base = firstAssistant();
    Assistant edited = base;
    edited.setPrompt(base.prompt() + QStringLiteral(" Always confirm the date."));
    m_fixture->sandbox().clearRequests();

    const SaveResult result = save(base, edited);
    QCOMPARE(result.outcome, Outcome::Saved);
    QCOMPARE(m_fixture->assistantRequestMethods(), (QStringList{QStringLiteral("GET"), QStringLiteral("PATCH")}));
    const SandboxRequestRecord patch = patches().first();
    QCOMPARE(bodyOf(patch), (QJsonObject{{QStringLiteral("prompt"), edited.prompt()}}));
    QVERIFY(!patch.header("If-Match").isEmpty()); // the GET's ETag
    QCOMPARE(result.sent.body(), bodyOf(patch));
    QCOMPARE(result.patchesSent, 1);
    QVERIFY(result.unstored.isEmpty());
    QVERIFY(result.answer);
    QCOMPARE(result.answer->prompt(), edited.prompt());
    QCOMPARE(result.serverCopy->prompt(), base.prompt());
    QCOMPARE(result.newBase(), result.answer);
    QVERIFY(AssistantPatch::between(*result.newBase(), result.contentAfter(edited)).isEmpty());
    QCOMPARE(m_fixture->serverAssistant(base.id())->prompt(), edited.prompt());
}

void TestSaveJob::sendingIsSignalledBeforeThePatchLeaves()
{
    const Assistant base = firstAssistant();
    Assistant edited = base;
    edited.setName(QStringLiteral("Journalled"));
    auto *job = new SaveJob(&m_fixture->client(), base, edited, nullptr);
    m_fixture->sandbox().clearRequests();
    QList<AssistantPatch> announced;
    QStringList seenByServer;
    connect(job, &SaveJob::sending, this, [&](const AssistantPatch &patch, const Assistant &serverCopy) {
        announced.append(patch);
        seenByServer = m_fixture->assistantRequestMethods();
        QCOMPARE(serverCopy.name(), base.name());
    });
    const SaveResult result = run(job);
    QCOMPARE(result.outcome, Outcome::Saved);
    QCOMPARE(announced.size(), 1);
    QCOMPARE(announced.first(), result.sent);
    QCOMPARE(seenByServer, QStringList{QStringLiteral("GET")}); // the PATCH had not left yet
}

void TestSaveJob::faultScenarios_data()
{
    QTest::addColumn<int>("index");
    for (int index = 0; index < FaultScenarios::all().size(); ++index)
        QTest::newRow(qPrintable(FaultScenarios::all().at(index).name)) << index;
}

void TestSaveJob::faultScenarios()
{
    QFETCH(int, index);
    const Scenario &scenario = FaultScenarios::all().at(index);
    const Expectation &expected = scenario.save;
    const qsizetype onServer = m_fixture->serverAssistants().size();
    const Assistant base = firstAssistant();
    const QString id = base.id();
    const QString newName = QStringLiteral("Renamed: ") + scenario.name;
    Assistant edited = base;
    edited.setName(newName);
    edited.setPrompt(base.prompt() + QStringLiteral(" Always confirm the date."));
    QVERIFY(m_fixture->arm(scenario, Operation::Save, id));

    ConflictPolicy stop(ConflictPolicy::Rule::Stop);
    const SaveResult result = save(base, edited, &stop);
    qInfo("%s: %s", qPrintable(SaveResult::outcomeName(result.outcome)), qPrintable(result.error.message()));

    if (!expected.fails()) {
        // It went through; or the answer was spoiled after the server stored the edit and the job found that
        // out (a repeat met 412, the second read showed these values): then there is nothing left to save.
        QCOMPARE(result.outcome, expected.outcome == Expected::Succeeds ? Outcome::Saved : Outcome::NothingToSave);
        QVERIFY(result.unstored.isEmpty());
        QVERIFY(m_fixture->disarm());
        const std::optional<Assistant> stored = m_fixture->serverAssistant(id);
        QVERIFY(stored);
        QCOMPARE(stored->name(), newName);
        QCOMPARE(stored->prompt(), edited.prompt());
        QCOMPARE(m_fixture->countNamed(newName), 1);
        QCOMPARE(m_fixture->createRequests(), 0);
        return;
    }

    QCOMPARE(result.outcome, Outcome::Failed);
    const QString text = result.error.message();
    QVERIFY2(missingWord(text, expected.words).isEmpty(),
             qPrintable(QStringLiteral("“%1” lacks /%2/").arg(text, missingWord(text, expected.words))));
    QCOMPARE(m_fixture->createRequests(), 0);
    if (m_fixture->elsewhere())
        QCOMPARE(m_fixture->elsewhere()->requests().size(), 0);
    // Nothing to adopt when the server's copy did not move: an editor keeps exactly what it had.
    QCOMPARE(result.contentAfter(edited), edited);
    QVERIFY(m_fixture->disarm());

    const std::optional<Assistant> stored = m_fixture->serverAssistant(id);
    if (scenario.setup == Setup::DeletedElsewhere) {
        QVERIFY(!stored);
        QVERIFY(!result.mayHaveBeenStored); // its read failed: nothing was sent
        const SaveResult again = save(base, edited, &stop);
        QCOMPARE(again.outcome, Outcome::Failed);
        QVERIFY(missingWord(again.error.message(), expected.words).isEmpty());
        QVERIFY(!m_fixture->serverAssistant(id));
        QCOMPARE(m_fixture->serverAssistants().size(), onServer - 1);
        return;
    }
    QVERIFY(stored);
    const bool holdsEdit = stored->name() == newName && stored->prompt() == edited.prompt();
    const bool holdsOriginal = stored->name() == base.name() && stored->prompt() == base.prompt();
    QVERIFY2(holdsEdit || holdsOriginal, qPrintable(stored->name())); // never half, never twice
    if (scenario.applied) {
        // The server stored it before the answer was spoiled: the error must not claim it was not saved.
        QVERIFY2(holdsEdit, qPrintable(stored->name()));
        QVERIFY(result.mayHaveBeenStored);
    } else {
        QVERIFY2(holdsOriginal, "a failure that was not applied left a change behind");
    }

    // Saving again from where an editor would be succeeds, and the server holds the edit exactly once.
    const SaveResult again = save(result.newBase().value_or(base), result.contentAfter(edited), &stop);
    QVERIFY2(again.succeeded(), qPrintable(again.error.message()));
    QCOMPARE(m_fixture->serverAssistant(id)->name(), newName);
    QCOMPARE(m_fixture->serverAssistant(id)->prompt(), edited.prompt());
    QCOMPARE(m_fixture->countNamed(newName), 1);
    QCOMPARE(m_fixture->serverAssistants().size(), onServer);
}

void TestSaveJob::failedReadSendsNothing()
{
    // The read before the PATCH loses its answer: nothing was sent, so nothing may have been stored, whatever
    // the read's own error says of a lost answer.
    const Assistant base = firstAssistant();
    Assistant edited = base;
    edited.setName(QStringLiteral("Never sent"));
    SandboxFault reset;
    reset.kind = SandboxFault::Kind::Reset;
    reset.method = QStringLiteral("GET");
    reset.pathPattern = QStringLiteral("^/api/assistants/[^/]+$");
    reset.times = -1;
    m_fixture->sandbox().addFault(reset);
    m_fixture->sandbox().clearRequests();
    const SaveResult result = save(base, edited);
    QCOMPARE(result.outcome, Outcome::Failed);
    QVERIFY(result.error.mayHaveBeenApplied()); // of the read
    QVERIFY(!result.mayHaveBeenStored);
    QCOMPARE(result.patchesSent, 0);
    QVERIFY(patches().isEmpty());
    m_fixture->sandbox().clearFaults();
    QCOMPARE(m_fixture->serverAssistant(base.id())->name(), base.name());
}

void TestSaveJob::serverOnlyChangesAreTakenIn()
{
    const Assistant base = firstAssistant();
    Assistant edited = base;
    edited.setName(QStringLiteral("My new name"));
    AssistantPatch theirs;
    theirs.insert(QStringLiteral("prompt"), QStringLiteral("A colleague's prompt"));
    QVERIFY(m_fixture->patchOnServer(base.id(), theirs));
    m_fixture->sandbox().clearRequests();

    const SaveResult result = save(base, edited);
    QCOMPARE(result.outcome, Outcome::Saved);
    QCOMPARE(result.takenFromServer, QStringList{QStringLiteral("prompt")});
    QCOMPARE(bodyOf(patches().first()), (QJsonObject{{QStringLiteral("name"), QStringLiteral("My new name")}}));
    QCOMPARE(result.merged->prompt(), QStringLiteral("A colleague's prompt"));
    QCOMPARE(result.contentAfter(edited).prompt(), QStringLiteral("A colleague's prompt"));
    const Assistant stored = *m_fixture->serverAssistant(base.id());
    QCOMPARE(stored.name(), QStringLiteral("My new name"));
    QCOMPARE(stored.prompt(), QStringLiteral("A colleague's prompt")); // not overwritten
}

void TestSaveJob::conflictsResolved_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<QString>("finalName");
    QTest::addColumn<bool>("nameSent");
    QTest::newRow("take mine") << int(ConflictPolicy::Rule::TakeMine) << QStringLiteral("Mine") << true;
    QTest::newRow("take theirs") << int(ConflictPolicy::Rule::TakeTheirs) << QStringLiteral("Theirs") << false;
}

void TestSaveJob::conflictsResolved()
{
    QFETCH(int, rule);
    QFETCH(QString, finalName);
    QFETCH(bool, nameSent);
    const Assistant base = firstAssistant();
    Assistant edited = base;
    edited.setName(QStringLiteral("Mine"));
    edited.setPrompt(QStringLiteral("My prompt"));
    AssistantPatch theirs;
    theirs.insert(QStringLiteral("name"), QStringLiteral("Theirs"));
    QVERIFY(m_fixture->patchOnServer(base.id(), theirs));
    m_fixture->sandbox().clearRequests();

    ConflictPolicy policy{ConflictPolicy::Rule(rule)};
    const SaveResult result = save(base, edited, &policy);
    QCOMPARE(result.outcome, Outcome::Saved);
    const Assistant stored = *m_fixture->serverAssistant(base.id());
    QCOMPARE(stored.name(), finalName);
    QCOMPARE(stored.prompt(), QStringLiteral("My prompt")); // the one-sided change went through
    QJsonObject expected{{QStringLiteral("prompt"), QStringLiteral("My prompt")}};
    if (nameSent)
        expected.insert(QStringLiteral("name"), QStringLiteral("Mine"));
    QCOMPARE(bodyOf(patches().first()), expected); // only the decisions
    QCOMPARE(result.contentAfter(edited).name(), finalName);
}

void TestSaveJob::stopOnConflictNamesTheFields()
{
    const Assistant base = firstAssistant();
    Assistant edited = base;
    edited.setName(QStringLiteral("Mine"));
    edited.setPrompt(QStringLiteral("My prompt"));
    edited.setWebhookUrl(QStringLiteral("https://hooks.example.com/mine"));
    AssistantPatch theirs;
    theirs.insert(QStringLiteral("prompt"), QStringLiteral("Their prompt"));
    theirs.insert(QStringLiteral("name"), QStringLiteral("Theirs"));
    QVERIFY(m_fixture->patchOnServer(base.id(), theirs));
    m_fixture->sandbox().clearRequests();

    ConflictPolicy stop(ConflictPolicy::Rule::Stop);
    const SaveResult result = save(base, edited, &stop);
    QCOMPARE(result.outcome, Outcome::Conflict);
    QCOMPARE(result.conflicts, (QStringList{QStringLiteral("name"), QStringLiteral("prompt")})); // catalogue order
    QVERIFY(patches().isEmpty());
    QVERIFY(!result.newBase());
    QCOMPARE(result.contentAfter(edited), edited);
    QCOMPARE(m_fixture->serverAssistant(base.id())->name(), QStringLiteral("Theirs"));
    // Without a resolver, a conflict stops the same way.
    QCOMPARE(save(base, edited).outcome, Outcome::Conflict);
}

void TestSaveJob::cancelledSendsNothing()
{
    const Assistant base = firstAssistant();
    Assistant edited = base;
    edited.setName(QStringLiteral("Mine"));
    AssistantPatch theirs;
    theirs.insert(QStringLiteral("name"), QStringLiteral("Theirs"));
    QVERIFY(m_fixture->patchOnServer(base.id(), theirs));
    m_fixture->sandbox().clearRequests();
    CancellingResolver cancel;
    const SaveResult result = save(base, edited, &cancel);
    QCOMPARE(result.outcome, Outcome::Cancelled);
    QCOMPARE(cancel.asked, QStringList{QStringLiteral("name")});
    QVERIFY(patches().isEmpty());
    QCOMPARE(result.contentAfter(edited), edited);
}

void TestSaveJob::preconditionFailedMergesAgainOnce()
{
    const Assistant base = firstAssistant();
    Assistant edited = base;
    edited.setName(QStringLiteral("After a 412"));
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 412;
    fault.method = QStringLiteral("PATCH");
    m_fixture->sandbox().addFault(fault);
    m_fixture->sandbox().clearRequests();
    int announced = 0;
    auto *job = new SaveJob(&m_fixture->client(), base, edited, nullptr);
    connect(job, &SaveJob::sending, this, [&announced] { ++announced; });
    const SaveResult result = run(job);
    QCOMPARE(result.outcome, Outcome::Saved);
    QCOMPARE(
        m_fixture->assistantRequestMethods(),
        (QStringList{QStringLiteral("GET"), QStringLiteral("PATCH"), QStringLiteral("GET"), QStringLiteral("PATCH")}));
    QCOMPARE(result.patchesSent, 2);
    QCOMPARE(announced, 2);
    QCOMPARE(m_fixture->serverAssistant(base.id())->name(), QStringLiteral("After a 412"));
}

void TestSaveJob::preconditionFailedTwiceFails()
{
    const Assistant base = firstAssistant();
    Assistant edited = base;
    edited.setName(QStringLiteral("Never"));
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 412;
    fault.method = QStringLiteral("PATCH");
    fault.times = -1;
    m_fixture->sandbox().addFault(fault);
    const SaveResult result = save(base, edited);
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.error.httpStatus(), 412);
    QCOMPARE(result.patchesSent, 2);
    QVERIFY(result.error.message().contains(QLatin1String("changed elsewhere")));
}

void TestSaveJob::serverHoldingTheEditAlreadyIsNothingToSave()
{
    const Assistant base = firstAssistant();
    Assistant edited = base;
    edited.setName(QStringLiteral("Same on both sides"));
    AssistantPatch same;
    same.insert(QStringLiteral("name"), QStringLiteral("Same on both sides"));
    QVERIFY(m_fixture->patchOnServer(base.id(), same));
    m_fixture->sandbox().clearRequests();
    const SaveResult result = save(base, edited);
    QCOMPARE(result.outcome, Outcome::NothingToSave);
    QVERIFY(patches().isEmpty());
    QVERIFY(result.sent.isEmpty());
    QCOMPARE(result.newBase(), result.serverCopy);
    QVERIFY(AssistantPatch::between(*result.newBase(), result.contentAfter(edited)).isEmpty());
}

void TestSaveJob::ignoredFieldIsReportedAndKept()
{
    const Assistant base = firstAssistant();
    Assistant edited = base;
    edited.setName(QStringLiteral("Stored"));
    edited.setPrompt(QStringLiteral("Ignored by this server"));
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::IgnoreField;
    fault.field = QStringLiteral("prompt");
    fault.method = QStringLiteral("PATCH");
    m_fixture->sandbox().addFault(fault);

    const SaveResult result = save(base, edited);
    QCOMPARE(result.outcome, Outcome::Saved);
    QCOMPARE(result.sent.keys(), (QStringList{QStringLiteral("name"), QStringLiteral("prompt")}));
    QCOMPARE(result.unstoredKeys(), QStringList{QStringLiteral("prompt")});
    const SaveResult::Unstored &field = result.unstored.first();
    QCOMPARE(field.how, SaveResult::Unstored::How::Ignored);
    QCOMPARE(field.sent.toString(), QStringLiteral("Ignored by this server"));
    QCOMPARE(field.stored.toString(), base.prompt());
    // The editor's base is the server's answer, and the user's prompt stays on top of it, unsaved.
    QCOMPARE(result.newBase()->prompt(), base.prompt());
    const Assistant content = result.contentAfter(edited);
    QCOMPARE(content.prompt(), QStringLiteral("Ignored by this server"));
    QCOMPARE(AssistantPatch::between(*result.newBase(), content).keys(), QStringList{QStringLiteral("prompt")});
    QCOMPARE(m_fixture->serverAssistant(base.id())->name(), QStringLiteral("Stored"));
}

void TestSaveJob::droppedFieldIsReported()
{
    // A server that drops a nullable member it does not take answers without the key.
    const Assistant base = firstAssistant();
    QVERIFY(base.contains(QStringLiteral("webhook_url")));
    Assistant edited = base;
    edited.setWebhookUrl(QStringLiteral("https://hooks.example.com/dropped"));
    SandboxFault ignore;
    ignore.kind = SandboxFault::Kind::IgnoreField;
    ignore.field = QStringLiteral("webhook_url");
    ignore.method = QStringLiteral("PATCH");
    m_fixture->sandbox().addFault(ignore);
    const SaveResult result = save(base, edited);
    QCOMPARE(result.outcome, Outcome::Saved);
    QCOMPARE(result.unstoredKeys(), QStringList{QStringLiteral("webhook_url")});
    QCOMPARE(result.contentAfter(edited).webhookUrl(), edited.webhookUrl());
}

void TestSaveJob::editsMadeWhileSavingStayOnTop()
{
    const Assistant base = firstAssistant();
    Assistant edited = base;
    edited.setName(QStringLiteral("Sent"));
    const SaveResult result = save(base, edited);
    QCOMPARE(result.outcome, Outcome::Saved);
    // Meanwhile the user typed on: another field, and the same one again.
    Assistant typedOn = edited;
    typedOn.setPrompt(QStringLiteral("Typed during the save"));
    const Assistant content = result.contentAfter(typedOn);
    QCOMPARE(content.name(), QStringLiteral("Sent"));
    QCOMPARE(content.prompt(), QStringLiteral("Typed during the save"));
    QCOMPARE(AssistantPatch::between(*result.newBase(), content).keys(), QStringList{QStringLiteral("prompt")});
    typedOn.setName(QStringLiteral("Renamed again"));
    QCOMPARE(result.contentAfter(typedOn).name(), QStringLiteral("Renamed again"));
}

void TestSaveJob::abortEndsTheJob()
{
    const Assistant base = firstAssistant();
    Assistant edited = base;
    edited.setName(QStringLiteral("Aborted"));
    SandboxFault stall;
    stall.kind = SandboxFault::Kind::StallBeforeHeaders;
    stall.delayMs = 5000;
    stall.method = QStringLiteral("GET");
    m_fixture->sandbox().addFault(stall);
    auto *job = new SaveJob(&m_fixture->client(), base, edited, nullptr);
    std::optional<SaveResult> result;
    connect(job, &SaveJob::finished, this, [&result](const SaveResult &r) { result = r; });
    job->start();
    job->abort();
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->outcome, Outcome::Failed);
    QCOMPARE(result->error.kind(), ApiError::Kind::Aborted);
    QVERIFY(patches().isEmpty());
}

// A copy a list read a moment ago stands in for the GET: nothing is read, the PATCH goes without If-Match, and a field
// a colleague changed on that copy is still a conflict.
void TestSaveJob::aListedCopyStandsInForTheReadWhileYoung()
{
    const Assistant base = firstAssistant();
    Assistant edited = base;
    edited.setPrompt(base.prompt() + QStringLiteral(" Be brief."));
    m_fixture->sandbox().clearRequests();
    QElapsedTimer readAt;
    readAt.start();
    const SaveResult saved = run(new SaveJob(&m_fixture->client(), base, edited, nullptr),
                                 [&](SaveJob *job) { job->start(base, readAt); });
    QCOMPARE(saved.outcome, Outcome::Saved);
    QVERIFY(m_fixture->requests(QStringLiteral("GET")).isEmpty());
    QCOMPARE(patches().size(), 1);
    QVERIFY(patches().first().header("If-Match").isEmpty());
    QCOMPARE(bodyOf(patches().first()), (QJsonObject{{QStringLiteral("prompt"), edited.prompt()}}));

    Assistant colleagues = base;
    colleagues.setPrompt(QStringLiteral("A colleague's prompt."));
    m_fixture->sandbox().clearRequests();
    readAt.start();
    const SaveResult stopped = run(new SaveJob(&m_fixture->client(), base, edited, nullptr),
                                   [&](SaveJob *job) { job->start(colleagues, readAt); });
    QCOMPARE(stopped.outcome, Outcome::Conflict);
    QCOMPARE(stopped.conflicts, QStringList{QStringLiteral("prompt")});
    QVERIFY(patches().isEmpty());
}

// Older than SaveJob::listedCopyLifetime, the copy is not trusted: the job reads its own, with its ETag.
void TestSaveJob::anOldListedCopyIsReadAgain()
{
    const Assistant base = firstAssistant();
    Assistant edited = base;
    edited.setPrompt(base.prompt() + QStringLiteral(" Be brief."));
    QElapsedTimer readAt;
    readAt.start();
    QTest::qWait(int(SaveJob::listedCopyLifetime.count()) + 100);
    m_fixture->sandbox().clearRequests();
    const SaveResult saved = run(new SaveJob(&m_fixture->client(), base, edited, nullptr),
                                 [&](SaveJob *job) { job->start(base, readAt); });
    QCOMPARE(saved.outcome, Outcome::Saved);
    QCOMPARE(m_fixture->requests(QStringLiteral("GET"), base.id()).size(), 1);
    QCOMPARE(patches().size(), 1);
    QVERIFY(!patches().first().header("If-Match").isEmpty());
}

QTEST_GUILESS_MAIN(TestSaveJob)
#include "TestSaveJob.moc"
