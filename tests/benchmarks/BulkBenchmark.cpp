// SPDX-License-Identifier: GPL-3.0-or-later
// bulk (issue 14): find across every text field of N assistants; the preview of a regular-expression replace
// over 1,000; applying 1,000 one-field changes through BatchSave (one list read, then each a SaveJob: merge, PATCH)
// against revox-sandbox, beside a sequential curl loop sending the same PATCHes; and the longest the window's event
// loop stalls while the bulk dialog applies 1,000 changes.
#include "BenchReport.h"
#include "BenchSupport.h"
#include "BenchWindow.h"
#include "Benchmarks.h"
#include "SandboxProcess.h"

#include "core/AssistantJson.h"
#include "core/AssistantSearch.h"
#include "core/AssistantTableModel.h"
#include "core/BatchSave.h"
#include "core/BulkEdit.h"
#include "core/BulkPreview.h"
#include "core/RevoxClient.h"
#include "ui/MainWindow.h"
#include "ui/bulk/BulkActions.h"
#include "ui/bulk/BulkEditDialog.h"
#include "ui/bulk/BulkEditorPage.h"
#include "ui/bulk/BulkFieldPanel.h"
#include "ui/bulk/BulkPreviewPage.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

constexpr double kFindBudgetMs = 300;
constexpr double kPreviewBudgetMs = 1000;
constexpr int kPreviewCount = 1000;
constexpr double kApplyRatioBudget = 20; // × a sequential curl loop
constexpr double kStallBudgetMs = 50;
constexpr int kApplyCount = 1000;

QString sized(qsizetype count)
{
    return QStringLiteral("N=%1").arg(QLocale::c().toString(count));
}

void find(const BenchOptions &options, const QList<AssistantSummary> &summaries, BenchReport &report)
{
    // What the Find window does once when it opens (and again after the list changed), in the background.
    AssistantSearch search;
    const double extractMs = Bench::medianMs(options.runs, [&] { search = AssistantSearch(summaries); });
    report.add(QStringLiteral("bulk"), QStringLiteral("%1: find, texts taken out once").arg(sized(summaries.size())),
               extractMs, QStringLiteral("ms"), std::nullopt,
               QStringLiteral("%1 texts, %2 characters; in the background when Find opens")
                   .arg(search.textCount())
                   .arg(search.characterCount()));
    // A plain word most assistants hold somewhere, a rarer phrase, and a regular expression with a capture.
    const QList<std::pair<QString, TextPattern>> queries = {
        {QStringLiteral("plain, common word"), TextPattern(QStringLiteral("appointment"), {})},
        {QStringLiteral("plain, whole word, rare"),
         TextPattern(QStringLiteral("wheelchair"), {.regex = false, .caseSensitive = false, .wholeWord = true})},
        {QStringLiteral("regular expression"),
         TextPattern(QStringLiteral("(\\d{1,2}):(\\d{2})\\s*(am|pm)"), {.regex = true})},
    };
    double slowest = 0;
    QString slowestName;
    for (const auto &query : queries) {
        // Named copies, not a structured binding: clang 14 cannot capture those in the lambda below.
        const QString &name = query.first;
        const TextPattern &pattern = query.second;
        AssistantSearch::Result result;
        const double ms = Bench::medianMs(options.runs, [&] { result = search.find(pattern); });
        report.add(QStringLiteral("bulk"), QStringLiteral("%1: find, %2").arg(sized(summaries.size()), name), ms,
                   QStringLiteral("ms"), kFindBudgetMs,
                   QStringLiteral("%1 matches in %2 assistants").arg(result.matches).arg(result.assistantsMatched));
        Bench::say(QStringLiteral("bulk: find %1 across %2 assistants: %3 ms, %4 matches in %5 assistants")
                       .arg(name)
                       .arg(summaries.size())
                       .arg(ms, 0, 'f', 1)
                       .arg(result.matches)
                       .arg(result.assistantsMatched));
        if (ms > slowest) {
            slowest = ms;
            slowestName = name;
        }
    }
}

