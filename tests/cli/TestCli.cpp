// SPDX-License-Identifier: GPL-3.0-or-later
// revox-studio-cli end to end: the real binary (CliHarness) against a real sandbox in this process (its
// requests are read back), a colleague's client changing the server behind the folder's back, files checked
// byte for byte. Each slot starts from a fresh sandbox with the sample assistants and an empty folder.
#include "CliHarness.h"

#include "core/AssistantPatch.h"
#include "core/AssistantSchema.h"
#include "core/BatchSave.h"
#include "core/RevoxClient.h"
#include "core/SecretFields.h"
#include "sandbox/SandboxServer.h"
#include "support/SandboxFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Whether a status, diff or apply output reports any assistant as changed.
bool mentionsChanges(const QByteArray &out)
{
    return out.contains("changed here") || out.contains("changed on");
}

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

QJsonObject readObject(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

// Every file below `root` (hidden ones too) with its bytes and modification time.
QMap<QString, QPair<QByteArray, qint64>> snapshot(const QString &root)
{
    QMap<QString, QPair<QByteArray, qint64>> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(root).relativeFilePath(path),
                     {readFile(path), QFileInfo(path).lastModified().toMSecsSinceEpoch()});
    }
    return files;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void helpForEveryCommand();
    void pullWritesCanonicalFiles();
    void pullAgainRewritesNothing();
    void applySendsOnlyTheEditedPrompt();
    void aLargeApplyReadsNoAssistantAgain();
    void serverChangeIsAConflict();
    void oursAndTheirs_data();
    void oursAndTheirs();
    void createsOnceAndPrunesOnlyWithYes();
    void badInputStopsOnlyThatAssistant();
    void validateReportsFileFieldRule();
    void diffSaysWhatApplyWouldSend();
    void redactedExportRefusedUntilFilled();
    void importOnConflict();
    void productionAsksUnlessYes();
    void savedConnectionsAndSandbox();
    void networkAndAuthenticationExitThree();

private:
    CliHarness::Result cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return m_cli->run(arguments, input);
    }
    QString folder() const { return m_work->filePath(QStringLiteral("assistants")); }
    // The JSON file (or, with `suffix`, the prompt file) of assistant `id` in the folder.
    QString fileOf(const QString &id, const QString &suffix = QStringLiteral(".json")) const;
    QList<SandboxRequestRecord> requestsSince(qsizetype from) const;
    QStringList writesSince(qsizetype from) const; // "PATCH <id>", "POST", "DELETE <id>"
    void pull();

    std::unique_ptr<QTemporaryDir> m_work;
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<CliHarness> m_cli;
    QString m_id; // an assistant with custom tools, headers and a prompt of several lines
};

void TestCli::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    m_fixture = std::make_unique<SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start({}, &error), qPrintable(error));
    m_cli = std::make_unique<CliHarness>(m_work->filePath(QStringLiteral("home")));
    m_cli->setServer(m_fixture->sandbox().baseUrl().toString(), m_fixture->sandbox().apiKey());
    for (const Assistant &assistant : m_fixture->serverAssistants()) {
        if (!assistant.customTools().isEmpty() && assistant.prompt().contains(u'\n') && m_id.isEmpty())
            m_id = assistant.id();
    }
    QVERIFY(!m_id.isEmpty());
}

void TestCli::cleanup()
{
    m_cli.reset();
    m_fixture.reset();
    m_work.reset();
    m_id.clear();
}

QString TestCli::fileOf(const QString &id, const QString &suffix) const
{
    const QStringList matches = QDir(folder()).entryList({u"*--" + id + suffix}, QDir::Files);
    return matches.size() == 1 ? QDir(folder()).filePath(matches.first()) : QString();
}

QList<SandboxRequestRecord> TestCli::requestsSince(qsizetype from) const
{
    return m_fixture->sandbox().requests().mid(from);
}

QStringList TestCli::writesSince(qsizetype from) const
{
    QStringList writes;
    for (const SandboxRequestRecord &request : requestsSince(from)) {
        if (request.method == u"GET")
            continue;
        const QString id = request.path.section(u'/', 3, 3);
        writes.append(id.isEmpty() ? request.method : request.method + u' ' + id);
    }
    return writes;
}

void TestCli::pull()
{
    const CliHarness::Result pulled = cli({QStringLiteral("pull"), folder()});
    QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.text()));
}

