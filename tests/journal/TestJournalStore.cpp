// SPDX-License-Identifier: GPL-3.0-or-later
// The change journal on disk: entries in and out, redacted, readable by the owner only; filters; retention;
// export; and files it cannot use (damaged, another program's, newer, locked) set aside, never deleted.
#include "JournalTestData.h"

#include "core/SecretSealer.h"
#include "journal/JournalIndex.h"
#include "journal/JournalStore.h"
#include "journal/JournalText.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using JournalTestData::edit;
using Operation = JournalEntry::Operation;
using Status = JournalEntry::Status;

namespace {

const QString kCanary = QStringLiteral("Bearer rvx_JOURNALCANARY_5c1e0a");

QJsonObject toolsWith(const QString &secret)
{
    return {{QStringLiteral("custom_tools"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("book_slot")},
                                    {QStringLiteral("method"), QStringLiteral("GET")},
                                    {QStringLiteral("url"), QStringLiteral("https://api.example.com/book")},
                                    {QStringLiteral("headers"),
                                     QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("Authorization")},
                                                            {QStringLiteral("value"), secret}}}}}}}};
}

QStringList setAsideIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("journal-damaged-*.sqlite")}, QDir::Files, QDir::Name);
}

} // namespace

class TestJournalStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void appendedEntryReadsBack();
    void longTextsShowWhatChanged();
    void updateCompletesAnEntry();
    void fileIsTheOwnersOnly();
    void noSecretReachesTheFile();
    void pendingEntriesOfAnEarlierSessionBecomeUnknown();
    void filters_data();
    void filters();
    void indexFollowsTypingAndChanges();
    void headersKeepTheOrderAsked();
    void changesAfterAreTheLaterSuccessfulEdits();
    void batches();
    void retentionKeepsWhicheverIsLarger_data();
    void retentionKeepsWhicheverIsLarger();
    void exportWritesJsonLines();
    void damagedFileIsSetAside();
    void otherProgramsDatabaseIsSetAside();
    void newerJournalIsSetAside();
    void lockedFileIsSetAsideOnOpen();
    void lockedWhileWritingIsSetAsideAndTheEntryWritten();
    void journalThatCannotBeOpenedRecordsNothing();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("journal.sqlite")); }
    std::unique_ptr<JournalStore> openStore(int busyTimeoutMs = 2000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretSealer> m_sealer;
};

void TestJournalStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sealer = std::make_unique<SecretSealer>(nullptr);
}

void TestJournalStore::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<JournalStore> TestJournalStore::openStore(int busyTimeoutMs)
{
    auto store = std::make_unique<JournalStore>(path(), m_sealer.get(), JournalStore::Options{busyTimeoutMs});
    if (!store->open())
        qWarning("journal did not open: %s", qPrintable(store->openingProblem()));
    return store;
}

void TestJournalStore::appendedEntryReadsBack()
{
    auto store = openStore();
    QVERIFY(store->isOpen());
    QVERIFY(store->openingProblem().isEmpty());
    QSignalSpy changed(store.get(), &JournalStore::entryChanged);
    JournalEntry entry = edit(QStringLiteral("a1"), QStringLiteral("prompt"), QStringLiteral("Old prompt."),
                              QStringLiteral("New prompt."));
    entry.request.insert(QStringLiteral("prompt"), QStringLiteral("New prompt."));
    const qint64 id = store->append(entry);
    QVERIFY(id > 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(), id);

    const std::optional<JournalEntry> read = store->entry(id);
    QVERIFY(read);
    QCOMPARE(read->assistantId, QStringLiteral("a1"));
    QCOMPARE(read->connectionId, QStringLiteral("sandbox"));
    QCOMPARE(read->operation, Operation::Update);
    QCOMPARE(read->status, Status::Succeeded);
    QCOMPARE(read->fields, QStringList{QStringLiteral("prompt")});
    QCOMPARE(read->before.value(u"prompt").toString(), QStringLiteral("Old prompt."));
    QCOMPARE(read->after.value(u"prompt").toString(), QStringLiteral("New prompt."));
    QCOMPARE(read->request, read->after);
    QCOMPARE(read->started.toMSecsSinceEpoch(), entry.started.toMSecsSinceEpoch());
    // The summary reads as the review dialog words a change.
    QCOMPARE(read->summary, QStringLiteral("Prompt: \"Old prompt.\" → \"New prompt.\""));
    QCOMPARE(JournalText::lines(*read), QStringList{read->summary});
    QCOMPARE(store->count(), 1);

    const qint64 second = store->append(entry);
    QVERIFY(second > id);
}

