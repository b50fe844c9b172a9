// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class CliContext;

// Exit statuses of revox-studio-cli, the same for every command (docs/CLI.md).
namespace CliExit {
constexpr int done = 0;
constexpr int problems = 1; // conflicts, invalid files, something refused; diff: there is something to send
constexpr int usage = 2; // bad arguments, or a question answered no
constexpr int unreachable = 3; // network, authentication, the server failing
} // namespace CliExit

// One command of revox-studio-cli: its words for --help, its options, and what it does.
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line, for the overview
    virtual QString syntax() const = 0; // the arguments after the command: "DIR [ID…]"
    virtual QString description() const = 0; // a paragraph for `COMMAND --help`
    virtual QList<QCommandLineOption> options() const { return {}; }
    virtual bool connects() const { return true; } // takes the connection options
    // Positional arguments: at least, at most (-1: any number).
    virtual int minArguments() const { return 1; }
    virtual int maxArguments() const { return 1; }

    virtual int run(CliContext &context) = 0;

    // Options made once, before the translation is installed, with their descriptions marked for translation
    // in `context` (QT_TRANSLATE_NOOP): the same options described in the user's language.
    static QList<QCommandLineOption> translated(const char *context, QList<QCommandLineOption> options)
    {
        for (QCommandLineOption &option : options)
            option.setDescription(QCoreApplication::translate(context, option.description().toUtf8().constData()));
        return options;
    }
};
