// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// What the sandbox server owns in an assistant, as the real API does: id, organization_id, the two
// timestamps, created_by, FAQ item ids/source/needs_human_answer and pending_faq_count. Everything else is the
// client's, stored and returned exactly as sent.
namespace SandboxAssistants {

// The organization every sandbox assistant belongs to.
QString organizationId();
// The Cartesia voice a create without "voice" gets; it is in the shipped catalogue.
QString defaultVoiceId();
QString newId();
// ISO-8601 UTC with milliseconds: "2025-03-04T09:15:02.117Z".
QString timestamp(const QDateTime &time);

// Every top-level key a create fills in when the body leaves it out (not id, timestamps, name, prompt).
QJsonObject defaults();

// The body with read-only keys (id, created_at, pending_faq_count, created_by, …) removed.
QJsonObject writableBody(const QJsonObject &body);

// faq_items as stored after a replace: an item whose question and answer equal an unused item of
// `existing` keeps that item's id, source and needs_human_answer; the others are new human answers.
QJsonArray mergeFaqItems(const QJsonArray &incoming, const QJsonArray &existing);
int pendingFaqCount(const QJsonArray &faqItems);

// POST /assistants: defaults, then the writable body, then the server's fields.
QJsonObject created(const QJsonObject &body, const QDateTime &now);
// PATCH: the stored assistant with the writable keys of the body replaced, updated_at moved on.
QJsonObject patched(const QJsonObject &stored, const QJsonObject &body, const QDateTime &now);
// POST /assistants/{id}/clone: a copy with a new id, new timestamps, new FAQ ids and " (copy)" after the name.
QJsonObject cloned(const QJsonObject &stored, const QDateTime &now);
// Sample or imported data: missing keys get their defaults, missing server fields are filled in and
// pending_faq_count is recounted; values already there are kept.
QJsonObject completed(const QJsonObject &assistant, const QDateTime &now);

} // namespace SandboxAssistants
