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

    QByteArray header(const QByteArray &name) const { return headerIn(headers, name); }

    // The first value of `name` (case-insensitive) in `list`; empty when absent.
    static QByteArray headerIn(const QList<QPair<QByteArray, QByteArray>> &list, const QByteArray &name);
};

Q_DECLARE_METATYPE(SandboxRequestRecord)
