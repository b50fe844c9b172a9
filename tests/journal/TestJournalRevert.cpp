// SPDX-License-Identifier: GPL-3.0-or-later
// Putting journal entries back: the old values on top of the editor's content, what the server should still
// hold, secrets only when their digest can be matched; then, against the sandbox, the exact inverse PATCH, a
// conflict when the server changed since, and a whole batch reverted assistant by assistant.
#include "JournalTestData.h"

#include "core/ConflictPolicy.h"
#include "core/RevoxClient.h"
#include "core/SaveJob.h"
#include "core/SecretPlaceholder.h"
#include "core/SecretSealer.h"
#include "journal/JournalBatchRevert.h"
#include "journal/JournalRecorder.h"
#include "journal/JournalRevert.h"
#include "journal/JournalStore.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using JournalTestData::edit;
using Status = JournalEntry::Status;

namespace {

QJsonObject header(const QString &key, const QString &value)
{
    return {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}};
}

QJsonArray tools(const QJsonArray &headers)
{
    return {QJsonObject{{QStringLiteral("name"), QStringLiteral("book_slot")},
                        {QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("url"), QStringLiteral("https://api.example.com/book")},
                        {QStringLiteral("headers"), headers}}};
}

Assistant withValues(const QJsonObject &values)
{
    QJsonObject json{{QStringLiteral("id"), QStringLiteral("a1")},
                     {QStringLiteral("name"), QStringLiteral("Clinic")},
                     {QStringLiteral("prompt"), QStringLiteral("Prompt B.")}};
    for (auto it = values.begin(); it != values.end(); ++it)
        json.insert(it.key(), it.value());
    return Assistant(json);
}

QJsonObject bodyOf(const SandboxRequestRecord &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace

class TestJournalRevert : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // Plans, from values alone.
    void revertPutsBackTheOldValues();
    void revertKeepsTheOtherEdits();
    void revertClearsAFieldThatWasEmpty();
    void nothingToRevertWhenTheEditorHoldsTheOldValues();
    void restoreAsOfUndoesEveryLaterChange();
    void secretComesBackWhenItsDigestMatches();
    void secretThatCannotComeBackKeepsItsValueAndIsNamed();

    // Against the sandbox.
    void revertSendsTheExactInversePatch();
    void revertOverANewerServerChangeIsAConflict();
    void batchRevertsAssistantByAssistant();

private:
    Assistant assistant(int index);
    SaveResult save(const Assistant &base, const Assistant &edited, ConflictResolver *resolver,
                    const JournalRecorder::Context &context = {});
    QList<SandboxRequestRecord> patches() const;

    std::unique_ptr<SecretSealer> m_sealer;
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<JournalStore> m_store;
    std::unique_ptr<JournalRecorder> m_recorder;
};

void TestJournalRevert::init()
{
    m_sealer = std::make_unique<SecretSealer>(nullptr);
}

void TestJournalRevert::cleanup()
{
    m_recorder.reset();
    m_store.reset();
    m_fixture.reset();
}

void TestJournalRevert::revertPutsBackTheOldValues()
{
    const JournalEntry entry = edit(QStringLiteral("a1"), QStringLiteral("prompt"), QStringLiteral("Prompt A."),
                                    QStringLiteral("Prompt B."));
    const Assistant now = withValues({});
    const JournalRevert::Plan plan = JournalRevert::revert(entry, now, now, *m_sealer);
    QCOMPARE(plan.keys, QStringList{QStringLiteral("prompt")});
    QCOMPARE(plan.edited.prompt(), QStringLiteral("Prompt A."));
    QCOMPARE(plan.assumed, (QJsonObject{{QStringLiteral("prompt"), QStringLiteral("Prompt B.")}}));
    QCOMPARE(plan.entryIds, QList<qint64>{entry.id});
    QVERIFY(plan.unrestored.isEmpty());
    QCOMPARE(plan.mergeBase(now).prompt(), QStringLiteral("Prompt B."));
    QCOMPARE(AssistantPatch::between(now, plan.edited).body(),
             (QJsonObject{{QStringLiteral("prompt"), QStringLiteral("Prompt A.")}}));
}