void preview(const BenchOptions &options, const QList<AssistantSummary> &summaries, BenchReport &report)
{
    QList<Assistant> assistants;
    for (qsizetype i = 0; i < std::min<qsizetype>(kPreviewCount, summaries.size()); ++i)
        assistants.append(summaries.at(i).assistant());
    // Every time of day in every text field rewritten ("9:00 am" → "9.00 am"), plus the prompt's greeting.
    const BulkEdit edit({
        BulkOperation::replaceText(
            QStringLiteral("prompt"),
            TextPattern(QStringLiteral("\\b(\\w+) (clinic|office|practice)\\b"), {.regex = true}),
            QStringLiteral("$1 $2 (bulk)")),
        BulkOperation::replaceText(QStringLiteral("faq_items[].answer"),
                                   TextPattern(QStringLiteral("(\\d{1,2}):(\\d{2})"), {.regex = true}),
                                   QStringLiteral("\\1.\\2")),
    });
    BulkPreview result;
    const double ms = Bench::medianMs(options.runs, [&] { result = BulkPreview::compute(assistants, edit); });
    const int changing = result.count(BulkPreview::Status::WillChange);
    report.add(QStringLiteral("bulk"),
               QStringLiteral("%1: preview of a regular-expression replace").arg(sized(assistants.size())), ms,
               QStringLiteral("ms"), kPreviewBudgetMs,
               QStringLiteral("%1 will change, %2 unchanged, %3 invalid")
                   .arg(changing)
                   .arg(result.count(BulkPreview::Status::Unchanged))
                   .arg(result.count(BulkPreview::Status::Invalid)));
    Bench::say(QStringLiteral("bulk: preview over %1 assistants: %2 ms (%3 will change)")
                   .arg(assistants.size())
                   .arg(ms, 0, 'f', 1)
                   .arg(changing));
}

bool waitForBatch(const BatchSave *batch, int timeoutMs)
{
    return Bench::waitUntil([batch] { return !batch->isRunning(); }, timeoutMs);
}

// The same one-field change for each of `assistants` (a new name), as BatchSave entries.
QList<BatchSave::Entry> renamed(const QList<Assistant> &assistants, const QString &tag)
{
    QList<BatchSave::Entry> entries;
    for (const Assistant &assistant : assistants) {
        Assistant edited = assistant;
        edited.setName(assistant.name() + u' ' + tag);
        entries.append({assistant, edited});
    }
    return entries;
}

// One batch run: its time, and the processor time each part used meanwhile.
struct BatchRun
{
    double ms = -1; // negative: an assistant was not saved
    double mainCpuMs = 0; // this thread: the batch's own work and Qt's reply handling
    double networkCpuMs = 0; // the rest of this process: Qt's network thread
    double serverCpuMs = -1; // revox-sandbox; -1 where /proc cannot tell
};

// Runs a batch to its end.
BatchRun runBatch(const SandboxProcess &sandbox, RevoxClient &client, const QList<BatchSave::Entry> &entries,
                  int concurrency, QString *error)
{
    BatchSave batch(&client, entries);
    batch.setConcurrency(concurrency);
    batch.setAccountSize(int(entries.size())); // as the window does: the table holds the account's assistants
    const double main = Bench::threadCpuMs();
    const double process = Bench::processCpuMs();
    const double server = sandbox.cpuMs();
    QElapsedTimer timer;
    timer.start();
    batch.start();
    BatchRun run;
    if (!waitForBatch(&batch, 600000)) {
        *error = QStringLiteral("the batch did not finish");
        return run;
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    run.mainCpuMs = Bench::threadCpuMs() - main;
    run.networkCpuMs = Bench::processCpuMs() - process - run.mainCpuMs;
    run.serverCpuMs = server < 0 ? -1 : sandbox.cpuMs() - server;
    if (batch.count(BatchSave::Status::Saved) != batch.total()) {
        for (const BatchSave::Result &result : batch.results()) {
            if (result.status != BatchSave::Status::Saved) {
                *error = QStringLiteral("%1: %2").arg(BatchSave::statusName(result.status), result.message);
                break;
            }
        }
        return run;
    }
    run.ms = ms;
    return run;
}

// The same PATCHes, one curl process after the other, as a script calling the API would send them.
double curlLoop(const SandboxProcess &sandbox, const QList<BatchSave::Entry> &entries, QString *error)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("edits.tsv")));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return -1;
    }
    for (const BatchSave::Entry &entry : entries)
        file.write(entry.base.id().toUtf8() + '\t' + AssistantPatch::between(entry.base, entry.edited).toJson() + '\n');
    file.close();
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
    shell.start(QStringLiteral("bash"), {QStringLiteral("-c"), loop, QStringLiteral("bench-curl"), file.fileName()});
    const bool finished = shell.waitForFinished(600000);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (!finished || shell.exitCode() != 0) {
        *error = QStringLiteral("the curl loop failed: %1").arg(QString::fromUtf8(shell.readAll()));
        return -1;
    }
    return ms;
}

