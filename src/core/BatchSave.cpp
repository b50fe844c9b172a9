// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchSave.h"

#include "AssistantSchema.h"
#include "CreateJob.h"
#include "RetryPolicy.h"
#include "RevoxCall.h"
#include "RevoxClient.h"
#include "SaveJob.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUuid>

using namespace std::chrono;

namespace {

// A 429 or 503 the job's own retries could not get past, and that the server did not apply.
bool isThrottled(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Http && (error.httpStatus() == 429 || error.httpStatus() == 503);
}

QString labels(const QStringList &keys)
{
    QStringList names;
    for (const QString &key : keys)
        names.append(AssistantSchema::displayLabel(key));
    return names.join(QStringLiteral(", "));
}

} // namespace

BatchSave::BatchSave(RevoxClient *client, const QList<Entry> &entries, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_entries(entries)
    , m_batchId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_results.reserve(entries.size());
    for (const Entry &entry : entries) {
        Result result;
        result.assistantId = entry.base.id();
        result.name = entry.creates() ? entry.edited.name() : entry.base.name();
        m_results.append(result);
    }
    m_counts[int(Status::Waiting)] = int(m_results.size());
    m_holdTimer.setSingleShot(true);
    connect(&m_holdTimer, &QTimer::timeout, this, &BatchSave::startNext);
}

BatchSave::~BatchSave() = default;

void BatchSave::setConcurrency(int jobs)
{
    m_concurrency = std::clamp(jobs, minimumConcurrency, maximumConcurrency);
    if (m_running)
        startNext();
}

void BatchSave::start()
{
    if (m_running)
        return;
    QList<int> indices;
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).status == Status::Waiting)
            indices.append(i);
    }
    runQueued(indices);
}

bool BatchSave::retryFailed()
{
    if (m_running)
        return false;
    QList<int> indices;
    for (int i = 0; i < m_results.size(); ++i) {
        const Status status = m_results.at(i).status;
        if (status == Status::Failed || status == Status::NotSent)
            indices.append(i);
    }
    if (indices.isEmpty())
        return false;
    for (int index : std::as_const(indices)) {
        Result &result = m_results[index];
        setStatus(index, Status::Waiting);
        result.message.clear();
        result.rounds = 0;
        emit resultChanged(index);
    }
    runQueued(indices);
    return true;
}

void BatchSave::runQueued(const QList<int> &indices)
{
    if (m_listCall) { // the last run's, still on its way: not this run's copies
        m_listCall->disconnect(this);
        m_listCall->abort();
    }
    m_running = true;
    m_cancelled = false;
    m_queue = indices;
    m_finishedAtStart = finishedCount();
    m_clock.start();
    emit progressChanged(finishedCount(), total());
    m_listed.clear();
    m_listRequested = false;
    // Never from within start(): callers connect to finished() after starting.
    QMetaObject::invokeMethod(this, &BatchSave::startNext, Qt::QueuedConnection);
}

void BatchSave::considerReadingList()
{
    if (m_listRequested || !m_client || m_cancelled || m_accountSize <= 0 || m_accountSize > listReadLargestAccount)
        return;
    const int done = finishedCount() - m_finishedAtStart;
    const qint64 elapsed = std::max<qint64>(m_clock.elapsed(), 1);
    if (done < 2 * m_concurrency)
        return;
    // The saves the list's copies would serve: those waiting that start while the copies are young, at this pace.
    const double pace = double(done) / double(elapsed); // saves a millisecond
    const double served = std::min(double(m_queue.size()), pace * double(SaveJob::listedCopyLifetime.count()));
    if (served >= listReadMinimum && served * listReadShare >= m_accountSize)
        readList();
}

void BatchSave::readList()
{
    m_listRequested = true;
    QSet<QString> wanted;
    for (const int index : std::as_const(m_queue)) {
        if (!m_entries.at(index).creates())
            wanted.insert(m_entries.at(index).base.id());
    }
    RevoxCall *call = m_client->listAssistantItems(ListedAssistant::Form::Bytes);
    m_listCall = call;
    connect(call, &RevoxCall::retrying, this, &BatchSave::onRetrying);
    connect(call, &RevoxCall::finished, this, [this, call, wanted] {
        m_listCall = nullptr;
        // Meanwhile the saves went on, each reading its own. A list that could not be read only cost its request.
        if (!m_running || !call->succeeded())
            return;
        m_listedAt.start();
        for (const ListedAssistant &listed : call->listed()) {
            if (wanted.contains(listed.id()))
                m_listed.insert(listed.id(), listed);
        }
    });
}

