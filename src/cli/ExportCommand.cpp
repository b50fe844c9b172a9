// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "CliContext.h"

#include "core/AssistantBundle.h"
#include "core/AssistantFolder.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

const QCommandLineOption
    kMatch(QStringLiteral("match"),
           QString::fromUtf8(QT_TRANSLATE_NOOP("ExportCommand",
                                               "Export the assistants whose name or ID contains TEXT "
                                               "(any case).")),
           QStringLiteral("TEXT"));
const QCommandLineOption
    kRedact(QStringLiteral("redact-secrets"),
            QString::fromUtf8(QT_TRANSLATE_NOOP("ExportCommand",
                                                "Replace custom tools' header and query values with a "
                                                "marker that import refuses until it is filled in.")));

} // namespace

QString ExportCommand::summary() const
{
    return Text::tr("Write assistants into one bundle file, to import them into another account.");
}

QString ExportCommand::description() const
{
    return Text::tr("Writes the connection's assistants (those with the given IDs or matching --match; all without "
                    "either) into FILE ('-' for standard output) without the fields the server owns. The custom "
                    "tools' secret values are included and the file is made readable by you only (0600), unless "
                    "--redact-secrets replaces each with {\"$redacted\": \"tool …, header …\"}, which import refuses "
                    "to send until a value is put in its place.");
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return CliCommand::translated("ExportCommand", {kMatch, kRedact});
}

int ExportCommand::run(CliContext &context)
{
    CliOutput &out = context.out();
    const QString file = context.arguments().first();
    if (file == u"-" && out.isJson()) {
        out.error(Text::tr("--json and '-' both want standard output: give a file name"));
        return CliExit::usage;
    }
    if (int status = context.connect(); status != CliExit::done)
        return status;
    int status = CliExit::done;
    const std::optional<QList<ListedAssistant>> list = context.listAssistants(ListedAssistant::Form::Parsed, &status);
    if (!list)
        return status;

    FolderScope scope;
    scope.ids = context.arguments().mid(1);
    scope.match = context.parser().value(kMatch);
    QList<Assistant> assistants;
    for (const ListedAssistant &listed : *list) {
        if (scope.selects(listed.id(), listed.name()))
            assistants.append(listed.assistant());
    }
    for (const QString &id : std::as_const(scope.ids)) {
        if (std::none_of(assistants.cbegin(), assistants.cend(), [&id](const Assistant &a) { return a.id() == id; })) {
            out.error(Text::tr("no assistant with the ID %1").arg(id));
            return CliExit::problems;
        }
    }
    const bool redact = context.parser().isSet(kRedact);
    const bool clear = !redact && AssistantBundle::holdsSecrets(assistants);
    if (file == u"-") {
        const QByteArray bytes = AssistantBundle::write(assistants, redact);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    } else if (QString error; !AssistantBundle::save(file, assistants, redact, &error)) {
        out.error(Text::tr("%1: cannot be written: %2").arg(file, error));
        return CliExit::problems;
    }
    if (clear)
        out.warning(Text::tr("%1 holds custom tools' secret values in clear: keep it private, or export with "
                             "--redact-secrets")
                        .arg(file == u"-" ? Text::tr("the output") : file));
    const QString line = Text::tr("%n assistant(s) exported to %1", nullptr, int(assistants.size())).arg(file);
    if (file != u"-")
        out.line(line);
    if (out.isJson())
        out.json({{QStringLiteral("command"), name()},
                  {QStringLiteral("file"), file},
                  {QStringLiteral("count"), assistants.size()},
                  {QStringLiteral("redacted"), redact},
                  {QStringLiteral("summary"), line}});
    return CliExit::done;
}
