// SPDX-License-Identifier: GPL-3.0-or-later
// CreateJob against the real sandbox: a create is never sent twice on its own, a lost answer is looked for
// in the list, and a second submit after an uncertain outcome looks before it posts.
#include "core/CreateJob.h"
#include "core/RevoxClient.h"
#include "support/SandboxFixture.h"

#include <QJsonDocument>
#include <QTest>

#include <memory>

using FaultScenarios::Expectation;
using FaultScenarios::missingWord;
using FaultScenarios::Operation;
using FaultScenarios::Scenario;
using FaultScenarios::Setup;
using FaultScenarios::waitMs;
using Expected = FaultScenarios::Outcome;
using Outcome = CreateResult::Outcome;

class TestCreateJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsWithKnownIds();
    void listsFirstWithoutKnownIds();
    void faultScenarios_data();
    void faultScenarios();
    void lostAnswerIsFound();
    void lostAnswerNotFoundIsNotCreated();
    void uncertainSubmitLooksBeforePosting_data();
    void uncertainSubmitLooksBeforePosting();
    // Found by the reliability soak: a colleague renamed the new assistant before the job looked for it.
    void renamedBeforeTheLookIsUncertain();
    void renamedWhileUncertainIsNotPostedAgain();
    void aNewAssistantNeverChangedIsNotASuspect();

private:
    CreateResult submit(CreateJob &job, const Assistant &draft);
    Assistant draft(const QString &name) const;
    QSet<QString> serverIds();
    SandboxFault faultOn(SandboxFault::Kind kind, const QString &method, int status = 0) const;

    std::unique_ptr<SandboxFixture> m_fixture;
};

void TestCreateJob::init()
{
    m_fixture = std::make_unique<SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start({}, &error), qPrintable(error));
    QVERIFY(m_fixture->connectClient());
}

void TestCreateJob::cleanup()
{
    m_fixture.reset();
}

CreateResult TestCreateJob::submit(CreateJob &job, const Assistant &draft)
{
    std::optional<CreateResult> result;
    const QMetaObject::Connection connection
        = connect(&job, &CreateJob::finished, this, [&result](const CreateResult &r) { result = r; });
    job.submit(draft);
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 2 * waitMs))
        qWarning("the create did not finish");
    disconnect(connection);
    return result.value_or(CreateResult());
}

Assistant TestCreateJob::draft(const QString &name) const
{
    Assistant assistant;
    assistant.setName(name);
    assistant.setPrompt(QStringLiteral("Answer in one sentence."));
    return assistant;
}

QSet<QString> TestCreateJob::serverIds()
{
    QSet<QString> ids;
    for (const Assistant &assistant : m_fixture->serverAssistants())
        ids.insert(assistant.id());
    return ids;
}

SandboxFault TestCreateJob::faultOn(SandboxFault::Kind kind, const QString &method, int status) const
{
    SandboxFault fault;
    fault.kind = kind;
    fault.status = status;
    fault.method = method;
    fault.pathPattern = QStringLiteral("^/api/assistants$");
    fault.times = -1;
    return fault;
}

void TestCreateJob::createsWithKnownIds()
{
    CreateJob job(&m_fixture->client());
    job.setKnownIds(serverIds());
    m_fixture->sandbox().clearRequests();
    AssistantPatch announced;
    connect(&job, &CreateJob::sending, this, [&](const AssistantPatch &body) {
        announced = body;
        QCOMPARE(m_fixture->createRequests(), 0); // before it leaves
    });
    const CreateResult result = submit(job, draft(QStringLiteral("Test reminders")));
    QCOMPARE(result.outcome, Outcome::Created);
    QVERIFY(result.posted);
    QCOMPARE(m_fixture->assistantRequestMethods(), QStringList{QStringLiteral("POST")});
    QCOMPARE(QJsonDocument::fromJson(m_fixture->sandbox().requests().first().body).object(),
             QJsonDocument::fromJson(R"({"name":"Test reminders","prompt":"Answer in one sentence."})").object());
    QCOMPARE(announced, result.sent);
    QCOMPARE(result.assistant->name(), QStringLiteral("Test reminders"));
    QVERIFY(!result.assistant->id().isEmpty());
}

