// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces every store of secrets builds on: the catalogue's mark, placeholders, the installation's keys.
#include "SecretTestData.h"
#include "core/AssistantSchema.h"
#include "core/DraftStore.h"
#include "core/SecretFields.h"
#include "core/SecretPlaceholder.h"
#include "core/SecretSealer.h"
#include "core/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using namespace SecretTestData;

QString storedKeys(SecretStore *store)
{
    QSignalSpy read(store, &SecretStore::readFinished);
    store->read(SecretSealer::keyAccount());
    read.wait(5000);
    return read.isEmpty() ? QString() : read.first().at(1).toString();
}

// Every file below `root` that holds `needle`.
QStringList filesHolding(const QString &root, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(file.fileName());
    }
    return found;
}

} // namespace

class TestSecretSealer : public QObject
{
    Q_OBJECT
private slots:
    void catalogueMarksToolCredentials();
    void visitsEverySecretByCatalogue();
    void identitiesDoNotDependOnOrder();
    void placeholdersRoundTrip_data();
    void placeholdersRoundTrip();
    void malformedPlaceholdersAreStillPlaceholders();
    void maskingShowsNoValue();
    void digestTellsUnchangedFromChanged();
    void sealOpenRoundTrip_data();
    void sealOpenRoundTrip();
    void wrongKeyFailsCleanly();
    void keysPersistInAPersistentStore();
    void sessionOnlyStoreWritesNothingSecret();
    void redactedKeepsOnlyDigests();
};

void TestSecretSealer::catalogueMarksToolCredentials()
{
    QStringList secret;
    for (const FieldSpec &spec : AssistantSchema::fields()) {
        if (spec.secret)
            secret.append(spec.path);
    }
    QCOMPARE(secret,
             (QStringList{QStringLiteral("custom_tools[].headers[].value"),
                          QStringLiteral("custom_tools[].query_params[].value")}));
    QVERIFY(SecretFields::hasSecrets(QStringLiteral("custom_tools")));
    QVERIFY(!SecretFields::hasSecrets(QStringLiteral("prompt")));
    QVERIFY(!SecretFields::hasSecrets(QStringLiteral("no_such_key")));
}

void TestSecretSealer::visitsEverySecretByCatalogue()
{
    QStringList seen;
    SecretFields::visit(assistant().json(), [&seen](const SecretLocation &where, const QString &value) {
        seen.append(where.path + u'|' + where.catalogPath + u'|' + where.description + u'|' + value);
    });
    QCOMPARE(seen,
             (QStringList{
                 QStringLiteral("custom_tools[0].headers[0].value|custom_tools[].headers[].value|custom tool "
                                "“check_availability”, header “Authorization”|")
                     + serverCanary,
                 QStringLiteral("custom_tools[0].headers[1].value|custom_tools[].headers[].value|custom tool "
                                "“check_availability”, header “Accept”|application/json"),
                 QStringLiteral("custom_tools[0].query_params[0].value|custom_tools[].query_params[].value|"
                                "custom tool “check_availability”, query parameter “clinic_id”|austin-north"),
                 QStringLiteral("custom_tools[1].headers[0].value|custom_tools[].headers[].value|custom tool "
                                "“book_slot”, header “X-Api-Key”|k-2"),
             }));
    // Replacing touches those values and nothing else.
    const QJsonObject replaced
        = SecretFields::replaced(assistant().json(), [](const SecretLocation &, const QString &) { return QString(); });
    Assistant expected = assistant();
    QList<CustomTool> tools = expected.customTools();
    for (CustomTool &tool : tools) {
        for (KeyValue &header : tool.headers)
            header.value.clear();
        for (KeyValue &param : tool.queryParams)
            param.value.clear();
    }
    expected.setCustomTools(tools);
    QCOMPARE(Assistant(replaced), expected);
}

