// SPDX-License-Identifier: GPL-3.0-or-later
#include "SoakLedger.h"
#include "SoakNetworkAccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The soak's judge on made-up histories: what it must let pass, and each kind of broken promise it must catch.
class TestSoakLedger : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void aCleanSavePasses();
    void aPatchWithAFieldNobodyEditedIsCaught();
    void aPatchReadBeforeItsSaveBeganIsStillChecked();
    void aSaveReportedDoneButNeverAppliedIsCaught();
    void aSavedValueLostOnTheServerIsCaught();
    void aSavedValueWrittenAgainLaterPasses();
    void aDraftCreatedTwiceIsCaught();
    void aCreationAfterTheFirstWasDeletedPasses();
    void notCreatedWhileItExistsIsCaught();
    void anEditLostWithAKilledWriterIsCaught();
    void anEditRestoredFromItsDraftPasses();
    void aDraftNewerThanTheKilledWritersLastLinePasses();
    void anEditStoredByTheKilledSavePasses();
    void anEditGivenUpOnAConflictPasses();
    void anEditTheServerHeldBeforeAColleagueChangedItPasses();
    void anEditNeverTypedIsCaught();
    void aConflictKeptAsTheServerHadItButSentIsCaught();
    void editsDroppedForALiveAssistantAreCaught();
    void aServerThatForgetsIsCaught();

private:
    static const QString id;
    static SandboxRequestRecord request(const QString &method, const QString &path, const QString &tag,
                                        const QJsonObject &body = {});
    void answer(const QString &method, const QString &path, const QString &tag, const QJsonObject &body,
                const QJsonObject &reply);
    void event(const QString &kind, int incarnation, int op, QJsonObject fields = {});
    QStringList rules() const;

    std::unique_ptr<SoakLedger> m_ledger;
    QJsonObject m_server; // the one assistant, as the server holds it
};

const QString TestSoakLedger::id = QStringLiteral("a1");

SandboxRequestRecord TestSoakLedger::request(const QString &method, const QString &path, const QString &tag,
                                             const QJsonObject &body)
{
    SandboxRequestRecord record;
    record.method = method;
    record.path = path;
    record.headers.append({SoakNetworkAccess::header(), tag.toLatin1()});
    if (!body.isEmpty())
        record.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return record;
}

void TestSoakLedger::answer(const QString &method, const QString &path, const QString &tag, const QJsonObject &body,
                            const QJsonObject &reply)
{
    m_ledger->serverAnswered(request(method, path, tag, body), 200, QJsonDocument(reply).toJson());
}

void TestSoakLedger::event(const QString &kind, int incarnation, int op, QJsonObject fields)
{
    fields.insert(QStringLiteral("e"), kind);
    fields.insert(QStringLiteral("w"), QStringLiteral("A"));
    fields.insert(QStringLiteral("inc"), incarnation);
    fields.insert(QStringLiteral("op"), op);
    if (!fields.contains(u"id"))
        fields.insert(QStringLiteral("id"), id);
    m_ledger->writerEvent(fields);
}

QStringList TestSoakLedger::rules() const
{
    QStringList list;
    for (const SoakLedger::Violation &violation : m_ledger->violations())
        list.append(violation.rule);
    return list;
}

void TestSoakLedger::init()
{
    m_ledger = std::make_unique<SoakLedger>();
    m_server = {{QStringLiteral("id"), id},
                {QStringLiteral("name"), QStringLiteral("Old")},
                {QStringLiteral("prompt"), QStringLiteral("P")}};
    answer(QStringLiteral("GET"), QStringLiteral("/api/assistants"), {}, {},
           {{QStringLiteral("assistants"), QJsonArray{m_server}}});
    event(QStringLiteral("ready"), 1, 0);
    event(QStringLiteral("restoredAll"), 1, 0);
}

// A writer edits the name, keeps its draft, and saves; the server applies exactly that.
#define EDIT_NAME(op, value)                                                                                           \
    event(QStringLiteral("edit"), 1, op, {{QStringLiteral("values"), QJsonObject{{QStringLiteral("name"), value}}}});  \
    event(QStringLiteral("kept"), 1, op, {{QStringLiteral("pending"), QJsonObject{{QStringLiteral("name"), value}}}})