void TestCreateJob::listsFirstWithoutKnownIds()
{
    CreateJob job(&m_fixture->client());
    m_fixture->sandbox().clearRequests();
    const CreateResult result = submit(job, draft(QStringLiteral("Listed first")));
    QCOMPARE(result.outcome, Outcome::Created);
    QCOMPARE(m_fixture->assistantRequestMethods(), (QStringList{QStringLiteral("GET"), QStringLiteral("POST")}));
}

void TestCreateJob::faultScenarios_data()
{
    QTest::addColumn<int>("index");
    for (int index = 0; index < FaultScenarios::all().size(); ++index)
        QTest::newRow(qPrintable(FaultScenarios::all().at(index).name)) << index;
}

void TestCreateJob::faultScenarios()
{
    QFETCH(int, index);
    const Scenario &scenario = FaultScenarios::all().at(index);
    const Expectation &expected = scenario.create;
    const qsizetype onServer = m_fixture->serverAssistants().size();
    const QString name = QStringLiteral("Created: ") + scenario.name;
    CreateJob job(&m_fixture->client());
    job.setKnownIds(serverIds());
    m_fixture->sandbox().clearRequests();
    QVERIFY(m_fixture->arm(scenario, Operation::Create, {}));

    const CreateResult result = submit(job, draft(name));
    qInfo("%s: %s", qPrintable(CreateResult::outcomeName(result.outcome)), qPrintable(result.error.message()));
    if (!expected.fails()) {
        // Created at once; or its answer was lost after the server created it, and the list showed it.
        QCOMPARE(result.outcome, expected.outcome == Expected::Succeeds ? Outcome::Created : Outcome::Recovered);
        QCOMPARE(bool(result.listed), expected.outcome == Expected::FoundDone);
        QVERIFY(m_fixture->disarm());
        QCOMPARE(m_fixture->createRequests(), 1);
        QCOMPARE(m_fixture->countNamed(name), 1);
        QCOMPARE(result.assistant->name(), name);
        QCOMPARE(m_fixture->serverAssistants().size(), onServer + 1);
        return;
    }

    // Every lookup in the table succeeds: "not created" is known (TestFaultSuite::createLostAndLookupFailed
    // plays the uncertain case).
    QCOMPARE(result.outcome, Outcome::NotCreated);
    const QString text = result.error.message();
    QVERIFY2(missingWord(text, expected.words).isEmpty(),
             qPrintable(QStringLiteral("“%1” lacks /%2/").arg(text, missingWord(text, expected.words))));
    // Sent once and never repeated on its own; a refused connection sends nothing.
    QCOMPARE(m_fixture->createRequests(), scenario.setup == Setup::ServerDown ? 0 : 1);
    if (m_fixture->elsewhere())
        QCOMPARE(m_fixture->elsewhere()->requests().size(), 0);
    QVERIFY(m_fixture->disarm());
    QCOMPARE(m_fixture->countNamed(name), 0); // "not created" is the truth

    // Submitting again, once the fault is gone: the server then holds it exactly once.
    const CreateResult again = submit(job, draft(name));
    QVERIFY2(again.succeeded(), qPrintable(again.error.message()));
    QCOMPARE(m_fixture->countNamed(name), 1);
    QCOMPARE(m_fixture->serverAssistants().size(), onServer + 1);
}

void TestCreateJob::lostAnswerIsFound()
{
    CreateJob job(&m_fixture->client());
    job.setKnownIds(serverIds());
    m_fixture->sandbox().addFault(faultOn(SandboxFault::Kind::Reset, QStringLiteral("POST")));
    m_fixture->sandbox().clearRequests();
    const CreateResult result = submit(job, draft(QStringLiteral("Answer lost")));
    QCOMPARE(result.outcome, Outcome::Recovered);
    QVERIFY(result.listed);
    QCOMPARE(result.assistant->name(), QStringLiteral("Answer lost"));
    QCOMPARE(m_fixture->assistantRequestMethods(), (QStringList{QStringLiteral("POST"), QStringLiteral("GET")}));
    QVERIFY(!job.isUncertain());
    m_fixture->sandbox().clearFaults();
    QCOMPARE(m_fixture->countNamed(QStringLiteral("Answer lost")), 1);
}

