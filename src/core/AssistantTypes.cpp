// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantTypes.h"

#include "AssistantSchema.h"
#include "JsonUtil.h"

#include <QJsonArray>

using namespace JsonUtil;

Voice Voice::fromJson(const QJsonObject &object)
{
    return {object.value(u"id").toString(), object.value(u"provider").toString(),
            optionalDouble(object.value(u"speed")), optionalDouble(object.value(u"volume")), object};
}

QJsonObject Voice::toJson() const
{
    QJsonObject object = raw;
    putKeepingAbsent(object, QStringLiteral("id"), id, QString());
    putKeepingAbsent(object, QStringLiteral("provider"), provider, QString());
    putOptional(object, QStringLiteral("speed"), speed);
    putOptional(object, QStringLiteral("volume"), volume);
    return object;
}

LlmModel LlmModel::fromJson(const QJsonObject &object)
{
    return {object.value(u"type").toString(),
            object.value(u"name").toString(),
            object.value(u"openrouter_model_id").toString(),
            object.value(u"openrouter_provider").toString(),
            object,
            object.value(u"provider").toString(),
            object.value(u"realtime_model_id").toString(),
            object.value(u"realtime_voice_id").toString()};
}

QJsonObject LlmModel::toJson() const
{
    // Each variant carries its own members only: switching variants drops the other ones'.
    static const QStringList realtimeKeys
        = {QStringLiteral("provider"), QStringLiteral("realtime_model_id"), QStringLiteral("realtime_voice_id")};
    QJsonObject object = raw;
    putKeepingAbsent(object, QStringLiteral("type"), type, QString());
    if (type == u"dedicated-instance") {
        object.remove(u"openrouter_model_id");
        object.remove(u"openrouter_provider");
        for (const QString &key : realtimeKeys)
            object.remove(key);
        putKeepingAbsent(object, QStringLiteral("name"), name, QString());
    } else if (type == u"openrouter") {
        object.remove(u"name");
        for (const QString &key : realtimeKeys)
            object.remove(key);
        putKeepingAbsent(object, QStringLiteral("openrouter_model_id"), openrouterModelId, QString());
        putKeepingAbsent(object, QStringLiteral("openrouter_provider"), openrouterProvider, QString());
    } else if (type == u"realtime") {
        object.remove(u"name");
        object.remove(u"openrouter_model_id");
        object.remove(u"openrouter_provider");
        putKeepingAbsent(object, QStringLiteral("provider"), provider, QString());
        putKeepingAbsent(object, QStringLiteral("realtime_model_id"), realtimeModelId, QString());
        putKeepingAbsent(object, QStringLiteral("realtime_voice_id"), realtimeVoiceId, QString());
    }
    return object;
}

Calendly Calendly::fromJson(const QJsonObject &object)
{
    return {object.value(u"connection_id").toString(), object.value(u"event_type_id").toString(), object};
}

QJsonObject Calendly::toJson() const
{
    QJsonObject object = raw;
    putKeepingAbsent(object, QStringLiteral("connection_id"), connectionId, QString());
    putKeepingAbsent(object, QStringLiteral("event_type_id"), eventTypeId, QString());
    return object;
}

qint64 CallingWindow::defaultRetryDelaySeconds()
{
    static const qint64 seconds
        = AssistantSchema::serverDefault(QStringLiteral("call_retry_config.calling_windows[].retry_delay_seconds"))
              .toInteger();
    return seconds;
}

CallingWindow CallingWindow::fromJson(const QJsonObject &object)
{
    return {object.value(u"calling_window_start_time").toString(), object.value(u"calling_window_end_time").toString(),
            object.value(u"retry_delay_seconds").toInteger(defaultRetryDelaySeconds()), object};
}

QJsonObject CallingWindow::toJson() const
{
    QJsonObject object = raw;
    putKeepingAbsent(object, QStringLiteral("calling_window_start_time"), startTime, QString());
    putKeepingAbsent(object, QStringLiteral("calling_window_end_time"), endTime, QString());
    putKeepingAbsent(object, QStringLiteral("retry_delay_seconds"), retryDelaySeconds, defaultRetryDelaySeconds());
    return object;
}

qint64 CallRetryConfig::defaultMaxRetryAttempts()
{
    static const qint64 attempts
        = AssistantSchema::serverDefault(QStringLiteral("call_retry_config.max_retry_attempts")).toInteger();
    return attempts;
}

