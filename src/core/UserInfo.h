// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// A user of the account: the one an API key belongs to (GET /users/me), or who made an assistant or a
// phone number (created_by). Read leniently: missing members stay empty, `raw` keeps everything sent.
struct UserInfo
{
    QString id;
    QString email;
    QString firstName;
    QString lastName;
    QJsonObject raw;

    bool isEmpty() const { return id.isEmpty() && email.isEmpty(); }
    // "Ada Lovelace" or, without names, the e-mail address.
    QString displayName() const;

    // `object` is the user itself or {"user": {…}}, as GET /users/me wraps it.
    static UserInfo fromJson(const QJsonObject &object);
};

Q_DECLARE_METATYPE(UserInfo)
