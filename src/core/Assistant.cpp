// SPDX-License-Identifier: GPL-3.0-or-later
#include "Assistant.h"

#include "AssistantSchema.h"
#include "JsonUtil.h"

#include <QJsonArray>

std::optional<Assistant> Assistant::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    return Assistant(value.toObject());
}

QStringList Assistant::unknownKeys() const
{
    QStringList keys;
    for (auto it = m_json.constBegin(); it != m_json.constEnd(); ++it) {
        if (!AssistantSchema::isKnownTopLevelKey(it.key()))
            keys.append(it.key());
    }
    return keys;
}

std::optional<LlmModel> Assistant::llmModel() const
{
    const QJsonValue value = m_json.value(u"llm_model");
    return value.isObject() ? std::optional(LlmModel::fromJson(value.toObject())) : std::nullopt;
}

std::optional<Calendly> Assistant::calendly() const
{
    const QJsonValue value = m_json.value(u"calendly");
    return value.isObject() ? std::optional(Calendly::fromJson(value.toObject())) : std::nullopt;
}

void Assistant::setCalendly(const std::optional<Calendly> &calendly)
{
    setValue(QStringLiteral("calendly"), calendly ? QJsonValue(calendly->toJson()) : QJsonValue::Null);
}

std::optional<qint64> Assistant::firstSentenceDelayMs() const
{
    return JsonUtil::optionalInteger(m_json.value(u"first_sentence_delay_ms"));
}

std::optional<Voice> Assistant::voice() const
{
    const QJsonValue value = m_json.value(u"voice");
    return value.isObject() ? std::optional(Voice::fromJson(value.toObject())) : std::nullopt;
}

void Assistant::setVoice(const std::optional<Voice> &voice)
{
    setValue(QStringLiteral("voice"), voice ? QJsonValue(voice->toJson()) : QJsonValue::Null);
}

std::optional<CallRetryConfig> Assistant::callRetryConfig() const
{
    const QJsonValue value = m_json.value(u"call_retry_config");
    return value.isObject() ? std::optional(CallRetryConfig::fromJson(value.toObject())) : std::nullopt;
}

void Assistant::setCallRetryConfig(const std::optional<CallRetryConfig> &config)
{
    setValue(QStringLiteral("call_retry_config"), config ? QJsonValue(config->toJson()) : QJsonValue::Null);
}

QList<CustomTool> Assistant::customTools() const
{
    return JsonUtil::listFrom<CustomTool>(m_json.value(u"custom_tools"));
}

void Assistant::setCustomTools(const QList<CustomTool> &tools)
{
    setValue(QStringLiteral("custom_tools"), JsonUtil::arrayFrom(tools));
}

QList<FaqItem> Assistant::faqItems() const
{
    return JsonUtil::listFrom<FaqItem>(m_json.value(u"faq_items"));
}

void Assistant::setFaqItems(const QList<FaqItem> &items)
{
    setValue(QStringLiteral("faq_items"), JsonUtil::arrayFrom(items));
}

std::optional<QList<TypedParameter>> Assistant::structuredOutputConfig() const
{
    const QJsonValue value = m_json.value(u"structured_output_config");
    return value.isArray() ? std::optional(JsonUtil::listFrom<TypedParameter>(value)) : std::nullopt;
}

void Assistant::setStructuredOutputConfig(const std::optional<QList<TypedParameter>> &fields)
{
    setValue(QStringLiteral("structured_output_config"),
             fields ? QJsonValue(JsonUtil::arrayFrom(*fields)) : QJsonValue::Null);
}

QStringList Assistant::emailNotificationOutcomes() const
{
    return JsonUtil::stringList(m_json.value(u"email_notification_outcomes"));
}

void Assistant::setEmailNotificationOutcomes(const QStringList &outcomes)
{
    setValue(QStringLiteral("email_notification_outcomes"), QJsonArray::fromStringList(outcomes));
}

std::optional<QString> Assistant::optionalString(QStringView key) const
{
    return JsonUtil::optionalString(m_json.value(key));
}

std::optional<double> Assistant::optionalDouble(QStringView key) const
{
    return JsonUtil::optionalDouble(m_json.value(key));
}

std::optional<bool> Assistant::optionalBool(QStringView key) const
{
    return JsonUtil::optionalBool(m_json.value(key));
}

void Assistant::setNullable(const QString &key, const std::optional<QString> &value)
{
    setValue(key, value ? QJsonValue(*value) : QJsonValue::Null);
}