void apply(const BenchOptions &options, BenchReport &report)
{
    SandboxProcess sandbox;
    QNetworkAccessManager network;
    RevoxClient client(&network);
    QString error;
    const int count = options.smoke ? 50 : kApplyCount;
    std::optional<QList<Assistant>> listed = Bench::startAndList(sandbox, count, client, &error);
    if (!listed) {
        report.fail(QStringLiteral("bulk"), error);
        return;
    }
    // Each run starts from the server's copies (listed again, untimed), so every save changes something.
    QList<double> byConcurrency;
    for (const int concurrency : {BatchSave::defaultConcurrency, BatchSave::maximumConcurrency}) {
        QList<double> times, mainCpu, networkCpu, serverCpu;
        for (int run = 0; run < std::max(1, options.runs / 2); ++run) {
            const Bench::CallOutcome again = Bench::finish(client.listAssistants());
            const BatchRun batch = runBatch(
                sandbox, client, renamed(again.assistants, QStringLiteral("r%1c%2").arg(run).arg(concurrency)),
                concurrency, &error);
            if (batch.ms < 0) {
                report.fail(QStringLiteral("bulk"), QStringLiteral("BatchSave: ") + error);
                return;
            }
            times.append(batch.ms);
            mainCpu.append(batch.mainCpuMs);
            networkCpu.append(batch.networkCpuMs);
            serverCpu.append(batch.serverCpuMs);
        }
        byConcurrency.append(Bench::median(times));
        // Where the two cores went: what would have to shrink for the batch to go faster.
        report.add(QStringLiteral("bulk"),
                   QStringLiteral("N=%1: apply one-field changes, %2 at once").arg(count).arg(concurrency),
                   Bench::median(times), QStringLiteral("ms"), std::nullopt,
                   QStringLiteral("BatchSave: one list read, then merge, PATCH, check; %1 req/s; processor time: "
                                  "this thread %2 ms, Qt's network thread %3 ms, the server %4 ms")
                       .arg((count + 1) / (Bench::median(times) / 1000), 0, 'f', 0)
                       .arg(Bench::median(mainCpu), 0, 'f', 0)
                       .arg(Bench::median(networkCpu), 0, 'f', 0)
                       .arg(Bench::median(serverCpu), 0, 'f', 0));
    }
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()) {
        report.add(QStringLiteral("bulk"), QStringLiteral("apply: sequential curl loop"), 0, QStringLiteral("ms"),
                   std::nullopt, QStringLiteral("skipped: curl is not installed"));
        return;
    }
    const Bench::CallOutcome again = Bench::finish(client.listAssistants());
    const double curlMs = curlLoop(sandbox, renamed(again.assistants, QStringLiteral("curl")), &error);
    if (curlMs < 0) {
        report.fail(QStringLiteral("bulk"), error);
        return;
    }
    report.add(QStringLiteral("bulk"), QStringLiteral("N=%1: the same PATCHes by a sequential curl loop").arg(count),
               curlMs, QStringLiteral("ms"), std::nullopt, QStringLiteral("PATCH only, no GET"));
    const double ratio = curlMs / byConcurrency.first();
    BenchFigure figure{QStringLiteral("bulk"),
                       QStringLiteral("N=%1: apply, %2 at once, × as fast as the curl loop")
                           .arg(count)
                           .arg(BatchSave::defaultConcurrency),
                       ratio,
                       QStringLiteral("×"),
                       kApplyRatioBudget,
                       true,
                       QStringLiteral("%1 at once: %2×")
                           .arg(BatchSave::maximumConcurrency)
                           .arg(curlMs / byConcurrency.last(), 0, 'f', 1)};
    report.add(figure);
    Bench::say(QStringLiteral("bulk: apply %1 changes: %2 ms (%3 at once), %4 ms (%5 at once); curl loop %6 ms; %7×")
                   .arg(count)
                   .arg(byConcurrency.first(), 0, 'f', 0)
                   .arg(BatchSave::defaultConcurrency)
                   .arg(byConcurrency.last(), 0, 'f', 0)
                   .arg(BatchSave::maximumConcurrency)
                   .arg(curlMs, 0, 'f', 0)
                   .arg(ratio, 0, 'f', 1));
}

