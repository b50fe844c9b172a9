// SPDX-License-Identifier: GPL-3.0-or-later
// cli: revox-studio-cli as a user runs it (its own process, timed from start to exit) against revox-sandbox
// (its own process, in-memory, seeded). Pull of N assistants against fetching and parsing the same list through
// RevoxClient; pull again, status and diff of N unchanged files; apply of the one-field changes of --patches
// assistants against the same PATCHes sent by a sequential loop of curl.
#include "BenchReport.h"
#include "BenchSupport.h"
#include "Benchmarks.h"
#include "SandboxProcess.h"

#include "core/RevoxCall.h"
#include "core/RevoxClient.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

const QString kName = QStringLiteral("cli");

struct Cli
{
    QProcessEnvironment environment;

    // Runs revox-studio-cli to its end; the wall time in ms, or -1 (and why) when it failed.
    double run(const QStringList &arguments, int expectedExit, QString *error) const
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(REVOX_CLI_EXE), arguments);
        const bool finished = process.waitForFinished(600000);
        const double ms = timer.nsecsElapsed() / 1e6;
        if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != expectedExit) {
            *error = QStringLiteral("revox-studio-cli %1 ended with %2: %3")
                         .arg(arguments.join(u' '))
                         .arg(process.exitCode())
                         .arg(QString::fromUtf8(process.readAllStandardError().right(2000)));
            return -1;
        }
        return ms;
    }
};

Cli cliFor(const SandboxProcess &sandbox, const QTemporaryDir &home)
{
    Cli cli;
    cli.environment = QProcessEnvironment::systemEnvironment();
    cli.environment.insert(QStringLiteral("REVOX_BASE_URL"), sandbox.baseUrl().toString());
    cli.environment.insert(QStringLiteral("REVOX_API_KEY"), sandbox.apiKey());
    cli.environment.insert(QStringLiteral("HOME"), home.path());
    cli.environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    cli.environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    cli.environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    return cli;
}

// The list through the app's own client: GET /api/assistants and decodeAssistantList, as pull starts.
double listMs(const SandboxProcess &sandbox, int runs, QString *error)
{
    QNetworkAccessManager network;
    RevoxClient client(&network);
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox.apiKey());
    bool ok = true;
    const double ms = Bench::medianMs(runs, [&] {
        const Bench::CallOutcome outcome = Bench::finish(client.listAssistants());
        if (!outcome.ok) {
            ok = false;
            *error = outcome.error;
        }
    });
    return ok ? ms : -1;
}

// Sets `field` to `value` in the JSON file of each of the first `count` assistant files of `dir`.
bool editFiles(const QString &dir, int count, const QString &field, int value)
{
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (int i = 0; i < count && i < files.size(); ++i) {
        QFile file(QDir(dir).filePath(files.at(i)));
        if (!file.open(QIODevice::ReadWrite))
            return false;
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        json.insert(field, value + i);
        file.resize(0);
        file.write(QJsonDocument(json).toJson());
    }
    return files.size() >= count;
}

} // namespace

