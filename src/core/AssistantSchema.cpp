// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantSchema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace {

const QStringList kDays
    = {QStringLiteral("monday"), QStringLiteral("tuesday"),  QStringLiteral("wednesday"), QStringLiteral("thursday"),
       QStringLiteral("friday"), QStringLiteral("saturday"), QStringLiteral("sunday")};
// The set the newest SDK documents for after_call_sms_outcomes; email outcomes are assumed to match.
const QStringList kOutcomes
    = {QStringLiteral("not_interested"), QStringLiteral("interested"), QStringLiteral("completed"),
       QStringLiteral("requested_callback_later"), QStringLiteral("none")};
const QStringList kValueTypes = {QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("boolean"),
                                 QStringLiteral("enum"),   QStringLiteral("date"),   QStringLiteral("datetime")};

// The last segment of a catalogue path, without "[]": "custom_tools[].headers[]" → "headers".
QString keyOf(const QString &path)
{
    QString last = path.section(QLatin1Char('.'), -1);
    if (last.endsWith(QLatin1String("[]")))
        last.chop(2);
    return last;
}

// All but the last segment: "voice.speed" → "voice"; "" at the top.
QString parentOf(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : path.left(dot);
}

QList<FieldSpec> buildCatalogue()
{
    using T = FieldType;
    using F = FieldFormat;
    using P = FieldPage;
    const auto s = [](const char *text) { return QString::fromLatin1(text); };

    // Order: the order editors and the review dialog present fields in.
    return {
        // --- identity, read-only -------------------------------------------------------------
        {.path = s("id"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "ID"),
         .readOnly = true,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Identifier of the assistant, set by Revox.")},
        {.path = s("organization_id"), .label = QT_TRANSLATE_NOOP("AssistantSchema", "Organization"), .readOnly = true},
        {.path = s("created_at"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Created"),
         .type = T::Untyped,
         .readOnly = true},
        {.path = s("updated_at"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Updated"),
         .type = T::Untyped,
         .readOnly = true},
        {.path = s("pending_faq_count"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Pending FAQ items"),
         .type = T::Number,
         .readOnly = true,
         .serverDefault = 0},
        {.path = s("created_by"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Created by"),
         .type = T::Object,
         .nullable = true,
         .readOnly = true,
         .page = P::General,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "The user who created the assistant, set by Revox.")},
        {.path = s("created_by.id"), .label = QT_TRANSLATE_NOOP("AssistantSchema", "Creator ID"), .readOnly = true},
        {.path = s("created_by.email"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Creator e-mail"),
         .readOnly = true},
        {.path = s("created_by.first_name"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Creator first name"),
         .readOnly = true},
        {.path = s("created_by.last_name"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Creator last name"),
         .readOnly = true},

        // --- General -------------------------------------------------------------------------
        {.path = s("name"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Name"),
         .requiredOnCreate = true,
         .nonEmpty = true,
         .page = P::General,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Display name of the assistant.")},
        {.path = s("llm_model"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "LLM model"),
         .type = T::Object,
         .page = P::General,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "The language model that drives the agent.")},
        {.path = s("llm_model.type"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "LLM model type"),
         .type = T::Enum,
         .requiredInParent = true,
         .enumValues = {s("dedicated-instance"), s("openrouter"), s("realtime")},
         .page = P::General,
         .serverDefault = s("dedicated-instance")},
        {.path = s("llm_model.name"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Dedicated model"),
         .type = T::Enum,
         .requiredInParent = true,
         .enumValues = {s("gpt-4.1"), s("ministral-3-8b-instruct")},
         .whenKey = s("type"),
         .whenValue = s("dedicated-instance"),
         .page = P::General,
         .serverDefault = s("gpt-4.1")},
        {.path = s("llm_model.openrouter_model_id"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "OpenRouter model ID"),
         .requiredInParent = true,
         .nonEmpty = true,
         .whenKey = s("type"),
         .whenValue = s("openrouter"),
         .page = P::General,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Model ID on OpenRouter, e.g. openai/gpt-4.1.")},
        {.path = s("llm_model.openrouter_provider"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "OpenRouter provider"),
         .requiredInParent = true,
         .nonEmpty = true,
         .whenKey = s("type"),
         .whenValue = s("openrouter"),
         .page = P::General,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Provider on OpenRouter, e.g. openai, azure, nebius.")},
        // A speech-to-speech model that listens and speaks itself (the SDK's fourth variant); the provider
        // values are not published, so any is taken.
        {.path = s("llm_model.provider"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Realtime provider"),
         .requiredInParent = true,
         .nonEmpty = true,
         .whenKey = s("type"),
         .whenValue = s("realtime"),
         .page = P::General,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Provider of the realtime model, e.g. openai or google.")},
        {.path = s("llm_model.realtime_model_id"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Realtime model ID"),
         .requiredInParent = true,
         .nonEmpty = true,
         .whenKey = s("type"),
         .whenValue = s("realtime"),
         .page = P::General,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "The provider's model ID, e.g. gpt-realtime.")},
        {.path = s("llm_model.realtime_voice_id"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Realtime voice"),
         .nonEmpty = true,
         .whenKey = s("type"),
         .whenValue = s("realtime"),
         .page = P::General,
         .help = QT_TRANSLATE_NOOP("AssistantSchema",
                                   "The model's own voice, e.g. marin (OpenAI) or Puck (Gemini); it speaks instead of "
                                   "the Voice page's.")},
        {.path = s("max_call_duration_secs"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Max call duration"),
         .type = T::Number,
         .minimum = 0,
         .page = P::General,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Hard cap on the length of a call, in seconds."),
         .serverDefault = 600},
        {.path = s("webhook_url"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Webhook URL"),
         .nullable = true,
         .format = F::HttpUrl,
         .page = P::General,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Called when a call completes."),
         .serverDefault = QJsonValue::Null},
        {.path = s("calendly"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Calendly"),
         .type = T::Object,
         .nullable = true,
         .page = P::General,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Calendly booking link; empty disables booking."),
         .serverDefault = QJsonValue::Null},
        {.path = s("calendly.connection_id"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Calendly connection ID"),
         .requiredInParent = true,
         .nonEmpty = true,
         .page = P::General},
        {.path = s("calendly.event_type_id"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Calendly event type"),
         .requiredInParent = true,
         .nonEmpty = true,
         .page = P::General,
         .help
         = QT_TRANSLATE_NOOP("AssistantSchema", "Event type to book, e.g. https://api.calendly.com/event_types/…")},

        // --- Prompt --------------------------------------------------------------------------
        {.path = s("prompt"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Prompt"),
         .type = T::Text,
         .requiredOnCreate = true,
         .nonEmpty = true,
         .format = F::Template,
         .page = P::Prompt,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "System prompt given to the LLM.")},
        {.path = s("first_sentence"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "First sentence"),
         .type = T::Text,
         .nullable = true,
         .format = F::Template,
         .page = P::Prompt,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Opening line, or the instruction the LLM writes it from."),
         .serverDefault = QJsonValue::Null},
        {.path = s("first_sentence_mode"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "First sentence mode"),
         .type = T::Enum,
         .enumValues = {s("generated"), s("static"), s("none")},
         .page = P::Prompt,
         .help = QT_TRANSLATE_NOOP("AssistantSchema",
                                   "generated: the LLM writes it; static: spoken as written; "
                                   "none: wait for the caller."),
         .serverDefault = s("generated")},
        {.path = s("first_sentence_delay_ms"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "First sentence delay"),
         .type = T::Integer,
         .minimum = 0,
         .maximum = AssistantSchema::maxSafeInteger,
         .page = P::Prompt,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Pause before speaking first, in milliseconds (default 400)."),
         .serverDefault = 400},
        {.path = s("end_of_call_sentence"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "End-of-call sentence"),
         .type = T::Text,
         .nullable = true,
         .page = P::Prompt,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Said when the agent decides to hang up."),
         .serverDefault = QJsonValue::Null},
        {.path = s("max_duration_end_message"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Max-duration end message"),
         .type = T::Text,
         .nullable = true,
         .page = P::Prompt,
         .help
         = QT_TRANSLATE_NOOP("AssistantSchema", "Said, uninterruptibly, when the call reaches its maximum duration."),
         .serverDefault = QJsonValue::Null},
        {.path = s("structured_output_prompt"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Structured output prompt"),
         .type = T::Text,
         .nullable = true,
         .format = F::Template,
         .templateVariables = {s("transcript"), s("call_direction"), s("user_phone_number"), s("agent_phone_number")},
         .page = P::Prompt,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Custom prompt for extracting structured data."),
         .serverDefault = QJsonValue::Null},

        // --- Voice ---------------------------------------------------------------------------
        {.path = s("voice"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Voice"),
         .type = T::Object,
         .nullable = true,
         .page = P::Voice},
        {.path = s("voice.provider"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Voice provider"),
         .type = T::Enum,
         .requiredInParent = true,
         .enumValues = {s("cartesia"), s("elevenlabs")},
         .page = P::Voice,
         .serverDefault = s("cartesia")},
        {.path = s("voice.id"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Voice ID"),
         .requiredInParent = true,
         .nonEmpty = true,
         .page = P::Voice,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Provider voice ID, as listed by GET /voices.")},
        {.path = s("voice.speed"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Voice speed"),
         .type = T::Number,
         .minimum = 0.6,
         .maximum = 1.5,
         .page = P::Voice,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Cartesia 0.6–1.5, ElevenLabs 0.7–1.2; default 1.0."),
         .serverDefault = 1.0,
         .siblingRule = SiblingRule::SpeedForProvider,
         .sibling = s("provider")},
        {.path = s("voice.volume"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Voice volume"),
         .type = T::Number,
         .minimum = 0,
         .maximum = 1,
         .page = P::Voice,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Loudness of the voice, Cartesia only.")},
        {.path = s("background_sound"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Background sound"),
         .type = T::Enum,
         .nullable = true,
         .enumValues = {s("audio/office.ogg")},
         .page = P::Voice,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Ambient audio under the call; empty turns it off."),
         .serverDefault = QJsonValue::Null},
        {.path = s("background_sound_volume"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Background sound volume"),
         .type = T::Number,
         .minimum = 0,
         .maximum = 1,
         .page = P::Voice,
         .serverDefault = 0.5},
        {.path = s("thinking_sound"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Thinking sound"),
         .type = T::Enum,
         .nullable = true,
         .enumValues
         = {s("city-ambience.ogg"), s("forest-ambience.ogg"), s("office-ambience.ogg"), s("crowded-room.ogg"),
            s("keyboard-typing.ogg"), s("keyboard-typing2.ogg"), s("hold_music.ogg")},
         .page = P::Voice,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Clip played while the agent thinks; empty turns it off."),
         .serverDefault = QJsonValue::Null},
        {.path = s("thinking_sound_probability"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Thinking sound probability"),
         .type = T::Number,
         .minimum = 0,
         .maximum = 1,
         .page = P::Voice,
         .serverDefault = 0.5},
        {.path = s("thinking_sound_volume"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Thinking sound volume"),
         .type = T::Number,
         .minimum = 0,
         .maximum = 1,
         .page = P::Voice,
         .serverDefault = 0.5},

        // --- Retry windows -------------------------------------------------------------------
        {.path = s("call_retry_config"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Call retry"),
         .type = T::Object,
         .nullable = true,
         .page = P::Retry},
        {.path = s("call_retry_config.allowed_days"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Allowed days"),
         .type = T::EnumList,
         .enumValues = kDays,
         .page = P::Retry,
         .serverDefault = QJsonArray::fromStringList(kDays.mid(0, 5))},
        {.path = s("call_retry_config.call_twice_in_a_row"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Call twice in a row"),
         .type = T::Boolean,
         .page = P::Retry,
         .serverDefault = false},
        {.path = s("call_retry_config.max_retry_attempts"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Max retry attempts"),
         .type = T::Integer,
         .requiredInParent = true,
         .minimum = 0,
         .maximum = AssistantSchema::maxSafeInteger,
         .exclusiveMinimum = true,
         .page = P::Retry,
         .serverDefault = 3},
        {.path = s("call_retry_config.timezone"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Time zone"),
         .nullable = true,
         .format = F::TimeZone,
         .page = P::Retry,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "IANA time zone; empty uses the recipient number's country."),
         .serverDefault = QJsonValue::Null},
        {.path = s("call_retry_config.calling_windows"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Calling windows"),
         .type = T::ObjectList,
         .requiredInParent = true,
         .page = P::Retry,
         .serverDefault = QJsonArray{QJsonObject()}, // one window, its members' defaults
         .itemNoun = QT_TRANSLATE_NOOP("AssistantSchema", "calling window")},
        {.path = s("call_retry_config.calling_windows[].calling_window_start_time"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Window start"),
         .requiredInParent = true,
         .format = F::TimeOfDay,
         .page = P::Retry,
         .serverDefault = s("10:00"),
         .siblingRule = SiblingRule::StartsBefore,
         .sibling = s("calling_window_end_time"),
         .namesItem = true},
        {.path = s("call_retry_config.calling_windows[].calling_window_end_time"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Window end"),
         .requiredInParent = true,
         .format = F::TimeOfDay,
         .page = P::Retry,
         .serverDefault = s("18:00")},
        {.path = s("call_retry_config.calling_windows[].retry_delay_seconds"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Retry delay"),
         .type = T::Integer,
         .requiredInParent = true,
         .minimum = 0,
         .maximum = AssistantSchema::maxSafeInteger,
         .exclusiveMinimum = true,
         .page = P::Retry,
         .serverDefault = 7200},

        // --- Custom tools --------------------------------------------------------------------
        {.path = s("custom_tools"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Custom tools"),
         .type = T::ObjectList,
         .page = P::Tools,
         .serverDefault = QJsonArray(),
         .itemNoun = QT_TRANSLATE_NOOP("AssistantSchema", "custom tool")},
        {.path = s("custom_tools[].name"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Tool name"),
         .requiredInParent = true,
         .nonEmpty = true,
         .format = F::SnakeCase,
         .page = P::Tools,
         .uniqueInList = true,
         .namesItem = true},
        {.path = s("custom_tools[].description"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Tool description"),
         .type = T::Text,
         .requiredInParent = true,
         .nonEmpty = true,
         .page = P::Tools},
        {.path = s("custom_tools[].method"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Tool method"),
         .type = T::Enum,
         .requiredInParent = true,
         .enumValues = {s("GET"), s("POST"), s("PUT"), s("PATCH"), s("DELETE")},
         .page = P::Tools},
        {.path = s("custom_tools[].url"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Tool URL"),
         .requiredInParent = true,
         .nonEmpty = true,
         .format = F::HttpUrlTemplate,
         .page = P::Tools},
        {.path = s("custom_tools[].body_template"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Body template"),
         .type = T::Text,
         .nullable = true,
         .format = F::JsonText,
         .page = P::Tools},
        {.path = s("custom_tools[].headers"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Headers"),
         .type = T::ObjectList,
         .page = P::Tools,
         .itemNoun = QT_TRANSLATE_NOOP("AssistantSchema", "header")},
        {.path = s("custom_tools[].headers[].key"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Header name"),
         .requiredInParent = true,
         .nonEmpty = true,
         .page = P::Tools,
         .namesItem = true},
        {.path = s("custom_tools[].headers[].value"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Header value"),
         .requiredInParent = true,
         .page = P::Tools,
         .secret = true},
        {.path = s("custom_tools[].query_params"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Query parameters"),
         .type = T::ObjectList,
         .page = P::Tools,
         .itemNoun = QT_TRANSLATE_NOOP("AssistantSchema", "query parameter")},
        {.path = s("custom_tools[].query_params[].key"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Query parameter name"),
         .requiredInParent = true,
         .nonEmpty = true,
         .page = P::Tools,
         .namesItem = true},
        {.path = s("custom_tools[].query_params[].value"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Query parameter value"),
         .requiredInParent = true,
         .page = P::Tools,
         .secret = true},
        {.path = s("custom_tools[].input_schema"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Input schema"),
         .type = T::ObjectList,
         .page = P::Tools,
         .itemNoun = QT_TRANSLATE_NOOP("AssistantSchema", "parameter")},
        {.path = s("custom_tools[].input_schema[].name"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Parameter name"),
         .requiredInParent = true,
         .nonEmpty = true,
         .page = P::Tools,
         .namesItem = true},
        {.path = s("custom_tools[].input_schema[].type"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Parameter type"),
         .type = T::Enum,
         .requiredInParent = true,
         .enumValues = kValueTypes,
         .page = P::Tools},
        {.path = s("custom_tools[].input_schema[].required"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Parameter required"),
         .type = T::Boolean,
         .requiredInParent = true,
         .page = P::Tools},
        {.path = s("custom_tools[].input_schema[].description"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Parameter description"),
         .page = P::Tools},
        {.path = s("custom_tools[].input_schema[].enum_options"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Parameter enum options"),
         .type = T::StringList,
         .page = P::Tools,
         .siblingRule = SiblingRule::OptionsForType,
         .sibling = s("type")},

        // --- FAQ -----------------------------------------------------------------------------
        {.path = s("faq_items"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "FAQ items"),
         .type = T::ObjectList,
         .page = P::Faq,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Sending the list replaces every FAQ item."),
         .serverDefault = QJsonArray(),
         .itemNoun = QT_TRANSLATE_NOOP("AssistantSchema", "FAQ item")},
        {.path = s("faq_items[].question"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "FAQ question"),
         .type = T::Text,
         .requiredInParent = true,
         .nonEmpty = true,
         .page = P::Faq,
         .namesItem = true},
        {.path = s("faq_items[].answer"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "FAQ answer"),
         .type = T::Text,
         .requiredInParent = true,
         .page = P::Faq},
        {.path = s("faq_items[].id"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "FAQ item ID"),
         .readOnly = true,
         .page = P::Faq},
        {.path = s("faq_items[].needs_human_answer"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Needs a human answer"),
         .type = T::Boolean,
         .readOnly = true,
         .page = P::Faq},
        {.path = s("faq_items[].source"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "FAQ source"),
         .type = T::Enum,
         .readOnly = true,
         .enumValues = {s("human"), s("ai")},
         .page = P::Faq},

        // --- Structured output ---------------------------------------------------------------
        {.path = s("structured_output_config"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Structured output"),
         .type = T::ObjectList,
         .nullable = true,
         .page = P::StructuredOutput,
         .serverDefault = QJsonArray(),
         .itemNoun = QT_TRANSLATE_NOOP("AssistantSchema", "structured output")},
        {.path = s("structured_output_config[].name"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Output name"),
         .requiredInParent = true,
         .nonEmpty = true,
         .page = P::StructuredOutput,
         .namesItem = true},
        {.path = s("structured_output_config[].type"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Output type"),
         .type = T::Enum,
         .requiredInParent = true,
         .enumValues = kValueTypes,
         .page = P::StructuredOutput},
        {.path = s("structured_output_config[].required"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Output required"),
         .type = T::Boolean,
         .requiredInParent = true,
         .page = P::StructuredOutput},
        {.path = s("structured_output_config[].description"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Output description"),
         .page = P::StructuredOutput},
        {.path = s("structured_output_config[].enum_options"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Output enum options"),
         .type = T::StringList,
         .page = P::StructuredOutput,
         .siblingRule = SiblingRule::OptionsForType,
         .sibling = s("type")},

        // --- Calls and messages --------------------------------------------------------------
        {.path = s("ivr_navigation_enabled"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "IVR navigation"),
         .type = T::Boolean,
         .page = P::CallsMessages,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Lets the agent send DTMF tones to navigate phone menus."),
         .serverDefault = false},
        {.path = s("voicemail_message"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Voicemail message"),
         .type = T::Text,
         .nullable = true,
         .page = P::CallsMessages,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Spoken on voicemail before hanging up; empty hangs up."),
         .serverDefault = QJsonValue::Null},
        {.path = s("voicemail_sms_prompt"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Voicemail SMS prompt"),
         .type = T::Text,
         .nullable = true,
         .format = F::Template,
         .page = P::CallsMessages,
         .serverDefault = QJsonValue::Null},
        {.path = s("sms_enabled"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "SMS during calls"),
         .type = T::Boolean,
         .page = P::CallsMessages,
         .serverDefault = false},
        {.path = s("sms_template"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "SMS template"),
         .type = T::Text,
         .nullable = true,
         .format = F::Template,
         .page = P::CallsMessages,
         .serverDefault = QJsonValue::Null},
        {.path = s("after_call_sms_prompt"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "After-call SMS prompt"),
         .type = T::Text,
         .nullable = true,
         .format = F::Template,
         .page = P::CallsMessages,
         .serverDefault = QJsonValue::Null},
        {.path = s("email_notification_address"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Notification e-mail"),
         .nullable = true,
         .format = F::Email,
         .page = P::CallsMessages,
         .serverDefault = QJsonValue::Null},
        {.path = s("email_notification_outcomes"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "E-mail outcomes"),
         .type = T::EnumList,
         .nullable = true,
         .enumValues = kOutcomes,
         .page = P::CallsMessages,
         .serverDefault = QJsonArray()},
        {.path = s("transfer_phone_number"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Transfer phone number"),
         .nullable = true,
         .format = F::PhoneE164,
         .page = P::CallsMessages,
         .serverDefault = QJsonValue::Null},
        {.path = s("human_transfer_mode"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Human transfer mode"),
         .type = T::Enum,
         .nullable = true,
         .enumValues = {s("warm"), s("cold")},
         .page = P::CallsMessages,
         .serverDefault = QJsonValue::Null},
        {.path = s("warm_transfer_summary_instructions"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "Warm transfer instructions"),
         .type = T::Text,
         .nullable = true,
         .page = P::CallsMessages,
         .serverDefault = QJsonValue::Null},
        {.path = s("from_phone_number"),
         .label = QT_TRANSLATE_NOOP("AssistantSchema", "From phone number"),
         .nullable = true,
         .format = F::PhoneE164,
         .page = P::CallsMessages,
         .help = QT_TRANSLATE_NOOP("AssistantSchema", "Outbound caller ID; must be a number of the organization."),
         .serverDefault = QJsonValue::Null},
    };
}

// Newer API versions return these; they are never accepted in a request body.
const QStringList kNewerReadOnlyKeys
    = {QStringLiteral("is_inbound_receptionist"), QStringLiteral("is_realestate_assistant")};

} // namespace

QString FieldSpec::displayLabel() const
{
    return QCoreApplication::translate("AssistantSchema", label);
}

QString FieldSpec::displayHelp() const
{
    return help ? QCoreApplication::translate("AssistantSchema", help) : QString();
}

QString FieldSpec::displayItemNoun() const
{
    return QCoreApplication::translate("AssistantSchema",
                                       itemNoun ? itemNoun : QT_TRANSLATE_NOOP("AssistantSchema", "item"));
}

QString FieldSpec::displayItemLabel(int number) const
{
    //: A list item and its number: "custom tool 2".
    return QCoreApplication::translate("AssistantSchema", "%1 %2").arg(displayItemNoun()).arg(number);
}

QString FieldSpec::key() const
{
    return cachedKey.isNull() ? keyOf(path) : cachedKey;
}

QString FieldSpec::parentPath() const
{
    return cachedKey.isNull() ? parentOf(path) : cachedParentPath; // a catalogue field has both
}

bool FieldSpec::appliesTo(const QJsonObject &parent) const
{
    return whenKey.isEmpty() || parent.value(whenKey).toString() == whenValue;
}

namespace AssistantSchema {

const QList<FieldSpec> &fields()
{
    static const QList<FieldSpec> catalogue = [] {
        QList<FieldSpec> specs = buildCatalogue();
        for (FieldSpec &spec : specs) {
            spec.cachedKey = keyOf(spec.path);
            spec.cachedParentPath = parentOf(spec.path);
        }
        return specs;
    }();
    return catalogue;
}

const FieldSpec *field(const QString &path)
{
    static const QHash<QString, const FieldSpec *> byPath = [] {
        QHash<QString, const FieldSpec *> index;
        for (const FieldSpec &spec : fields())
            index.insert(spec.path, &spec);
        return index;
    }();
    return byPath.value(path, nullptr);
}

QString displayLabel(const QString &path)
{
    const FieldSpec *spec = field(path);
    return spec ? spec->displayLabel() : path;
}

QList<const FieldSpec *> topLevelFields()
{
    return children(QString());
}

QList<const FieldSpec *> children(const QString &parentPath)
{
    // Asked for on every nested value a patch or a merge looks at: worked out once for every parent.
    static const QHash<QString, QList<const FieldSpec *>> byParent = [] {
        QHash<QString, QList<const FieldSpec *>> index;
        for (const FieldSpec &spec : fields()) {
            QString specParent = spec.parentPath();
            if (specParent.endsWith(QLatin1String("[]")))
                specParent.chop(2);
            index[specParent].append(&spec);
        }
        return index;
    }();
    // A child of "custom_tools" lives under "custom_tools[]"; accept either spelling of the parent.
    QString parent = parentPath;
    if (parent.endsWith(QLatin1String("[]")))
        parent.chop(2);
    return byParent.value(parent);
}

bool isKnownTopLevelKey(const QString &key)
{
    const FieldSpec *spec = field(key);
    return spec && spec->isTopLevel();
}

bool isReadOnlyKey(const QString &key)
{
    const FieldSpec *spec = field(key);
    return (spec && spec->readOnly) || kNewerReadOnlyKeys.contains(key);
}

QString catalogPath(const QString &concretePath)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    QString path = concretePath;
    return path.replace(index, QStringLiteral("[]"));
}

namespace {

// The defaults of an object's members, each where it applies (llm_model.name only for a dedicated model).
QJsonObject memberDefaults(const QString &objectPath)
{
    QJsonObject object;
    for (const FieldSpec *member : children(objectPath)) {
        if (member->readOnly || !member->appliesTo(object))
            continue;
        if (const QJsonValue value = serverDefault(member->path); !value.isUndefined())
            object.insert(member->key(), value);
    }
    return object;
}

} // namespace

QJsonValue serverDefault(const QString &path)
{
    const FieldSpec *spec = field(path);
    if (!spec)
        return QJsonValue(QJsonValue::Undefined);
    if (spec->type == FieldType::ObjectList && spec->serverDefault.isArray()) {
        QJsonArray items = spec->serverDefault.toArray();
        const QJsonObject defaults = defaultItem(path);
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = defaults;
            const QJsonObject given = items.at(i).toObject();
            for (auto it = given.constBegin(); it != given.constEnd(); ++it)
                item.insert(it.key(), it.value());
            items[i] = item;
        }
        return items;
    }
    if (!spec->serverDefault.isUndefined() || spec->type != FieldType::Object)
        return spec->serverDefault;
    const QJsonObject members = memberDefaults(path);
    return members.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(members);
}

const QJsonObject &serverDefaults()
{
    static const QJsonObject defaults = [] {
        QJsonObject object;
        for (const FieldSpec *spec : topLevelFields()) {
            if (const QJsonValue value = serverDefault(spec->path); !value.isUndefined())
                object.insert(spec->key(), value);
        }
        return object;
    }();
    return defaults;
}

QJsonObject defaultItem(const QString &listPath)
{
    return memberDefaults(listPath);
}

QSet<QString> pathsToward(bool (*picks)(const FieldSpec &spec))
{
    QSet<QString> result;
    for (const FieldSpec &spec : fields()) {
        if (!picks(spec))
            continue;
        for (QString path = spec.path; !path.isEmpty();) {
            result.insert(path);
            const qsizetype dot = path.lastIndexOf(u'.');
            path = dot < 0 ? QString() : path.left(dot);
            if (path.endsWith(QLatin1String("[]")))
                path.chop(2);
        }
    }
    return result;
}

namespace {

// Catalogue paths of the read-only fields and of every field that holds one ("faq_items"): only those are
// walked when a value is made writable, and every other value is returned as it is, without a copy.
const QSet<QString> &pathsToReadOnly()
{
    static const QSet<QString> paths = pathsToward([](const FieldSpec &spec) { return spec.readOnly; });
    return paths;
}

QJsonValue stripReadOnly(const FieldSpec &spec, const QJsonValue &value);

QJsonObject stripReadOnlyMembers(const QString &path, QJsonObject object)
{
    for (const FieldSpec *child : children(path)) {
        if (!pathsToReadOnly().contains(child->path))
            continue;
        const QString key = child->key();
        if (!object.contains(key))
            continue;
        if (child->readOnly)
            object.remove(key);
        else
            object.insert(key, stripReadOnly(*child, object.value(key)));
    }
    return object;
}

// Whether any member below `path` is read-only: only those values need a copy without them.
bool holdsReadOnly(const QString &path)
{
    static const QSet<QString> holding = [] {
        QSet<QString> paths;
        for (const FieldSpec &spec : fields()) {
            if (!spec.readOnly)
                continue;
            for (QString parent = spec.parentPath(); !parent.isEmpty();) {
                if (parent.endsWith(QLatin1String("[]")))
                    parent.chop(2);
                paths.insert(parent);
                const FieldSpec *up = field(parent);
                parent = up ? up->parentPath() : QString();
            }
        }
        return paths;
    }();
    return holding.contains(path);
}

QJsonValue stripReadOnly(const FieldSpec &spec, const QJsonValue &value)
{
    if (!holdsReadOnly(spec.path))
        return value;
    if (spec.type == FieldType::Object && value.isObject())
        return stripReadOnlyMembers(spec.path, value.toObject());
    if (spec.type == FieldType::ObjectList && value.isArray()) {
        QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).isObject())
                items[i] = stripReadOnlyMembers(spec.path, items.at(i).toObject());
        }
        return items;
    }
    return value;
}

} // namespace

QJsonValue writableValue(const QString &topLevelKey, const QJsonValue &value)
{
    const FieldSpec *spec = field(topLevelKey);
    return spec && pathsToReadOnly().contains(spec->path) ? stripReadOnly(*spec, value) : value;
}

} // namespace AssistantSchema