void TestCli::helpForEveryCommand()
{
    const CliHarness::Result overview = cli({QStringLiteral("--help")});
    QCOMPARE(overview.exitCode, 0);
    const QStringList commands
        = {QStringLiteral("pull"),     QStringLiteral("status"), QStringLiteral("diff"),  QStringLiteral("apply"),
           QStringLiteral("validate"), QStringLiteral("export"), QStringLiteral("import")};
    for (const QString &command : commands) {
        QVERIFY2(overview.out.contains(command.toUtf8()), qPrintable(command));
        const CliHarness::Result help = cli({command, QStringLiteral("--help")});
        QVERIFY2(help.exitCode == 0 && help.out.startsWith(QByteArray("Usage: revox-studio-cli " + command.toUtf8())),
                 qPrintable(help.text()));
        QVERIFY2(help.out.contains("--json") && help.out.contains("--quiet"), qPrintable(command));
        QCOMPARE(cli({QStringLiteral("help"), command}).out, help.out);
    }
    QVERIFY(cli({QStringLiteral("apply"), QStringLiteral("--help")}).out.contains("--theirs"));
    QVERIFY(cli({QStringLiteral("pull"), QStringLiteral("--help")}).out.contains("--connection"));
    QVERIFY(!cli({QStringLiteral("validate"), QStringLiteral("--help")}).out.contains("--connection"));
    QCOMPARE(cli({QStringLiteral("--version")}).exitCode, 0);
    QCOMPARE(cli({}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("pull")}).exitCode, 2); // no folder
    QCOMPARE(cli({QStringLiteral("status"), folder(), QStringLiteral("--no-such-option")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("apply"), folder(), QStringLiteral("--ours"), QStringLiteral("--theirs")}).exitCode,
             2);
}

void TestCli::pullWritesCanonicalFiles()
{
    // A key this version does not know, on the server: kept, after the known ones, sorted.
    QVERIFY(m_fixture->patchOnServer(m_id, [] {
        AssistantPatch patch;
        patch.insert(QStringLiteral("zeta_future"), 1);
        patch.insert(QStringLiteral("alpha_future"), QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), 2}});
        return patch;
    }()));
    pull();

    const QList<Assistant> server = m_fixture->serverAssistants();
    QCOMPARE(QDir(folder()).entryList({QStringLiteral("*.json")}, QDir::Files).size(), server.size());
    static const QRegularExpression name(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*--[A-Za-z0-9_-]+\\.json$"));
    QStringList catalogue;
    for (const FieldSpec *spec : AssistantSchema::topLevelFields())
        catalogue.append(spec->path);
    for (const Assistant &assistant : server) {
        const QString path = fileOf(assistant.id());
        QVERIFY2(!path.isEmpty(), qPrintable(assistant.id()));
        QVERIFY2(name.match(QFileInfo(path).fileName()).hasMatch(), qPrintable(path));
        const QByteArray bytes = readFile(path);
        QVERIFY(bytes.endsWith("}\n"));
        QVERIFY(!bytes.contains('\r') && !bytes.contains('\t'));
        // Two-space indent, one member per line, keys in catalogue order then unknown ones sorted.
        QStringList keys;
        static const QRegularExpression member(QStringLiteral("^  \"([^\"]+)\": "));
        for (const QByteArray &line : bytes.split('\n')) {
            qsizetype indent = 0;
            while (indent < line.size() && line.at(indent) == ' ')
                ++indent;
            QVERIFY2(indent % 2 == 0, line.constData());
            const QRegularExpressionMatch match = member.match(QString::fromUtf8(line));
            if (match.hasMatch())
                keys.append(match.captured(1));
        }
        QCOMPARE(keys.first(), QStringLiteral("id"));
        QStringList known = keys;
        known.removeIf([&catalogue](const QString &key) { return !catalogue.contains(key); });
        QStringList ordered = known;
        std::sort(ordered.begin(), ordered.end(), [&catalogue](const QString &a, const QString &b) {
            return catalogue.indexOf(a) < catalogue.indexOf(b);
        });
        QCOMPARE(known, ordered);
        QCOMPARE(keys.mid(0, known.size()), known); // unknown keys come after every known one
        QStringList unknown = keys.mid(known.size());
        QStringList sorted = unknown;
        sorted.sort();
        QCOMPARE(unknown, sorted);
        for (const char *serverOwned : {"created_at", "updated_at", "organization_id", "pending_faq_count", "prompt"})
            QVERIFY2(!keys.contains(QLatin1String(serverOwned)), serverOwned);
        // The prompt beside it, as Markdown, with a final newline.
        QCOMPARE(readFile(fileOf(assistant.id(), QStringLiteral(".prompt.md"))), assistant.prompt().toUtf8() + '\n');
    }
    const QByteArray withUnknown = readFile(fileOf(m_id));
    QVERIFY(withUnknown.indexOf("\"alpha_future\"") > withUnknown.indexOf("\"custom_tools\""));
    QVERIFY(withUnknown.indexOf("\"alpha_future\"") < withUnknown.indexOf("\"zeta_future\""));
    QVERIFY(withUnknown.contains("\"alpha_future\": {\n    \"a\": 2,\n    \"b\": 1\n  }"));

    // Secrets: references in the files, values in the private file only.
    QVERIFY(withUnknown.contains(QByteArray("\"$secret\": \"" + m_id.toUtf8() + "/custom_tools/")));
    const QString secrets = QDir(folder()).filePath(QStringLiteral(".revox/private/secrets.json"));
    constexpr QFile::Permissions kAnyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
        | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(secrets).permissions() & kAnyone, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QFileInfo(QFileInfo(secrets).absolutePath()).permissions() & kAnyone,
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(readFile(QDir(folder()).filePath(QStringLiteral(".gitignore"))).contains("/.revox/private/\n"));
    QVERIFY(QFile::exists(QDir(folder()).filePath(QStringLiteral(".revox/baseline.jsonl"))));

    const CliHarness::Result status = cli({QStringLiteral("status"), folder()});
    QVERIFY2(status.exitCode == 0
                 && status.out.contains(QByteArray(QString::number(server.size()).toUtf8() + " unchanged")),
             qPrintable(status.text()));
}

