// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>

// Walks an assistant's JSON with the field catalogue beside it (CatalogueTree), for files that spell a secret
// field's value their own way (AssistantFile's {"$secret": NAME}, AssistantBundle's redaction marker), which
// SecretFields, made for values that are text, does not see. `secret` gets each value of a secret field,
// whatever its JSON type, with its concrete path ("custom_tools[0].headers[1].value"), and returns what stands
// there instead; `other`, when set, sees every other object on the way (the assistant itself with an empty path).
struct SecretFieldWalk
{
    std::function<QJsonValue(const QJsonValue &value, const QString &path)> secret;
    std::function<void(const QJsonObject &object, const QString &path)> other;

    QJsonObject assistant(const QJsonObject &json) const;
};