void Benchmarks::cli(const BenchOptions &options, BenchReport &report)
{
    const int n = options.assistants;
    QString error;
    QTemporaryDir home;
    QTemporaryDir work;
    // Pulled folders are deleted at the end only: deleting thousands of files makes the file system slow to
    // create the next ones (ext4 skips inodes freed in the last minute).
    int folders = 0;
    const auto freshFolder = [&work, &folders] { return work.filePath(QStringLiteral("pull-%1").arg(++folders)); };
    const int heavyRuns = std::max(3, std::min(options.runs, 5));

    {
        SandboxProcess sandbox;
        if (!sandbox.start(n, &error)) {
            report.fail(kName, error);
            return;
        }
        const Cli cli = cliFor(sandbox, home);
        Bench::say(QStringLiteral("cli: N=%1: the list through RevoxClient, %2 runs").arg(n).arg(options.runs));
        const double list = listMs(sandbox, options.runs, &error);
        if (list < 0) {
            report.fail(kName, error);
            return;
        }
        Bench::say(QStringLiteral("cli: N=%1: pull into an empty folder, %2 runs").arg(n).arg(heavyRuns));
        QList<double> pulls;
        QString folder;
        for (int run = 0; run < heavyRuns; ++run) {
            folder = freshFolder();
            const double ms = cli.run({QStringLiteral("pull"), folder, QStringLiteral("--quiet")}, 0, &error);
            if (ms < 0) {
                report.fail(kName, error);
                return;
            }
            pulls.append(ms);
        }
        const double pull = Bench::median(pulls);
        report.add(kName, QStringLiteral("N=%1: list fetched and parsed (RevoxClient)").arg(n), list,
                   QStringLiteral("ms"));
        report.add(kName, QStringLiteral("N=%1: pull into an empty folder").arg(n), pull, QStringLiteral("ms"),
                   std::nullopt, QStringLiteral("%1 files; the process from start to exit").arg(2 * n + 4));
        report.add(kName, QStringLiteral("N=%1: pull / list").arg(n), pull / list, QStringLiteral("×"), 3.0);

        QList<double> again;
        QList<double> status;
        QList<double> diff;
        for (int run = 0; run < options.runs; ++run) {
            again.append(cli.run({QStringLiteral("pull"), folder, QStringLiteral("--quiet")}, 0, &error));
            status.append(cli.run({QStringLiteral("status"), folder, QStringLiteral("--quiet")}, 0, &error));
            diff.append(cli.run({QStringLiteral("diff"), folder, QStringLiteral("--quiet")}, 0, &error));
            if (again.last() < 0 || status.last() < 0 || diff.last() < 0) {
                report.fail(kName, error);
                return;
            }
        }
        report.add(kName, QStringLiteral("N=%1: pull again, nothing changed").arg(n), Bench::median(again),
                   QStringLiteral("ms"), std::nullopt, QStringLiteral("no file rewritten"));
        report.add(kName, QStringLiteral("N=%1: status, nothing changed").arg(n), Bench::median(status),
                   QStringLiteral("ms"), 2000.0);
        report.add(kName, QStringLiteral("N=%1: diff, nothing changed").arg(n), Bench::median(diff),
                   QStringLiteral("ms"), 2000.0);
        // Without the fingerprint index (a fresh clone): every file, baseline and server copy compared.
        const QString index = QDir(folder).filePath(QStringLiteral(".revox/private/index.json"));
        QList<double> cold;
        for (int run = 0; run < heavyRuns; ++run) {
            QFile::remove(index);
            cold.append(cli.run({QStringLiteral("status"), folder, QStringLiteral("--quiet")}, 0, &error));
            if (cold.last() < 0) {
                report.fail(kName, error);
                return;
            }
        }
        report.add(kName, QStringLiteral("N=%1: status without the index, nothing changed").arg(n), Bench::median(cold),
                   QStringLiteral("ms"), std::nullopt, QStringLiteral("every file read and compared"));
        Bench::say(QStringLiteral("cli: N=%1: list %2 ms, pull %3 ms (%4×), again %5 ms, status %6 ms, diff %7 ms, "
                                  "status without index %8 ms")
                       .arg(n)
                       .arg(list, 0, 'f', 0)
                       .arg(pull, 0, 'f', 0)
                       .arg(pull / list, 0, 'f', 2)
                       .arg(Bench::median(again), 0, 'f', 0)
                       .arg(Bench::median(status), 0, 'f', 0)
                       .arg(Bench::median(diff), 0, 'f', 0)
                       .arg(Bench::median(cold), 0, 'f', 0));
    }

    // apply: one field changed in each of `patches` assistants, on a sandbox of that many.
    const int patches = options.patches;
    SandboxProcess sandbox;
    if (!sandbox.start(patches, &error)) {
        report.fail(kName, error);
        return;
    }
    const Cli cli = cliFor(sandbox, home);
    const QString folder = freshFolder();
    if (cli.run({QStringLiteral("pull"), folder, QStringLiteral("--quiet")}, 0, &error) < 0) {
        report.fail(kName, error);
        return;
    }
    Bench::say(QStringLiteral("cli: apply of %1 one-field changes, %2 runs").arg(patches).arg(heavyRuns));
    const QString field = QStringLiteral("max_call_duration_secs");
    QList<double> applies;
    for (int run = 0; run < heavyRuns; ++run) {
        if (!editFiles(folder, patches, field, 1000 + run * patches * 2)) {
            report.fail(kName, QStringLiteral("could not edit the pulled files"));
            return;
        }
        applies.append(cli.run({QStringLiteral("apply"), folder, QStringLiteral("--quiet")}, 0, &error));
        if (applies.last() < 0) {
            report.fail(kName, error);
            return;
        }
    }
    const double apply = Bench::median(applies);
    report.add(
        kName, QStringLiteral("apply of %1 one-field changes").arg(patches), apply, QStringLiteral("ms"), std::nullopt,
        QStringLiteral("%1; through SaveJob, the list read for the comparison standing in for each GET").arg(field));

    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        report.add(kName, QStringLiteral("the same PATCHes by a sequential curl loop"), 0, QStringLiteral("ms"),
                   std::nullopt, QStringLiteral("skipped: curl is not installed"));
        return;
    }
    // The same one-field PATCHes, one curl process each, as a script calling the API would.
    QFile edits(work.filePath(QStringLiteral("edits.tsv")));
    if (!edits.open(QIODevice::WriteOnly)) {
        report.fail(kName, edits.errorString());
        return;
    }
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (int i = 0; i < patches && i < files.size(); ++i) {
        QFile file(QDir(folder).filePath(files.at(i)));
        file.open(QIODevice::ReadOnly);
        const QString id = QJsonDocument::fromJson(file.readAll()).object().value(u"id").toString();
        edits.write(id.toUtf8() + "\t{\"" + field.toUtf8() + "\":" + QByteArray::number(50000 + i) + "}\n");
    }
    edits.close();
    const QString loop = QStringLiteral(
        "while IFS=$'\\t' read -r id body; do "
        "curl -sS --fail -o /dev/null -X PATCH -H \"Authorization: Bearer $REVOX_BENCH_KEY\" "
        "-H 'Content-Type: application/json' --data-binary \"$body\" \"$REVOX_BENCH_BASE/assistants/$id\" "
        "|| exit 1; done < \"$1\"");
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("REVOX_BENCH_KEY"), sandbox.apiKey());
    environment.insert(QStringLiteral("REVOX_BENCH_BASE"), sandbox.baseUrl().toString());
    shell.setProcessEnvironment(environment);
    shell.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("bash"), {QStringLiteral("-c"), loop, QStringLiteral("bench-curl"), edits.fileName()});
    const bool finished = shell.waitForFinished(600000);
    const double curlMs = timer.nsecsElapsed() / 1e6;
    if (!finished || shell.exitCode() != 0) {
        report.fail(kName, QStringLiteral("the curl loop failed: %1").arg(QString::fromUtf8(shell.readAll())));
        return;
    }
    report.add(kName, QStringLiteral("the same %1 PATCHes by a sequential curl loop").arg(patches), curlMs,
               QStringLiteral("ms"));
    BenchFigure ratio{
        kName,    QStringLiteral("apply speed / curl loop speed"), curlMs / apply, QStringLiteral("×"), 20.0, true,
        QString()};
    report.add(ratio);
    Bench::say(QStringLiteral("cli: apply of %1 changes %2 ms, curl loop %3 ms: apply %4× as fast")
                   .arg(patches)
                   .arg(apply, 0, 'f', 0)
                   .arg(curlMs, 0, 'f', 0)
                   .arg(curlMs / apply, 0, 'f', 1));
}