void TestSecretSealer::identitiesDoNotDependOnOrder()
{
    const Assistant original = assistant();
    Assistant reordered = original;
    QList<CustomTool> tools = reordered.customTools();
    std::reverse(tools.begin(), tools.end());
    std::reverse(tools.last().headers.begin(), tools.last().headers.end());
    reordered.setCustomTools(tools);
    QVERIFY(!(reordered == original));
    QCOMPARE(SecretFields::byIdentity(reordered.json()), SecretFields::byIdentity(original.json()));
    QCOMPARE(SecretFields::byIdentity(original.json()).size(), 4);

    // Two headers of the same name are told apart by their order among themselves.
    Assistant twice = original;
    tools = twice.customTools();
    tools.first().headers.append(KeyValue::fromJson(pair(QStringLiteral("Authorization"), QStringLiteral("second"))));
    twice.setCustomTools(tools);
    const QHash<QString, QString> values = SecretFields::byIdentity(twice.json());
    QCOMPARE(values.size(), 5);
    QCOMPARE(values.value(QStringLiteral("custom_tools[\"check_availability\"].headers[\"Authorization\"#1].value")),
             QStringLiteral("second"));
}

void TestSecretSealer::placeholdersRoundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("digest") << int(SecretPlaceholder::Kind::Digest) << QByteArray(32, '\xa7');
    QTest::newRow("sealed") << int(SecretPlaceholder::Kind::Sealed) << QByteArray("\x00\x01\xff nonce and box", 18);
    QTest::newRow("withheld") << int(SecretPlaceholder::Kind::Withheld) << QByteArray();
    QTest::newRow("reference") << int(SecretPlaceholder::Kind::Reference) << QByteArray("crm/Authorization");
}

void TestSecretSealer::placeholdersRoundTrip()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, payload);
    SecretPlaceholder placeholder = SecretPlaceholder::withheld();
    switch (SecretPlaceholder::Kind(kind)) {
    case SecretPlaceholder::Kind::Digest:
        placeholder = SecretPlaceholder::digest(payload);
        break;
    case SecretPlaceholder::Kind::Sealed:
        placeholder = SecretPlaceholder::sealed(payload);
        break;
    case SecretPlaceholder::Kind::Withheld:
        break;
    case SecretPlaceholder::Kind::Reference:
        placeholder = SecretPlaceholder::reference(QString::fromUtf8(payload));
        break;
    }
    const QString text = placeholder.toString();
    QVERIFY(SecretPlaceholder::isPlaceholder(text));
    QVERIFY(!text.contains(QLatin1String("{{"))); // never one of Revox's own templates
    QCOMPARE(text.at(0), QChar(0x1F)); // a control character: no HTTP header value holds one
    const std::optional<SecretPlaceholder> parsed = SecretPlaceholder::parse(text);
    QVERIFY(parsed);
    QCOMPARE(*parsed, placeholder);
    QCOMPARE(parsed->payload(), payload);
}

void TestSecretSealer::malformedPlaceholdersAreStillPlaceholders()
{
    for (const QString &suffix : {QString(), QStringLiteral("digest"), QStringLiteral("digest:"),
                                  QStringLiteral("digest:***"), QStringLiteral("withheld:x"), QStringLiteral("v9:x")}) {
        const QString text = SecretPlaceholder::prefix() + suffix;
        QVERIFY2(SecretPlaceholder::isPlaceholder(text), qPrintable(suffix)); // so never sent
        QVERIFY2(!SecretPlaceholder::parse(text), qPrintable(suffix));
    }
    for (const QString &value :
         {QStringLiteral("Bearer {{secrets.token}}"), QStringLiteral("revox-secret:v1:digest:AA"), QString()})
        QVERIFY(!SecretPlaceholder::isPlaceholder(value));
}

void TestSecretSealer::maskingShowsNoValue()
{
    const QJsonValue shown
        = SecretFields::masked(QStringLiteral("custom_tools"), assistant().value(QStringLiteral("custom_tools")));
    const QByteArray text = QJsonDocument(shown.toArray()).toJson();
    QVERIFY(!text.contains(serverCanary.toUtf8()));
    QVERIFY(!text.contains("austin-north"));
    QVERIFY(text.contains("check_availability") && text.contains("clinic_id")); // names stay readable
    QCOMPARE(SecretFields::maskedText(QStringLiteral("abc")), QString(3, QChar(0x2022)));
    QCOMPARE(SecretFields::maskedText(serverCanary), QString(12, QChar(0x2022)));
    QCOMPARE(SecretFields::maskedText(QString()), QString());
    const QString withheld = SecretFields::maskedText(SecretPlaceholder::withheld().toString());
    QVERIFY2(withheld.contains(QLatin1String("type it again")), qPrintable(withheld));
}

