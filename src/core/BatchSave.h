// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"
#include "ConflictPolicy.h"
#include "CreateResult.h"
#include "ListedAssistant.h"
#include "SaveResult.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

#include <array>
#include <chrono>
#include <optional>

class CreateJob;
class RevoxCall;
class RevoxClient;
class SaveJob;

// Saves many assistants, each through its own SaveJob (read, merge, minimal PATCH with If-Match), a few at a
// time. A field changed on the server since the edits were made is never overwritten: the job stops
// (ConflictPolicy::Stop) and the assistant ends as a conflict naming the fields. When the server asks for
// fewer requests (429 or 503, with or without Retry-After) nothing new is sent until the wait is over, and a
// save that still met it is sent again afterwards (at most maxRounds times in all). Cancel sends nothing new;
// what is in flight finishes and is reported. Every assistant ends with exactly one result.
//
// An entry may be a new assistant (an import): it is created through a CreateJob, never twice — a retry
// submits the same job, which looks for a create whose answer was lost before it posts again.
//
// A batch has an id and a description, and says when it starts each job (jobStarted, createStarted, before the
// job sends anything), so a change journal can attach to the job's sending() and finished() and group the
// batch.
class BatchSave : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultConcurrency = 4;
    static constexpr int minimumConcurrency = 1;
    static constexpr int maximumConcurrency = 8;
    static constexpr int maxRounds = 6; // SaveJobs run for one assistant in one start() or retryFailed()

    enum class Status {
        Waiting, // not started yet
        Running,
        Saved, // the server holds the edits
        Created, // a new assistant: the server made it (`assistantId` is its ID now)
        Unchanged, // the server already held these values: nothing was sent
        Conflict, // fields changed on the server since the edits were made (`conflicts`): nothing was sent
        Failed, // `message` says why; the server may hold the edits when save->error.mayHaveBeenApplied()
        NotSent, // cancelled before it started
    };

    // One assistant to save: the server's copy the edits were made on, and that copy with the edits. A base
    // without an ID stands for a new assistant: `edited` is created.
    struct Entry
    {
        Assistant base;
        Assistant edited;

        bool creates() const { return base.id().isEmpty(); }
    };

    struct Result
    {
        QString assistantId;
        QString name;
        Status status = Status::Waiting;
        QString message; // for people: what happened, for every status but Saved and Unchanged
        QStringList conflicts; // Conflict: the top-level keys changed on the server
        std::optional<SaveResult> save; // the last job's result
        std::optional<CreateResult> create; // a new assistant: the last submit's result
        int rounds = 0; // jobs run for it

        bool isFinal() const { return status != Status::Waiting && status != Status::Running; }
    };

    // The client must outlive the batch.
    BatchSave(RevoxClient *client, const QList<Entry> &entries, QObject *parent = nullptr);
    ~BatchSave() override;

    // A new id for each batch (a UUID); what a journal groups the batch's saves under.
    const QString &batchId() const { return m_batchId; }
    const QString &description() const { return m_description; }
    void setDescription(const QString &description) { m_description = description; }

    // The account's assistants before the batch (the table's IDs): a create whose answer was lost is then looked
    // for without reading the list first. Without them, each create reads the list before it posts.
    void setKnownIds(const QSet<QString> &ids) { m_knownIds = ids; }

    // How many assistants the account holds (the table's rows). Once a run has shown its pace (two saves per lane
    // finished), when the saves still waiting would start within SaveJob::listedCopyLifetime at that pace — at least
    // listReadMinimum of them, and at least one for every listReadShare assistants of the account — one list request
    // re-reads the account, and those saves merge against its copies instead of each reading its own: half the
    // requests against a fast server. A slow one (a real server far away) never reaches that pace: its saves read one
    // by one, as without it. Unknown (0), or more than listReadLargestAccount (whose list would hold a window up while
    // it is parsed, about 10 ms a thousand): each save reads its own assistant.
    void setAccountSize(int assistants) { m_accountSize = assistants; }
    static constexpr int listReadMinimum = 20;
    static constexpr int listReadShare = 8;
    static constexpr int listReadLargestAccount = 3000;

    int concurrency() const { return m_concurrency; }
    // Clamped to minimumConcurrency … maximumConcurrency; takes effect at once while running.
    void setConcurrency(int jobs);

    // Saves every entry; finished() follows once each has its result (never from within start()).
    void start();
    // Nothing new is sent: waiting entries end as NotSent at once; those in flight finish and are reported.
    void cancel();
    // Cancel, and stops the saves in flight too (their requests are aborted and they end Failed): for a
    // connection that goes away under the batch. A PATCH already sent may still be stored; a create in flight
    // finishes.
    void abort();
    // Saves again the entries that ended Failed or NotSent (same batch id); false when there are none.
    bool retryFailed();

    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    bool isBackingOff() const { return !m_holdUntil.hasExpired(); }

    const QList<Entry> &entries() const { return m_entries; }
    const QList<Result> &results() const { return m_results; } // one per entry, in the same order
    int total() const { return int(m_entries.size()); }
    int finishedCount() const; // results that are final
    int count(Status status) const;
    // From the pace so far (back-off included); nullopt until something finished.
    std::optional<std::chrono::milliseconds> timeLeft() const;

    static QString statusName(Status status); // "saved", "conflict", … for logs and tools

