// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "CliApplyRun.h"
#include "CliContext.h"
#include "CliStates.h"

#include "core/AssistantBundle.h"
#include "core/ChangeSummary.h"
#include "core/ImportPlan.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

const QCommandLineOption
    kOnConflict(QStringLiteral("on-conflict"),
                QString::fromUtf8(QT_TRANSLATE_NOOP("ImportCommand",
                                                    "When an assistant of the same name exists: rename "
                                                    "(import as “Name (2)”), skip, or update it.")),
                QStringLiteral("rename|skip|update"));
const QCommandLineOption
    kDryRun(QStringLiteral("dry-run"),
            QString::fromUtf8(QT_TRANSLATE_NOOP("ImportCommand", "Show what would be done, send nothing.")));
const QCommandLineOption
    kYes(QStringLiteral("yes"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("ImportCommand", "Do not ask before changing a production connection.")));

// An item of the plan as CliApplyRun takes it: a new assistant, or a save of the existing one.
AssistantState stateOf(const ImportPlan::Item &item)
{
    AssistantState state;
    state.name = item.name;
    state.issues = item.issues;
    state.mine = item.wanted;
    state.hasBaseline = true;
    switch (item.action) {
    case ImportPlan::Item::Action::Create:
        state.status = AssistantState::Status::NewHere;
        break;
    case ImportPlan::Item::Action::Update:
        state.status = AssistantState::Status::ChangedHere;
        state.server = item.existing;
        state.base = item.existing;
        state.id = item.existing->id();
        break;
    case ImportPlan::Item::Action::Skip:
    case ImportPlan::Item::Action::Stop:
        break;
    }
    return state;
}

} // namespace

QString ImportCommand::summary() const
{
    return Text::tr("Create (or update) the assistants of a bundle file in the connection's account.");
}

QString ImportCommand::description() const
{
    return Text::tr(
        "Reads FILE (written by export; '-' for standard input) and creates each assistant in it, never "
        "twice (a lost answer is looked up before anything is sent again). An assistant whose name is "
        "already taken stops, reported, unless --on-conflict says what to do: rename imports it as “Name "
        "(2)”, skip leaves it out, update saves the bundle's fields onto the existing one (a minimal PATCH, "
        "as the app saves). A secret redacted on export, or a value that breaks the editor's rules, stops "
        "that assistant before anything is sent; the others go on.");
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return CliCommand::translated("ImportCommand", {kOnConflict, kDryRun, kYes});
}

int ImportCommand::run(CliContext &context)
{
    CliOutput &out = context.out();
    const std::optional<ImportPlan::NameTaken> rule = ImportPlan::nameTakenFrom(context.parser().value(kOnConflict));
    if (!rule) {
        out.error(Text::tr("--on-conflict: rename, skip or update, not “%1”").arg(context.parser().value(kOnConflict)));
        return CliExit::usage;
    }
    const QString fileName = context.arguments().first();
    QFile file;
    const bool opened = fileName == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                         : (file.setFileName(fileName), file.open(QIODevice::ReadOnly));
    if (!opened) {
        out.error(Text::tr("%1: cannot be read: %2").arg(fileName, file.errorString()));
        return CliExit::problems;
    }
    const AssistantBundle::Read bundle = AssistantBundle::read(file.readAll(), fileName);
    for (const FolderIssue &issue : bundle.issues)
        out.error(issue.text());
    if (bundle.entries.isEmpty() && !bundle.issues.isEmpty())
        return CliExit::problems;

    if (int status = context.connect(); status != CliExit::done)
        return status;
    int status = CliExit::done;
    const std::optional<QList<ListedAssistant>> list = context.listAssistants(ListedAssistant::Form::Bytes, &status);
    if (!list)
        return status;
    QSet<QString> knownIds;
    for (const ListedAssistant &listed : *list)
        knownIds.insert(listed.id());

    // The plan first: what each entry becomes, decided against the list before anything is sent.
    const QList<ImportPlan::Item> items = ImportPlan::plan(bundle.entries, *list, *rule, fileName,
                                                           Text::tr("choose --on-conflict rename, skip or update"));
    QList<AssistantState> states;
    states.reserve(items.size());
    for (const ImportPlan::Item &item : items) {
        for (const FolderIssue &note : item.notes)
            out.warning(Text::tr("note: %1").arg(note.text()));
        states.append(stateOf(item));
    }

    int toSend = 0;
    int problems = int(bundle.issues.size());
    CliApplyRun run(context.connection().client(), nullptr, out, ConflictPolicy::Rule::Stop, knownIds);
    QJsonArray planned;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const AssistantState &state = states.at(i);
        QString action;
        switch (items.at(i).action) {
        case ImportPlan::Item::Action::Stop:
            action = QStringLiteral("stopped");
            ++problems;
            if (!context.parser().isSet(kDryRun))
                run.refuse(state, QStringLiteral("stopped"), Text::tr("nothing sent; see above"));
            else
                for (const FolderIssue &issue : state.issues)
                    out.error(issue.text());
            break;
        case ImportPlan::Item::Action::Create:
            action = QStringLiteral("create");
            ++toSend;
            run.create(state);
            break;
        case ImportPlan::Item::Action::Update:
            action = QStringLiteral("update");
            ++toSend;
            run.save(state);
            break;
        case ImportPlan::Item::Action::Skip:
            action = QStringLiteral("skip");
            run.note(state, QStringLiteral("skipped"), Text::tr("an assistant of that name exists"));
            break;
        }
        if (context.parser().isSet(kDryRun)) {
            // The action's key stays English in --json; people read it in their language.
            const QString actionText = action == u"create" ? Text::tr("create")
                : action == u"update"                      ? Text::tr("update")
                : action == u"skip"                        ? Text::tr("skip")
                                                           : Text::tr("stopped");
            out.line(Text::tr("%1 %2").arg(actionText, CliStates::where(state)));
            if (action == u"update")
                for (const QString &line : ChangeSummary::lines(*state.base, *state.mine))
                    out.line(QStringLiteral("  ") + line);
        }
        planned.append(QJsonObject{{QStringLiteral("name"), state.name}, {QStringLiteral("action"), action}});
    }
    if (context.parser().isSet(kDryRun)) {
        out.line(Text::tr("dry run: nothing was sent"));
        if (out.isJson())
            out.json({{QStringLiteral("command"), name()},
                      {QStringLiteral("dry_run"), true},
                      {QStringLiteral("assistants"), planned}});
        return problems > 0 ? CliExit::problems : CliExit::done;
    }
    if (toSend > 0
        && !context.confirmProduction(context.parser().isSet(kYes),
                                      Text::tr("import %n assistant(s)", nullptr, toSend)))
        return CliExit::usage;
    run.run();

    QList<QStringList> rows;
    QJsonArray entries;
    for (const CliApplyRun::Row &row : run.rows()) {
        rows.append({CliApplyRun::resultText(row.result), row.assistant, row.fields});
        entries.append(QJsonObject{{QStringLiteral("result"), row.result},
                                   {QStringLiteral("assistant"), row.assistant},
                                   {QStringLiteral("fields"), row.fields}});
    }
    out.table({Text::tr("result"), Text::tr("assistant"), Text::tr("details")}, rows);
    if (out.isJson())
        out.json({{QStringLiteral("command"), name()}, {QStringLiteral("assistants"), entries}});
    if (run.unreachable() > 0)
        return CliExit::unreachable;
    return run.problems() + int(bundle.issues.size()) > 0 ? CliExit::problems : CliExit::done;
}