void TestCli::pullAgainRewritesNothing()
{
    pull();
    const auto before = snapshot(folder());
    QTest::qSleep(20); // a rewrite would now show in the modification times
    pull();
    const auto after = snapshot(folder());
    QCOMPARE(after.keys(), before.keys());
    for (const QString &file : before.keys()) {
        QVERIFY2(after.value(file).first == before.value(file).first, qPrintable(file));
        QVERIFY2(after.value(file).second == before.value(file).second, qPrintable(file));
    }
    // Key order, CRLF line endings and number spelling in a file are no change either.
    const QString json = fileOf(m_id);
    QJsonObject object = readObject(json);
    writeFile(json, QJsonDocument(object).toJson(QJsonDocument::Indented).replace('\n', "\r\n"));
    writeFile(fileOf(m_id, QStringLiteral(".prompt.md")),
              readFile(fileOf(m_id, QStringLiteral(".prompt.md"))).replace("\n", "\r\n"));
    const CliHarness::Result status = cli({QStringLiteral("status"), folder()});
    QVERIFY2(status.exitCode == 0 && !mentionsChanges(status.out), qPrintable(status.text()));
    const qsizetype mark = m_fixture->sandbox().requests().size();
    QCOMPARE(cli({QStringLiteral("apply"), folder()}).exitCode, 0);
    QCOMPARE(writesSince(mark), QStringList());
    QCOMPARE(cli({QStringLiteral("diff"), folder()}).exitCode, 0);
}

void TestCli::applySendsOnlyTheEditedPrompt()
{
    pull();
    const QString promptFile = fileOf(m_id, QStringLiteral(".prompt.md"));
    QByteArray prompt = readFile(promptFile);
    const qsizetype newline = prompt.indexOf('\n');
    prompt.insert(newline + 1, "Speak slowly and spell every name.\n");
    writeFile(promptFile, prompt);

    const CliHarness::Result status = cli({QStringLiteral("status"), folder()});
    QVERIFY2(status.out.contains("changed here") && status.out.contains("prompt"), qPrintable(status.text()));
    const CliHarness::Result diff = cli({QStringLiteral("diff"), folder()});
    QVERIFY2(diff.exitCode == 1 && diff.out.contains("+Speak slowly and spell every name."), qPrintable(diff.text()));

    const qsizetype mark = m_fixture->sandbox().requests().size();
    const CliHarness::Result applied = cli({QStringLiteral("apply"), folder()});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.text()));
    QList<SandboxRequestRecord> patches;
    for (const SandboxRequestRecord &request : requestsSince(mark)) {
        if (request.method == u"PATCH")
            patches.append(request);
    }
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.first().path, QStringLiteral("/api/assistants/") + m_id);
    const QJsonObject expected{{QStringLiteral("prompt"), QString::fromUtf8(prompt.chopped(1))}};
    QCOMPARE(QJsonDocument::fromJson(patches.first().body).object(), expected);
    QVERIFY(!patches.first().header("If-Match").isEmpty());
    QCOMPARE(m_fixture->serverAssistant(m_id)->prompt(), QString::fromUtf8(prompt.chopped(1)));

    // The baseline moved with it: nothing left to send, and a pull keeps every byte.
    const auto before = snapshot(folder());
    QVERIFY(!mentionsChanges(cli({QStringLiteral("status"), folder()}).out));
    QCOMPARE(cli({QStringLiteral("diff"), folder()}).exitCode, 0);
    pull();
    const auto after = snapshot(folder());
    for (const QString &file : before.keys()) {
        if (!file.startsWith(u".revox/private/"))
            QVERIFY2(after.value(file).first == before.value(file).first, qPrintable(file));
    }
}

// Twenty prompts edited: the list apply reads for its comparison stands in for each save's own GET (as in the app's
// batches), so twenty PATCHes follow one list request, and the files and the server agree afterwards.
void TestCli::aLargeApplyReadsNoAssistantAgain()
{
    m_fixture = std::make_unique<SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start({.seedCount = 24}, &error), qPrintable(error));
    m_cli->setServer(m_fixture->sandbox().baseUrl().toString(), m_fixture->sandbox().apiKey());
    pull();
    QStringList edited;
    for (const QString &name : QDir(folder()).entryList({QStringLiteral("*.prompt.md")}, QDir::Files)) {
        if (edited.size() == BatchSave::listReadMinimum)
            break;
        const QString path = QDir(folder()).filePath(name);
        writeFile(path, readFile(path) + "Spell every name.\n");
        edited.append(name);
    }
    QCOMPARE(edited.size(), BatchSave::listReadMinimum);

    const qsizetype mark = m_fixture->sandbox().requests().size();
    const CliHarness::Result applied = cli({QStringLiteral("apply"), folder()});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.text()));
    int patches = 0;
    for (const SandboxRequestRecord &request : requestsSince(mark)) {
        if (request.method == u"PATCH")
            ++patches;
        else
            QCOMPARE(request.path, QStringLiteral("/api/assistants")); // the list, never one assistant
    }
    QCOMPARE(patches, BatchSave::listReadMinimum);
    const CliHarness::Result status = cli({QStringLiteral("status"), folder()});
    QVERIFY2(!mentionsChanges(status.out), qPrintable(status.text()));
}

