// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets in drafts and on their way back: restore against the server's copy, merges when the server
// changed a secret meanwhile, drafts of earlier versions rewritten, placeholders never sent.
#include "SecretTestData.h"
#include "core/AssistantMerge.h"
#include "core/DraftStore.h"
#include "core/RevoxCall.h"
#include "core/RevoxClient.h"
#include "core/SecretFields.h"
#include "core/SecretPlaceholder.h"
#include "core/Validation.h"
#include "sandbox/SandboxServer.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace SecretTestData;

namespace {

const QString kConnection = QStringLiteral("sandbox");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Whether any file below `root` holds `secret` as UTF-8 or base64.
bool anyFileHolds(const QString &root, const QString &secret)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QByteArray bytes = fileBytes(it.next());
        if (bytes.contains(secret.toUtf8()) || bytes.contains(secret.toUtf8().toBase64()))
            return true;
    }
    return false;
}

Assistant withUrl(Assistant assistant, int toolIndex, const QString &url)
{
    QList<CustomTool> tools = assistant.customTools();
    tools[toolIndex].url = url;
    assistant.setCustomTools(tools);
    return assistant;
}

// The user's version: a new prompt and, unless empty, a header value typed into book_slot.
Assistant userEdit(const QString &typed = {})
{
    Assistant edited = assistant();
    edited.setPrompt(QStringLiteral("Remind patients, kindly."));
    return typed.isEmpty() ? edited : withHeader(edited, 1, 0, typed);
}

// Writes a draft as revox-studio 0.1 did (format 1: base and edited in clear).
void writeClearTextDraft(const DraftStore &store, const Draft &draft)
{
    QDir().mkpath(QFileInfo(store.pathFor(draft.connectionId, draft.assistantId)).path());
    QSaveFile file(store.pathFor(draft.connectionId, draft.assistantId));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                         {QStringLiteral("connection"), draft.connectionId},
                                         {QStringLiteral("assistant"), draft.assistantId},
                                         {QStringLiteral("saved_at"), draft.savedAt.toString(Qt::ISODateWithMs)},
                                         {QStringLiteral("base"), draft.base.json()},
                                         {QStringLiteral("edited"), draft.edited.json()}})
                   .toJson(QJsonDocument::Compact));
    QVERIFY(file.commit());
}

} // namespace

class TestDraftSecrets : public QObject
{
    Q_OBJECT
private slots:
    void draftsHoldNoSecretInClear();
    void restoreWhenTheServerKeptTheSecrets();
    void restoreWhenTheServerChangedASecret_data();
    void restoreWhenTheServerChangedASecret();
    void restoreWithoutTheKeysOfTheSessionThatWroteIt();
    void earlierDraftsAreRewrittenAtStartUp_data();
    void earlierDraftsAreRewrittenAtStartUp();
    void placeholdersAreFlagged();
    void placeholdersAreNeverSent();
};

void TestDraftSecrets::draftsHoldNoSecretInClear()
{
    QTemporaryDir dir;
    KeptSecretStore keychain;
    const auto sealer = readySealer(&keychain);
    DraftStore drafts(dir.path(), sealer.get());
    QVERIFY(drafts.save(
        {kConnection, QStringLiteral("a1"), assistant(), userEdit(typedCanary), QDateTime::currentDateTimeUtc()}));

    QVERIFY(!anyFileHolds(dir.path(), serverCanary)); // neither base nor edited holds it
    QVERIFY(!anyFileHolds(dir.path(), typedCanary));
    QVERIFY(!anyFileHolds(dir.path(), QStringLiteral("austin-north"))); // every value the catalogue marks
    const QJsonObject file
        = QJsonDocument::fromJson(fileBytes(drafts.pathFor(kConnection, QStringLiteral("a1")))).object();
    QCOMPARE(file.value(u"version").toInt(), 2);

    // As loaded: digests for what the server holds, the typed value sealed; everything else as it was.
    const Draft loaded = *drafts.load(kConnection, QStringLiteral("a1"));
    QCOMPARE(loaded.edited.prompt(), QStringLiteral("Remind patients, kindly."));
    QCOMPARE(loaded.base.customTools().at(0).url, assistant().customTools().at(0).url);
    const auto kindAt = [](const Assistant &assistant, int tool, int header) {
        const std::optional<SecretPlaceholder> placeholder
            = SecretPlaceholder::parse(assistant.customTools().at(tool).headers.at(header).value);
        return placeholder ? int(placeholder->kind()) : -1;
    };
    QCOMPARE(kindAt(loaded.base, 0, 0), int(SecretPlaceholder::Kind::Digest));
    QCOMPARE(kindAt(loaded.edited, 0, 0), int(SecretPlaceholder::Kind::Digest));
    QCOMPARE(kindAt(loaded.edited, 1, 0), int(SecretPlaceholder::Kind::Sealed));
    QCOMPARE(loaded.base.customTools().at(0).headers.at(0).value,
             loaded.edited.customTools().at(0).headers.at(0).value); // unchanged: the same digest
}

