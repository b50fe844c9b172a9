// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// The body of PATCH /phone-numbers/{id}: only what is set travels.
struct PhoneNumberUpdate
{
    // Set: route the number's inbound calls to this assistant; an empty id routes them to none (null).
    std::optional<QString> inboundAssistantId;
    std::optional<QString> label;

    QByteArray toJson() const
    {
        QJsonObject body;
        if (inboundAssistantId)
            body.insert(u"inbound_assistant_id",
                        inboundAssistantId->isEmpty() ? QJsonValue() : QJsonValue(*inboundAssistantId));
        if (label)
            body.insert(u"label", *label);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
};
