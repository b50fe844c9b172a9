// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the decoding of response bodies (bare, wrapped, list) and every typed accessor of the result.
// Invariants: nothing crashes; encode → decode gives the same object back; unknownKeys() is exactly the
// uncatalogued keys; and for a field the server's own rules accept, reading it through its typed view
// and writing it back changes nothing that would be sent (else opening and saving an untouched assistant
// would send a patch); and every secret field (the catalogue's mark) leaves a redacted copy and comes back
// from it against the original.
#include "FuzzSupport.h"

#include "core/AssistantJson.h"
#include "core/AssistantSchema.h"
#include "core/JsonText.h"
#include "core/SecretFields.h"
#include "core/SecretPlaceholder.h"
#include "core/SecretSealer.h"
#include "core/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace {

// Reads every typed accessor once; the values are only checked for what the types promise.
void readEverything(const Assistant &a)
{
    (void)a.id();
    (void)a.organizationId();
    (void)a.createdAt();
    (void)a.updatedAt();
    (void)a.pendingFaqCount();
    (void)a.name();
    if (const auto model = a.llmModel())
        (void)model->toJson();
    (void)a.maxCallDurationSecs();
    (void)a.webhookUrl();
    if (const auto calendly = a.calendly())
        (void)calendly->toJson();
    (void)a.prompt();
    (void)a.firstSentence();
    (void)a.firstSentenceMode();
    (void)a.firstSentenceDelayMs();
    (void)a.endOfCallSentence();
    (void)a.maxDurationEndMessage();
    (void)a.structuredOutputPrompt();
    if (const auto voice = a.voice())
        (void)voice->toJson();
    (void)a.backgroundSound();
    (void)a.backgroundSoundVolume();
    (void)a.thinkingSound();
    (void)a.thinkingSoundProbability();
    (void)a.thinkingSoundVolume();
    if (const auto config = a.callRetryConfig()) {
        (void)config->toJson();
        for (const CallingWindow &window : config->callingWindows)
            (void)window.toJson();
    }
    for (const CustomTool &tool : a.customTools()) {
        (void)tool.toJson();
        for (const KeyValue &header : tool.headers)
            (void)header.toJson();
        for (const TypedParameter &parameter : tool.inputSchema)
            (void)parameter.toJson();
    }
    for (const FaqItem &item : a.faqItems())
        (void)item.toJson();
    if (const auto fields = a.structuredOutputConfig()) {
        for (const TypedParameter &field : *fields)
            (void)field.toJson();
    }
    (void)a.ivrNavigationEnabled();
    (void)a.voicemailMessage();
    (void)a.voicemailSmsPrompt();
    (void)a.smsEnabled();
    (void)a.smsTemplate();
    (void)a.afterCallSmsPrompt();
    (void)a.emailNotificationAddress();
    (void)a.emailNotificationOutcomes();
    (void)a.transferPhoneNumber();
    (void)a.humanTransferMode();
    (void)a.warmTransferSummaryInstructions();
    (void)a.fromPhoneNumber();
}

struct Rewrite
{
    const char *key;
    std::function<void(Assistant &)> apply; // reads the field through its typed view and writes it back
};

