// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxAccount.h"

#include "SandboxRoutes.h"

namespace SandboxAccount {

QJsonObject user()
{
    return {{QStringLiteral("id"), QStringLiteral("2d5c8e1f-7a3b-4f69-9e0d-4b1a6c8f3e72")},
            {QStringLiteral("email"), QStringLiteral("sandbox@example.com")},
            {QStringLiteral("first_name"), QStringLiteral("Sandbox")},
            {QStringLiteral("last_name"), QStringLiteral("User")}};
}

bool answersWithoutKey(const SandboxRequestRecord &request)
{
    QString path = request.path;
    while (path.endsWith(u'/'))
        path.chop(1);
    return path == u"/api/auth-status";
}

SandboxReply authStatus(const QString &method, bool authenticated)
{
    if (method != u"GET")
        return SandboxRoutes::methodNotAllowed("GET");
    return SandboxReply::json(200, {{QStringLiteral("authenticated"), authenticated}});
}

SandboxReply currentUser(const QString &method)
{
    if (method != u"GET")
        return SandboxRoutes::methodNotAllowed("GET");
    return SandboxReply::json(200, {{QStringLiteral("user"), user()}});
}

} // namespace SandboxAccount