void TestJournalStore::longTextsShowWhatChanged()
{
    auto store = openStore();
    const QString prompt = QStringLiteral("You are Sarah, the scheduling assistant of Brightsmile Dental in Austin. "
                                          "Confirm the appointment and never give medical advice.");
    const QString added = prompt + QStringLiteral(" Mention the Saturday opening hours.");
    const QString middle = QString(prompt).replace(QStringLiteral("Austin"), QStringLiteral("Round Rock"));
    const qint64 end = store->append(edit(QStringLiteral("a1"), QStringLiteral("prompt"), prompt, added));
    const qint64 inside = store->append(edit(QStringLiteral("a1"), QStringLiteral("prompt"), prompt, middle));
    // What changed is in the line, not the first 80 characters both versions share.
    QCOMPARE(store->entry(end)->summary,
             QStringLiteral("Prompt: \"…never give medical advice.\" → \"…never give medical advice. Mention the "
                            "Saturday opening hours.\""));
    QCOMPARE(
        store->entry(inside)->summary,
        QStringLiteral("Prompt: \"…of Brightsmile Dental in Austin. Confirm the appointment…\" → \"…of Brightsmile "
                       "Dental in Round Rock. Confirm the appointment…\""));
    // The whole values are there for the details.
    const QStringList whole = JournalText::wholeValues(*store->entry(end));
    QCOMPARE(whole, (QStringList{QStringLiteral("Prompt, before:"), prompt, QStringLiteral("Prompt, after:"), added}));
    QCOMPARE(store->ids({.text = QStringLiteral("saturday opening")}), QList<qint64>{end});
}

void TestJournalStore::updateCompletesAnEntry()
{
    auto store = openStore();
    JournalEntry entry
        = edit(QStringLiteral("a1"), QStringLiteral("name"), QStringLiteral("Old"), QStringLiteral("New"));
    entry.status = Status::Pending;
    entry.finished = {};
    entry.id = store->append(entry);
    QVERIFY(entry.id);
    QCOMPARE(store->entry(entry.id)->status, Status::Pending);

    entry.status = Status::Succeeded;
    entry.finished = QDateTime::currentDateTimeUtc();
    entry.after.insert(QStringLiteral("name"), QStringLiteral("New (stored)"));
    entry.unstored = QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("name")},
                                            {QStringLiteral("how"), QStringLiteral("changed")},
                                            {QStringLiteral("stored"), QStringLiteral("New (stored)")}}};
    QVERIFY(store->update(entry));
    const JournalEntry read = *store->entry(entry.id);
    QCOMPARE(read.status, Status::Succeeded);
    QVERIFY(read.finished.isValid());
    QCOMPARE(read.after.value(u"name").toString(), QStringLiteral("New (stored)"));
    QCOMPARE(read.request.value(u"name").toString(), QStringLiteral("New"));
    QCOMPARE(read.unstored.size(), 1);
    QVERIFY(JournalText::lines(read).last().startsWith(QStringLiteral("Not stored as sent: Name")));
    QCOMPARE(JournalText::statusText(read), QStringLiteral("Done, but not every field was stored as sent"));
}

