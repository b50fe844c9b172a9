// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantMerge.h"

#include "AssistantSchema.h"
#include "SecretFields.h"

#include <QSet>

#include <initializer_list>

namespace {

// Catalogue order first, then keys this version does not know, alphabetically.
QStringList allKeys(std::initializer_list<const Assistant *> assistants)
{
    QSet<QString> seen;
    QStringList keys;
    for (const FieldSpec *spec : AssistantSchema::topLevelFields()) {
        keys.append(spec->path);
        seen.insert(spec->path);
    }
    QStringList unknown;
    for (const Assistant *assistant : assistants) {
        for (const QString &key : assistant->json().keys()) {
            if (!seen.contains(key)) {
                seen.insert(key);
                unknown.append(key);
            }
        }
    }
    unknown.sort();
    return keys + unknown;
}

} // namespace

AssistantMerge::AssistantMerge(const Assistant &base, const Assistant &mine, const Assistant &theirs)
    : m_base(base)
    , m_mine(mine)
    , m_theirs(theirs)
{
    // The server still holding the base is the common case (nobody else saved meanwhile): one comparison of the
    // whole copies then spares one per field, as nothing changed there.
    const bool unchangedThere = base.json() == theirs.json();
    for (const QString &key : unchangedThere ? allKeys({&base, &mine}) : allKeys({&base, &mine, &theirs})) {
        if (AssistantSchema::isReadOnlyKey(key))
            continue;
        // Equal as a patch sees it (AssistantPatch::differs): 600 and 600.0, null and absent, read-only members.
        const bool changedHere = AssistantPatch::differs(base, mine, key);
        const bool changedThere = !unchangedThere && AssistantPatch::differs(base, theirs, key);
        if (changedHere && changedThere && AssistantPatch::differs(theirs, mine, key))
            m_conflicts.append(key);
        else if (changedHere && !changedThere)
            m_mineOnly.append(key);
        else if (changedThere && !changedHere)
            m_theirsOnly.append(key);
    }
}

void AssistantMerge::choose(const QString &key, Choice choice)
{
    if (m_conflicts.contains(key))
        m_choices.insert(key, choice);
}

bool AssistantMerge::isResolved() const
{
    for (const QString &key : m_conflicts) {
        if (!m_choices.contains(key))
            return false;
    }
    return true;
}

Assistant AssistantMerge::merged() const
{
    Assistant result = m_theirs;
    const auto takeMine = [&result, this](const QString &key) {
        if (m_mine.contains(key)) // with the server's value for each secret the user left unchanged
            result.setValue(
                key, SecretFields::takeUnchanged(key, m_base.value(key), m_mine.value(key), m_theirs.value(key)));
        else
            result.remove(key);
    };
    for (const QString &key : m_mineOnly)
        takeMine(key);
    for (const QString &key : m_conflicts) {
        if (m_choices.value(key, Choice::Theirs) == Choice::Mine)
            takeMine(key);
    }
    return result;
}
