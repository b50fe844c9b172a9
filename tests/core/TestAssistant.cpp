// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Assistant.h"
#include "core/AssistantJson.h"
#include "core/AssistantSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

QJsonObject seedJson()
{
    return QJsonDocument::fromJson(readFile(QStringLiteral(REVOX_TEST_DATA "/seed-assistant.json"))).object();
}

// The value at a catalogue path, following the first element of every list ("custom_tools[].name").
QJsonValue valueAt(const QJsonObject &root, const QString &path)
{
    QJsonValue current = root;
    for (QString segment : path.split(QLatin1Char('.'))) {
        const bool list = segment.endsWith(QLatin1String("[]"));
        if (list)
            segment.chop(2);
        current = current.toObject().value(segment);
        if (list)
            current = current.toArray().first();
    }
    return current;
}

// Keys the newer API already returns; this version must carry them through untouched.
QJsonObject withUnknownKeys(QJsonObject json)
{
    json.insert(u"stt_model", QStringLiteral("nova-3"));
    json.insert(u"type", QStringLiteral("standalone"));
    json.insert(u"transfer_destinations",
                QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("Front desk")},
                                       {QStringLiteral("phone_number"), QStringLiteral("+33142685300")}}});
    json.insert(
        u"prompt_flow",
        QJsonObject{{QStringLiteral("nodes"), QJsonArray{1, 2, 3}}, {QStringLiteral("big"), 9007199254740991LL}});
    QJsonObject voice = json.value(u"voice").toObject();
    voice.insert(u"model", QStringLiteral("sonic-2"));
    json.insert(u"voice", voice);
    QJsonObject model = json.value(u"llm_model").toObject();
    model.insert(u"temperature", 0.3);
    json.insert(u"llm_model", model);
    return json;
}

} // namespace

class TestAssistant : public QObject
{
    Q_OBJECT
private slots:
    void roundTripEveryField_data();
    void roundTripEveryField();
    void int53Survives();
    void integerOutsideInt64Saturates_data();
    void integerOutsideInt64Saturates();
    void typedAccessorsReadTheSeed();
    void unknownKeysSurviveEdits();
    void nestedTypesRoundTrip_data();
    void nestedTypesRoundTrip();
    void settersClearToNull();
    void llmModelSwitchesVariant();
    void decodeErrors_data();
    void decodeErrors();
};

void TestAssistant::roundTripEveryField_data()
{
    QTest::addColumn<QString>("path");
    for (const FieldSpec &spec : AssistantSchema::fields())
        QTest::newRow(qPrintable(spec.path)) << spec.path;
}

void TestAssistant::roundTripEveryField()
{
    QFETCH(QString, path);
    QJsonObject seed = seedJson();
    if (path.startsWith(u"llm_model.openrouter")) // the seed shows the other variant of the union
        seed.insert(u"llm_model",
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("openrouter")},
                                {QStringLiteral("openrouter_model_id"), QStringLiteral("openai/gpt-4.1")},
                                {QStringLiteral("openrouter_provider"), QStringLiteral("nebius")}});
    // Newer than the seed example; the SDK shows them.
    if (path.startsWith(u"llm_model.provider") || path.startsWith(u"llm_model.realtime"))
        seed.insert(u"llm_model",
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("realtime")},
                                {QStringLiteral("provider"), QStringLiteral("openai")},
                                {QStringLiteral("realtime_model_id"), QStringLiteral("gpt-realtime")},
                                {QStringLiteral("realtime_voice_id"), QStringLiteral("marin")}});
    if (path.startsWith(u"created_by"))
        seed.insert(u"created_by",
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("u1")},
                                {QStringLiteral("email"), QStringLiteral("ada@example.com")},
                                {QStringLiteral("first_name"), QStringLiteral("Ada")},
                                {QStringLiteral("last_name"), QStringLiteral("Lovelace")}});
    const QByteArray wire = "{\"assistant\":" + QJsonDocument(seed).toJson() + "}";
    const std::optional<Assistant> decoded = AssistantJson::decodeWrappedAssistant(wire);
    QVERIFY(decoded);
    const QJsonObject reencoded = QJsonDocument::fromJson(AssistantJson::encode(*decoded)).object();
    const QJsonValue original = valueAt(seed, path);
    QVERIFY2(!original.isUndefined(), "the seed example (or its variants above) holds every catalogued field");
    QCOMPARE(valueAt(reencoded, path), original);
}

