// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"
#include "AssistantPatch.h"
#include "SaveResult.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <chrono>

class ConflictResolver;
class RevoxCall;
class RevoxClient;

// One save of one assistant, the way every part of the app saves: read the server's copy (GET, or take the copy a
// list request read a moment ago), merge it with the user's edits field by field (AssistantMerge), ask the resolver
// about fields changed on both sides, send only what differs from the server (PATCH, with If-Match when the GET had
// an ETag), and on a 412 read and merge once more. Then compare the answer with what was sent. One SaveResult at the
// end.
//
// Like RevoxCall, the job deletes itself (deleteLater) right after finished().
class SaveJob : public QObject
{
    Q_OBJECT

public:
    // `base`: the server's copy the edits were made on; `edited`: base with the user's edits. The client
    // and the resolver must outlive the job; without a resolver, conflicts stop the save (Outcome::Conflict).
    SaveJob(RevoxClient *client, const Assistant &base, const Assistant &edited, ConflictResolver *resolver,
            QObject *parent = nullptr);
    ~SaveJob() override;

    // How old a copy of the assistant read by someone else may be and still stand in for the job's own GET: a batch
    // reads hundreds of assistants with one list request instead of one request each. Older, the job reads its own.
    static constexpr std::chrono::milliseconds listedCopyLifetime{1000};

    QString assistantId() const { return m_result.assistantId; }
    // Sends the GET; finished() follows later, never from within start().
    void start();
    // Like start(), with `serverCopy` (read when `readAt` started, by a list request) standing in for the GET while
    // it is younger than listedCopyLifetime. Without its ETag, the PATCH goes without If-Match; a 412 cannot come.
    void start(const Assistant &serverCopy, const QElapsedTimer &readAt);
    // Stops the request in flight; finished() follows with Failed and an Aborted error (at once when nothing
    // is in flight). A PATCH already on its way may still be stored. No-op once finished.
    void abort();
    bool isFinished() const { return m_finished; }
    const SaveResult &result() const { return m_result; }

signals:
    // Synchronously, right before a PATCH leaves (again before the one after a 412): the body and the
    // server's copy it was computed against, so a journal can write the intent down first.
    void sending(const AssistantPatch &patch, const Assistant &serverCopy);
    // Once, at the end.
    void finished(const SaveResult &result);
    // A request failed and is repeated after `wait` (RevoxCall::retrying): the server may be asking for fewer
    // requests (429, 503), which a batch of saves honours as a whole.
    void retrying(const ApiError &error, std::chrono::milliseconds wait);

private:
    static constexpr int maxPatches = 2; // the first, and one after a 412

    void read();
    void onRead(RevoxCall *call);
    void mergeWith(const Assistant &serverCopy, const QByteArray &etag);
    void send(const Assistant &serverCopy, const QByteArray &etag);
    void onSent(RevoxCall *call);
    void verify(const Assistant &answer);
    void finish(SaveResult::Outcome outcome, const ApiError &error = {});

    QPointer<RevoxClient> m_client;
    ConflictResolver *m_resolver;
    Assistant m_mergeBase; // what the next merge compares with: the input base, then the copy a PATCH used
    Assistant m_mine; // the user's side of the next merge: the edits, then the last merge's outcome
    QPointer<RevoxCall> m_call;
    SaveResult m_result;
    bool m_started = false;
    bool m_finished = false;
};
