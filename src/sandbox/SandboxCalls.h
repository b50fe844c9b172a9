// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxReply.h"
#include "SandboxRequestRecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <chrono>

class SandboxStore;

// Simulated calls (SandboxCall): POST /call, GET /call/{id}, GET /call (page, page_size, statuses[]) and
// POST /call/{id}/cancel. A call is checked like the real API checks it and kept in the store.
class SandboxCalls
{
public:
    // `length`: how long a call takes from POST /call to completed.
    SandboxCalls(SandboxStore &store, std::chrono::milliseconds length);

    // `segments`: the path after /api, decoded ("call", "<id>", "cancel").
    SandboxReply handle(const QStringList &segments, const QString &method, const SandboxRequestRecord &request);

private:
    SandboxReply place(const SandboxRequestRecord &request);
    SandboxReply list(const SandboxRequestRecord &request) const;
    SandboxReply get(const QString &id) const;
    SandboxReply cancel(const QString &id);
    // The field errors of a POST /call body; `assistant` gets the assistant the call would run.
    QJsonArray check(const QJsonObject &body, QJsonObject *assistant) const;

    SandboxStore &m_store;
    std::chrono::milliseconds m_length;
};