void BatchSave::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_holdTimer.stop();
    const QList<int> notSent = std::exchange(m_queue, {});
    for (int index : notSent)
        setFinal(index, Status::NotSent, tr("Not sent: the batch was cancelled before this one started."));
    finishIfDone();
}

void BatchSave::abort()
{
    cancel();
    if (m_listCall) // after cancel(): its answer is not used
        m_listCall->abort();
    const QList<QPointer<SaveJob>> jobs = m_jobs;
    for (const QPointer<SaveJob> &job : jobs) {
        if (job)
            job->abort(); // its finished() comes at once
    }
}

void BatchSave::startNext()
{
    if (!m_running)
        return;
    while (!m_cancelled && m_inFlight < m_concurrency && !m_queue.isEmpty()) {
        if (isBackingOff()) {
            m_holdTimer.start(std::max<qint64>(m_holdUntil.remainingTime(), 1));
            return;
        }
        startJob(m_queue.takeFirst());
    }
    finishIfDone();
}

void BatchSave::startJob(int index)
{
    Result &result = m_results[index];
    if (!m_client) {
        setFinal(index, Status::Failed, tr("Not sent: the connection is gone."));
        return;
    }
    const Entry &entry = m_entries.at(index);
    if (entry.creates()) {
        startCreate(index);
        return;
    }
    auto *job = new SaveJob(m_client, entry.base, entry.edited, &m_policy, this);
    ++m_inFlight;
    m_jobs.append(job);
    ++result.rounds;
    setStatus(index, Status::Running);
    connect(job, &SaveJob::finished, this, [this, index, job](const SaveResult &saved) {
        m_jobs.removeOne(job);
        onJobFinished(index, saved);
    });
    connect(job, &SaveJob::retrying, this, &BatchSave::onRetrying);
    emit jobStarted(result.assistantId, job);
    emit resultChanged(index);
    if (const auto listed = m_listed.constFind(result.assistantId); listed != m_listed.constEnd()) {
        const Assistant copy = listed->assistant();
        m_listed.erase(listed); // a second round (after a 429) reads again
        job->start(copy, m_listedAt);
    } else {
        job->start();
    }
}

void BatchSave::startCreate(int index)
{
    CreateJob *&job = m_creates[index];
    if (!job) {
        job = new CreateJob(m_client, this);
        connect(job, &CreateJob::finished, this,
                [this, index](const CreateResult &created) { onCreateFinished(index, created); });
        emit createStarted(job);
    }
    if (m_knownIds)
        job->setKnownIds(*m_knownIds);
    ++m_inFlight;
    ++m_results[index].rounds;
    setStatus(index, Status::Running);
    emit resultChanged(index);
    job->submit(m_entries.at(index).edited);
}

void BatchSave::onRetrying(const ApiError &error, milliseconds wait)
{
    if (isThrottled(error))
        holdFor(wait);
}

void BatchSave::holdFor(milliseconds wait)
{
    if (wait <= 0ms)
        return;
    if (!isBackingOff() || m_holdUntil.remainingTimeAsDuration() < wait) {
        m_holdUntil = QDeadlineTimer(wait);
        emit backingOff(wait);
    }
}

