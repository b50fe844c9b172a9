// SPDX-License-Identifier: GPL-3.0-or-later
// The file format for git (AssistantFile, CanonicalJson) and bundles (AssistantBundle): names, canonical
// text, secrets as references or markers, what people do to the files, and what is refused with which words.
#include "core/AssistantBundle.h"
#include "core/AssistantFile.h"
#include "core/AssistantSchema.h"
#include "core/CanonicalJson.h"
#include "core/SecretFields.h"
#include "core/SecretPlaceholder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QList<QJsonObject> samples()
{
    QList<QJsonObject> all;
    QFile sample(QStringLiteral(REVOX_SAMPLE_DATA "/sample-assistants.json"));
    if (sample.open(QIODevice::ReadOnly)) {
        for (const QJsonValue &item : QJsonDocument::fromJson(sample.readAll()).object().value(u"assistants").toArray())
            all.append(item.toObject());
    }
    QFile seed(QStringLiteral(REVOX_TEST_DATA "/seed-assistant.json"));
    if (seed.open(QIODevice::ReadOnly))
        all.append(QJsonDocument::fromJson(seed.readAll()).object());
    return all;
}

// What pull keeps in a file: each secret a reference, the fields the server owns left out (the ID stays).
QJsonObject fileForm(const QJsonObject &assistant)
{
    const QString id = assistant.value(u"id").toString();
    QJsonObject json = SecretFields::replaced(assistant, [&id](const SecretLocation &where, const QString &value) {
        return value.isEmpty() ? value
                               : SecretPlaceholder::reference(AssistantFile::referenceName(id, where)).toString();
    });
    for (const QString &key : json.keys()) {
        if (key != u"id" && AssistantSchema::isReadOnlyKey(key))
            json.remove(key);
    }
    return json;
}

QStringList problems(const AssistantFile::Parsed &parsed)
{
    QStringList lines;
    for (const FolderIssue &issue : parsed.issues)
        lines.append(issue.text());
    return lines;
}

} // namespace

class TestAssistantFile : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void referenceNames();
    void roundTripsEverySample();
    void canonicalText();
    void numbersAndStrings_data();
    void numbersAndStrings();
    void whatPeopleDoToFiles();
    void refusals_data();
    void refusals();
    void lineEndingsNeverDiffer();
    void byteOrderMarksInsideAreText();
    void bundleRedactsAndRefuses();
};

void TestAssistantFile::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("stem");
    QTest::newRow("words") << "Brightsmile Dental – Appointment Reminders"
                           << "4f1c-9a"
                           << "brightsmile-dental-appointment-reminders--4f1c-9a";
    QTest::newRow("accents") << "Zürich Café (Réservations)"
                             << "x"
                             << "zurich-cafe-reservations--x";
    QTest::newRow("nothing left") << "———"
                                  << "x"
                                  << "assistant--x";
    QTest::newRow("empty") << ""
                           << "x"
                           << "assistant--x";
    QTest::newRow("id made safe") << "A"
                                  << "a/b c:d"
                                  << "a--a_b_c_d";
    QTest::newRow("new") << "Brand New"
                         << ""
                         << "brand-new";
    QTest::newRow("long") << QStringLiteral("word ").repeated(20) << "x"
                          << QStringLiteral("word-").repeated(12).chopped(1) + QStringLiteral("--x");
}

void TestAssistantFile::names()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QFETCH(QString, stem);
    QCOMPARE(AssistantFile::stemFor(name, id), stem);
}