void TestSoakLedger::aCleanSavePasses()
{
    EDIT_NAME(1, QStringLiteral("New"));
    const QJsonObject patch{{QStringLiteral("name"), QStringLiteral("New")}};
    event(QStringLiteral("begin"), 1, 2,
          {{QStringLiteral("kind"), QStringLiteral("save")},
           {QStringLiteral("policy"), QStringLiteral("mine")},
           {QStringLiteral("pending"), patch}});
    m_server.insert(QStringLiteral("name"), QStringLiteral("New"));
    answer(QStringLiteral("PATCH"), QStringLiteral("/api/assistants/a1"), QStringLiteral("A1:2"), patch,
           {{QStringLiteral("assistant"), m_server}});
    event(QStringLiteral("end"), 1, 2,
          {{QStringLiteral("kind"), QStringLiteral("save")},
           {QStringLiteral("outcome"), QStringLiteral("saved")},
           {QStringLiteral("sent"), patch},
           {QStringLiteral("pending"), QJsonObject()}});
    m_ledger->finish({Assistant(m_server)});
    QCOMPARE(rules(), QStringList());
    QCOMPARE(m_ledger->count(QStringLiteral("saved fields checked")), 1);
}

void TestSoakLedger::aPatchWithAFieldNobodyEditedIsCaught()
{
    EDIT_NAME(1, QStringLiteral("New"));
    event(QStringLiteral("begin"), 1, 2,
          {{QStringLiteral("kind"), QStringLiteral("save")},
           {QStringLiteral("pending"), QJsonObject{{QStringLiteral("name"), QStringLiteral("New")}}}});
    const QJsonObject patch{{QStringLiteral("name"), QStringLiteral("New")},
                            {QStringLiteral("prompt"), QStringLiteral("Mine")}};
    answer(QStringLiteral("PATCH"), QStringLiteral("/api/assistants/a1"), QStringLiteral("A1:2"), patch,
           {{QStringLiteral("assistant"), m_server}});
    event(QStringLiteral("end"), 1, 2,
          {{QStringLiteral("kind"), QStringLiteral("save")},
           {QStringLiteral("outcome"), QStringLiteral("failed")},
           {QStringLiteral("pending"), QJsonObject{{QStringLiteral("name"), QStringLiteral("New")}}}});
    QCOMPARE(rules(), QStringList{QStringLiteral("untouched field")});
    QVERIFY(m_ledger->violations().first().text.contains(u"prompt"));
}

void TestSoakLedger::aPatchReadBeforeItsSaveBeganIsStillChecked()
{
    EDIT_NAME(1, QStringLiteral("New"));
    // The server's side may be heard before the writer's line that announced it.
    answer(QStringLiteral("PATCH"), QStringLiteral("/api/assistants/a1"), QStringLiteral("A1:2"),
           {{QStringLiteral("name"), QStringLiteral("Other")}}, {{QStringLiteral("assistant"), m_server}});
    QCOMPARE(rules(), QStringList());
    event(QStringLiteral("begin"), 1, 2,
          {{QStringLiteral("kind"), QStringLiteral("save")},
           {QStringLiteral("pending"), QJsonObject{{QStringLiteral("name"), QStringLiteral("New")}}}});
    m_ledger->writerKilled(QStringLiteral("A")); // its end never comes: judged at the end
    m_ledger->finish({Assistant(m_server)});
    QCOMPARE(rules(), QStringList{QStringLiteral("untouched field")}); // the value it stored is not the one typed
}

void TestSoakLedger::aSaveReportedDoneButNeverAppliedIsCaught()
{
    EDIT_NAME(1, QStringLiteral("New"));
    const QJsonObject patch{{QStringLiteral("name"), QStringLiteral("New")}};
    event(QStringLiteral("begin"), 1, 2,
          {{QStringLiteral("kind"), QStringLiteral("save")}, {QStringLiteral("pending"), patch}});
    event(QStringLiteral("end"), 1, 2,
          {{QStringLiteral("kind"), QStringLiteral("save")},
           {QStringLiteral("outcome"), QStringLiteral("saved")},
           {QStringLiteral("sent"), patch},
           {QStringLiteral("pending"), QJsonObject()}});
    QVERIFY(rules().contains(QStringLiteral("saved")));
}

