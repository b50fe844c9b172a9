// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AssistantMerge.h"

#include <QDialog>
#include <QHash>
#include <QJsonValue>
#include <QList>

class QButtonGroup;
class QCheckBox;
class QPlainTextEdit;
class QPushButton;

// Fields changed both here and on the server since the editor loaded the assistant, side by side:
// the user picks a version for each. Nothing is decided for them. Secret values (the catalogue's mark)
// are masked as in the editor until the user shows them.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(AssistantMerge &merge, QWidget *parent = nullptr);

private:
    struct ValueView
    {
        QPlainTextEdit *view;
        QString key;
        QJsonValue value;
    };

    void updateButtons();
    void showValues();

    AssistantMerge &m_merge;
    QHash<QString, QButtonGroup *> m_choices; // by top-level key
    QList<ValueView> m_views;
    QCheckBox *m_reveal = nullptr; // only when a conflict holds secrets
    QPushButton *m_save;
};
