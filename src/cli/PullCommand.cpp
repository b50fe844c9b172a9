// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullCommand.h"

#include "CliContext.h"

#include "core/AssistantFolder.h"
#include "core/AssistantMerge.h"
#include "core/FolderState.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PullCommand)
};

const QCommandLineOption
    kMatch(QStringLiteral("match"),
           QString::fromUtf8(QT_TRANSLATE_NOOP("PullCommand",
                                               "Pull the assistants whose name or ID contains TEXT "
                                               "(any case), besides those the folder holds.")),
           QStringLiteral("TEXT"));

struct Tally
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int kept = 0;
    int conflicts = 0;
    int removed = 0;
    int invalid = 0;
    int failed = 0;
};

} // namespace

QString PullCommand::summary() const
{
    return Text::tr("Write the server's assistants into a folder (JSON and Markdown files for git).");
}

QString PullCommand::description() const
{
    return Text::tr("Writes one JSON file per assistant into DIR, named from its name and ID, with the prompt in a "
                    "Markdown file beside it, and keeps what the server held under DIR/.revox/ for three-way "
                    "comparison. Without --match and IDs it pulls what the folder was pulled with before (everything "
                    "on a first pull); assistants already in the folder are always brought up to date. Changes made "
                    "in the files since the last pull are kept: a field changed on the server only is taken in, a "
                    "field changed on both sides keeps your value and is reported as a conflict for apply to settle. "
                    "Secret values (custom tools' headers and query parameters) go to DIR/.revox/private/secrets.json "
                    "(mode 0600, listed in the .gitignore pull writes); the files hold {\"$secret\": NAME} instead. "
                    "Files whose content would not change are not rewritten.");
}

QList<QCommandLineOption> PullCommand::options() const
{
    return CliCommand::translated("PullCommand", {kMatch});
}