void TestAssistantFile::referenceNames()
{
    const QJsonObject json{
        {QStringLiteral("custom_tools"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("book_slot")},
                                {QStringLiteral("headers"),
                                 QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("Authorization")},
                                                        {QStringLiteral("value"), QStringLiteral("a")}},
                                            QJsonObject{{QStringLiteral("key"), QStringLiteral("Authorization")},
                                                        {QStringLiteral("value"), QStringLiteral("b")}}}},
                                {QStringLiteral("query_params"),
                                 QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("api \"key\"")},
                                                        {QStringLiteral("value"), QStringLiteral("c")}}}}}}}};
    QStringList names;
    SecretFields::visit(json, [&names](const SecretLocation &where, const QString &) {
        names.append(AssistantFile::referenceName(QStringLiteral("asst"), where));
    });
    QCOMPARE(names,
             QStringList({QStringLiteral("asst/custom_tools/book_slot/headers/Authorization"),
                          QStringLiteral("asst/custom_tools/book_slot/headers/Authorization#1"),
                          QStringLiteral("asst/custom_tools/book_slot/query_params/api \"key\"")}));
}

void TestAssistantFile::roundTripsEverySample()
{
    const QList<QJsonObject> all = samples();
    QVERIFY(all.size() > 5);
    for (const QJsonObject &assistant : all) {
        const QJsonObject kept = fileForm(assistant);
        const AssistantFile::Content content = AssistantFile::render(kept);
        QVERIFY(content.prompt.has_value() == assistant.value(u"prompt").isString());
        QVERIFY(!content.json.contains("\"prompt\""));
        const AssistantFile::Parsed parsed = AssistantFile::parse(
            content.json, content.prompt, QStringLiteral("a.json"), QStringLiteral("a.prompt.md"));
        QVERIFY2(parsed.issues.isEmpty(), qPrintable(problems(parsed).join(u'\n')));
        QCOMPARE(*parsed.json, kept);
        // The same content, the same bytes.
        QCOMPARE(AssistantFile::render(*parsed.json).json, content.json);
        // No value of a secret in the file; its reference instead.
        SecretFields::visit(assistant, [&content](const SecretLocation &, const QString &value) {
            QVERIFY(value.isEmpty()
                    || !content.json.contains(QByteArray("\"value\": " + CanonicalJson::scalar(value))));
        });
    }
}

void TestAssistantFile::canonicalText()
{
    QJsonObject assistant{
        {QStringLiteral("zeta"), 1},
        {QStringLiteral("prompt"), QStringLiteral("Line one\nLine two")},
        {QStringLiteral("alpha"), QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), QJsonArray()}}},
        {QStringLiteral("name"), QStringLiteral("N")},
        {QStringLiteral("id"), QStringLiteral("x")},
        {QStringLiteral("updated_at"), QStringLiteral("2026-01-01T00:00:00Z")},
        {QStringLiteral("voice"),
         QJsonObject{{QStringLiteral("speed"), 1.1},
                     {QStringLiteral("new_member"), true},
                     {QStringLiteral("id"), QStringLiteral("v")},
                     {QStringLiteral("provider"), QStringLiteral("cartesia")}}},
        {QStringLiteral("email_notification_outcomes"), QJsonArray{QStringLiteral("none")}}};
    const AssistantFile::Content content = AssistantFile::render(assistant);
    QCOMPARE(content.prompt, std::optional<QByteArray>("Line one\nLine two\n"));
    QCOMPARE(content.json, QByteArray(R"({
  "id": "x",
  "name": "N",
  "voice": {
    "provider": "cartesia",
    "id": "v",
    "speed": 1.1,
    "new_member": true
  },
  "email_notification_outcomes": [
    "none"
  ],
  "alpha": {
    "a": [],
    "b": 1
  },
  "zeta": 1
}
)"));
}

