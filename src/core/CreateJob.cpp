// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateJob.h"

#include "RevoxCall.h"
#include "RevoxClient.h"

CreateJob::CreateJob(RevoxClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void CreateJob::submit(const Assistant &draft)
{
    if (m_running)
        return;
    m_running = true;
    m_draft = draft;
    m_result = {};
    if (!m_client) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(CreateResult::Outcome::NotCreated, ApiError::invalidRequest(QStringLiteral("no client")));
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_uncertain)
        look({});
    else if (m_givenIds)
        post();
    else
        listThenPost();
}

void CreateJob::listThenPost()
{
    RevoxCall *list = m_client->listAssistants();
    connect(list, &RevoxCall::finished, this, [this, list] {
        if (!list->succeeded()) {
            finish(CreateResult::Outcome::NotCreated, list->error());
            return;
        }
        QSet<QString> ids;
        for (const AssistantSummary &summary : list->summaries())
            ids.insert(summary.id());
        m_givenIds = ids;
        post();
        m_givenIds.reset(); // known for this POST only: the next one reads the list again
    });
}

namespace {

// Whether a new assistant may be a draft posted under another name or prompt: unless it evidently was never
// changed since it was created (then it holds what its creator sent, which was not that draft). The API does
// not say how it writes the times; when they are missing or not text, nobody can tell, so it may.
bool changedSinceCreated(const Assistant &assistant)
{
    const QJsonValue created = assistant.createdAt();
    return !(created.isString() && !created.toString().isEmpty() && created == assistant.updatedAt());
}

} // namespace

void CreateJob::post()
{
    m_knownIds = m_givenIds.value_or(QSet<QString>());
    m_reportedSuspects.clear();
    const AssistantPatch body = AssistantPatch::forCreate(m_draft);
    m_result.posted = true;
    m_result.sent = body;
    emit sending(body);
    // Never retried, by RevoxCall or here: a duplicate assistant is worse than an error.
    RevoxCall *call = m_client->createAssistant(body);
    connect(call, &RevoxCall::finished, this, [this, call] {
        if (call->succeeded()) {
            m_result.assistant = call->assistant();
            finish(CreateResult::Outcome::Created);
        } else if (call->error().mayHaveBeenApplied()) {
            // The answer was lost, not necessarily the assistant: look before anyone posts again.
            m_uncertain = true;
            m_lostError = call->error();
            look(call->error());
        } else {
            finish(CreateResult::Outcome::NotCreated, call->error());
        }
    });
}

void CreateJob::look(const ApiError &createError)
{
    RevoxCall *list = m_client->listAssistants();
    connect(list, &RevoxCall::finished, this, [this, list, createError] {
        if (!list->succeeded()) {
            finish(CreateResult::Outcome::Uncertain, createError ? createError : list->error());
            return;
        }
        m_result.listed = list->summaries();
        QList<Assistant> suspects;
        for (const AssistantSummary &summary : list->summaries()) {
            if (m_knownIds.contains(summary.id()))
                continue;
            const Assistant assistant = summary.assistant();
            if (summary.name() == m_draft.name() && assistant.prompt() == m_draft.prompt()) {
                m_uncertain = false;
                m_result.assistant = assistant;
                finish(CreateResult::Outcome::Recovered);
                return;
            }
            if (changedSinceCreated(assistant) && !m_reportedSuspects.contains(summary.id()))
                suspects.append(assistant);
        }
        if (!suspects.isEmpty()) {
            // One of them may be ours, renamed by someone before we looked: say so rather than "not created",
            // and post on a later submit only if nothing new turned up by then.
            m_uncertain = true;
            for (const Assistant &suspect : std::as_const(suspects))
                m_reportedSuspects.insert(suspect.id());
            m_result.suspects = suspects;
            finish(CreateResult::Outcome::Uncertain, createError ? createError : m_lostError);
            return;
        }
        m_uncertain = false;
        if (createError)
            finish(CreateResult::Outcome::NotCreated, createError);
        else
            post(); // a second submit: it is not there, so create it now
    });
}

void CreateJob::finish(CreateResult::Outcome outcome, const ApiError &error)
{
    m_running = false;
    m_result.outcome = outcome;
    m_result.error = error;
    emit finished(m_result);
}
