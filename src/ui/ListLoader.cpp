// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListLoader.h"

#include "core/RevoxCall.h"
#include "core/RevoxClient.h"

#include <QProgressBar>

ListLoader::ListLoader(RevoxClient *client, QProgressBar *progress, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_progress(progress)
{
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->hide();
}

bool ListLoader::isLoading() const
{
    return !m_call.isNull();
}

void ListLoader::load()
{
    if (m_call)
        m_call->abort();
    RevoxCall *call = m_client->listAssistants();
    m_call = call;
    m_progress->setRange(0, 0);
    m_progress->show();
    connect(call, &RevoxCall::progress, this, [this, call](qint64 received, qint64 total) {
        if (call != m_call || total <= 0)
            return;
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(received * 1000 / total));
    });
    connect(call, &RevoxCall::finished, this, [this, call] { onFinished(call); });
}

void ListLoader::reset()
{
    if (m_call)
        m_call->abort();
    if (m_voicesCall)
        m_voicesCall->abort();
    m_voices.clear();
}

void ListLoader::onFinished(RevoxCall *call)
{
    if (call != m_call) // replaced by a newer load
        return;
    m_call = nullptr;
    m_progress->hide();
    if (call->succeeded()) {
        emit loaded(call->summaries());
        if (m_voices.isEmpty() && !m_voicesCall)
            loadVoices();
    } else if (call->error().kind() != ApiError::Kind::Aborted) {
        emit failed(call->error());
    }
    emit finished(call->succeeded());
}

void ListLoader::loadVoices()
{
    RevoxCall *call = m_client->listVoices();
    m_voicesCall = call;
    connect(call, &RevoxCall::finished, this, [this, call] {
        if (call != m_voicesCall || !call->succeeded())
            return;
        m_voices = call->voices();
        emit voicesLoaded(m_voices);
    });
}
