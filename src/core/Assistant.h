// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AssistantTypes.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// One Revox assistant: the whole JSON object as the server sent it, with typed access to every
// catalogued field. Keys this version does not know are kept and written back unchanged.
class Assistant
{
public:
    Assistant() = default;
    explicit Assistant(const QJsonObject &json)
        : m_json(json)
    { }

    // nullopt unless `value` is a JSON object.
    static std::optional<Assistant> fromJson(const QJsonValue &value);
    const QJsonObject &json() const { return m_json; }

    bool contains(const QString &key) const { return m_json.contains(key); }
    QJsonValue value(const QString &key) const { return m_json.value(key); }
    void setValue(const QString &key, const QJsonValue &value) { m_json.insert(key, value); }
    void remove(const QString &key) { m_json.remove(key); }
    QStringList unknownKeys() const; // keys not in AssistantSchema, in JSON order

    // --- read-only ---
    QString id() const { return string(u"id"); }
    QString organizationId() const { return string(u"organization_id"); }
    QJsonValue createdAt() const { return m_json.value(u"created_at"); }
    QJsonValue updatedAt() const { return m_json.value(u"updated_at"); }
    std::optional<double> pendingFaqCount() const { return optionalDouble(u"pending_faq_count"); }

    // --- general ---
    QString name() const { return string(u"name"); }
    void setName(const QString &name) { setValue(QStringLiteral("name"), name); }
    std::optional<LlmModel> llmModel() const;
    void setLlmModel(const LlmModel &model) { setValue(QStringLiteral("llm_model"), model.toJson()); }
    std::optional<double> maxCallDurationSecs() const { return optionalDouble(u"max_call_duration_secs"); }
    void setMaxCallDurationSecs(double secs) { setValue(QStringLiteral("max_call_duration_secs"), secs); }
    std::optional<QString> webhookUrl() const { return optionalString(u"webhook_url"); }
    void setWebhookUrl(const std::optional<QString> &url) { setNullable(QStringLiteral("webhook_url"), url); }
    std::optional<Calendly> calendly() const;
    void setCalendly(const std::optional<Calendly> &calendly);

    // --- prompt ---
    QString prompt() const { return string(u"prompt"); }
    void setPrompt(const QString &prompt) { setValue(QStringLiteral("prompt"), prompt); }
    std::optional<QString> firstSentence() const { return optionalString(u"first_sentence"); }
    void setFirstSentence(const std::optional<QString> &text) { setNullable(QStringLiteral("first_sentence"), text); }
    QString firstSentenceMode() const { return string(u"first_sentence_mode"); }
    void setFirstSentenceMode(const QString &mode) { setValue(QStringLiteral("first_sentence_mode"), mode); }
    std::optional<qint64> firstSentenceDelayMs() const;
    void setFirstSentenceDelayMs(qint64 ms) { setValue(QStringLiteral("first_sentence_delay_ms"), ms); }
    std::optional<QString> endOfCallSentence() const { return optionalString(u"end_of_call_sentence"); }
    void setEndOfCallSentence(const std::optional<QString> &text)
    {
        setNullable(QStringLiteral("end_of_call_sentence"), text);
    }
    std::optional<QString> maxDurationEndMessage() const { return optionalString(u"max_duration_end_message"); }
    void setMaxDurationEndMessage(const std::optional<QString> &text)
    {
        setNullable(QStringLiteral("max_duration_end_message"), text);
    }
    std::optional<QString> structuredOutputPrompt() const { return optionalString(u"structured_output_prompt"); }
    void setStructuredOutputPrompt(const std::optional<QString> &text)
    {
        setNullable(QStringLiteral("structured_output_prompt"), text);
    }

    // --- voice ---
    std::optional<Voice> voice() const;
    void setVoice(const std::optional<Voice> &voice);
    std::optional<QString> backgroundSound() const { return optionalString(u"background_sound"); }
    void setBackgroundSound(const std::optional<QString> &sound)
    {
        setNullable(QStringLiteral("background_sound"), sound);
    }
    std::optional<double> backgroundSoundVolume() const { return optionalDouble(u"background_sound_volume"); }
    void setBackgroundSoundVolume(double volume) { setValue(QStringLiteral("background_sound_volume"), volume); }
    std::optional<QString> thinkingSound() const { return optionalString(u"thinking_sound"); }
    void setThinkingSound(const std::optional<QString> &sound) { setNullable(QStringLiteral("thinking_sound"), sound); }
    std::optional<double> thinkingSoundProbability() const { return optionalDouble(u"thinking_sound_probability"); }
    void setThinkingSoundProbability(double p) { setValue(QStringLiteral("thinking_sound_probability"), p); }
    std::optional<double> thinkingSoundVolume() const { return optionalDouble(u"thinking_sound_volume"); }
    void setThinkingSoundVolume(double volume) { setValue(QStringLiteral("thinking_sound_volume"), volume); }

