// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class AssistantMerge;

// Decides the fields a save finds changed both here and on the server since the edits began. A SaveJob
// asks it once per merge that has conflicts; the GUI answers with ConflictDialog, tests and the
// command-line tool with a ConflictPolicy.
class ConflictResolver
{
public:
    enum class Answer {
        Resolved, // merge.choose() was called for every conflict
        Stop, // left undecided: the save ends with SaveResult::Outcome::Conflict, naming the fields
        Cancel, // the user called the save off: SaveResult::Outcome::Cancelled
    };

    virtual ~ConflictResolver() = default;

    // Called synchronously (a modal dialog may run inside); `merge.hasConflicts()` is true.
    virtual Answer resolve(AssistantMerge &merge) = 0;
};