void TestSecretSealer::digestTellsUnchangedFromChanged()
{
    SecretSealer sealer(nullptr);
    SecretSealer other(nullptr);
    const QByteArray digest = sealer.digest(serverCanary);
    QCOMPARE(digest.size(), 32);
    QCOMPARE(sealer.digest(serverCanary), digest); // deterministic: the same value, the same digest
    QVERIFY(sealer.matches(digest, serverCanary));
    QVERIFY(!sealer.matches(digest, serverCanary + u'x'));
    QVERIFY(!sealer.matches(digest.left(31), serverCanary));
    QVERIFY(!other.matches(digest, serverCanary)); // keyed: another installation cannot test guesses
    QVERIFY(!digest.contains(serverCanary.toUtf8()));
}

void TestSecretSealer::sealOpenRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("token") << typedCanary;
    QTest::newRow("empty") << QString();
    QTest::newRow("unicode") << QStringLiteral("Basic ñ€𝄞 \u0000 end");
    QTest::newRow("long") << QString(100000, u'x');
}

void TestSecretSealer::sealOpenRoundTrip()
{
    QFETCH(QString, value);
    SecretSealer sealer(nullptr);
    const QByteArray sealed = sealer.seal(value);
    QCOMPARE(sealer.open(sealed), std::optional<QString>(value));
    QVERIFY(sealer.seal(value) != sealed); // a fresh nonce each time
    if (!value.isEmpty())
        QVERIFY(!sealed.contains(value.toUtf8()));
}

void TestSecretSealer::wrongKeyFailsCleanly()
{
    KeptSecretStore store; // persistent, so typed values are sealed
    KeptSecretStore otherStore; // another installation, or a keychain that lost its entry
    const std::unique_ptr<SecretSealer> sealer = readySealer(&store);
    const std::unique_ptr<SecretSealer> other = readySealer(&otherStore);
    const QByteArray sealed = sealer->seal(typedCanary);
    QCOMPARE(other->open(sealed), std::nullopt);
    QByteArray tampered = sealed;
    tampered[tampered.size() - 1] = char(tampered.at(tampered.size() - 1) ^ 1);
    QCOMPARE(sealer->open(tampered), std::nullopt);
    QCOMPARE(sealer->open(sealed.left(39)), std::nullopt); // shorter than nonce and tag
    QCOMPARE(sealer->open(QByteArray()), std::nullopt);

    // In an assistant: what the key cannot open stays a placeholder, nothing else is disturbed.
    Assistant edited = assistant();
    QList<CustomTool> tools = edited.customTools();
    tools[1].headers[0].value = typedCanary;
    edited.setCustomTools(tools);
    const QJsonObject stored = sealer->sealedEdit(assistant().json(), edited.json());
    const QJsonObject opened = other->rehydrated(stored, assistant().json());
    const QString value = Assistant(opened).customTools().at(1).headers.at(0).value;
    QCOMPARE(SecretPlaceholder::parse(value)->kind(), SecretPlaceholder::Kind::Sealed);
    QCOMPARE(sealer->rehydrated(stored, assistant().json()), edited.json());
}

void TestSecretSealer::keysPersistInAPersistentStore()
{
    KeptSecretStore store;
    const std::unique_ptr<SecretSealer> first = readySealer(&store);
    QVERIFY(first->isReady());
    QVERIFY(first->isPersistent());
    const QByteArray sealed = first->seal(typedCanary);
    const QByteArray digest = first->digest(serverCanary);
    QVERIFY(!storedKeys(&store).isEmpty());

    // The next session finds the same keys.
    const std::unique_ptr<SecretSealer> next = readySealer(&store);
    QVERIFY(next->isPersistent());
    QCOMPARE(next->open(sealed), std::optional<QString>(typedCanary));
    QVERIFY(next->matches(digest, serverCanary));

    // An entry of another format (a newer version's, a damaged one) is left alone, never overwritten.
    store.write(SecretSealer::keyAccount(), QStringLiteral("v2:something-else"));
    const std::unique_ptr<SecretSealer> confused = readySealer(&store);
    QVERIFY(confused->isReady());
    QVERIFY(!confused->isPersistent());
    QCOMPARE(storedKeys(&store), QStringLiteral("v2:something-else"));
}

