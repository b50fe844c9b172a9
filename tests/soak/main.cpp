// SPDX-License-Identifier: GPL-3.0-or-later
// revox-soak: the reliability soak (docs/RELIABILITY.md). Without --writer it runs the whole soak against a
// sandbox of its own; with --writer it is one of the writing processes the soak starts.
#include "SoakRun.h"
#include "SoakWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTextStream>

#include <unistd.h>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "revox-soak: " << message << Qt::endl;
    return 2;
}

int runWriter(const QCommandLineParser &parser, const QCommandLineOption &writer, const QCommandLineOption &incarnation,
              const QCommandLineOption &baseUrl, const QCommandLineOption &apiKey, const QCommandLineOption &state,
              const QCommandLineOption &seed, const QCommandLineOption &audit)
{
    SoakWriter::Options options;
    options.name = parser.value(writer);
    options.incarnation = parser.value(incarnation).toInt();
    options.baseUrl = QUrl(parser.value(baseUrl));
    options.apiKey = parser.value(apiKey);
    options.stateDir = parser.value(state);
    options.seed = parser.value(seed).toULongLong();
    options.auditOnly = parser.isSet(audit);
    SoakWriter soakWriter(options);
    QString error;
    if (!soakWriter.open(&error))
        return fail(error);
    // "stop" (or the end of stdin: the coordinator is gone) ends it after the operation in flight.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &soakWriter, [&input, &soakWriter] {
        char buffer[256];
        const ssize_t read = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (read <= 0 || QByteArray(buffer, int(read)).contains("stop")) {
            input.setEnabled(false);
            soakWriter.stop();
        }
    });
    // Queued: an audit with no drafts finishes within start(), before the event loop runs.
    QObject::connect(&soakWriter, &SoakWriter::finished, qApp, &QCoreApplication::exit, Qt::QueuedConnection);
    soakWriter.start();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("revox-soak"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The reliability soak: two writers edit, save, create, clone and delete assistants on a sandbox of its own "
        "under random faults and SIGKILLs, then the app's promises are checked. Exit status 1 on any violation."));
    parser.addHelpOption();
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("How long the writers work (default 120)."), QStringLiteral("N"),
                                     QStringLiteral("120"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("The seed of every random choice (default: a new one, printed)."),
                                  QStringLiteral("N"));
    const QCommandLineOption assistants(QStringLiteral("assistants"),
                                        QStringLiteral("Assistants generated at the start (default 8)."),
                                        QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption workDir(QStringLiteral("work-dir"),
                                     QStringLiteral("Folder for the sandbox's file and the writers' drafts (default: a "
                                                    "temporary one, kept only when a check failed)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("Every writer line, fault and kill on stderr."));
    // The writer processes' own options.
    const QCommandLineOption writer(QStringLiteral("writer"), QStringLiteral("(internal) Run as writer NAME."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption incarnation(QStringLiteral("incarnation"), QStringLiteral("(internal)"),
                                         QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QStringLiteral("(internal)"), QStringLiteral("URL"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"), QStringLiteral("(internal)"), QStringLiteral("KEY"));
    const QCommandLineOption state(QStringLiteral("state"), QStringLiteral("(internal)"), QStringLiteral("DIR"));
    const QCommandLineOption audit(QStringLiteral("audit"), QStringLiteral("(internal)"));
    parser.addOptions(
        {seconds, seed, assistants, workDir, verbose, writer, incarnation, baseUrl, apiKey, state, audit});
    parser.process(app);

    if (parser.isSet(writer))
        return runWriter(parser, writer, incarnation, baseUrl, apiKey, state, seed, audit);

    SoakRun::Options options;
    bool ok = false;
    const double duration = parser.value(seconds).toDouble(&ok);
    if (!ok || duration < 1 || duration > 24 * 3600)
        return fail(QStringLiteral("--seconds must be a number from 1 to 86400."));
    options.duration = std::chrono::milliseconds(qint64(duration * 1000));
    if (parser.isSet(seed)) {
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("--seed must be a whole number."));
    } else {
        options.seed = QRandomGenerator::system()->generate64() >> 11; // short enough to copy
    }
    options.assistants = parser.value(assistants).toInt(&ok);
    if (!ok || options.assistants < 1 || options.assistants > 1000)
        return fail(QStringLiteral("--assistants must be a number from 1 to 1000."));
    options.program = QCoreApplication::applicationFilePath();
    options.workDir = parser.value(workDir);
    options.verbose = parser.isSet(verbose);

    QTextStream(stdout) << "==> Soak: seed " << options.seed << ", " << duration << " s, 2 writers on "
                        << options.assistants << " assistants" << Qt::endl;
    SoakRun run(options);
    QString error;
    if (!run.start(&error))
        return fail(error);
    QObject::connect(&run, &SoakRun::finished, &app, &QCoreApplication::exit);
    return QCoreApplication::exec();
}
