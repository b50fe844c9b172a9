// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/FolderIssue.h"
#include "core/FolderState.h"

#include <QJsonObject>
#include <QString>

// How the commands name an assistant state and its fields, in lines and in --json: one wording for all.
namespace CliStates {

// The file, or "“Name” (ID)" for an assistant without one in the folder.
QString where(const AssistantState &state);
// "prompt" / "here: prompt; on the server: name; conflict: voice".
QString fieldsText(const AssistantState &state);
QJsonObject toJson(const AssistantState &state);
QJsonObject toJson(const FolderIssue &issue);

} // namespace CliStates
