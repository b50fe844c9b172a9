// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "Assistant.h"
#include "AssistantPatch.h"

#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

// What one SaveJob did, reported once when it ends: how it ended, what it read, merged and sent, what the
// server answered, and which fields the answer does not hold as they were sent.
struct SaveResult
{
    enum class Outcome {
        Saved, // the server took the PATCH; `answer` is what it holds now (check `unstored`)
        NothingToSave, // after the merge nothing differed from the server's copy: nothing was sent
        Conflict, // fields changed on both sides were left undecided (`conflicts`); nothing was sent
        Cancelled, // the user called the save off while deciding conflicts; nothing was sent
        Failed, // a request failed (`error`); when mayHaveBeenStored, a PATCH may have been stored
    };

    // A field of the PATCH that the server's answer does not hold as it was sent.
    struct Unstored
    {
        enum class How {
            Dropped, // the answer lacks the key
            Ignored, // the answer still holds what the server had before the PATCH
            Changed, // the answer holds a third value
        };
        QString key; // top-level key
        How how = How::Changed;
        QJsonValue sent;
        QJsonValue stored; // undefined when dropped
    };

    Outcome outcome = Outcome::Failed;
    QString assistantId;
    Assistant base; // the server's copy the edits were made on (the job's input)
    Assistant edited; // base with the user's edits (the job's input)
    ApiError error; // Failed
    // Failed: the PATCH failed with its answer lost, so the server may hold it. A failed read (before the PATCH,
    // or again after a 412) sent nothing: the edit is not stored, whatever became of the read's answer.
    bool mayHaveBeenStored = false;
    QStringList conflicts; // Conflict: top-level keys changed on both sides, undecided
    std::optional<Assistant> serverCopy; // the copy the last merge was made against (GET before the PATCH)
    std::optional<Assistant> merged; // that merge's outcome, once every conflict was decided
    QStringList takenFromServer; // keys changed only on the server, taken into `merged`
    AssistantPatch sent; // the body of the last PATCH sent; empty when none was
    int patchesSent = 0; // 0, 1, or 2 when a 412 led to a second merge
    std::optional<Assistant> answer; // Saved: the server's answer
    QList<Unstored> unstored; // Saved: fields the answer does not hold as sent

    bool succeeded() const { return outcome == Outcome::Saved || outcome == Outcome::NothingToSave; }
    QStringList unstoredKeys() const;

    // What an editor's base becomes: the answer (Saved), the server's copy (NothingToSave, or any other
    // outcome once a merge took in changes made elsewhere); nullopt: the base stays.
    std::optional<Assistant> newBase() const;
    // What the editor shows on that base: the user's values where the server did not store them, the
    // merge's decisions when the save failed after it, and edits made while the save ran (`editedNow`
    // against `edited`). `editedNow` unchanged when newBase() is nullopt.
    Assistant contentAfter(const Assistant &editedNow) const;

    static QString outcomeName(Outcome outcome); // "saved", "nothingToSave", … for logs and tools
};

Q_DECLARE_METATYPE(SaveResult)
