// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalChecker.h"

#include "JournalStore.h"
#include "core/AssistantPatch.h"
#include "core/RevoxCall.h"
#include "core/RevoxClient.h"
#include "core/SecretSealer.h"

#include <QLocale>

namespace {

// Clocks of this machine and the server may differ a little: an assistant created this long before the entry
// still counts as made by it.
constexpr qint64 kClockSlackMs = 60 * 1000;

bool createdSince(const Assistant &assistant, const QDateTime &started)
{
    const QDateTime created = QDateTime::fromString(assistant.createdAt().toString(), Qt::ISODateWithMs);
    return !created.isValid() || created.toMSecsSinceEpoch() >= started.toMSecsSinceEpoch() - kClockSlackMs;
}

} // namespace

JournalChecker::JournalChecker(RevoxClient *client, JournalStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{ }

void JournalChecker::check(const QList<JournalEntry> &entries)
{
    if (m_running)
        return;
    m_running = true;
    m_queue = entries;
    QMetaObject::invokeMethod(this, &JournalChecker::next, Qt::QueuedConnection);
}

JournalChecker::Verdict JournalChecker::compare(const JournalEntry &entry, const Assistant &server,
                                                const SecretSealer &sealer)
{
    // The journal holds secrets as digests: compare the server's copy in the same form.
    const Assistant now(sealer.redacted(server.json()));
    const Assistant after(entry.after);
    const Assistant before(entry.before);
    bool holdsAfter = true;
    bool holdsBefore = true;
    for (const QString &key : entry.fields) {
        holdsAfter
            = holdsAfter && !AssistantPatch::differs(after, now, key) && !AssistantPatch::differs(now, after, key);
        holdsBefore
            = holdsBefore && !AssistantPatch::differs(before, now, key) && !AssistantPatch::differs(now, before, key);
    }
    if (holdsAfter)
        return Verdict::Applied;
    return holdsBefore ? Verdict::NotApplied : Verdict::Undetermined;
}

void JournalChecker::next()
{
    if (!m_client || !m_store) {
        stop(tr("Nothing to check against."));
        return;
    }
    if (m_queue.isEmpty()) {
        m_running = false;
        emit finished({});
        return;
    }
    const JournalEntry entry = m_queue.constFirst();
    switch (entry.operation) {
    case JournalEntry::Operation::Update:
    case JournalEntry::Operation::Revert:
        checkEdit(entry);
        return;
    case JournalEntry::Operation::Delete:
        checkDelete(entry);
        return;
    case JournalEntry::Operation::Create:
    case JournalEntry::Operation::Restore:
    case JournalEntry::Operation::Clone:
        checkByList(entry);
        return;
    }
}

void JournalChecker::checkEdit(const JournalEntry &entry)
{
    RevoxCall *call = m_client->getAssistant(entry.assistantId);
    connect(call, &RevoxCall::finished, this, [this, call, entry] {
        if (call->succeeded())
            settle(entry, compare(entry, call->assistant(), *m_store->sealer()));
        else if (call->error().httpStatus() == 404)
            settle(entry, Verdict::Undetermined); // deleted since: nothing left to tell by
        else
            stop(call->error().message());
    });
}

void JournalChecker::checkDelete(const JournalEntry &entry)
{
    RevoxCall *call = m_client->getAssistant(entry.assistantId);
    connect(call, &RevoxCall::finished, this, [this, call, entry] {
        if (call->succeeded())
            settle(entry, Verdict::NotApplied);
        else if (call->error().httpStatus() == 404)
            settle(entry, Verdict::Applied);
        else
            stop(call->error().message());
    });
}

void JournalChecker::checkByList(const JournalEntry &entry)
{
    RevoxCall *call = m_client->listAssistants();
    connect(call, &RevoxCall::finished, this, [this, call, entry] {
        if (!call->succeeded()) {
            stop(call->error().message());
            return;
        }
        QStringList found;
        const QString sourceName = entry.before.value(u"name").toString();
        for (const AssistantSummary &summary : call->summaries()) {
            if (entry.operation == JournalEntry::Operation::Clone) {
                if (summary.id() == entry.sourceId || !summary.name().startsWith(sourceName))
                    continue;
                if (createdSince(summary.assistant(), entry.started))
                    found.append(summary.id());
            } else if (summary.name() == entry.request.value(u"name").toString()) {
                const Assistant assistant = summary.assistant();
                if (assistant.prompt() == entry.request.value(u"prompt").toString()
                    && createdSince(assistant, entry.started))
                    found.append(summary.id());
            }
        }
        if (found.size() == 1)
            settle(entry, Verdict::Applied, found.constFirst());
        else
            settle(entry, found.isEmpty() ? Verdict::NotApplied : Verdict::Undetermined);
    });
}

void JournalChecker::settle(JournalEntry entry, Verdict verdict, const QString &assistantId)
{
    m_queue.removeFirst();
    entry.checked = QDateTime::currentDateTimeUtc();
    const QString when = QLocale().toString(entry.checked.toLocalTime(), QLocale::ShortFormat);
    switch (verdict) {
    case Verdict::Applied:
        entry.status = JournalEntry::Status::Succeeded;
        entry.message = tr("Checked against the server on %1: it holds this change.").arg(when);
        if (!assistantId.isEmpty())
            entry.assistantId = assistantId;
        break;
    case Verdict::NotApplied:
        entry.status = JournalEntry::Status::Failed;
        entry.message
            = tr("Checked against the server on %1: it does not hold this change, so it was not made.").arg(when);
        break;
    case Verdict::Undetermined:
        entry.status = JournalEntry::Status::Unknown;
        entry.message = tr("Checked against the server on %1: it holds other values now, so whether this change "
                           "was made cannot be told.")
                            .arg(when);
        break;
    }
    if (!entry.finished.isValid())
        entry.finished = entry.checked;
    m_store->update(entry);
    emit checked(entry, verdict);
    next();
}

void JournalChecker::stop(const QString &error)
{
    m_queue.clear();
    m_running = false;
    emit finished(error);
}