void TestCreateJob::lostAnswerNotFoundIsNotCreated()
{
    CreateJob job(&m_fixture->client());
    job.setKnownIds(serverIds());
    m_fixture->sandbox().addFault(faultOn(SandboxFault::Kind::Drop, QStringLiteral("POST")));
    const CreateResult result = submit(job, draft(QStringLiteral("Dropped")));
    QCOMPARE(result.outcome, Outcome::NotCreated);
    QVERIFY(result.error.mayHaveBeenApplied()); // the answer alone could not tell
    QVERIFY(result.listed); // the list did
    QVERIFY(!job.isUncertain());
    m_fixture->sandbox().clearFaults();
    QCOMPARE(m_fixture->countNamed(QStringLiteral("Dropped")), 0);
    m_fixture->sandbox().clearRequests();
    const CreateResult again = submit(job, draft(QStringLiteral("Dropped")));
    QCOMPARE(again.outcome, Outcome::Created);
    QCOMPARE(m_fixture->assistantRequestMethods(), QStringList{QStringLiteral("POST")});
    QCOMPARE(m_fixture->countNamed(QStringLiteral("Dropped")), 1);
}

void TestCreateJob::uncertainSubmitLooksBeforePosting_data()
{
    QTest::addColumn<bool>("stored"); // whether the lost POST reached the store
    QTest::newRow("it was stored") << true;
    QTest::newRow("it was not") << false;
}

void TestCreateJob::uncertainSubmitLooksBeforePosting()
{
    QFETCH(bool, stored);
    const QString name = QStringLiteral("Uncertain");
    CreateJob job(&m_fixture->client());
    job.setKnownIds(serverIds());
    // The answer is lost, and so is the list the job reads to look for it.
    m_fixture->sandbox().addFault(
        faultOn(stored ? SandboxFault::Kind::Reset : SandboxFault::Kind::Drop, QStringLiteral("POST")));
    m_fixture->sandbox().addFault(faultOn(SandboxFault::Kind::Status, QStringLiteral("GET"), 500));
    const CreateResult result = submit(job, draft(name));
    QCOMPARE(result.outcome, Outcome::Uncertain);
    QVERIFY(result.error.mayHaveBeenApplied()); // the create's error, not the list's
    QVERIFY(job.isUncertain());

    m_fixture->sandbox().clearFaults();
    m_fixture->sandbox().clearRequests();
    const CreateResult again = submit(job, draft(name));
    QCOMPARE(again.outcome, stored ? Outcome::Recovered : Outcome::Created);
    QCOMPARE(m_fixture->assistantRequestMethods(),
             stored ? QStringList{QStringLiteral("GET")}
                    : (QStringList{QStringLiteral("GET"), QStringLiteral("POST")}));
    QCOMPARE(m_fixture->countNamed(name), 1);
    QVERIFY(!job.isUncertain());
}

void TestCreateJob::renamedBeforeTheLookIsUncertain()
{
    // The POST is stored and its answer lost; the list the job reads to look for it is held on the server while a
    // colleague renames the new assistant. "Not created" would invite a second POST: it is uncertain, and says why.
    m_fixture->client().setTimeouts(std::chrono::seconds(5), std::chrono::seconds(20));
    CreateJob job(&m_fixture->client());
    job.setKnownIds(serverIds());
    m_fixture->sandbox().addFault(faultOn(SandboxFault::Kind::Reset, QStringLiteral("POST")));
    SandboxFault slowList = faultOn(SandboxFault::Kind::Delay, QStringLiteral("GET"));
    slowList.delayMs = 1500;
    m_fixture->sandbox().addFault(slowList);
    QString newId;
    connect(&m_fixture->sandbox(), &SandboxServer::requestAnswered, this,
            [&newId](const SandboxRequestRecord &request, int status, const QByteArray &body) {
                if (request.method == u"POST" && status == 200)
                    newId = QJsonDocument::fromJson(body)[QStringLiteral("assistant")][QStringLiteral("id")].toString();
            });
    bool renamed = false;
    connect(&m_fixture->sandbox(), &SandboxServer::requestReceived, this,
            [this, &newId, &renamed](const SandboxRequestRecord &request) {
                if (request.method == u"GET" && request.path == u"/api/assistants" && !newId.isEmpty() && !renamed) {
                    renamed = true;
                    AssistantPatch patch;
                    patch.insert(QStringLiteral("name"), QStringLiteral("Renamed by a colleague"));
                    m_fixture->colleague().updateAssistant(newId, patch); // answered while the list is held
                }
            });
    m_fixture->sandbox().clearRequests();
    const CreateResult result = submit(job, draft(QStringLiteral("Lost and renamed")));
    QVERIFY(renamed);
    QCOMPARE(result.outcome, Outcome::Uncertain);
    QVERIFY(result.error.mayHaveBeenApplied()); // the create's error
    // QCOMPARE(result.suspects.size(), 1);
    QCOMPARE(result.suspects.first().id(), newId);
    QCOMPARE(result.suspects.first().name(), QStringLiteral("Renamed by a colleague"));
    QVERIFY(job.isUncertain());
    QCOMPARE(m_fixture->createRequests(), 1);
}

