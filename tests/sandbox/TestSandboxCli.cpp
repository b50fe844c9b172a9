// SPDX-License-Identifier: GPL-3.0-or-later
#include "BadDataFiles.h"
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
    void callSeconds();
    void refusesBadData_data();
    void refusesBadData();
    void resetsBadData_data();
    void resetsBadData();

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
    for (const char *option : {"--port", "--bind", "--allow-remote", "--data", "--reset-bad-data", "--api-key",
                               "--seed", "--call-seconds", "--fault", "--version"})
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
    QTest::newRow("call seconds not a number") << QStringList{QStringLiteral("--call-seconds"), QStringLiteral("x")};
    QTest::newRow("call seconds zero") << QStringList{QStringLiteral("--call-seconds"), QStringLiteral("0")};
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
        QCOMPARE(created.json().value(u"assistant").toObject().size(), 40); // the seed's 39 keys and created_by
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

void TestSandboxCli::callSeconds()
{
    QProcess process;
    const QUrl base = launch(process,
                             {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                              QStringLiteral(":memory:"), QStringLiteral("--call-seconds"), QStringLiteral("0.2")});
    QVERIFY(base.isValid());
    SandboxTestClient client(base, QStringLiteral("sandbox"));
    const auto placed
        = client.send("POST", QStringLiteral("/call"),
                      R"({"phone_number":"+14155550123","assistant_id":"0ac7a593-f056-5dc5-a762-3d80b7d98152"})");
    QCOMPARE(placed.status, 200);
    const QString path = QStringLiteral("/call/") + placed.json().value(u"call").toObject().value(u"id").toString();
    QTRY_COMPARE_WITH_TIMEOUT(client.get(path).json().value(u"call").toObject().value(u"status").toString(),
                              QStringLiteral("completed"), 10000);
    process.kill();
    process.waitForFinished(5000);
}

void TestSandboxCli::refusesBadData_data()
{
    QTest::addColumn<BadDataFiles::Kind>("kind");
    QTest::newRow("random bytes") << BadDataFiles::Kind::RandomBytes;
    QTest::newRow("truncated") << BadDataFiles::Kind::Truncated;
    QTest::newRow("locked by another process") << BadDataFiles::Kind::Locked;
    QTest::newRow("another program's database") << BadDataFiles::Kind::OtherProgram;
    QTest::newRow("a directory") << BadDataFiles::Kind::Directory;
    if (!BadDataFiles::isRoot()) // root reads every file: "a directory" is the file it cannot open
        QTest::newRow("unreadable") << BadDataFiles::Kind::Unreadable;
}

void TestSandboxCli::refusesBadData()
{
    QFETCH(BadDataFiles::Kind, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString soundFile = dir.filePath(QStringLiteral("template.sqlite"));
    QVERIFY(BadDataFiles::makeSoundFile(soundFile));
    const QString file = dir.filePath(QStringLiteral("mine.sqlite"));
    std::unique_ptr<BadDataFiles::Lock> lock; // held in this process while the program tries the file
    QVERIFY(BadDataFiles::make(kind, file, soundFile, &lock));
    const QByteArray before = BadDataFiles::contentOf(file);

    // The user's own file: no silent replacement. It says which file, what is wrong, and what to do.
    QProcess process;
    process.start(QStringLiteral(REVOX_SANDBOX_EXE),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), file});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString message = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(message.startsWith(QStringLiteral("revox-sandbox: The data file ") + file
                                + QStringLiteral(" cannot be "
                                                 "used: ")
                                + BadDataFiles::problemOf(kind)),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("--reset-bad-data")), qPrintable(message));
    QVERIFY(process.readAllStandardOutput().isEmpty()); // it never listened
    QCOMPARE(BadDataFiles::contentOf(file), before);
    QCOMPARE(BadDataFiles::setAside(file), QStringList());
}

void TestSandboxCli::resetsBadData_data()
{
    QTest::addColumn<BadDataFiles::Kind>("kind");
    QTest::newRow("random bytes") << BadDataFiles::Kind::RandomBytes;
    QTest::newRow("truncated") << BadDataFiles::Kind::Truncated;
    QTest::newRow("locked by another process") << BadDataFiles::Kind::Locked;
}

void TestSandboxCli::resetsBadData()
{
    QFETCH(BadDataFiles::Kind, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString soundFile = dir.filePath(QStringLiteral("template.sqlite"));
    QVERIFY(BadDataFiles::makeSoundFile(soundFile));
    const QString file = dir.filePath(QStringLiteral("mine.sqlite"));
    std::unique_ptr<BadDataFiles::Lock> lock; // held in this process while the program starts
    QVERIFY(BadDataFiles::make(kind, file, soundFile, &lock));
    const QByteArray before = BadDataFiles::contentOf(file);

    QProcess process;
    const QUrl base = launch(process,
                             {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), file,
                              QStringLiteral("--reset-bad-data")});
    QVERIFY(base.isValid());
    // The file itself (its log files, when another process holds it open, went along).
    const QStringList copies = BadDataFiles::setAside(file).filter(QRegularExpression(QStringLiteral("\\.sqlite$")));
    QCOMPARE(copies.size(), 1);
    const QString moved = dir.filePath(copies.first());
    QCOMPARE(BadDataFiles::contentOf(moved), before);
    // It says so, naming both files.
    QByteArray message;
    QTRY_VERIFY_WITH_TIMEOUT((message += process.readAllStandardError()).contains(moved.toUtf8()), 10000);
    QVERIFY2(message.contains(QFileInfo(file).absoluteFilePath().toUtf8()), message.constData());
    // A fresh file with the sample data.
    SandboxTestClient client(base, QStringLiteral("sandbox"));
    QCOMPARE(client.get(QStringLiteral("/assistants")).json().value(u"assistants").toArray().size(), 12);
    process.kill();
    process.waitForFinished(5000);
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "TestSandboxCli.moc"
