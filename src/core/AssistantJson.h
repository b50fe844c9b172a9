// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"
#include "AssistantSummary.h"
#include "ListedAssistant.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Decoding of the API's response bodies. Decoding keeps every key and number exactly as sent.
namespace AssistantJson {

// GET /assistants/{id}: a bare object.
std::optional<Assistant> decodeAssistant(const QByteArray &body, QString *error = nullptr);
// POST, PATCH and clone: {"assistant": {...}}.
std::optional<Assistant> decodeWrappedAssistant(const QByteArray &body, QString *error = nullptr);
// GET /assistants: {"assistants": [...]}, each item kept as its bytes and a summary (see AssistantSummary).
std::optional<QList<AssistantSummary>> decodeAssistantList(const QByteArray &body, QString *error = nullptr);
// The same list, each item as ListedAssistant in the given form.
std::optional<QList<ListedAssistant>> decodeListedAssistants(const QByteArray &body, ListedAssistant::Form form,
                                                             QString *error = nullptr);

QByteArray encode(const Assistant &assistant); // compact

} // namespace AssistantJson