void TestAssistant::int53Survives()
{
    const QByteArray wire = R"({"id":"a","first_sentence_delay_ms":-9007199254740991,"x":9007199254740991})";
    const std::optional<Assistant> assistant = AssistantJson::decodeAssistant(wire);
    QVERIFY(assistant);
    QCOMPARE(assistant->firstSentenceDelayMs(), std::optional<qint64>(-9007199254740991LL));
    const QByteArray encoded = AssistantJson::encode(*assistant);
    QVERIFY2(encoded.contains("-9007199254740991"), encoded.constData());
    QVERIFY2(encoded.contains("\"x\":9007199254740991"), encoded.constData());
}

// Found by tests/fuzz: qint64(1e300) is undefined behaviour; the reading saturates instead.
void TestAssistant::integerOutsideInt64Saturates_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("2^63 - 1 (a double: 2^63)")
        << QByteArray("9223372036854775807") << std::numeric_limits<qint64>::max();
    QTest::newRow("1e300") << QByteArray("1e300") << std::numeric_limits<qint64>::max();
    QTest::newRow("-1e300") << QByteArray("-1e300") << std::numeric_limits<qint64>::min();
    QTest::newRow("-2^63") << QByteArray("-9223372036854775808") << std::numeric_limits<qint64>::min();
    QTest::newRow("fraction") << QByteArray("1234.75") << qint64(1234);
}

void TestAssistant::integerOutsideInt64Saturates()
{
    QFETCH(QByteArray, number);
    QFETCH(qint64, expected);
    const std::optional<Assistant> assistant
        = AssistantJson::decodeAssistant("{\"first_sentence_delay_ms\":" + number + "}");
    QVERIFY(assistant);
    QCOMPARE(assistant->firstSentenceDelayMs(), std::optional<qint64>(expected));
}