void TestSoakLedger::aSavedValueLostOnTheServerIsCaught()
{
    aCleanSavePasses();
    init();
    EDIT_NAME(1, QStringLiteral("New"));
    const QJsonObject patch{{QStringLiteral("name"), QStringLiteral("New")}};
    event(QStringLiteral("begin"), 1, 2,
          {{QStringLiteral("kind"), QStringLiteral("save")}, {QStringLiteral("pending"), patch}});
    QJsonObject answered = m_server;
    answered.insert(QStringLiteral("name"), QStringLiteral("New"));
    answer(QStringLiteral("PATCH"), QStringLiteral("/api/assistants/a1"), QStringLiteral("A1:2"), patch,
           {{QStringLiteral("assistant"), answered}});
    event(QStringLiteral("end"), 1, 2,
          {{QStringLiteral("kind"), QStringLiteral("save")},
           {QStringLiteral("outcome"), QStringLiteral("saved")},
           {QStringLiteral("sent"), patch},
           {QStringLiteral("pending"), QJsonObject()}});
    m_ledger->finish({Assistant(m_server)}); // the server still says "Old"
    QVERIFY(rules().contains(QStringLiteral("saved")));
    QVERIFY(rules().contains(QStringLiteral("server state")));
}

void TestSoakLedger::aSavedValueWrittenAgainLaterPasses()
{
    EDIT_NAME(1, QStringLiteral("New"));
    const QJsonObject patch{{QStringLiteral("name"), QStringLiteral("New")}};
    event(QStringLiteral("begin"), 1, 2,
          {{QStringLiteral("kind"), QStringLiteral("save")}, {QStringLiteral("pending"), patch}});
    m_server.insert(QStringLiteral("name"), QStringLiteral("New"));
    answer(QStringLiteral("PATCH"), QStringLiteral("/api/assistants/a1"), QStringLiteral("A1:2"), patch,
           {{QStringLiteral("assistant"), m_server}});
    event(QStringLiteral("end"), 1, 2,
          {{QStringLiteral("kind"), QStringLiteral("save")},
           {QStringLiteral("outcome"), QStringLiteral("saved")},
           {QStringLiteral("sent"), patch},
           {QStringLiteral("pending"), QJsonObject()}});
    // Writer B's save, later in the server's order.
    const QJsonObject theirs{{QStringLiteral("name"), QStringLiteral("B's")}};
    m_ledger->writerEvent({{QStringLiteral("e"), QStringLiteral("begin")},
                           {QStringLiteral("w"), QStringLiteral("B")},
                           {QStringLiteral("inc"), 1},
                           {QStringLiteral("op"), 1},
                           {QStringLiteral("id"), id},
                           {QStringLiteral("kind"), QStringLiteral("save")},
                           {QStringLiteral("pending"), QJsonObject()}});
    m_server.insert(QStringLiteral("name"), QStringLiteral("B's"));
    answer(QStringLiteral("PATCH"), QStringLiteral("/api/assistants/a1"), QStringLiteral("B1:1"), theirs,
           {{QStringLiteral("assistant"), m_server}});
    m_ledger->finish({Assistant(m_server)});
    // B's PATCH (never ended) carried a field B had not edited: caught; A's save, overwritten later, is no loss.
    QCOMPARE(rules(), QStringList{QStringLiteral("untouched field")});
}

