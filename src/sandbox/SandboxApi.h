// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxCalls.h"
#include "SandboxPhoneNumbers.h"
#include "SandboxReply.h"
#include "SandboxRequestRecord.h"

#include <QJsonObject>
#include <QString>

#include <chrono>
#include <optional>

class SandboxStore;

// The Revox endpoints under /api, answered like the real API: shapes, status codes, validation of the
// keys a body carries, ETag / If-Match. The assistants and voices are answered here; calls, phone numbers and
// the account by classes of their own. Authentication is checked by the caller.
class SandboxApi
{
public:
    // `callLength`: how long a simulated call takes (SandboxCalls).
    SandboxApi(SandboxStore &store, std::chrono::milliseconds callLength);

    // Any path; paths outside /api answer 404. `authenticated` is false only for the routes that answer any
    // key (GET /auth-status).
    SandboxReply handle(const SandboxRequestRecord &request, bool authenticated = true);

private:
    SandboxReply listAssistants();
    SandboxReply createAssistant(const SandboxRequestRecord &request);
    SandboxReply getAssistant(const QString &id);
    SandboxReply updateAssistant(const QString &id, const SandboxRequestRecord &request);
    SandboxReply deleteAssistant(const QString &id, const SandboxRequestRecord &request);
    SandboxReply cloneAssistant(const QString &id);
    SandboxReply getVoice(const QString &id, const SandboxRequestRecord &request);

    // The stored assistant, or the reply that refuses the request (404, 412).
    std::optional<SandboxReply> refusal(const QString &id, const SandboxRequestRecord &request) const;
    SandboxReply assistantReply(const QString &id, bool wrapped) const;
    SandboxReply storeFailure(const QString &error) const;

    SandboxStore &m_store;
    SandboxCalls m_calls;
    SandboxPhoneNumbers m_phoneNumbers;
};
