// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "CallInfo.h"
#include "CallRequest.h"
#include "PollSchedule.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class RevoxCall;
class RevoxClient;

// Places a test call and follows it to its end. POST /call goes once (never repeated: a repeat would ring
// the phone twice); then GET /call/{id} is read again and again on a PollSchedule until the status is
// final, and every change of status, attempts, transcript or outcome is reported. cancel() sends
// POST /call/{id}/cancel. A failed read is tried again after a growing wait; after the schedule's
// maxFailures failures in a row the job stops and says so (lost()), and follow() looks the call up again.
// When the answer to the POST is lost, the call may have been placed: the job looks for it in GET /call
// before it reports the failure. Nothing here writes an assistant: a draft travels inline in the request.
// One job serves every call of one dialog, one call at a time.
class TestCallJob : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Placing, // POST /call on its way (or, its answer lost, looking for the call)
        Following, // reading the call until it ends
        Lost, // reading failed maxFailures times in a row; follow() tries again
        Stopped, // stop(): no longer read, the call goes on
        Ended, // a final status: completed, cancelled or errored
        Refused, // POST /call failed; no call to follow
    };
    Q_ENUM(State)

    explicit TestCallJob(RevoxClient *client, QObject *parent = nullptr);
    ~TestCallJob() override;

    void setSchedule(const PollSchedule &schedule) { m_schedule = schedule; }
    const PollSchedule &schedule() const { return m_schedule; }

    // Places the call. Ignored while a call is placed or followed (isActive()).
    void start(const CallRequest &request);
    // Follows a call placed before: looks it up again after lost() or stop(). Ignored while active.
    void follow(const QString &callId);
    // Asks the server to cancel the call. While the POST is on its way, the cancel is sent once the call is
    // placed. The job goes on reading until the server says the call ended.
    void cancel();
    // Stops reading without cancelling: the call goes on. follow() picks it up again. While the POST is on
    // its way, it still goes, but its answer is ignored (the client is about to talk to another server).
    void stop();

    State state() const { return m_state; }
    bool isActive() const { return m_state == State::Placing || m_state == State::Following; }
    bool isCancelling() const { return m_cancelWanted; }
    const CallInfo &call() const { return m_call; } // as last read; empty before the POST answered
    // The wait before the next read while following (what the schedule decided last).
    std::chrono::milliseconds nextWait() const { return m_wait; }
    int failures() const { return m_failures; } // failed reads in a row

signals:
    // Synchronously, right before POST /call leaves, with its exact body.
    void sending(const QByteArray &body);
    void stateChanged(TestCallJob::State state);
    void placed(const CallInfo &call);
    // Anything about the call changed: status, attempts, transcript, outcome.
    void updated(const CallInfo &call);
    void statusChanged(const QString &status);
    // Lines added at the end of the transcript since the last report.
    void transcriptGrew(const QList<CallInfo::TranscriptEntry> &added);
    // A read failed; the next one follows after `retryIn`.
    void pollFailed(const ApiError &error, int failures, std::chrono::milliseconds retryIn);
    // Reading gave up after schedule().maxFailures failures in a row: the call may still run.
    void lost(const ApiError &error);
    // POST /call failed: its error, whose message says why (the server's words for a refusal). When the
    // answer was lost and no call was found, `mayHaveBeenPlaced` says the phone may ring all the same.
    void refused(const ApiError &error, bool mayHaveBeenPlaced);
    void cancelFailed(const ApiError &error);
    // The call reached a final status.
    void finished(const CallInfo &call);

private:
    void setState(State state);
    void onPlaced(const CallInfo &call);
    void lookForLostCall(const ApiError &postError);
    void poll();
    void schedulePoll(std::chrono::milliseconds wait);
    void take(const CallInfo &call); // a fresh state of the call, from a read or the cancel's answer
    void sendCancel();
    void finish();

    QPointer<RevoxClient> m_client;
    PollSchedule m_schedule;
    QTimer m_timer;
    QPointer<RevoxCall> m_request; // the POST, a read or the list, whichever runs
    QPointer<RevoxCall> m_cancelRequest;
    CallRequest m_placing;
    QDateTime m_sentAt;
    CallInfo m_call;
    State m_state = State::Idle;
    std::chrono::milliseconds m_wait{0};
    int m_failures = 0;
    bool m_cancelWanted = false;
    quint64 m_generation = 0; // answers of an earlier call or follow() are ignored
};
