// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxReply.h"

#include "core/Validation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <variant>

// What the routes of every resource (assistants, calls, phone numbers, account) answer alike.
namespace SandboxRoutes {

// The body as a JSON object, or the 400 answer that says why not.
std::variant<QJsonObject, SandboxReply> parseObject(const QByteArray &body);
// 405 with the Allow header.
SandboxReply methodNotAllowed(const QByteArray &allowed);
// 422 {"message":"Validation failed","errors":[{field,message}…]}, the real API's shape.
SandboxReply validationFailed(const QJsonArray &errors);
QJsonObject fieldError(const QString &field, const QString &message);
// The field errors an assistant body is answerable for: the issues of the keys it carries and, when
// `creating`, those of the required keys it lacks. `prefix` goes before each path ("assistant." for the
// inline assistant of POST /call).
QJsonArray assistantErrors(const QList<ValidationIssue> &issues, const QJsonObject &body, bool creating,
                           const QString &prefix = {});

// Type checks for request bodies; each returns the message for people ("Phone number: must be text, not a
// number.") or an empty string.
QString expectText(const QString &label, const QJsonValue &value);
QString expectObject(const QString &label, const QJsonValue &value);
QString expectBoolean(const QString &label, const QJsonValue &value);

} // namespace SandboxRoutes
