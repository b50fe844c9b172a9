// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Prompter.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <utility>

// Answers the window's questions the way a test scripted them, at the moment they are asked: no timers,
// no hunting for the active modal widget. A question or dialog nobody scripted is answered with Cancel
// (or rejected) and recorded, so the test can fail on it instead of hanging.
class ScriptedPrompter : public Prompter
{
public:
    using DialogHandler = std::function<void(QDialog *)>;

    // The next question `questionId` (the box's objectName) is answered with `choiceId`.
    void answer(const QString &questionId, const QString &choiceId);
    // The next dialog named `dialogName` (any dialog when empty) is shown and handed to `handler`, which
    // works it like a user (clicks its buttons); a dialog still open afterwards is rejected.
    void handleDialog(const QString &dialogName, const DialogHandler &handler);

    const QList<Question> &asked() const { return m_asked; } // every question, in order
    const QStringList &dialogs() const { return m_dialogs; } // the objectName of every dialog run
    const QStringList &unexpected() const { return m_unexpected; }
    // Answers and handlers scripted but not used yet.
    qsizetype pending() const { return m_answers.size() + m_handlers.size(); }
    void clear();

    QString ask(QWidget *parent, const Question &question) override;
    int exec(QDialog *dialog) override;

private:
    QList<std::pair<QString, QString>> m_answers;
    QList<std::pair<QString, DialogHandler>> m_handlers;
    QList<Question> m_asked;
    QStringList m_dialogs;
    QStringList m_unexpected;
};
