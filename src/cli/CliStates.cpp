// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliStates.h"

#include "core/AssistantFolder.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliStates)
};

QString joined(const QStringList &keys)
{
    return keys.join(QStringLiteral(", "));
}

} // namespace

namespace CliStates {

QString where(const AssistantState &state)
{
    if (state.file)
        return state.file->jsonFile;
    return state.id.isEmpty() ? Text::tr("“%1”").arg(state.name) : Text::tr("“%1” (%2)").arg(state.name, state.id);
}

QString fieldsText(const AssistantState &state)
{
    using Status = AssistantState::Status;
    switch (state.status) {
    case Status::ChangedHere:
        return joined(state.changedHere);
    case Status::ChangedOnServer:
    case Status::DeletedHere:
        return joined(state.changedOnServer);
    case Status::ChangedOnBoth: {
        QStringList parts{Text::tr("here: %1").arg(joined(state.changedHere)),
                          Text::tr("on the server: %1").arg(joined(state.changedOnServer))};
        if (!state.conflicts.isEmpty())
            parts.append(Text::tr("conflict: %1").arg(joined(state.conflicts)));
        return parts.join(QStringLiteral("; "));
    }
    case Status::GoneFromServer:
        return state.changedHere.isEmpty() ? QString() : Text::tr("changed here: %1").arg(joined(state.changedHere));
    default:
        return {};
    }
}

QJsonObject toJson(const FolderIssue &issue)
{
    return {{QStringLiteral("file"), issue.file},
            {QStringLiteral("field"), issue.field},
            {QStringLiteral("message"), issue.message}};
}

QJsonObject toJson(const AssistantState &state)
{
    QJsonArray issues;
    for (const FolderIssue &issue : state.issues)
        issues.append(toJson(issue));
    QJsonObject json{{QStringLiteral("id"), state.id},
                     {QStringLiteral("name"), state.name},
                     {QStringLiteral("file"), state.file ? state.file->jsonFile : QString()},
                     {QStringLiteral("status"), AssistantState::statusKey(state.status)},
                     {QStringLiteral("changed_here"), QJsonArray::fromStringList(state.changedHere)},
                     {QStringLiteral("changed_on_server"), QJsonArray::fromStringList(state.changedOnServer)},
                     {QStringLiteral("conflicts"), QJsonArray::fromStringList(state.conflicts)},
                     {QStringLiteral("issues"), issues}};
    return json;
}

} // namespace CliStates
