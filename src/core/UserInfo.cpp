// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserInfo.h"

QString UserInfo::displayName() const
{
    const QString name = QString(firstName + u' ' + lastName).trimmed();
    return name.isEmpty() ? email : name;
}

UserInfo UserInfo::fromJson(const QJsonObject &object)
{
    const QJsonObject user = object.value(u"user").isObject() ? object.value(u"user").toObject() : object;
    UserInfo info;
    info.id = user.value(u"id").toString();
    info.email = user.value(u"email").toString();
    info.firstName = user.value(u"first_name").toString();
    info.lastName = user.value(u"last_name").toString();
    info.raw = user;
    return info;
}