void TestCli::serverChangeIsAConflict()
{
    pull();
    AssistantPatch theirs;
    theirs.insert(QStringLiteral("name"), QStringLiteral("Renamed by a colleague"));
    theirs.insert(QStringLiteral("max_call_duration_secs"), 321);
    QVERIFY(m_fixture->patchOnServer(m_id, theirs));
    QJsonObject mine = readObject(fileOf(m_id));
    mine.insert(QStringLiteral("name"), QStringLiteral("Renamed here"));
    writeFile(fileOf(m_id), QJsonDocument(mine).toJson());

    const CliHarness::Result status = cli({QStringLiteral("status"), folder()});
    QVERIFY2(status.exitCode == 1 && status.out.contains("changed on both") && status.out.contains("conflict: name"),
             qPrintable(status.text()));
    const qsizetype mark = m_fixture->sandbox().requests().size();
    const CliHarness::Result applied = cli({QStringLiteral("apply"), folder()});
    QVERIFY2(applied.exitCode == 1 && applied.err.contains("name changed here and on the server"),
             qPrintable(applied.text()));
    QCOMPARE(writesSince(mark), QStringList());
    QCOMPARE(m_fixture->serverAssistant(m_id)->name(), QStringLiteral("Renamed by a colleague"));

    // Pull keeps my side of the conflict and takes the rest; apply still stops at it.
    const CliHarness::Result pulled = cli({QStringLiteral("pull"), folder()});
    QVERIFY2(pulled.exitCode == 1 && pulled.out.contains("conflict"), qPrintable(pulled.text()));
    const QJsonObject merged = readObject(fileOf(m_id));
    QCOMPARE(merged.value(u"name").toString(), QStringLiteral("Renamed here"));
    QCOMPARE(merged.value(u"max_call_duration_secs").toInt(), 321);
    QCOMPARE(cli({QStringLiteral("apply"), folder()}).exitCode, 1);
    QCOMPARE(writesSince(mark), QStringList());
}

void TestCli::oursAndTheirs_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("name");
    QTest::newRow("ours") << QStringLiteral("--ours") << QStringLiteral("Renamed here");
    QTest::newRow("theirs") << QStringLiteral("--theirs") << QStringLiteral("Renamed by a colleague");
}

void TestCli::oursAndTheirs()
{
    QFETCH(QString, option);
    QFETCH(QString, name);
    pull();
    AssistantPatch theirs;
    theirs.insert(QStringLiteral("name"), QStringLiteral("Renamed by a colleague"));
    QVERIFY(m_fixture->patchOnServer(m_id, theirs));
    QJsonObject mine = readObject(fileOf(m_id));
    mine.insert(QStringLiteral("name"), QStringLiteral("Renamed here"));
    mine.insert(QStringLiteral("max_call_duration_secs"), 777);
    writeFile(fileOf(m_id), QJsonDocument(mine).toJson());

    const qsizetype mark = m_fixture->sandbox().requests().size();
    const CliHarness::Result applied = cli({QStringLiteral("apply"), folder(), option});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.text()));
    QCOMPARE(writesSince(mark), QStringList{u"PATCH " + m_id});
    const Assistant stored = *m_fixture->serverAssistant(m_id);
    QCOMPARE(stored.name(), name);
    QCOMPARE(stored.maxCallDurationSecs(), 777.0);
    // The file follows the server (renamed with it), and nothing is left to send.
    QCOMPARE(readObject(fileOf(m_id)).value(u"name").toString(), name);
    QVERIFY(QFileInfo(fileOf(m_id))
                .fileName()
                .startsWith(name == u"Renamed here" ? u"renamed-here--" : u"renamed-by-a-colleague--"));
    const CliHarness::Result status = cli({QStringLiteral("status"), folder()});
    QVERIFY2(status.exitCode == 0 && !mentionsChanges(status.out), qPrintable(status.text()));
}