void TestAssistantFile::numbersAndStrings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("whole") << QByteArray("600") << QByteArray("600");
    QTest::newRow("whole as double") << QByteArray("600.0") << QByteArray("600");
    QTest::newRow("fraction") << QByteArray("0.1") << QByteArray("0.1");
    QTest::newRow("int53") << QByteArray("9007199254740993") << QByteArray("9007199254740993");
    QTest::newRow("huge") << QByteArray("1e300") << QByteArray("1e+300");
    QTest::newRow("negative") << QByteArray("-2.5") << QByteArray("-2.5");
    QTest::newRow("escapes") << QByteArray(R"("a\"b\\c\n\r\t\u0001\u001f")")
                             << QByteArray(R"("a\"b\\c\n\r\t\u0001\u001f")");
    QTest::newRow("unicode kept") << QByteArray(R"("Zürich – ✓")") << QByteArray("\"Zürich – ✓\"");
    QTest::newRow("null") << QByteArray("null") << QByteArray("null");
    QTest::newRow("surrogate pair") << QByteArray(R"("\ud83d\ude00")") << QByteArray("\"\xF0\x9F\x98\x80\"");
    QTest::newRow("lone surrogates") << QByteArray(R"("\ud800 x \udfff")") << QByteArray(R"("\ud800 x \udfff")");
    QTest::newRow("U+FEFF, visible") << QByteArray(R"("a\ufeffb")") << QByteArray(R"("a\ufeffb")");
}

void TestAssistantFile::numbersAndStrings()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, written);
    const QJsonValue value = QJsonDocument::fromJson("[" + json + "]").array().first();
    QCOMPARE(CanonicalJson::scalar(value), written);
    // Reads back as the same value.
    QCOMPARE(QJsonDocument::fromJson("[" + written + "]").array().first(), value);
}

void TestAssistantFile::whatPeopleDoToFiles()
{
    const QJsonObject kept = fileForm(samples().first());
    const AssistantFile::Content content = AssistantFile::render(kept);
    // Another editor's formatting, CRLF, a byte-order mark: the same content.
    QByteArray other = QJsonDocument(QJsonDocument::fromJson(content.json).object()).toJson(QJsonDocument::Compact);
    other = "\xEF\xBB\xBF" + other;
    QByteArray prompt = *content.prompt;
    prompt.replace("\n", "\r\n");
    const AssistantFile::Parsed parsed
        = AssistantFile::parse(other, "\xEF\xBB\xBF" + prompt, QStringLiteral("a.json"), QStringLiteral("a.prompt.md"));
    QVERIFY2(parsed.issues.isEmpty(), qPrintable(problems(parsed).join(u'\n')));
    QCOMPARE(*parsed.json, kept);
    // No prompt file: no prompt key. A prompt in the JSON alone is read.
    QVERIFY(!AssistantFile::parse(content.json, std::nullopt, QStringLiteral("a.json"), QString())
                 .json->contains(u"prompt"));
    const AssistantFile::Parsed inline_ = AssistantFile::parse(R"({"name": "n", "prompt": "p"})", std::nullopt,
                                                               QStringLiteral("n.json"), QStringLiteral("n.prompt.md"));
    QCOMPARE(inline_.json->value(u"prompt").toString(), QStringLiteral("p"));
    // Carriage returns the server holds come back as they were.
    for (const QString &text : {QStringLiteral("a\r"), QStringLiteral("a\r\nb"), QStringLiteral("a\r\nb\r\n"),
                                QStringLiteral("\r\n"), QString()}) {
        const QJsonObject json{{QStringLiteral("prompt"), text}};
        const AssistantFile::Content rendered = AssistantFile::render(json);
        QCOMPARE(*AssistantFile::parse(rendered.json, rendered.prompt, QStringLiteral("r.json"),
                                       QStringLiteral("r.prompt.md"))
                      .json,
                 json);
    }
    // A prompt that ends with a newline keeps it.
    QCOMPARE(AssistantFile::parse("{}", QByteArray("p\n\n"), QStringLiteral("e.json"), QStringLiteral("e.prompt.md"))
                 .json->value(u"prompt")
                 .toString(),
             QStringLiteral("p\n"));
}

