// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictPolicy.h"

#include "AssistantMerge.h"

ConflictResolver::Answer ConflictPolicy::resolve(AssistantMerge &merge)
{
    if (m_rule == Rule::Stop)
        return Answer::Stop;
    const auto choice = m_rule == Rule::TakeMine ? AssistantMerge::Choice::Mine : AssistantMerge::Choice::Theirs;
    for (const QString &key : merge.conflicts())
        merge.choose(key, choice);
    return Answer::Resolved;
}