signals:
    // Right after the job is made and before it sends anything: connect to its sending() and finished() here.
    void jobStarted(const QString &assistantId, SaveJob *job);
    // The same for a new assistant's job, once (a retry submits it again, and its sending() says so).
    void createStarted(CreateJob *job);
    // results().at(index) changed (started, or final).
    void resultChanged(int index);
    // The server asked for fewer requests: nothing new is sent for `wait`.
    void backingOff(std::chrono::milliseconds wait);
    void progressChanged(int finished, int total);
    // Every entry of this run has its result.
    void finished();

private:
    void runQueued(const QList<int> &indices);
    void considerReadingList();
    void readList();
    void startNext();
    void startJob(int index);
    void startCreate(int index);
    void onJobFinished(int index, const SaveResult &result);
    void onCreateFinished(int index, const CreateResult &result);
    // A 429 or 503 that turned the request away: true when it goes back to the queue for after the wait.
    bool sendAgainLater(int index, const ApiError &error);
    void onRetrying(const ApiError &error, std::chrono::milliseconds wait);
    void holdFor(std::chrono::milliseconds wait);
    void setFinal(int index, Status status, const QString &message);
    void setStatus(int index, Status status);
    void finishIfDone();

    QPointer<RevoxClient> m_client;
    ConflictPolicy m_policy{ConflictPolicy::Rule::Stop};
    QList<Entry> m_entries;
    QList<Result> m_results;
    QList<int> m_queue;
    QList<QPointer<SaveJob>> m_jobs; // in flight
    int m_accountSize = 0;
    bool m_listRequested = false; // in this run
    QPointer<RevoxCall> m_listCall;
    // Copies from the list read, each taken by its save's first job and parsed whole only then, one at a time. Kept
    // parsed from the list's own parse instead (ListedAssistant::Form::Parsed), a thousand new trees at once made
    // the window's longest stall 5–8 ms longer: the list's tick waits for its other parts while their memory is
    // faulted in.
    QHash<QString, ListedAssistant> m_listed;
    QElapsedTimer m_listedAt;
    QHash<int, CreateJob *> m_creates; // by entry, made on its first start
    std::optional<QSet<QString>> m_knownIds; // with what this batch created
    QString m_batchId;
    QString m_description;
    int m_concurrency = defaultConcurrency;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QDeadlineTimer m_holdUntil; // expired: no back-off
    QTimer m_holdTimer;
    QElapsedTimer m_clock;
    int m_finishedAtStart = 0; // finished before this run (a retry): not counted in its pace
    std::array<int, int(Status::NotSent) + 1> m_counts{}; // results by status
};
