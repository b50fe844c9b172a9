// SPDX-License-Identifier: GPL-3.0-or-later
// What revox-studio-cli must never write down. A canary in a custom tool's header on the sandbox: after pull,
// a git commit, a change of the secret and an apply, it is only in the folder's private secrets file (0600,
// ignored by git) — not in any other file, not in any object of the git repository, not in any output — and
// apply sends the new value. A canary API key through every command: only ever in the Authorization header.
#include "CliHarness.h"
#include "SecretScanner.h"

#include "core/AssistantPatch.h"
#include "core/SecretFields.h"
#include "sandbox/SandboxServer.h"
#include "support/SandboxFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString kToolCanary = QStringLiteral("Bearer CANARY-tool-5f1e9a0c");
const QString kRotatedCanary = QStringLiteral("Bearer CANARY-rotated-77ab31");
const QString kKeyCanary = QStringLiteral("rvx_CLI_KEY_CANARY_4d2e8f");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(bytes);
}

// git in `dir`, with an identity of its own and no user configuration; its output.
QByteArray git(const QString &dir, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), dir);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("git"),
                  QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Test"), QStringLiteral("-c"),
                              QStringLiteral("user.email=test@example.com"), QStringLiteral("-c"),
                              QStringLiteral("init.defaultBranch=main")}
                      + arguments);
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput() + process.readAllStandardError();
}

} // namespace

class TestCliSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void toolSecretOnlyInThePrivateFile();
    void missingSecretStopsThatAssistant();
    void cloneWithoutSecretsStillAppliesOtherFields();
    void apiKeyOnlyInTheAuthorizationHeader();

private:
    struct Setup
    {
        std::unique_ptr<QTemporaryDir> work;
        std::unique_ptr<SandboxFixture> fixture;
        std::unique_ptr<CliHarness> cli;
        QString id; // the assistant whose first tool's first header holds kToolCanary
        QString folder;
    };
    void setUp(Setup &setup, const QString &apiKey = {});
    QStringList scanFolder(const QString &root, const QStringList &secrets, const QString &allowed = {});
};

void TestCliSecrets::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        QFAIL("git is needed: the test commits the folder and scans the repository's objects");
}

void TestCliSecrets::setUp(Setup &setup, const QString &apiKey)
{
    setup.work = std::make_unique<QTemporaryDir>();
    QVERIFY(setup.work->isValid());
    setup.fixture = std::make_unique<SandboxFixture>();
    SandboxServer::Options options;
    options.apiKey = apiKey;
    QString error;
    QVERIFY2(setup.fixture->start(options, &error), qPrintable(error));
    setup.cli = std::make_unique<CliHarness>(setup.work->filePath(QStringLiteral("home")));
    setup.cli->setServer(setup.fixture->sandbox().baseUrl().toString(), setup.fixture->sandbox().apiKey());
    setup.folder = setup.work->filePath(QStringLiteral("repo"));
    for (const Assistant &assistant : setup.fixture->serverAssistants()) {
        const QList<CustomTool> tools = assistant.customTools();
        if (setup.id.isEmpty() && !tools.isEmpty() && !tools.first().headers.isEmpty()) {
            setup.id = assistant.id();
            QJsonArray json = assistant.value(QStringLiteral("custom_tools")).toArray();
            QJsonObject tool = json.first().toObject();
            QJsonArray headers = tool.value(u"headers").toArray();
            QJsonObject header = headers.first().toObject();
            header.insert(QStringLiteral("value"), kToolCanary);
            headers[0] = header;
            tool.insert(QStringLiteral("headers"), headers);
            json[0] = tool;
            AssistantPatch patch;
            patch.insert(QStringLiteral("custom_tools"), json);
            QVERIFY(setup.fixture->patchOnServer(setup.id, patch));
        }
    }
    QVERIFY(!setup.id.isEmpty());
}

QStringList TestCliSecrets::scanFolder(const QString &root, const QStringList &secrets, const QString &allowed)
{
    const SecretScanner scanner(secrets);
    QStringList findings;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path != allowed)
            findings += scanner.scanFile(path);
    }
    return findings;
}

