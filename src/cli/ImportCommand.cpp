// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "CliApplyRun.h"
#include "CliContext.h"
#include "CliStates.h"

#include "core/AssistantBundle.h"
#include "core/ChangeSummary.h"
#include "core/Validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QMultiHash>

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

QString freeName(const QString &name, const QSet<QString> &taken)
{
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
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
    const QString onConflict = context.parser().value(kOnConflict);
    if (!onConflict.isEmpty() && onConflict != u"rename" && onConflict != u"skip" && onConflict != u"update") {
        out.error(Text::tr("--on-conflict: rename, skip or update, not “%1”").arg(onConflict));
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
    const std::optional<QList<AssistantSummary>> list = context.listAssistants(&status);
    if (!list)
        return status;
    QMultiHash<QString, qsizetype> byName;
    QSet<QString> taken;
    QSet<QString> knownIds;
    for (qsizetype i = 0; i < list->size(); ++i) {
        byName.insert(list->at(i).name(), i);
        taken.insert(list->at(i).name());
        knownIds.insert(list->at(i).id());
    }

    // The plan first: what each entry becomes, decided against the list before anything is sent.
    QList<AssistantState> states;
    states.reserve(bundle.entries.size());
    int toSend = 0;
    int problems = int(bundle.issues.size());
    for (const AssistantBundle::Entry &entry : bundle.entries) {
        const QString at = QStringLiteral("assistants[%1]").arg(states.size());
        AssistantState state;
        state.name = entry.assistant.name();
        state.issues = entry.issues;
        state.mine = entry.assistant;
        state.hasBaseline = true;
        const QList<qsizetype> existing = byName.values(state.name);
        if (!existing.isEmpty() && onConflict == u"update") {
            if (existing.size() > 1) {
                state.issues.append({fileName, at + QStringLiteral(".name"),
                                     Text::tr("“%1”: %2 assistants have that name; update needs one")
                                         .arg(state.name)
                                         .arg(existing.size())});
            } else {
                state.status = AssistantState::Status::ChangedHere;
                state.server = list->at(existing.first()).assistant();
                state.base = state.server;
                state.id = state.server->id();
                state.mine = *state.server; // with every field the bundle holds, a null clearing its field
                for (auto it = entry.assistant.json().constBegin(); it != entry.assistant.json().constEnd(); ++it)
                    state.mine->setValue(it.key(), it.value());
            }
        } else if (!existing.isEmpty() && onConflict == u"skip") {
            state.status = AssistantState::Status::Unchanged;
        } else if (!existing.isEmpty() && onConflict.isEmpty()) {
            state.issues.append(
                {fileName, at + QStringLiteral(".name"),
                 Text::tr("an assistant named “%1” exists already (%2): choose --on-conflict rename, skip "
                          "or update")
                     .arg(state.name, list->at(existing.first()).id())});
        } else {
            state.status = AssistantState::Status::NewHere;
            if (!existing.isEmpty() || taken.contains(state.name)) {
                state.mine->setName(freeName(state.name, taken));
                state.name = state.mine->name();
            }
            taken.insert(state.name);
        }
        if (state.issues.isEmpty() && state.status != AssistantState::Status::Unchanged) {
            // Values another server accepted: what a server checks stops the assistant, the editor's further
            // rules (formats, templates in URLs) are only said, as for values a server already holds.
            const bool create = state.status == AssistantState::Status::NewHere;
            const QList<ValidationIssue> server = create
                ? Validation::validateCreate(*state.mine, Validation::Level::Structure)
                : Validation::validate(*state.mine, Validation::Level::Structure);
            const QList<ValidationIssue> editor = create ? Validation::validateCreate(*state.mine)
                                                         : Validation::review(*state.base, *state.mine).blocking;
            for (const ValidationIssue &issue : editor) {
                const FolderIssue found{fileName, at + u'.' + issue.path,
                                        Text::tr("“%1”: %2").arg(state.name, issue.message)};
                if (server.contains(issue))
                    state.issues.append(found);
                else
                    out.warning(Text::tr("note: %1").arg(found.text()));
            }
        }
        states.append(state);
    }

    CliApplyRun run(context.connection().client(), nullptr, out, ConflictPolicy::Rule::Stop, knownIds);
    QJsonArray planned;
    for (const AssistantState &state : std::as_const(states)) {
        QString action;
        if (!state.issues.isEmpty()) {
            action = QStringLiteral("stopped");
            ++problems;
            if (!context.parser().isSet(kDryRun))
                run.refuse(state, QStringLiteral("stopped"), Text::tr("nothing sent; see above"));
            else
                for (const FolderIssue &issue : state.issues)
                    out.error(issue.text());
        } else if (state.status == AssistantState::Status::NewHere) {
            action = QStringLiteral("create");
            ++toSend;
            run.create(state);
        } else if (state.status == AssistantState::Status::ChangedHere) {
            action = QStringLiteral("update");
            ++toSend;
            run.save(state);
        } else {
            action = QStringLiteral("skip");
            run.note(state, QStringLiteral("skipped"), Text::tr("an assistant of that name exists"));
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