void TestDraftSecrets::restoreWhenTheServerKeptTheSecrets()
{
    QTemporaryDir dir;
    KeptSecretStore keychain;
    {
        const auto sealer = readySealer(&keychain);
        DraftStore drafts(dir.path(), sealer.get());
        QVERIFY(drafts.save(
            {kConnection, QStringLiteral("a1"), assistant(), userEdit(typedCanary), QDateTime::currentDateTimeUtc()}));
    }
    // The next session, with the same keychain; the server reordered the tools meanwhile.
    const auto sealer = readySealer(&keychain);
    DraftStore drafts(dir.path(), sealer.get());
    Assistant server = assistant();
    QList<CustomTool> tools = server.customTools();
    std::reverse(tools.begin(), tools.end());
    server.setCustomTools(tools);
    const Draft restored = drafts.rehydrated(*drafts.load(kConnection, QStringLiteral("a1")), server);
    QCOMPARE(restored.base, assistant());
    QCOMPARE(restored.edited, userEdit(typedCanary));

    // Saving it sends the user's edits, the typed value among them, and no placeholder.
    AssistantMerge merge(restored.base, restored.edited, assistant());
    QVERIFY(!merge.hasConflicts());
    const AssistantPatch patch = merge.patch();
    QVERIFY(!SecretFields::firstPlaceholder(patch.body()));
    QCOMPARE(patch.value(QStringLiteral("prompt")).toString(), QStringLiteral("Remind patients, kindly."));
    QVERIFY(patch.toJson().contains(typedCanary.toUtf8()));
}

void TestDraftSecrets::restoreWhenTheServerChangedASecret_data()
{
    QTest::addColumn<bool>("userEditedTools");
    QTest::addColumn<int>("choice"); // when custom_tools is a conflict: AssistantMerge::Choice
    QTest::newRow("only the prompt edited") << false << -1;
    QTest::newRow("tools edited too, keep mine") << true << int(AssistantMerge::Choice::Mine);
    QTest::newRow("tools edited too, take theirs") << true << int(AssistantMerge::Choice::Theirs);
}

void TestDraftSecrets::restoreWhenTheServerChangedASecret()
{
    QFETCH(bool, userEditedTools);
    QFETCH(int, choice);
    QTemporaryDir dir;
    KeptSecretStore keychain;
    const auto sealer = readySealer(&keychain);
    DraftStore drafts(dir.path(), sealer.get());
    Assistant edited = userEdit();
    if (userEditedTools)
        edited = withUrl(edited, 0, QStringLiteral("https://api.example.com/v2/availability"));
    QVERIFY(drafts.save({kConnection, QStringLiteral("a1"), assistant(), edited, QDateTime::currentDateTimeUtc()}));

    // A colleague rotated the token while the draft waited.
    const QString rotated = QStringLiteral("Bearer rotated-by-a-colleague");
    const Assistant server = withHeader(assistant(), 0, 0, rotated);
    const Draft restored = drafts.rehydrated(*drafts.load(kConnection, QStringLiteral("a1")), server);
    // The old token cannot come back: its place says "changed on the server" to the merge.
    QVERIFY(SecretPlaceholder::isPlaceholder(restored.base.customTools().at(0).headers.at(0).value));
    QCOMPARE(restored.base.customTools().at(1).toJson(),
             assistant().customTools().at(1).toJson()); // what matched came back

    AssistantMerge merge(restored.base, restored.edited, server);
    if (!userEditedTools) {
        QVERIFY(!merge.hasConflicts());
        QCOMPARE(merge.takenFromServer(), QStringList{QStringLiteral("custom_tools")});
    } else {
        // Changed on both sides: a conflict like any other field.
        QCOMPARE(merge.conflicts(), QStringList{QStringLiteral("custom_tools")});
        merge.choose(QStringLiteral("custom_tools"), AssistantMerge::Choice(choice));
    }
    const Assistant merged = merge.merged();
    QCOMPARE(merged.customTools().at(0).headers.at(0).value, rotated); // the user never changed it
    QCOMPARE(merged.prompt(), QStringLiteral("Remind patients, kindly."));
    const bool mine = choice == int(AssistantMerge::Choice::Mine);
    QCOMPARE(merged.customTools().at(0).url, mine ? edited.customTools().at(0).url : server.customTools().at(0).url);
    const AssistantPatch patch = merge.patch();
    QVERIFY(!SecretFields::firstPlaceholder(patch.body()));
    QCOMPARE(patch.contains(QStringLiteral("custom_tools")), mine);
}

