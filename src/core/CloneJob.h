// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"
#include "CloneResult.h"

#include <QObject>
#include <QPointer>

class RevoxCall;
class RevoxClient;

// Clones one assistant (POST /assistants/{id}/clone), never twice: like a create, the request is not repeated.
//
// Like SaveJob, the job deletes itself (deleteLater) right after finished().
class CloneJob : public QObject
{
    Q_OBJECT

public:
    // `source`: the assistant to clone, as the caller knows it (its id and name at least). The client must
    // outlive the job.
    CloneJob(RevoxClient *client, const Assistant &source, QObject *parent = nullptr);
    ~CloneJob() override;

    // Sends the POST; sending() comes first, finished() later, never from within start().
    void start();

signals:
    // Synchronously, right before the POST leaves.
    void sending(const Assistant &source);
    // Once, at the end.
    void finished(const CloneResult &result);

private:
    void finish();

    QPointer<RevoxClient> m_client;
    QPointer<RevoxCall> m_call;
    CloneResult m_result;
    bool m_started = false;
    bool m_finished = false;
};
