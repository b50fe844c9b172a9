// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumberInfo.h"

PhoneNumberInfo PhoneNumberInfo::fromJson(const QJsonObject &object)
{
    // {"phone_number": {…}} holds an object; a number itself holds its number as text under that key.
    const QJsonObject number
        = object.value(u"phone_number").isObject() ? object.value(u"phone_number").toObject() : object;
    PhoneNumberInfo info;
    info.id = number.value(u"id").toString();
    info.phoneNumber = number.value(u"phone_number").toString(number.value(u"number").toString());
    info.label = number.value(u"label").toString();
    info.provider = number.value(u"provider").toString();
    info.source = number.value(u"source").toString();
    info.type = number.value(u"type").toString();
    const QJsonObject inbound = number.value(u"inbound_assistant").toObject();
    info.inboundAssistantId = number.value(u"inbound_assistant_id").toString(inbound.value(u"id").toString());
    if (inbound.value(u"id").toString() == info.inboundAssistantId)
        info.inboundAssistantName = inbound.value(u"name").toString();
    info.createdBy = UserInfo::fromJson(number.value(u"created_by").toObject());
    info.raw = number;
    return info;
}