void TestJournalRevert::revertKeepsTheOtherEdits()
{
    const JournalEntry entry = edit(QStringLiteral("a1"), QStringLiteral("prompt"), QStringLiteral("Prompt A."),
                                    QStringLiteral("Prompt B."));
    const Assistant base = withValues({});
    Assistant edited = base;
    edited.setName(QStringLiteral("Renamed, not saved"));
    const JournalRevert::Plan plan = JournalRevert::revert(entry, base, edited, *m_sealer);
    QCOMPARE(plan.edited.name(), QStringLiteral("Renamed, not saved"));
    QCOMPARE(plan.edited.prompt(), QStringLiteral("Prompt A."));
    QCOMPARE(AssistantPatch::between(base, plan.edited).keys(),
             (QStringList{QStringLiteral("name"), QStringLiteral("prompt")}));
}

void TestJournalRevert::revertClearsAFieldThatWasEmpty()
{
    // The webhook was set where there was none: putting it back sends null.
    const JournalEntry entry = edit(QStringLiteral("a1"), QStringLiteral("webhook_url"), QJsonValue::Undefined,
                                    QStringLiteral("https://hooks.example.com/x"));
    const Assistant now = withValues({{QStringLiteral("webhook_url"), QStringLiteral("https://hooks.example.com/x")}});
    const JournalRevert::Plan plan = JournalRevert::revert(entry, now, now, *m_sealer);
    QCOMPARE(plan.keys, QStringList{QStringLiteral("webhook_url")});
    QCOMPARE(AssistantPatch::between(now, plan.edited).body(),
             (QJsonObject{{QStringLiteral("webhook_url"), QJsonValue::Null}}));
}

void TestJournalRevert::nothingToRevertWhenTheEditorHoldsTheOldValues()
{
    const JournalEntry entry = edit(QStringLiteral("a1"), QStringLiteral("prompt"), QStringLiteral("Prompt B."),
                                    QStringLiteral("Prompt C."));
    const Assistant now = withValues({});
    const JournalRevert::Plan plan = JournalRevert::revert(entry, now, now, *m_sealer);
    QVERIFY(plan.isEmpty());
    QVERIFY(plan.assumed.isEmpty());
    QCOMPARE(plan.edited, now);
}

void TestJournalRevert::restoreAsOfUndoesEveryLaterChange()
{
    JournalEntry first = edit(QStringLiteral("a1"), QStringLiteral("prompt"), QStringLiteral("A"), QStringLiteral("B"));
    JournalEntry second = edit(QStringLiteral("a1"), QStringLiteral("name"), QStringLiteral("N"), QStringLiteral("M"));
    JournalEntry third = edit(QStringLiteral("a1"), QStringLiteral("prompt"), QStringLiteral("B"), QStringLiteral("C"));
    first.id = 1;
    second.id = 2;
    third.id = 3;
    const Assistant now(QJsonObject{{QStringLiteral("id"), QStringLiteral("a1")},
                                    {QStringLiteral("name"), QStringLiteral("M")},
                                    {QStringLiteral("prompt"), QStringLiteral("C")}});
    // As of the first change: the name from before the second, the prompt from before the third.
    const JournalRevert::Plan plan = JournalRevert::restoreAsOf({second, third}, now, now, *m_sealer);
    QCOMPARE(plan.edited.name(), QStringLiteral("N"));
    QCOMPARE(plan.edited.prompt(), QStringLiteral("B"));
    QCOMPARE(plan.keys, (QStringList{QStringLiteral("name"), QStringLiteral("prompt")}));
    QCOMPARE(
        plan.assumed,
        (QJsonObject{{QStringLiteral("name"), QStringLiteral("M")}, {QStringLiteral("prompt"), QStringLiteral("C")}}));
    QCOMPARE(plan.entryIds, (QList<qint64>{2, 3}));
}

