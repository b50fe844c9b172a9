// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"
#include "AssistantBundle.h"
#include "AssistantSummary.h"
#include "FolderIssue.h"
#include "ListedAssistant.h"

#include <QList>
#include <QString>

#include <optional>

// What importing a bundle (AssistantBundle) into an account would do, decided against the account's list
// before anything is sent: one set of rules for `revox-studio-cli import` and the app's File ▸ Import…. A new
// name creates an assistant (CreateJob); a name already taken stops that one unless the rule says otherwise:
// rename ("Name (2)"), skip, or update (every field the bundle holds saved onto the existing assistant through
// SaveJob, a minimal PATCH). What the server itself checks (Validation::Level::Structure) stops an assistant,
// and so does a secret redacted on export and not filled in; the editor's further rules (formats) are notes,
// as they are for values a server already holds.
namespace ImportPlan {

enum class NameTaken { Stop, Rename, Skip, Update };
// The command line's words: "rename", "skip", "update"; an empty word is Stop; nullopt for any other.
std::optional<NameTaken> nameTakenFrom(const QString &word);

struct Item
{
    enum class Action { Create, Update, Skip, Stop };

    Action action = Action::Stop;
    QString name; // what it will be called: the bundle's name, or the free one it is renamed to
    std::optional<Assistant> existing; // Update and Skip: the account's assistant of that name
    Assistant wanted; // Create: the new assistant; Update: `existing` with every field of the bundle's
    QList<FolderIssue> issues; // Stop: why
    QList<FolderIssue> notes; // rules of the editor's beyond the server's that a value breaks: said only
};

// One item per entry, in order. `existing`: the account's assistants; `nameTakenHint`: how the caller lets the
// user decide about a name taken ("choose --on-conflict rename, skip or update"), ending that issue's message.
QList<Item> plan(const QList<AssistantBundle::Entry> &entries, const QList<AssistantSummary> &existing, NameTaken rule,
                 const QString &fileName, const QString &nameTakenHint);
// The same against the list as the command-line tool reads it.
QList<Item> plan(const QList<AssistantBundle::Entry> &entries, const QList<ListedAssistant> &existing, NameTaken rule,
                 const QString &fileName, const QString &nameTakenHint);

} // namespace ImportPlan
