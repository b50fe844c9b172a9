// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliPlan.h"

#include "CliStates.h"
#include "CliTextDiff.h"

#include "core/AssistantMerge.h"
#include "core/AssistantSchema.h"
#include "core/ChangeSummary.h"
#include "core/SecretFields.h"

#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliPlan)
};

// Changes, one line per field, and each changed text of several lines again line by line.
QStringList describe(const Assistant &before, const AssistantPatch &patch)
{
    const Assistant after = patch.appliedTo(before);
    QStringList lines = ChangeSummary::lines(before, after);
    for (const QString &key : patch.keys()) {
        const FieldSpec *spec = AssistantSchema::field(key);
        const QString old = before.value(key).toString();
        const QString now = after.value(key).toString();
        if (!spec || spec->type != FieldType::Text || !(old.contains(u'\n') || now.contains(u'\n')))
            continue;
        lines.append(Text::tr("%1, line by line:").arg(spec->displayLabel()));
        for (const QString &line : CliTextDiff::lines(old, now))
            lines.append(QStringLiteral("  ") + line);
    }
    return lines;
}

} // namespace

CliPlan CliPlan::of(const AssistantState &state, bool prune)
{
    using Status = AssistantState::Status;
    CliPlan plan;
    switch (state.status) {
    case Status::ChangedHere:
    case Status::ChangedOnBoth: {
        if (!state.issues.isEmpty()) {
            plan.action = Action::Stopped;
            return plan;
        }
        AssistantMerge merge(*state.base, *state.mine, *state.server);
        plan.conflicts = state.hasBaseline ? merge.conflicts() : state.conflicts;
        plan.send = state.hasBaseline ? merge.patch() : AssistantPatch();
        if (!plan.conflicts.isEmpty())
            plan.action = Action::Conflict;
        else if (!plan.send.isEmpty())
            plan.action = Action::Update;
        plan.lines = describe(*state.server, plan.send);
        return plan;
    }
    case Status::NewHere:
        if (!state.issues.isEmpty()) {
            plan.action = Action::Stopped;
            return plan;
        }
        plan.action = Action::Create;
        plan.send = AssistantPatch::forCreate(*state.mine);
        plan.lines = describe(Assistant(), plan.send);
        return plan;
    case Status::DeletedHere:
        if (!prune)
            return plan;
        plan.action = state.changedOnServer.isEmpty() ? Action::Delete : Action::Conflict;
        plan.conflicts = state.changedOnServer;
        return plan;
    case Status::Invalid:
        plan.action = Action::Stopped;
        return plan;
    default:
        return plan;
    }
}

QString CliPlan::actionKey(Action action)
{
    switch (action) {
    case Action::Nothing:
        return QStringLiteral("nothing");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Create:
        return QStringLiteral("create");
    case Action::Delete:
        return QStringLiteral("delete");
    case Action::Conflict:
        return QStringLiteral("conflict");
    case Action::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

QJsonObject CliPlan::maskedBody() const
{
    QJsonObject body;
    for (const QString &key : send.keys())
        body.insert(key, SecretFields::masked(key, send.value(key)));
    return body;
}

QStringList CliPlan::text(const AssistantState &state) const
{
    const QString where = CliStates::where(state);
    QStringList out;
    switch (action) {
    case Action::Update:
        out.append(Text::tr("update %1: %2").arg(where, send.keys().join(QStringLiteral(", "))));
        break;
    case Action::Create:
        out.append(Text::tr("create %1: “%2”").arg(where, state.name));
        break;
    case Action::Delete:
        out.append(Text::tr("delete %1 (only with --prune --yes)").arg(where));
        break;
    case Action::Conflict:
        out.append(
            Text::tr("conflict %1: %2 changed here and on the server; apply stops here unless --ours or --theirs")
                .arg(where, conflicts.join(QStringLiteral(", "))));
        break;
    case Action::Stopped:
        out.append(Text::tr("stopped %1: nothing would be sent").arg(where));
        for (const FolderIssue &issue : state.issues)
            out.append(QStringLiteral("  ") + issue.text());
        break;
    case Action::Nothing:
        return out;
    }
    for (const QString &line : lines)
        out.append(QStringLiteral("  ") + line);
    return out;
}
