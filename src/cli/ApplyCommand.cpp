// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplyCommand.h"

#include "CliApplyRun.h"
#include "CliContext.h"
#include "CliPlan.h"
#include "CliStates.h"

#include "core/AssistantFolder.h"
#include "core/FolderState.h"
#include "core/RevoxClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ApplyCommand)
};

const QCommandLineOption
    kDryRun(QStringLiteral("dry-run"),
            QString::fromUtf8(QT_TRANSLATE_NOOP("ApplyCommand", "Show what would be sent, send and write nothing.")));
const QCommandLineOption kYes(QStringLiteral("yes"),
                              QString::fromUtf8(QT_TRANSLATE_NOOP("ApplyCommand",
                                                                  "Do not ask before changing a production connection; "
                                                                  "needed by --prune.")));
const QCommandLineOption kOurs(QStringLiteral("ours"),
                               QString::fromUtf8(QT_TRANSLATE_NOOP("ApplyCommand",
                                                                   "A field changed here and on the server gets the "
                                                                   "folder's value.")));
const QCommandLineOption kTheirs(QStringLiteral("theirs"),
                                 QString::fromUtf8(QT_TRANSLATE_NOOP("ApplyCommand",
                                                                     "A field changed here and on the server keeps the "
                                                                     "server's value (the file takes it).")));
const QCommandLineOption
    kPrune(QStringLiteral("prune"),
           QString::fromUtf8(QT_TRANSLATE_NOOP("ApplyCommand",
                                               "Delete on the server the assistants whose files were "
                                               "deleted here (with --yes).")));

} // namespace

QString ApplyCommand::summary() const
{
    return Text::tr("Send the folder's changes to the server, as the app saves: minimal PATCHes, conflicts stop.");
}

QString ApplyCommand::description() const
{
    return Text::tr("For each assistant of DIR (or only those with the given IDs) changed since the last pull: reads "
                    "it from the server, merges field by field as the editor does, and sends only the fields changed "
                    "here (a PATCH with If-Match). A field changed here and on the server stops that assistant, "
                    "reported, unless --ours or --theirs decides. A file without an ID creates an assistant (never "
                    "twice: a lost answer is looked up before anything is sent again) and gets its ID. An assistant "
                    "whose file was deleted is deleted only with --prune and --yes, and only when the server still "
                    "holds what the folder last saw. A value changed here that breaks the editor's rules, or a secret "
                    "reference whose value is not in DIR/.revox/private/secrets.json, stops that assistant before "
                    "anything is sent; the others go on. After each success the baseline and the file are updated. "
                    "A production connection asks for its name first, unless --yes. Exit status 0 done, 1 conflicts, "
                    "invalid files or refusals, 2 usage, 3 network or authentication.");
}

QList<QCommandLineOption> ApplyCommand::options() const
{
    return CliCommand::translated("ApplyCommand", {kDryRun, kYes, kOurs, kTheirs, kPrune});
}

