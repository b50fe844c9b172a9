// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidateCommand.h"

#include "CliContext.h"
#include "CliStates.h"

#include "core/AssistantFolder.h"
#include "core/FolderState.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)
};

const QCommandLineOption
    kStrict(QStringLiteral("strict"),
            QString::fromUtf8(QT_TRANSLATE_NOOP("ValidateCommand",
                                                "Count values the server already held that break a "
                                                "rule as problems too.")));

} // namespace

QString ValidateCommand::summary() const
{
    return Text::tr("Check the folder's files offline with the editor's rules (for CI and a pre-commit hook).");
}

QString ValidateCommand::description() const
{
    return Text::tr("Reads every file in DIR without connecting anywhere and checks it as the editor does: a value "
                    "changed since the last pull (or any value of a new file) that breaks a rule is a problem; so is "
                    "a file that cannot be read (malformed JSON, not one object, a malformed secret reference), an ID "
                    "in two files, a prompt file without its JSON file, and a secret written in clear instead of a "
                    "{\"$secret\": NAME} reference. A value the server already held that breaks a rule is a note, "
                    "as in the editor (a problem with --strict). Each is one line, 'file: field: rule'. Exit status 1 "
                    "on any problem.");
}

QList<QCommandLineOption> ValidateCommand::options() const
{
    return CliCommand::translated("ValidateCommand", {kStrict});
}

int ValidateCommand::run(CliContext &context)
{
    CliOutput &out = context.out();
    AssistantFolder folder(context.arguments().first());
    QString error;
    if (!folder.load(&error)) {
        out.error(error);
        return CliExit::problems;
    }
    FolderState::Check check = FolderState::check(folder);
    if (context.parser().isSet(kStrict)) {
        check.problems += check.notes;
        check.notes.clear();
    }
    QJsonArray problems;
    QJsonArray notes;
    for (const FolderIssue &issue : std::as_const(check.problems)) {
        out.problem(issue.text());
        problems.append(CliStates::toJson(issue));
    }
    for (const FolderIssue &issue : std::as_const(check.notes)) {
        out.line(Text::tr("note: %1 (held by the server; not a problem until changed)").arg(issue.text()));
        notes.append(CliStates::toJson(issue));
    }
    const QString line = Text::tr("%1: %2, %3")
                             .arg(Text::tr("%n file(s) checked", nullptr, int(folder.files().size())),
                                  Text::tr("%n problem(s)", nullptr, int(check.problems.size())),
                                  Text::tr("%n note(s)", nullptr, int(check.notes.size())));
    out.line(line);
    if (out.isJson())
        out.json({{QStringLiteral("command"), name()},
                  {QStringLiteral("problems"), problems},
                  {QStringLiteral("notes"), notes},
                  {QStringLiteral("summary"), line}});
    return check.problems.isEmpty() ? CliExit::done : CliExit::problems;
}