void TestCreateJob::renamedWhileUncertainIsNotPostedAgain()
{
    CreateJob job(&m_fixture->client());
    const QSet<QString> before = serverIds();
    job.setKnownIds(before);
    // Stored, its answer lost, and the list unreadable: uncertain.
    m_fixture->sandbox().addFault(faultOn(SandboxFault::Kind::Reset, QStringLiteral("POST")));
    m_fixture->sandbox().addFault(faultOn(SandboxFault::Kind::Status, QStringLiteral("GET"), 500));
    const CreateResult result = submit(job, draft(QStringLiteral("Renamed later")));
    QCOMPARE(result.outcome, Outcome::Uncertain);
    m_fixture->sandbox().clearFaults();

    // A colleague renames it before the user submits again.
    const QSet<QString> created = serverIds() - before;
    QCOMPARE(created.size(), 1);
    const QString id = *created.cbegin();
    AssistantPatch rename;
    rename.insert(QStringLiteral("name"), QStringLiteral("Renamed by a colleague"));
    QVERIFY(m_fixture->patchOnServer(id, rename));

    // The second submit looks, does not recognise it by name, and does not post: it names the suspect.
    m_fixture->sandbox().clearRequests();
    const CreateResult again = submit(job, draft(QStringLiteral("Renamed later")));
    QCOMPARE(again.outcome, Outcome::Uncertain);
    QCOMPARE(again.suspects.size(), 1);
    QCOMPARE(again.suspects.first().id(), id);
    QVERIFY(again.error.mayHaveBeenApplied()); // still the lost POST's error
    QCOMPARE(m_fixture->assistantRequestMethods(), QStringList{QStringLiteral("GET")});
    QCOMPARE(m_fixture->serverAssistants().size(), before.size() + 1);

    // Told about it, the user submits once more: nothing new turned up, so it is created.
    m_fixture->sandbox().clearRequests();
    const CreateResult third = submit(job, draft(QStringLiteral("Renamed later")));
    QCOMPARE(third.outcome, Outcome::Created);
    QCOMPARE(m_fixture->assistantRequestMethods(), (QStringList{QStringLiteral("GET"), QStringLiteral("POST")}));
    QVERIFY(!job.isUncertain());
}

void TestCreateJob::aNewAssistantNeverChangedIsNotASuspect()
{
    CreateJob job(&m_fixture->client());
    job.setKnownIds(serverIds());
    m_fixture->sandbox().addFault(faultOn(SandboxFault::Kind::Drop, QStringLiteral("POST")));
    m_fixture->sandbox().addFault(faultOn(SandboxFault::Kind::Status, QStringLiteral("GET"), 500));
    QCOMPARE(submit(job, draft(QStringLiteral("Mine"))).outcome, Outcome::Uncertain);
    m_fixture->sandbox().clearFaults();
    // A colleague creates another one meanwhile and leaves it as it is: it holds what they sent, not my draft.
    CreateJob colleague(&m_fixture->colleague());
    QCOMPARE(submit(colleague, draft(QStringLiteral("Theirs"))).outcome, Outcome::Created);

    m_fixture->sandbox().clearRequests();
    const CreateResult again = submit(job, draft(QStringLiteral("Mine")));
    QCOMPARE(again.outcome, Outcome::Created);
    QVERIFY(again.suspects.isEmpty());
    QCOMPARE(m_fixture->countNamed(QStringLiteral("Mine")), 1);
}

QTEST_GUILESS_MAIN(TestCreateJob)
#include "TestCreateJob.moc"
