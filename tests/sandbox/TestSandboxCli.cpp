// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// revox-sandbox as a user runs it: a real process, its options, what it prints.
class TestSandboxCli : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion();
    void refusesBadOptions_data();
    void refusesBadOptions();
    void servesWithOptions();
    void keepsDataInFile();

private:
    // Starts revox-sandbox and reads its base URL from the banner; empty on failure.
    QUrl launch(QProcess &process, const QStringList &arguments);
};

QUrl TestSandboxCli::launch(QProcess &process, const QStringList &arguments)
{
    process.start(QStringLiteral(REVOX_SANDBOX_EXE), arguments);
    if (!process.waitForStarted(10000))
        return {};
    static const QRegularExpression banner(QStringLiteral("listening on (http://\\S+)"));
    QByteArray output;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        output += process.readAllStandardOutput();
        const QRegularExpressionMatch match = banner.match(QString::fromUtf8(output));
        if (match.hasMatch() && output.contains("API key:"))
            return QUrl(match.captured(1));
    }
    qWarning() << "revox-sandbox did not start:" << output << process.readAllStandardError();
    return {};
}

void TestSandboxCli::helpAndVersion()
{
    QProcess help;
    help.start(QStringLiteral(REVOX_SANDBOX_EXE), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QByteArray text = help.readAllStandardOutput();
    for (const char *option :
         {"--port", "--bind", "--allow-remote", "--data", "--api-key", "--seed", "--fault", "--version"})
        QVERIFY2(text.contains(option), option);

    QProcess version;
    version.start(QStringLiteral(REVOX_SANDBOX_EXE), {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(10000));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(version.readAllStandardOutput().contains(REVOX_VERSION));
}

void TestSandboxCli::refusesBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("remote bind") << QStringList{QStringLiteral("--bind"), QStringLiteral("0.0.0.0")};
    QTest::newRow("bad address") << QStringList{QStringLiteral("--bind"), QStringLiteral("not-an-address")};
    QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("bad seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("-3")};
    QTest::newRow("bad fault") << QStringList{QStringLiteral("--fault"), QStringLiteral("{\"kind\":\"meltdown\"}")};
    QTest::newRow("fault not json") << QStringList{QStringLiteral("--fault"), QStringLiteral("drop")};
}

void TestSandboxCli::refusesBadOptions()
{
    QFETCH(QStringList, arguments);
    // Should a bad option slip through, the server must not sit on the default port.
    if (!arguments.contains(QStringLiteral("--port")))
        arguments += {QStringLiteral("--port"), QStringLiteral("0")};
    QProcess process;
    process.start(QStringLiteral(REVOX_SANDBOX_EXE),
                  arguments + QStringList{QStringLiteral("--data"), QStringLiteral(":memory:")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().startsWith("revox-sandbox: "));
}

void TestSandboxCli::servesWithOptions()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("REVOX_API_KEY"), QStringLiteral("from-env"));
    process.setProcessEnvironment(environment);
    const QUrl base
        = launch(process,
                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), QStringLiteral(":memory:"),
                  QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--fault"),
                  QStringLiteral(R"({"kind":"status","status":418})"), QStringLiteral("--fault"),
                  QStringLiteral(R"({"kind":"rateLimit","retryAfter":"5","pathPattern":"/voices"})")});
    QVERIFY(base.isValid());
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(base.path(), QStringLiteral("/api"));
    QVERIFY(base.port() > 0);

    SandboxTestClient client(base, QStringLiteral("from-env"));
    // The faults apply in order, once each.
    QCOMPARE(client.get(QStringLiteral("/assistants")).status, 418);
    const auto limited = client.get(QStringLiteral("/voices"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("5"));
    QCOMPARE(client.get(QStringLiteral("/assistants")).json().value(u"assistants").toArray().size(), 7);
    QCOMPARE(SandboxTestClient(base, QStringLiteral("sandbox")).get(QStringLiteral("/assistants")).status, 401);
    process.kill();
    process.waitForFinished(5000);
}

void TestSandboxCli::keepsDataInFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("s.sqlite"));
    const QStringList arguments{QStringLiteral("--port"),    QStringLiteral("0"), QStringLiteral("--data"), file,
                                QStringLiteral("--api-key"), QStringLiteral("k")};
    QString id;
    {
        QProcess process;
        const QUrl base = launch(process, arguments);
        QVERIFY(base.isValid());
        SandboxTestClient client(base, QStringLiteral("k"));
        // The curl of seed 000.
        const auto created
            = client.send("POST", QStringLiteral("/assistants"), R"({"name": "name", "prompt": "prompt"})");
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json().value(u"assistant").toObject().size(), 39);
        id = created.json().value(u"assistant").toObject().value(u"id").toString();
        // Killed, not asked to quit: every change is already committed.
        process.kill();
        process.waitForFinished(5000);
    }
    QProcess again;
    const QUrl base = launch(again, arguments);
    QVERIFY(base.isValid());
    const auto list = SandboxTestClient(base, QStringLiteral("k")).get(QStringLiteral("/assistants"));
    const QJsonArray assistants = list.json().value(u"assistants").toArray();
    QCOMPARE(assistants.size(), 13); // the sample set and ours
    QCOMPARE(assistants.last().toObject().value(u"id").toString(), id);
    again.kill();
    again.waitForFinished(5000);
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "TestSandboxCli.moc"
