// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DraftStore.h"

#include <QDialog>

class Prompter;
class QListWidget;
class QPlainTextEdit;

// Unsaved edits kept from an earlier session (a crash, a kill): what each holds, and a choice to
// restore it, discard it, or leave it for later.
class DraftRestoreDialog : public QDialog
{
    Q_OBJECT

public:
    // `prompter` confirms a discard.
    DraftRestoreDialog(const QList<Draft> &drafts, Prompter *prompter, QWidget *parent = nullptr);

    QList<Draft> toRestore() const { return m_restore; }
    QList<Draft> toDiscard() const { return m_discard; }

private:
    void showDetails(int row);
    QList<Draft> checked() const;

    QList<Draft> m_drafts;
    Prompter *m_prompter;
    QList<Draft> m_restore;
    QList<Draft> m_discard;
    QListWidget *m_list;
    QPlainTextEdit *m_details;
};
