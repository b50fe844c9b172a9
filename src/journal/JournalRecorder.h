// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalEntry.h"

#include <QObject>
#include <QPointer>
#include <QString>

class CloneJob;
class CreateJob;
class DeleteJob;
class JournalStore;
class SaveJob;

// Writes the change journal around the core's jobs: when a job is about to send (its sending() signal,
// synchronous) the entry goes in as Pending; when it finished, its outcome completes the entry. A crash in
// between leaves the entry Pending, which the next start shows as "outcome unknown".
//
// Recording never stands in a save's way: when the journal cannot be written the job carries on and
// notRecorded() says which change is missing, for the user to hear.
class JournalRecorder : public QObject
{
    Q_OBJECT

public:
    // Where an attached job's entry comes from, beyond what the job itself tells.
    struct Context
    {
        // SaveJob: Update or Revert; CreateJob: Create or Restore.
        JournalEntry::Operation operation = JournalEntry::Operation::Update;
        qint64 relatedEntry = 0; // Revert: the entry put back; Restore: the delete
        qint64 batchId = 0; // from beginBatch()
        QString sourceId; // Restore: the deleted assistant's id
    };

    // The store must outlive the recorder.
    explicit JournalRecorder(JournalStore *store, QObject *parent = nullptr);

    JournalStore *store() const { return m_store; }
    // The connection the next attached jobs write to (its id and name, never its key).
    void setConnection(const QString &id, const QString &name);
    QString connectionId() const { return m_connectionId; }

    // Call before the job starts; its signals do the rest. One entry per request that leaves: a save whose
    // first PATCH met a 412 and was sent again has two.
    void attach(SaveJob *job, const Context &context);
    void attach(SaveJob *job);
    // Every submit of the job (a CreateJob serves all attempts of one dialog) that posts gets an entry; a
    // lost answer found later completes the earlier one.
    void attach(CreateJob *job, const Context &context);
    void attach(CreateJob *job);
    void attach(DeleteJob *job);
    void attach(CloneJob *job);

    // Writes that form one action (a bulk edit, a batch revert) share a batch: attach each job with its id.
    // 0 when the batch could not be written (its jobs are then recorded alone).
    qint64 beginBatch(const QString &description, qint64 revertOf = 0);
    void finishBatch(qint64 batchId);

signals:
    // The request went ahead (or will), but its journal entry could not be written or completed.
    void notRecorded(const QString &text);

private:
    struct Pending;

    JournalEntry newEntry(JournalEntry::Operation operation, const Context &context) const;
    bool append(Pending &pending, const JournalEntry &entry);
    void complete(Pending &pending);

    QPointer<JournalStore> m_store;
    QString m_connectionId;
    QString m_connectionName;
};
