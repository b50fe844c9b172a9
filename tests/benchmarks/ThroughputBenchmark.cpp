// SPDX-License-Identifier: GPL-3.0-or-later
// throughput: the same PATCHes sent through RevoxClient and through QNetworkAccessManager alone, all at once
// (it keeps up to six connections per host busy) and 4 at once (a batch's default), and by a sequential shell
// loop of curl, against revox-sandbox.
#include "BenchReport.h"
#include "BenchSupport.h"
#include "Benchmarks.h"
#include "SandboxProcess.h"

#include "core/AssistantPatch.h"
#include "core/RevoxClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <functional>

namespace {

struct Edit
{
    QString id;
    AssistantPatch patch;
};

// Starts one edit; calls `done` once with whether the server saved it.
using Sender = std::function<void(const Edit &edit, const std::function<void(bool)> &done)>;

struct Sent
{
    double ms = -1; // negative: a PATCH failed
    double mainCpuMs = 0; // this thread's processor time meanwhile
};

// Sends every edit through `send`, at most `lanes` in flight (0: all at once), and waits for the last answer
// blocking between events.
Sent sendEdits(const QList<Edit> &edits, int lanes, const Sender &send, QString *error)
{
    qsizetype next = 0;
    qsizetype pending = edits.size();
    int failed = 0;
    std::function<void()> sendNext = [&] {
        if (next == edits.size())
            return;
        send(edits.at(next++), [&](bool saved) {
            --pending;
            failed += saved ? 0 : 1;
            sendNext();
        });
    };
    const double cpu = Bench::threadCpuMs();
    QElapsedTimer timer;
    timer.start();
    const qsizetype first = lanes > 0 ? std::min<qsizetype>(lanes, edits.size()) : edits.size();
    for (qsizetype i = 0; i < first; ++i)
        sendNext();
    if (!Bench::waitUntil([&pending] { return pending == 0; }, 300000) || failed > 0) {
        *error = QStringLiteral("%1 PATCHes failed, %2 unanswered").arg(failed).arg(pending);
        return {};
    }
    return {timer.nsecsElapsed() / 1e6, Bench::threadCpuMs() - cpu};
}

} // namespace