void BatchSave::onJobFinished(int index, const SaveResult &saved)
{
    --m_inFlight;
    Result &result = m_results[index];
    result.save = saved;
    switch (saved.outcome) {
    case SaveResult::Outcome::Saved:
        setFinal(index, Status::Saved,
                 saved.unstored.isEmpty()
                     ? QString()
                     : tr("Saved, but the server did not store %1 as sent.").arg(labels(saved.unstoredKeys())));
        break;
    case SaveResult::Outcome::NothingToSave:
        // After a PATCH whose answer was lost (then a 412), the server holds what was sent: it was saved.
        if (saved.patchesSent > 0)
            setFinal(index, Status::Saved, QString());
        else
            setFinal(index, Status::Unchanged, tr("The server already holds these values: nothing was sent."));
        break;
    case SaveResult::Outcome::Conflict:
        result.conflicts = saved.conflicts;
        setFinal(index, Status::Conflict,
                 tr("Not saved: %1 changed on the server since the preview. Open it to choose which version to keep.")
                     .arg(labels(saved.conflicts)));
        break;
    case SaveResult::Outcome::Cancelled:
        setFinal(index, Status::NotSent, tr("Not saved: the save was called off."));
        break;
    case SaveResult::Outcome::Failed:
        if (sendAgainLater(index, saved.error))
            break;
        setFinal(index, Status::Failed,
                 saved.mayHaveBeenStored
                     ? tr("The server may or may not have saved this. %1 Retrying is safe: it compares with the server "
                          "first.")
                           .arg(saved.error.message())
                     : saved.error.message());
        break;
    }
    considerReadingList();
    startNext();
}

void BatchSave::onCreateFinished(int index, const CreateResult &created)
{
    --m_inFlight;
    Result &result = m_results[index];
    result.create = created;
    if (created.succeeded()) {
        result.assistantId = created.assistant->id();
        if (m_knownIds)
            m_knownIds->insert(result.assistantId);
        setFinal(index, Status::Created,
                 created.outcome == CreateResult::Outcome::Recovered
                     ? tr("Created as ID %1 (the answer was lost; the list showed it).").arg(result.assistantId)
                     : tr("Created as ID %1.").arg(result.assistantId));
    } else if (created.outcome == CreateResult::Outcome::Uncertain) {
        setFinal(index, Status::Failed,
                 tr("The server may or may not have created it. %1 Retrying is safe: it looks for it first.")
                     .arg(created.error.message()));
    } else if (!sendAgainLater(index, created.error)) {
        setFinal(index, Status::Failed, created.error.message());
    }
    startNext();
}

bool BatchSave::sendAgainLater(int index, const ApiError &error)
{
    Result &result = m_results[index];
    if (!isThrottled(error) || m_cancelled || result.rounds >= maxRounds)
        return false;
    // The server turned it away (nothing was stored): send it again once the server's wait is over.
    holdFor(
        error.retryAfter().value_or(RetryPolicy::backoff(result.rounds, QRandomGenerator::global()->generateDouble())));
    setStatus(index, Status::Waiting);
    m_queue.append(index);
    emit resultChanged(index);
    return true;
}

void BatchSave::setFinal(int index, Status status, const QString &message)
{
    Result &result = m_results[index];
    setStatus(index, status);
    result.message = message;
    emit resultChanged(index);
    emit progressChanged(finishedCount(), total());
}

void BatchSave::finishIfDone()
{
    if (!m_running || m_inFlight > 0 || (!m_queue.isEmpty() && !m_cancelled))
        return;
    m_running = false;
    m_holdTimer.stop();
    m_listed.clear();
    emit finished();
}

void BatchSave::setStatus(int index, Status status)
{
    // Counted as they change: a window asks for the counts after every result of thousands.
    --m_counts[int(m_results.at(index).status)];
    m_results[index].status = status;
    ++m_counts[int(status)];
}

int BatchSave::finishedCount() const
{
    return total() - m_counts[int(Status::Waiting)] - m_counts[int(Status::Running)];
}

int BatchSave::count(Status status) const
{
    return m_counts[int(status)];
}

std::optional<milliseconds> BatchSave::timeLeft() const
{
    const int done = finishedCount() - m_finishedAtStart;
    const int left = total() - finishedCount();
    if (!m_running || done <= 0 || !m_clock.isValid())
        return std::nullopt;
    const double perItem = double(m_clock.elapsed()) / done;
    return milliseconds(qint64(perItem * left));
}

QString BatchSave::statusName(Status status)
{
    switch (status) {
    case Status::Waiting:
        return QStringLiteral("waiting");
    case Status::Running:
        return QStringLiteral("running");
    case Status::Saved:
        return QStringLiteral("saved");
    case Status::Created:
        return QStringLiteral("created");
    case Status::Unchanged:
        return QStringLiteral("unchanged");
    case Status::Conflict:
        return QStringLiteral("conflict");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::NotSent:
        return QStringLiteral("notSent");
    }
    return {};
}
