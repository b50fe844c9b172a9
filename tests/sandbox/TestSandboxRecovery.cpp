// SPDX-License-Identifier: GPL-3.0-or-later
// A sandbox data file gone bad, made for real on disk: the server refuses it by default, naming the file and
// the problem and leaving it as it was; the app's embedded sandbox (SandboxThread with MoveAside) keeps it
// aside, byte for byte and with its permissions, and starts afresh with the sample data, saying so.
#include "BadDataFiles.h"
#include "SandboxTestClient.h"

#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxThread.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using BadDataFiles::Kind;

namespace {

// The set-aside copy of `path` itself, not the journal files that went with it.
QStringList setAsideCopies(const QString &path)
{
    QStringList copies;
    for (const QString &name : BadDataFiles::setAside(path)) {
        if (!name.endsWith(u"-wal"_s) && !name.endsWith(u"-shm"_s) && !name.endsWith(u"-journal"_s))
            copies.append(name);
    }
    return copies;
}

} // namespace

class TestSandboxRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void refusedByDefault_data() { addBadFiles(); }
    void refusedByDefault();
    void setAsideByTheApp_data() { addBadFiles(); }
    void setAsideByTheApp();
    void soundFileIsLeftAsItWas();
    void unusableDirectoryFallsBackToMemory();
    void filesFromBeforePhoneNumbersGetThem();

private:
    static void addBadFiles();

    QTemporaryDir m_templateDir;
    QString m_template; // a sound sandbox file with 30 generated assistants
};

void TestSandboxRecovery::initTestCase()
{
    QVERIFY(m_templateDir.isValid());
    m_template = m_templateDir.filePath(u"template.sqlite"_s);
    QVERIFY(BadDataFiles::makeSoundFile(m_template));
}

void TestSandboxRecovery::addBadFiles()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("random bytes") << Kind::RandomBytes;
    QTest::newRow("truncated") << Kind::Truncated;
    QTest::newRow("locked by another connection") << Kind::Locked;
    QTest::newRow("another program's database") << Kind::OtherProgram;
    QTest::newRow("assistants of another shape") << Kind::WrongColumns;
    QTest::newRow("a newer schema") << Kind::NewerSchema;
    QTest::newRow("a directory") << Kind::Directory;
    if (!BadDataFiles::isRoot()) // root reads every file: "a directory" is the file it cannot open
        QTest::newRow("unreadable") << Kind::Unreadable;
}