void TestCli::createsOnceAndPrunesOnlyWithYes()
{
    pull();
    const QString draft = QDir(folder()).filePath(QStringLiteral("brand-new.json"));
    writeFile(draft, R"({"name": "Brand new line", "first_sentence_mode": "static", "first_sentence": "Hello!"})");
    writeFile(QDir(folder()).filePath(QStringLiteral("brand-new.prompt.md")), "You answer the phone.\nBe brief.\n");

    const qsizetype mark = m_fixture->sandbox().requests().size();
    const CliHarness::Result created = cli({QStringLiteral("apply"), folder()});
    QVERIFY2(created.exitCode == 0, qPrintable(created.text()));
    QCOMPARE(writesSince(mark), QStringList{QStringLiteral("POST")});
    QCOMPARE(m_fixture->countNamed(QStringLiteral("Brand new line")), 1);
    QVERIFY(!QFile::exists(draft)); // renamed after its name and new ID
    QString id;
    for (const Assistant &assistant : m_fixture->serverAssistants()) {
        if (assistant.name() == u"Brand new line")
            id = assistant.id();
    }
    QVERIFY(!fileOf(id).isEmpty());
    QCOMPARE(readObject(fileOf(id)).value(u"id").toString(), id);
    QCOMPARE(readFile(fileOf(id, QStringLiteral(".prompt.md"))), QByteArray("You answer the phone.\nBe brief.\n"));
    QCOMPARE(m_fixture->serverAssistant(id)->prompt(), QStringLiteral("You answer the phone.\nBe brief."));
    // Never twice.
    QCOMPARE(cli({QStringLiteral("apply"), folder()}).exitCode, 0);
    QCOMPARE(m_fixture->countNamed(QStringLiteral("Brand new line")), 1);

    // Deleted here: kept on the server without --prune, and --prune wants --yes.
    QVERIFY(QFile::remove(fileOf(id, QStringLiteral(".prompt.md"))));
    QVERIFY(QFile::remove(fileOf(id)));
    QVERIFY(cli({QStringLiteral("status"), folder()}).out.contains("deleted here"));
    const qsizetype beforePrune = m_fixture->sandbox().requests().size();
    QCOMPARE(cli({QStringLiteral("apply"), folder()}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("apply"), folder(), QStringLiteral("--prune")}).exitCode, 2);
    const CliHarness::Result dry
        = cli({QStringLiteral("apply"), folder(), QStringLiteral("--prune"), QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0 && dry.out.contains("delete"), qPrintable(dry.text()));
    QCOMPARE(writesSince(beforePrune), QStringList());
    QVERIFY(m_fixture->serverAssistant(id));

    // Changed on the server since: not deleted, even with --yes.
    AssistantPatch theirs;
    theirs.insert(QStringLiteral("first_sentence"), QStringLiteral("Good morning!"));
    QVERIFY(m_fixture->patchOnServer(id, theirs));
    const qsizetype beforeRefusal = m_fixture->sandbox().requests().size();
    const CliHarness::Result refused
        = cli({QStringLiteral("apply"), folder(), QStringLiteral("--prune"), QStringLiteral("--yes")});
    QVERIFY2(refused.exitCode == 1 && refused.err.contains("not deleted"), qPrintable(refused.text()));
    QCOMPARE(writesSince(beforeRefusal), QStringList());
    QVERIFY(m_fixture->serverAssistant(id));

    const CliHarness::Result pruned = cli({QStringLiteral("apply"), folder(), QStringLiteral("--prune"),
                                           QStringLiteral("--yes"), QStringLiteral("--ours")});
    QVERIFY2(pruned.exitCode == 0, qPrintable(pruned.text()));
    QCOMPARE(writesSince(beforeRefusal), QStringList{u"DELETE " + id});
    QVERIFY(!m_fixture->serverAssistant(id));
    QVERIFY(!cli({QStringLiteral("status"), folder()}).out.contains("deleted here"));
}

