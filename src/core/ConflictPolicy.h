// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConflictResolver.h"

// A resolver that needs nobody: the same rule for every conflicting field.
class ConflictPolicy : public ConflictResolver
{
public:
    enum class Rule {
        TakeMine, // the user's value wins: the PATCH carries it
        TakeTheirs, // the server's value stays: nothing of it is sent
        Stop, // decide nothing; the save reports the conflicting fields
    };

    explicit ConflictPolicy(Rule rule)
        : m_rule(rule)
    { }

    Rule rule() const { return m_rule; }
    Answer resolve(AssistantMerge &merge) override;

private:
    Rule m_rule;
};
