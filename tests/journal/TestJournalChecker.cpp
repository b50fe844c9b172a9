// SPDX-License-Identifier: GPL-3.0-or-later
// Entries of unknown outcome settled against what the sandbox holds: done, not done, or still unknown (checked),
// for edits, deletes, creates and clones; a server that cannot be reached leaves them as they were.
#include "JournalTestData.h"

#include "core/RevoxClient.h"
#include "core/SecretSealer.h"
#include "journal/JournalChecker.h"
#include "journal/JournalStore.h"
#include "support/SandboxFixture.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using JournalTestData::edit;
using Operation = JournalEntry::Operation;
using Status = JournalEntry::Status;
using Verdict = JournalChecker::Verdict;

class TestJournalChecker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void editsAreSettledByTheValuesTheServerHolds();
    void deleteIsDoneWhenTheAssistantIsGone();
    void createIsDoneWhenTheListHoldsIt();
    void cloneIsDoneWhenOneNewCopyExists();
    void unreachableServerLeavesEntriesAsTheyWere();

private:
    // Writes `entry` as Unknown and returns it with its id.
    JournalEntry unknown(JournalEntry entry);
    QList<std::pair<JournalEntry, Verdict>> check(const QList<JournalEntry> &entries, QString *error = nullptr);
    Assistant assistant(int index) { return m_fixture->serverAssistants().at(index); }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<SecretSealer> m_sealer;
    std::unique_ptr<JournalStore> m_store;
};

void TestJournalChecker::init()
{
    m_fixture = std::make_unique<SandboxFixture>();
    QVERIFY(m_fixture->start());
    QVERIFY(m_fixture->connectClient());
    m_sealer = std::make_unique<SecretSealer>(nullptr);
    m_store
        = std::make_unique<JournalStore>(m_fixture->dir().filePath(QStringLiteral("journal.sqlite")), m_sealer.get());
    QVERIFY(m_store->open());
}

void TestJournalChecker::cleanup()
{
    m_store.reset();
    m_fixture.reset();
}

JournalEntry TestJournalChecker::unknown(JournalEntry entry)
{
    entry.status = Status::Unknown;
    entry.finished = {};
    entry.started = QDateTime::currentDateTimeUtc();
    entry.id = m_store->append(entry);
    return *m_store->entry(entry.id);
}

QList<std::pair<JournalEntry, Verdict>> TestJournalChecker::check(const QList<JournalEntry> &entries, QString *error)
{
    JournalChecker checker(&m_fixture->client(), m_store.get());
    QList<std::pair<JournalEntry, Verdict>> verdicts;
    connect(&checker, &JournalChecker::checked, this, [&verdicts](const JournalEntry &entry, Verdict verdict) {
        verdicts.append({entry, verdict});
    });
    QSignalSpy finished(&checker, &JournalChecker::finished);
    checker.check(entries);
    if (!finished.wait(20000))
        qWarning("the check did not finish");
    if (error && !finished.isEmpty())
        *error = finished.first().first().toString();
    return verdicts;
}