void TestCli::badInputStopsOnlyThatAssistant()
{
    pull();
    QList<Assistant> server = m_fixture->serverAssistants();
    const QString other = server.at(0).id() == m_id ? server.at(1).id() : server.at(0).id();
    // A good change to one assistant, and each kind of bad input beside it.
    writeFile(fileOf(m_id, QStringLiteral(".prompt.md")), "A new prompt.\n");
    QByteArray broken = readFile(fileOf(other));
    broken.replace("\"name\": ", "\"name\" ");
    writeFile(fileOf(other), broken);
    writeFile(QDir(folder()).filePath(QStringLiteral("a-list.json")), "[1, 2]\n");
    writeFile(QDir(folder()).filePath(QStringLiteral("bad-type.json")), R"({"name": "Typed", "voice": "loud"})");
    QJsonObject copy = readObject(fileOf(m_id));
    writeFile(QDir(folder()).filePath(QStringLiteral("copy.json")), QJsonDocument(copy).toJson());

    const qsizetype mark = m_fixture->sandbox().requests().size();
    const CliHarness::Result dry = cli({QStringLiteral("apply"), folder(), QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 1);
    QCOMPARE(writesSince(mark), QStringList()); // nothing at all with --dry-run

    const CliHarness::Result applied = cli({QStringLiteral("apply"), folder()});
    QCOMPARE(applied.exitCode, 1);
    const QString errors = QString::fromUtf8(applied.err);
    const QString brokenName = QFileInfo(fileOf(other)).fileName();
    QVERIFY2(errors.contains(brokenName + QStringLiteral(": not valid JSON at line")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("a-list.json: must hold one JSON object")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("bad-type.json: voice: ")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("copy.json: id: the same ID is also in")), qPrintable(errors));
    // The duplicate ID stops both files of that assistant; the others go on (none here), nothing is created.
    QCOMPARE(writesSince(mark), QStringList());

    QVERIFY(QFile::remove(QDir(folder()).filePath(QStringLiteral("copy.json"))));
    const qsizetype again = m_fixture->sandbox().requests().size();
    QCOMPARE(cli({QStringLiteral("apply"), folder()}).exitCode, 1); // still the broken files
    QCOMPARE(writesSince(again), QStringList{u"PATCH " + m_id});
    QCOMPARE(m_fixture->serverAssistant(m_id)->prompt(), QStringLiteral("A new prompt."));
    QCOMPARE(m_fixture->serverAssistant(other)->json(), server.at(server.at(0).id() == m_id ? 1 : 0).json());

    // --prune never takes a file that cannot be read for a deleted one: the assistant with the typo stays.
    const qsizetype beforePrune = m_fixture->sandbox().requests().size();
    const CliHarness::Result pruned
        = cli({QStringLiteral("apply"), folder(), QStringLiteral("--prune"), QStringLiteral("--yes")});
    QVERIFY2(pruned.exitCode == 1 && pruned.err.contains("--prune deletes nothing"), qPrintable(pruned.text()));
    QCOMPARE(writesSince(beforePrune), QStringList());
    QVERIFY(m_fixture->serverAssistant(other));
    QVERIFY(!cli({QStringLiteral("status"), folder()}).out.contains("deleted here"));

    // An unreadable folder.
    const CliHarness::Result missing = cli({QStringLiteral("status"), m_work->filePath(QStringLiteral("nowhere"))});
    QVERIFY2(missing.exitCode == 1 && missing.err.contains("no such folder"), qPrintable(missing.text()));
}

void TestCli::validateReportsFileFieldRule()
{
    pull();
    const CliHarness::Result clean = cli({QStringLiteral("validate"), folder()});
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.text()));

    QJsonObject object = readObject(fileOf(m_id));
    QJsonObject voice = object.value(u"voice").toObject();
    voice.insert(QStringLiteral("speed"), 3.5);
    object.insert(QStringLiteral("voice"), voice);
    object.insert(QStringLiteral("first_sentence_mode"), QStringLiteral("sometimes"));
    QJsonArray tools = object.value(u"custom_tools").toArray();
    QJsonObject tool = tools.first().toObject();
    QJsonArray headers = tool.value(u"headers").toArray();
    QJsonObject header = headers.first().toObject();
    header.insert(QStringLiteral("value"), QStringLiteral("Bearer written-in-clear"));
    headers[0] = header;
    tool.insert(QStringLiteral("headers"), headers);
    tools[0] = tool;
    object.insert(QStringLiteral("custom_tools"), tools);
    writeFile(fileOf(m_id), QJsonDocument(object).toJson());
    writeFile(fileOf(m_id, QStringLiteral(".prompt.md")), "Hello {{name\n");
    writeFile(QDir(folder()).filePath(QStringLiteral("orphan.prompt.md")), "Nobody's prompt\n");
    writeFile(QDir(folder()).filePath(QStringLiteral("new.json")), R"({"name": ""})");

    const CliHarness::Result checked = cli({QStringLiteral("validate"), folder()});
    QCOMPARE(checked.exitCode, 1);
    const QStringList lines = QString::fromUtf8(checked.out).split(u'\n');
    const QString json = QFileInfo(fileOf(m_id)).fileName();
    const QString prompt = QFileInfo(fileOf(m_id, QStringLiteral(".prompt.md"))).fileName();
    const auto has = [&lines](const QString &start) {
        return std::any_of(lines.begin(), lines.end(),
                           [&start](const QString &line) { return line.startsWith(start); });
    };
    QVERIFY2(has(json + QStringLiteral(": voice.speed: Voice speed")), qPrintable(checked.text()));
    QVERIFY2(has(json + QStringLiteral(": first_sentence_mode: First sentence mode")), qPrintable(checked.text()));
    QVERIFY2(has(json + QStringLiteral(": custom_tools[0].headers[0].value: "))
                 && checked.out.contains("written in clear"),
             qPrintable(checked.text()));
    QVERIFY2(has(prompt + QStringLiteral(": prompt: Prompt")), qPrintable(checked.text()));
    QVERIFY2(has(QStringLiteral("orphan.prompt.md: a prompt without its assistant")), qPrintable(checked.text()));
    QVERIFY2(has(QStringLiteral("new.json: name: Name")), qPrintable(checked.text()));
    QVERIFY2(has(QStringLiteral("new.json: prompt: Prompt")), qPrintable(checked.text()));
    QVERIFY(!checked.out.contains("Bearer written-in-clear"));

    // --json for scripts, the same problems.
    const CliHarness::Result json2 = cli({QStringLiteral("validate"), folder(), QStringLiteral("--json")});
    QCOMPARE(json2.exitCode, 1);
    const QJsonArray problems = QJsonDocument::fromJson(json2.out).object().value(u"problems").toArray();
    QVERIFY(problems.size() >= 7);
    QVERIFY(std::any_of(problems.begin(), problems.end(),
                        [](const QJsonValue &p) { return p.toObject().value(u"field").toString() == u"voice.speed"; }));
}

