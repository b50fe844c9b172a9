// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// Journal entries written as one action (a bulk edit, a batch revert): they share its id.
struct JournalBatch
{
    qint64 id = 0;
    QString connectionId;
    QString description; // for people: "Set the voice speed of 40 assistants to 1.1"
    QDateTime started;
    QDateTime finished; // invalid while it runs, or when the app stopped first
    qint64 revertOf = 0; // a batch revert: the batch it puts back
};
