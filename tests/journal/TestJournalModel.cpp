// SPDX-License-Identifier: GPL-3.0-or-later
// The journal as a table: rows newest first, read a block at a time; new entries come in at the top without a
// reset; a changed entry repaints its row; filtering in SQLite or with the index in memory gives the same rows.
#include "JournalTestData.h"

#include "core/SecretSealer.h"
#include "journal/JournalIndex.h"
#include "journal/JournalModel.h"
#include "journal/JournalStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using JournalTestData::edit;
using Column = JournalModel::Column;

class TestJournalModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rowsAreNewestFirstAndReadByBlocks();
    void newEntriesComeInAtTheTop();
    void changedEntryRepaintsItsRow();
    void indexAndDatabaseAgree_data();
    void indexAndDatabaseAgree();

private:
    void fill(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretSealer> m_sealer;
    std::unique_ptr<JournalStore> m_store;
    QList<JournalEntry> m_entries;
};

void TestJournalModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sealer = std::make_unique<SecretSealer>(nullptr);
    m_store = std::make_unique<JournalStore>(m_dir->filePath(QStringLiteral("journal.sqlite")), m_sealer.get());
    QVERIFY(m_store->open());
}

void TestJournalModel::cleanup()
{
    m_entries.clear();
    m_store.reset();
    m_dir.reset();
}

void TestJournalModel::fill(int count)
{
    for (int i = 0; i < count; ++i) {
        m_entries.append(edit(QStringLiteral("a%1").arg(i % 7), QStringLiteral("name"),
                              QStringLiteral("Before %1").arg(i), QStringLiteral("After %1").arg(i),
                              i % 5 ? QStringLiteral("sandbox") : QStringLiteral("prod")));
        if (i % 11 == 0)
            m_entries.last().operation = JournalEntry::Operation::Revert;
    }
    QVERIFY(m_store->appendAll(m_entries));
}

void TestJournalModel::rowsAreNewestFirstAndReadByBlocks()
{
    fill(300);
    JournalModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(model.columnCount(), int(Column::Count));
    QCOMPARE(model.entryId(0), m_entries.last().id);
    QCOMPARE(model.entryId(299), m_entries.first().id);
    // Row 250 lies in the third block of 128.
    const QModelIndex change = model.index(250, int(Column::Change));
    QCOMPARE(change.data().toString(), QStringLiteral("Name: \"Before 49\" → \"After 49\""));
    QCOMPARE(model.index(250, int(Column::Assistant)).data().toString(), QStringLiteral("Assistant a0"));
    QCOMPARE(model.index(250, int(Column::Status)).data().toString(), QStringLiteral("Done"));
    QCOMPARE(change.data(JournalModel::EntryIdRole).toLongLong(), m_entries.at(49).id);
    QCOMPARE(model.rowOf(m_entries.at(49).id), 250);
    QCOMPARE(model.header(250).assistantId, QStringLiteral("a0"));
    QCOMPARE(model.headerData(int(Column::Status), Qt::Horizontal).toString(), QStringLiteral("Outcome"));
}

void TestJournalModel::newEntriesComeInAtTheTop()
{
    fill(10);
    JournalModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({.connectionId = QStringLiteral("sandbox")});
    const int before = model.rowCount();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const qint64 id = m_store->append(
        edit(QStringLiteral("a1"), QStringLiteral("prompt"), QStringLiteral("P"), QStringLiteral("Q")));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.entryId(0), id);
    // One the filter leaves out changes nothing.
    m_store->append(edit(QStringLiteral("a1"), QStringLiteral("prompt"), QStringLiteral("P"), QStringLiteral("Q"),
                         QStringLiteral("prod")));
    QCOMPARE(model.rowCount(), before + 1);
}

void TestJournalModel::changedEntryRepaintsItsRow()
{
    fill(5);
    JournalModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    const int row = model.rowOf(m_entries.at(2).id);
    QCOMPARE(model.index(row, int(Column::Status)).data().toString(), QStringLiteral("Done"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    JournalEntry failed = m_entries.at(2);
    failed.status = JournalEntry::Status::Failed;
    failed.httpStatus = 422;
    QVERIFY(m_store->update(failed));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<QModelIndex>().row(), row);
    QCOMPARE(model.index(row, int(Column::Status)).data().toString(), QStringLiteral("Failed (HTTP 422)"));
}

void TestJournalModel::indexAndDatabaseAgree_data()
{
    QTest::addColumn<JournalFilter>("filter");
    QTest::newRow("all") << JournalFilter();
    QTest::newRow("connection") << JournalFilter{.connectionId = QStringLiteral("prod")};
    QTest::newRow("assistant") << JournalFilter{.assistantId = QStringLiteral("a3")};
    QTest::newRow("operation") << JournalFilter{.operation = JournalEntry::Operation::Revert};
    QTest::newRow("text") << JournalFilter{.text = QStringLiteral("after 1")};
    QTest::newRow("everything") << JournalFilter{.connectionId = QStringLiteral("sandbox"),
                                                 .assistantText = QStringLiteral("A2"),
                                                 .from = QDate::currentDate(),
                                                 .to = QDate::currentDate(),
                                                 .text = QStringLiteral("name")};
}

void TestJournalModel::indexAndDatabaseAgree()
{
    QFETCH(JournalFilter, filter);
    fill(200);
    JournalModel database(m_store.get());
    JournalModel memory(m_store.get());
    JournalIndex index;
    memory.setIndex(&index);
    QAbstractItemModelTester tester(&memory, QAbstractItemModelTester::FailureReportingMode::QtTest);
    database.setFilter(filter);
    memory.setFilter(filter);
    QVERIFY(database.rowCount() > 0);
    QCOMPARE(memory.rowCount(), database.rowCount());
    for (int row = 0; row < database.rowCount(); ++row)
        QCOMPARE(memory.entryId(row), database.entryId(row));
    // And after a new entry.
    m_store->append(edit(QStringLiteral("a2"), QStringLiteral("name"), QStringLiteral("After 1"), QStringLiteral("x")));
    QCOMPARE(memory.rowCount(), database.rowCount());
    QCOMPARE(memory.entryId(0), database.entryId(0));
}

QTEST_GUILESS_MAIN(TestJournalModel)
#include "TestJournalModel.moc"
