// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ConflictResolver.h"

#include <QPointer>
#include <QWidget>

// The user decides: ConflictDialog shows each field changed on both sides and asks which version to keep.
class ConflictDialogResolver : public ConflictResolver
{
public:
    explicit ConflictDialogResolver(QWidget *parent)
        : m_parent(parent)
    { }

    Answer resolve(AssistantMerge &merge) override;

private:
    QPointer<QWidget> m_parent;
};
