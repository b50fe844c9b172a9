// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>

class QDialog;
class QWidget;

// The one way the window and its helpers ask the user something: a question with choices (a message box)
// or one of the app's own dialogs run modally. Nothing else in src/ui opens a message box or calls
// QDialog::exec(). The app answers with MessageBoxPrompter; tests with a scripted Prompter, so that every
// answer is given deterministically instead of by timers hunting for the active modal widget.
class Prompter
{
public:
    struct Choice
    {
        QString id; // the button's objectName; Prompter::cancel is the standard Cancel button
        QString text;
        QMessageBox::ButtonRole role = QMessageBox::AcceptRole;
    };

    struct Question
    {
        QString id; // the box's objectName ("deleteConfirmation")
        QMessageBox::Icon icon = QMessageBox::Question;
        QString title;
        QString text;
        QString informativeText;
        QList<Choice> choices;
        QString defaultChoice; // the id of the choice Enter picks
    };

    static inline const QString cancel = QStringLiteral("cancel");

    virtual ~Prompter() = default;

    // The id of the choice made; `cancel` when the user cancelled or closed the box.
    virtual QString ask(QWidget *parent, const Question &question) = 0;
    // Runs one of the app's dialogs modally (conflicts, drafts, a connection) and returns its result code.
    virtual int exec(QDialog *dialog) = 0;

    // A Cancel choice, for Question::choices.
    static Choice cancelChoice() { return {cancel, QString(), QMessageBox::RejectRole}; }
};