void TestSoakLedger::aDraftCreatedTwiceIsCaught()
{
    const QJsonObject created{{QStringLiteral("id"), QStringLiteral("n1")},
                              {QStringLiteral("name"), QStringLiteral("Soak A1-1")}};
    answer(QStringLiteral("POST"), QStringLiteral("/api/assistants"), QStringLiteral("A1:3"), {},
           {{QStringLiteral("assistant"), created}});
    QJsonObject again = created;
    again.insert(QStringLiteral("id"), QStringLiteral("n2"));
    answer(QStringLiteral("POST"), QStringLiteral("/api/assistants"), QStringLiteral("A1:3"), {},
           {{QStringLiteral("assistant"), again}});
    m_ledger->finish({Assistant(m_server), Assistant(created), Assistant(again)});
    QCOMPARE(rules(), QStringList{QStringLiteral("created twice")});
}

void TestSoakLedger::aCreationAfterTheFirstWasDeletedPasses()
{
    const QJsonObject created{{QStringLiteral("id"), QStringLiteral("n1")},
                              {QStringLiteral("name"), QStringLiteral("Soak A1-1")}};
    answer(QStringLiteral("POST"), QStringLiteral("/api/assistants"), QStringLiteral("A1:3"), {},
           {{QStringLiteral("assistant"), created}});
    answer(QStringLiteral("DELETE"), QStringLiteral("/api/assistants/n1"), QStringLiteral("B1:1"), {},
           {{QStringLiteral("success"), true}});
    QJsonObject again = created;
    again.insert(QStringLiteral("id"), QStringLiteral("n2"));
    answer(QStringLiteral("POST"), QStringLiteral("/api/assistants"), QStringLiteral("A1:3"), {},
           {{QStringLiteral("assistant"), again}});
    m_ledger->finish({Assistant(m_server), Assistant(again)});
    QCOMPARE(rules(), QStringList());
}

void TestSoakLedger::notCreatedWhileItExistsIsCaught()
{
    const QJsonObject created{{QStringLiteral("id"), QStringLiteral("n1")},
                              {QStringLiteral("name"), QStringLiteral("Soak A1-1")}};
    answer(QStringLiteral("POST"), QStringLiteral("/api/assistants"), QStringLiteral("A1:3"), {},
           {{QStringLiteral("assistant"), created}});
    event(QStringLiteral("end"), 1, 3,
          {{QStringLiteral("kind"), QStringLiteral("create")},
           {QStringLiteral("name"), QStringLiteral("Soak A1-1")},
           {QStringLiteral("outcome"), QStringLiteral("notCreated")}});
    QCOMPARE(rules(), QStringList{QStringLiteral("created twice")});
}

void TestSoakLedger::anEditLostWithAKilledWriterIsCaught()
{
    EDIT_NAME(1, QStringLiteral("New"));
    m_ledger->writerKilled(QStringLiteral("A"));
    event(QStringLiteral("ready"), 2, 0);
    event(QStringLiteral("restoredAll"), 2, 0);
    QCOMPARE(rules(), QStringList{QStringLiteral("unsaved edit")});
}

void TestSoakLedger::anEditRestoredFromItsDraftPasses()
{
    EDIT_NAME(1, QStringLiteral("New"));
    // Killed after the edit was announced but before its draft was written: the older draft is fine too.
    event(QStringLiteral("edit"), 1, 2,
          {{QStringLiteral("values"), QJsonObject{{QStringLiteral("prompt"), QStringLiteral("Typed")}}}});
    m_ledger->writerKilled(QStringLiteral("A"));
    event(QStringLiteral("ready"), 2, 0);
    event(QStringLiteral("restored"), 2, 1,
          {{QStringLiteral("pending"), QJsonObject{{QStringLiteral("name"), QStringLiteral("New")}}}});
    event(QStringLiteral("restoredAll"), 2, 1);
    QCOMPARE(rules(), QStringList());
}