void TestAssistant::typedAccessorsReadTheSeed()
{
    const Assistant a(seedJson());
    QCOMPARE(a.id(), QStringLiteral("id"));
    QCOMPARE(a.organizationId(), QStringLiteral("organization_id"));
    QCOMPARE(a.name(), QStringLiteral("name"));
    QCOMPARE(a.prompt(), QStringLiteral("prompt"));
    QCOMPARE(a.createdAt(), QJsonValue(QJsonObject()));
    QCOMPARE(a.pendingFaqCount(), std::optional<double>(0));
    QCOMPARE(a.afterCallSmsPrompt(), std::optional<QString>(QStringLiteral("after_call_sms_prompt")));
    QCOMPARE(a.backgroundSound(), std::optional<QString>(QStringLiteral("audio/office.ogg")));
    QCOMPARE(a.backgroundSoundVolume(), std::optional<double>(0));
    QCOMPARE(a.calendly()->connectionId, QStringLiteral("connection_id"));
    QCOMPARE(a.calendly()->eventTypeId, QStringLiteral("event_type_id"));
    const CallRetryConfig retry = *a.callRetryConfig();
    QCOMPARE(retry.allowedDays, std::optional<QStringList>(QStringList{QStringLiteral("monday")}));
    QCOMPARE(retry.callTwiceInARow, std::optional<bool>(true));
    QCOMPARE(retry.callingWindows.size(), 1);
    QCOMPARE(retry.callingWindows.first().startTime, QStringLiteral("calling_window_start_time"));
    QCOMPARE(retry.callingWindows.first().endTime, QStringLiteral("calling_window_end_time"));
    QCOMPARE(retry.callingWindows.first().retryDelaySeconds, 1);
    QCOMPARE(retry.maxRetryAttempts, 1);
    QCOMPARE(retry.timezone, std::optional<QString>(QStringLiteral("timezone")));
    const CustomTool tool = a.customTools().first();
    QCOMPARE(tool.bodyTemplate, std::optional<QString>(QStringLiteral("body_template")));
    QCOMPARE(tool.description, QStringLiteral("x"));
    QCOMPARE(tool.headers.first().key, QStringLiteral("x"));
    QCOMPARE(tool.headers.first().value, QStringLiteral("value"));
    QCOMPARE(tool.queryParams.first().key, QStringLiteral("x"));
    QCOMPARE(tool.inputSchema.first().name, QStringLiteral("x"));
    QCOMPARE(tool.inputSchema.first().required, true);
    QCOMPARE(tool.inputSchema.first().type, QStringLiteral("string"));
    QCOMPARE(tool.inputSchema.first().description, std::optional<QString>(QStringLiteral("description")));
    QCOMPARE(tool.inputSchema.first().enumOptions, std::optional<QStringList>(QStringList{QStringLiteral("string")}));
    QCOMPARE(tool.method, QStringLiteral("GET"));
    QCOMPARE(tool.name, QStringLiteral("name"));
    QCOMPARE(tool.url, QStringLiteral("x"));
    QCOMPARE(a.emailNotificationAddress(), std::optional<QString>(QStringLiteral("dev@stainless.com")));
    QCOMPARE(a.emailNotificationOutcomes(), QStringList{QStringLiteral("not_interested")});
    QCOMPARE(a.endOfCallSentence(), std::optional<QString>(QStringLiteral("end_of_call_sentence")));
    QCOMPARE(a.firstSentence(), std::optional<QString>(QStringLiteral("first_sentence")));
    QCOMPARE(a.firstSentenceMode(), QStringLiteral("generated"));
    QCOMPARE(a.fromPhoneNumber(), std::optional<QString>(QStringLiteral("from_phone_number")));
    QCOMPARE(a.humanTransferMode(), std::optional<QString>(QStringLiteral("warm")));
    QCOMPARE(a.ivrNavigationEnabled(), std::optional<bool>(true));
    QCOMPARE(a.llmModel()->type, QStringLiteral("dedicated-instance"));
    QCOMPARE(a.llmModel()->name, QStringLiteral("gpt-4.1"));
    QCOMPARE(a.maxCallDurationSecs(), std::optional<double>(0));
    QCOMPARE(a.maxDurationEndMessage(), std::optional<QString>(QStringLiteral("max_duration_end_message")));
    QCOMPARE(a.smsEnabled(), std::optional<bool>(true));
    QCOMPARE(a.smsTemplate(), std::optional<QString>(QStringLiteral("sms_template")));
    const TypedParameter output = a.structuredOutputConfig()->first();
    QCOMPARE(output.name, QStringLiteral("x"));
    QCOMPARE(output.type, QStringLiteral("string"));
    QCOMPARE(a.structuredOutputPrompt(), std::optional<QString>(QStringLiteral("structured_output_prompt")));
    QCOMPARE(a.thinkingSound(), std::optional<QString>(QStringLiteral("city-ambience.ogg")));
    QCOMPARE(a.thinkingSoundProbability(), std::optional<double>(0));
    QCOMPARE(a.thinkingSoundVolume(), std::optional<double>(0));
    QCOMPARE(a.transferPhoneNumber(), std::optional<QString>(QStringLiteral("transfer_phone_number")));
    QCOMPARE(a.voice()->id, QStringLiteral("x"));
    QCOMPARE(a.voice()->provider, QStringLiteral("cartesia"));
    QCOMPARE(a.voice()->speed, std::optional<double>(0.6));
    QCOMPARE(a.voice()->volume, std::optional<double>(0.5));
    QCOMPARE(a.voicemailMessage(), std::optional<QString>(QStringLiteral("voicemail_message")));
    QCOMPARE(a.voicemailSmsPrompt(), std::optional<QString>(QStringLiteral("voicemail_sms_prompt")));
    QCOMPARE(a.warmTransferSummaryInstructions(),
             std::optional<QString>(QStringLiteral("warm_transfer_summary_instructions")));
    QCOMPARE(a.webhookUrl(), std::optional<QString>(QStringLiteral("webhook_url")));
    const FaqItem faq = a.faqItems().first();
    QCOMPARE(faq.question, QStringLiteral("question"));
    QCOMPARE(faq.answer, QStringLiteral("answer"));
    QCOMPARE(faq.id, std::optional<QString>(QStringLiteral("id")));
    QCOMPARE(faq.needsHumanAnswer, std::optional<bool>(true));
    QCOMPARE(faq.source, std::optional<QString>(QStringLiteral("human")));
    QVERIFY(a.unknownKeys().isEmpty());
}