void Benchmarks::throughput(const BenchOptions &options, BenchReport &report)
{
    SandboxProcess sandbox;
    QNetworkAccessManager network;
    RevoxClient client(&network);
    QString error;
    const std::optional<QList<Assistant>> listed
        = Bench::startAndList(sandbox, std::min(options.assistants, 1000), client, &error);
    if (!listed) {
        report.fail(QStringLiteral("throughput"), error);
        return;
    }
    const QList<Assistant> &assistants = *listed;

    // A set of the same one-field edits for each sender and run, so that each changes something.
    int sets = 0;
    const auto edits = [&] {
        const QString tag = QStringLiteral("t%1-").arg(++sets);
        QList<Edit> list;
        for (int i = 0; i < options.patches; ++i) {
            const Assistant &original = assistants.at(i % assistants.size());
            Assistant edited = original;
            edited.setName(original.name() + u' ' + tag + QString::number(i));
            list.append({original.id(), AssistantPatch::between(original, edited)});
        }
        return list;
    };

    // RevoxClient as every save job sends; and QNetworkAccessManager alone, the answer read and nothing else
    // done: the floor under any client built on it, which the save protocol (re-read, merge, check) adds to.
    const Sender throughClient = [&client](const Edit &edit, const std::function<void(bool)> &done) {
        RevoxCall *call = client.updateAssistant(edit.id, edit.patch);
        QObject::connect(call, &RevoxCall::finished, call, [call, done] { done(call->succeeded()); });
    };
    const QByteArray authorization = "Bearer " + sandbox.apiKey().toUtf8();
    const Sender throughManager = [&](const Edit &edit, const std::function<void(bool)> &done) {
        QNetworkRequest request(sandbox.url(QStringLiteral("/assistants/") + edit.id));
        request.setRawHeader("Authorization", authorization);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = network.sendCustomRequest(request, "PATCH", edit.patch.toJson());
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
            const bool saved = reply->error() == QNetworkReply::NoError && !reply->readAll().isEmpty();
            reply->deleteLater();
            done(saved);
        });
    };
    struct Way
    {
        QString name;
        const Sender *send;
        int lanes;
    };
    const QList<Way> ways{
        {QStringLiteral("RevoxClient, all at once"), &throughClient, 0},
        {QStringLiteral("RevoxClient, 4 at once"), &throughClient, 4},
        {QStringLiteral("QNetworkAccessManager alone, all at once"), &throughManager, 0},
        {QStringLiteral("QNetworkAccessManager alone, 4 at once"), &throughManager, 4},
    };
    QList<double> medians;
    for (const Way &way : ways) {
        QList<double> times, mainCpu;
        for (int run = 0; run < options.runs; ++run) {
            const Sent sent = sendEdits(edits(), way.lanes, *way.send, &error);
            if (sent.ms < 0) {
                report.fail(QStringLiteral("throughput"), way.name + QStringLiteral(": ") + error);
                return;
            }
            times.append(sent.ms);
            mainCpu.append(sent.mainCpuMs);
        }
        medians.append(Bench::median(times));
        report.add(QStringLiteral("throughput"),
                   QStringLiteral("%1 PATCHes through %2").arg(options.patches).arg(way.name),
                   options.patches / (medians.last() / 1000), QStringLiteral("req/s"), std::nullopt,
                   QStringLiteral("%1 ms in all, median of %2; this thread's processor time %3 ms")
                       .arg(medians.last(), 0, 'f', 0)
                       .arg(options.runs)
                       .arg(Bench::median(mainCpu), 0, 'f', 0));
    }
    const double clientMs = medians.first();
    const double clientRate = options.patches / (clientMs / 1000);
    const double floorMs = medians.last();

    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        Bench::say(QStringLiteral("throughput: RevoxClient %1 req/s; curl is not installed, no comparison")
                       .arg(clientRate, 0, 'f', 0));
        report.add(QStringLiteral("throughput"), QStringLiteral("sequential curl loop"), 0, QStringLiteral("req/s"),
                   std::nullopt, QStringLiteral("skipped: curl is not installed"));
        return;
    }
    QTemporaryDir dir;
    QFile editsFile(dir.filePath(QStringLiteral("edits.tsv")));
    if (!editsFile.open(QIODevice::WriteOnly)) {
        report.fail(QStringLiteral("throughput"), editsFile.errorString());
        return;
    }
    for (const Edit &edit : edits())
        editsFile.write(edit.id.toUtf8() + '\t' + edit.patch.toJson() + '\n');
    editsFile.close();
    // One curl process per request, as a script calling the API would; the key goes through the
    // environment so it is not on a command line.
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
    shell.start(QStringLiteral("bash"),
                {QStringLiteral("-c"), loop, QStringLiteral("bench-curl"), editsFile.fileName()});
    const bool finished = shell.waitForFinished(600000);
    const double curlMs = timer.nsecsElapsed() / 1e6;
    if (!finished || shell.exitCode() != 0) {
        report.fail(QStringLiteral("throughput"),
                    QStringLiteral("the curl loop failed: %1").arg(QString::fromUtf8(shell.readAll())));
        return;
    }
    const double curlRate = options.patches / (curlMs / 1000);
    Bench::say(QStringLiteral("throughput: %1 PATCHes, RevoxClient %2 ms (%3 req/s), curl loop %4 ms (%5 req/s), "
                              "RevoxClient %6× as fast; QNetworkAccessManager alone, 4 at once, %7 ms: %8×")
                   .arg(options.patches)
                   .arg(clientMs, 0, 'f', 0)
                   .arg(clientRate, 0, 'f', 0)
                   .arg(curlMs, 0, 'f', 0)
                   .arg(curlRate, 0, 'f', 0)
                   .arg(clientRate / curlRate, 0, 'f', 2)
                   .arg(floorMs, 0, 'f', 0)
                   .arg(curlMs / floorMs, 0, 'f', 1));
    report.add(QStringLiteral("throughput"), QStringLiteral("the same PATCHes by a sequential curl loop"), curlRate,
               QStringLiteral("req/s"), std::nullopt, QStringLiteral("%1 ms in all").arg(curlMs, 0, 'f', 0));
    report.add(QStringLiteral("throughput"), QStringLiteral("RevoxClient rate / curl loop rate"), clientRate / curlRate,
               QStringLiteral("×"));
    report.add(QStringLiteral("throughput"), QStringLiteral("QNetworkAccessManager alone, 4 at once / curl loop"),
               curlMs / floorMs, QStringLiteral("×"), std::nullopt,
               QStringLiteral("the ceiling of a batch at its default of 4 at once"));
}
