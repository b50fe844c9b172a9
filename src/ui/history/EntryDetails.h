// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

struct JournalEntry;

// One journal entry in full, read-only: when, where, what, how it ended, and each field old → new in the
// review dialog's words, secrets masked.
class EntryDetails : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit EntryDetails(QWidget *parent = nullptr);

    void showEntry(const JournalEntry &entry);
    void showNothing(const QString &why = {});
};