void TestJournalChecker::editsAreSettledByTheValuesTheServerHolds()
{
    const Assistant stored = assistant(0);
    const Assistant notStored = assistant(1);
    const Assistant changedSince = assistant(2);
    // The first one's PATCH reached the server; the second's did not; the third was changed again since.
    AssistantPatch applied;
    applied.insert(QStringLiteral("name"), QStringLiteral("Stored name"));
    QVERIFY(m_fixture->patchOnServer(stored.id(), applied));
    AssistantPatch other;
    other.insert(QStringLiteral("name"), QStringLiteral("A third name"));
    QVERIFY(m_fixture->patchOnServer(changedSince.id(), other));

    const QList<JournalEntry> entries{
        unknown(edit(stored.id(), QStringLiteral("name"), stored.name(), QStringLiteral("Stored name"))),
        unknown(edit(notStored.id(), QStringLiteral("name"), notStored.name(), QStringLiteral("Never stored"))),
        unknown(edit(changedSince.id(), QStringLiteral("name"), changedSince.name(), QStringLiteral("Lost"))),
    };
    QCOMPARE(m_store->unresolved(QStringLiteral("sandbox")).size(), 3);
    QString error;
    const auto verdicts = check(m_store->unresolved(QStringLiteral("sandbox")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(verdicts.size(), 3);
    QCOMPARE(verdicts.at(0).second, Verdict::Applied);
    QCOMPARE(verdicts.at(1).second, Verdict::NotApplied);
    QCOMPARE(verdicts.at(2).second, Verdict::Undetermined);

    QCOMPARE(m_store->entry(entries[0].id)->status, Status::Succeeded);
    QCOMPARE(m_store->entry(entries[1].id)->status, Status::Failed);
    QCOMPARE(m_store->entry(entries[2].id)->status, Status::Unknown);
    for (const JournalEntry &entry : entries) {
        const JournalEntry read = *m_store->entry(entry.id);
        QVERIFY(read.checked.isValid());
        QVERIFY2(read.message.startsWith(QStringLiteral("Checked against the server")), qPrintable(read.message));
    }
    // Checked entries are no longer offered.
    QVERIFY(m_store->unresolved(QStringLiteral("sandbox")).isEmpty());
}

void TestJournalChecker::deleteIsDoneWhenTheAssistantIsGone()
{
    const Assistant gone = assistant(3);
    const Assistant still = assistant(4);
    QVERIFY(SandboxFixture::await(m_fixture->colleague().deleteAssistant(gone.id())).ok);
    JournalEntry deleted;
    deleted.connectionId = QStringLiteral("sandbox");
    deleted.operation = Operation::Delete;
    deleted.assistantId = gone.id();
    deleted.before = gone.json();
    JournalEntry kept = deleted;
    kept.assistantId = still.id();
    kept.before = still.json();
    const auto verdicts = check({unknown(deleted), unknown(kept)});
    QCOMPARE(verdicts.size(), 2);
    QCOMPARE(verdicts.at(0).second, Verdict::Applied);
    QCOMPARE(verdicts.at(1).second, Verdict::NotApplied);
}

void TestJournalChecker::createIsDoneWhenTheListHoldsIt()
{
    Assistant made;
    made.setName(QStringLiteral("Made before the crash"));
    made.setPrompt(QStringLiteral("Greet."));
    const CallOutcome created
        = SandboxFixture::await(m_fixture->colleague().createAssistant(AssistantPatch::forCreate(made)));
    QVERIFY(created.ok);
    JournalEntry found;
    found.connectionId = QStringLiteral("sandbox");
    found.operation = Operation::Create;
    found.assistantName = made.name();
    found.request = AssistantPatch::forCreate(made).body();
    found.after = found.request;
    found.fields = found.request.keys();
    JournalEntry missing = found;
    missing.request.insert(QStringLiteral("name"), QStringLiteral("Never made"));
    missing.assistantName = QStringLiteral("Never made");
    const auto verdicts = check({unknown(found), unknown(missing)});
    QCOMPARE(verdicts.size(), 2);
    QCOMPARE(verdicts.at(0).second, Verdict::Applied);
    QCOMPARE(verdicts.at(0).first.assistantId, created.assistant.id());
    QCOMPARE(verdicts.at(1).second, Verdict::NotApplied);
}

void TestJournalChecker::cloneIsDoneWhenOneNewCopyExists()
{
    const Assistant source = assistant(5);
    JournalEntry clone;
    clone.connectionId = QStringLiteral("sandbox");
    clone.operation = Operation::Clone;
    clone.sourceId = source.id();
    clone.assistantName = source.name();
    clone.before = source.json();
    const JournalEntry pending = unknown(clone);
    QCOMPARE(check({pending}).first().second, Verdict::NotApplied);

    const JournalEntry again = unknown(clone);
    const CallOutcome copied = SandboxFixture::await(m_fixture->colleague().cloneAssistant(source.id()));
    QVERIFY(copied.ok);
    const auto verdicts = check({again});
    QCOMPARE(verdicts.first().second, Verdict::Applied);
    QCOMPARE(m_store->entry(again.id)->assistantId, copied.assistant.id());
}

void TestJournalChecker::unreachableServerLeavesEntriesAsTheyWere()
{
    const Assistant target = assistant(0);
    const JournalEntry entry
        = unknown(edit(target.id(), QStringLiteral("name"), target.name(), QStringLiteral("Somewhere")));
    m_fixture->sandbox().stop();
    QString error;
    const auto verdicts = check({entry}, &error);
    QVERIFY(verdicts.isEmpty());
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_store->entry(entry.id)->status, Status::Unknown);
    QVERIFY(!m_store->entry(entry.id)->checked.isValid());
    QCOMPARE(m_store->unresolved(QStringLiteral("sandbox")).size(), 1);
}

QTEST_GUILESS_MAIN(TestJournalChecker)
#include "TestJournalChecker.moc"