void TestAssistantFile::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::newRow("malformed") << QByteArray("{\n  \"name\": \"x\"\n  \"prompt\": 1\n}")
                               << "f.json: not valid JSON at line 3, column";
    QTest::newRow("list") << QByteArray("[{}]") << "f.json: must hold one JSON object";
    QTest::newRow("value") << QByteArray("\"text\"") << "f.json: not valid JSON";
    QTest::newRow("id not text") << QByteArray(R"({"id": 7})")
                                 << "f.json: id: the ID must be the assistant's ID as text";
    QTest::newRow("prompt twice") << QByteArray(R"({"prompt": "p"})")
                                  << "f.json: prompt: the prompt is also in f.prompt.md";
    QTest::newRow("reference shape") << QByteArray(
        R"({"custom_tools": [{"headers": [{"key": "k", "value": {"$secret": 1}}]}]})")
                                     << "f.json: custom_tools[0].headers[0].value: a secret is text or a reference";
    QTest::newRow("reference elsewhere") << QByteArray(R"({"webhook_url": {"$secret": "x"}})")
                                         << "f.json: webhook_url: a secret reference belongs only in";
    QTest::newRow("field the server owns")
        << QByteArray(R"({"name": "n", "created_at": "2026-01-01T00:00:00Z"})")
        << "f.json: created_at: set by the server, so never sent from a file: remove it";
    QTest::newRow("reference in unknown")
        << QByteArray(R"({"future": [{"$secret": "x"}]})") << "f.json: future[0]: a secret reference belongs only in";
}

void TestAssistantFile::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const bool withPrompt = QByteArray(QTest::currentDataTag()) == "prompt twice";
    const AssistantFile::Parsed parsed
        = AssistantFile::parse(json, withPrompt ? std::optional<QByteArray>("p\n") : std::nullopt,
                               QStringLiteral("f.json"), QStringLiteral("f.prompt.md"));
    QVERIFY(!parsed.json);
    QVERIFY2(problems(parsed).join(u'\n').startsWith(problem), qPrintable(problems(parsed).join(u'\n')));
}

void TestAssistantFile::lineEndingsNeverDiffer()
{
    const QJsonObject crlf{{QStringLiteral("prompt"), QStringLiteral("a\r\nb")},
                           {QStringLiteral("faq_items"),
                            QJsonArray{QJsonObject{{QStringLiteral("answer"), QStringLiteral("x\r\ny\r\n")}}}},
                           {QStringLiteral("n"), 1}};
    const QJsonObject lf{
        {QStringLiteral("prompt"), QStringLiteral("a\nb")},
        {QStringLiteral("faq_items"), QJsonArray{QJsonObject{{QStringLiteral("answer"), QStringLiteral("x\ny\n")}}}},
        {QStringLiteral("n"), 1}};
    QCOMPARE(CanonicalJson::withLfLineEndings(crlf), lf);
    QCOMPARE(CanonicalJson::withLfLineEndings(lf), lf);
    QCOMPARE(CanonicalJson::withLfLineEndings(QJsonValue(QStringLiteral("a\rb"))), QJsonValue(QStringLiteral("a\rb")));
}