CallRetryConfig CallRetryConfig::fromJson(const QJsonObject &object)
{
    CallRetryConfig config;
    config.allowedDays = optionalStringList(object.value(u"allowed_days"));
    config.callTwiceInARow = optionalBool(object.value(u"call_twice_in_a_row"));
    config.callingWindows = JsonUtil::listFrom<CallingWindow>(object.value(u"calling_windows"));
    config.maxRetryAttempts = object.value(u"max_retry_attempts").toInteger(defaultMaxRetryAttempts());
    config.timezone = optionalString(object.value(u"timezone"));
    config.raw = object;
    return config;
}

QJsonObject CallRetryConfig::toJson() const
{
    QJsonObject object = raw;
    putOptional(object, QStringLiteral("allowed_days"), allowedDays);
    putOptional(object, QStringLiteral("call_twice_in_a_row"), callTwiceInARow);
    putKeepingAbsent(object, QStringLiteral("calling_windows"), JsonUtil::arrayFrom(callingWindows), QJsonArray());
    putKeepingAbsent(object, QStringLiteral("max_retry_attempts"), maxRetryAttempts, defaultMaxRetryAttempts());
    putOptional(object, QStringLiteral("timezone"), timezone, WhenEmpty::WriteNull);
    return object;
}

KeyValue KeyValue::fromJson(const QJsonObject &object)
{
    return {object.value(u"key").toString(), object.value(u"value").toString(), object};
}

QJsonObject KeyValue::toJson() const
{
    QJsonObject object = raw;
    putKeepingAbsent(object, QStringLiteral("key"), key, QString());
    putKeepingAbsent(object, QStringLiteral("value"), value, QString());
    return object;
}

TypedParameter TypedParameter::fromJson(const QJsonObject &object)
{
    return {object.value(u"name").toString(),
            object.value(u"type").toString(),
            object.value(u"required").toBool(),
            optionalString(object.value(u"description")),
            optionalStringList(object.value(u"enum_options")),
            object};
}

QJsonObject TypedParameter::toJson() const
{
    QJsonObject object = raw;
    putKeepingAbsent(object, QStringLiteral("name"), name, QString());
    putKeepingAbsent(object, QStringLiteral("type"), type, QString());
    putKeepingAbsent(object, QStringLiteral("required"), required, false);
    putOptional(object, QStringLiteral("description"), description);
    putOptional(object, QStringLiteral("enum_options"), enumOptions);
    return object;
}

CustomTool CustomTool::fromJson(const QJsonObject &object)
{
    CustomTool tool;
    tool.name = object.value(u"name").toString();
    tool.description = object.value(u"description").toString();
    tool.method = object.value(u"method").toString();
    tool.url = object.value(u"url").toString();
    tool.bodyTemplate = optionalString(object.value(u"body_template"));
    tool.headers = JsonUtil::listFrom<KeyValue>(object.value(u"headers"));
    tool.queryParams = JsonUtil::listFrom<KeyValue>(object.value(u"query_params"));
    tool.inputSchema = JsonUtil::listFrom<TypedParameter>(object.value(u"input_schema"));
    tool.raw = object;
    return tool;
}

QJsonObject CustomTool::toJson() const
{
    QJsonObject object = raw;
    putKeepingAbsent(object, QStringLiteral("name"), name, QString());
    putKeepingAbsent(object, QStringLiteral("description"), description, QString());
    putKeepingAbsent(object, QStringLiteral("method"), method, QString());
    putKeepingAbsent(object, QStringLiteral("url"), url, QString());
    putOptional(object, QStringLiteral("body_template"), bodyTemplate, WhenEmpty::WriteNull);
    putKeepingAbsent(object, QStringLiteral("headers"), JsonUtil::arrayFrom(headers), QJsonArray());
    putKeepingAbsent(object, QStringLiteral("query_params"), JsonUtil::arrayFrom(queryParams), QJsonArray());
    putKeepingAbsent(object, QStringLiteral("input_schema"), JsonUtil::arrayFrom(inputSchema), QJsonArray());
    return object;
}

FaqItem FaqItem::fromJson(const QJsonObject &object)
{
    return {object.value(u"question").toString(),    object.value(u"answer").toString(),
            optionalString(object.value(u"id")),     optionalBool(object.value(u"needs_human_answer")),
            optionalString(object.value(u"source")), object};
}

QJsonObject FaqItem::toJson() const
{
    QJsonObject object = raw;
    putKeepingAbsent(object, QStringLiteral("question"), question, QString());
    putKeepingAbsent(object, QStringLiteral("answer"), answer, QString());
    putOptional(object, QStringLiteral("id"), id);
    putOptional(object, QStringLiteral("needs_human_answer"), needsHumanAnswer);
    putOptional(object, QStringLiteral("source"), source);
    return object;
}
