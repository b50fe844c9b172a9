// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <chrono>

// One simulated call: what was asked (the accepted request and the assistant as it was then), when it starts
// and how long it lasts. Its state at any moment follows from these, so no timer runs and a restarted
// sandbox finds its calls where they would be.
//
// Over its length: initializing (first tenth), queued_for_calling with its attempt queued, calling with the
// attempt ringing (third tenth), then answered and ongoing while the transcript grows line by line, and
// completed at the end: outcome, duration, result human, ended by the agent with end_call, structured output.
// A call scheduled later is "scheduled" until then. A cancelled call stops where it was.
class SandboxCall
{
public:
    // `request`: the accepted POST /call body (without the inline assistant); `assistant`: the assistant it
    // runs, complete.
    static SandboxCall place(const QJsonObject &request, const QJsonObject &assistant, const QDateTime &now,
                             std::chrono::milliseconds length);
    static SandboxCall fromStored(const QJsonObject &stored) { return SandboxCall(stored); }

    QJsonObject stored() const { return m_record; } // what the store keeps
    QString id() const;

    // The call as GET /call/{id} shows it at `now`.
    QJsonObject viewAt(const QDateTime &now) const;
    QString statusAt(const QDateTime &now) const;
    // completed, cancelled or errored: nothing will change any more.
    static bool isFinal(const QString &status);

    void cancel(const QDateTime &now);

private:
    explicit SandboxCall(QJsonObject record)
        : m_record(std::move(record))
    { }

    QJsonObject m_record;
};