const std::vector<Rewrite> &rewrites()
{
    static const std::vector<Rewrite> list = {
        {"name", [](Assistant &a) { a.setName(a.name()); }},
        {"llm_model", [](Assistant &a) { a.setLlmModel(*a.llmModel()); }},
        {"max_call_duration_secs", [](Assistant &a) { a.setMaxCallDurationSecs(*a.maxCallDurationSecs()); }},
        {"webhook_url", [](Assistant &a) { a.setWebhookUrl(a.webhookUrl()); }},
        {"calendly", [](Assistant &a) { a.setCalendly(a.calendly()); }},
        {"prompt", [](Assistant &a) { a.setPrompt(a.prompt()); }},
        {"first_sentence", [](Assistant &a) { a.setFirstSentence(a.firstSentence()); }},
        {"first_sentence_mode", [](Assistant &a) { a.setFirstSentenceMode(a.firstSentenceMode()); }},
        {"first_sentence_delay_ms", [](Assistant &a) { a.setFirstSentenceDelayMs(*a.firstSentenceDelayMs()); }},
        {"end_of_call_sentence", [](Assistant &a) { a.setEndOfCallSentence(a.endOfCallSentence()); }},
        {"max_duration_end_message", [](Assistant &a) { a.setMaxDurationEndMessage(a.maxDurationEndMessage()); }},
        {"structured_output_prompt", [](Assistant &a) { a.setStructuredOutputPrompt(a.structuredOutputPrompt()); }},
        {"voice", [](Assistant &a) { a.setVoice(a.voice()); }},
        {"background_sound", [](Assistant &a) { a.setBackgroundSound(a.backgroundSound()); }},
        {"background_sound_volume", [](Assistant &a) { a.setBackgroundSoundVolume(*a.backgroundSoundVolume()); }},
        {"thinking_sound", [](Assistant &a) { a.setThinkingSound(a.thinkingSound()); }},
        {"thinking_sound_probability",
         [](Assistant &a) { a.setThinkingSoundProbability(*a.thinkingSoundProbability()); }},
        {"thinking_sound_volume", [](Assistant &a) { a.setThinkingSoundVolume(*a.thinkingSoundVolume()); }},
        {"call_retry_config", [](Assistant &a) { a.setCallRetryConfig(a.callRetryConfig()); }},
        {"custom_tools", [](Assistant &a) { a.setCustomTools(a.customTools()); }},
        {"faq_items", [](Assistant &a) { a.setFaqItems(a.faqItems()); }},
        {"structured_output_config", [](Assistant &a) { a.setStructuredOutputConfig(a.structuredOutputConfig()); }},
        {"ivr_navigation_enabled", [](Assistant &a) { a.setIvrNavigationEnabled(*a.ivrNavigationEnabled()); }},
        {"voicemail_message", [](Assistant &a) { a.setVoicemailMessage(a.voicemailMessage()); }},
        {"voicemail_sms_prompt", [](Assistant &a) { a.setVoicemailSmsPrompt(a.voicemailSmsPrompt()); }},
        {"sms_enabled", [](Assistant &a) { a.setSmsEnabled(*a.smsEnabled()); }},
        {"sms_template", [](Assistant &a) { a.setSmsTemplate(a.smsTemplate()); }},
        {"after_call_sms_prompt", [](Assistant &a) { a.setAfterCallSmsPrompt(a.afterCallSmsPrompt()); }},
        {"email_notification_address",
         [](Assistant &a) { a.setEmailNotificationAddress(a.emailNotificationAddress()); }},
        {"email_notification_outcomes",
         [](Assistant &a) { a.setEmailNotificationOutcomes(a.emailNotificationOutcomes()); }},
        {"transfer_phone_number", [](Assistant &a) { a.setTransferPhoneNumber(a.transferPhoneNumber()); }},
        {"human_transfer_mode", [](Assistant &a) { a.setHumanTransferMode(a.humanTransferMode()); }},
        {"warm_transfer_summary_instructions",
         [](Assistant &a) { a.setWarmTransferSummaryInstructions(a.warmTransferSummaryInstructions()); }},
        {"from_phone_number", [](Assistant &a) { a.setFromPhoneNumber(a.fromPhoneNumber()); }},
    };
    return list;
}

// What writing `value` back through its typed view may legitimately change: LlmModel keeps only the
// members of its variant, so switching the type in an editor drops the other variant's members.
QJsonValue expectedAfterRewrite(const QString &key, const QJsonValue &value)
{
    if (key != u"llm_model")
        return value;
    QJsonObject model = value.toObject();
    const QString type = model.value(u"type").toString();
    if (type == u"dedicated-instance") {
        model.remove(u"openrouter_model_id");
        model.remove(u"openrouter_provider");
    } else if (type == u"openrouter") {
        model.remove(u"name");
    }
    return model;
}

// What a draft or a journal keeps of `a` holds no secret value, and rehydrates to `a` against itself.
void checkSecrets(const Assistant &a)
{
    static SecretSealer sealer(nullptr);
    const QJsonObject redacted = sealer.redacted(a.json());
    SecretFields::visit(redacted, [](const SecretLocation &where, const QString &value) {
        FUZZ_CHECK(value.isEmpty() || SecretPlaceholder::isPlaceholder(value), where.path);
    });
    FUZZ_CHECK(sealer.rehydrated(redacted, a.json()) == a.json(),
               QStringLiteral("redacted: %1").arg(Fuzz::compact(redacted)));
    for (auto it = redacted.constBegin(); it != redacted.constEnd(); ++it)
        (void)SecretFields::masked(it.key(), it.value());
    (void)SecretFields::firstPlaceholder(a.json());
}