int ApplyCommand::run(CliContext &context)
{
    CliOutput &out = context.out();
    const QCommandLineParser &parser = context.parser();
    const bool dryRun = parser.isSet(kDryRun);
    const bool prune = parser.isSet(kPrune);
    if (parser.isSet(kOurs) && parser.isSet(kTheirs)) {
        out.error(Text::tr("--ours and --theirs: choose one"));
        return CliExit::usage;
    }
    if (prune && !parser.isSet(kYes) && !dryRun) {
        out.error(Text::tr("--prune deletes assistants on the server: add --yes (or look first with --dry-run)"));
        return CliExit::usage;
    }
    const ConflictPolicy::Rule rule = parser.isSet(kOurs) ? ConflictPolicy::Rule::TakeMine
        : parser.isSet(kTheirs)                           ? ConflictPolicy::Rule::TakeTheirs
                                                          : ConflictPolicy::Rule::Stop;

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
    const std::optional<QList<ListedAssistant>> list = context.listAssistants(ListedAssistant::Form::Parsed, &status);
    if (!list)
        return status;
    QElapsedTimer listedAt;
    listedAt.start();

    const QStringList ids = context.arguments().mid(1);
    QList<AssistantState> states = FolderState::compare(folder, *list);
    states.removeIf([&ids](const AssistantState &state) { return !ids.isEmpty() && !ids.contains(state.id); });

    for (const FolderIssue &issue : folder.issues())
        out.error(issue.text());
    if (dryRun) {
        QJsonArray entries;
        bool problems = !folder.issues().isEmpty();
        for (const AssistantState &state : std::as_const(states)) {
            const CliPlan plan = CliPlan::of(state, prune);
            if (plan.action == CliPlan::Action::Nothing)
                continue;
            problems = problems || plan.action == CliPlan::Action::Conflict || plan.action == CliPlan::Action::Stopped;
            for (const QString &line : plan.text(state))
                out.line(line);
            QJsonObject entry = CliStates::toJson(state);
            entry.insert(QStringLiteral("action"), CliPlan::actionKey(plan.action));
            entry.insert(QStringLiteral("send"), plan.maskedBody());
            entries.append(entry);
        }
        out.line(Text::tr("dry run: nothing was sent"));
        if (out.isJson())
            out.json({{QStringLiteral("command"), name()},
                      {QStringLiteral("dry_run"), true},
                      {QStringLiteral("assistants"), entries}});
        return problems ? CliExit::problems : CliExit::done;
    }

    QSet<QString> knownIds;
    for (const ListedAssistant &listed : *list)
        knownIds.insert(listed.id());
    CliApplyRun run(context.connection().client(), &folder, out, rule, knownIds);
    run.setListedAt(listedAt);
    int toSend = 0;
    using Status = AssistantState::Status;
    for (const AssistantState &state : std::as_const(states)) {
        switch (state.status) {
        case Status::Invalid:
            run.refuse(state, QStringLiteral("invalid"), Text::tr("not read; see above"));
            break;
        case Status::ChangedHere:
        case Status::ChangedOnBoth:
            if (!state.issues.isEmpty()) {
                run.refuse(state, QStringLiteral("stopped"), Text::tr("nothing sent; see above"));
            } else {
                run.save(state);
                ++toSend;
            }
            break;
        case Status::NewHere:
            if (!state.issues.isEmpty()) {
                run.refuse(state, QStringLiteral("stopped"), Text::tr("not created; see above"));
            } else {
                run.create(state);
                ++toSend;
            }
            break;
        case Status::DeletedHere:
            if (prune) {
                run.remove(state);
                ++toSend;
            } else {
                out.warning(Text::tr("%1: its file was deleted here; apply --prune --yes deletes it on the server")
                                .arg(CliStates::where(state)));
            }
            break;
        case Status::GoneFromServer:
            out.warning(Text::tr("%1: gone from the server; not created again (remove its \"id\" to create it anew)")
                            .arg(CliStates::where(state)));
            break;
        case Status::Unchanged:
        case Status::ChangedOnServer:
        case Status::NewOnServer:
            break;
        }
    }
    if (prune && FolderState::hasFileOfUnknownAssistant(states))
        out.warning(Text::tr("--prune deletes nothing while a file that cannot be read could be any assistant's: "
                             "fix the files above first"));
    if (toSend > 0 && !context.confirmProduction(parser.isSet(kYes), Text::tr("apply %n change(s)", nullptr, toSend)))
        return CliExit::usage;
    run.run();
    if (!folder.saveState(&error)) {
        out.error(error);
        return CliExit::problems;
    }

    QList<QStringList> rows;
    QJsonArray entries;
    for (const CliApplyRun::Row &row : run.rows()) {
        rows.append({CliApplyRun::resultText(row.result), row.assistant, row.fields});
        entries.append(QJsonObject{{QStringLiteral("result"), row.result},
                                   {QStringLiteral("assistant"), row.assistant},
                                   {QStringLiteral("fields"), row.fields}});
    }
    out.table({Text::tr("result"), Text::tr("assistant"), Text::tr("fields")}, rows);
    const QString line = toSend == 0 && rows.isEmpty() ? Text::tr("nothing to apply")
                                                       : Text::tr("%n assistant(s) handled", nullptr, int(rows.size()));
    out.line(line);
    if (out.isJson())
        out.json({{QStringLiteral("command"), name()},
                  {QStringLiteral("assistants"), entries},
                  {QStringLiteral("summary"), line}});
    if (run.unreachable() > 0)
        return CliExit::unreachable;
    return run.problems() > 0 || !folder.issues().isEmpty() ? CliExit::problems : CliExit::done;
}