void TestSecretSealer::sessionOnlyStoreWritesNothingSecret()
{
    QTemporaryDir dir;
    MemorySecretStore store;
    const std::unique_ptr<SecretSealer> sealer = readySealer(&store);
    QVERIFY(sealer->isReady());
    QVERIFY(!sealer->isPersistent());
    QSignalSpy notKept(sealer.get(), &SecretSealer::typedSecretNotKept);
    DraftStore drafts(dir.path(), sealer.get());

    Assistant edited = assistant();
    edited.setPrompt(QStringLiteral("A new prompt."));
    QList<CustomTool> tools = edited.customTools();
    tools[1].headers[0].value = typedCanary;
    edited.setCustomTools(tools);
    const Draft draft{QStringLiteral("c"), QStringLiteral("a1"), assistant(), edited, QDateTime::currentDateTimeUtc()};
    QVERIFY(drafts.save(draft));
    QVERIFY(drafts.save(draft));
    QCOMPARE(notKept.size(), 1); // said once, not at every draft

    for (const QString &secret : {serverCanary, typedCanary, QStringLiteral("austin-north")}) {
        QCOMPARE(filesHolding(dir.path(), secret.toUtf8()), QStringList());
        QCOMPARE(filesHolding(dir.path(), secret.toUtf8().toBase64()), QStringList());
    }
    // The keys themselves stay in the (in-memory) store: not in a file, in no encoding.
    const QString keys = storedKeys(&store);
    QVERIFY(keys.startsWith(QLatin1String("v1:")));
    for (const QString &part : keys.split(u':').mid(1)) {
        QCOMPARE(filesHolding(dir.path(), part.toLatin1()), QStringList());
        QCOMPARE(filesHolding(dir.path(), QByteArray::fromBase64(part.toLatin1())), QStringList());
    }

    // The typed value is left out; the others are digests the prompt goes with.
    const Draft loaded = *drafts.load(QStringLiteral("c"), QStringLiteral("a1"));
    QCOMPARE(loaded.edited.prompt(), QStringLiteral("A new prompt."));
    QCOMPARE(loaded.edited.customTools().at(1).headers.at(0).value, SecretPlaceholder::withheld().toString());
    const Draft restored = drafts.rehydrated(loaded, assistant());
    QCOMPARE(restored.base, assistant()); // this session still holds the digest key
    QCOMPARE(restored.edited.customTools().at(0).headers.at(0).value, serverCanary);
    QCOMPARE(restored.edited.customTools().at(1).headers.at(0).value, SecretPlaceholder::withheld().toString());
}

void TestSecretSealer::redactedKeepsOnlyDigests()
{
    SecretSealer sealer(nullptr);
    const QJsonObject redacted = sealer.redacted(assistant().json());
    QVERIFY(!QJsonDocument(redacted).toJson().contains(serverCanary.toUtf8()));
    int digests = 0;
    SecretFields::visit(redacted, [&digests](const SecretLocation &, const QString &value) {
        const std::optional<SecretPlaceholder> placeholder = SecretPlaceholder::parse(value);
        digests += placeholder && placeholder->kind() == SecretPlaceholder::Kind::Digest;
    });
    QCOMPARE(digests, 4);
    QCOMPARE(sealer.redacted(redacted), redacted); // placeholders pass through
    QCOMPARE(sealer.rehydrated(redacted, assistant().json()), assistant().json());
    // A patch body has the same top-level keys: the journal redacts it the same way.
    const QJsonObject patch{{QStringLiteral("custom_tools"), assistant().value(QStringLiteral("custom_tools"))},
                            {QStringLiteral("name"), QStringLiteral("n")}};
    const QJsonObject redactedPatch = sealer.redacted(patch);
    QCOMPARE(redactedPatch.value(u"name"), QJsonValue(QStringLiteral("n")));
    QVERIFY(SecretFields::firstPlaceholder(redactedPatch));
    QVERIFY(!SecretFields::firstPlaceholder(patch));
}

QTEST_GUILESS_MAIN(TestSecretSealer)
#include "TestSecretSealer.moc"