void TestJournalStore::fileIsTheOwnersOnly()
{
    auto store = openStore();
    QVERIFY(
        store->append(edit(QStringLiteral("a1"), QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B"))));
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QVERIFY2(QFile::exists(path() + suffix), qPrintable(suffix));
        const QFile::Permissions permissions = QFile::permissions(path() + suffix);
        QVERIFY2((permissions & others) == 0, qPrintable(path() + suffix));
        QVERIFY((permissions & ownerOnly) == ownerOnly);
    }
}

void TestJournalStore::noSecretReachesTheFile()
{
    auto store = openStore();
    JournalEntry entry;
    entry.connectionId = QStringLiteral("sandbox");
    entry.operation = Operation::Update;
    entry.started = QDateTime::currentDateTimeUtc();
    entry.assistantId = QStringLiteral("a1");
    entry.assistantName = QStringLiteral("Dental");
    entry.fields = {QStringLiteral("custom_tools")};
    entry.before = toolsWith(QStringLiteral("Bearer old-value-1f2e"));
    entry.after = toolsWith(kCanary);
    entry.request = entry.after;
    entry.unstored = QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("custom_tools")},
                                            {QStringLiteral("how"), QStringLiteral("changed")},
                                            {QStringLiteral("stored"), toolsWith(kCanary).value(u"custom_tools")}}};
    JournalEntry deletion = entry;
    deletion.operation = Operation::Delete;
    deletion.before = toolsWith(kCanary);
    deletion.before.insert(QStringLiteral("name"), QStringLiteral("Dental"));
    const qint64 id = store->append(entry);
    QVERIFY(id);
    QVERIFY(store->append(deletion));
    QVERIFY(store->update(entry));

    const QByteArray bytes = JournalTestData::bytesOf(path());
    QVERIFY(!bytes.isEmpty());
    for (const QString &secret : {kCanary, QStringLiteral("Bearer old-value-1f2e")}) {
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY(!bytes.contains(secret.toUtf8().toBase64()));
    }
    // It still tells that the secret changed, and says so masked.
    const JournalEntry read = *store->entry(id);
    QVERIFY(read.before != read.after);
    QVERIFY(!read.summary.contains(kCanary));
    QVERIFY2(read.summary.contains(QStringLiteral("Header value")), qPrintable(read.summary));
    QVERIFY2(read.summary.contains(QChar(0x2022)), qPrintable(read.summary));
    // A digest made with the sealer's key matches the value.
    const QString digest = read.after.value(u"custom_tools")[0][u"headers"][0][u"value"].toString();
    QCOMPARE(m_sealer->rehydrated(read.after, toolsWith(kCanary)), toolsWith(kCanary));
    QVERIFY(!digest.contains(kCanary));
}

