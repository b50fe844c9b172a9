// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"
#include "AssistantPatch.h"

#include <QStringList>

// Three-way merge of one assistant, field by field (top-level keys, as the API updates them):
// `base` is what the editor loaded, `mine` the user's version, `theirs` what the server holds now.
// Fields changed only on the server are taken in, fields changed only here are kept, and fields
// changed on both sides differently are conflicts for the user to decide. Nothing is overwritten
// silently.
class AssistantMerge
{
public:
    enum class Choice { Mine, Theirs };

    AssistantMerge(const Assistant &base, const Assistant &mine, const Assistant &theirs);

    const QStringList &conflicts() const { return m_conflicts; } // top-level keys, catalogue order
    const QStringList &takenFromServer() const { return m_theirsOnly; }
    const QStringList &keptFromMine() const { return m_mineOnly; }
    bool hasConflicts() const { return !m_conflicts.isEmpty(); }

    void choose(const QString &key, Choice choice);
    bool isResolved() const;

    // theirs + my one-sided changes + my choices: the editor's new content.
    Assistant merged() const;
    const Assistant &base() const { return m_base; }
    const Assistant &mine() const { return m_mine; }
    // The new base for the editor: what the server holds now.
    const Assistant &theirs() const { return m_theirs; }
    // What the save will send: only the user's decisions, against what the server holds now.
    AssistantPatch patch() const { return AssistantPatch::between(m_theirs, merged()); }

private:
    Assistant m_base;
    Assistant m_mine;
    Assistant m_theirs;
    QStringList m_conflicts;
    QStringList m_theirsOnly;
    QStringList m_mineOnly;
    QHash<QString, Choice> m_choices;
};
