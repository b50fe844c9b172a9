// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"
#include "AssistantPatch.h"
#include "CreateResult.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

class RevoxCall;
class RevoxClient;

// Creates one assistant, never twice. A POST is never repeated on its own (the API takes no idempotency
// key); when its answer is lost (ApiError::mayHaveBeenApplied()), the job reads the list and looks for a
// new assistant with the draft's name and prompt. Someone may have renamed it (or changed its prompt) in the
// meantime: a new assistant that was changed after it was created is a suspect, and makes the outcome
// uncertain rather than "not created". While it stays uncertain, the next submit looks first and posts only
// when the list holds nothing new but the suspects already reported. One job serves every submit of one
// dialog: it keeps that state.
class CreateJob : public QObject
{
    Q_OBJECT

public:
    explicit CreateJob(RevoxClient *client, QObject *parent = nullptr);

    // The assistants that exist before the next POST (a loaded table's ids), so that a lost answer can be
    // told from an assistant somebody else made. Without them, each POST is preceded by a GET of the list.
    void setKnownIds(const QSet<QString> &ids) { m_givenIds = ids; }
    // One attempt of the user's: finished() follows, never from within submit(). Ignored while one runs.
    void submit(const Assistant &draft);
    bool isRunning() const { return m_running; }
    // A POST may have been stored and nobody has found it yet: the next submit looks before it posts.
    bool isUncertain() const { return m_uncertain; }

signals:
    // Synchronously, right before the POST leaves.
    void sending(const AssistantPatch &body);
    void finished(const CreateResult &result);

private:
    void listThenPost();
    void post();
    void look(const ApiError &createError); // createError empty: a second submit looking before it posts
    void finish(CreateResult::Outcome outcome, const ApiError &error = {});

    QPointer<RevoxClient> m_client;
    std::optional<QSet<QString>> m_givenIds;
    QSet<QString> m_knownIds; // before the last POST
    QSet<QString> m_reportedSuspects; // since the last POST
    ApiError m_lostError; // the error of the POST whose answer was lost, while uncertain
    Assistant m_draft;
    CreateResult m_result;
    bool m_running = false;
    bool m_uncertain = false;
};
