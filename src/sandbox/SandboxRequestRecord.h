// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

// One request as the sandbox server received it, before any handling.
struct SandboxRequestRecord
{
    QString method; // "GET", "PATCH", …
    QString path; // "/api/assistants/…", percent-encoded as sent, without the query
    QString query; // what follows '?', empty when none
    QList<QPair<QByteArray, QByteArray>> headers; // as sent, in order
    QByteArray body;
    bool http10 = false; // sent as HTTP/1.0, whose connections close after one answer unless asked not to

    QByteArray header(const QByteArray &name) const { return headerIn(headers, name); }
    // Whether the connection closes after this request's answer (RFC 9112 9.3): a "close" option in any
    // Connection field, or HTTP/1.0 without a "keep-alive" option.
    bool closesConnection() const;

    // The first value of `name` (case-insensitive) in `list`; empty when absent.
    static QByteArray headerIn(const QList<QPair<QByteArray, QByteArray>> &list, const QByteArray &name);
};

Q_DECLARE_METATYPE(SandboxRequestRecord)
