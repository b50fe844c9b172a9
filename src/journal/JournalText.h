// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalEntry.h"

#include <QString>
#include <QStringList>

// Journal entries in words, the same in the History page, the Changes window and the export: changes
// read as the review dialog words them (ChangeSummary: "label: old → new"), secrets masked.
namespace JournalText {

QString operationText(JournalEntry::Operation operation); // "Edited", "Created", …
QString statusText(const JournalEntry &entry); // "Saved", "Failed (HTTP 422)", "Outcome unknown", …
// What the entry changed, one line per field, old → new; a delete lists what it kept.
QStringList lines(const JournalEntry &entry);
// Each changed field's whole value before and after (lines() shortens them), secrets masked: what a prompt
// said before, word for word.
QStringList wholeValues(const JournalEntry &entry);
// One line for a list; the store keeps it with the entry.
QString summary(const JournalEntry &entry);
// The fields' labels ("Prompt, Name").
QString fieldLabels(const QStringList &keys);
// Every entry's words the text filter searches, folded to lower case (JournalFilter::folded).
QString searchText(const JournalEntry &entry);

} // namespace JournalText