void TestJournalRevert::secretComesBackWhenItsDigestMatches()
{
    // The journal holds digests; the old value still sits in another header of the current copy.
    const QString oldValue = QStringLiteral("Bearer old-1c2d");
    const QString newValue = QStringLiteral("Bearer new-9e8f");
    JournalEntry entry;
    entry.operation = JournalEntry::Operation::Update;
    entry.fields = {QStringLiteral("custom_tools")};
    entry.before = m_sealer->redacted(
        {{QStringLiteral("custom_tools"), tools({header(QStringLiteral("Authorization"), oldValue)})}});
    entry.after = m_sealer->redacted(
        {{QStringLiteral("custom_tools"), tools({header(QStringLiteral("Authorization"), newValue)})}});
    const Assistant now = withValues(
        {{QStringLiteral("custom_tools"),
          tools({header(QStringLiteral("Authorization"), newValue), header(QStringLiteral("X-Fallback"), oldValue)})}});
    const JournalRevert::Plan plan = JournalRevert::revert(entry, now, now, *m_sealer);
    QVERIFY(plan.unrestored.isEmpty());
    QCOMPARE(plan.edited.customTools().first().headers.size(), 1);
    QCOMPARE(plan.edited.customTools().first().headers.first().value, oldValue);
    // What the server should still hold comes back whole too, so an unchanged server is no conflict.
    QCOMPARE(plan.assumed.value(u"custom_tools")[0][u"headers"][0][u"value"].toString(), newValue);
}

void TestJournalRevert::secretThatCannotComeBackKeepsItsValueAndIsNamed()
{
    const QString newValue = QStringLiteral("Bearer new-9e8f");
    JournalEntry entry;
    entry.operation = JournalEntry::Operation::Update;
    entry.fields = {QStringLiteral("custom_tools")};
    entry.before = m_sealer->redacted({{QStringLiteral("custom_tools"),
                                        tools({header(QStringLiteral("Authorization"), QStringLiteral("Bearer gone")),
                                               header(QStringLiteral("X-Removed"), QStringLiteral("k-gone"))})}});
    entry.after = m_sealer->redacted(
        {{QStringLiteral("custom_tools"), tools({header(QStringLiteral("Authorization"), newValue)})}});
    const Assistant now
        = withValues({{QStringLiteral("custom_tools"), tools({header(QStringLiteral("Authorization"), newValue)})}});
    const JournalRevert::Plan plan = JournalRevert::revert(entry, now, now, *m_sealer);
    QCOMPARE(plan.unrestored.size(), 2);
    QVERIFY2(plan.unrestored.first().contains(QStringLiteral("Authorization")), qPrintable(plan.unrestored.first()));
    QVERIFY(plan.unrestored.last().contains(QStringLiteral("X-Removed")));
    const QList<CustomTool> restored = plan.edited.customTools();
    QCOMPARE(restored.first().headers.size(), 2);
    QCOMPARE(restored.first().headers.at(0).value, newValue); // left as it is
    // The removed header comes back without its value: the editor asks for it, the client refuses to send it.
    QVERIFY(SecretPlaceholder::isPlaceholder(restored.first().headers.at(1).value));
}

Assistant TestJournalRevert::assistant(int index)
{
    const QList<Assistant> all = m_fixture->serverAssistants();
    return index < all.size() ? all.at(index) : Assistant();
}

SaveResult TestJournalRevert::save(const Assistant &base, const Assistant &edited, ConflictResolver *resolver,
                                   const JournalRecorder::Context &context)
{
    auto *job = new SaveJob(&m_fixture->client(), base, edited, resolver);
    m_recorder->attach(job, context);
    auto result = std::make_shared<std::optional<SaveResult>>();
    connect(job, &SaveJob::finished, this, [result](const SaveResult &r) { *result = r; });
    job->start();
    if (!QTest::qWaitFor([result] { return result->has_value(); }, 20000))
        qWarning("the save did not finish");
    return result->value_or(SaveResult());
}

QList<SandboxRequestRecord> TestJournalRevert::patches() const
{
    QList<SandboxRequestRecord> result;
    for (const SandboxRequestRecord &request : m_fixture->sandbox().requests()) {
        if (request.method == u"PATCH")
            result.append(request);
    }
    return result;
}

