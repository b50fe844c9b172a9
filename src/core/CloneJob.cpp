// SPDX-License-Identifier: GPL-3.0-or-later
#include "CloneJob.h"

#include "RevoxCall.h"
#include "RevoxClient.h"

CloneJob::CloneJob(RevoxClient *client, const Assistant &source, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_result.source = source;
}

CloneJob::~CloneJob()
{
    if (m_call)
        m_call->disconnect(this);
}

void CloneJob::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_client) {
        m_result.error = ApiError::invalidRequest(QStringLiteral("no client"));
        QMetaObject::invokeMethod(this, &CloneJob::finish, Qt::QueuedConnection);
        return;
    }
    emit sending(m_result.source);
    RevoxCall *call = m_client->cloneAssistant(m_result.source.id());
    m_call = call;
    connect(call, &RevoxCall::finished, this, [this, call] {
        m_call = nullptr;
        if (call->succeeded())
            m_result.clone = call->assistant();
        else
            m_result.error = call->error();
        finish();
    });
}

void CloneJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(m_result);
    deleteLater();
}
