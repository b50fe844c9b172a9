// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalEntry.h"

#include <QString>

// What a filter looks at in one journal entry (JournalFilter), as JournalStore hands it to JournalIndex.
struct JournalSearchRow
{
    qint64 id = 0;
    QString connectionId;
    QString assistantId;
    QString sourceId;
    JournalEntry::Operation operation = JournalEntry::Operation::Update;
    qint64 started = 0; // ms since the epoch
    qint64 batchId = 0;
    QString assistantText; // folded name and id
    QString text; // folded: what the text filter searches (JournalText::searchText)
};
