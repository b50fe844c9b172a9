// SPDX-License-Identifier: GPL-3.0-or-later
// startup, as issue #8 defines it: from process start to the main window shown with the sandbox's sample
// data, as a ratio to a bare QMainWindow program built in the same tree (budget 2×).
//
// Both programs are timed the same way: from QProcess::start() to the moment their first line arrives on
// stdout, which each prints right after the paint that shows what it is meant to show (a queued call after
// the first paint event that follows "ready", so that the paint and the backing store's flush are done):
// - `revox-studio --smoke-test`: ready = the sandbox's sample list is loaded into the table;
// - bench-bare-window: ready = its empty QMainWindow (the app's default size) is shown;
// - bench-bare-window --table: ready = the same window with menus, tool bar, status bar and a 12-row table
//   of text is shown. Not part of the budget: it shows what Qt alone needs to paint a window with a list,
//   the floor under any program the budget could apply to.
// Exiting and tearing down are not timed (revox-studio's exit stops its sandbox thread and closes SQLite);
// the exit status is still checked. Both run offscreen, each in a private home so no user setting or
// keychain is read, alternated, and the medians are compared.
#include "BenchReport.h"
#include "BenchSupport.h"
#include "Benchmarks.h"

#include "core/DraftStore.h"
#include "core/RevoxClient.h"
#include "core/SecretSealer.h"
#include "core/SecretStore.h"
#include "sandbox/SandboxThread.h"
#include "ui/FirstPaintWatcher.h"
#include "ui/MainWindow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>

namespace {

constexpr double kRatioBudget = 2;

struct Launch
{
    double ms = 0;
    bool ok = false;
    QString output;
};

Launch launch(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    Launch result;
    bool ready = false;
    while (!ready && process.waitForReadyRead(60000))
        ready = process.canReadLine();
    result.ms = timer.nsecsElapsed() / 1e6;
    const bool finished = process.waitForFinished(60000);
    result.ok = ready && finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    result.output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (!result.ok)
        result.output += u' ' + QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (!finished)
        process.kill();
    return result;
}

} // namespace