void TestAssistant::unknownKeysSurviveEdits()
{
    const QJsonObject original = withUnknownKeys(seedJson());
    Assistant a(original);
    QCOMPARE(a.unknownKeys(),
             (QStringList{QStringLiteral("prompt_flow"), QStringLiteral("stt_model"),
                          QStringLiteral("transfer_destinations"), QStringLiteral("type")}));

    // Edit through the typed API, including the nested objects that carry unknown members.
    a.setName(QStringLiteral("Renamed"));
    Voice voice = *a.voice();
    voice.speed = 1.1;
    a.setVoice(voice);
    LlmModel model = *a.llmModel();
    model.name = QStringLiteral("ministral-3-8b-instruct");
    a.setLlmModel(model);
    QList<CustomTool> tools = a.customTools();
    tools.first().headers.first().value = QStringLiteral("secret");
    a.setCustomTools(tools);

    const QJsonObject encoded = QJsonDocument::fromJson(AssistantJson::encode(a)).object();
    for (const QString &key : {QStringLiteral("stt_model"), QStringLiteral("type"),
                               QStringLiteral("transfer_destinations"), QStringLiteral("prompt_flow")})
        QCOMPARE(encoded.value(key), original.value(key));
    QCOMPARE(encoded.value(u"voice").toObject().value(u"model"), QJsonValue(QStringLiteral("sonic-2")));
    QCOMPARE(encoded.value(u"voice").toObject().value(u"speed"), QJsonValue(1.1));
    QCOMPARE(encoded.value(u"llm_model").toObject().value(u"temperature"), QJsonValue(0.3));
    QCOMPARE(encoded.value(u"prompt_flow").toObject().value(u"big").toInteger(), 9007199254740991LL);

    // Everything not edited is byte-for-byte the same value.
    QJsonObject expected = original;
    expected.insert(u"name", QStringLiteral("Renamed"));
    expected.insert(u"voice", encoded.value(u"voice"));
    expected.insert(u"llm_model", encoded.value(u"llm_model"));
    expected.insert(u"custom_tools", encoded.value(u"custom_tools"));
    QCOMPARE(encoded, expected);
}

void TestAssistant::nestedTypesRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    for (const char *path : {"voice", "llm_model", "calendly", "call_retry_config", "custom_tools[]", "faq_items[]",
                             "structured_output_config[]", "call_retry_config.calling_windows[]",
                             "custom_tools[].headers[]", "custom_tools[].input_schema[]"})
        QTest::newRow(path) << QString::fromLatin1(path);
}

void TestAssistant::nestedTypesRoundTrip()
{
    QFETCH(QString, path);
    const QJsonObject object = valueAt(withUnknownKeys(seedJson()), path).toObject();
    QVERIFY(!object.isEmpty());
    QJsonObject again;
    if (path == u"voice")
        again = Voice::fromJson(object).toJson();
    else if (path == u"llm_model")
        again = LlmModel::fromJson(object).toJson();
    else if (path == u"calendly")
        again = Calendly::fromJson(object).toJson();
    else if (path == u"call_retry_config")
        again = CallRetryConfig::fromJson(object).toJson();
    else if (path == u"custom_tools[]")
        again = CustomTool::fromJson(object).toJson();
    else if (path == u"faq_items[]")
        again = FaqItem::fromJson(object).toJson();
    else if (path.endsWith(u"calling_windows[]"))
        again = CallingWindow::fromJson(object).toJson();
    else if (path.endsWith(u"headers[]"))
        again = KeyValue::fromJson(object).toJson();
    else
        again = TypedParameter::fromJson(object).toJson();
    QCOMPARE(again, object);

    // A sparse object gains no keys on the way through.
    QJsonObject sparse{{QStringLiteral("unknown_member"), 1}};
    QCOMPARE(CustomTool::fromJson(sparse).toJson(), sparse);
    QCOMPARE(CallRetryConfig::fromJson(sparse).toJson(), sparse);
    QCOMPARE(FaqItem::fromJson(sparse).toJson(), sparse);
    QCOMPARE(TypedParameter::fromJson(sparse).toJson(), sparse);
    QCOMPARE(Voice::fromJson(sparse).toJson(), sparse);
}