    // --- retry windows ---
    std::optional<CallRetryConfig> callRetryConfig() const;
    void setCallRetryConfig(const std::optional<CallRetryConfig> &config);

    // --- lists ---
    QList<CustomTool> customTools() const;
    void setCustomTools(const QList<CustomTool> &tools);
    QList<FaqItem> faqItems() const;
    void setFaqItems(const QList<FaqItem> &items);
    std::optional<QList<TypedParameter>> structuredOutputConfig() const;
    void setStructuredOutputConfig(const std::optional<QList<TypedParameter>> &fields);

    // --- calls and messages ---
    std::optional<bool> ivrNavigationEnabled() const { return optionalBool(u"ivr_navigation_enabled"); }
    void setIvrNavigationEnabled(bool on) { setValue(QStringLiteral("ivr_navigation_enabled"), on); }
    std::optional<QString> voicemailMessage() const { return optionalString(u"voicemail_message"); }
    void setVoicemailMessage(const std::optional<QString> &text)
    {
        setNullable(QStringLiteral("voicemail_message"), text);
    }
    std::optional<QString> voicemailSmsPrompt() const { return optionalString(u"voicemail_sms_prompt"); }
    void setVoicemailSmsPrompt(const std::optional<QString> &text)
    {
        setNullable(QStringLiteral("voicemail_sms_prompt"), text);
    }
    std::optional<bool> smsEnabled() const { return optionalBool(u"sms_enabled"); }
    void setSmsEnabled(bool on) { setValue(QStringLiteral("sms_enabled"), on); }
    std::optional<QString> smsTemplate() const { return optionalString(u"sms_template"); }
    void setSmsTemplate(const std::optional<QString> &text) { setNullable(QStringLiteral("sms_template"), text); }
    std::optional<QString> afterCallSmsPrompt() const { return optionalString(u"after_call_sms_prompt"); }
    void setAfterCallSmsPrompt(const std::optional<QString> &text)
    {
        setNullable(QStringLiteral("after_call_sms_prompt"), text);
    }
    std::optional<QString> emailNotificationAddress() const { return optionalString(u"email_notification_address"); }
    void setEmailNotificationAddress(const std::optional<QString> &address)
    {
        setNullable(QStringLiteral("email_notification_address"), address);
    }
    QStringList emailNotificationOutcomes() const;
    void setEmailNotificationOutcomes(const QStringList &outcomes);
    std::optional<QString> transferPhoneNumber() const { return optionalString(u"transfer_phone_number"); }
    void setTransferPhoneNumber(const std::optional<QString> &number)
    {
        setNullable(QStringLiteral("transfer_phone_number"), number);
    }
    std::optional<QString> humanTransferMode() const { return optionalString(u"human_transfer_mode"); }
    void setHumanTransferMode(const std::optional<QString> &mode)
    {
        setNullable(QStringLiteral("human_transfer_mode"), mode);
    }
    std::optional<QString> warmTransferSummaryInstructions() const
    {
        return optionalString(u"warm_transfer_summary_instructions");
    }
    void setWarmTransferSummaryInstructions(const std::optional<QString> &text)
    {
        setNullable(QStringLiteral("warm_transfer_summary_instructions"), text);
    }
    std::optional<QString> fromPhoneNumber() const { return optionalString(u"from_phone_number"); }
    void setFromPhoneNumber(const std::optional<QString> &number)
    {
        setNullable(QStringLiteral("from_phone_number"), number);
    }

    friend bool operator==(const Assistant &a, const Assistant &b) { return a.m_json == b.m_json; }

private:
    QString string(QStringView key) const { return m_json.value(key).toString(); }
    std::optional<QString> optionalString(QStringView key) const;
    std::optional<double> optionalDouble(QStringView key) const;
    std::optional<bool> optionalBool(QStringView key) const;
    // Empty means JSON null: the user cleared a nullable field.
    void setNullable(const QString &key, const std::optional<QString> &value);

    QJsonObject m_json;
};

Q_DECLARE_METATYPE(Assistant)
