// SPDX-License-Identifier: GPL-3.0-or-later
// The three-way comparison behind status, diff, apply and pull (FolderState) over a real folder on disk
// (AssistantFolder): what is a change and where, what is never one, secrets compared without being kept, the
// draft a save starts from, and the fingerprint index that lets unchanged assistants go unread.
#include "core/AssistantFolder.h"
#include "core/AssistantJson.h"
#include "core/AssistantPatch.h"
#include "core/FolderState.h"
#include "core/SecretFields.h"
#include "core/SecretPlaceholder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Status = AssistantState::Status;

QJsonObject assistant(const QString &id, const QString &secret)
{
    const QJsonObject header{{QStringLiteral("key"), QStringLiteral("Authorization")},
                             {QStringLiteral("value"), secret}};
    const QJsonObject tool{{QStringLiteral("name"), QStringLiteral("book_slot")},
                           {QStringLiteral("description"), QStringLiteral("Books a slot")},
                           {QStringLiteral("method"), QStringLiteral("POST")},
                           {QStringLiteral("url"), QStringLiteral("https://example.com/book")},
                           {QStringLiteral("headers"), QJsonArray{header}}};
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), QString(QStringLiteral("Assistant ") + id)},
                       {QStringLiteral("prompt"), QStringLiteral("First line.\nSecond line.")},
                       {QStringLiteral("max_call_duration_secs"), 600},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-01-01T00:00:00Z")},
                       {QStringLiteral("custom_tools"), QJsonArray{tool}}};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

class TestFolderState : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void unchangedIsUnchanged();
    void neverAChange();
    void changedHereSendsOnlyThat();
    void changedOnServerAndBoth();
    void secretsComparedByDigest();
    void referencesWithoutValues();
    void withoutBaselineEveryDifferenceIsAConflict();
    void newGoneDeletedInvalid();
    void aFileThatCannotBeReadIsNeverDeletedHere();
    void anEditedIdDeletesNothing();
    void indexSkipsOnlyWhatDidNotMove();
    void checkIsTheEditorsRules();

private:
    // Writes the server's copies into the folder as pull does, then loads it again from disk.
    void pull(const QList<QJsonObject> &server);
    QList<AssistantState> compare(const QList<QJsonObject> &server);
    const AssistantState &stateOf(const QList<AssistantState> &states, const QString &id);
    QString jsonFile(const QString &id) const;
    QJsonObject fileJson(const QString &id) const;
    void setFileJson(const QString &id, const QJsonObject &json);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AssistantFolder> m_folder;
    QList<QJsonObject> m_server;
};

void TestFolderState::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = {assistant(QStringLiteral("a1"), QStringLiteral("Bearer one")),
                assistant(QStringLiteral("a2"), QStringLiteral("Bearer two"))};
    pull(m_server);
}

void TestFolderState::pull(const QList<QJsonObject> &server)
{
    m_folder = std::make_unique<AssistantFolder>(m_dir->path());
    QString error;
    QVERIFY2(m_folder->load(&error, true), qPrintable(error));
    QList<AssistantFolder::Write> writes;
    for (const QJsonObject &json : server)
        writes.append(
            {json, m_folder->fileFor(json.value(u"id").toString()), json, AssistantJson::encode(Assistant(json))});
    QStringList errors;
    for (const std::optional<FolderFile> &written : m_folder->write(writes, &errors))
        QVERIFY2(written, qPrintable(errors.join(u'\n')));
    QVERIFY2(m_folder->saveState(&error), qPrintable(error));
    m_folder = std::make_unique<AssistantFolder>(m_dir->path());
    QVERIFY2(m_folder->load(&error), qPrintable(error));
}

QList<AssistantState> TestFolderState::compare(const QList<QJsonObject> &server)
{
    m_folder = std::make_unique<AssistantFolder>(m_dir->path());
    QString error;
    if (!m_folder->load(&error))
        qWarning("%s", qPrintable(error));
    QList<ListedAssistant> list;
    for (const QJsonObject &json : server)
        list.append(
            ListedAssistant(Assistant(json), AssistantJson::encode(Assistant(json)), ListedAssistant::Form::Bytes));
    return FolderState::compare(*m_folder, list);
}

