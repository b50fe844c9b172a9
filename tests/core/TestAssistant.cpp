// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Assistant.h"
#include "core/AssistantJson.h"
#include "core/AssistantSchema.h"
#include "core/AssistantTypes.h"
#include "core/UserInfo.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

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

// The JSON of a typed value, as a getter returns it: nullopt is null.
QJsonValue json(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
QJsonValue json(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
QJsonValue json(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
QJsonValue json(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
QJsonValue json(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}
QJsonValue json(const std::optional<QStringList> &list)
{
    return list ? json(*list) : QJsonValue(QJsonValue::Null);
}
template<typename T> QJsonValue jsonList(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}
QJsonValue parsed(const char *text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    if (document.isNull())
        qFatal("not JSON: %s", text);
    return document.array().first();
}

// The other value at a catalogue path: `root` with `value` there (following the first item of every list).
QJsonObject withValueAt(QJsonObject root, const QString &path, const QJsonValue &value)
{
    QStringList segments = path.split(u'.');
    QString segment = segments.takeFirst();
    const bool list = segment.endsWith(QLatin1String("[]"));
    if (list)
        segment.chop(2);
    if (segments.isEmpty() && !list) {
        root.insert(segment, value);
        return root;
    }
    const QString rest = segments.join(u'.');
    if (!list) {
        root.insert(segment, withValueAt(root.value(segment).toObject(), rest, value));
        return root;
    }
    QJsonArray array = root.value(segment).toArray();
    array[0] = segments.isEmpty() ? value : QJsonValue(withValueAt(array.at(0).toObject(), rest, value));
    root.insert(segment, array);
    return root;
}

// One catalogued field reached through the typed API the editor, the CLI and the merge use: `read` through its
// getter, `write` through its setter. `value` (never the seed's) is what `write` sets and `read` must then give;
// a read-only field has no setter: `value` comes from the server instead.
struct TypedField
{
    std::function<QJsonValue(const Assistant &)> read;
    std::function<void(Assistant &)> write;
    QJsonValue value;
    bool reshapesParent = false; // a union's discriminator: its object keeps the new variant's members only
};

std::function<void(Assistant &)> onVoice(const std::function<void(Voice &)> &change)
{
    return [change](Assistant &a) {
        Voice voice = *a.voice();
        change(voice);
        a.setVoice(voice);
    };
}
std::function<void(Assistant &)> onModel(const std::function<void(LlmModel &)> &change)
{
    return [change](Assistant &a) {
        LlmModel model = *a.llmModel();
        change(model);
        a.setLlmModel(model);
    };
}
std::function<void(Assistant &)> onCalendly(const std::function<void(Calendly &)> &change)
{
    return [change](Assistant &a) {
        Calendly calendly = *a.calendly();
        change(calendly);
        a.setCalendly(calendly);
    };
}
std::function<void(Assistant &)> onRetry(const std::function<void(CallRetryConfig &)> &change)
{
    return [change](Assistant &a) {
        CallRetryConfig config = *a.callRetryConfig();
        change(config);
        a.setCallRetryConfig(config);
    };
}
std::function<void(Assistant &)> onTool(const std::function<void(CustomTool &)> &change)
{
    return [change](Assistant &a) {
        QList<CustomTool> tools = a.customTools();
        change(tools.first());
        a.setCustomTools(tools);
    };
}
std::function<void(Assistant &)> onFaq(const std::function<void(FaqItem &)> &change)
{
    return [change](Assistant &a) {
        QList<FaqItem> items = a.faqItems();
        change(items.first());
        a.setFaqItems(items);
    };
}
std::function<void(Assistant &)> onOutput(const std::function<void(TypedParameter &)> &change)
{
    return [change](Assistant &a) {
        QList<TypedParameter> fields = *a.structuredOutputConfig();
        change(fields.first());
        a.setStructuredOutputConfig(fields);
    };
}
CallingWindow window(const Assistant &a)
{
    return a.callRetryConfig()->callingWindows.first();
}
CustomTool tool(const Assistant &a)
{
    return a.customTools().first();
}
FaqItem faq(const Assistant &a)
{
    return a.faqItems().first();
}
TypedParameter output(const Assistant &a)
{
    return a.structuredOutputConfig()->first();
}
UserInfo creator(const Assistant &a)
{
    return UserInfo::fromJson(a.value(QStringLiteral("created_by")).toObject()); // as the General page reads it
}

const QHash<QString, TypedField> &typedFields()
{
    using A = const Assistant &;
    static const QHash<QString, TypedField> fields = {
        // Read-only: set by the server, read through the getters the editor shows them with.
        {u"id"_s, {[](A a) { return QJsonValue(a.id()); }, {}, u"9b2f3c2e-new"_s}},
        {u"organization_id"_s, {[](A a) { return QJsonValue(a.organizationId()); }, {}, u"org-2"_s}},
        {u"created_at"_s, {[](A a) { return a.createdAt(); }, {}, u"2025-05-01T09:30:00.000Z"_s}},
        {u"updated_at"_s, {[](A a) { return a.updatedAt(); }, {}, u"2025-05-02T10:00:00.000Z"_s}},
        {u"pending_faq_count"_s, {[](A a) { return json(a.pendingFaqCount()); }, {}, 4}},
        {u"created_by"_s,
         {[](A a) {
              const UserInfo user = creator(a);
              return QJsonValue(QJsonObject{{u"id"_s, user.id},
                                            {u"email"_s, user.email},
                                            {u"first_name"_s, user.firstName},
                                            {u"last_name"_s, user.lastName}});
          },
          {},
          parsed(R"({"id": "u2", "email": "grace@example.com", "first_name": "Grace", "last_name": "Hopper"})")}},
        {u"created_by.id"_s, {[](A a) { return QJsonValue(creator(a).id); }, {}, u"u3"_s}},
        {u"created_by.email"_s, {[](A a) { return QJsonValue(creator(a).email); }, {}, u"alan@example.com"_s}},
        {u"created_by.first_name"_s, {[](A a) { return QJsonValue(creator(a).firstName); }, {}, u"Alan"_s}},
        {u"created_by.last_name"_s, {[](A a) { return QJsonValue(creator(a).lastName); }, {}, u"Turing"_s}},

        {u"name"_s,
         {[](A a) { return QJsonValue(a.name()); }, [](Assistant &a) { a.setName(u"Renamed"_s); }, u"Renamed"_s}},
        {u"llm_model"_s,
         {[](A a) { return QJsonValue(a.llmModel()->toJson()); },
          [](Assistant &a) {
              LlmModel model;
              model.type = u"dedicated-instance"_s;
              model.name = u"ministral-3-8b-instruct"_s;
              a.setLlmModel(model);
          },
          parsed(R"({"type": "dedicated-instance", "name": "ministral-3-8b-instruct"})")}},
        {u"llm_model.type"_s,
         {[](A a) { return QJsonValue(a.llmModel()->type); }, onModel([](LlmModel &m) {
              m.type = u"openrouter"_s;
              m.openrouterModelId = u"openai/gpt-4.1"_s;
              m.openrouterProvider = u"nebius"_s;
          }),
          u"openrouter"_s, true}},
        {u"llm_model.name"_s,
         {[](A a) { return QJsonValue(a.llmModel()->name); },
          onModel([](LlmModel &m) { m.name = u"ministral-3-8b-instruct"_s; }), u"ministral-3-8b-instruct"_s}},
        {u"llm_model.openrouter_model_id"_s,
         {[](A a) { return QJsonValue(a.llmModel()->openrouterModelId); },
          onModel([](LlmModel &m) { m.openrouterModelId = u"anthropic/claude-sonnet-4"_s; }),
          u"anthropic/claude-sonnet-4"_s}},
        {u"llm_model.openrouter_provider"_s,
         {[](A a) { return QJsonValue(a.llmModel()->openrouterProvider); },
          onModel([](LlmModel &m) { m.openrouterProvider = u"together"_s; }), u"together"_s}},
        {u"llm_model.provider"_s,
         {[](A a) { return QJsonValue(a.llmModel()->provider); }, onModel([](LlmModel &m) { m.provider = u"azure"_s; }),
          u"azure"_s}},
        {u"llm_model.realtime_model_id"_s,
         {[](A a) { return QJsonValue(a.llmModel()->realtimeModelId); },
          onModel([](LlmModel &m) { m.realtimeModelId = u"gpt-realtime-mini"_s; }), u"gpt-realtime-mini"_s}},
        {u"llm_model.realtime_voice_id"_s,
         {[](A a) { return QJsonValue(a.llmModel()->realtimeVoiceId); },
          onModel([](LlmModel &m) { m.realtimeVoiceId = u"cedar"_s; }), u"cedar"_s}},
        {u"max_call_duration_secs"_s,
         {[](A a) { return json(a.maxCallDurationSecs()); }, [](Assistant &a) { a.setMaxCallDurationSecs(600); }, 600}},
        {u"webhook_url"_s,
         {[](A a) { return json(a.webhookUrl()); },
          [](Assistant &a) { a.setWebhookUrl(u"https://hooks.example.com/revox"_s); },
          u"https://hooks.example.com/revox"_s}},
        {u"calendly"_s,
         {[](A a) { return QJsonValue(a.calendly()->toJson()); },
          [](Assistant &a) {
              Calendly calendly;
              calendly.connectionId = u"conn-2"_s;
              calendly.eventTypeId = u"event-2"_s;
              a.setCalendly(calendly);
          },
          parsed(R"({"connection_id": "conn-2", "event_type_id": "event-2"})")}},
        {u"calendly.connection_id"_s,
         {[](A a) { return QJsonValue(a.calendly()->connectionId); },
          onCalendly([](Calendly &c) { c.connectionId = u"conn-3"_s; }), u"conn-3"_s}},
        {u"calendly.event_type_id"_s,
         {[](A a) { return QJsonValue(a.calendly()->eventTypeId); },
          onCalendly([](Calendly &c) { c.eventTypeId = u"event-3"_s; }), u"event-3"_s}},

        {u"prompt"_s,
         {[](A a) { return QJsonValue(a.prompt()); }, [](Assistant &a) { a.setPrompt(u"Be brief."_s); },
          u"Be brief."_s}},
        {u"first_sentence"_s,
         {[](A a) { return json(a.firstSentence()); }, [](Assistant &a) { a.setFirstSentence(u"Hello!"_s); },
          u"Hello!"_s}},
        {u"first_sentence_mode"_s,
         {[](A a) { return QJsonValue(a.firstSentenceMode()); },
          [](Assistant &a) { a.setFirstSentenceMode(u"static"_s); }, u"static"_s}},
        {u"first_sentence_delay_ms"_s,
         {[](A a) { return json(a.firstSentenceDelayMs()); }, [](Assistant &a) { a.setFirstSentenceDelayMs(1500); },
          1500}},
        {u"end_of_call_sentence"_s,
         {[](A a) { return json(a.endOfCallSentence()); }, [](Assistant &a) { a.setEndOfCallSentence(u"Bye."_s); },
          u"Bye."_s}},
        {u"max_duration_end_message"_s,
         {[](A a) { return json(a.maxDurationEndMessage()); },
          [](Assistant &a) { a.setMaxDurationEndMessage(u"Time is up."_s); }, u"Time is up."_s}},
        {u"structured_output_prompt"_s,
         {[](A a) { return json(a.structuredOutputPrompt()); },
          [](Assistant &a) { a.setStructuredOutputPrompt(u"Extract the date."_s); }, u"Extract the date."_s}},

        {u"voice"_s,
         {[](A a) { return QJsonValue(a.voice()->toJson()); },
          [](Assistant &a) {
              Voice voice;
              voice.id = u"21m00Tcm4TlvDq8ikWAM"_s;
              voice.provider = u"elevenlabs"_s;
              voice.speed = 1.1;
              a.setVoice(voice);
          },
          parsed(R"({"id": "21m00Tcm4TlvDq8ikWAM", "provider": "elevenlabs", "speed": 1.1})")}},
        {u"voice.provider"_s,
         {[](A a) { return QJsonValue(a.voice()->provider); }, onVoice([](Voice &v) { v.provider = u"elevenlabs"_s; }),
          u"elevenlabs"_s}},
        {u"voice.id"_s,
         {[](A a) { return QJsonValue(a.voice()->id); }, onVoice([](Voice &v) { v.id = u"voice-2"_s; }), u"voice-2"_s}},
        {u"voice.speed"_s, {[](A a) { return json(a.voice()->speed); }, onVoice([](Voice &v) { v.speed = 1.2; }), 1.2}},
        {u"voice.volume"_s,
         {[](A a) { return json(a.voice()->volume); }, onVoice([](Voice &v) { v.volume = 0.8; }), 0.8}},
        {u"background_sound"_s,
         {[](A a) { return json(a.backgroundSound()); }, [](Assistant &a) { a.setBackgroundSound(std::nullopt); },
          QJsonValue::Null}},
        {u"background_sound_volume"_s,
         {[](A a) { return json(a.backgroundSoundVolume()); }, [](Assistant &a) { a.setBackgroundSoundVolume(0.25); },
          0.25}},
        {u"thinking_sound"_s,
         {[](A a) { return json(a.thinkingSound()); },
          [](Assistant &a) { a.setThinkingSound(u"keyboard-typing.ogg"_s); }, u"keyboard-typing.ogg"_s}},
        {u"thinking_sound_probability"_s,
         {[](A a) { return json(a.thinkingSoundProbability()); },
          [](Assistant &a) { a.setThinkingSoundProbability(0.4); }, 0.4}},
        {u"thinking_sound_volume"_s,
         {[](A a) { return json(a.thinkingSoundVolume()); }, [](Assistant &a) { a.setThinkingSoundVolume(0.6); }, 0.6}},

        {u"call_retry_config"_s,
         {[](A a) { return QJsonValue(a.callRetryConfig()->toJson()); },
          [](Assistant &a) {
              CallRetryConfig config;
              config.allowedDays = QStringList{u"tuesday"_s, u"friday"_s};
              config.callTwiceInARow = false;
              CallingWindow window;
              window.startTime = u"09:00"_s;
              window.endTime = u"12:00"_s;
              window.retryDelaySeconds = 600;
              config.callingWindows = {window};
              config.maxRetryAttempts = 4; // not the default, which a new object leaves out
              config.timezone = u"Europe/Paris"_s;
              a.setCallRetryConfig(config);
          },
          parsed(R"({"allowed_days": ["tuesday", "friday"], "call_twice_in_a_row": false,
                     "calling_windows": [{"calling_window_start_time": "09:00", "calling_window_end_time": "12:00",
                                          "retry_delay_seconds": 600}],
                     "max_retry_attempts": 4, "timezone": "Europe/Paris"})")}},
        {u"call_retry_config.allowed_days"_s,
         {[](A a) { return json(a.callRetryConfig()->allowedDays); }, onRetry([](CallRetryConfig &c) {
              c.allowedDays = QStringList{u"saturday"_s, u"sunday"_s};
          }),
          parsed(R"(["saturday", "sunday"])")}},
        {u"call_retry_config.call_twice_in_a_row"_s,
         {[](A a) { return json(a.callRetryConfig()->callTwiceInARow); },
          onRetry([](CallRetryConfig &c) { c.callTwiceInARow = false; }), false}},
        {u"call_retry_config.max_retry_attempts"_s,
         {[](A a) { return QJsonValue(a.callRetryConfig()->maxRetryAttempts); },
          onRetry([](CallRetryConfig &c) { c.maxRetryAttempts = 5; }), 5}},
        {u"call_retry_config.timezone"_s,
         {[](A a) { return json(a.callRetryConfig()->timezone); },
          onRetry([](CallRetryConfig &c) { c.timezone = u"America/New_York"_s; }), u"America/New_York"_s}},
        {u"call_retry_config.calling_windows"_s,
         {[](A a) { return jsonList(a.callRetryConfig()->callingWindows); }, onRetry([](CallRetryConfig &c) {
              CallingWindow window;
              window.startTime = u"14:00"_s;
              window.endTime = u"18:00"_s;
              window.retryDelaySeconds = 900;
              c.callingWindows = {window};
          }),
          parsed(R"([{"calling_window_start_time": "14:00", "calling_window_end_time": "18:00",
                      "retry_delay_seconds": 900}])")}},
        {u"call_retry_config.calling_windows[].calling_window_start_time"_s,
         {[](A a) { return QJsonValue(window(a).startTime); },
          onRetry([](CallRetryConfig &c) { c.callingWindows.first().startTime = u"08:30"_s; }), u"08:30"_s}},
        {u"call_retry_config.calling_windows[].calling_window_end_time"_s,
         {[](A a) { return QJsonValue(window(a).endTime); },
          onRetry([](CallRetryConfig &c) { c.callingWindows.first().endTime = u"17:45"_s; }), u"17:45"_s}},
        {u"call_retry_config.calling_windows[].retry_delay_seconds"_s,
         {[](A a) { return QJsonValue(window(a).retryDelaySeconds); },
          onRetry([](CallRetryConfig &c) { c.callingWindows.first().retryDelaySeconds = 1200; }), 1200}},

        {u"custom_tools"_s,
         {[](A a) { return jsonList(a.customTools()); },
          [](Assistant &a) {
              CustomTool tool;
              tool.name = u"lookup_order"_s;
              tool.description = u"Looks an order up."_s;
              tool.method = u"POST"_s;
              tool.url = u"https://api.example.com/orders"_s;
              tool.bodyTemplate = uR"({"id": "{{order_id}}"})"_s;
              tool.headers = {KeyValue{u"Authorization"_s, u"Bearer t0ken"_s, {}}};
              tool.queryParams = {KeyValue{u"page"_s, u"1"_s, {}}};
              TypedParameter parameter;
              parameter.name = u"order_id"_s;
              parameter.type = u"string"_s;
              parameter.required = true;
              tool.inputSchema = {parameter};
              a.setCustomTools({tool});
          },
          parsed(R"([{"name": "lookup_order", "description": "Looks an order up.", "method": "POST",
                      "url": "https://api.example.com/orders", "body_template": "{\"id\": \"{{order_id}}\"}",
                      "headers": [{"key": "Authorization", "value": "Bearer t0ken"}],
                      "query_params": [{"key": "page", "value": "1"}],
                      "input_schema": [{"name": "order_id", "type": "string", "required": true}]}])")}},
        {u"custom_tools[].name"_s,
         {[](A a) { return QJsonValue(tool(a).name); }, onTool([](CustomTool &t) { t.name = u"book_slot"_s; }),
          u"book_slot"_s}},
        {u"custom_tools[].description"_s,
         {[](A a) { return QJsonValue(tool(a).description); },
          onTool([](CustomTool &t) { t.description = u"Books a slot."_s; }), u"Books a slot."_s}},
        {u"custom_tools[].method"_s,
         {[](A a) { return QJsonValue(tool(a).method); }, onTool([](CustomTool &t) { t.method = u"PUT"_s; }),
          u"PUT"_s}},
        {u"custom_tools[].url"_s,
         {[](A a) { return QJsonValue(tool(a).url); },
          onTool([](CustomTool &t) { t.url = u"https://api.example.com/slots"_s; }),
          u"https://api.example.com/slots"_s}},
        {u"custom_tools[].body_template"_s,
         {[](A a) { return json(tool(a).bodyTemplate); }, onTool([](CustomTool &t) { t.bodyTemplate = u"{}"_s; }),
          u"{}"_s}},
        {u"custom_tools[].headers"_s,
         {[](A a) { return jsonList(tool(a).headers); }, onTool([](CustomTool &t) {
              t.headers = {KeyValue{u"X-Api-Key"_s, u"k-2"_s, {}}};
          }),
          parsed(R"([{"key": "X-Api-Key", "value": "k-2"}])")}},
        {u"custom_tools[].headers[].key"_s,
         {[](A a) { return QJsonValue(tool(a).headers.first().key); },
          onTool([](CustomTool &t) { t.headers.first().key = u"Authorization"_s; }), u"Authorization"_s}},
        {u"custom_tools[].headers[].value"_s,
         {[](A a) { return QJsonValue(tool(a).headers.first().value); },
          onTool([](CustomTool &t) { t.headers.first().value = u"Bearer n3w"_s; }), u"Bearer n3w"_s}},
        {u"custom_tools[].query_params"_s,
         {[](A a) { return jsonList(tool(a).queryParams); }, onTool([](CustomTool &t) {
              t.queryParams = {KeyValue{u"limit"_s, u"10"_s, {}}};
          }),
          parsed(R"([{"key": "limit", "value": "10"}])")}},
        {u"custom_tools[].query_params[].key"_s,
         {[](A a) { return QJsonValue(tool(a).queryParams.first().key); },
          onTool([](CustomTool &t) { t.queryParams.first().key = u"offset"_s; }), u"offset"_s}},
        {u"custom_tools[].query_params[].value"_s,
         {[](A a) { return QJsonValue(tool(a).queryParams.first().value); },
          onTool([](CustomTool &t) { t.queryParams.first().value = u"20"_s; }), u"20"_s}},
        {u"custom_tools[].input_schema"_s,
         {[](A a) { return jsonList(tool(a).inputSchema); }, onTool([](CustomTool &t) {
              TypedParameter parameter;
              parameter.name = u"date"_s;
              parameter.type = u"date"_s;
              parameter.required = true; // false, the default, a new object leaves out
              t.inputSchema = {parameter};
          }),
          parsed(R"([{"name": "date", "type": "date", "required": true}])")}},
        {u"custom_tools[].input_schema[].name"_s,
         {[](A a) { return QJsonValue(tool(a).inputSchema.first().name); },
          onTool([](CustomTool &t) { t.inputSchema.first().name = u"order_id"_s; }), u"order_id"_s}},
        {u"custom_tools[].input_schema[].type"_s,
         {[](A a) { return QJsonValue(tool(a).inputSchema.first().type); },
          onTool([](CustomTool &t) { t.inputSchema.first().type = u"number"_s; }), u"number"_s}},
        {u"custom_tools[].input_schema[].required"_s,
         {[](A a) { return QJsonValue(tool(a).inputSchema.first().required); },
          onTool([](CustomTool &t) { t.inputSchema.first().required = false; }), false}},
        {u"custom_tools[].input_schema[].description"_s,
         {[](A a) { return json(tool(a).inputSchema.first().description); },
          onTool([](CustomTool &t) { t.inputSchema.first().description = u"The order."_s; }), u"The order."_s}},
        {u"custom_tools[].input_schema[].enum_options"_s,
         {[](A a) { return json(tool(a).inputSchema.first().enumOptions); }, onTool([](CustomTool &t) {
              t.inputSchema.first().enumOptions = QStringList{u"a"_s, u"b"_s};
          }),
          parsed(R"(["a", "b"])")}},

        {u"faq_items"_s,
         {[](A a) { return jsonList(a.faqItems()); },
          [](Assistant &a) {
              FaqItem item;
              item.question = u"Open on Sunday?"_s;
              item.answer = u"No."_s;
              a.setFaqItems({item});
          },
          parsed(R"([{"question": "Open on Sunday?", "answer": "No."}])")}},
        {u"faq_items[].question"_s,
         {[](A a) { return QJsonValue(faq(a).question); }, onFaq([](FaqItem &f) { f.question = u"Do you deliver?"_s; }),
          u"Do you deliver?"_s}},
        {u"faq_items[].answer"_s,
         {[](A a) { return QJsonValue(faq(a).answer); }, onFaq([](FaqItem &f) { f.answer = u"Yes, daily."_s; }),
          u"Yes, daily."_s}},
        {u"faq_items[].id"_s, {[](A a) { return json(faq(a).id); }, {}, u"faq-2"_s}},
        {u"faq_items[].needs_human_answer"_s, {[](A a) { return json(faq(a).needsHumanAnswer); }, {}, false}},
        {u"faq_items[].source"_s, {[](A a) { return json(faq(a).source); }, {}, u"ai"_s}},

        {u"structured_output_config"_s,
         {[](A a) { return jsonList(*a.structuredOutputConfig()); },
          [](Assistant &a) {
              TypedParameter field;
              field.name = u"outcome"_s;
              field.type = u"enum"_s;
              field.required = true;
              field.enumOptions = QStringList{u"yes"_s, u"no"_s};
              a.setStructuredOutputConfig(QList<TypedParameter>{field});
          },
          parsed(R"([{"name": "outcome", "type": "enum", "required": true, "enum_options": ["yes", "no"]}])")}},
        {u"structured_output_config[].name"_s,
         {[](A a) { return QJsonValue(output(a).name); },
          onOutput([](TypedParameter &p) { p.name = u"callback_date"_s; }), u"callback_date"_s}},
        {u"structured_output_config[].type"_s,
         {[](A a) { return QJsonValue(output(a).type); }, onOutput([](TypedParameter &p) { p.type = u"boolean"_s; }),
          u"boolean"_s}},
        {u"structured_output_config[].required"_s,
         {[](A a) { return QJsonValue(output(a).required); }, onOutput([](TypedParameter &p) { p.required = false; }),
          false}},
        {u"structured_output_config[].description"_s,
         {[](A a) { return json(output(a).description); },
          onOutput([](TypedParameter &p) { p.description = u"When to call back."_s; }), u"When to call back."_s}},
        {u"structured_output_config[].enum_options"_s,
         {[](A a) { return json(output(a).enumOptions); }, onOutput([](TypedParameter &p) {
              p.enumOptions = QStringList{u"x"_s, u"y"_s};
          }),
          parsed(R"(["x", "y"])")}},

        {u"ivr_navigation_enabled"_s,
         {[](A a) { return json(a.ivrNavigationEnabled()); }, [](Assistant &a) { a.setIvrNavigationEnabled(false); },
          false}},
        {u"voicemail_message"_s,
         {[](A a) { return json(a.voicemailMessage()); },
          [](Assistant &a) { a.setVoicemailMessage(u"Call us back."_s); }, u"Call us back."_s}},
        {u"voicemail_sms_prompt"_s,
         {[](A a) { return json(a.voicemailSmsPrompt()); },
          [](Assistant &a) { a.setVoicemailSmsPrompt(u"Text them."_s); }, u"Text them."_s}},
        {u"sms_enabled"_s,
         {[](A a) { return json(a.smsEnabled()); }, [](Assistant &a) { a.setSmsEnabled(false); }, false}},
        {u"sms_template"_s,
         {[](A a) { return json(a.smsTemplate()); }, [](Assistant &a) { a.setSmsTemplate(u"Hi {{name}}"_s); },
          u"Hi {{name}}"_s}},
        {u"after_call_sms_prompt"_s,
         {[](A a) { return json(a.afterCallSmsPrompt()); },
          [](Assistant &a) { a.setAfterCallSmsPrompt(u"Thank them."_s); }, u"Thank them."_s}},
        {u"email_notification_address"_s,
         {[](A a) { return json(a.emailNotificationAddress()); },
          [](Assistant &a) { a.setEmailNotificationAddress(u"ops@example.com"_s); }, u"ops@example.com"_s}},
        {u"email_notification_outcomes"_s,
         {[](A a) { return json(a.emailNotificationOutcomes()); },
          [](Assistant &a) {
              a.setEmailNotificationOutcomes({u"completed"_s, u"interested"_s});
          },
          parsed(R"(["completed", "interested"])")}},
        {u"transfer_phone_number"_s,
         {[](A a) { return json(a.transferPhoneNumber()); },
          [](Assistant &a) { a.setTransferPhoneNumber(u"+14155550100"_s); }, u"+14155550100"_s}},
        {u"human_transfer_mode"_s,
         {[](A a) { return json(a.humanTransferMode()); }, [](Assistant &a) { a.setHumanTransferMode(u"cold"_s); },
          u"cold"_s}},
        {u"warm_transfer_summary_instructions"_s,
         {[](A a) { return json(a.warmTransferSummaryInstructions()); },
          [](Assistant &a) { a.setWarmTransferSummaryInstructions(u"Summarise."_s); }, u"Summarise."_s}},
        {u"from_phone_number"_s,
         {[](A a) { return json(a.fromPhoneNumber()); }, [](Assistant &a) { a.setFromPhoneNumber(u"+33142685300"_s); },
          u"+33142685300"_s}},
    };
    return fields;
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
    void typedRoundTripsAreOfCatalogueFields();
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
    // Through each field's typed getter and setter (typedFields()), not the stored JSON: a getter that reads
    // another key, a setter that writes the wrong place or type, a value lost on the wire fail the field's row.
    QFETCH(QString, path);
    QVERIFY2(typedFields().contains(path), "a catalogued field without its typed round trip in typedFields()");
    const TypedField &field = typedFields()[path];
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
    const QJsonValue seeded = valueAt(seed, path);
    QVERIFY2(!seeded.isUndefined(), "the seed example (or its variants above) holds every catalogued field");
    QVERIFY2(field.value != seeded, "the round trip needs a value unlike the seed's");
    // Writable fields go through their setter; read-only ones have none, the server sets them.
    QCOMPARE(bool(field.write), !AssistantSchema::field(path)->readOnly);

    const auto decode = [](const QJsonObject &json) {
        return AssistantJson::decodeWrappedAssistant("{\"assistant\":" + QJsonDocument(json).toJson() + "}");
    };
    const std::optional<Assistant> decoded = decode(seed);
    QVERIFY(decoded);
    QCOMPARE(field.read(*decoded), seeded); // the getter reads what the server sent

    const QJsonObject expected = withValueAt(seed, path, field.value);
    Assistant changed;
    if (field.write) {
        // The setter puts the new value at its place, and changes nothing else.
        changed = *decoded;
        field.write(changed);
        QCOMPARE(field.read(changed), field.value);
        QCOMPARE(valueAt(changed.json(), path), field.value);
        if (field.reshapesParent) {
            const QString parent = path.section(u'.', 0, 0);
            QJsonObject rest = changed.json();
            rest.remove(parent);
            QJsonObject expectedRest = expected;
            expectedRest.remove(parent);
            QCOMPARE(rest, expectedRest);
        } else {
            QCOMPARE(changed.json(), expected);
        }
    } else {
        const std::optional<Assistant> fromServer = decode(expected);
        QVERIFY(fromServer);
        changed = *fromServer;
    }
    // Sent and read back, the getter gives the new value.
    QString error;
    const std::optional<Assistant> again = AssistantJson::decodeAssistant(AssistantJson::encode(changed), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(field.read(*again), field.value);
}

void TestAssistant::typedRoundTripsAreOfCatalogueFields()
{
    for (auto it = typedFields().cbegin(); it != typedFields().cend(); ++it)
        QVERIFY2(AssistantSchema::field(it.key()), qPrintable(it.key()));
    QCOMPARE(typedFields().size(), AssistantSchema::fields().size());
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
