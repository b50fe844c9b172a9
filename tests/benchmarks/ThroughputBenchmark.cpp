// SPDX-License-Identifier: GPL-3.0-or-later
// throughput: the same PATCHes sent all at once through RevoxClient (QNetworkAccessManager keeps up to
// six connections per host busy) and by a sequential shell loop of curl, against revox-sandbox.
#include "BenchReport.h"
#include "BenchSupport.h"
#include "Benchmarks.h"
#include "SandboxProcess.h"

#include "core/AssistantPatch.h"
#include "core/RevoxClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

struct Edit
{
    QString id;
    AssistantPatch patch;
};

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

    // Two sets of the same one-field edits, so the second sender changes something too.
    const auto edits = [&](const QString &tag) {
        QList<Edit> list;
        for (int i = 0; i < options.patches; ++i) {
            const Assistant &original = assistants.at(i % assistants.size());
            Assistant edited = original;
            edited.setName(original.name() + QStringLiteral(" %1%2").arg(tag).arg(i));
            list.append({original.id(), AssistantPatch::between(original, edited)});
        }
        return list;
    };

    const QList<Edit> clientEdits = edits(QStringLiteral("c"));
    int pending = int(clientEdits.size());
    int failed = 0;
    QElapsedTimer timer;
    timer.start();
    for (const Edit &edit : clientEdits) {
        RevoxCall *call = client.updateAssistant(edit.id, edit.patch);
        QObject::connect(call, &RevoxCall::finished, call, [call, &pending, &failed] {
            --pending;
            failed += call->succeeded() ? 0 : 1;
        });
    }
    if (!Bench::waitUntil([&pending] { return pending == 0; }, 300000) || failed > 0) {
        report.fail(QStringLiteral("throughput"),
                    QStringLiteral("RevoxClient: %1 PATCHes failed, %2 unanswered").arg(failed).arg(pending));
        return;
    }
    const double clientMs = timer.nsecsElapsed() / 1e6;
    const double clientRate = options.patches / (clientMs / 1000);
    report.add(QStringLiteral("throughput"),
               QStringLiteral("%1 PATCHes through RevoxClient, all at once").arg(options.patches), clientRate,
               QStringLiteral("req/s"), std::nullopt, QStringLiteral("%1 ms in all").arg(clientMs, 0, 'f', 0));

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
    for (const Edit &edit : edits(QStringLiteral("s")))
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
    timer.restart();
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
                              "RevoxClient %6× as fast")
                   .arg(options.patches)
                   .arg(clientMs, 0, 'f', 0)
                   .arg(clientRate, 0, 'f', 0)
                   .arg(curlMs, 0, 'f', 0)
                   .arg(curlRate, 0, 'f', 0)
                   .arg(clientRate / curlRate, 0, 'f', 2));
    report.add(QStringLiteral("throughput"), QStringLiteral("the same PATCHes by a sequential curl loop"), curlRate,
               QStringLiteral("req/s"), std::nullopt, QStringLiteral("%1 ms in all").arg(curlMs, 0, 'f', 0));
    report.add(QStringLiteral("throughput"), QStringLiteral("RevoxClient rate / curl loop rate"), clientRate / curlRate,
               QStringLiteral("×"));
}
