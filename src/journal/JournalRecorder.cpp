// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalRecorder.h"

#include "JournalStore.h"
#include "core/AssistantPatch.h"
#include "core/CloneJob.h"
#include "core/CreateJob.h"
#include "core/DeleteJob.h"
#include "core/SaveJob.h"
#include "core/SecretFields.h"

#include <QCoreApplication>

#include <memory>

namespace {

// The values of `keys` as `assistant` holds them; an absent key stays absent.
QJsonObject valuesOf(const Assistant &assistant, const QStringList &keys)
{
    QJsonObject values;
    for (const QString &key : keys) {
        if (assistant.contains(key))
            values.insert(key, assistant.value(key));
    }
    return values;
}

QString howName(SaveResult::Unstored::How how)
{
    switch (how) {
    case SaveResult::Unstored::How::Dropped:
        return QStringLiteral("dropped");
    case SaveResult::Unstored::How::Ignored:
        return QStringLiteral("ignored");
    case SaveResult::Unstored::How::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

// After a 412, what the copy read again says about the PATCH of `entry` (values in clear, in memory).
void settleFromCopy(JournalEntry &entry, const std::optional<Assistant> &copy)
{
    entry.httpStatus = 412;
    bool holdsSent = copy.has_value();
    bool holdsBefore = copy.has_value();
    const Assistant sent(entry.request);
    const Assistant before(entry.before);
    for (const QString &key : entry.fields) {
        holdsSent
            = holdsSent && !AssistantPatch::differs(sent, *copy, key) && !AssistantPatch::differs(*copy, sent, key);
        holdsBefore = holdsBefore && !AssistantPatch::differs(before, *copy, key)
            && !AssistantPatch::differs(*copy, before, key);
    }
    if (holdsSent) {
        entry.status = JournalEntry::Status::Succeeded;
        entry.after = valuesOf(*copy, entry.fields);
        entry.message = QCoreApplication::translate("JournalRecorder",
                                                    "Its answer was lost; the server's copy read afterwards holds "
                                                    "this change.");
    } else if (holdsBefore) {
        entry.status = JournalEntry::Status::Failed;
        entry.message = QCoreApplication::translate("JournalRecorder",
                                                    "The server's copy changed meanwhile (412); it was not stored.");
    } else {
        entry.status = JournalEntry::Status::Unknown;
        entry.message = QCoreApplication::translate("JournalRecorder",
                                                    "The server's copy changed meanwhile (412) and now holds other "
                                                    "values: whether this change was stored cannot be told.");
    }
}

} // namespace

// One job's entry while its request is out: the entry as written, and the secret values of what was sent,
// so that no error text carrying one (a server echoing a header) reaches the journal.
struct JournalRecorder::Pending
{
    JournalEntry entry;
    QStringList secrets;

    bool isOpen() const { return entry.id != 0 && entry.status == JournalEntry::Status::Pending; }

    void noteSecrets(const QJsonObject &json)
    {
        SecretFields::visit(json, [this](const SecretLocation &, const QString &value) {
            if (!value.isEmpty())
                secrets.append(value);
        });
    }
    QString scrubbed(QString text) const
    {
        for (const QString &secret : secrets)
            text.replace(secret, SecretFields::maskedText(secret));
        return text;
    }
    void fail(const ApiError &error)
    {
        entry.status = error.mayHaveBeenApplied() ? JournalEntry::Status::Unknown : JournalEntry::Status::Failed;
        entry.httpStatus = error.httpStatus();
        entry.message = scrubbed(error.message());
    }
};

JournalRecorder::JournalRecorder(JournalStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

void JournalRecorder::setConnection(const QString &id, const QString &name)
{
    m_connectionId = id;
    m_connectionName = name;
}

JournalEntry JournalRecorder::newEntry(JournalEntry::Operation operation, const Context &context) const
{
    JournalEntry entry;
    entry.connectionId = m_connectionId;
    entry.connectionName = m_connectionName;
    entry.started = QDateTime::currentDateTimeUtc();
    entry.operation = operation;
    entry.status = JournalEntry::Status::Pending;
    entry.relatedEntry = context.relatedEntry;
    entry.batchId = context.batchId;
    entry.sourceId = context.sourceId;
    return entry;
}

bool JournalRecorder::append(Pending &pending, const JournalEntry &entry)
{
    pending.entry = entry;
    pending.entry.id = m_store ? m_store->append(entry) : 0;
    if (pending.entry.id)
        return true;
    emit notRecorded(
        tr("The change to “%1” went ahead, but the change journal could not record it.").arg(entry.assistantName));
    return false;
}

void JournalRecorder::complete(Pending &pending)
{
    if (!pending.entry.id)
        return;
    pending.entry.finished = QDateTime::currentDateTimeUtc();
    if (m_store && m_store->update(pending.entry))
        return;
    emit notRecorded(tr("The outcome of the change to “%1” could not be recorded in the change journal.")
                         .arg(pending.entry.assistantName));
}

void JournalRecorder::attach(SaveJob *job)
{
    attach(job, Context());
}

void JournalRecorder::attach(CreateJob *job)
{
    attach(job, Context{.operation = JournalEntry::Operation::Create});
}

void JournalRecorder::attach(SaveJob *job, const Context &context)
{
    auto pending = std::make_shared<Pending>();
    connect(job, &SaveJob::sending, this,
            [this, job, pending, context](const AssistantPatch &patch, const Assistant &serverCopy) {
                if (pending->isOpen()) { // the first PATCH met a 412: it was merged again and is sent anew
                    pending->entry.status = JournalEntry::Status::Failed;
                    pending->entry.httpStatus = 412;
                    pending->entry.message = tr("The server's copy changed meanwhile (412): merged again and sent "
                                                "anew.");
                    complete(*pending);
                }
                JournalEntry entry = newEntry(context.operation, context);
                entry.assistantId = job->assistantId();
                entry.assistantName = patch.appliedTo(serverCopy).name();
                entry.fields = patch.keys();
                entry.before = valuesOf(serverCopy, entry.fields);
                entry.after = patch.body();
                entry.request = patch.body();
                pending->secrets.clear();
                pending->noteSecrets(patch.body());
                pending->noteSecrets(serverCopy.json());
                append(*pending, entry);
            });
    connect(job, &SaveJob::finished, this, [this, pending](const SaveResult &result) {
        if (!pending->isOpen())
            return;
        JournalEntry &entry = pending->entry;
        switch (result.outcome) {
        case SaveResult::Outcome::Saved:
            entry.status = JournalEntry::Status::Succeeded;
            entry.httpStatus = 200;
            entry.assistantName = result.answer->name();
            entry.after = valuesOf(*result.answer, entry.fields);
            for (const SaveResult::Unstored &field : result.unstored) {
                QJsonObject item{{QStringLiteral("key"), field.key}, {QStringLiteral("how"), howName(field.how)}};
                if (field.how != SaveResult::Unstored::How::Dropped)
                    item.insert(QStringLiteral("stored"), field.stored);
                entry.unstored.append(item);
            }
            break;
        case SaveResult::Outcome::Failed:
            pending->fail(result.error);
            break;
        case SaveResult::Outcome::NothingToSave:
        case SaveResult::Outcome::Conflict:
        case SaveResult::Outcome::Cancelled:
            // Only after a 412, read again: nothing more was sent. The PATCH may still have been stored (a lost
            // answer retried meets its own change): the copy read then tells.
            settleFromCopy(entry, result.serverCopy);
            break;
        }
        complete(*pending);
    });
}

void JournalRecorder::attach(CreateJob *job, const Context &context)
{
    auto pending = std::make_shared<Pending>();
    connect(job, &CreateJob::sending, this, [this, pending, context](const AssistantPatch &body) {
        if (pending->entry.id && pending->entry.status == JournalEntry::Status::Unknown) {
            // The earlier POST's answer was lost; this submit looked, did not find it, and posts again.
            pending->entry.status = JournalEntry::Status::Failed;
            pending->entry.message = tr("Not created: the list read afterwards does not hold it.");
            complete(*pending);
        }
        JournalEntry entry = newEntry(context.operation, context);
        entry.assistantName = body.value(QStringLiteral("name")).toString();
        entry.fields = body.keys();
        entry.after = body.body();
        entry.request = body.body();
        pending->secrets.clear();
        pending->noteSecrets(body.body());
        append(*pending, entry);
    });
    connect(job, &CreateJob::finished, this, [this, pending](const CreateResult &result) {
        JournalEntry &entry = pending->entry;
        // This submit's POST, or (a submit that only looked) the earlier one whose answer was lost.
        const bool lookedForEarlier = !result.posted && entry.id && entry.status == JournalEntry::Status::Unknown;
        if (!pending->isOpen() && !lookedForEarlier)
            return;
        switch (result.outcome) {
        case CreateResult::Outcome::Created:
            entry.status = JournalEntry::Status::Succeeded;
            entry.httpStatus = 200;
            break;
        case CreateResult::Outcome::Recovered:
            entry.status = JournalEntry::Status::Succeeded;
            entry.message = tr("The answer was lost on the way, but the list read afterwards holds the new "
                               "assistant.");
            break;
        case CreateResult::Outcome::NotCreated:
            pending->fail(result.error);
            entry.status = JournalEntry::Status::Failed;
            break;
        case CreateResult::Outcome::Uncertain:
            pending->fail(result.error);
            entry.status = JournalEntry::Status::Unknown;
            break;
        }
        if (result.assistant) {
            entry.assistantId = result.assistant->id();
            entry.assistantName = result.assistant->name();
            entry.after = valuesOf(*result.assistant, entry.fields);
        }
        complete(*pending);
    });
}

void JournalRecorder::attach(DeleteJob *job)
{
    const Context context;
    auto pending = std::make_shared<Pending>();
    connect(job, &DeleteJob::sending, this, [this, pending, context](const Assistant &assistant) {
        JournalEntry entry = newEntry(JournalEntry::Operation::Delete, context);
        entry.assistantId = assistant.id();
        entry.assistantName = assistant.name();
        entry.before = assistant.json(); // the whole assistant: a restore recreates it from this
        pending->noteSecrets(assistant.json());
        append(*pending, entry);
    });
    connect(job, &DeleteJob::finished, this, [this, pending](const DeleteResult &result) {
        if (!pending->isOpen())
            return;
        switch (result.outcome) {
        case DeleteResult::Outcome::Deleted:
            pending->entry.status = JournalEntry::Status::Succeeded;
            pending->entry.httpStatus = 200;
            break;
        case DeleteResult::Outcome::AlreadyGone:
            pending->entry.status = JournalEntry::Status::Succeeded;
            pending->entry.httpStatus = 404;
            pending->entry.message = tr("Somebody had deleted it already.");
            break;
        case DeleteResult::Outcome::Failed:
            pending->fail(result.error);
            break;
        }
        complete(*pending);
    });
}

void JournalRecorder::attach(CloneJob *job)
{
    const Context context;
    auto pending = std::make_shared<Pending>();
    connect(job, &CloneJob::sending, this, [this, pending, context](const Assistant &source) {
        JournalEntry entry = newEntry(JournalEntry::Operation::Clone, context);
        entry.sourceId = source.id();
        entry.assistantName = source.name();
        entry.before = source.json(); // what was cloned, as the list showed it
        pending->noteSecrets(source.json());
        append(*pending, entry);
    });
    connect(job, &CloneJob::finished, this, [this, pending](const CloneResult &result) {
        if (!pending->isOpen())
            return;
        if (result.clone) {
            pending->entry.status = JournalEntry::Status::Succeeded;
            pending->entry.httpStatus = 200;
            pending->entry.assistantId = result.clone->id();
            pending->entry.assistantName = result.clone->name();
            pending->entry.after = result.clone->json();
        } else {
            pending->fail(result.error);
        }
        complete(*pending);
    });
}

qint64 JournalRecorder::beginBatch(const QString &description, qint64 revertOf)
{
    const qint64 id = m_store ? m_store->beginBatch({.connectionId = m_connectionId,
                                                     .description = description,
                                                     .started = QDateTime::currentDateTimeUtc(),
                                                     .revertOf = revertOf})
                              : 0;
    if (!id)
        emit notRecorded(tr("The change journal could not record the batch “%1”: its changes are recorded one by "
                            "one.")
                             .arg(description));
    return id;
}

void JournalRecorder::finishBatch(qint64 batchId)
{
    if (batchId && m_store)
        m_store->finishBatch(batchId);
}