void Benchmarks::startup(const BenchOptions &options, BenchReport &report)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.qpa.*=false"));
    environment.remove(QStringLiteral("REVOX_API_KEY"));
    environment.remove(QStringLiteral("REVOX_BASE_URL"));
    const QString studio = QStringLiteral(REVOX_STUDIO_EXE);
    const QStringList studioArguments = {QStringLiteral("--smoke-test"), QStringLiteral("--sandbox-data"),
                                         home.filePath(QStringLiteral("sandbox.sqlite"))};
    const QString bare = QStringLiteral(BENCH_BARE_WINDOW_EXE);

    // The first start writes the sample data into the new file; later ones read it, as a user's would.
    // It also warms the page cache for both programs and Qt's libraries.
    for (const auto &[program, arguments] : {std::pair{studio, studioArguments}, std::pair{bare, QStringList()}}) {
        const Launch warm = launch(program, arguments, environment);
        if (!warm.ok) {
            report.fail(QStringLiteral("startup"), QStringLiteral("%1 failed: %2").arg(program, warm.output));
            return;
        }
    }
    QList<double> studioTimes;
    QList<double> bareTimes;
    QList<double> tableTimes;
    QString listed;
    const QStringList tableArguments = {QStringLiteral("--table")};
    const int runs = std::max(options.runs, 3);
    for (int run = 0; run < runs; ++run) {
        // Alternated, so a burst of load from elsewhere hits all alike.
        const Launch app = launch(studio, studioArguments, environment);
        const Launch window = launch(bare, {}, environment);
        const Launch table = launch(bare, tableArguments, environment);
        for (const Launch *one : {&app, &window, &table}) {
            if (!one->ok) {
                report.fail(QStringLiteral("startup"), one->output);
                return;
            }
        }
        studioTimes.append(app.ms);
        bareTimes.append(window.ms);
        tableTimes.append(table.ms);
        listed = app.output;
    }
    const double app = Bench::median(studioTimes);
    const double window = Bench::median(bareTimes);
    const double table = Bench::median(tableTimes);
    Bench::say(QStringLiteral("startup: revox-studio --smoke-test %1 ms (%2), bare QMainWindow %3 ms, ratio %4")
                   .arg(app, 0, 'f', 1)
                   .arg(listed)
                   .arg(window, 0, 'f', 1)
                   .arg(app / window, 0, 'f', 2));
    report.add(QStringLiteral("startup"), QStringLiteral("revox-studio --smoke-test, start → list painted"), app,
               QStringLiteral("ms"), std::nullopt, listed);
    report.add(QStringLiteral("startup"), QStringLiteral("bench-bare-window, start → window painted"), window,
               QStringLiteral("ms"));
    report.add(QStringLiteral("startup"), QStringLiteral("ratio to a bare QMainWindow"), app / window,
               QStringLiteral("×"), kRatioBudget);
    report.add(QStringLiteral("startup"), QStringLiteral("reference: bench-bare-window --table, start → painted"),
               table, QStringLiteral("ms"), std::nullopt,
               QStringLiteral("menus, tool bar, status bar, 12 × 9 table of text; Qt alone"));
    report.add(QStringLiteral("startup"), QStringLiteral("reference: that window's ratio to the bare one"),
               table / window, QStringLiteral("×"), std::nullopt, QStringLiteral("the floor under the budget"));

    // Where the time goes: the steps of src/studio/main.cpp once, in this process (its Qt libraries and platform
    // plugin are loaded already, as they are in revox-studio by then), on the sample data written above.
    // The sandbox is waited for at once here, to show its cost; revox-studio builds the window meanwhile.
    QList<std::pair<QString, double>> steps;
    QElapsedTimer step;
    step.start();
    const auto lap = [&](const QString &name) {
        steps.append({name, step.nsecsElapsed() / 1e6});
        step.restart();
    };
    SandboxThread sandbox;
    SandboxServer::Options sandboxOptions;
    sandboxOptions.dataPath = home.filePath(QStringLiteral("sandbox.sqlite"));
    sandbox.start(sandboxOptions);
    QString error;
    if (!sandbox.waitForStarted(&error)) {
        report.fail(QStringLiteral("startup"), error);
        return;
    }
    lap(QStringLiteral("sandbox start, on its thread"));
    QNetworkAccessManager network;
    RevoxClient client(&network);
    MemorySecretStore secrets;
    QSettings settings(home.filePath(QStringLiteral("phases.ini")), QSettings::IniFormat);
    SecretSealer sealer(&secrets);
    DraftStore drafts(home.filePath(QStringLiteral("drafts")), &sealer);
    MainWindow main(&client, &secrets, &settings, &drafts, SandboxEndpoint());
    lap(QStringLiteral("main window built"));
    main.setSandboxEndpoint({sandbox.baseUrl(), sandbox.apiKey(), QString()});
    bool painted = false;
    FirstPaintWatcher firstPaint(&main, [&painted] { painted = true; });
    int loaded = -2;
    QObject::connect(&main, &MainWindow::loadFinished, &main, [&](int count) {
        loaded = count;
        firstPaint.arm();
    });
    main.activateConnection(ConnectionProfile::sandboxId());
    main.show();
    lap(QStringLiteral("list requested, window shown"));
    if (!Bench::waitUntil([&] { return loaded != -2 && (loaded <= 0 || painted); }, 30000) || loaded <= 0) {
        report.fail(QStringLiteral("startup"), QStringLiteral("the sample list did not load in process"));
        return;
    }
    lap(QStringLiteral("list loaded and painted"));
    QStringList parts;
    for (const auto &[name, ms] : steps) {
        parts.append(QStringLiteral("%1 %2 ms").arg(name).arg(ms, 0, 'f', 1));
        report.add(QStringLiteral("startup"), QStringLiteral("in process, once: ") + name, ms, QStringLiteral("ms"));
    }
    Bench::say(QStringLiteral("startup, in process: %1").arg(parts.join(QStringLiteral(", "))));
}