void TestJournalRevert::revertSendsTheExactInversePatch()
{
    m_fixture = std::make_unique<SandboxFixture>();
    QVERIFY(m_fixture->start());
    QVERIFY(m_fixture->connectClient());
    m_store
        = std::make_unique<JournalStore>(m_fixture->dir().filePath(QStringLiteral("journal.sqlite")), m_sealer.get());
    QVERIFY(m_store->open());
    m_recorder = std::make_unique<JournalRecorder>(m_store.get());
    m_recorder->setConnection(QStringLiteral("sandbox"), QStringLiteral("Sandbox"));
    ConflictPolicy stop(ConflictPolicy::Rule::Stop);

    const Assistant original = assistant(0);
    Assistant edited = original;
    edited.setName(QStringLiteral("Friday's name"));
    edited.setPrompt(QStringLiteral("Friday's prompt, found bad on Monday."));
    QCOMPARE(save(original, edited, &stop).outcome, SaveResult::Outcome::Saved);
    const JournalEntry entry = m_store->entries({}).first();

    const Assistant server = *m_fixture->serverAssistant(original.id());
    const JournalRevert::Plan plan = JournalRevert::revert(entry, server, server, *m_sealer);
    m_fixture->sandbox().clearRequests();
    const SaveResult reverted = save(plan.mergeBase(server), plan.edited, &stop,
                                     {.operation = JournalEntry::Operation::Revert, .relatedEntry = entry.id});
    QCOMPARE(reverted.outcome, SaveResult::Outcome::Saved);
    QCOMPARE(patches().size(), 1);
    QCOMPARE(bodyOf(patches().first()),
             (QJsonObject{{QStringLiteral("name"), original.name()}, {QStringLiteral("prompt"), original.prompt()}}));
    const Assistant now = *m_fixture->serverAssistant(original.id());
    QVERIFY(AssistantPatch::between(original, now).isEmpty());

    const JournalEntry revert = m_store->entries({}).first();
    QCOMPARE(revert.operation, JournalEntry::Operation::Revert);
    QCOMPARE(revert.relatedEntry, entry.id);
    QCOMPARE(revert.status, Status::Succeeded);
    QVERIFY2(revert.summary.startsWith(QStringLiteral("Put back change #%1").arg(entry.id)),
             qPrintable(revert.summary));
}

void TestJournalRevert::revertOverANewerServerChangeIsAConflict()
{
    m_fixture = std::make_unique<SandboxFixture>();
    QVERIFY(m_fixture->start());
    QVERIFY(m_fixture->connectClient());
    m_store
        = std::make_unique<JournalStore>(m_fixture->dir().filePath(QStringLiteral("journal.sqlite")), m_sealer.get());
    QVERIFY(m_store->open());
    m_recorder = std::make_unique<JournalRecorder>(m_store.get());
    ConflictPolicy stop(ConflictPolicy::Rule::Stop);
    ConflictPolicy mine(ConflictPolicy::Rule::TakeMine);

    const Assistant original = assistant(1);
    Assistant edited = original;
    edited.setName(QStringLiteral("Mine"));
    edited.setPrompt(QStringLiteral("My prompt."));
    QCOMPARE(save(original, edited, &stop).outcome, SaveResult::Outcome::Saved);
    const JournalEntry entry = m_store->entries({}).first();
    // A colleague changes the prompt since.
    AssistantPatch theirs;
    theirs.insert(QStringLiteral("prompt"), QStringLiteral("A colleague's prompt."));
    QVERIFY(m_fixture->patchOnServer(original.id(), theirs));

    // The editor was opened on today's copy: without the journal's values, the revert would overwrite.
    const Assistant server = *m_fixture->serverAssistant(original.id());
    const JournalRevert::Plan plan = JournalRevert::revert(entry, server, server, *m_sealer);
    m_fixture->sandbox().clearRequests();
    const SaveResult stopped = save(plan.mergeBase(server), plan.edited, &stop);
    QCOMPARE(stopped.outcome, SaveResult::Outcome::Conflict);
    QCOMPARE(stopped.conflicts, QStringList{QStringLiteral("prompt")});
    QVERIFY(patches().isEmpty());
    QCOMPARE(m_fixture->serverAssistant(original.id())->prompt(), QStringLiteral("A colleague's prompt."));

    // Choosing the old value sends it, with the name nobody else touched.
    const SaveResult chosen = save(plan.mergeBase(server), plan.edited, &mine);
    QCOMPARE(chosen.outcome, SaveResult::Outcome::Saved);
    QCOMPARE(bodyOf(patches().first()),
             (QJsonObject{{QStringLiteral("name"), original.name()}, {QStringLiteral("prompt"), original.prompt()}}));
}

