// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalEntry.h"
#include "core/Assistant.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

class SecretSealer;

// What putting back journal entries means for one assistant: the old values of the fields they changed, on
// top of what the editor holds now, and what the server should still hold for those fields if nobody changed
// them since (the values the entries left). A save merges against the latter, so a change made since is a
// conflict for the user to decide, never overwritten.
//
// Secrets are kept in the journal as digests: an old value comes back only when the draft or the server's
// copy still holds a value with that digest. One that cannot come back keeps its current value (or, when the
// item is gone, the placeholder the editor asks to be typed again) and is named in `unrestored`.
class JournalRevert
{
public:
    struct Plan
    {
        Assistant edited; // the content to put in the editor
        QJsonObject assumed; // per field put back: what the server should still hold (absent: absent)
        QStringList keys; // the top-level fields put back, in the catalogue's order
        QList<qint64> entryIds; // the entries undone, oldest first
        QStringList unrestored; // secrets that could not be put back, for people (SecretLocation::description)

        bool isEmpty() const { return keys.isEmpty(); }
        // The copy a save merges against: `base` with the assumed values.
        Assistant mergeBase(const Assistant &base) const;
    };

    // "Revert this change": the fields `entry` changed get their values from before it.
    static Plan revert(const JournalEntry &entry, const Assistant &base, const Assistant &edited,
                       const SecretSealer &sealer);
    // "Restore as of this change": every field a later change touched gets the value it had before the first
    // of them. `later`: the successful field changes after `entry`, oldest first (JournalStore::changesAfter).
    static Plan restoreAsOf(const QList<JournalEntry> &later, const Assistant &base, const Assistant &edited,
                            const SecretSealer &sealer);
    // Undoes `changes` (field changes of one assistant, oldest first) on top of `edited`; `base` is what the
    // server held when the editor read it.
    static Plan undo(const QList<JournalEntry> &changes, const Assistant &base, const Assistant &edited,
                     const SecretSealer &sealer);
};