void checkAssistant(const Assistant &a)
{
    readEverything(a);
    checkSecrets(a);

    // Every key survives encoding, numbers and all.
    const QByteArray encoded = AssistantJson::encode(a);
    QString error;
    const std::optional<Assistant> again = AssistantJson::decodeAssistant(encoded, &error);
    FUZZ_CHECK(again, error);
    FUZZ_CHECK(*again == a,
               QStringLiteral("before: %1\nafter:  %2").arg(Fuzz::compact(a.json()), Fuzz::compact(again->json())));

    const QStringList unknown = a.unknownKeys();
    for (const QString &key : a.json().keys())
        FUZZ_CHECK(unknown.contains(key) != AssistantSchema::isKnownTopLevelKey(key), key);

    for (const Rewrite &rewrite : rewrites()) {
        const QString key = QLatin1String(rewrite.key);
        const QJsonValue before = a.value(key);
        // Null reads as "no value" and writes back as null: nothing to learn there.
        if (before.isUndefined() || before.isNull()
            || !Validation::validateField(a, key, Validation::Level::Structure).isEmpty())
            continue;
        Assistant copy = a;
        rewrite.apply(copy);
        // Compared as sent: read-only members (faq_items[].id) never travel, and the server's rules do
        // not cover their types, so a typed view may drop a malformed one.
        const QJsonValue expected = AssistantSchema::writableValue(key, expectedAfterRewrite(key, before));
        FUZZ_CHECK(AssistantSchema::writableValue(key, copy.value(key)) == expected,
                   QStringLiteral("%1: read %2, wrote back %3")
                       .arg(key, Fuzz::compact(before), Fuzz::compact(copy.value(key))));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    QString error;
    if (const auto assistant = AssistantJson::decodeAssistant(body, &error))
        checkAssistant(*assistant);
    else
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("decodeAssistant failed without saying why"));

    error.clear();
    if (const auto assistant = AssistantJson::decodeWrappedAssistant(body, &error))
        checkAssistant(*assistant);
    else
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("decodeWrappedAssistant failed without saying why"));

    // The list decoder splits the body and parses one item at a time (JsonListSplitter); it must agree
    // exactly with Qt's parser run on the whole body (through JsonText, which keeps a U+FEFF that opens a
    // string): the same verdict, the same items.
    error.clear();
    const auto list = AssistantJson::decodeAssistantList(body, &error);
    const QJsonDocument whole = JsonText::read(body);
    const QJsonArray reference = whole.object().value(u"assistants").toArray();
    bool referenceAccepts = whole.isObject() && whole.object().value(u"assistants").isArray();
    for (const QJsonValue &item : reference)
        referenceAccepts = referenceAccepts && item.isObject();
    FUZZ_CHECK(bool(list) == referenceAccepts,
               QStringLiteral("decodeAssistantList %1 a body Qt's parser %2")
                   .arg(list ? QStringLiteral("accepted") : QStringLiteral("rejected"),
                        referenceAccepts ? QStringLiteral("accepts") : QStringLiteral("rejects")));
    // The same list parsed whole: the same verdict and the same items, each beside its summary's bytes.
    const auto listed = AssistantJson::decodeListedAssistants(body, ListedAssistant::Form::Parsed);
    FUZZ_CHECK(bool(listed) == bool(list), QStringLiteral("decodeListedAssistants and decodeAssistantList disagree"));
    if (list && listed) {
        FUZZ_CHECK(listed->size() == list->size(), QStringLiteral("decodeListedAssistants found another item count"));
        for (qsizetype i = 0; i < listed->size(); ++i)
            FUZZ_CHECK(listed->at(i).json() == list->at(i).json() && listed->at(i).id() == list->at(i).id()
                           && listed->at(i).assistant().json() == reference.at(i).toObject(),
                       QStringLiteral("listed item %1 differs from its summary or Qt's parse").arg(i));
    }
    if (list) {
        FUZZ_CHECK(list->size() == reference.size(), QStringLiteral("decodeAssistantList found another item count"));
        for (qsizetype i = 0; i < list->size(); ++i) {
            const Assistant assistant = list->at(i).assistant();
            FUZZ_CHECK(assistant.json() == reference.at(i).toObject(),
                       QStringLiteral("item %1 differs from Qt's parse of the whole body").arg(i));
            FUZZ_CHECK(list->at(i).id() == assistant.id() && list->at(i).name() == assistant.name(),
                       QStringLiteral("item %1's summary differs from its assistant").arg(i));
            checkAssistant(assistant);
        }
    } else {
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("decodeAssistantList failed without saying why"));
    }
    return 0;
}
