// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "Assistant.h"

#include <QMetaType>

#include <optional>

// What one DeleteJob came to.
struct DeleteResult
{
    enum class Outcome {
        Deleted, // the server answered the DELETE
        AlreadyGone, // somebody deleted it first (404 to the read or to the DELETE): the outcome asked for holds
        Failed, // `error`; when error.mayHaveBeenApplied() after the DELETE was sent, it may be gone
    };

    Outcome outcome = Outcome::Failed;
    QString assistantId;
    std::optional<Assistant> assistant; // the whole assistant as read right before the DELETE
    bool sent = false; // whether the DELETE left
    ApiError error;

    bool succeeded() const { return outcome != Outcome::Failed; }
    static QString outcomeName(Outcome outcome); // "deleted", "alreadyGone", "failed"
};

Q_DECLARE_METATYPE(DeleteResult)
