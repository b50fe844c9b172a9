// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AssistantProxyModel.h"
#include "core/AssistantTableModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {

using Column = AssistantTableModel::Column;

Assistant make(const char *json)
{
    return Assistant(QJsonDocument::fromJson(json).object());
}

QList<Assistant> sample()
{
    return {
        make(R"({"id":"a1","name":"Dental reminders","prompt":"Remind patients of their appointment.",
                 "voice":{"id":"v-cart","provider":"cartesia"},
                 "llm_model":{"type":"dedicated-instance","name":"gpt-4.1"},"first_sentence_mode":"static",
                 "faq_items":[{"question":"q","answer":"a","needs_human_answer":true},{"question":"q2","answer":"a2"}],
                 "pending_faq_count":1,"custom_tools":[{"name":"book_slot"},{"name":"cancel"}],
                 "call_retry_config":{"max_retry_attempts":10},"updated_at":"2026-11-20T10:00:00.000Z"})"),
        make(R"({"id":"b2","name":"agent 2","prompt":"Qualify real-estate leads.",
                 "voice":{"id":"v-11","provider":"elevenlabs"},
                 "llm_model":{"type":"openrouter","openrouter_model_id":"openai/gpt-4.1","openrouter_provider":"azure"},
                 "first_sentence_mode":"generated","faq_items":[],"custom_tools":[],
                 "call_retry_config":{"max_retry_attempts":9},"updated_at":"2026-11-21T09:00:00.000Z"})"),
        make(R"({"id":"c3","name":"Bistro bookings","prompt":"Take table reservations.","voice":null,
                 "faq_items":[{"question":"q","answer":"a"},{"question":"q","answer":"a"},{"question":"q","answer":"a"}],
                 "updated_at":"2025-01-01T00:00:00.000Z"})"),
    };
}

} // namespace

class TestAssistantTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void displaysFormattedValues_data();
    void displaysFormattedValues();
    void headersComeFromTheCatalogue();
    void sortsOnRawValues_data();
    void sortsOnRawValues();
    void searchMatchesNameIdAndPrompt_data();
    void searchMatchesNameIdAndPrompt();
    void replaceUpdatesOneRow();
    void replaceAppendsNewAndRemoveDrops();
    void voiceNames();
    void pendingCountFallsBackToTheItems();
    void rowsGiveTheWholeAssistantBack();

private:
    AssistantTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestAssistantTableModel::init()
{
    m_model = new AssistantTableModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model->setAssistants(sample());
}

void TestAssistantTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestAssistantTableModel::displaysFormattedValues_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<Column>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("name") << 0 << Column::Name << "Dental reminders";
    QTest::newRow("cartesia voice") << 0 << Column::Voice << "v-cart · Cartesia";
    QTest::newRow("elevenlabs voice") << 1 << Column::Voice << "v-11 · ElevenLabs";
    QTest::newRow("no voice") << 2 << Column::Voice << "None";
    QTest::newRow("dedicated model") << 0 << Column::LlmModel << "gpt-4.1";
    QTest::newRow("openrouter model") << 1 << Column::LlmModel << "openai/gpt-4.1 (azure)";
    QTest::newRow("mode") << 0 << Column::FirstSentenceMode << "Static"; // as the editor words it
    QTest::newRow("faq with pending") << 0 << Column::FaqItems << "2 (1 pending)";
    QTest::newRow("faq none") << 1 << Column::FaqItems << "0";
    QTest::newRow("tools") << 0 << Column::CustomTools << "2";
    QTest::newRow("retry") << 0 << Column::RetryAttempts << "10";
    QTest::newRow("retry absent") << 2 << Column::RetryAttempts << "";
    QTest::newRow("id") << 1 << Column::Id << "b2";
}

void TestAssistantTableModel::displaysFormattedValues()
{
    QFETCH(int, row);
    QFETCH(Column, column);
    QFETCH(QString, text);
    QCOMPARE(m_model->index(row, int(column)).data().toString(), text);
    QCOMPARE(m_model->index(row, int(column)).data(AssistantTableModel::IdRole).toString(),
             m_model->assistantAt(row).id());
}