void TestJournalStore::pendingEntriesOfAnEarlierSessionBecomeUnknown()
{
    qint64 pending = 0;
    qint64 done = 0;
    {
        auto store = openStore();
        JournalEntry entry
            = edit(QStringLiteral("a1"), QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B"));
        done = store->append(entry);
        entry.status = Status::Pending;
        pending = store->append(entry);
        QVERIFY(store->unresolved(QStringLiteral("sandbox")).isEmpty());
    } // the app stops with the request out
    auto store = openStore();
    QCOMPARE(store->entry(pending)->status, Status::Unknown);
    QVERIFY(!store->entry(pending)->message.isEmpty());
    QCOMPARE(JournalText::statusText(*store->entry(pending)), QStringLiteral("Outcome unknown"));
    QCOMPARE(store->entry(done)->status, Status::Succeeded);
    const QList<JournalEntry> unresolved = store->unresolved(QStringLiteral("sandbox"));
    QCOMPARE(unresolved.size(), 1);
    QCOMPARE(unresolved.first().id, pending);
    QVERIFY(store->unresolved(QStringLiteral("other")).isEmpty());
    // Once checked, it is no longer offered.
    JournalEntry checked = unresolved.first();
    checked.checked = QDateTime::currentDateTimeUtc();
    QVERIFY(store->update(checked));
    QVERIFY(store->unresolved(QStringLiteral("sandbox")).isEmpty());
}

void TestJournalStore::filters_data()
{
    QTest::addColumn<JournalFilter>("filter");
    QTest::addColumn<QList<int>>("expected"); // indexes into the entries written, newest first

    QTest::newRow("everything") << JournalFilter() << QList<int>{6, 5, 4, 3, 2, 1, 0};
    QTest::newRow("connection") << JournalFilter{.connectionId = QStringLiteral("prod")} << QList<int>{4};
    QTest::newRow("assistant, with what made it")
        << JournalFilter{.assistantId = QStringLiteral("a2")} << QList<int>{5, 3};
    QTest::newRow("assistant text, any case")
        << JournalFilter{.assistantText = QStringLiteral("ZÜRICH")} << QList<int>{2};
    QTest::newRow("assistant text by id")
        << JournalFilter{.assistantText = QStringLiteral("a1")} << QList<int>{6, 1, 0};
    QTest::newRow("operation") << JournalFilter{.operation = Operation::Clone} << QList<int>{5};
    QTest::newRow("from a date") << JournalFilter{.from = QDate::currentDate().addDays(-1)}
                                 << QList<int>{6, 5, 4, 3, 2};
    QTest::newRow("to a date") << JournalFilter{.to = QDate::currentDate().addDays(-20)} << QList<int>{1, 0};
    QTest::newRow("text: every word, any case")
        << JournalFilter{.text = QStringLiteral("OPENING   prompt")} << QList<int>{3};
    QTest::newRow("text: a field label") << JournalFilter{.text = QStringLiteral("webhook")} << QList<int>{6};
    QTest::newRow("text and connection") << JournalFilter{.connectionId = QStringLiteral("sandbox"),
                                                          .text = QStringLiteral("name")}
                                         << QList<int>{5, 2, 1, 0}; // the clone's fields hold the name too
    QTest::newRow("batch") << JournalFilter{.batchId = 7} << QList<int>{6, 3};
    QTest::newRow("nothing matches") << JournalFilter{.text = QStringLiteral("no such words")} << QList<int>{};
}

void TestJournalStore::filters()
{
    QFETCH(JournalFilter, filter);
    QFETCH(QList<int>, expected);
    auto store = openStore();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<JournalEntry> entries{
        edit(QStringLiteral("a1"), QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B")),
        edit(QStringLiteral("a1"), QStringLiteral("name"), QStringLiteral("B"), QStringLiteral("C")),
        edit(QStringLiteral("z9"), QStringLiteral("name"), QStringLiteral("Zürich clinic"), QStringLiteral("Bern")),
        edit(QStringLiteral("a2"), QStringLiteral("prompt"), QStringLiteral("Old."),
             QStringLiteral("Mention the opening hours.")),
        edit(QStringLiteral("p1"), QStringLiteral("name"), QStringLiteral("X"), QStringLiteral("Y"),
             QStringLiteral("prod")),
        edit(QStringLiteral("c1"), QStringLiteral("name"), QStringLiteral("X"), QStringLiteral("Y")),
        edit(QStringLiteral("a1"), QStringLiteral("webhook_url"), QJsonValue::Null,
             QStringLiteral("https://h.example.com")),
    };
    entries[0].started = now.addDays(-40);
    entries[1].started = now.addDays(-30);
    entries[2].assistantName = QStringLiteral("Zürich clinic");
    entries[3].batchId = 7;
    entries[5].operation = Operation::Clone;
    entries[5].sourceId = QStringLiteral("a2");
    entries[5].before = QJsonObject{{QStringLiteral("name"), QStringLiteral("Source")}};
    entries[6].batchId = 7;
    QVERIFY(store->appendAll(entries));
    QList<qint64> ids;
    for (const int index : expected)
        ids.append(entries.at(index).id);
    QCOMPARE(store->ids(filter), ids);
    QCOMPARE(store->entries(filter).size(), ids.size());
    // The Changes window's index in memory gives the same answer.
    JournalIndex index;
    QVERIFY(index.load(*store));
    QCOMPARE(index.size(), entries.size());
    QCOMPARE(index.ids(filter), ids);
}

void TestJournalStore::indexFollowsTypingAndChanges()
{
    auto store = openStore();
    QList<JournalEntry> entries{
        edit(QStringLiteral("a1"), QStringLiteral("prompt"), QStringLiteral("Old."),
             QStringLiteral("Mention the opening hours.")),
        edit(QStringLiteral("a2"), QStringLiteral("prompt"), QStringLiteral("Old."),
             QStringLiteral("Mention the parking.")),
        edit(QStringLiteral("a3"), QStringLiteral("name"), QStringLiteral("Open clinic"),
             QStringLiteral("Closed clinic")),
    };
    // Others, so that a few matches are searched one by one and many with one pass over all the text.
    QList<JournalEntry> others;
    for (int i = 0; i < 40; ++i)
        others.append(edit(QStringLiteral("o%1").arg(i), QStringLiteral("name"), QStringLiteral("Unrelated %1").arg(i),
                           QStringLiteral("Renamed %1").arg(i)));
    QVERIFY(store->appendAll(others));
    QVERIFY(store->appendAll(entries));
    JournalIndex index;
    QVERIFY(index.load(*store));
    // Typed one key at a time, each answer the store's.
    const QString typed = QStringLiteral("opening ho");
    for (qsizetype length = 1; length <= typed.size(); ++length) {
        const JournalFilter filter{.text = typed.left(length)};
        QCOMPARE(index.ids(filter), store->ids(filter));
    }
    QCOMPARE(index.ids({.text = typed}), QList<qint64>{entries[0].id});
    // Erased again, and another condition added.
    QCOMPARE(index.ids({.text = QStringLiteral("o")}), store->ids({.text = QStringLiteral("o")}));
    QCOMPARE(index.ids({.text = QStringLiteral("re")}), store->ids({.text = QStringLiteral("re")}));
    QCOMPARE(index.ids({.text = QStringLiteral("ren 1")}), store->ids({.text = QStringLiteral("ren 1")}));
    QCOMPARE(index.ids({.text = QStringLiteral("ren 1")}).size(), 13); // Renamed 1, 10…19, 21, 31
    QCOMPARE(index.ids({.assistantId = QStringLiteral("a3"), .text = QStringLiteral("o")}),
             QList<qint64>{entries[2].id});

    // A new entry and a changed one are found by what they say now.
    JournalEntry added
        = edit(QStringLiteral("a4"), QStringLiteral("name"), QStringLiteral("X"), QStringLiteral("Opening soon"));
    added.id = store->append(added);
    QVERIFY(index.load(*store));
    QCOMPARE(index.ids({.text = QStringLiteral("opening")}), (QList<qint64>{added.id, entries[0].id}));
    entries[1].after.insert(QStringLiteral("prompt"), QStringLiteral("Mention the opening hours too."));
    QVERIFY(store->update(entries[1]));
    index.refresh(*store, entries[1].id);
    QCOMPARE(index.ids({.text = QStringLiteral("opening")}), store->ids({.text = QStringLiteral("opening")}));
    QCOMPARE(index.ids({.text = QStringLiteral("opening")}).size(), 3);
    QVERIFY(index.ids({.text = QStringLiteral("parking")}).isEmpty());
}

void TestJournalStore::headersKeepTheOrderAsked()
{
    auto store = openStore();
    QList<JournalEntry> entries;
    for (int i = 0; i < 5; ++i)
        entries.append(
            edit(QStringLiteral("a%1").arg(i), QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B")));
    QVERIFY(store->appendAll(entries));
    const QList<qint64> asked{entries[3].id, entries[0].id, entries[4].id};
    const QList<JournalEntry> headers = store->headers(asked);
    QCOMPARE(headers.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(headers.at(i).id, asked.at(i));
    QCOMPARE(headers.at(0).assistantId, QStringLiteral("a3"));
    QVERIFY(headers.at(0).before.isEmpty()); // headers carry no values
    QVERIFY(!headers.at(0).summary.isEmpty());
}

void TestJournalStore::changesAfterAreTheLaterSuccessfulEdits()
{
    auto store = openStore();
    QList<JournalEntry> entries{
        edit(QStringLiteral("a1"), QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B")),
        edit(QStringLiteral("a1"), QStringLiteral("prompt"), QStringLiteral("P"), QStringLiteral("Q")),
        edit(QStringLiteral("a2"), QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B")),
        edit(QStringLiteral("a1"), QStringLiteral("name"), QStringLiteral("B"), QStringLiteral("C")),
        edit(QStringLiteral("a1"), QStringLiteral("name"), QStringLiteral("C"), QStringLiteral("D"),
             QStringLiteral("prod")),
        edit(QStringLiteral("a1"), QStringLiteral("name"), QStringLiteral("C"), QStringLiteral("E")),
        edit(QStringLiteral("a1"), QStringLiteral("name"), QStringLiteral("C"), QStringLiteral("F")),
    };
    entries[5].status = Status::Failed;
    entries[6].operation = Operation::Revert;
    QVERIFY(store->appendAll(entries));
    QList<qint64> later;
    for (const JournalEntry &entry : store->changesAfter(entries[0]))
        later.append(entry.id);
    QCOMPARE(later, (QList<qint64>{entries[1].id, entries[3].id, entries[6].id}));
}

void TestJournalStore::batches()
{
    auto store = openStore();
    const qint64 batch = store->beginBatch(
        {.connectionId = QStringLiteral("sandbox"), .description = QStringLiteral("Speed 1.1 for 3 assistants")});
    QVERIFY(batch);
    QList<JournalEntry> entries;
    for (int i = 0; i < 3; ++i) {
        entries.append(
            edit(QStringLiteral("a%1").arg(i), QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B")));
        entries.last().batchId = batch;
    }
    entries.append(edit(QStringLiteral("b"), QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B")));
    QVERIFY(store->appendAll(entries));
    QVERIFY(store->finishBatch(batch));
    const JournalBatch read = *store->batch(batch);
    QCOMPARE(read.description, QStringLiteral("Speed 1.1 for 3 assistants"));
    QVERIFY(read.finished.isValid());
    const QList<JournalEntry> members = store->batchEntries(batch);
    QCOMPARE(members.size(), 3);
    QCOMPARE(members.first().id, entries.first().id); // oldest first
}

void TestJournalStore::retentionKeepsWhicheverIsLarger_data()
{
    QTest::addColumn<int>("keepDays");
    QTest::addColumn<int>("keepEntries");
    QTest::addColumn<int>("remaining");
    // 10 entries 400 to 391 days old, then 5 written today.
    QTest::newRow("the count keeps more than the age") << 180 << 12 << 12;
    QTest::newRow("the age keeps more than the count") << 180 << 2 << 5;
    QTest::newRow("both keep everything") << 500 << 3 << 15;
    QTest::newRow("neither is exceeded") << 180 << 100 << 15;
}

void TestJournalStore::retentionKeepsWhicheverIsLarger()
{
    QFETCH(int, keepDays);
    QFETCH(int, keepEntries);
    QFETCH(int, remaining);
    auto store = openStore();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<JournalEntry> entries;
    for (int i = 0; i < 15; ++i) {
        entries.append(
            edit(QStringLiteral("a%1").arg(i), QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B")));
        entries.last().started = i < 10 ? now.addDays(-400 + i) : now;
    }
    QVERIFY(store->appendAll(entries));
    const int removed = store->prune({.days = keepDays, .entries = keepEntries}, now);
    QCOMPARE(removed, 15 - remaining);
    QCOMPARE(store->count(), qint64(remaining));
    // What goes is always the oldest; what stays keeps its values.
    const QList<qint64> left = store->ids({});
    QCOMPARE(left.constFirst(), entries.constLast().id);
    QCOMPARE(left.constLast(), entries.at(15 - remaining).id);
    QCOMPARE(store->entry(left.constLast())->before.value(u"name").toString(), QStringLiteral("A"));
    // The defaults: 180 days or 100,000 entries.
    QCOMPARE(JournalRetention().days, 180);
    QCOMPARE(JournalRetention().entries, 100000);
}

void TestJournalStore::exportWritesJsonLines()
{
    auto store = openStore();
    QList<JournalEntry> entries{
        edit(QStringLiteral("a1"), QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B")),
        edit(QStringLiteral("a2"), QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B")),
        edit(QStringLiteral("a1"), QStringLiteral("prompt"), QStringLiteral("P"), QStringLiteral("Q")),
    };
    QVERIFY(store->appendAll(entries));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(store->exportJsonLines({.assistantId = QStringLiteral("a1")}, &buffer));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 3); // two entries and the empty rest after the last newline
    QVERIFY(lines.last().isEmpty());
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(first.value(u"id").toInteger(), entries[0].id); // oldest first
    QCOMPARE(second.value(u"id").toInteger(), entries[2].id);
    QCOMPARE(first.value(u"operation").toString(), QStringLiteral("update"));
    QCOMPARE(first.value(u"status").toString(), QStringLiteral("succeeded"));
    QCOMPARE(first[u"assistant"][u"id"].toString(), QStringLiteral("a1"));
    QCOMPARE(first[u"connection"][u"id"].toString(), QStringLiteral("sandbox"));
    QCOMPARE(second[u"before"][u"prompt"].toString(), QStringLiteral("P"));
    QCOMPARE(second[u"after"][u"prompt"].toString(), QStringLiteral("Q"));
    QVERIFY(first.value(u"started").toString().endsWith(u'Z'));
}

void TestJournalStore::damagedFileIsSetAside()
{
    const QByteArray garbage = QByteArray("SQLite format 3") + QByteArray(4096, '\x7f');
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    auto store = openStore();
    QVERIFY(store->isOpen());
    QVERIFY2(store->openingProblem().contains(QStringLiteral("set aside")), qPrintable(store->openingProblem()));
    const QStringList aside = setAsideIn(m_dir->path());
    QCOMPARE(aside.size(), 1);
    QCOMPARE(store->setAsideFiles(), QStringList{m_dir->filePath(aside.first())});
    QVERIFY(store->openingProblem().contains(QDir::toNativeSeparators(m_dir->filePath(aside.first()))));
    QFile kept(m_dir->filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage); // kept byte for byte
    QVERIFY(
        store->append(edit(QStringLiteral("a1"), QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B"))));
    QCOMPARE(store->count(), 1);
}

void TestJournalStore::otherProgramsDatabaseIsSetAside()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO recipes (name) VALUES ('bread')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    auto store = openStore();
    QVERIFY(store->isOpen());
    QVERIFY2(store->openingProblem().contains(QStringLiteral("not a change journal")),
             qPrintable(store->openingProblem()));
    QCOMPARE(setAsideIn(m_dir->path()).size(), 1);
    QVERIFY(JournalTestData::bytesOf(store->setAsideFiles().first()).contains("bread"));
}

void TestJournalStore::newerJournalIsSetAside()
{
    {
        auto store = openStore();
        QVERIFY(store->append(
            edit(QStringLiteral("a1"), QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B"))));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    auto store = openStore();
    QVERIFY(store->isOpen());
    QVERIFY2(store->openingProblem().contains(QStringLiteral("newer version")), qPrintable(store->openingProblem()));
    QCOMPARE(store->count(), 0);
}

void TestJournalStore::lockedFileIsSetAsideOnOpen()
{
    {
        auto store = openStore();
        QVERIFY(store->append(
            edit(QStringLiteral("a1"), QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B"))));
    }
    // Another program holds the file locked, for longer than the journal waits.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
    db.setDatabaseName(path());
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO batches (connection_id, description, started) VALUES "
                                          "('x', 'locker', 1)")));
    }
    auto store = openStore(100);
    QVERIFY(store->isOpen());
    QVERIFY2(store->openingProblem().contains(QStringLiteral("set aside")), qPrintable(store->openingProblem()));
    QCOMPARE(setAsideIn(m_dir->path()).size(), 1);
    QVERIFY(
        store->append(edit(QStringLiteral("a2"), QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B"))));
    QCOMPARE(store->count(), 1);
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    QVERIFY(
        store->append(edit(QStringLiteral("a3"), QStringLiteral("name"), QStringLiteral("B"), QStringLiteral("C"))));
    QCOMPARE(store->count(), 2);
    // The set-aside file still holds what it held.
    JournalStore old(store->setAsideFiles().first(), m_sealer.get());
    QVERIFY(old.open());
    QCOMPARE(old.count(), 1);
}

void TestJournalStore::lockedWhileWritingIsSetAsideAndTheEntryWritten()
{
    auto store = openStore(100);
    QVERIFY(
        store->append(edit(QStringLiteral("a1"), QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B"))));
    QSignalSpy problems(store.get(), &JournalStore::problem);
    // Another process takes the write lock and keeps it.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
    db.setDatabaseName(path());
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
    }
    const qint64 id
        = store->append(edit(QStringLiteral("a2"), QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B")));
    QVERIFY(id);
    QCOMPARE(problems.size(), 1); // said once
    QVERIFY2(problems.first().first().toString().contains(QStringLiteral("set aside")),
             qPrintable(problems.first().first().toString()));
    QCOMPARE(store->count(), 1); // the new journal holds the entry
    QCOMPARE(store->entry(id)->assistantId, QStringLiteral("a2"));
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    QCOMPARE(setAsideIn(m_dir->path()).size(), 1);
    // The other program closing the old file (it deletes the log files by their old names) takes nothing of
    // the new journal: it goes on, and holds everything when it opens again.
    QVERIFY(
        store->append(edit(QStringLiteral("a3"), QStringLiteral("name"), QStringLiteral("B"), QStringLiteral("C"))));
    QCOMPARE(store->count(), 2);
    store.reset();
    store = openStore();
    QVERIFY(store->openingProblem().isEmpty());
    QCOMPARE(store->count(), 2);
}

void TestJournalStore::journalThatCannotBeOpenedRecordsNothing()
{
    QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    JournalStore store(m_dir->filePath(QStringLiteral("not-a-folder/journal.sqlite")), m_sealer.get());
    QVERIFY(!store.open());
    QVERIFY(!store.openingProblem().isEmpty());
    QSignalSpy problems(&store, &JournalStore::problem);
    QCOMPARE(store.append(edit(QStringLiteral("a1"), QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B"))),
             0);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().first().toString().contains(QStringLiteral("did not record")));
    QVERIFY(store.ids({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestJournalStore)
#include "TestJournalStore.moc"