void TestCli::diffSaysWhatApplyWouldSend()
{
    pull();
    QJsonObject object = readObject(fileOf(m_id));
    object.insert(QStringLiteral("max_call_duration_secs"), 1234);
    writeFile(fileOf(m_id), QJsonDocument(object).toJson());
    const CliHarness::Result diff = cli({QStringLiteral("diff"), folder(), QStringLiteral("--json")});
    QCOMPARE(diff.exitCode, 1);
    const QJsonArray entries = QJsonDocument::fromJson(diff.out).object().value(u"assistants").toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().toObject().value(u"action").toString(), QStringLiteral("update"));
    QCOMPARE(entries.first().toObject().value(u"send").toObject(),
             QJsonObject({{QStringLiteral("max_call_duration_secs"), 1234}}));
    const CliHarness::Result text = cli({QStringLiteral("diff"), folder()});
    QVERIFY2(text.out.contains("Max call duration:") && text.out.contains("→ 1234"), qPrintable(text.text()));
    // Only the IDs asked for.
    const QString other = m_fixture->serverAssistants().constLast().id();
    QCOMPARE(cli({QStringLiteral("diff"), folder(), other}).exitCode, other == m_id ? 1 : 0);
}

void TestCli::redactedExportRefusedUntilFilled()
{
    const QString bundle = m_work->filePath(QStringLiteral("bundle.json"));
    const CliHarness::Result exported
        = cli({QStringLiteral("export"), bundle, m_id, QStringLiteral("--redact-secrets")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.text()));
    const QByteArray bytes = readFile(bundle);
    QVERIFY(bytes.contains("\"$redacted\""));
    // Every secret field holds the marker, no value.
    const QJsonObject exportedAssistant
        = QJsonDocument::fromJson(bytes).object().value(u"assistants").toArray().first().toObject();
    int markers = 0;
    for (const QJsonValue &tool : exportedAssistant.value(u"custom_tools").toArray()) {
        for (const char16_t *list : {u"headers", u"query_params"}) {
            for (const QJsonValue &item : tool.toObject().value(QStringView(list)).toArray()) {
                const QJsonValue value = item.toObject().value(u"value");
                QVERIFY2(value.toObject().contains(u"$redacted"), qPrintable(QString::number(value.type())));
                ++markers;
            }
        }
    }
    QVERIFY(markers > 0);

    // Into another account: refused, nothing sent, until every marker is replaced by a value.
    SandboxFixture other;
    QVERIFY(other.start({.seedCount = 0}));
    m_cli->setServer(other.sandbox().baseUrl().toString(), other.sandbox().apiKey());
    const CliHarness::Result refused = cli({QStringLiteral("import"), bundle});
    QVERIFY2(refused.exitCode == 1 && refused.err.contains("redacted on export"), qPrintable(refused.text()));
    QVERIFY2(refused.err.contains("custom_tools[0].headers[0].value"), qPrintable(refused.text()));
    QCOMPARE(other.createRequests(), 0);

    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QByteArray filled = bytes;
    static const QRegularExpression marker(QStringLiteral("\\{\\s*\"\\$redacted\": \"[^\"]*\"\\s*\\}"));
    filled = QString::fromUtf8(filled).replace(marker, QStringLiteral("\"Bearer filled-in\"")).toUtf8();
    writeFile(bundle, filled);
    const CliHarness::Result imported = cli({QStringLiteral("import"), bundle});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.text()));
    QCOMPARE(other.createRequests(), 1);
    const QList<Assistant> created = other.serverAssistants();
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().name(), m_fixture->serverAssistant(m_id)->name());
    QCOMPARE(created.first().prompt(), m_fixture->serverAssistant(m_id)->prompt());
    QCOMPARE(created.first().customTools().first().headers.first().value, QStringLiteral("Bearer filled-in"));
}

void TestCli::importOnConflict()
{
    const QString bundle = m_work->filePath(QStringLiteral("bundle.json"));
    QVERIFY(cli({QStringLiteral("export"), bundle, m_id}).exitCode == 0);
    QVERIFY(QFileInfo(bundle).permissions() & QFile::ReadOwner);
    QVERIFY(!(QFileInfo(bundle).permissions() & (QFile::ReadGroup | QFile::ReadOther)));
    const QString name = m_fixture->serverAssistant(m_id)->name();
    const qsizetype assistants = m_fixture->serverAssistants().size();

    const CliHarness::Result clash = cli({QStringLiteral("import"), bundle});
    QVERIFY2(clash.exitCode == 1 && clash.err.contains("--on-conflict"), qPrintable(clash.text()));
    QCOMPARE(cli({QStringLiteral("import"), bundle, QStringLiteral("--on-conflict"), QStringLiteral("skip")}).exitCode,
             0);
    QCOMPARE(m_fixture->serverAssistants().size(), assistants);
    QCOMPARE(
        cli({QStringLiteral("import"), bundle, QStringLiteral("--on-conflict"), QStringLiteral("rename")}).exitCode, 0);
    QCOMPARE(m_fixture->countNamed(name + QStringLiteral(" (2)")), 1);

    QJsonObject root = readObject(bundle);
    QJsonArray items = root.value(u"assistants").toArray();
    QJsonObject item = items.first().toObject();
    item.insert(QStringLiteral("max_call_duration_secs"), 42);
    items[0] = item;
    root.insert(QStringLiteral("assistants"), items);
    writeFile(bundle, QJsonDocument(root).toJson());
    const qsizetype mark = m_fixture->sandbox().requests().size();
    const CliHarness::Result updated
        = cli({QStringLiteral("import"), bundle, QStringLiteral("--on-conflict"), QStringLiteral("update")});
    QVERIFY2(updated.exitCode == 0, qPrintable(updated.text()));
    QCOMPARE(writesSince(mark), QStringList{u"PATCH " + m_id});
    QCOMPARE(m_fixture->serverAssistant(m_id)->maxCallDurationSecs(), 42.0);
    QCOMPARE(cli({QStringLiteral("import"), bundle, QStringLiteral("--on-conflict"), QStringLiteral("merge")}).exitCode,
             2);
}