void TestSandboxRecovery::refusedByDefault()
{
    QFETCH(Kind, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sandbox.sqlite"_s);
    std::unique_ptr<BadDataFiles::Lock> lock;
    QVERIFY(BadDataFiles::make(kind, path, m_template, &lock));
    const QByteArray before = BadDataFiles::contentOf(path);

    SandboxServer server;
    QString error;
    SandboxServer::Options options;
    options.dataPath = path;
    QVERIFY(!server.start(options, &error));
    QVERIFY(!server.isRunning());
    // The message names the file and what is wrong with it.
    QVERIFY2(error.startsWith(u"The data file "_s + path + u" cannot be used: "_s + BadDataFiles::problemOf(kind)),
             qPrintable(error));
    // Left as it was, and nothing set aside.
    QCOMPARE(BadDataFiles::contentOf(path), before);
    QCOMPARE(setAsideCopies(path), QStringList());
    QVERIFY(server.recovery().isEmpty());
}

void TestSandboxRecovery::setAsideByTheApp()
{
    QFETCH(Kind, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sandbox.sqlite"_s);
    std::unique_ptr<BadDataFiles::Lock> lock;
    QVERIFY(BadDataFiles::make(kind, path, m_template, &lock));
    const QByteArray before = BadDataFiles::contentOf(path);
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();

    // As revox-studio starts it.
    SandboxThread thread;
    SandboxServer::Options options;
    options.dataPath = path;
    options.apiKey = u"app-key"_s;
    options.badData = SandboxServer::Options::BadData::MoveAside;
    options.memoryWhenUnusable = true;
    thread.start(options);
    QString error;
    QVERIFY2(thread.waitForStarted(&error), qPrintable(error));

    // It says what it did, naming both files.
    const SandboxRecovery recovery = thread.recovery();
    QVERIFY(!recovery.isEmpty());
    QCOMPARE(recovery.dataPath, QFileInfo(path).absoluteFilePath());
    QVERIFY2(recovery.problem.startsWith(BadDataFiles::problemOf(kind)), qPrintable(recovery.problem));
    QVERIFY(!recovery.inMemory);
    const QStringList copies = setAsideCopies(path);
    QCOMPARE(copies.size(), 1);
    QCOMPARE(recovery.movedTo, dir.filePath(copies.first()));
    QVERIFY(QFileInfo(recovery.movedTo).fileName().startsWith(u"sandbox-damaged-"_s));
    const QString message = recovery.message();
    QVERIFY2(message.contains(QDir::toNativeSeparators(recovery.dataPath))
                 && message.contains(QDir::toNativeSeparators(recovery.movedTo)),
             qPrintable(message));

    // The damaged file is kept byte for byte, with its permissions.
    QCOMPARE(BadDataFiles::contentOf(recovery.movedTo), before);
    QCOMPARE(QFileInfo(recovery.movedTo).permissions(), permissions);

    // And the sandbox runs afresh on a new file, with the sample data.
    SandboxTestClient client(thread.baseUrl(), thread.apiKey());
    QCOMPARE(client.get(u"/assistants"_s).json().value(u"assistants").toArray().size(), 12);
    QCOMPARE(client.get(u"/phone-numbers"_s).json().value(u"phone_numbers").toArray().size(), 4);
    QCOMPARE(client.send("PATCH", u"/assistants/0ac7a593-f056-5dc5-a762-3d80b7d98152"_s, R"({"name":"Kept"})").status,
             200);
    QVERIFY(QFileInfo(path).isFile());
}

void TestSandboxRecovery::soundFileIsLeftAsItWas()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sandbox.sqlite"_s);
    QVERIFY(QFile::copy(m_template, path));
    const QByteArray before = BadDataFiles::contentOf(path);
    {
        SandboxServer server;
        QString error;
        SandboxServer::Options options;
        options.dataPath = path;
        options.badData = SandboxServer::Options::BadData::MoveAside;
        QVERIFY2(server.start(options, &error), qPrintable(error));
        QVERIFY(server.recovery().isEmpty());
        SandboxTestClient client(server.baseUrl(), server.apiKey());
        QCOMPARE(client.get(u"/assistants"_s).json().value(u"assistants").toArray().size(), 30);
    }
    // Opened, read and closed: not a byte written.
    QCOMPARE(BadDataFiles::contentOf(path), before);
    QCOMPARE(setAsideCopies(path), QStringList());
}

void TestSandboxRecovery::unusableDirectoryFallsBackToMemory()
{
    // The data "directory" is a file: nothing can be made in it, nor anything moved out of it. The app runs
    // on memory and says so; the sandbox program refuses.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString notADirectory = dir.filePath(u"data"_s);
    QVERIFY(QFile(notADirectory).open(QIODevice::WriteOnly));
    const QString path = notADirectory + u"/sandbox.sqlite"_s;

    SandboxServer::Options options;
    options.dataPath = path;
    {
        SandboxServer server;
        QString error;
        QVERIFY(!server.start(options, &error));
        QVERIFY2(error.contains(path) && error.contains(u"it cannot be opened"_s), qPrintable(error));
    }
    options.badData = SandboxServer::Options::BadData::MoveAside;
    {
        SandboxServer server;
        QString error;
        QVERIFY(!server.start(options, &error)); // without leave to run on memory
        QVERIFY2(error.contains(path), qPrintable(error));
    }
    options.memoryWhenUnusable = true;
    SandboxThread thread;
    thread.start(options);
    QString error;
    QVERIFY2(thread.waitForStarted(&error), qPrintable(error));
    const SandboxRecovery recovery = thread.recovery();
    QVERIFY(recovery.inMemory);
    QVERIFY(recovery.movedTo.isEmpty());
    QVERIFY2(recovery.message().contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                 && recovery.message().contains(u"in memory"_s),
             qPrintable(recovery.message()));
    SandboxTestClient client(thread.baseUrl(), thread.apiKey());
    QCOMPARE(client.get(u"/assistants"_s).json().value(u"assistants").toArray().size(), 12);

    if (BadDataFiles::isRoot())
        return; // root writes in any directory
    // A directory that cannot be searched: its file can be neither read nor moved.
    const QString locked = dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(locked));
    QVERIFY(QFile::copy(m_template, locked + u"/sandbox.sqlite"_s));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
    SandboxThread second;
    options.dataPath = locked + u"/sandbox.sqlite"_s;
    second.start(options);
    QVERIFY2(second.waitForStarted(&error), qPrintable(error));
    QVERIFY(second.recovery().inMemory);
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(QFileInfo::exists(locked + u"/sandbox.sqlite"_s));
}

void TestSandboxRecovery::filesFromBeforePhoneNumbersGetThem()
{
    // A file of the first schema: assistants only, application_id 0, user_version 0.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"old.sqlite"_s);
    QVERIFY(BadDataFiles::runSql(
        path,
        {u"CREATE TABLE assistants (id TEXT PRIMARY KEY, position INTEGER NOT NULL, json TEXT NOT NULL, "
         "version INTEGER NOT NULL)"_s,
         u"INSERT INTO assistants VALUES ('0ac7a593-f056-5dc5-a762-3d80b7d98152', 1, "
         "'{\"id\":\"0ac7a593-f056-5dc5-a762-3d80b7d98152\",\"name\":\"Old\",\"prompt\":\"p\"}', 7)"_s}));
    SandboxServer server;
    QString error;
    SandboxServer::Options options;
    options.dataPath = path;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    QVERIFY(server.recovery().isEmpty());
    SandboxTestClient client(server.baseUrl(), server.apiKey());
    const QJsonArray assistants = client.get(u"/assistants"_s).json().value(u"assistants").toArray();
    QCOMPARE(assistants.size(), 1);
    QCOMPARE(assistants.first().toObject().value(u"name").toString(), u"Old"_s);
    // The sample numbers join it; the one routed to its id keeps that route.
    const QJsonArray numbers = client.get(u"/phone-numbers"_s).json().value(u"phone_numbers").toArray();
    QCOMPARE(numbers.size(), 4);
    QCOMPARE(numbers.first().toObject().value(u"inbound_assistant").toObject().value(u"name").toString(), u"Old"_s);
}

QTEST_GUILESS_MAIN(TestSandboxRecovery)
#include "TestSandboxRecovery.moc"