const AssistantState &TestFolderState::stateOf(const QList<AssistantState> &states, const QString &id)
{
    static const AssistantState none;
    for (const AssistantState &state : states) {
        if (state.id == id)
            return state;
    }
    return none;
}

QString TestFolderState::jsonFile(const QString &id) const
{
    const QStringList names = QDir(m_dir->path()).entryList({u"*--" + id + u".json"}, QDir::Files);
    return names.isEmpty() ? QString() : QDir(m_dir->path()).filePath(names.first());
}

QJsonObject TestFolderState::fileJson(const QString &id) const
{
    return QJsonDocument::fromJson(readFile(jsonFile(id))).object();
}

void TestFolderState::setFileJson(const QString &id, const QJsonObject &json)
{
    writeFile(jsonFile(id), QJsonDocument(json).toJson());
}

void TestFolderState::unchangedIsUnchanged()
{
    const QList<AssistantState> states = compare(m_server);
    QCOMPARE(states.size(), 2);
    for (const AssistantState &state : states) {
        QCOMPARE(state.status, Status::Unchanged);
        QVERIFY(state.changedHere.isEmpty() && state.changedOnServer.isEmpty());
    }
    // No secret value in any file but the private one.
    for (const QString &file : QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden)) {
        QVERIFY(!readFile(QDir(m_dir->path()).filePath(file)).contains("Bearer one"));
    }
    QVERIFY(!readFile(QDir(m_dir->path()).filePath(QStringLiteral(".revox/baseline.jsonl"))).contains("Bearer"));
    QVERIFY(
        readFile(QDir(m_dir->path()).filePath(QStringLiteral(".revox/private/secrets.json"))).contains("Bearer one"));
}

void TestFolderState::neverAChange()
{
    // The server reorders nothing we can see, bumps its own fields, writes 600.0 and CRLF…
    QList<QJsonObject> server = m_server;
    server[0].insert(QStringLiteral("updated_at"), QStringLiteral("2027-02-02T00:00:00Z"));
    server[0].insert(QStringLiteral("pending_faq_count"), 3);
    server[0].insert(QStringLiteral("max_call_duration_secs"), 600.0);
    server[0].insert(QStringLiteral("prompt"), QStringLiteral("First line.\r\nSecond line."));
    // …and the file was rewritten by another editor, keys in its own order, CRLF everywhere.
    QJsonObject local = fileJson(QStringLiteral("a1"));
    writeFile(jsonFile(QStringLiteral("a1")), QJsonDocument(local).toJson(QJsonDocument::Compact) + "\r\n");
    const QString prompt = jsonFile(QStringLiteral("a1")).chopped(5) + QStringLiteral(".prompt.md");
    writeFile(prompt, readFile(prompt).replace("\n", "\r\n"));
    const QList<AssistantState> stateStates = compare(server);
    const AssistantState &state = stateOf(stateStates, QStringLiteral("a1"));
    QCOMPARE(state.status, Status::Unchanged);
}

void TestFolderState::changedHereSendsOnlyThat()
{
    const QString prompt = jsonFile(QStringLiteral("a1")).chopped(5) + QStringLiteral(".prompt.md");
    writeFile(prompt, "First line.\nA new second line.\n");
    const QList<AssistantState> stateStates = compare(m_server);
    const AssistantState &state = stateOf(stateStates, QStringLiteral("a1"));
    QCOMPARE(state.status, Status::ChangedHere);
    QCOMPARE(state.changedHere, QStringList{QStringLiteral("prompt")});
    QVERIFY(state.issues.isEmpty());
    // The draft a save starts from: the server's copy with the prompt, secrets in clear from the server.
    const AssistantPatch patch = AssistantPatch::between(*state.base, *state.mine);
    QCOMPARE(patch.body(),
             QJsonObject({{QStringLiteral("prompt"), QStringLiteral("First line.\nA new second line.")}}));
    QCOMPARE(SecretFields::byIdentity(state.base->json()).values(), QStringList{QStringLiteral("Bearer one")});
}