void TestCli::productionAsksUnlessYes()
{
    pull();
    writeFile(fileOf(m_id, QStringLiteral(".prompt.md")), "Production prompt.\n");
    m_cli->setVariable(QStringLiteral("REVOX_PRODUCTION"), QStringLiteral("1"));
    const qsizetype mark = m_fixture->sandbox().requests().size();
    // No terminal to ask on: refused before anything is sent.
    const CliHarness::Result refused = cli({QStringLiteral("apply"), folder()});
    QVERIFY2(refused.exitCode == 2 && refused.err.contains("--yes"), qPrintable(refused.text()));
    QCOMPARE(writesSince(mark), QStringList());
    QCOMPARE(cli({QStringLiteral("apply"), folder(), QStringLiteral("--dry-run")}).exitCode, 0);
    QCOMPARE(writesSince(mark), QStringList());
    const CliHarness::Result yes = cli({QStringLiteral("apply"), folder(), QStringLiteral("--yes")});
    QVERIFY2(yes.exitCode == 0, qPrintable(yes.text()));
    QCOMPARE(writesSince(mark), QStringList{u"PATCH " + m_id});
    m_cli->setVariable(QStringLiteral("REVOX_PRODUCTION"), QStringLiteral("maybe"));
    QCOMPARE(cli({QStringLiteral("status"), folder()}).exitCode, 2);
}

void TestCli::savedConnectionsAndSandbox()
{
    // The built-in sandbox in the CLI's own process, on a data file of this test's.
    m_cli->setServer(QString(), QString());
    const QString data = m_work->filePath(QStringLiteral("own-sandbox.sqlite"));
    const QString dir = m_work->filePath(QStringLiteral("from-sandbox"));
    const CliHarness::Result pulled
        = cli({QStringLiteral("--sandbox"), QStringLiteral("--sandbox-data"), data, QStringLiteral("pull"), dir});
    QVERIFY2(pulled.exitCode == 0 && pulled.out.contains("added"), qPrintable(pulled.text()));
    QVERIFY(QFileInfo::exists(data));
    QCOMPARE(cli({QStringLiteral("status"), dir, QStringLiteral("--sandbox"), QStringLiteral("--sandbox-data"), data})
                 .exitCode,
             0);
    // No connection at all is a usage error, not a silent sandbox.
    const CliHarness::Result none = cli({QStringLiteral("status"), dir});
    QVERIFY2(none.exitCode == 2 && none.err.contains("REVOX_API_KEY"), qPrintable(none.text()));

    // The app's saved connections: the built-in one by its name, an account whose key is in a keychain
    // that does not answer here, and a name nobody saved.
    const QString settings = m_work->filePath(QStringLiteral("home/config/Revox/Revox Studio.conf"));
    QDir().mkpath(QFileInfo(settings).absolutePath());
    writeFile(settings,
              "[connections]\n1\\id=acc-1\n1\\name=Acme Production\n"
              "1\\baseUrl=https://www.getrevox.com/api\n1\\production=true\nsize=1\n");
    const CliHarness::Result sandbox
        = cli({QStringLiteral("--connection"), QStringLiteral("Sandbox"), QStringLiteral("pull"),
               m_work->filePath(QStringLiteral("from-app-sandbox"))});
    QVERIFY2(sandbox.exitCode == 0 && sandbox.out.contains("added"), qPrintable(sandbox.text()));
    QVERIFY(QFileInfo::exists(m_work->filePath(QStringLiteral("home/data/Revox/Revox Studio/sandbox.sqlite"))));
    const CliHarness::Result keyless
        = cli({QStringLiteral("status"), dir, QStringLiteral("--connection"), QStringLiteral("Acme Production")});
    QVERIFY2(keyless.exitCode == 3 && keyless.err.contains("Acme Production"), qPrintable(keyless.text()));
    const CliHarness::Result unknown
        = cli({QStringLiteral("status"), dir, QStringLiteral("--connection"), QStringLiteral("Nope")});
    QVERIFY2(unknown.exitCode == 2 && unknown.err.contains("Acme Production"), qPrintable(unknown.text()));
}

void TestCli::networkAndAuthenticationExitThree()
{
    pull();
    m_cli->setServer(m_fixture->sandbox().baseUrl().toString(), QStringLiteral("not-the-key"));
    const CliHarness::Result unauthorized = cli({QStringLiteral("status"), folder()});
    QVERIFY2(unauthorized.exitCode == 3, qPrintable(unauthorized.text()));
    const QString url = m_fixture->sandbox().baseUrl().toString();
    m_fixture->sandbox().stop();
    m_cli->setServer(url, m_fixture->sandbox().apiKey());
    const CliHarness::Result down = cli({QStringLiteral("pull"), folder()});
    QVERIFY2(down.exitCode == 3, qPrintable(down.text()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
