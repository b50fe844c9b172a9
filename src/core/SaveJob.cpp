// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveJob.h"

#include "AssistantMerge.h"
#include "ConflictResolver.h"
#include "RevoxCall.h"
#include "RevoxClient.h"

SaveJob::SaveJob(RevoxClient *client, const Assistant &base, const Assistant &edited, ConflictResolver *resolver,
                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_resolver(resolver)
    , m_mergeBase(base)
    , m_mine(edited)
{
    m_result.assistantId = base.id();
    m_result.base = base;
    m_result.edited = edited;
}

SaveJob::~SaveJob()
{
    if (m_call)
        m_call->disconnect(this);
}

void SaveJob::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_client) {
        QMetaObject::invokeMethod(
            this,
            [this] { finish(SaveResult::Outcome::Failed, ApiError::invalidRequest(QStringLiteral("no client"))); },
            Qt::QueuedConnection);
        return;
    }
    read();
}

void SaveJob::start(const Assistant &serverCopy, const QElapsedTimer &readAt)
{
    if (m_started)
        return;
    if (!m_client || !readAt.isValid() || readAt.elapsed() > listedCopyLifetime.count()) {
        start();
        return;
    }
    m_started = true;
    // Never from within start(): callers connect to finished() after starting.
    QMetaObject::invokeMethod(
        this,
        [this, serverCopy] {
            if (!m_finished)
                mergeWith(serverCopy, {});
        },
        Qt::QueuedConnection);
}

void SaveJob::abort()
{
    if (m_finished)
        return;
    if (m_call)
        m_call->abort(); // its finished() ends the job
    else // asked from the resolver's dialog or a slot of sending(): nothing is in flight
        finish(SaveResult::Outcome::Failed, ApiError::aborted());
}

void SaveJob::read()
{
    RevoxCall *call = m_client->getAssistant(m_result.assistantId);
    m_call = call;
    connect(call, &RevoxCall::retrying, this, &SaveJob::retrying);
    connect(call, &RevoxCall::finished, this, [this, call] { onRead(call); });
}

void SaveJob::onRead(RevoxCall *call)
{
    m_call = nullptr;
    if (!call->succeeded()) {
        finish(SaveResult::Outcome::Failed, call->error());
        return;
    }
    mergeWith(call->assistant(), call->etag());
}

void SaveJob::mergeWith(const Assistant &serverCopy, const QByteArray &etag)
{
    m_result.serverCopy = serverCopy;
    m_result.merged.reset();
    AssistantMerge merge(m_mergeBase, m_mine, serverCopy);
    if (merge.hasConflicts()) {
        const ConflictResolver::Answer answer
            = m_resolver ? m_resolver->resolve(merge) : ConflictResolver::Answer::Stop;
        if (m_finished) // aborted while the resolver asked
            return;
        if (answer == ConflictResolver::Answer::Cancel) {
            finish(SaveResult::Outcome::Cancelled);
            return;
        }
        if (answer == ConflictResolver::Answer::Stop || !merge.isResolved()) {
            m_result.conflicts = merge.conflicts();
            finish(SaveResult::Outcome::Conflict);
            return;
        }
    }
    for (const QString &key : merge.takenFromServer()) {
        if (!m_result.takenFromServer.contains(key))
            m_result.takenFromServer.append(key);
    }
    m_result.merged = merge.merged();
    send(serverCopy, etag);
}

void SaveJob::send(const Assistant &serverCopy, const QByteArray &etag)
{
    const AssistantPatch patch = AssistantPatch::between(serverCopy, *m_result.merged);
    if (patch.isEmpty()) { // every difference was settled in the server's favour, or it holds these values
        finish(SaveResult::Outcome::NothingToSave);
        return;
    }
    // What a retry after a 412 merges against: this copy, and what the user wanted stored on it.
    m_mergeBase = serverCopy;
    m_mine = *m_result.merged;
    m_result.sent = patch;
    ++m_result.patchesSent;
    emit sending(patch, serverCopy);
    if (m_finished) // a slot of sending() aborted the job
        return;
    RevoxCall *call = m_client->updateAssistant(m_result.assistantId, patch, etag);
    m_call = call;
    connect(call, &RevoxCall::retrying, this, &SaveJob::retrying);
    connect(call, &RevoxCall::finished, this, [this, call] { onSent(call); });
}

void SaveJob::onSent(RevoxCall *call)
{
    m_call = nullptr;
    if (!call->succeeded()) {
        // 412: it changed between our read and our write. Read and merge again, once.
        if (call->error().httpStatus() == 412 && m_result.patchesSent < maxPatches) {
            read();
            return;
        }
        m_result.mayHaveBeenStored = call->error().mayHaveBeenApplied();
        finish(SaveResult::Outcome::Failed, call->error());
        return;
    }
    verify(call->assistant());
    finish(SaveResult::Outcome::Saved);
}

void SaveJob::verify(const Assistant &answer)
{
    m_result.answer = answer;
    m_result.unstored.clear();
    const Assistant expected = m_result.sent.appliedTo(*m_result.serverCopy);
    for (const QString &key : m_result.sent.keys()) {
        if (!AssistantPatch::differs(answer, expected, key))
            continue;
        SaveResult::Unstored field;
        field.key = key;
        field.sent = m_result.sent.value(key);
        field.stored = answer.value(key);
        if (!answer.contains(key))
            field.how = SaveResult::Unstored::How::Dropped;
        else if (!AssistantPatch::differs(*m_result.serverCopy, answer, key))
            field.how = SaveResult::Unstored::How::Ignored;
        else
            field.how = SaveResult::Unstored::How::Changed;
        m_result.unstored.append(field);
    }
}

void SaveJob::finish(SaveResult::Outcome outcome, const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.outcome = outcome;
    m_result.error = error;
    emit finished(m_result);
    deleteLater();
}