void TestFolderState::changedOnServerAndBoth()
{
    QList<QJsonObject> server = m_server;
    server[0].insert(QStringLiteral("name"), QStringLiteral("Renamed there"));
    server[1].insert(QStringLiteral("name"), QStringLiteral("Renamed there too"));
    server[1].insert(QStringLiteral("max_call_duration_secs"), 900);
    QJsonObject local = fileJson(QStringLiteral("a2"));
    local.insert(QStringLiteral("name"), QStringLiteral("Renamed here"));
    local.insert(QStringLiteral("webhook_url"), QStringLiteral("https://example.com/hook"));
    setFileJson(QStringLiteral("a2"), local);
    const QList<AssistantState> states = compare(server);
    const AssistantState &there = stateOf(states, QStringLiteral("a1"));
    QCOMPARE(there.status, Status::ChangedOnServer);
    QCOMPARE(there.changedOnServer, QStringList{QStringLiteral("name")});
    const AssistantState &both = stateOf(states, QStringLiteral("a2"));
    QCOMPARE(both.status, Status::ChangedOnBoth);
    QCOMPARE(both.changedHere, QStringList({QStringLiteral("name"), QStringLiteral("webhook_url")}));
    QCOMPARE(both.changedOnServer, QStringList({QStringLiteral("name"), QStringLiteral("max_call_duration_secs")}));
    QCOMPARE(both.conflicts, QStringList{QStringLiteral("name")});
}

void TestFolderState::secretsComparedByDigest()
{
    // Changed in the secrets file: changed here, and the draft carries the new value.
    const QString secretsPath = QDir(m_dir->path()).filePath(QStringLiteral(".revox/private/secrets.json"));
    writeFile(secretsPath, readFile(secretsPath).replace("Bearer one", "Bearer ONE-NEW"));
    const QList<AssistantState> hereStates = compare(m_server);
    const AssistantState &here = stateOf(hereStates, QStringLiteral("a1"));
    QCOMPARE(here.status, Status::ChangedHere);
    QCOMPARE(here.changedHere, QStringList{QStringLiteral("custom_tools")});
    QCOMPARE(SecretFields::byIdentity(here.mine->json()).values(), QStringList{QStringLiteral("Bearer ONE-NEW")});
    writeFile(secretsPath, readFile(secretsPath).replace("Bearer ONE-NEW", "Bearer one"));

    // Rotated on the server: changed there.
    QList<QJsonObject> server = m_server;
    server[1] = assistant(QStringLiteral("a2"), QStringLiteral("Bearer rotated"));
    const QList<AssistantState> thereStates = compare(server);
    const AssistantState &there = stateOf(thereStates, QStringLiteral("a2"));
    QCOMPARE(there.status, Status::ChangedOnServer);
    QCOMPARE(there.changedOnServer, QStringList{QStringLiteral("custom_tools")});
    // Rotated there and a tool edited here: a conflict at custom_tools, and the draft keeps the secret the
    // file did not change as the baseline's placeholder, for the merge to take the server's value.
    QJsonObject local = fileJson(QStringLiteral("a2"));
    QJsonArray tools = local.value(u"custom_tools").toArray();
    QJsonObject tool = tools.first().toObject();
    tool.insert(QStringLiteral("description"), QStringLiteral("Books a slot, politely"));
    tools[0] = tool;
    local.insert(QStringLiteral("custom_tools"), tools);
    setFileJson(QStringLiteral("a2"), local);
    const QList<AssistantState> bothStates = compare(server);
    const AssistantState &both = stateOf(bothStates, QStringLiteral("a2"));
    QCOMPARE(both.conflicts, QStringList{QStringLiteral("custom_tools")});
    const QString kept = SecretFields::byIdentity(both.mine->json()).values().first();
    QVERIFY(SecretPlaceholder::isPlaceholder(kept));
    QCOMPARE(SecretFields::byIdentity(both.base->json()).values().first(), kept);
}