void TestAssistantTableModel::headersComeFromTheCatalogue()
{
    QCOMPARE(m_model->columnCount(), int(Column::Count));
    QCOMPARE(m_model->headerData(int(Column::Name), Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(m_model->headerData(int(Column::RetryAttempts), Qt::Horizontal).toString(),
             QStringLiteral("Max retry attempts"));
    for (int column = 0; column < m_model->columnCount(); ++column)
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
    QCOMPARE(m_model->index(0, 0).data(Qt::ToolTipRole), QVariant());
    QCOMPARE(m_model->index(0, int(Column::CustomTools)).data(Qt::ToolTipRole).toString(),
             QStringLiteral("book_slot, cancel"));
}

void TestAssistantTableModel::sortsOnRawValues_data()
{
    QTest::addColumn<Column>("column");
    QTest::addColumn<QStringList>("ascending");
    // Numbers as numbers: 9 before 10; times as times; names without regard to case.
    QTest::newRow("retry") << Column::RetryAttempts << QString::fromLatin1("c3 b2 a1").split(u' ');
    QTest::newRow("faq") << Column::FaqItems << QString::fromLatin1("b2 a1 c3").split(u' ');
    QTest::newRow("updated") << Column::Updated << QString::fromLatin1("c3 a1 b2").split(u' ');
    QTest::newRow("name") << Column::Name << QString::fromLatin1("b2 c3 a1").split(u' ');
}

void TestAssistantTableModel::sortsOnRawValues()
{
    QFETCH(Column, column);
    QFETCH(QStringList, ascending);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    proxy.setSortRole(AssistantTableModel::SortRole);
    proxy.sort(int(column), Qt::AscendingOrder);
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(AssistantTableModel::IdRole).toString());
    QCOMPARE(ids, ascending);
}

void TestAssistantTableModel::searchMatchesNameIdAndPrompt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("matches");
    QTest::newRow("name") << "bistro" << 1;
    QTest::newRow("id") << "b2" << 1;
    QTest::newRow("prompt") << "real-estate" << 1;
    QTest::newRow("common") << "e" << 3;
    QTest::newRow("none") << "zzz" << 0;
    QTest::newRow("not the voice") << "v-cart" << 0;
    QTest::newRow("any case") << "DENTAL Reminders" << 1;
    QTest::newRow("spaces around") << "  bistro " << 1;
    QTest::newRow("only spaces: all") << "   " << 3;
}

void TestAssistantTableModel::searchMatchesNameIdAndPrompt()
{
    QFETCH(QString, text);
    QFETCH(int, matches);
    AssistantProxyModel proxy(m_model);
    proxy.setSearchText(text);
    QCOMPARE(proxy.rowCount(), matches);
}

void TestAssistantTableModel::replaceUpdatesOneRow()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    Assistant updated = m_model->assistantAt(1);
    updated.setName(QStringLiteral("Renamed"));
    m_model->replaceAssistant(updated);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("Renamed"));
    QCOMPARE(m_model->rowCount(), 3);
    AssistantProxyModel proxy(m_model);
    proxy.setSearchText(QStringLiteral("renamed"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("agent 2"));
    QCOMPARE(proxy.rowCount(), 0);
}

void TestAssistantTableModel::replaceAppendsNewAndRemoveDrops()
{
    m_model->replaceAssistant(make(R"({"id":"d4","name":"New"})"));
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->rowOf(QStringLiteral("d4")), 3);
    m_model->removeAssistant(QStringLiteral("a1"));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf(QStringLiteral("a1")), -1);
    QCOMPARE(m_model->rowOf(QStringLiteral("d4")), 2);
    QCOMPARE(m_model->assistant(QStringLiteral("b2"))->name(), QStringLiteral("agent 2"));
    m_model->removeAssistant(QStringLiteral("nope"));
    QCOMPARE(m_model->rowCount(), 3);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
}

void TestAssistantTableModel::voiceNames()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setVoiceNames({{QStringLiteral("v-cart"), QStringLiteral("Sophie")}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->index(0, int(Column::Voice)).data().toString(), QStringLiteral("Sophie · Cartesia"));
    QCOMPARE(m_model->index(1, int(Column::Voice)).data().toString(), QStringLiteral("v-11 · ElevenLabs"));
}

void TestAssistantTableModel::pendingCountFallsBackToTheItems()
{
    // Older servers leave pending_faq_count out; the items' needs_human_answer flags still say it.
    m_model->replaceAssistant(make(R"({"id":"e5","faq_items":[{"needs_human_answer":true},{},
                                       {"needs_human_answer":true},{"needs_human_answer":false}]})"));
    QCOMPARE(m_model->index(m_model->rowOf(QStringLiteral("e5")), int(Column::FaqItems)).data().toString(),
             QStringLiteral("4 (2 pending)"));
}

void TestAssistantTableModel::rowsGiveTheWholeAssistantBack()
{
    // Rows keep the JSON, not a parsed tree: every key, known or not, must come back when a row is opened.
    const Assistant original = make(R"({"id":"f6","name":"Full","future_key":{"a":[1,2]},"voice":
                                        {"id":"v","provider":"cartesia","model":"sonic-3"},"prompt":"p"})");
    m_model->replaceAssistant(original);
    const int row = m_model->rowOf(QStringLiteral("f6"));
    QCOMPARE(m_model->assistantAt(row), original);
    QCOMPARE(*m_model->assistant(QStringLiteral("f6")), original);
    QCOMPARE(m_model->searchTextAt(row), QStringLiteral("full\nf6\np"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_model->assistantAt(i), sample().at(i));
}

QTEST_GUILESS_MAIN(TestAssistantTableModel)
#include "TestAssistantTableModel.moc"
