// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalEntry.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// Which journal entries to list. Every condition set must hold; an empty one holds for all.
struct JournalFilter
{
    QString connectionId;
    // One assistant's history: entries about it, and those that made it (a clone's or a restore's source).
    QString assistantId;
    QString assistantText; // a part of the assistant's name or id, any case
    std::optional<JournalEntry::Operation> operation;
    QDate from; // local dates, inclusive
    QDate to;
    QString text; // every word must appear in the entry's name, id, fields or summary, any case
    qint64 batchId = 0;

    // The words of `text`, folded to lower case as the store's search column is.
    QStringList words() const;
    static QString folded(const QString &text);

    friend bool operator==(const JournalFilter &, const JournalFilter &) = default;
};
