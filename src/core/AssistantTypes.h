// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Typed views of the nested objects of an assistant. Each keeps the object it was read from
// (`raw`), so members this version does not know (voice.model, …) survive fromJson → edit → toJson.
// A std::optional member that is empty means JSON null, or the key absent when it was absent before.

struct Voice
{
    QString id;
    QString provider; // "cartesia" or "elevenlabs"
    std::optional<double> speed;
    std::optional<double> volume; // Cartesia only
    QJsonObject raw;

    static Voice fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    friend bool operator==(const Voice &a, const Voice &b) { return a.toJson() == b.toJson(); }
};

// Union discriminated by `type`: "dedicated-instance" uses `name`, "openrouter" the two openrouter
// members, "realtime" its provider, model and voice. Other variants (newer API) pass through untouched.
struct LlmModel
{
    QString type;
    QString name;
    QString openrouterModelId;
    QString openrouterProvider;
    QJsonObject raw;
    QString provider; // realtime
    QString realtimeModelId;
    QString realtimeVoiceId;

    static LlmModel fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    friend bool operator==(const LlmModel &a, const LlmModel &b) { return a.toJson() == b.toJson(); }
};

struct Calendly
{
    QString connectionId;
    QString eventTypeId;
    QJsonObject raw;

    static Calendly fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

struct CallingWindow
{
    QString startTime; // 'HH:mm' or 'H:mma'
    QString endTime;
    qint64 retryDelaySeconds = defaultRetryDelaySeconds();
    QJsonObject raw;

    static qint64 defaultRetryDelaySeconds(); // the catalogue's server default
    static CallingWindow fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

struct CallRetryConfig
{
    std::optional<QStringList> allowedDays;
    std::optional<bool> callTwiceInARow;
    QList<CallingWindow> callingWindows;
    qint64 maxRetryAttempts = defaultMaxRetryAttempts();
    std::optional<QString> timezone;
    QJsonObject raw;

    static qint64 defaultMaxRetryAttempts(); // the catalogue's server default
    static CallRetryConfig fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

// One entry of custom_tools[].headers or custom_tools[].query_params.
struct KeyValue
{
    QString key;
    QString value;
    QJsonObject raw;

    static KeyValue fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

// One entry of custom_tools[].input_schema or structured_output_config: both have this shape.
struct TypedParameter
{
    QString name;
    QString type; // string number boolean enum date datetime
    bool required = false;
    std::optional<QString> description;
    std::optional<QStringList> enumOptions;
    QJsonObject raw;

    static TypedParameter fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

struct CustomTool
{
    QString name;
    QString description;
    QString method = QStringLiteral("GET");
    QString url;
    std::optional<QString> bodyTemplate;
    QList<KeyValue> headers;
    QList<KeyValue> queryParams;
    QList<TypedParameter> inputSchema;
    QJsonObject raw;

    static CustomTool fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

struct FaqItem
{
    QString question;
    QString answer;
    std::optional<QString> id; // read-only
    std::optional<bool> needsHumanAnswer; // read-only
    std::optional<QString> source; // read-only: "human" or "ai"
    QJsonObject raw;

    static FaqItem fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};
