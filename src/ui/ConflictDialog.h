// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AssistantMerge.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QPushButton;

// Fields changed both here and on the server since the editor loaded the assistant, side by side:
// the user picks a version for each. Nothing is decided for them.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(AssistantMerge &merge, QWidget *parent = nullptr);

private:
    void updateButtons();

    AssistantMerge &m_merge;
    QHash<QString, QButtonGroup *> m_choices; // by top-level key
    QPushButton *m_save;
};
