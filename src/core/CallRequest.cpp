// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallRequest.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject objectOf(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QByteArray CallRequest::toJson() const
{
    QJsonObject body{{QStringLiteral("phone_number"), phoneNumber}};
    if (!assistantId.isEmpty())
        body.insert(u"assistant_id", assistantId);
    if (assistant)
        body.insert(u"assistant", assistant->body());
    if (!promptVariables.isEmpty())
        body.insert(u"prompt_variables", objectOf(promptVariables));
    if (!fromPhoneNumber.isEmpty())
        body.insert(u"from_phone_number", fromPhoneNumber);
    if (!metadata.isEmpty())
        body.insert(u"metadata", objectOf(metadata));
    if (scheduledAt.isValid())
        body.insert(u"scheduled_at", scheduledAt.toUTC().toString(Qt::ISODateWithMs));
    if (skipCallingWindow)
        body.insert(u"skip_calling_window", *skipCallingWindow);
    if (!concurrencyKey.isEmpty())
        body.insert(u"concurrency",
                    QJsonObject{{QStringLiteral("key"), concurrencyKey}, {QStringLiteral("max"), concurrencyMax}});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}
