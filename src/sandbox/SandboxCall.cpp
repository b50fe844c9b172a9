// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxCall.h"

#include "SandboxAssistants.h"
#include "SandboxCallScript.h"

#include <QJsonArray>

namespace {

// Where in its length a call is; the parts are tenths of the length.
enum class Phase { Scheduled, Initializing, Queued, Ringing, Ongoing, Ended };
constexpr double kQueuedAt = 0.1;
constexpr double kRingingAt = 0.2;
constexpr double kAnsweredAt = 0.3;

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonValue stamp(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(SandboxAssistants::timestamp(time)) : QJsonValue();
}

} // namespace

SandboxCall SandboxCall::place(const QJsonObject &request, const QJsonObject &assistant, const QDateTime &now,
                               std::chrono::milliseconds length)
{
    QDateTime startsAt = now;
    const QDateTime scheduled = timeOf(request.value(u"scheduled_at"));
    if (scheduled.isValid() && scheduled > now)
        startsAt = scheduled;
    return SandboxCall({
        {QStringLiteral("id"), SandboxAssistants::newId()},
        {QStringLiteral("attempt_id"), SandboxAssistants::newId()},
        {QStringLiteral("created_at"), SandboxAssistants::timestamp(now)},
        {QStringLiteral("starts_at"), SandboxAssistants::timestamp(startsAt)},
        {QStringLiteral("length_ms"), qint64(std::max<qint64>(length.count(), 10))},
        {QStringLiteral("cancelled_at"), QJsonValue::Null},
        {QStringLiteral("request"), request},
        {QStringLiteral("assistant"), assistant},
        {QStringLiteral("transcript"),
         SandboxCallScript::transcript(assistant, request.value(u"prompt_variables").toObject())},
        {QStringLiteral("structured_output"), SandboxCallScript::structuredOutput(assistant, now)},
    });
}

QString SandboxCall::id() const
{
    return m_record.value(u"id").toString();
}

bool SandboxCall::isFinal(const QString &status)
{
    return status == u"completed" || status == u"cancelled" || status == u"errored";
}

void SandboxCall::cancel(const QDateTime &now)
{
    m_record.insert(u"cancelled_at", SandboxAssistants::timestamp(now));
}

QString SandboxCall::statusAt(const QDateTime &now) const
{
    return viewAt(now).value(u"status").toString();
}