void TestCliSecrets::toolSecretOnlyInThePrivateFile()
{
    Setup setup;
    setUp(setup);
    const QString secretsFile = QDir(setup.folder).filePath(QStringLiteral(".revox/private/secrets.json"));
    const CliHarness::Result pulled = setup.cli->run({QStringLiteral("pull"), setup.folder});
    QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.text()));

    // Only the private file holds it: 0600, in a 0700 folder, ignored by git.
    QVERIFY(readFile(secretsFile).contains(kToolCanary.toUtf8()));
    constexpr QFile::Permissions kAnyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
        | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(secretsFile).permissions() & kAnyone, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QFileInfo(QFileInfo(secretsFile).absolutePath()).permissions() & kAnyone,
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QStringList findings = scanFolder(setup.folder, {kToolCanary}, secretsFile);
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));

    int status = 0;
    git(setup.folder, {QStringLiteral("init"), QStringLiteral("-q")}, &status);
    QCOMPARE(status, 0);
    git(setup.folder, {QStringLiteral("add"), QStringLiteral("-A")}, &status);
    QCOMPARE(status, 0);
    git(setup.folder, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("pull")},
        &status);
    QCOMPARE(status, 0);
    git(setup.folder,
        {QStringLiteral("check-ignore"), QStringLiteral("-q"), QStringLiteral(".revox/private/secrets.json")}, &status);
    QCOMPARE(status, 0);
    const QByteArray tracked = git(setup.folder, {QStringLiteral("ls-files")});
    QVERIFY(tracked.contains(".revox/baseline.jsonl") && !tracked.contains(".revox/private"));

    // The secret changed in the private file: apply sends the new value, and it lands nowhere else either.
    QByteArray secrets = readFile(secretsFile);
    QVERIFY(secrets.contains(kToolCanary.toUtf8()));
    secrets.replace(kToolCanary.toUtf8(), kRotatedCanary.toUtf8());
    writeFile(secretsFile, secrets);
    const CliHarness::Result status1 = setup.cli->run({QStringLiteral("status"), setup.folder});
    QVERIFY2(status1.out.contains("changed here") && status1.out.contains("custom_tools"), qPrintable(status1.text()));
    const qsizetype mark = setup.fixture->sandbox().requests().size();
    const CliHarness::Result applied = setup.cli->run({QStringLiteral("apply"), setup.folder});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.text()));
    QList<SandboxRequestRecord> patches;
    for (const SandboxRequestRecord &request : setup.fixture->sandbox().requests().mid(mark)) {
        if (request.method == u"PATCH")
            patches.append(request);
    }
    QCOMPARE(patches.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(patches.first().body).object();
    QCOMPARE(body.keys(), QStringList{QStringLiteral("custom_tools")});
    QVERIFY(patches.first().body.contains(kRotatedCanary.toUtf8()));
    const QHash<QString, QString> stored = SecretFields::byIdentity(setup.fixture->serverAssistant(setup.id)->json());
    QVERIFY(std::find(stored.cbegin(), stored.cend(), kRotatedCanary) != stored.cend());
    QVERIFY(!setup.cli->run({QStringLiteral("status"), setup.folder}).out.contains("changed here"));

    git(setup.folder, {QStringLiteral("add"), QStringLiteral("-A")}, &status);
    git(setup.folder, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("apply")},
        &status);
    QCOMPARE(status, 0);

    // Every object of the repository, decompressed, and every file of the folder and the home.
    const QByteArray objects = git(
        setup.folder, {QStringLiteral("cat-file"), QStringLiteral("--batch-all-objects"), QStringLiteral("--batch")});
    QVERIFY(objects.contains("baseline.jsonl") || objects.size() > 10000);
    const SecretScanner scanner({kToolCanary, kRotatedCanary});
    QStringList leaks = scanner.scanBytes(QStringLiteral("git objects"), objects);
    leaks += scanFolder(setup.folder, {kToolCanary, kRotatedCanary}, secretsFile);
    leaks += scanFolder(setup.work->filePath(QStringLiteral("home")), {kToolCanary, kRotatedCanary});
    for (const CliHarness::Result &run : setup.cli->history())
        leaks += scanner.scanBytes(QStringLiteral("output"), run.out + run.err);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    QVERIFY(readFile(secretsFile).contains(kRotatedCanary.toUtf8()));
}