void TestSoakLedger::aDraftNewerThanTheKilledWritersLastLinePasses()
{
    EDIT_NAME(1, QStringLiteral("New"));
    // Killed after writing the draft of its second edit and before saying so.
    event(QStringLiteral("edit"), 1, 2,
          {{QStringLiteral("values"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Newer")}}}});
    m_ledger->writerKilled(QStringLiteral("A"));
    event(QStringLiteral("ready"), 2, 0);
    event(QStringLiteral("restored"), 2, 1,
          {{QStringLiteral("pending"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Newer")}}}});
    event(QStringLiteral("restoredAll"), 2, 1);
    QCOMPARE(rules(), QStringList());
    // Not so when it was not killed: a draft that holds another value than the last one kept lost an edit.
    EDIT_NAME(3, QStringLiteral("Newest"));
    event(QStringLiteral("begin"), 2, 4,
          {{QStringLiteral("kind"), QStringLiteral("save")},
           {QStringLiteral("pending"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Newer")}}}});
    QCOMPARE(rules(), QStringList{QStringLiteral("unsaved edit")});
}

void TestSoakLedger::anEditStoredByTheKilledSavePasses()
{
    EDIT_NAME(1, QStringLiteral("New"));
    const QJsonObject patch{{QStringLiteral("name"), QStringLiteral("New")}};
    event(QStringLiteral("begin"), 1, 2,
          {{QStringLiteral("kind"), QStringLiteral("save")}, {QStringLiteral("pending"), patch}});
    m_server.insert(QStringLiteral("name"), QStringLiteral("New"));
    answer(QStringLiteral("PATCH"), QStringLiteral("/api/assistants/a1"), QStringLiteral("A1:2"), patch,
           {{QStringLiteral("assistant"), m_server}});
    m_ledger->writerKilled(QStringLiteral("A")); // before it heard the answer, after it removed the draft
    event(QStringLiteral("ready"), 2, 0);
    event(QStringLiteral("restoredAll"), 2, 0);
    QCOMPARE(rules(), QStringList());
}

void TestSoakLedger::anEditGivenUpOnAConflictPasses()
{
    EDIT_NAME(1, QStringLiteral("New"));
    event(QStringLiteral("begin"), 1, 2,
          {{QStringLiteral("kind"), QStringLiteral("save")},
           {QStringLiteral("policy"), QStringLiteral("theirs")},
           {QStringLiteral("pending"), QJsonObject{{QStringLiteral("name"), QStringLiteral("New")}}}});
    event(QStringLiteral("resolved"), 1, 2,
          {{QStringLiteral("conflicts"), QJsonArray{QStringLiteral("name")}},
           {QStringLiteral("policy"), QStringLiteral("theirs")}});
    event(QStringLiteral("end"), 1, 2,
          {{QStringLiteral("kind"), QStringLiteral("save")},
           {QStringLiteral("outcome"), QStringLiteral("nothingToSave")},
           {QStringLiteral("pending"), QJsonObject()}});
    QCOMPARE(rules(), QStringList());
    // The same end after take mine would have lost the edit.
    EDIT_NAME(3, QStringLiteral("Newer"));
    event(QStringLiteral("begin"), 1, 4,
          {{QStringLiteral("kind"), QStringLiteral("save")},
           {QStringLiteral("policy"), QStringLiteral("mine")},
           {QStringLiteral("pending"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Newer")}}}});
    event(QStringLiteral("resolved"), 1, 4,
          {{QStringLiteral("conflicts"), QJsonArray{QStringLiteral("name")}},
           {QStringLiteral("policy"), QStringLiteral("mine")}});
    event(QStringLiteral("end"), 1, 4,
          {{QStringLiteral("kind"), QStringLiteral("save")},
           {QStringLiteral("outcome"), QStringLiteral("failed")},
           {QStringLiteral("pending"), QJsonObject()}});
    QCOMPARE(rules(), QStringList{QStringLiteral("unsaved edit")});
}

void TestSoakLedger::aConflictKeptAsTheServerHadItButSentIsCaught()
{
    EDIT_NAME(1, QStringLiteral("New"));
    const QJsonObject patch{{QStringLiteral("name"), QStringLiteral("New")}};
    event(QStringLiteral("begin"), 1, 2,
          {{QStringLiteral("kind"), QStringLiteral("save")},
           {QStringLiteral("policy"), QStringLiteral("theirs")},
           {QStringLiteral("pending"), patch}});
    // A PATCH before any conflict (its answer lost), then a 412: the second merge finds the colleague's value.
    event(QStringLiteral("sending"), 1, 2,
          {{QStringLiteral("kind"), QStringLiteral("save")}, {QStringLiteral("body"), patch}});
    answer(QStringLiteral("PATCH"), QStringLiteral("/api/assistants/a1"), QStringLiteral("A1:2"), patch,
           {{QStringLiteral("assistant"), m_server}});
    event(QStringLiteral("resolved"), 1, 2,
          {{QStringLiteral("conflicts"), QJsonArray{QStringLiteral("name")}},
           {QStringLiteral("policy"), QStringLiteral("theirs")}});
    QCOMPARE(rules(), QStringList());
    // Sending it after choosing theirs is overwriting the colleague.
    event(QStringLiteral("sending"), 1, 2,
          {{QStringLiteral("kind"), QStringLiteral("save")}, {QStringLiteral("body"), patch}});
    QCOMPARE(rules(), QStringList{QStringLiteral("untouched field")});
}

void TestSoakLedger::anEditTheServerHeldBeforeAColleagueChangedItPasses()
{
    // The save's first read finds the value already there; a colleague changes it before the PATCH (412), and
    // the second merge takes the colleague's value: a later write, not a lost edit.
    EDIT_NAME(1, QStringLiteral("Same"));
    event(QStringLiteral("begin"), 1, 2,
          {{QStringLiteral("kind"), QStringLiteral("save")},
           {QStringLiteral("policy"), QStringLiteral("mine")},
           {QStringLiteral("pending"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Same")}}}});
    m_server.insert(QStringLiteral("name"), QStringLiteral("Same"));
    answer(QStringLiteral("GET"), QStringLiteral("/api/assistants/a1"), QStringLiteral("A1:2"), {}, m_server);
    m_server.insert(QStringLiteral("name"), QStringLiteral("Colleague's"));
    answer(QStringLiteral("GET"), QStringLiteral("/api/assistants/a1"), QStringLiteral("A1:2"), {}, m_server);
    event(QStringLiteral("end"), 1, 2,
          {{QStringLiteral("kind"), QStringLiteral("save")},
           {QStringLiteral("outcome"), QStringLiteral("nothingToSave")},
           {QStringLiteral("pending"), QJsonObject()}});
    QCOMPARE(rules(), QStringList());
}

void TestSoakLedger::anEditNeverTypedIsCaught()
{
    EDIT_NAME(1, QStringLiteral("New"));
    m_ledger->writerKilled(QStringLiteral("A"));
    event(QStringLiteral("ready"), 2, 0);
    event(QStringLiteral("restored"), 2, 1,
          {{QStringLiteral("pending"),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("New")},
                        {QStringLiteral("prompt"), QStringLiteral("Never typed")}}}});
    QCOMPARE(rules(), QStringList{QStringLiteral("unsaved edit")});
}

void TestSoakLedger::editsDroppedForALiveAssistantAreCaught()
{
    EDIT_NAME(1, QStringLiteral("New"));
    event(QStringLiteral("dropped"), 1, 2, {{QStringLiteral("reason"), QStringLiteral("deleted")}});
    QCOMPARE(rules(), QStringList{QStringLiteral("unsaved edit")});
    init();
    EDIT_NAME(1, QStringLiteral("New"));
    answer(QStringLiteral("DELETE"), QStringLiteral("/api/assistants/a1"), QStringLiteral("B1:1"), {},
           {{QStringLiteral("success"), true}});
    event(QStringLiteral("dropped"), 1, 2, {{QStringLiteral("reason"), QStringLiteral("deleted")}});
    QCOMPARE(rules(), QStringList());
}

void TestSoakLedger::aServerThatForgetsIsCaught()
{
    const QJsonObject created{{QStringLiteral("id"), QStringLiteral("n1")},
                              {QStringLiteral("name"), QStringLiteral("x")}};
    answer(QStringLiteral("POST"), QStringLiteral("/api/assistants"), QStringLiteral("A1:3"), {},
           {{QStringLiteral("assistant"), created}});
    m_ledger->finish({Assistant(m_server)});
    QCOMPARE(rules(), QStringList{QStringLiteral("server state")});
}

QTEST_GUILESS_MAIN(TestSoakLedger)
#include "TestSoakLedger.moc"
