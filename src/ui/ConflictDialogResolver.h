// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ConflictResolver.h"

#include <QPointer>
#include <QWidget>

class Prompter;

// The user decides: ConflictDialog shows each field changed on both sides and asks which version to keep.
class ConflictDialogResolver : public ConflictResolver
{
public:
    ConflictDialogResolver(Prompter *prompter, QWidget *parent)
        : m_prompter(prompter)
        , m_parent(parent)
    { }

    Answer resolve(AssistantMerge &merge) override;

private:
    Prompter *m_prompter;
    QPointer<QWidget> m_parent;
};