void TestAssistant::settersClearToNull()
{
    Assistant a(seedJson());
    a.setWebhookUrl(std::nullopt);
    a.setCalendly(std::nullopt);
    a.setVoice(std::nullopt);
    a.setStructuredOutputConfig(std::nullopt);
    QVERIFY(a.value(QStringLiteral("webhook_url")).isNull());
    QVERIFY(a.value(QStringLiteral("calendly")).isNull());
    QVERIFY(!a.voice());
    QVERIFY(!a.structuredOutputConfig());

    CallRetryConfig retry = *a.callRetryConfig();
    retry.timezone.reset();
    a.setCallRetryConfig(retry);
    QVERIFY(a.value(QStringLiteral("call_retry_config")).toObject().value(u"timezone").isNull());

    Voice voice = Voice::fromJson(seedJson().value(u"voice").toObject());
    voice.speed.reset(); // key-optional, not nullable: the key goes
    QVERIFY(!voice.toJson().contains(u"speed"));
}

void TestAssistant::llmModelSwitchesVariant()
{
    LlmModel model = LlmModel::fromJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("dedicated-instance")},
                                                    {QStringLiteral("name"), QStringLiteral("gpt-4.1")}});
    model.type = QStringLiteral("openrouter");
    model.openrouterModelId = QStringLiteral("openai/gpt-4.1");
    model.openrouterProvider = QStringLiteral("azure");
    const QJsonObject json = model.toJson();
    QCOMPARE(json,
             (QJsonObject{{QStringLiteral("type"), QStringLiteral("openrouter")},
                          {QStringLiteral("openrouter_model_id"), QStringLiteral("openai/gpt-4.1")},
                          {QStringLiteral("openrouter_provider"), QStringLiteral("azure")}}));

    // To the realtime variant and back: each carries its own members only.
    model.type = QStringLiteral("realtime");
    model.provider = QStringLiteral("google");
    model.realtimeModelId = QStringLiteral("gemini-live-2.5-flash");
    model.realtimeVoiceId = QStringLiteral("Puck");
    const QJsonObject realtime = model.toJson();
    QCOMPARE(realtime,
             (QJsonObject{{QStringLiteral("type"), QStringLiteral("realtime")},
                          {QStringLiteral("provider"), QStringLiteral("google")},
                          {QStringLiteral("realtime_model_id"), QStringLiteral("gemini-live-2.5-flash")},
                          {QStringLiteral("realtime_voice_id"), QStringLiteral("Puck")}}));
    QCOMPARE(LlmModel::fromJson(realtime), model);
    LlmModel back = LlmModel::fromJson(realtime);
    back.type = QStringLiteral("dedicated-instance");
    back.name = QStringLiteral("gpt-4.1");
    QCOMPARE(back.toJson(),
             (QJsonObject{{QStringLiteral("type"), QStringLiteral("dedicated-instance")},
                          {QStringLiteral("name"), QStringLiteral("gpt-4.1")}}));
}

void TestAssistant::decodeErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << QByteArray(R"({"assistant":{"id":"a")") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("html") << QByteArray("<html>502</html>") << QStringLiteral("not valid JSON");
    QTest::newRow("no wrapper") << QByteArray(R"({"id":"a"})") << QStringLiteral("no \"assistant\" object");
    QTest::newRow("wrapper not object") << QByteArray(R"({"assistant":"a"})")
                                        << QStringLiteral("no \"assistant\" object");
}

void TestAssistant::decodeErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!AssistantJson::decodeWrappedAssistant(body, &error));
    QVERIFY2(error.contains(message), qPrintable(error));

    QVERIFY(!AssistantJson::decodeAssistantList(R"({"assistants":[{"id":"a"},3]})", &error));
    QVERIFY2(error.contains(QLatin1String("Item 1")), qPrintable(error));
    QVERIFY(!AssistantJson::decodeAssistantList(R"({"items":[]})", &error));
    QCOMPARE(AssistantJson::decodeAssistantList(R"({"assistants":[{"id":"a"},{"id":"b"}]})")->size(), 2);
}

QTEST_GUILESS_MAIN(TestAssistant)
#include "TestAssistant.moc"
