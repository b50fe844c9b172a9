// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallInfo.h"

#include <QJsonArray>

namespace {

QDateTime timeOf(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}

std::optional<double> numberOf(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QList<CallInfo::TranscriptEntry> transcriptOf(const QJsonValue &value)
{
    QList<CallInfo::TranscriptEntry> entries;
    for (const QJsonValue &entry : value.toArray()) {
        if (entry.isObject())
            entries.append(CallInfo::TranscriptEntry::fromJson(entry.toObject()));
    }
    return entries;
}

// The member of the call, or failing that of its last attempt.
QJsonValue either(const QJsonObject &call, const QJsonObject &attempt, QStringView key)
{
    const QJsonValue value = call.value(key);
    return value.isUndefined() || value.isNull() ? attempt.value(key) : value;
}

} // namespace

CallInfo::TranscriptEntry CallInfo::TranscriptEntry::fromJson(const QJsonObject &object)
{
    TranscriptEntry entry;
    entry.roleName = object.value(u"role").toString();
    entry.role = entry.roleName == u"user" ? Role::User
        : entry.roleName == u"assistant"   ? Role::Assistant
        : entry.roleName == u"tool"        ? Role::Tool
                                           : Role::Other;
    entry.content = object.value(u"content").toString();
    entry.toolName = object.value(u"tool_name").toString();
    entry.toolArguments = object.value(u"tool_arguments");
    entry.toolIsError = object.value(u"tool_is_error").toBool();
    return entry;
}

CallInfo::Attempt CallInfo::Attempt::fromJson(const QJsonObject &object)
{
    Attempt attempt;
    attempt.id = object.value(u"id").toString();
    attempt.status = object.value(u"status").toString();
    attempt.result = object.value(u"result").toString();
    attempt.endedBy = object.value(u"ended_by").toString();
    attempt.endReason = object.value(u"end_reason").toString();
    attempt.dialError = object.value(u"dial_error").toString();
    attempt.startedAt = timeOf(object.value(u"started_at"));
    attempt.answeredAt = timeOf(object.value(u"answered_at"));
    attempt.endedAt = timeOf(object.value(u"ended_at"));
    attempt.durationSeconds = numberOf(object.value(u"duration"));
    attempt.transcript = transcriptOf(object.value(u"transcript"));
    attempt.raw = object;
    return attempt;
}

bool CallInfo::isFinalStatus(const QString &status)
{
    return status == u"completed" || status == u"cancelled" || status == u"errored";
}

CallInfo CallInfo::fromJson(const QJsonObject &object)
{
    const QJsonObject call = object.value(u"call").isObject() ? object.value(u"call").toObject() : object;
    CallInfo info;
    info.id = call.value(u"id").toString();
    info.status = call.value(u"status").toString();
    info.phoneNumber = call.value(u"phone_number").toString(call.value(u"to_phone_number").toString());
    info.fromPhoneNumber = call.value(u"from_phone_number").toString();
    const QJsonObject assistant = call.value(u"assistant").toObject();
    info.assistantId = call.value(u"assistant_id").toString(assistant.value(u"id").toString());
    info.assistantName = assistant.value(u"name").toString();
    info.createdAt = timeOf(call.value(u"created_at"));
    info.scheduledAt = timeOf(call.value(u"scheduled_at"));
    for (const QJsonValue &attempt : call.value(u"call_attempts").toArray()) {
        if (attempt.isObject())
            info.attempts.append(Attempt::fromJson(attempt.toObject()));
    }
    QJsonObject last = call.value(u"last_call_attempt").toObject();
    if (last.isEmpty() && !info.attempts.isEmpty())
        last = info.attempts.first().raw;
    if (info.attempts.isEmpty() && !last.isEmpty())
        info.attempts.append(Attempt::fromJson(last));
    info.transcript = transcriptOf(either(call, last, u"transcript"));
    info.outcome = call.value(u"outcome").toString();
    info.result = either(call, last, u"result").toString();
    info.durationSeconds = numberOf(either(call, last, u"duration"));
    info.structuredOutput = either(call, last, u"structured_output");
    info.recordingUrl = either(call, last, u"recording_url").toString();
    info.raw = call;
    return info;
}
