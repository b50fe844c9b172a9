// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxReply.h"
#include "SandboxRequestRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class SandboxStore;

// The account's phone numbers and which assistant answers each one's inbound calls:
// GET /phone-numbers, PATCH /phone-numbers/{id} (inbound_assistant_id, label), DELETE /phone-numbers/{id}.
class SandboxPhoneNumbers
{
public:
    explicit SandboxPhoneNumbers(SandboxStore &store);

    // `segments`: the path after /api, decoded ("phone-numbers", "<id>").
    SandboxReply handle(const QStringList &segments, const QString &method, const SandboxRequestRecord &request);

    // The shipped sample numbers, routed to the assistants of `assistantIds` that exist (the sample set's),
    // or else to the first of them, in order; the others answer nothing.
    static QList<QJsonObject> samples(const QStringList &assistantIds);

private:
    SandboxReply list() const;
    SandboxReply update(const QString &id, const SandboxRequestRecord &request);
    SandboxReply remove(const QString &id);
    // As served: with created_by and the inbound assistant embedded (the whole assistant, as the SDK's
    // model has it), or null.
    QJsonObject served(const QJsonObject &stored) const;

    SandboxStore &m_store;
};
