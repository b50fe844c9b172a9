// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCallJob.h"

#include "RevoxCall.h"
#include "RevoxClient.h"

using namespace std::chrono;

namespace {

// A call found in GET /call after a lost answer must have been made around the time the POST left; the
// margin allows for the server's clock.
constexpr int kLostCallMarginSeconds = 30;
constexpr int kLostCallPageSize = 20;

void dropRequest(QPointer<RevoxCall> &request, QObject *receiver)
{
    if (request) {
        request->disconnect(receiver);
        request->abort();
    }
    request = nullptr;
}

} // namespace

TestCallJob::TestCallJob(RevoxClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TestCallJob::poll);
}

TestCallJob::~TestCallJob()
{
    // A read nobody waits for any more goes; a POST or a cancel on its way still reaches the server.
    if (m_state != State::Placing)
        dropRequest(m_request, this);
}

void TestCallJob::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TestCallJob::start(const CallRequest &request)
{
    if (isActive() || !m_client)
        return;
    ++m_generation;
    m_timer.stop();
    dropRequest(m_request, this);
    m_call = CallInfo();
    m_placing = request;
    m_failures = 0;
    m_wait = milliseconds::zero();
    m_cancelWanted = false;
    setState(State::Placing);

    emit sending(request.toJson());
    m_sentAt = QDateTime::currentDateTimeUtc();
    RevoxCall *call = m_client->placeCall(request);
    m_request = call;
    const quint64 generation = m_generation;
    connect(call, &RevoxCall::finished, this, [this, call, generation] {
        if (generation != m_generation)
            return;
        m_request = nullptr;
        if (call->succeeded())
            onPlaced(call->call());
        else if (call->error().mayHaveBeenApplied())
            lookForLostCall(call->error());
        else {
            m_cancelWanted = false;
            setState(State::Refused);
            emit refused(call->error(), false);
        }
    });
}

void TestCallJob::onPlaced(const CallInfo &call)
{
    m_call = call;
    setState(State::Following);
    emit placed(call);
    emit statusChanged(call.status);
    if (!call.transcript.isEmpty())
        emit transcriptGrew(call.transcript);
    emit updated(call);
    if (call.isFinal()) {
        finish();
        return;
    }
    if (m_cancelWanted)
        sendCancel();
    m_wait = m_schedule.next(milliseconds::zero(), true);
    schedulePoll(m_wait);
}

void TestCallJob::lookForLostCall(const ApiError &postError)
{
    RevoxCall *list = m_client->listCalls(1, kLostCallPageSize);
    m_request = list;
    const quint64 generation = m_generation;
    connect(list, &RevoxCall::finished, this, [this, list, postError, generation] {
        if (generation != m_generation)
            return;
        m_request = nullptr;
        if (list->succeeded()) {
            const QDateTime earliest = m_sentAt.addSecs(-kLostCallMarginSeconds);
            for (const CallInfo &call : list->calls()) { // newest first
                if (call.phoneNumber == m_placing.phoneNumber && call.createdAt.isValid()
                    && call.createdAt >= earliest) {
                    onPlaced(call);
                    return;
                }
            }
        }
        m_cancelWanted = false;
        setState(State::Refused);
        // The list was read and holds no such call: nothing was placed. Unread, nobody knows.
        emit refused(postError, !list->succeeded());
    });
}

void TestCallJob::follow(const QString &callId)
{
    if (isActive() || !m_client || callId.isEmpty())
        return;
    ++m_generation;
    if (m_call.id != callId) {
        m_call = CallInfo();
        m_call.id = callId;
    }
    m_failures = 0;
    m_wait = m_schedule.next(milliseconds::zero(), true);
    setState(State::Following);
    poll();
}

void TestCallJob::schedulePoll(milliseconds wait)
{
    m_timer.start(wait);
}

void TestCallJob::poll()
{
    if (m_state != State::Following || m_request)
        return;
    RevoxCall *read = m_client->getCall(m_call.id);
    m_request = read;
    const quint64 generation = m_generation;
    connect(read, &RevoxCall::finished, this, [this, read, generation] {
        if (generation != m_generation || m_state != State::Following)
            return;
        m_request = nullptr;
        if (read->succeeded()) {
            m_failures = 0;
            const bool changed = read->call().raw != m_call.raw;
            take(read->call());
            if (m_state == State::Following) {
                m_wait = m_schedule.next(m_wait, changed);
                schedulePoll(m_wait);
            }
            return;
        }
        const ApiError error = read->error();
        ++m_failures;
        // A call the server does not know will not come back by asking again.
        if (m_schedule.givesUp(m_failures) || error.httpStatus() == 404) {
            setState(State::Lost);
            emit lost(error);
            return;
        }
        const milliseconds wait = m_schedule.afterFailure(m_failures);
        emit pollFailed(error, m_failures, wait);
        schedulePoll(wait);
    });
}

void TestCallJob::take(const CallInfo &call)
{
    if (!m_call.id.isEmpty() && call.id != m_call.id)
        return;
    const CallInfo before = m_call;
    m_call = call;
    if (call.raw == before.raw && !before.raw.isEmpty())
        return;
    if (call.status != before.status)
        emit statusChanged(call.status);
    if (call.transcript.size() > before.transcript.size())
        emit transcriptGrew(call.transcript.mid(before.transcript.size()));
    emit updated(call);
    if (call.isFinal())
        finish();
}

void TestCallJob::cancel()
{
    switch (m_state) {
    case State::Placing:
        m_cancelWanted = true; // sent as soon as the call has an id
        break;
    case State::Following:
    case State::Lost:
    case State::Stopped:
        m_cancelWanted = true;
        if (!m_cancelRequest)
            sendCancel();
        break;
    case State::Idle:
    case State::Ended:
    case State::Refused:
        break;
    }
}

void TestCallJob::sendCancel()
{
    if (m_call.id.isEmpty() || !m_client)
        return;
    RevoxCall *request = m_client->cancelCall(m_call.id);
    m_cancelRequest = request;
    connect(request, &RevoxCall::finished, this, [this, request] {
        m_cancelRequest = nullptr;
        if (m_state == State::Ended)
            return;
        if (request->succeeded()) {
            take(request->call());
            return;
        }
        m_cancelWanted = false;
        emit cancelFailed(request->error());
    });
}

void TestCallJob::stop()
{
    if (m_state != State::Following && m_state != State::Lost && m_state != State::Placing)
        return;
    ++m_generation;
    m_timer.stop();
    if (m_state == State::Placing) {
        m_request = nullptr; // the POST is on its way and goes; its answer is not waited for
        m_cancelWanted = false;
    } else {
        dropRequest(m_request, this);
    }
    setState(State::Stopped);
}

void TestCallJob::finish()
{
    ++m_generation;
    m_timer.stop();
    dropRequest(m_request, this);
    m_cancelWanted = false;
    setState(State::Ended);
    emit finished(m_call);
}
