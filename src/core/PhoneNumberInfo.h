// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserInfo.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// One of the account's phone numbers (GET /phone-numbers) and the assistant that answers its inbound
// calls. Read leniently: missing members stay empty, `raw` keeps everything sent.
struct PhoneNumberInfo
{
    QString id;
    QString phoneNumber; // E.164
    QString label;
    QString provider; // "twilio", …
    QString source; // "purchased", "imported", …
    QString type; // "local", "toll_free", "mobile", …
    QString inboundAssistantId; // empty: its inbound calls reach no assistant
    QString inboundAssistantName; // from the embedded inbound_assistant, when the server sent it
    UserInfo createdBy;
    QJsonObject raw;

    // `object` is the number itself or {"phone_number": {…}}, as PATCH answers it.
    static PhoneNumberInfo fromJson(const QJsonObject &object);
};

Q_DECLARE_METATYPE(PhoneNumberInfo)
