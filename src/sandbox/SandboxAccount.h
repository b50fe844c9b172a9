// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxReply.h"
#include "SandboxRequestRecord.h"

#include <QJsonObject>
#include <QString>

// The account behind the sandbox's key: GET /auth-status and GET /users/me.
namespace SandboxAccount {

// The sandbox's one user, as GET /users/me and every created_by show it: {id, email, first_name, last_name}.
QJsonObject user();

// GET /auth-status answers any key, good or bad: {"authenticated": false} is its whole point ("is this key
// still valid", the API reference says), where every other route answers a bad key with 401.
bool answersWithoutKey(const SandboxRequestRecord &request);
SandboxReply authStatus(const QString &method, bool authenticated);
SandboxReply currentUser(const QString &method); // GET /users/me → {"user": {…}}, as the SDK's model

} // namespace SandboxAccount
