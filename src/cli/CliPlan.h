// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AssistantPatch.h"
#include "core/FolderState.h"

#include <QJsonObject>
#include <QStringList>

// What apply would do for one assistant, judged against the server's copy in the list (diff, apply
// --dry-run): the same merge a SaveJob makes, without sending anything.
struct CliPlan
{
    enum class Action { Nothing, Update, Create, Delete, Conflict, Stopped };

    Action action = Action::Nothing;
    AssistantPatch send; // Update: the PATCH body; Create: the POST body
    QStringList conflicts; // Conflict: fields changed on both sides, undecided
    QStringList lines; // for people: field by field, old → new (secrets masked), prompts line by line

    static CliPlan of(const AssistantState &state, bool prune);
    static QString actionKey(Action action); // "update", "create", … for --json
    bool sendsSomething() const
    {
        return action == Action::Update || action == Action::Create || action == Action::Delete;
    }
    QJsonObject maskedBody() const; // `send` with every secret masked, for output
    QStringList text(const AssistantState &state) const; // a line saying what, then `lines` indented
};