void TestCliSecrets::missingSecretStopsThatAssistant()
{
    Setup setup;
    setUp(setup);
    QVERIFY(setup.cli->run({QStringLiteral("pull"), setup.folder}).exitCode == 0);
    // A reference to a name the secrets file does not hold, in a tool that is changed: nothing is sent.
    const QStringList files = QDir(setup.folder).entryList({u"*--" + setup.id + u".json"}, QDir::Files);
    QCOMPARE(files.size(), 1);
    const QString path = QDir(setup.folder).filePath(files.first());
    QByteArray json = readFile(path);
    const QByteArray reference = "\"$secret\": \"" + setup.id.toUtf8() + "/custom_tools/";
    const qsizetype at = json.indexOf(reference);
    QVERIFY(at > 0);
    json.insert(at + qsizetype(strlen("\"$secret\": \"")), "nowhere-");
    writeFile(path, json);
    const qsizetype mark = setup.fixture->sandbox().requests().size();
    const CliHarness::Result applied = setup.cli->run({QStringLiteral("apply"), setup.folder});
    QCOMPARE(applied.exitCode, 1);
    const Assistant assistant = *setup.fixture->serverAssistant(setup.id);
    const CustomTool tool = assistant.customTools().first();
    const QString named = QStringLiteral("tool “%1”, header “%2”").arg(tool.name, tool.headers.first().key);
    QVERIFY2(applied.err.contains(named.toUtf8()) && applied.err.contains("is not in .revox/private/secrets.json"),
             qPrintable(applied.text()));
    for (const SandboxRequestRecord &request : setup.fixture->sandbox().requests().mid(mark))
        QCOMPARE(request.method, QStringLiteral("GET"));
    const CliHarness::Result validated = setup.cli->run({QStringLiteral("validate"), setup.folder});
    QVERIFY2(validated.exitCode == 0, qPrintable(validated.text())); // a reference is fine offline
}

void TestCliSecrets::cloneWithoutSecretsStillAppliesOtherFields()
{
    // As in CI: a clone of the repository, without the private folder, changes a prompt and applies it.
    Setup setup;
    setUp(setup);
    QVERIFY(setup.cli->run({QStringLiteral("pull"), setup.folder}).exitCode == 0);
    int status = 0;
    git(setup.folder, {QStringLiteral("init"), QStringLiteral("-q")}, &status);
    git(setup.folder, {QStringLiteral("add"), QStringLiteral("-A")}, &status);
    git(setup.folder, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("pull")},
        &status);
    QCOMPARE(status, 0);
    const QString clone = setup.work->filePath(QStringLiteral("clone"));
    git(setup.work->path(), {QStringLiteral("clone"), QStringLiteral("-q"), setup.folder, clone}, &status);
    QCOMPARE(status, 0);
    QVERIFY(!QFileInfo::exists(QDir(clone).filePath(QStringLiteral(".revox/private"))));

    const QStringList prompts = QDir(clone).entryList({u"*--" + setup.id + u".prompt.md"}, QDir::Files);
    QCOMPARE(prompts.size(), 1);
    writeFile(QDir(clone).filePath(prompts.first()), "Changed in CI.\n");
    const qsizetype mark = setup.fixture->sandbox().requests().size();
    const CliHarness::Result applied = setup.cli->run({QStringLiteral("apply"), clone});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.text()));
    QList<QByteArray> bodies;
    for (const SandboxRequestRecord &request : setup.fixture->sandbox().requests().mid(mark)) {
        if (request.method != u"GET")
            bodies.append(request.body);
    }
    QCOMPARE(bodies.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(bodies.first()).object(),
             QJsonObject({{QStringLiteral("prompt"), QStringLiteral("Changed in CI.")}}));
    QCOMPARE(SecretFields::byIdentity(setup.fixture->serverAssistant(setup.id)->json()).values().contains(kToolCanary),
             true);
}

