// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalBatchRevert.h"

#include "JournalRecorder.h"
#include "JournalRevert.h"
#include "JournalStore.h"
#include "JournalText.h"
#include "core/RevoxCall.h"
#include "core/RevoxClient.h"
#include "core/SaveJob.h"

namespace { } // namespace

JournalBatchRevert::JournalBatchRevert(RevoxClient *client, JournalStore *store, JournalRecorder *recorder,
                                       ConflictResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_recorder(recorder)
    , m_resolver(resolver)
{ }

void JournalBatchRevert::start(qint64 batchId)
{
    if (m_running)
        return;
    m_running = true;
    m_results.clear();
    m_queue.clear();
    QList<QString> order;
    QHash<QString, QList<JournalEntry>> byAssistant;
    for (const JournalEntry &entry : m_store ? m_store->batchEntries(batchId) : QList<JournalEntry>()) {
        if (!entry.changesFields() || entry.status != JournalEntry::Status::Succeeded)
            continue;
        if (!byAssistant.contains(entry.assistantId))
            order.append(entry.assistantId);
        byAssistant[entry.assistantId].append(entry);
    }
    for (const QString &id : std::as_const(order))
        m_queue.append(byAssistant.value(id));
    const std::optional<JournalBatch> batch = m_store ? m_store->batch(batchId) : std::nullopt;
    if (m_recorder && !m_queue.isEmpty())
        m_revertBatch = m_recorder->beginBatch(
            tr("Revert of “%1”").arg(batch ? batch->description : tr("batch %1").arg(batchId)), batchId);
    QMetaObject::invokeMethod(this, &JournalBatchRevert::next, Qt::QueuedConnection);
}

void JournalBatchRevert::next()
{
    if (m_queue.isEmpty() || !m_client) {
        if (m_recorder)
            m_recorder->finishBatch(m_revertBatch);
        m_running = false;
        emit finished(m_results);
        return;
    }
    const QList<JournalEntry> changes = m_queue.takeFirst();
    RevoxCall *call = m_client->getAssistant(changes.constFirst().assistantId);
    connect(call, &RevoxCall::finished, this, [this, call, changes] {
        if (call->succeeded()) {
            revertOne(changes, call->assistant());
            return;
        }
        add({.assistantId = changes.constFirst().assistantId,
             .assistantName = changes.constLast().assistantName,
             .outcome = Result::Outcome::Failed,
             .message = call->error().message()});
    });
}

void JournalBatchRevert::revertOne(const QList<JournalEntry> &changes, const Assistant &server)
{
    const JournalRevert::Plan plan = JournalRevert::undo(changes, server, server, *m_store->sealer());
    Result result{.assistantId = server.id(), .assistantName = server.name(), .unrestored = plan.unrestored};
    if (plan.isEmpty()) {
        result.outcome = Result::Outcome::NothingToRevert;
        result.message = tr("The server already holds the values from before the batch.");
        add(result);
        return;
    }
    auto *job = new SaveJob(m_client, plan.mergeBase(server), plan.edited, m_resolver, this);
    if (m_recorder)
        m_recorder->attach(job,
                           {.operation = JournalEntry::Operation::Revert,
                            .relatedEntry = changes.constFirst().id,
                            .batchId = m_revertBatch});
    connect(job, &SaveJob::finished, this, [this, result](const SaveResult &saved) mutable {
        switch (saved.outcome) {
        case SaveResult::Outcome::Saved:
            result.outcome = Result::Outcome::Reverted;
            result.message = tr("Put back: %1.").arg(JournalText::fieldLabels(saved.sent.keys()));
            break;
        case SaveResult::Outcome::NothingToSave:
            result.outcome = Result::Outcome::NothingToRevert;
            result.message = tr("Nothing left to put back: the server holds these values.");
            break;
        case SaveResult::Outcome::Conflict:
            result.outcome = Result::Outcome::Conflict;
            result.message = tr("Not reverted: %1 changed on the server since, and nobody chose which version to "
                                "keep.")
                                 .arg(JournalText::fieldLabels(saved.conflicts));
            break;
        case SaveResult::Outcome::Cancelled:
            result.outcome = Result::Outcome::Cancelled;
            result.message = tr("Not reverted: called off.");
            break;
        case SaveResult::Outcome::Failed:
            result.outcome = Result::Outcome::Failed;
            result.message = saved.error.message();
            break;
        }
        if (const std::optional<Assistant> now = saved.newBase()) {
            result.assistantName = now->name();
            result.assistant = now;
        }
        add(result);
    });
    job->start();
}

void JournalBatchRevert::add(Result result)
{
    m_results.append(result);
    emit assistantFinished(result);
    next();
}