void TestFolderState::referencesWithoutValues()
{
    // A clone without the private folder: pulled references stand for what the baseline remembers.
    QVERIFY(QDir(QDir(m_dir->path()).filePath(QStringLiteral(".revox/private"))).removeRecursively());
    const QString prompt = jsonFile(QStringLiteral("a1")).chopped(5) + QStringLiteral(".prompt.md");
    writeFile(prompt, "Changed.\n");
    const QList<AssistantState> stateStates = compare(m_server);
    const AssistantState &state = stateOf(stateStates, QStringLiteral("a1"));
    QVERIFY(state.changedHere.contains(QStringLiteral("prompt")));
    QVERIFY(!state.changedHere.contains(QStringLiteral("custom_tools")));
    QVERIFY(state.issues.isEmpty());
    // A reference nobody can resolve, in a field to send: an issue naming the tool and the header.
    QJsonObject local = fileJson(QStringLiteral("a2"));
    QJsonArray tools = local.value(u"custom_tools").toArray();
    QJsonObject tool = tools.first().toObject();
    tool.insert(QStringLiteral("headers"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("key"), QStringLiteral("Authorization")},
                    {QStringLiteral("value"), QJsonObject{{QStringLiteral("$secret"), QStringLiteral("elsewhere")}}}}});
    tools[0] = tool;
    local.insert(QStringLiteral("custom_tools"), tools);
    setFileJson(QStringLiteral("a2"), local);
    const QList<AssistantState> stoppedStates = compare(m_server);
    const AssistantState &stopped = stateOf(stoppedStates, QStringLiteral("a2"));
    QCOMPARE(stopped.issues.size(), 1);
    QCOMPARE(stopped.issues.first().field, QStringLiteral("custom_tools[0].headers[0].value"));
    QVERIFY(stopped.issues.first().message.contains(QStringLiteral("tool “book_slot”, header “Authorization”")));
    QVERIFY(stopped.issues.first().message.contains(QStringLiteral("“elsewhere”")));
}

void TestFolderState::withoutBaselineEveryDifferenceIsAConflict()
{
    QVERIFY(QFile::remove(QDir(m_dir->path()).filePath(QStringLiteral(".revox/baseline.jsonl"))));
    QJsonObject local = fileJson(QStringLiteral("a1"));
    local.insert(QStringLiteral("name"), QStringLiteral("Mine"));
    setFileJson(QStringLiteral("a1"), local);
    const QList<AssistantState> states = compare(m_server);
    QCOMPARE(stateOf(states, QStringLiteral("a1")).conflicts, QStringList{QStringLiteral("name")});
    QVERIFY(!stateOf(states, QStringLiteral("a1")).hasBaseline);
    QCOMPARE(stateOf(states, QStringLiteral("a2")).status, Status::Unchanged);
}

void TestFolderState::newGoneDeletedInvalid()
{
    writeFile(QDir(m_dir->path()).filePath(QStringLiteral("fresh.json")), R"({"name": "Fresh", "prompt": "Hi"})");
    writeFile(QDir(m_dir->path()).filePath(QStringLiteral("broken.json")), "{");
    QVERIFY(QFile::remove(jsonFile(QStringLiteral("a2"))));
    QList<QJsonObject> server = m_server;
    server.append(assistant(QStringLiteral("a3"), QString()));
    server.removeFirst(); // a1 gone from the server
    const QList<AssistantState> states = compare(server);
    QCOMPARE(stateOf(states, QStringLiteral("a1")).status, Status::GoneFromServer);
    QVERIFY(std::none_of(states.cbegin(), states.cend(), // broken.json could be a2's: not deleted here
                         [](const AssistantState &state) { return state.id == u"a2"; }));
    QCOMPARE(stateOf(states, QStringLiteral("a3")).status, Status::NewOnServer);
    const auto byFile = [&states](const QString &file) {
        return *std::find_if(states.begin(), states.end(),
                             [&file](const AssistantState &s) { return s.file && s.file->jsonFile == file; });
    };
    QCOMPARE(byFile(QStringLiteral("fresh.json")).status, Status::NewHere);
    QCOMPARE(byFile(QStringLiteral("fresh.json")).mine->name(), QStringLiteral("Fresh"));
    QCOMPARE(byFile(QStringLiteral("broken.json")).status, Status::Invalid);
    QVERIFY(byFile(QStringLiteral("broken.json")).issues.first().text().startsWith(u"broken.json: not valid JSON"));
}

