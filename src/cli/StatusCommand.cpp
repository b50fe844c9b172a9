// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusCommand.h"

#include "CliContext.h"
#include "CliStates.h"

#include "core/AssistantFolder.h"
#include "core/FolderState.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)
};

const QCommandLineOption kAll(QStringLiteral("all"),
                              QString::fromUtf8(QT_TRANSLATE_NOOP("StatusCommand", "List unchanged assistants too.")));

} // namespace

QString StatusCommand::summary() const
{
    return Text::tr("Show, per assistant, what changed in the folder and on the server since the last pull.");
}

QString StatusCommand::description() const
{
    return Text::tr("Compares the files in DIR, the server's assistants and what the server held at the last pull "
                    "or apply, field by field. Each assistant is unchanged, changed here, changed on the server, "
                    "changed on both (naming the fields, and those in conflict), new here (a file without an ID), new "
                    "on the server, gone from the server, deleted here, or invalid. Key order, the fields the server "
                    "owns (IDs, timestamps, counts) and line endings never count as changes. Exit status 1 when a file "
                    "is invalid or a field is in conflict.");
}

QList<QCommandLineOption> StatusCommand::options() const
{
    return CliCommand::translated("StatusCommand", {kAll});
}

int StatusCommand::run(CliContext &context)
{
    CliOutput &out = context.out();
    const QString dir = context.arguments().first();
    AssistantFolder folder(dir);
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

    const QList<AssistantState> states = FolderState::compare(folder, *list);
    QMap<AssistantState::Status, int> counts;
    QJsonArray entries;
    QList<QStringList> rows;
    bool problems = !folder.issues().isEmpty();
    for (const AssistantState &state : states) {
        ++counts[state.status];
        problems = problems || state.status == AssistantState::Status::Invalid || !state.conflicts.isEmpty();
        entries.append(CliStates::toJson(state));
        if (state.status != AssistantState::Status::Unchanged || context.parser().isSet(kAll))
            rows.append(
                {AssistantState::statusName(state.status), CliStates::where(state), CliStates::fieldsText(state)});
    }
    out.table({Text::tr("status"), Text::tr("assistant"), Text::tr("fields")}, rows);
    for (const AssistantState &state : states) {
        for (const FolderIssue &issue : state.issues)
            out.problem(issue.text());
    }
    for (const FolderIssue &issue : folder.issues())
        out.problem(issue.text());
    QStringList summary;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        summary.append(AssistantState::statusCount(it.key(), it.value()));
    const QString line
        = Text::tr("%n assistant(s): ", nullptr, int(states.size())) + summary.join(QStringLiteral(", "));
    out.line(line);
    if (out.isJson()) {
        QJsonArray folderIssues;
        for (const FolderIssue &issue : folder.issues())
            folderIssues.append(CliStates::toJson(issue));
        out.json({{QStringLiteral("command"), name()},
                  {QStringLiteral("folder"), dir},
                  {QStringLiteral("assistants"), entries},
                  {QStringLiteral("issues"), folderIssues},
                  {QStringLiteral("summary"), line}});
    }
    return problems ? CliExit::problems : CliExit::done;
}