int PullCommand::run(CliContext &context)
{
    CliOutput &out = context.out();
    const QString dir = context.arguments().first();
    AssistantFolder folder(dir);
    QString error;
    if (!folder.load(&error, true)) {
        out.error(error);
        return CliExit::problems;
    }
    if (int status = context.connect(); status != CliExit::done)
        return status;
    int status = CliExit::done;
    const std::optional<QList<ListedAssistant>> list = context.listAssistants(ListedAssistant::Form::Parsed, &status);
    if (!list)
        return status;

    FolderScope scope = folder.scope();
    const QStringList ids = context.arguments().mid(1);
    if (context.parser().isSet(kMatch) || !ids.isEmpty()) {
        scope.match = context.parser().value(kMatch);
        scope.ids = ids;
        folder.setScope(scope);
    }

    const QList<AssistantState> states = FolderState::compare(folder, *list);
    Tally tally;
    QJsonArray results;
    const auto report = [&](const AssistantState &state, const QString &action, const QString &file,
                            const QStringList &fields, const QString &text) {
        if (!text.isEmpty())
            out.line(text);
        results.append(QJsonObject{{QStringLiteral("id"), state.id},
                                   {QStringLiteral("name"), state.name},
                                   {QStringLiteral("file"), file},
                                   {QStringLiteral("action"), action},
                                   {QStringLiteral("fields"), QJsonArray::fromStringList(fields)}});
    };
    QHash<QString, QByteArray> serverBytes; // as listed: what the fingerprint index remembers
    for (const ListedAssistant &listed : *list)
        serverBytes.insert(listed.id(), listed.json());

    // Every file to write is collected first and written at once, on every core; each is reported after.
    struct Written
    {
        const AssistantState *state;
        QString action;
        QStringList fields;
        QString text; // %1: the file
        int *count;
    };
    QList<AssistantFolder::Write> writes;
    QList<Written> written;
    // `content` into the assistant's files. The server's copy becomes the baseline `Synced`; when `content` is
    // that copy, the three agree (remembered, so that the next run need not read them).
    enum class Baseline { Stays, Synced };
    const auto write
        = [&](const AssistantState &state, const Assistant &content, Baseline baseline, const Written &what) {
              const bool synced = baseline == Baseline::Synced;
              writes.append({content.json(), state.file,
                             synced ? std::optional<QJsonObject>(state.server->json()) : std::nullopt,
                             synced && content == *state.server ? serverBytes.value(state.id) : QByteArray()});
              written.append(what);
          };

    using Status = AssistantState::Status;
    for (const AssistantState &state : states) {
        switch (state.status) {
        case Status::Invalid:
            ++tally.invalid;
            for (const FolderIssue &issue : state.issues)
                out.error(issue.text());
            report(state, QStringLiteral("invalid"), state.file->jsonFile, {}, QString());
            break;
        case Status::Unchanged:
            if (!state.server) { // the index vouched for it: files, baseline and server as last left
                ++tally.unchanged;
                report(state, QStringLiteral("unchanged"), state.file->jsonFile, {}, QString());
                break;
            }
            write(state, *state.server, Baseline::Synced,
                  {&state, QStringLiteral("unchanged"), {}, QString(), &tally.unchanged});
            break;
        case Status::ChangedOnServer:
            write(state, *state.server, Baseline::Synced,
                  {&state, QStringLiteral("updated"), state.changedOnServer,
                   Text::tr("updated   %1: %2")
                       .arg(QStringLiteral("%1"), state.changedOnServer.join(QStringLiteral(", "))),
                   &tally.updated});
            break;
        case Status::ChangedHere:
            ++tally.kept;
            report(state, QStringLiteral("kept"), state.file->jsonFile, state.changedHere,
                   Text::tr("kept      %1: your changes to %2")
                       .arg(state.file->jsonFile, state.changedHere.join(QStringLiteral(", "))));
            break;
        case Status::ChangedOnBoth: {
            AssistantMerge merge(*state.base, *state.mine, *state.server);
            for (const QString &key : merge.conflicts())
                merge.choose(key, AssistantMerge::Choice::Mine);
            // With a conflict the baseline stays, so the field still reads as changed on both sides until
            // apply --ours or --theirs settles it.
            if (merge.hasConflicts())
                write(state, merge.merged(), Baseline::Stays,
                      {&state, QStringLiteral("conflict"), merge.conflicts(),
                       Text::tr("conflict  %1: %2 changed here and on the server; yours kept (apply --ours or --theirs "
                                "settles it)")
                           .arg(QStringLiteral("%1"), merge.conflicts().join(QStringLiteral(", "))),
                       &tally.conflicts});
            else
                write(state, merge.merged(), Baseline::Synced,
                      {&state, QStringLiteral("merged"), merge.takenFromServer(),
                       Text::tr("merged    %1: %2 from the server, your %3 kept")
                           .arg(QStringLiteral("%1"), merge.takenFromServer().join(QStringLiteral(", ")),
                                merge.keptFromMine().join(QStringLiteral(", "))),
                       &tally.updated});
            break;
        }
        case Status::NewOnServer:
            write(state, *state.server, Baseline::Synced,
                  {&state, QStringLiteral("added"), {}, Text::tr("added     %1"), &tally.added});
            break;
        case Status::DeletedHere:
            if (ids.contains(state.id)) { // asked for by its ID: restored
                write(state, *state.server, Baseline::Synced,
                      {&state, QStringLiteral("added"), {}, Text::tr("restored  %1"), &tally.added});
            } else {
                ++tally.kept;
                report(state, QStringLiteral("kept"), QString(), {},
                       Text::tr("deleted   “%1” (%2): its file was deleted here, not restored; apply --prune --yes "
                                "deletes it on the server, pull DIR %2 brings it back")
                           .arg(state.name, state.id));
            }
            break;
        case Status::GoneFromServer:
            if (state.hasBaseline && state.changedHere.isEmpty()) {
                if (!folder.removeAssistant(*state.file, &error) || !folder.removeBaseline(state.id, &error)) {
                    out.error(error);
                    ++tally.failed;
                    break;
                }
                ++tally.removed;
                report(state, QStringLiteral("removed"), state.file->jsonFile, {},
                       Text::tr("removed   %1: gone from the server").arg(state.file->jsonFile));
            } else {
                ++tally.kept;
                report(state, QStringLiteral("kept"), state.file->jsonFile, state.changedHere,
                       Text::tr("kept      %1: gone from the server, but the file holds changes; delete it, or remove "
                                "its \"id\" to create it again")
                           .arg(state.file->jsonFile));
            }
            break;
        case Status::NewHere:
            report(state, QStringLiteral("new"), state.file->jsonFile, {}, QString());
            break;
        }
    }

    // In parts, so that a terminal sees the progress of a long pull; each part on every core.
    constexpr qsizetype kPart = 500;
    for (qsizetype from = 0; from < writes.size(); from += kPart) {
        out.progress(from, writes.size(), Text::tr("writing files"));
        QStringList errors;
        const QList<std::optional<FolderFile>> files = folder.write(writes.mid(from, kPart), &errors);
        for (qsizetype i = 0; i < files.size(); ++i) {
            const Written &what = written.at(from + i);
            if (!files.at(i)) {
                out.error(errors.at(i));
                ++tally.failed;
                continue;
            }
            ++*what.count;
            const QString file = files.at(i)->jsonFile;
            report(*what.state, what.action, file, what.fields, what.text.isEmpty() ? QString() : what.text.arg(file));
        }
    }
    // Assistants gone from the server whose files are gone too: nothing left to remember.
    for (const QString &id : folder.baselineIds()) {
        if (!folder.fileFor(id) && !serverBytes.contains(id))
            folder.removeBaseline(id, &error);
    }
    out.endProgress();
    for (const FolderIssue &issue : folder.issues())
        out.error(issue.text());
    if (!folder.saveState(&error)) {
        out.error(error);
        return CliExit::problems;
    }

    const QStringList counts{Text::tr("%n added", nullptr, tally.added),
                             Text::tr("%n updated", nullptr, tally.updated),
                             Text::tr("%n unchanged", nullptr, tally.unchanged),
                             Text::tr("%n kept with your changes", nullptr, tally.kept),
                             Text::tr("%n conflict(s)", nullptr, tally.conflicts),
                             Text::tr("%n removed", nullptr, tally.removed),
                             Text::tr("%n invalid", nullptr, tally.invalid + tally.failed)};
    const QString line = Text::tr("%1: %2").arg(dir, counts.join(QStringLiteral(", ")));
    out.line(line);
    if (out.isJson())
        out.json({{QStringLiteral("command"), name()},
                  {QStringLiteral("folder"), dir},
                  {QStringLiteral("assistants"), results},
                  {QStringLiteral("summary"), line}});
    return tally.invalid + tally.failed + tally.conflicts + folder.issues().size() > 0 ? CliExit::problems
                                                                                       : CliExit::done;
}