QJsonObject SandboxCall::viewAt(const QDateTime &now) const
{
    const QDateTime createdAt = timeOf(m_record.value(u"created_at"));
    const QDateTime startsAt = timeOf(m_record.value(u"starts_at"));
    const QDateTime cancelledAt = timeOf(m_record.value(u"cancelled_at"));
    const bool cancelled = cancelledAt.isValid() && cancelledAt <= now;
    const QDateTime at = cancelled ? cancelledAt : now; // a cancelled call stops where it was
    const double length = double(m_record.value(u"length_ms").toInteger());
    const double elapsed = double(startsAt.msecsTo(at));
    const auto moment = [&startsAt, length](double fraction) { return startsAt.addMSecs(qint64(fraction * length)); };

    Phase phase = Phase::Ended;
    if (elapsed < 0)
        phase = Phase::Scheduled;
    else if (elapsed < kQueuedAt * length)
        phase = Phase::Initializing;
    else if (elapsed < kRingingAt * length)
        phase = Phase::Queued;
    else if (elapsed < kAnsweredAt * length)
        phase = Phase::Ringing;
    else if (elapsed < length)
        phase = Phase::Ongoing;

    const QJsonArray script = m_record.value(u"transcript").toArray();
    QJsonArray transcript;
    if (phase == Phase::Ongoing) {
        // One line after another over the conversation, the first as it is answered.
        const double step = (1.0 - kAnsweredAt) * length / double(std::max<qsizetype>(script.size(), 1));
        const qsizetype said = 1 + qsizetype((elapsed - kAnsweredAt * length) / step);
        for (qsizetype i = 0; i < std::min(said, script.size()); ++i)
            transcript.append(script.at(i));
    } else if (phase == Phase::Ended) {
        transcript = script;
    }

    // The attempt, from the moment the call is queued; a call cancelled before it rings made none.
    QJsonValue attempt = QJsonValue::Null;
    const bool attempted = phase == Phase::Ringing || phase == Phase::Ongoing || phase == Phase::Ended
        || (phase == Phase::Queued && !cancelled);
    if (attempted) {
        const bool answered = phase == Phase::Ongoing || phase == Phase::Ended;
        const bool over = phase == Phase::Ended || cancelled;
        const QDateTime endedAt = phase == Phase::Ended ? moment(1.0) : at;
        QString status = phase == Phase::Queued ? QStringLiteral("queued")
            : phase == Phase::Ringing           ? QStringLiteral("ringing")
                                                : QStringLiteral("ongoing");
        if (over)
            status = QStringLiteral("completed");
        QJsonObject details{
            {QStringLiteral("id"), m_record.value(u"attempt_id")},
            {QStringLiteral("status"), status},
            {QStringLiteral("started_at"), phase == Phase::Queued ? QJsonValue() : stamp(moment(kRingingAt))},
            {QStringLiteral("answered_at"), answered ? stamp(moment(kAnsweredAt)) : QJsonValue()},
            {QStringLiteral("ended_at"), over ? stamp(endedAt) : QJsonValue()},
            {QStringLiteral("ended_by"),
             over ? QJsonValue(phase == Phase::Ended ? QStringLiteral("agent") : QStringLiteral("system"))
                  : QJsonValue()},
            {QStringLiteral("end_reason"),
             phase == Phase::Ended ? QJsonValue(QStringLiteral("tool_end_call")) : QJsonValue()},
            {QStringLiteral("result"),
             over ? QJsonValue(answered ? QStringLiteral("human") : QStringLiteral("unknown")) : QJsonValue()},
            {QStringLiteral("dial_error"), QJsonValue::Null},
            {QStringLiteral("duration"),
             over && answered ? QJsonValue(double(moment(kAnsweredAt).msecsTo(endedAt)) / 1000.0) : QJsonValue()},
            {QStringLiteral("transcript"), transcript},
            {QStringLiteral("recording_url"), QJsonValue::Null},
            {QStringLiteral("structured_output"),
             phase == Phase::Ended ? m_record.value(u"structured_output") : QJsonValue()},
        };
        attempt = details;
    }

    QString status;
    switch (phase) {
    case Phase::Scheduled:
        status = QStringLiteral("scheduled");
        break;
    case Phase::Initializing:
        status = QStringLiteral("initializing");
        break;
    case Phase::Queued:
        status = QStringLiteral("queued_for_calling");
        break;
    case Phase::Ringing:
    case Phase::Ongoing:
        status = QStringLiteral("calling");
        break;
    case Phase::Ended:
        status = QStringLiteral("completed");
        break;
    }
    if (cancelled)
        status = QStringLiteral("cancelled");

    const QJsonObject request = m_record.value(u"request").toObject();
    const QJsonObject assistant = m_record.value(u"assistant").toObject();
    const QJsonObject last = attempt.toObject();
    QJsonObject view = request;
    view.insert(u"id", id());
    view.insert(u"status", status);
    view.insert(u"direction", QStringLiteral("outbound"));
    view.insert(u"assistant_id",
                request.value(u"assistant_id").isString() ? request.value(u"assistant_id") : QJsonValue());
    view.insert(u"assistant",
                QJsonObject{{QStringLiteral("id"), assistant.contains(u"id") ? assistant.value(u"id") : QJsonValue()},
                            {QStringLiteral("name"), assistant.value(u"name")}});
    view.insert(u"created_at", stamp(createdAt));
    view.insert(u"calls_count", attempted ? 1 : 0);
    view.insert(u"call_attempts", attempted ? QJsonArray{attempt} : QJsonArray());
    view.insert(u"last_call_attempt", attempt);
    view.insert(u"transcript", transcript);
    view.insert(u"recording_url", QJsonValue::Null);
    view.insert(u"structured_output",
                last.value(u"structured_output").isObject() ? last.value(u"structured_output") : QJsonValue());
    view.insert(u"outcome",
                phase == Phase::Ended && !cancelled ? QJsonValue(QStringLiteral("completed")) : QJsonValue());
    view.insert(u"duration", last.contains(u"duration") ? last.value(u"duration") : QJsonValue());
    view.insert(u"result", last.contains(u"result") ? last.value(u"result") : QJsonValue());
    return view;
}
