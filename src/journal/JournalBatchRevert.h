// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalEntry.h"
#include "core/Assistant.h"
#include "core/SaveResult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class ConflictResolver;
class JournalRecorder;
class JournalStore;
class RevoxClient;

// Puts back a whole batch (a bulk edit) as one action, assistant by assistant: for each, it reads the server's
// copy, puts back the old values of the fields the batch changed (JournalRevert) and saves them with a SaveJob
// that merges against the values the batch left, so a field changed since is a conflict for the resolver, never
// overwritten. Each save is recorded as a Revert under a new batch. One result per assistant.
class JournalBatchRevert : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Outcome {
            Reverted, // saved
            NothingToRevert, // the server already holds the old values (or nothing of the batch succeeded)
            Conflict, // left undecided by the resolver: nothing was sent
            Cancelled,
            Failed, // `message` says why; when the error may have been applied the journal says "unknown"
        };
        QString assistantId;
        QString assistantName;
        Outcome outcome = Outcome::Failed;
        QString message; // for people
        QStringList unrestored; // secrets that kept their current value
        std::optional<Assistant> assistant; // what the server holds now, when the save read or saved it
    };

    // Everything must outlive the job; `resolver` decides conflicts (the dialog in the app, a policy in tests).
    JournalBatchRevert(RevoxClient *client, JournalStore *store, JournalRecorder *recorder, ConflictResolver *resolver,
                       QObject *parent = nullptr);

    // Reverts the batch's successful edits; finished() follows, never from within start().
    void start(qint64 batchId);
    bool isRunning() const { return m_running; }
    const QList<Result> &results() const { return m_results; }
    qint64 revertBatchId() const { return m_revertBatch; } // the batch the reverts are recorded under

signals:
    void assistantFinished(const JournalBatchRevert::Result &result);
    void finished(const QList<JournalBatchRevert::Result> &results);

private:
    void next();
    void revertOne(const QList<JournalEntry> &changes, const Assistant &server);
    void add(Result result);

    QPointer<RevoxClient> m_client;
    QPointer<JournalStore> m_store;
    QPointer<JournalRecorder> m_recorder;
    ConflictResolver *m_resolver;
    QList<QList<JournalEntry>> m_queue; // per assistant, its changes in the batch, oldest first
    QList<Result> m_results;
    qint64 m_revertBatch = 0;
    bool m_running = false;
};
