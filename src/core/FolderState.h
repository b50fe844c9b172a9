// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"
#include "FolderIssue.h"
#include "ListedAssistant.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class AssistantFolder;
struct FolderFile;

// One assistant of a folder (AssistantFolder) beside the server: what changed where since the baseline, and
// what a save would start from.
struct AssistantState
{
    enum class Status {
        Unchanged, // the file, the baseline and the server agree
        ChangedHere, // the file differs from the baseline, the server does not
        ChangedOnServer, // the server differs from the baseline, the file does not
        ChangedOnBoth, // both (`conflicts`: fields changed on both sides to different values)
        NewHere, // a file without an ID: apply creates the assistant
        NewOnServer, // on the server and in the folder's scope, not in the folder yet: pull adds it
        GoneFromServer, // the file names an assistant the server no longer has
        DeletedHere, // pulled before, still on the server, its file is gone: apply --prune deletes it
        Invalid, // the file cannot be read: `issues` says why
    };

    Status status = Status::Unchanged;
    QString id;
    QString name;
    const FolderFile *file = nullptr; // the folder's entry; none for NewOnServer and DeletedHere
    bool hasBaseline = false; // without one, every field that differs from the server counts as changed on both
    QStringList changedHere; // top-level keys, catalogue order, then unknown keys sorted (GoneFromServer too)
    QStringList changedOnServer;
    QStringList conflicts; // in both lists, with different values
    // Invalid: why the file cannot be used. Otherwise what stops a save of this assistant before anything is
    // sent: a rule broken by a value changed here (the editor's rules), a secret whose value is nowhere.
    QList<FolderIssue> issues;
    // When something changed here (and for DeletedHere): what a save starts from, the baseline with its secrets
    // back from the server where it still holds them, and `base` with the file's changes, secrets resolved.
    // NewHere: `mine` is the new assistant.
    std::optional<Assistant> base;
    std::optional<Assistant> mine;
    std::optional<Assistant> server; // the server's copy, from the list

    bool isChanged() const { return !changedHere.isEmpty() || status == Status::NewHere; }
    static QString statusName(Status status); // "unchanged", "changed here", … for people (translated)
    static QString statusCount(Status status, int count); // "3 changed here", with the language's plural
    static QString statusKey(Status status); // "unchanged", "changed_here", … for scripts (never translated)
};

// The one comparison behind status, diff and apply (and pull's merge): three-way, field by field (the
// top-level keys a PATCH carries, AssistantPatch::differs), between the folder's baseline, its files and the
// server. Key order, the fields the server owns (IDs, timestamps, counts), 600 against 600.0, and CRLF against
// LF in any text are never a difference. Secrets are compared by their digest (the folder's keys), so that
// a value in the secrets file, the one the baseline remembers and the server's can be told apart without
// any of them in the baseline; a reference pull wrote whose value is not in the secrets file (a fresh clone)
// means "unchanged".
namespace FolderState {

// `server`: the list, as RevoxClient::listAssistantItems gives it. Entries: files in the folder's order, then
// assistants deleted here, then new on the server. Computed on every core; reads (AssistantFolder::prepare)
// the files and baselines the fingerprint index cannot vouch for.
QList<AssistantState> compare(AssistantFolder &folder, const QList<ListedAssistant> &server);

// Whether compare() found a file that cannot be read and whose name does not say whose it is: it could be
// any assistant's, so none counts as deleted here (apply --prune deletes nothing).
bool hasFileOfUnknownAssistant(const QList<AssistantState> &states);

// The fields a server's copy changed since the folder's baseline of that assistant (all of them without one).
QStringList changedOnServer(const AssistantFolder &folder, const Assistant &server);

// Offline, the editor's rules (Validation) on every file: what a save would refuse (`problems`: rules broken
// by values changed since the baseline, or by a new assistant, files that cannot be read, duplicate IDs,
// a secret written in clear) and what the server already held that breaks a rule (`notes`).
struct Check
{
    QList<FolderIssue> problems;
    QList<FolderIssue> notes;
};
Check check(AssistantFolder &folder);

} // namespace FolderState