void TestFolderState::anEditedIdDeletesNothing()
{
    // A slip in the "id" of a1's file: the file now speaks of an assistant the server does not have, and a1,
    // whose file it still is by its name, is not deleted here for that.
    QJsonObject edited = fileJson(QStringLiteral("a1"));
    edited.insert(QStringLiteral("id"), QStringLiteral("a9"));
    setFileJson(QStringLiteral("a1"), edited);
    const QList<AssistantState> states = compare(m_server);
    QCOMPARE(stateOf(states, QStringLiteral("a9")).status, Status::GoneFromServer);
    QVERIFY(std::none_of(states.cbegin(), states.cend(),
                         [](const AssistantState &state) { return state.status == Status::DeletedHere; }));
}

void TestFolderState::aFileThatCannotBeReadIsNeverDeletedHere()
{
    // A typo in a pulled file: its assistant is that file's, invalid, and not deleted here (apply --prune would
    // delete it on the server).
    const QString a1File = jsonFile(QStringLiteral("a1"));
    writeFile(a1File, readFile(a1File).replace("\"name\":", "\"name\""));
    QVERIFY(QFile::remove(jsonFile(QStringLiteral("a2"))));
    QList<AssistantState> states = compare(m_server);
    QCOMPARE(stateOf(states, QStringLiteral("a1")).status, Status::Invalid);
    QCOMPARE(stateOf(states, QStringLiteral("a2")).status, Status::DeletedHere); // its file is really gone
    // A file whose name says nothing could be anyone's: then nothing counts as deleted here.
    QVERIFY(QFile::rename(a1File, QDir(m_dir->path()).filePath(QStringLiteral("mine.json"))));
    states = compare(m_server);
    for (const AssistantState &state : std::as_const(states))
        QVERIFY2(state.status != Status::DeletedHere, qPrintable(state.id));
    QCOMPARE(states.size(), 1);
    QCOMPARE(states.first().status, Status::Invalid);
}

void TestFolderState::indexSkipsOnlyWhatDidNotMove()
{
    // After the pull every file is known: nothing is read to say so.
    QList<AssistantState> states = compare(m_server);
    for (const FolderFile &file : m_folder->files())
        QVERIFY2(!file.json && !file.knownId.isEmpty(), qPrintable(file.jsonFile));
    QVERIFY(!stateOf(states, QStringLiteral("a1")).server); // settled without parsing the server's copy either

    // What moved is read again: the server's copy, a file, the secrets file.
    QList<QJsonObject> server = m_server;
    server[0].insert(QStringLiteral("name"), QStringLiteral("Moved"));
    states = compare(server);
    QCOMPARE(stateOf(states, QStringLiteral("a1")).status, Status::ChangedOnServer);
    QCOMPARE(stateOf(states, QStringLiteral("a2")).status, Status::Unchanged);
    const QString secretsPath = QDir(m_dir->path()).filePath(QStringLiteral(".revox/private/secrets.json"));
    writeFile(secretsPath, readFile(secretsPath).replace("Bearer two", "Bearer TWO"));
    states = compare(m_server);
    QCOMPARE(stateOf(states, QStringLiteral("a2")).status, Status::ChangedHere);
    for (const FolderFile &file : m_folder->files())
        QVERIFY(file.json);
}

void TestFolderState::checkIsTheEditorsRules()
{
    QJsonObject local = fileJson(QStringLiteral("a1"));
    local.insert(QStringLiteral("max_call_duration_secs"), -5);
    setFileJson(QStringLiteral("a1"), local);
    m_folder = std::make_unique<AssistantFolder>(m_dir->path());
    QString error;
    QVERIFY(m_folder->load(&error));
    const FolderState::Check check = FolderState::check(*m_folder);
    QCOMPARE(check.problems.size(), 1);
    QCOMPARE(check.problems.first().field, QStringLiteral("max_call_duration_secs"));
    QVERIFY(check.problems.first().text().startsWith(QFileInfo(jsonFile(QStringLiteral("a1"))).fileName()
                                                     + QStringLiteral(": max_call_duration_secs: Max call duration")));
}

QTEST_GUILESS_MAIN(TestFolderState)
#include "TestFolderState.moc"
