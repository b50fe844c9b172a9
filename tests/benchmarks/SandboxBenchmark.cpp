// SPDX-License-Identifier: GPL-3.0-or-later
// sandbox: how long the sandbox takes to generate and store the large set and to list it (in process; the
// unit suite, TestSandboxServer::generatesTenThousand, only checks that it works), then the requests per second
// revox-sandbox answers under wrk on loopback, for GET /assistants/{id} and for PATCH (wrk-patch.lua). Each
// wrk run is bounded in time; wrk comes from Debian (scripts/bench.sh installs it) and is skipped, said so,
// when missing.
#include "BenchReport.h"
#include "BenchSupport.h"
#include "Benchmarks.h"
#include "SandboxProcess.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

constexpr int kConnections = 8;

struct WrkResult
{
    bool ok = false;
    double rate = 0;
    QString latency50;
    qint64 errors = 0; // non-2xx answers and socket errors
    QString output;
};

WrkResult runWrk(const QString &wrk, const QStringList &extra, const QUrl &url, const QString &key, int seconds)
{
    QStringList arguments = {QStringLiteral("-t1"),
                             QStringLiteral("-c%1").arg(kConnections),
                             QStringLiteral("-d%1s").arg(seconds),
                             QStringLiteral("--timeout"),
                             QStringLiteral("5s"),
                             QStringLiteral("--latency"),
                             QStringLiteral("-H"),
                             QStringLiteral("Authorization: Bearer %1").arg(key)};
    arguments += extra;
    arguments.append(url.toString());
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(wrk, arguments);
    WrkResult result;
    if (!process.waitForFinished((seconds + 30) * 1000)) {
        process.kill();
        process.waitForFinished();
        result.output = QStringLiteral("wrk did not finish");
        return result;
    }
    result.output = QString::fromUtf8(process.readAll());
    const QRegularExpressionMatch rate
        = QRegularExpression(QStringLiteral("Requests/sec:\\s*([0-9.]+)")).match(result.output);
    const QRegularExpressionMatch p50 = QRegularExpression(QStringLiteral("\\s50%\\s+(\\S+)")).match(result.output);
    const QRegularExpressionMatch non2xx
        = QRegularExpression(QStringLiteral("Non-2xx or 3xx responses:\\s*(\\d+)")).match(result.output);
    const QRegularExpressionMatch socket
        = QRegularExpression(QStringLiteral("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)"))
              .match(result.output);
    result.rate = rate.captured(1).toDouble();
    result.latency50 = p50.captured(1);
    result.errors = non2xx.captured(1).toLongLong();
    for (int i = 1; i <= 4; ++i)
        result.errors += socket.captured(i).toLongLong();
    result.ok = process.exitCode() == 0 && rate.hasMatch();
    return result;
}

// Generates and stores `options.assistants` assistants in an in-process sandbox (in memory), then lists them
// through GET /api/assistants; the medians of a few runs. False (after report.fail) when a run failed.
bool generateAndList(const BenchOptions &options, BenchReport &report)
{
    const int runs = std::min(options.runs, 3); // a few seconds each at 10,000
    QList<double> generated;
    QList<double> listed;
    qsizetype bytes = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        SandboxServer sandbox;
        SandboxServer::Options sandboxOptions;
        sandboxOptions.seedCount = options.assistants;
        QString error;
        if (!sandbox.start(sandboxOptions, &error)) {
            report.fail(QStringLiteral("sandbox"), error);
            return false;
        }
        generated.append(double(clock.nsecsElapsed()) / 1e6);
        QUrl url = sandbox.baseUrl();
        url.setPath(url.path() + QStringLiteral("/assistants"));
        clock.restart();
        const QByteArray body = Bench::get(url, sandbox.apiKey(), &error);
        listed.append(double(clock.nsecsElapsed()) / 1e6);
        if (body.isEmpty()) {
            report.fail(QStringLiteral("sandbox"), error);
            return false;
        }
        bytes = body.size();
    }
    const QString note = QStringLiteral("in process, in memory, median of %1").arg(runs);
    Bench::say(QStringLiteral("sandbox: %L1 assistants generated and stored in %2 ms, listed (%L3 bytes) in %4 ms")
                   .arg(options.assistants)
                   .arg(Bench::median(generated), 0, 'f', 0)
                   .arg(bytes)
                   .arg(Bench::median(listed), 0, 'f', 0));
    report.add(QStringLiteral("sandbox"), QStringLiteral("%L1 assistants generated and stored").arg(options.assistants),
               Bench::median(generated), QStringLiteral("ms"), std::nullopt, note);
    report.add(QStringLiteral("sandbox"), QStringLiteral("GET /api/assistants of them (%L1 bytes)").arg(bytes),
               Bench::median(listed), QStringLiteral("ms"), std::nullopt, note);
    return true;
}

} // namespace

void Benchmarks::sandbox(const BenchOptions &options, BenchReport &report)
{
    if (!generateAndList(options, report))
        return;
    const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    if (wrk.isEmpty()) {
        Bench::say(QStringLiteral("sandbox: wrk is not installed (scripts/bench.sh installs it): skipped"));
        report.add(QStringLiteral("sandbox"), QStringLiteral("wrk runs"), 0, QStringLiteral("req/s"), std::nullopt,
                   QStringLiteral("skipped: wrk is not installed"));
        return;
    }
    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start(std::min(options.assistants, 1000), &error)) {
        report.fail(QStringLiteral("sandbox"), error);
        return;
    }
    const QByteArray list = Bench::get(sandbox.url(QStringLiteral("/assistants")), sandbox.apiKey(), &error);
    const QString id = QJsonDocument::fromJson(list)
                           .object()
                           .value(u"assistants")
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(u"id")
                           .toString();
    if (id.isEmpty()) {
        report.fail(QStringLiteral("sandbox"), QStringLiteral("no assistant to ask for: ") + error);
        return;
    }
    const QUrl url = sandbox.url(QStringLiteral("/assistants/") + id);
    const QString script = QStringLiteral(REVOX_BENCH_DIR "/wrk-patch.lua");
    struct Run
    {
        QString name;
        QStringList extra; // wrk options
    };
    const QList<Run> runs = {{QStringLiteral("GET /api/assistants/{id}"), {}},
                             {QStringLiteral("PATCH /api/assistants/{id}"), {QStringLiteral("-s"), script}}};
    for (const Run &run : runs) {
        const WrkResult result = runWrk(wrk, run.extra, url, sandbox.apiKey(), options.loadSeconds);
        if (!result.ok || result.errors > 0) {
            report.fail(
                QStringLiteral("sandbox"),
                QStringLiteral("%1 under wrk: %2 errors\n%3").arg(run.name).arg(result.errors).arg(result.output));
            return;
        }
        Bench::say(QStringLiteral("sandbox: %1, %2 connections for %3 s: %4 req/s, median latency %5")
                       .arg(run.name)
                       .arg(kConnections)
                       .arg(options.loadSeconds)
                       .arg(result.rate, 0, 'f', 0)
                       .arg(result.latency50));
        report.add(QStringLiteral("sandbox"), run.name, result.rate, QStringLiteral("req/s"), std::nullopt,
                   QStringLiteral("wrk -t1 -c%1 -d%2s, median latency %3")
                       .arg(kConnections)
                       .arg(options.loadSeconds)
                       .arg(result.latency50));
    }
}
