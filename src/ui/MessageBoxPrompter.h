// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Prompter.h"

// Asks with QMessageBox and runs dialogs with QDialog::exec(): the user answers.
class MessageBoxPrompter : public Prompter
{
public:
    QString ask(QWidget *parent, const Question &question) override;
    int exec(QDialog *dialog) override;
};
