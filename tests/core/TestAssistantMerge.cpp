// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AssistantMerge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

Assistant parse(const char *json)
{
    return Assistant(QJsonDocument::fromJson(json).object());
}

const char *kBase = R"({"id":"a","name":"Base","prompt":"P","webhook_url":null,
    "voice":{"id":"v1","provider":"cartesia","speed":1.0},"faq_items":[{"question":"q","answer":"a","id":"f1"}],
    "updated_at":"2026-01-01T00:00:00.000Z"})";

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestAssistantMerge : public QObject
{
    Q_OBJECT
private slots:
    void merge_data();
    void merge();
    void choicesDecideConflicts();
};

void TestAssistantMerge::merge_data()
{
    QTest::addColumn<QByteArray>("mine"); // changes over kBase, as a JSON object of top-level keys
    QTest::addColumn<QByteArray>("theirs");
    QTest::addColumn<QStringList>("conflicts");
    QTest::addColumn<QStringList>("fromServer");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QByteArray>("patch"); // what the save sends when no conflict is chosen "mine"

    QTest::newRow("only mine") << QByteArray(R"({"name":"Mine"})") << QByteArray("{}") << QStringList() << QStringList()
                               << QStringList{QStringLiteral("name")} << QByteArray(R"({"name":"Mine"})");
    QTest::newRow("only theirs") << QByteArray("{}") << QByteArray(R"({"prompt":"Server"})") << QStringList()
                                 << QStringList{QStringLiteral("prompt")} << QStringList() << QByteArray("{}");
    QTest::newRow("different fields") << QByteArray(R"({"name":"Mine"})") << QByteArray(R"({"prompt":"Server"})")
                                      << QStringList() << QStringList{QStringLiteral("prompt")}
                                      << QStringList{QStringLiteral("name")} << QByteArray(R"({"name":"Mine"})");
    QTest::newRow("same change both sides") << QByteArray(R"({"name":"Same"})") << QByteArray(R"({"name":"Same"})")
                                            << QStringList() << QStringList() << QStringList() << QByteArray("{}");
    QTest::newRow("conflict") << QByteArray(R"({"name":"Mine"})") << QByteArray(R"({"name":"Server"})")
                              << QStringList{QStringLiteral("name")} << QStringList() << QStringList()
                              << QByteArray("{}");
    QTest::newRow("nested conflict") << QByteArray(R"({"voice":{"id":"v1","provider":"cartesia","speed":1.2}})")
                                     << QByteArray(R"({"voice":{"id":"v2","provider":"cartesia","speed":1.0}})")
                                     << QStringList{QStringLiteral("voice")} << QStringList() << QStringList()
                                     << QByteArray("{}");
    QTest::newRow("server-only read-only change is no conflict")
        << QByteArray(R"({"name":"Mine"})") << QByteArray(R"({"updated_at":"2026-02-02T00:00:00.000Z"})")
        << QStringList() << QStringList() << QStringList{QStringLiteral("name")} << QByteArray(R"({"name":"Mine"})");
    QTest::newRow("FAQ ids renewed by the server are no change")
        << QByteArray(R"({"name":"Mine"})") << QByteArray(R"({"faq_items":[{"question":"q","answer":"a","id":"f9"}]})")
        << QStringList() << QStringList() << QStringList{QStringLiteral("name")} << QByteArray(R"({"name":"Mine"})");
    QTest::newRow("still null here, set there")
        << QByteArray(R"({"webhook_url":null,"name":"Mine"})") << QByteArray(R"({"webhook_url":"https://x.example/h"})")
        << QStringList() << QStringList{QStringLiteral("webhook_url")} << QStringList{QStringLiteral("name")}
        << QByteArray(R"({"name":"Mine"})");
    // One notion of "changed", the patch's: these are no change on either side.
    QTest::newRow("null here and absent there are the same")
        << QByteArray(R"({"name":"Mine"})") << QByteArray(R"({"first_sentence":null})") << QStringList()
        << QStringList() << QStringList{QStringLiteral("name")} << QByteArray(R"({"name":"Mine"})");
    QTest::newRow("1 and 1.0 are the same")
        << QByteArray(R"({"voice":{"id":"v1","provider":"cartesia","speed":1}})") << QByteArray("{}") << QStringList()
        << QStringList() << QStringList() << QByteArray("{}");
    QTest::newRow("unknown key") << QByteArray(R"({"stt_model":"a"})") << QByteArray(R"({"stt_model":"b"})")
                                 << QStringList{QStringLiteral("stt_model")} << QStringList() << QStringList()
                                 << QByteArray("{}");
}

void TestAssistantMerge::merge()
{
    QFETCH(QByteArray, mine);
    QFETCH(QByteArray, theirs);
    QFETCH(QStringList, conflicts);
    QFETCH(QStringList, fromServer);
    QFETCH(QStringList, kept);
    QFETCH(QByteArray, patch);

    const Assistant base = parse(kBase);
    Assistant myVersion = base;
    const QJsonObject myChanges = QJsonDocument::fromJson(mine).object();
    for (auto it = myChanges.begin(); it != myChanges.end(); ++it)
        myVersion.setValue(it.key(), it.value());
    Assistant serverVersion = base;
    const QJsonObject serverChanges = QJsonDocument::fromJson(theirs).object();
    for (auto it = serverChanges.begin(); it != serverChanges.end(); ++it)
        serverVersion.setValue(it.key(), it.value());

    const AssistantMerge merge(base, myVersion, serverVersion);
    QCOMPARE(merge.conflicts(), conflicts);
    QCOMPARE(merge.takenFromServer(), fromServer);
    QCOMPARE(merge.keptFromMine(), kept);
    QCOMPARE(merge.isResolved(), conflicts.isEmpty());
    QCOMPARE(compact(merge.patch().body()), compact(QJsonDocument::fromJson(patch).object()));
    // Whatever the server changed alone is in the merged result.
    for (const QString &key : fromServer)
        QCOMPARE(merge.merged().value(key), serverVersion.value(key));
}

void TestAssistantMerge::choicesDecideConflicts()
{
    const Assistant base = parse(kBase);
    Assistant mine = base;
    mine.setName(QStringLiteral("Mine"));
    mine.setPrompt(QStringLiteral("My prompt"));
    Assistant theirs = base;
    theirs.setName(QStringLiteral("Server"));
    theirs.setPrompt(QStringLiteral("Server prompt"));
    AssistantMerge merge(base, mine, theirs);
    QCOMPARE(merge.conflicts(), (QStringList{QStringLiteral("name"), QStringLiteral("prompt")}));
    merge.choose(QStringLiteral("name"), AssistantMerge::Choice::Mine);
    QVERIFY(!merge.isResolved());
    merge.choose(QStringLiteral("prompt"), AssistantMerge::Choice::Theirs);
    QVERIFY(merge.isResolved());
    QCOMPARE(merge.merged().name(), QStringLiteral("Mine"));
    QCOMPARE(merge.merged().prompt(), QStringLiteral("Server prompt"));
    // The PATCH carries only the decision that differs from the server.
    QCOMPARE(compact(merge.patch().body()), QByteArray(R"({"name":"Mine"})"));
    merge.choose(QStringLiteral("voice"), AssistantMerge::Choice::Mine); // not a conflict: ignored
    QCOMPARE(compact(merge.patch().body()), QByteArray(R"({"name":"Mine"})"));
}

QTEST_GUILESS_MAIN(TestAssistantMerge)
#include "TestAssistantMerge.moc"