void TestDraftSecrets::restoreWithoutTheKeysOfTheSessionThatWroteIt()
{
    // No keychain: the keys died with the session that wrote the drafts (a crash, a kill).
    QTemporaryDir dir;
    {
        DraftStore drafts(dir.path());
        QVERIFY(
            drafts.save({kConnection, QStringLiteral("a1"), assistant(), userEdit(), QDateTime::currentDateTimeUtc()}));
        QVERIFY(drafts.save(
            {kConnection, QStringLiteral("a2"), assistant(), userEdit(typedCanary), QDateTime::currentDateTimeUtc()}));
    }
    QVERIFY(!anyFileHolds(dir.path(), typedCanary));
    DraftStore drafts(dir.path());

    // Nothing can be told apart: the merge sees every secret changed on the server and takes its copy.
    Draft restored = drafts.rehydrated(*drafts.load(kConnection, QStringLiteral("a1")), assistant());
    QCOMPARE(restored.edited.prompt(), QStringLiteral("Remind patients, kindly."));
    AssistantMerge merge(restored.base, restored.edited, assistant());
    QVERIFY(!merge.hasConflicts());
    QCOMPARE(merge.merged().value(QStringLiteral("custom_tools")), assistant().value(QStringLiteral("custom_tools")));
    QCOMPARE(merge.patch().body(),
             (QJsonObject{{QStringLiteral("prompt"), QStringLiteral("Remind patients, kindly.")}}));

    // A typed value is lost, and the editor says so at its field: the save waits until it is typed again.
    restored = drafts.rehydrated(*drafts.load(kConnection, QStringLiteral("a2")), assistant());
    const Validation::Review review = Validation::review(restored.base, restored.edited);
    QVERIFY(std::any_of(review.blocking.cbegin(), review.blocking.cend(), [](const ValidationIssue &issue) {
        return issue.path == u"custom_tools[1].headers[0].value"
            && issue.message.contains(QLatin1String("type it again"));
    }));
    // Were it sent anyway, after the user kept their tools in a conflict, the client would refuse it.
    merge = AssistantMerge(restored.base, restored.edited, assistant());
    QCOMPARE(merge.conflicts(), QStringList{QStringLiteral("custom_tools")});
    merge.choose(QStringLiteral("custom_tools"), AssistantMerge::Choice::Mine);
    const std::optional<SecretLocation> unsent = SecretFields::firstPlaceholder(merge.patch().body());
    QVERIFY(unsent);
    QCOMPARE(unsent->path, QStringLiteral("custom_tools[1].headers[0].value")); // the unchanged ones were filled
}

void TestDraftSecrets::earlierDraftsAreRewrittenAtStartUp_data()
{
    QTest::addColumn<bool>("keychain");
    QTest::newRow("with a keychain") << true;
    QTest::newRow("session only") << false;
}

