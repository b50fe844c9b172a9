// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxRequestRecord.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP answer of the sandbox before it goes on the wire. Content-Length, Date and Connection are
// added by the writer; Content-Type is application/json unless `contentType` says otherwise.
struct SandboxReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (ETag, Location, Retry-After, …)

    static SandboxReply json(int status, const QJsonObject &object);
    static SandboxReply raw(int status, const QByteArray &jsonBody);
    // {"message": message}, the error body of the real API.
    static SandboxReply error(int status, const QString &message);

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    QByteArray header(const QByteArray &name) const { return SandboxRequestRecord::headerIn(headers, name); }

    // The status line and headers, ending with the empty line. `contentLength` is what the headers claim.
    QByteArray head(qint64 contentLength, bool closeConnection) const;
    static QByteArray reasonPhrase(int status);
};
