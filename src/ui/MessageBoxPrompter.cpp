// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBoxPrompter.h"

#include <QDialog>
#include <QHash>
#include <QPushButton>

QString MessageBoxPrompter::ask(QWidget *parent, const Question &question)
{
    QMessageBox box(question.icon, question.title, question.text, QMessageBox::NoButton, parent);
    box.setObjectName(question.id);
    box.setInformativeText(question.informativeText);
    QHash<QAbstractButton *, QString> ids;
    for (const Choice &choice : question.choices) {
        QPushButton *button
            = choice.id == cancel ? box.addButton(QMessageBox::Cancel) : box.addButton(choice.text, choice.role);
        button->setObjectName(choice.id);
        ids.insert(button, choice.id);
        if (choice.id == question.defaultChoice)
            box.setDefaultButton(button);
    }
    box.exec();
    return ids.value(box.clickedButton(), cancel);
}

int MessageBoxPrompter::exec(QDialog *dialog)
{
    return dialog->exec();
}