void TestDraftSecrets::earlierDraftsAreRewrittenAtStartUp()
{
    QFETCH(bool, keychain);
    QTemporaryDir dir;
    const Draft old{kConnection, QStringLiteral("a1"), assistant(), userEdit(typedCanary),
                    QDateTime::currentDateTimeUtc().addDays(-2)};
    const Draft other{QStringLiteral("prod"), QStringLiteral("a7"), assistant(), userEdit(),
                      QDateTime::currentDateTimeUtc().addDays(-1)};
    {
        const DraftStore layout(dir.path());
        writeClearTextDraft(layout, old);
        writeClearTextDraft(layout, other);
    }
    QVERIFY(anyFileHolds(dir.path(), serverCanary));

    // Start-up: the store is given the sealer before the keychain answered.
    std::unique_ptr<SecretStore> store;
    if (keychain)
        store = std::make_unique<KeptSecretStore>();
    else
        store = std::make_unique<MemorySecretStore>();
    SecretSealer sealer(store.get());
    QVERIFY(!sealer.isReady());
    DraftStore drafts(dir.path(), &sealer);
    QTRY_VERIFY(sealer.isReady());

    QVERIFY(!anyFileHolds(dir.path(), serverCanary)); // values moved out of every old file
    QVERIFY(!anyFileHolds(dir.path(), typedCanary));
    for (const Draft &draft : {old, other}) {
        const QString path = drafts.pathFor(draft.connectionId, draft.assistantId);
        QCOMPARE(QJsonDocument::fromJson(fileBytes(path)).object().value(u"version").toInt(), 2);
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }
    QCOMPARE(drafts.migrate(), 0); // once is enough

    const Draft restored = drafts.rehydrated(*drafts.load(kConnection, QStringLiteral("a1")), assistant());
    QCOMPARE(restored.savedAt, old.savedAt);
    QCOMPARE(restored.base, assistant());
    if (keychain) {
        QCOMPARE(restored.edited, old.edited);
    } else {
        QCOMPARE(restored.edited.prompt(), old.edited.prompt());
        QCOMPARE(restored.edited.customTools().at(1).headers.at(0).value, SecretPlaceholder::withheld().toString());
    }
}

void TestDraftSecrets::placeholdersAreFlagged()
{
    const Assistant base = withHeader(assistant(), 0, 0, SecretPlaceholder::digest(QByteArray(32, 'd')).toString());
    // Unchanged by the user (a value the server changed since): flagged, never blocking.
    Validation::Review review = Validation::review(base, base);
    QVERIFY(review.canSave());
    QCOMPARE(review.flagged.size(), 1);
    QCOMPARE(review.flagged.first().path, QStringLiteral("custom_tools[0].headers[0].value"));
    QVERIFY2(review.flagged.first().message.startsWith(QLatin1String("Header value")),
             qPrintable(review.flagged.first().message));
    // Typed, but not kept: blocks the save until typed again.
    review = Validation::review(assistant(), withHeader(assistant(), 1, 0, SecretPlaceholder::withheld().toString()));
    QVERIFY(!review.canSave());
    QCOMPARE(review.blocking.first().path, QStringLiteral("custom_tools[1].headers[0].value"));
}

void TestDraftSecrets::placeholdersAreNeverSent()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.start({}));
    QNetworkAccessManager network;
    RevoxClient client(&network);
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox.apiKey());

    const QString placeholder = SecretPlaceholder::digest(QByteArray(32, 'd')).toString();
    AssistantPatch patch;
    patch.insert(QStringLiteral("custom_tools"),
                 withHeader(assistant(), 0, 0, placeholder).value(QStringLiteral("custom_tools")));
    AssistantPatch create = patch;
    create.insert(QStringLiteral("name"), QStringLiteral("n"));
    create.insert(QStringLiteral("prompt"), QStringLiteral("p"));
    sandbox.clearRequests();
    const std::function<RevoxCall *()> requests[] = {
        [&] { return client.updateAssistant(QStringLiteral("some-id"), patch); },
        [&] { return client.createAssistant(create); },
    };
    for (const auto &request : requests) {
        RevoxCall *call = request();
        std::optional<ApiError> error; // copied out: the call deletes itself after finished()
        connect(call, &RevoxCall::finished, this, [call, &error] { error = call->error(); });
        QTRY_VERIFY(error);
        QCOMPARE(error->kind(), ApiError::Kind::Invalid);
        QVERIFY2(error->message().contains(QStringLiteral("tool “check_availability”, header “Authorization”")),
                 qPrintable(error->message()));
        QCOMPARE(error->fieldErrors().size(), 1);
        QCOMPARE(error->fieldErrors().first().field, QStringLiteral("custom_tools[0].headers[0].value"));
    }
    QCOMPARE(sandbox.requests().size(), 0); // nothing reached the server
}

QTEST_GUILESS_MAIN(TestDraftSecrets)
#include "TestDraftSecrets.moc"
