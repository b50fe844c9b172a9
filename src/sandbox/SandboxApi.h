// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxReply.h"
#include "SandboxRequestRecord.h"

#include <QJsonObject>
#include <QString>

#include <optional>

class SandboxStore;

// The Revox endpoints under /api, answered like the real API: shapes, status codes, validation of the
// keys a body carries, ETag / If-Match. Authentication is checked by the caller.
class SandboxApi
{
public:
    explicit SandboxApi(SandboxStore &store);

    // Any path; paths outside /api answer 404.
    SandboxReply handle(const SandboxRequestRecord &request);

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
};
