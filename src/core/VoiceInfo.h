// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// One item of GET /voices: a voice an assistant can use (its `id` + `provider` go into `voice`).
// `raw` keeps the whole object: newer servers add members (model_compat, …) the UI may show.
struct VoiceInfo
{
    QString id;
    QString name;
    QString description;
    QString language; // "en", "fr", …
    QString provider; // "cartesia" or "elevenlabs"
    std::optional<QString> accent;
    std::optional<QString> gender;
    std::optional<bool> isCloned;
    QJsonObject raw;

    static VoiceInfo fromJson(const QJsonObject &object)
    {
        const auto optionalString = [&object](QStringView key) {
            const QJsonValue value = object.value(key);
            return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
        };
        VoiceInfo voice;
        voice.id = object.value(u"id").toString();
        voice.name = object.value(u"name").toString();
        voice.description = object.value(u"description").toString();
        voice.language = object.value(u"language").toString();
        voice.provider = object.value(u"provider").toString();
        voice.accent = optionalString(u"accent");
        voice.gender = optionalString(u"gender");
        if (const QJsonValue cloned = object.value(u"is_cloned"); cloned.isBool())
            voice.isCloned = cloned.toBool();
        voice.raw = object;
        return voice;
    }

    friend bool operator==(const VoiceInfo &a, const VoiceInfo &b) { return a.raw == b.raw; }
};

Q_DECLARE_METATYPE(VoiceInfo)
