// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "Assistant.h"
#include "AssistantPatch.h"
#include "AssistantSummary.h"

#include <QList>
#include <QMetaType>

#include <optional>

// What one submit of a CreateJob came to.
struct CreateResult
{
    enum class Outcome {
        Created, // the POST was answered; `assistant` is the new one
        Recovered, // the answer was lost, but the list holds a new assistant with the draft's name and prompt
        NotCreated, // it is not on the server (refused, or lost and then not in the list): submitting again is safe
        // It may be on the server: the list could not be read, or it holds `suspects`. Submitting again looks first;
        // it posts only when the list has nothing new beyond the suspects already reported.
        Uncertain,
    };

    Outcome outcome = Outcome::NotCreated;
    std::optional<Assistant> assistant; // Created, Recovered
    bool posted = false; // whether this submit sent a POST
    AssistantPatch sent; // its body
    ApiError error; // NotCreated, Uncertain: the create's error, or the list's when no POST failed
    std::optional<QList<AssistantSummary>> listed; // the list, when this submit read it to look
    // Uncertain: assistants that appeared since the POST whose answer was lost and were changed after they were
    // created (or cannot be told unchanged), so one may be this draft under another name or prompt.
    QList<Assistant> suspects;

    bool succeeded() const { return outcome == Outcome::Created || outcome == Outcome::Recovered; }
    static QString outcomeName(Outcome outcome); // "created", "recovered", "notCreated", "uncertain"
};

Q_DECLARE_METATYPE(CreateResult)