void TestJournalRevert::batchRevertsAssistantByAssistant()
{
    m_fixture = std::make_unique<SandboxFixture>();
    QVERIFY(m_fixture->start());
    QVERIFY(m_fixture->connectClient());
    m_store
        = std::make_unique<JournalStore>(m_fixture->dir().filePath(QStringLiteral("journal.sqlite")), m_sealer.get());
    QVERIFY(m_store->open());
    m_recorder = std::make_unique<JournalRecorder>(m_store.get());
    m_recorder->setConnection(QStringLiteral("sandbox"), QStringLiteral("Sandbox"));
    ConflictPolicy stop(ConflictPolicy::Rule::Stop);

    // A bulk edit of three assistants' first sentence, as #14's BatchSave will record it.
    const qint64 batch = m_recorder->beginBatch(QStringLiteral("First sentence for three assistants"));
    QList<Assistant> originals;
    for (int i = 2; i < 5; ++i) {
        const Assistant base = assistant(i);
        originals.append(base);
        Assistant edited = base;
        edited.setFirstSentence(QStringLiteral("Hello from the batch."));
        QCOMPARE(save(base, edited, &stop, {.batchId = batch}).outcome, SaveResult::Outcome::Saved);
    }
    m_recorder->finishBatch(batch);
    // Someone changes the second one's first sentence since.
    AssistantPatch theirs;
    theirs.insert(QStringLiteral("first_sentence"), QStringLiteral("Their greeting."));
    QVERIFY(m_fixture->patchOnServer(originals.at(1).id(), theirs));

    JournalBatchRevert revert(&m_fixture->client(), m_store.get(), m_recorder.get(), &stop);
    QSignalSpy perAssistant(&revert, &JournalBatchRevert::assistantFinished);
    QSignalSpy finished(&revert, &JournalBatchRevert::finished);
    revert.start(batch);
    QVERIFY(finished.wait(20000));
    QCOMPARE(perAssistant.size(), 3);
    const QList<JournalBatchRevert::Result> results = revert.results();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).outcome, JournalBatchRevert::Result::Outcome::Reverted);
    QCOMPARE(results.at(1).outcome, JournalBatchRevert::Result::Outcome::Conflict);
    QVERIFY(results.at(1).message.contains(QStringLiteral("First sentence")));
    QCOMPARE(results.at(2).outcome, JournalBatchRevert::Result::Outcome::Reverted);
    for (int i : {0, 2}) {
        QCOMPARE(results.at(i).assistantId, originals.at(i).id());
        QCOMPARE(m_fixture->serverAssistant(originals.at(i).id())->value(QStringLiteral("first_sentence")),
                 originals.at(i).value(QStringLiteral("first_sentence")));
    }
    QCOMPARE(m_fixture->serverAssistant(originals.at(1).id())->firstSentence(), QStringLiteral("Their greeting."));

    // The reverts are one batch of their own, pointing at the one they undo.
    const std::optional<JournalBatch> reverts = m_store->batch(revert.revertBatchId());
    QVERIFY(reverts);
    QCOMPARE(reverts->revertOf, batch);
    const QList<JournalEntry> recorded = m_store->batchEntries(revert.revertBatchId());
    QCOMPARE(recorded.size(), 2);
    for (const JournalEntry &entry : recorded)
        QCOMPARE(entry.operation, JournalEntry::Operation::Revert);
}

QTEST_GUILESS_MAIN(TestJournalRevert)
#include "TestJournalRevert.moc"