// The real window on revox-sandbox (its own process, like a remote server): all rows selected, Edit Selected,
// a name transform, Preview, Apply; meanwhile a 2 ms timer measures how late the event loop answers.
void stalls(const BenchOptions &options, BenchReport &report)
{
    const int count = options.smoke ? 50 : kApplyCount;
    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start(count, &error)) {
        report.fail(QStringLiteral("bulk"), error);
        return;
    }
    BenchWindow bench(std::nullopt);
    const QString connection
        = bench.window()->addSessionConnection(QStringLiteral("Bench"), sandbox.baseUrl(), sandbox.apiKey());
    if (!bench.show() || !bench.load(connection)) {
        report.fail(QStringLiteral("bulk"), bench.error());
        return;
    }
    QTableView *table = bench.table();
    table->setFocus();
    table->selectAll();
    bench.window()->bulkActions()->editSelected();
    BulkEditDialog *dialog = bench.window()->bulkActions()->editDialog();
    if (!dialog) {
        report.fail(QStringLiteral("bulk"), QStringLiteral("the bulk editor did not open"));
        return;
    }
    BulkFieldPanel *name = dialog->editorPage()->showField(QStringLiteral("name"));
    auto *how = name->findChild<QComboBox *>(QStringLiteral("bulkOperation"));
    how->setCurrentIndex(how->findData(int(BulkOperation::Kind::AppendText)));
    QTest::keyClicks(name->findChild<QWidget *>(QStringLiteral("bulkKind:appendText"))
                         ->findChild<QPlainTextEdit *>(QStringLiteral("bulkText")),
                     QStringLiteral(" (bulk)"));
    dialog->findChild<QPushButton *>(QStringLiteral("bulkPreviewButton"))->click();
    if (!Bench::waitUntil([dialog, count] { return dialog->previewPage()->preview().size() == count; }, 120000)) {
        report.fail(QStringLiteral("bulk"), QStringLiteral("the preview did not come"));
        return;
    }
    QCoreApplication::processEvents();

    // Each tick: how late it came (wall), and how much of that the window's thread itself was running (its CPU
    // time): on a machine shared with other work the two tell our handlers apart from waiting for a core.
    QList<double> gaps;
    QList<double> busy;
    QElapsedTimer clock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(2);
    qint64 last = 0;
    double lastCpu = Bench::threadCpuMs();
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double cpu = Bench::threadCpuMs();
        gaps.append((now - last) / 1e6 - 2.0);
        busy.append(cpu - lastCpu);
        last = now;
        lastCpu = cpu;
    });
    clock.start();
    probe.start();
    dialog->findChild<QPushButton *>(QStringLiteral("bulkApply"))->click();
    const bool done = dialog->batch() && waitForBatch(dialog->batch(), 600000);
    const double total = clock.nsecsElapsed() / 1e6;
    probe.stop();
    if (!done || dialog->batch()->count(BatchSave::Status::Saved) != count) {
        report.fail(QStringLiteral("bulk"),
                    QStringLiteral("the window's apply saved %1 of %2")
                        .arg(dialog->batch() ? dialog->batch()->count(BatchSave::Status::Saved) : 0)
                        .arg(count));
        return;
    }
    qsizetype worst = 0;
    for (qsizetype i = 1; i < gaps.size(); ++i) {
        if (gaps.at(i) > gaps.at(worst))
            worst = i;
    }
    QList<double> sorted = gaps;
    std::sort(sorted.begin(), sorted.end());
    const double longest = sorted.isEmpty() ? 0 : sorted.last();
    const double p99 = sorted.isEmpty() ? 0 : sorted.at(qsizetype(0.99 * double(sorted.size() - 1)));
    const double longestBusy = busy.isEmpty() ? 0 : *std::max_element(busy.cbegin(), busy.cend());
    report.add(QStringLiteral("bulk"),
               QStringLiteral("N=%1: window, longest event-loop stall while applying").arg(count), longest,
               QStringLiteral("ms"), kStallBudgetMs,
               QStringLiteral("of which the window's thread ran %1 ms; 99th percentile %2 ms over %3 ticks; the apply "
                              "took %4 ms")
                   .arg(gaps.isEmpty() ? 0 : busy.at(worst), 0, 'f', 1)
                   .arg(p99, 0, 'f', 1)
                   .arg(gaps.size())
                   .arg(total, 0, 'f', 0));
    report.add(QStringLiteral("bulk"),
               QStringLiteral("N=%1: window, longest the window's thread ran between two ticks").arg(count),
               longestBusy, QStringLiteral("ms"), kStallBudgetMs,
               QStringLiteral("its own work, whatever else the machine ran"));
    Bench::say(QStringLiteral("bulk: window apply of %1: %2 ms, longest stall %3 ms, 99th percentile %4 ms")
                   .arg(count)
                   .arg(total, 0, 'f', 0)
                   .arg(longest, 0, 'f', 1)
                   .arg(p99, 0, 'f', 1));
}

} // namespace

void Benchmarks::bulk(const BenchOptions &options, BenchReport &report)
{
    QString error;
    const QByteArray bytes = Bench::sandboxListBytes(options.assistants, &error);
    std::optional<QList<AssistantSummary>> summaries
        = bytes.isEmpty() ? std::nullopt : AssistantJson::decodeAssistantList(bytes, &error);
    if (!summaries) {
        report.fail(QStringLiteral("bulk"), error);
        return;
    }
    find(options, *summaries, report);
    preview(options, *summaries, report);
    apply(options, report);
    stalls(options, report);
}
