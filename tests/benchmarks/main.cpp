// SPDX-License-Identifier: GPL-3.0-or-later
// revox-bench: runs the performance benchmarks of docs/PERFORMANCE.md and prints their figures beside
// their budgets. Each benchmark runs in a fresh child process (this program with --child NAME), so
// memory readings and timings do not carry over from one to the next.
#include "BenchReport.h"
#include "Benchmarks.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <csignal>
#include <memory>
#include <sys/prctl.h>

namespace {

const QByteArray kResultPrefix = "BENCH-RESULT ";

// Runs one benchmark in a child process, passing its progress lines through as they come.
BenchReport runChild(const QString &name, const QStringList &forwarded, int timeoutSeconds)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // A stopped run (CTest's timeout, Ctrl+C) takes its benchmark, and so the benchmark's servers, along.
    process.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
    process.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--child"), name} + forwarded);
    BenchReport report;
    QByteArray pending;
    bool gotResult = false;
    const auto consume = [&] {
        pending += process.readAllStandardOutput();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            if (line.startsWith(kResultPrefix)) {
                report.merge(BenchReport::fromJson(QJsonDocument::fromJson(line.mid(kResultPrefix.size())).array()));
                gotResult = true;
            } else {
                QTextStream(stdout) << "  " << QString::fromUtf8(line) << Qt::endl;
            }
        }
    };
    QElapsedTimer timer;
    timer.start();
    while (!process.waitForFinished(200)) {
        consume();
        if (process.state() == QProcess::NotRunning)
            break;
        if (timer.elapsed() > timeoutSeconds * 1000) {
            process.kill();
            process.waitForFinished();
            report.fail(name, QStringLiteral("still running after %1 s; stopped").arg(timeoutSeconds));
            return report;
        }
    }
    consume();
    if (!gotResult || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        report.fail(name,
                    QStringLiteral("the benchmark process ended without its figures (%1, exit code %2)")
                        .arg(process.exitStatus() == QProcess::NormalExit ? QStringLiteral("exited")
                                                                          : QStringLiteral("crashed"))
                        .arg(process.exitCode()));
    return report;
}

} // namespace

int main(int argc, char *argv[])
{
    // A child runs the main window, so it needs a QApplication and (without a display) the offscreen
    // platform; the parent only starts processes.
    bool child = false;
    for (int i = 1; i < argc; ++i)
        child = child || qstrcmp(argv[i], "--child") == 0;
    if (child && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app
        = child ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("revox-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "revox-bench", "Performance benchmarks of Revox Studio; figures are printed beside their budgets."));
    parser.addHelpOption();
    const QCommandLineOption assistantsOption(
        QStringLiteral("assistants"), QCoreApplication::translate("revox-bench", "Size of the large list (10000)."),
        QStringLiteral("N"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QCoreApplication::translate("revox-bench", "Repetitions behind each median (7)."),
        QStringLiteral("N"));
    const QCommandLineOption patchesOption(
        QStringLiteral("patches"),
        QCoreApplication::translate("revox-bench", "PATCHes in the throughput comparison (1000)."),
        QStringLiteral("N"));
    const QCommandLineOption secondsOption(QStringLiteral("load-seconds"),
                                           QCoreApplication::translate("revox-bench", "Length of each wrk run (5)."),
                                           QStringLiteral("S"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"),
        QCoreApplication::translate("revox-bench",
                                    "Everything once, small: 200 assistants, 3 runs, 50 PATCHes, 1 s of wrk."));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QCoreApplication::translate("revox-bench", "Comma-separated benchmarks to run, of: %1.")
            .arg(Benchmarks::names().join(QStringLiteral(", "))),
        QStringLiteral("NAMES"));
    const QCommandLineOption markdownOption(
        QStringLiteral("markdown"), QCoreApplication::translate("revox-bench", "Also write the table as Markdown."),
        QStringLiteral("FILE"));
    QCommandLineOption childOption(QStringLiteral("child"), QString(), QStringLiteral("NAME"));
    childOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({assistantsOption, runsOption, patchesOption, secondsOption, smokeOption, onlyOption,
                       markdownOption, childOption});
    parser.process(*app);

    BenchOptions options;
    if (parser.isSet(smokeOption))
        options = {.assistants = 200, .runs = 3, .patches = 50, .loadSeconds = 1, .smoke = true};
    const auto number = [&parser](const QCommandLineOption &option, int &target) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (ok && value > 0)
            target = value;
        return ok && value > 0;
    };
    if (!number(assistantsOption, options.assistants) || !number(runsOption, options.runs)
        || !number(patchesOption, options.patches) || !number(secondsOption, options.loadSeconds)) {
        QTextStream(stderr) << QCoreApplication::translate("revox-bench", "Counts must be positive numbers.")
                            << Qt::endl;
        return 2;
    }

    if (child) {
        BenchReport report;
        if (!Benchmarks::run(parser.value(childOption), options, report))
            report.fail(parser.value(childOption), QStringLiteral("no such benchmark"));
        QTextStream(stdout) << kResultPrefix << QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)
                            << Qt::endl;
        return 0;
    }

    QStringList selected = Benchmarks::names();
    if (parser.isSet(onlyOption)) {
        selected = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);
        for (const QString &name : std::as_const(selected)) {
            if (!Benchmarks::names().contains(name)) {
                QTextStream(stderr)
                    << QCoreApplication::translate("revox-bench", "No benchmark is called “%1”.").arg(name) << Qt::endl;
                return 2;
            }
        }
    }
    QStringList forwarded
        = {QStringLiteral("--assistants"),   QString::number(options.assistants), QStringLiteral("--runs"),
           QString::number(options.runs),    QStringLiteral("--patches"),         QString::number(options.patches),
           QStringLiteral("--load-seconds"), QString::number(options.loadSeconds)};
    if (options.smoke)
        forwarded.append(QStringLiteral("--smoke"));

    // Children run Qt GUI code offscreen: give them a runtime directory and quiet platform-plugin chatter.
    QTemporaryDir runtime;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtime.isValid())
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");

    QTextStream out(stdout);
    out << "revox-bench: " << options.assistants << " assistants, medians of " << options.runs << " runs, "
        << options.patches << " PATCHes, " << options.loadSeconds << " s per wrk run; Qt " << qVersion() << ", "
        << REVOX_BUILD_TYPE << " build" << Qt::endl;
    if (QByteArrayView(REVOX_BUILD_TYPE) != "Release")
        out << "warning: not a Release build; the figures say little about the shipped program" << Qt::endl;
    BenchReport report;
    for (const QString &name : std::as_const(selected)) {
        out << "== " << name << Qt::endl;
        report.merge(runChild(name, forwarded, options.smoke ? 120 : 900));
    }
    out << Qt::endl << report.table();
    if (parser.isSet(markdownOption)) {
        QFile file(parser.value(markdownOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            QTextStream(stderr) << file.errorString() << Qt::endl;
            return 2;
        }
        file.write(report.markdown().toUtf8());
    }
    return report.hasFailures() ? 1 : 0;
}