void TestAssistantFile::byteOrderMarksInsideAreText()
{
    // Qt's reader drops a U+FEFF that opens a string (found by fuzzing): every one inside the text is kept,
    // however it is written, in the JSON, in a key, in the prompt file and in a bundle. So is a lone surrogate.
    const QString mark(QChar(0xFEFF));
    const QString lone(QChar(0xD800));
    const QStringList texts{mark, mark + u"Hola", mark + mark + u"Hola", u"Hola" + mark, QString(), lone + u"Hola"};
    for (const QString &text : texts) {
        const QJsonObject json{{QStringLiteral("name"), text}, {QStringLiteral("prompt"), text}, {mark + u"key", text}};
        const AssistantFile::Content rendered = AssistantFile::render(json);
        QVERIFY2(!rendered.json.contains("\xEF\xBB\xBF"), rendered.json.constData());
        const AssistantFile::Parsed parsed = AssistantFile::parse(
            rendered.json, rendered.prompt, QStringLiteral("b.json"), QStringLiteral("b.prompt.md"));
        QVERIFY2(parsed.json, qPrintable(problems(parsed).join(u'\n')));
        QCOMPARE(*parsed.json, json);
        const AssistantBundle::Read bundle
            = AssistantBundle::read(AssistantBundle::write({Assistant(json)}, false), QStringLiteral("b.json"));
        QCOMPARE(bundle.entries.size(), 1);
        QCOMPARE(bundle.entries.first().assistant.json(), json);
    }
    // Written raw by another tool, after the file's own mark, and in the prompt file after its own.
    const AssistantFile::Parsed raw = AssistantFile::parse("\xEF\xBB\xBF{\"name\": \"\xEF\xBB\xBFHola\"}",
                                                           QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFHola\n"),
                                                           QStringLiteral("r.json"), QStringLiteral("r.prompt.md"));
    QVERIFY2(raw.json, qPrintable(problems(raw).join(u'\n')));
    QCOMPARE(raw.json->value(u"name").toString(), mark + u"Hola");
    QCOMPARE(raw.json->value(u"prompt").toString(), mark + u"Hola");
    const AssistantFile::Parsed key = AssistantFile::parse("{\"name\": \"a\", \"\xEF\xBB\xBFx\": 1, \"zeta\": 2}",
                                                           std::nullopt, QStringLiteral("k.json"), QString());
    QVERIFY2(key.json, qPrintable(problems(key).join(u'\n')));
    QCOMPARE(key.json->value(mark + u"x"), QJsonValue(1));
    QCOMPARE(key.json->value(u"zeta"), QJsonValue(2));
    // Outside a string it is not white space in JSON, and the reader says where.
    QVERIFY(!AssistantFile::parse("{\xEF\xBB\xBF}", std::nullopt, QStringLiteral("o.json"), QString()).json);
}

void TestAssistantFile::bundleRedactsAndRefuses()
{
    QList<Assistant> assistants;
    for (const QJsonObject &json : samples())
        assistants.append(Assistant(json));
    QVERIFY(AssistantBundle::holdsSecrets(assistants));

    const QByteArray clear = AssistantBundle::write(assistants, false);
    const AssistantBundle::Read read = AssistantBundle::read(clear, QStringLiteral("b.json"));
    QVERIFY(read.issues.isEmpty());
    QCOMPARE(read.entries.size(), assistants.size());
    for (qsizetype i = 0; i < assistants.size(); ++i) {
        QVERIFY(read.entries.at(i).issues.isEmpty());
        QVERIFY(!read.entries.at(i).assistant.contains(QStringLiteral("id")));
        QCOMPARE(SecretFields::byIdentity(read.entries.at(i).assistant.json()),
                 SecretFields::byIdentity(assistants.at(i).json()));
    }

    const QByteArray redacted = AssistantBundle::write(assistants, true);
    const AssistantBundle::Read refused = AssistantBundle::read(redacted, QStringLiteral("b.json"));
    int markers = 0;
    for (qsizetype i = 0; i < refused.entries.size(); ++i) {
        const AssistantBundle::Entry &entry = refused.entries.at(i);
        SecretFields::visit(entry.assistant.json(), [&](const SecretLocation &where, const QString &value) {
            QVERIFY(value.isEmpty() || SecretPlaceholder::isPlaceholder(value)); // never sent as a value
            if (value.isEmpty())
                return;
            ++markers;
            const QString field = QStringLiteral("assistants[%1].%2").arg(i).arg(where.path);
            QVERIFY2(std::any_of(entry.issues.begin(), entry.issues.end(),
                                 [&](const FolderIssue &issue) {
                                     return issue.field == field && issue.message.contains(where.description);
                                 }),
                     qPrintable(field));
        });
    }
    QVERIFY(markers > 5);
    QVERIFY(!AssistantBundle::holdsSecrets({refused.entries.first().assistant}));
    QCOMPARE(AssistantBundle::read("{}", QStringLiteral("b.json")).issues.size(), 1);
    QCOMPARE(AssistantBundle::read("nonsense", QStringLiteral("b.json")).issues.size(), 1);
}

QTEST_GUILESS_MAIN(TestAssistantFile)
#include "TestAssistantFile.moc"
