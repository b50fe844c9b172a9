// SPDX-License-Identifier: GPL-3.0-or-later
// revox-studio-cli: assistants as files for git, and bundles between accounts, on the same core as the app.
#include "ApplyCommand.h"
#include "CliCommand.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "DiffCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "PullCommand.h"
#include "StatusCommand.h"
#include "ValidateCommand.h"

#include "core/CrashPrivacy.h"
#include "core/LanguageSetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RevoxStudioCli)
};

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

struct GlobalOptions
{
    QCommandLineOption connection{
        QStringLiteral("connection"),
        Text::tr("Use this connection saved in Revox Studio; its API key comes from the system "
                 "keychain."),
        Text::tr("NAME")};
    QCommandLineOption sandbox{QStringLiteral("sandbox"),
                               Text::tr("Use the built-in sandbox, in this process, on Revox Studio's sandbox data.")};
    QCommandLineOption sandboxData{QStringLiteral("sandbox-data"),
                                   Text::tr("With --sandbox: keep the sandbox's data in this SQLite file instead."),
                                   Text::tr("FILE")};
    QCommandLineOption json{QStringLiteral("json"), Text::tr("Print one JSON document for scripts instead of lines.")};
    QCommandLineOption quiet{QStringLiteral("quiet"), Text::tr("Print nothing but errors.")};

    QList<QCommandLineOption> all(bool connects) const
    {
        return connects ? QList<QCommandLineOption>{connection, sandbox, sandboxData, json, quiet}
                        : QList<QCommandLineOption>{json, quiet};
    }
    bool takesValue(const QString &argument) const
    {
        return argument == u"--connection" || argument == u"--sandbox-data";
    }
};

std::vector<std::unique_ptr<CliCommand>> makeCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<PullCommand>());
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<DiffCommand>());
    commands.push_back(std::make_unique<ApplyCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    return commands;
}

QString overview(const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    QString text = Text::tr("Usage: revox-studio-cli COMMAND [OPTIONS] ARGUMENTS\n"
                            "Keeps Revox assistants as files for git and moves them between accounts, with the same "
                            "safe saves as Revox Studio.\n\nCommands:\n");
    for (const auto &command : commands)
        text += QStringLiteral("  %1%2\n").arg(command->name().leftJustified(10), command->summary());
    text += Text::tr("\nConnection: REVOX_API_KEY (and REVOX_BASE_URL), or --connection NAME, or --sandbox.\n"
                     "Exit status: 0 done, 1 conflicts or invalid files (diff: something to send), 2 usage, 3 network "
                     "or authentication.\n"
                     "Run 'revox-studio-cli COMMAND --help' for a command's options; the manual page is "
                     "revox-studio-cli(1).\n");
    return text;
}

QString commandHelp(const CliCommand &command, QCommandLineParser &parser)
{
    // QCommandLineParser's own text lists the options; the usage line and the description are ours.
    QString options = parser.helpText();
    // Qt's own heading, in Qt's translation (qtbase_xx.qm): not a string of ours.
    static const char *const qtHeading = "Options:";
    const qsizetype at = options.indexOf(QCoreApplication::translate("QCommandLineParser", qtHeading));
    options = at >= 0 ? options.mid(at) : options;
    return Text::tr("Usage: revox-studio-cli %1 [OPTIONS] %2\n%3\n\n%4")
        .arg(command.name(), command.syntax(), command.description(), options);
}

} // namespace

int main(int argc, char *argv[])
{
    CrashPrivacy::keepMemoryOutOfCrashDumps(); // before any key or credential is in memory
    QCoreApplication app(argc, argv);
    // The app's names: its saved connections, its keychain entries and its sandbox data are found under them.
    QCoreApplication::setOrganizationName(QStringLiteral("Revox"));
    QCoreApplication::setApplicationName(QStringLiteral("Revox Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REVOX_VERSION));
    // The environment's language (LANG, LC_ALL, LC_MESSAGES), as commands in a terminal follow it, and never
    // View ▸ Language of the app: a script run by someone else reads the same words the same way. Files,
    // JSON and field keys stay as they are whatever the language.
    LanguageSetup language;
    language.install(QString());

    const std::vector<std::unique_ptr<CliCommand>> commands = makeCommands();
    const GlobalOptions global;
    const QStringList arguments = QCoreApplication::arguments();

    // The command is the first argument that is neither an option nor an option's value.
    CliCommand *command = nullptr;
    qsizetype commandAt = -1;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        if (argument.startsWith(u'-')) {
            if (global.takesValue(argument))
                ++i;
            continue;
        }
        if (argument == u"help" && i + 1 < arguments.size()) { // "help pull" reads as "pull --help"
            for (const auto &candidate : commands) {
                if (candidate->name() == arguments.at(i + 1)) {
                    QCommandLineParser parser;
                    parser.addOptions(global.all(candidate->connects()) + candidate->options());
                    parser.addHelpOption();
                    print(stdout, commandHelp(*candidate, parser));
                    return CliExit::done;
                }
            }
        }
        if (argument == u"help") {
            print(stdout, overview(commands));
            return CliExit::done;
        }
        for (const auto &candidate : commands) {
            if (candidate->name() == argument)
                command = candidate.get();
        }
        if (!command) {
            print(stderr, Text::tr("revox-studio-cli: unknown command “%1”\n\n").arg(argument) + overview(commands));
            return CliExit::usage;
        }
        commandAt = i;
        break;
    }

    if (!command) {
        if (arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v"))) {
            print(stdout, QStringLiteral("revox-studio-cli %1\n").arg(QCoreApplication::applicationVersion()));
            return CliExit::done;
        }
        const bool askedForHelp = arguments.contains(QStringLiteral("--help"))
            || arguments.contains(QStringLiteral("-h")) || arguments.contains(QStringLiteral("help"));
        print(askedForHelp ? stdout : stderr, overview(commands));
        return askedForHelp ? CliExit::done : CliExit::usage;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(global.all(command->connects()) + command->options());
    const QCommandLineOption help = parser.addHelpOption();
    QStringList withoutCommand = arguments;
    withoutCommand.removeAt(commandAt);
    if (!parser.parse(withoutCommand)) {
        print(stderr, QStringLiteral("revox-studio-cli %1: %2\n").arg(command->name(), parser.errorText()));
        return CliExit::usage;
    }
    if (parser.isSet(help)) {
        print(stdout, commandHelp(*command, parser));
        return CliExit::done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < command->minArguments()
        || (command->maxArguments() >= 0 && positional.size() > command->maxArguments())) {
        print(stderr, Text::tr("Usage: revox-studio-cli %1 [OPTIONS] %2\n").arg(command->name(), command->syntax()));
        return CliExit::usage;
    }

    CliConnection::Choice choice;
    if (command->connects()) {
        choice.sandbox = parser.isSet(global.sandbox);
        choice.sandboxData = parser.value(global.sandboxData);
        choice.connection = parser.value(global.connection);
        if (!choice.sandboxData.isEmpty() && !choice.sandbox) {
            print(stderr, Text::tr("revox-studio-cli: --sandbox-data goes with --sandbox\n"));
            return CliExit::usage;
        }
        if (choice.sandbox && !choice.connection.isEmpty()) {
            print(stderr, Text::tr("revox-studio-cli: --sandbox and --connection: choose one\n"));
            return CliExit::usage;
        }
    }
    CliOutput output(parser.isSet(global.json), parser.isSet(global.quiet));
    CliContext context(parser, positional, choice, output);
    return command->run(context);
}
