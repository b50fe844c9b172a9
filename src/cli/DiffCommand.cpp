// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiffCommand.h"

#include "CliContext.h"
#include "CliPlan.h"
#include "CliStates.h"

#include "core/AssistantFolder.h"
#include "core/FolderState.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)
};

const QCommandLineOption
    kPrune(QStringLiteral("prune"),
           QString::fromUtf8(QT_TRANSLATE_NOOP("DiffCommand", "Show the deletions apply --prune would make too.")));

} // namespace

QString DiffCommand::summary() const
{
    return Text::tr("Show what apply would send, per assistant and field by field.");
}

QString DiffCommand::description() const
{
    return Text::tr("For each assistant in DIR (or only those with the given IDs) that apply would change: the fields "
                    "it would send, old → new against the server's current copy, texts line by line, secret values "
                    "masked; fields changed on both sides that apply would stop at; new files it would create. Uses "
                    "the same three-way comparison as status and apply. Exit status 0 when there is nothing to send, "
                    "1 when there is (or a file is invalid).");
}

QList<QCommandLineOption> DiffCommand::options() const
{
    return CliCommand::translated("DiffCommand", {kPrune});
}

int DiffCommand::run(CliContext &context)
{
    CliOutput &out = context.out();
    AssistantFolder folder(context.arguments().first());
    QString error;
    if (!folder.load(&error)) {
        out.error(error);
        return CliExit::problems;
    }
    if (int status = context.connect(); status != CliExit::done)
        return status;
    int status = CliExit::done;
    const std::optional<QList<ListedAssistant>> list = context.listAssistants(ListedAssistant::Form::Bytes, &status);
    if (!list)
        return status;

    const QStringList ids = context.arguments().mid(1);
    QJsonArray entries;
    bool anything = !folder.issues().isEmpty();
    for (const AssistantState &state : FolderState::compare(folder, *list)) {
        if (!ids.isEmpty() && !ids.contains(state.id))
            continue;
        const CliPlan plan = CliPlan::of(state, context.parser().isSet(kPrune));
        if (plan.action == CliPlan::Action::Nothing)
            continue;
        anything = true;
        QJsonObject entry = CliStates::toJson(state);
        entry.insert(QStringLiteral("action"), CliPlan::actionKey(plan.action));
        entry.insert(QStringLiteral("send"), plan.maskedBody());
        entries.append(entry);

        for (const QString &line : plan.text(state))
            out.line(line);
    }
    for (const FolderIssue &issue : folder.issues())
        out.problem(issue.text());
    if (out.isJson())
        out.json({{QStringLiteral("command"), name()}, {QStringLiteral("assistants"), entries}});
    return anything ? CliExit::problems : CliExit::done;
}