void TestCliSecrets::apiKeyOnlyInTheAuthorizationHeader()
{
    Setup setup;
    setUp(setup, kKeyCanary);
    QCOMPARE(setup.fixture->sandbox().apiKey(), kKeyCanary);
    CliHarness &cli = *setup.cli;
    const QString folder = setup.folder;
    const QString bundle = setup.work->filePath(QStringLiteral("bundle.json"));
    QVERIFY(cli.run({QStringLiteral("pull"), folder}).exitCode == 0);
    QVERIFY(cli.run({QStringLiteral("pull"), folder, QStringLiteral("--json")}).exitCode == 0);
    QVERIFY(cli.run({QStringLiteral("status"), folder, QStringLiteral("--all")}).exitCode == 0);
    QVERIFY(cli.run({QStringLiteral("status"), folder, QStringLiteral("--json")}).exitCode == 0);
    const QStringList prompts = QDir(folder).entryList({u"*--" + setup.id + u".prompt.md"}, QDir::Files);
    writeFile(QDir(folder).filePath(prompts.first()), "Changed.\n");
    writeFile(QDir(folder).filePath(QStringLiteral("new.json")), R"({"name": "New one"})");
    writeFile(QDir(folder).filePath(QStringLiteral("new.prompt.md")), "A new one.\n");
    QVERIFY(cli.run({QStringLiteral("diff"), folder}).exitCode == 1);
    QVERIFY(cli.run({QStringLiteral("diff"), folder, QStringLiteral("--json")}).exitCode == 1);
    QVERIFY(cli.run({QStringLiteral("apply"), folder, QStringLiteral("--dry-run")}).exitCode == 0);
    QVERIFY(cli.run({QStringLiteral("apply"), folder, QStringLiteral("--json")}).exitCode == 0);
    QVERIFY(cli.run({QStringLiteral("validate"), folder}).exitCode == 0);
    QVERIFY(cli.run({QStringLiteral("export"), bundle}).exitCode == 0);
    QVERIFY(cli.run({QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--redact-secrets")}).exitCode == 0);
    QVERIFY(
        cli.run({QStringLiteral("import"), bundle, QStringLiteral("--on-conflict"), QStringLiteral("rename")}).exitCode
        == 0);
    QVERIFY(cli.run({QStringLiteral("import"), bundle, QStringLiteral("--dry-run")}).exitCode == 1);
    // Failures say what went wrong, never with the key in it.
    cli.setServer(setup.fixture->sandbox().baseUrl().toString(), kKeyCanary + QStringLiteral("x"));
    QCOMPARE(cli.run({QStringLiteral("status"), folder}).exitCode, 3);
    cli.setServer(setup.fixture->sandbox().baseUrl().toString(), kKeyCanary);

    const SecretScanner scanner({kKeyCanary});
    QStringList leaks;
    for (const CliHarness::Result &run : cli.history())
        leaks += scanner.scanBytes(QStringLiteral("output"), run.out + run.err);
    leaks += scanFolder(setup.work->path(), {kKeyCanary});
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    const QList<SandboxRequestRecord> requests = setup.fixture->sandbox().requests();
    QVERIFY(requests.size() > 20);
    for (const SandboxRequestRecord &request : requests) {
        QStringList where = scanner.scanBytes(QStringLiteral("path"), request.path.toUtf8() + request.query.toUtf8());
        where += scanner.scanBytes(QStringLiteral("body"), request.body);
        for (const auto &[name, value] : request.headers) {
            if (name.compare("Authorization", Qt::CaseInsensitive) != 0)
                where += scanner.scanBytes(QString::fromLatin1(name), value);
        }
        QVERIFY2(where.isEmpty(), qPrintable(where.join(u'\n')));
        const QByteArray authorization = request.header("Authorization");
        QVERIFY2(authorization == "Bearer " + kKeyCanary.toUtf8()
                     || authorization == "Bearer " + kKeyCanary.toUtf8() + "x",
                 authorization.constData());
    }
}

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "TestCliSecrets.moc"
