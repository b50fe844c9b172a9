// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"
#include "DeleteResult.h"

#include <QObject>
#include <QPointer>

class RevoxCall;
class RevoxClient;

// Deletes one assistant, reading it whole first: what is about to go is known (and can be kept, as the change
// journal does) before the DELETE leaves. A 404 on either request means somebody deleted it first.
//
// Like SaveJob, the job deletes itself (deleteLater) right after finished().
class DeleteJob : public QObject
{
    Q_OBJECT

public:
    // The client must outlive the job.
    DeleteJob(RevoxClient *client, const QString &assistantId, QObject *parent = nullptr);
    ~DeleteJob() override;

    QString assistantId() const { return m_result.assistantId; }
    // Sends the GET; finished() follows later, never from within start().
    void start();
    const DeleteResult &result() const { return m_result; }

signals:
    // Synchronously, right before the DELETE leaves: the assistant as the server holds it.
    void sending(const Assistant &assistant);
    // Once, at the end.
    void finished(const DeleteResult &result);

private:
    void onRead(RevoxCall *call);
    void onDeleted(RevoxCall *call);
    void finish(DeleteResult::Outcome outcome, const ApiError &error = {});

    QPointer<RevoxClient> m_client;
    QPointer<RevoxCall> m_call;
    DeleteResult m_result;
    bool m_started = false;
    bool m_finished = false;
};
