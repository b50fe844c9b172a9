// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxRoutes.h"

#include "core/AssistantSchema.h"
#include "core/JsonText.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SandboxApi)
};

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Bool:
        return Text::tr("true or false");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("text");
    case QJsonValue::Array:
        return Text::tr("a list");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

QString expect(const QString &label, const QJsonValue &value, QJsonValue::Type type, const QString &what)
{
    if (value.type() == type)
        return {};
    return Text::tr("%1: must be %2, not %3.").arg(label, what, describe(value));
}

} // namespace

namespace SandboxRoutes {

std::variant<QJsonObject, SandboxReply> parseObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = JsonText::read(body, &error);
    if (error.error != QJsonParseError::NoError)
        return SandboxReply::error(
            400, Text::tr("Invalid JSON body: %1 at offset %2.").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return SandboxReply::error(400, Text::tr("The request body must be a JSON object."));
    return document.object();
}

SandboxReply methodNotAllowed(const QByteArray &allowed)
{
    SandboxReply reply = SandboxReply::error(405, Text::tr("Method not allowed."));
    reply.addHeader("Allow", allowed);
    return reply;
}

SandboxReply validationFailed(const QJsonArray &errors)
{
    return SandboxReply::json(
        422, {{QStringLiteral("message"), QStringLiteral("Validation failed")}, {QStringLiteral("errors"), errors}});
}

QJsonObject fieldError(const QString &field, const QString &message)
{
    return {{QStringLiteral("field"), field}, {QStringLiteral("message"), message}};
}

QJsonArray assistantErrors(const QList<ValidationIssue> &issues, const QJsonObject &body, bool creating,
                           const QString &prefix)
{
    QJsonArray errors;
    for (const ValidationIssue &issue : issues) {
        const QString key = Validation::topLevelKey(issue.path);
        const FieldSpec *spec = AssistantSchema::field(key);
        if (body.contains(key) || (creating && spec && spec->requiredOnCreate))
            errors.append(fieldError(prefix + issue.path, issue.message));
    }
    return errors;
}

QString expectText(const QString &label, const QJsonValue &value)
{
    return expect(label, value, QJsonValue::String, Text::tr("text"));
}

QString expectObject(const QString &label, const QJsonValue &value)
{
    return expect(label, value, QJsonValue::Object, Text::tr("an object"));
}

QString expectBoolean(const QString &label, const QJsonValue &value)
{
    return expect(label, value, QJsonValue::Bool, Text::tr("true or false"));
}

} // namespace SandboxRoutes
