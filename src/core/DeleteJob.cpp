// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeleteJob.h"

#include "RevoxCall.h"
#include "RevoxClient.h"

DeleteJob::DeleteJob(RevoxClient *client, const QString &assistantId, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_result.assistantId = assistantId;
}

DeleteJob::~DeleteJob()
{
    if (m_call)
        m_call->disconnect(this);
}

void DeleteJob::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_client) {
        QMetaObject::invokeMethod(
            this,
            [this] { finish(DeleteResult::Outcome::Failed, ApiError::invalidRequest(QStringLiteral("no client"))); },
            Qt::QueuedConnection);
        return;
    }
    RevoxCall *call = m_client->getAssistant(m_result.assistantId);
    m_call = call;
    connect(call, &RevoxCall::finished, this, [this, call] { onRead(call); });
}

void DeleteJob::onRead(RevoxCall *call)
{
    m_call = nullptr;
    if (!call->succeeded()) {
        if (call->error().httpStatus() == 404)
            finish(DeleteResult::Outcome::AlreadyGone);
        else
            finish(DeleteResult::Outcome::Failed, call->error());
        return;
    }
    m_result.assistant = call->assistant();
    emit sending(*m_result.assistant);
    if (!m_client) {
        finish(DeleteResult::Outcome::Failed, ApiError::invalidRequest(QStringLiteral("no client")));
        return;
    }
    m_result.sent = true;
    RevoxCall *deletion = m_client->deleteAssistant(m_result.assistantId);
    m_call = deletion;
    connect(deletion, &RevoxCall::finished, this, [this, deletion] { onDeleted(deletion); });
}

void DeleteJob::onDeleted(RevoxCall *call)
{
    m_call = nullptr;
    if (call->succeeded())
        finish(DeleteResult::Outcome::Deleted);
    else if (call->error().httpStatus() == 404) // deleted by someone else between our read and our DELETE
        finish(DeleteResult::Outcome::AlreadyGone);
    else
        finish(DeleteResult::Outcome::Failed, call->error());
}

void DeleteJob::finish(DeleteResult::Outcome outcome, const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.outcome = outcome;
    m_result.error = error;
    emit finished(m_result);
    deleteLater();
}
