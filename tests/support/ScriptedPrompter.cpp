// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedPrompter.h"

#include <QDialog>

void ScriptedPrompter::answer(const QString &questionId, const QString &choiceId)
{
    m_answers.append({questionId, choiceId});
}

void ScriptedPrompter::handleDialog(const QString &dialogName, const DialogHandler &handler)
{
    m_handlers.append({dialogName, handler});
}

void ScriptedPrompter::clear()
{
    m_answers.clear();
    m_handlers.clear();
    m_asked.clear();
    m_dialogs.clear();
    m_unexpected.clear();
}

QString ScriptedPrompter::ask(QWidget *, const Question &question)
{
    m_asked.append(question);
    for (qsizetype i = 0; i < m_answers.size(); ++i) {
        if (m_answers.at(i).first != question.id)
            continue;
        const QString choice = m_answers.takeAt(i).second;
        const bool offered = std::any_of(question.choices.cbegin(), question.choices.cend(),
                                         [&choice](const Choice &c) { return c.id == choice; });
        if (offered)
            return choice;
        m_unexpected.append(QStringLiteral("question %1 offers no choice %2").arg(question.id, choice));
        return cancel;
    }
    m_unexpected.append(QStringLiteral("question %1 “%2”").arg(question.id, question.text));
    return cancel;
}

int ScriptedPrompter::exec(QDialog *dialog)
{
    m_dialogs.append(dialog->objectName());
    for (qsizetype i = 0; i < m_handlers.size(); ++i) {
        const QString &name = m_handlers.at(i).first;
        if (!name.isEmpty() && name != dialog->objectName())
            continue;
        const DialogHandler handler = m_handlers.takeAt(i).second;
        dialog->setResult(QDialog::Rejected);
        dialog->show();
        handler(dialog);
        if (dialog->isVisible())
            dialog->reject();
        return dialog->result();
    }
    m_unexpected.append(
        QStringLiteral("%1 “%2”").arg(QLatin1String(dialog->metaObject()->className()), dialog->windowTitle()));
    return QDialog::Rejected;
}
