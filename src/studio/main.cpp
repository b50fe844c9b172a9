// SPDX-License-Identifier: GPL-3.0-or-later
// Revox Studio: creates and wires the objects, nothing more.
#include "core/ClientSettings.h"
#include "core/CrashPrivacy.h"
#include "core/DraftStore.h"
#include "core/LanguageSetup.h"
#include "core/RevoxClient.h"
#include "core/SecretSealer.h"
#include "core/SettingsFile.h"
#include "journal/JournalStore.h"
#include "keychain/KeychainSecretStore.h"
#include "sandbox/SandboxThread.h"
#include "ui/FirstPaintWatcher.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFontDatabase>
#include <QIcon>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <memory>

namespace {

struct Options
{
    QCommandLineOption baseUrl{QStringLiteral("base-url"),
                               QApplication::translate("main",
                                                       "Connect to this API base URL (default: "
                                                       "REVOX_BASE_URL, else %1).")
                                   .arg(RevoxClient::defaultBaseUrl().toString()),
                               QStringLiteral("url")};
    QCommandLineOption sandboxData{
        QStringLiteral("sandbox-data"),
        QApplication::translate("main", "Keep the built-in sandbox's data in this SQLite file."),
        QStringLiteral("file")};
    QCommandLineOption sandbox{QStringLiteral("sandbox"),
                               QApplication::translate("main", "Start on the sandbox, whatever is configured.")};
    QCommandLineOption smokeTest{QStringLiteral("smoke-test"),
                                 QApplication::translate("main",
                                                         "Start on the sandbox, print how many assistants it lists, "
                                                         "then quit (exit status 0 when the list loaded and is not "
                                                         "empty).")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QApplication::translate("main",
                                    "Desktop editor for Revox voice-AI assistants. Without an API key "
                                    "(REVOX_API_KEY or a saved connection) it works on a built-in sandbox."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({baseUrl, sandboxData, sandbox, smokeTest});
    }
};

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Revox"));
    QCoreApplication::setApplicationName(QStringLiteral("Revox Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REVOX_VERSION));
}

// --help and --version must work without a display (in scripts, over ssh): answer them before a
// QApplication tries to reach one.
bool asksForInformationOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

// Fills two process-wide caches on another core while this thread builds the window, which soon needs
// both: the font database (fontconfig reads and parses its configuration first) and Qt's image plugins
// (the menu bar's first icon has QImageReader load every one of them, whatever the file's format).
// QFontDatabase is thread-safe, QImageReader reentrant and its plugin loader locked.
void warmUpInBackground()
{
    QThreadPool::globalInstance()->start([] {
        QFontDatabase::families();
        QImageReader::supportedImageFormats();
    });
}

// --smoke-test: once the window shows the sandbox's list, prints how many assistants it lists and quits; what
// the window says about the app's own files (a file set aside, settings that cannot be saved) goes to stderr.
// "Shows" means painted (FirstPaintWatcher's rule, which bench-bare-window follows too): revox-bench times
// start-up up to this line.
class SmokeTest : public QObject
{
public:
    explicit SmokeTest(MainWindow *window)
        : m_firstPaint(window, [this] { report(); })
    {
        QObject::connect(window, &MainWindow::loadFinished, this, [this, window](int count) {
            for (const QString &note : window->fileNotes())
                QTextStream(stderr) << note << '\n';
            m_count = count;
            if (count > 0)
                m_firstPaint.arm(); // the paint that shows the rows reports
            else
                report();
        });
    }

private:
    void report()
    {
        QTextStream(stdout) << QApplication::translate("main", "%n assistant(s) listed.", nullptr, m_count) << '\n';
        std::fflush(stdout); // now, not at exit: the benchmark's clock stops on this line
        QApplication::exit(m_count > 0 ? 0 : 1);
    }

    FirstPaintWatcher m_firstPaint;
    int m_count = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    if (asksForInformationOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        LanguageSetup language;
        language.install(QSettings());
        QCommandLineParser parser;
        Options().addTo(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    CrashPrivacy::keepMemoryOutOfCrashDumps(); // before any key or credential is in memory
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("com.getrevox.RevoxStudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/revox-studio.svg")));
    // The system's language, or the one View ▸ Language chose: before any text is made (settings that cannot be
    // read hold no choice: the system's, and the window says what became of them).
    LanguageSetup language;
    language.install(QSettings());

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app); // exits on a bad option: nothing may run on another thread yet
    warmUpInBackground();

    // The embedded default: a Revox-compatible server on loopback, its data in the user's data directory.
    // It starts on its own thread while this one builds the window.
    SandboxServer::Options sandboxOptions;
    sandboxOptions.dataPath = parser.value(options.sandboxData);
    if (sandboxOptions.dataPath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        sandboxOptions.dataPath = dir + QStringLiteral("/sandbox.sqlite");
    }
    sandboxOptions.apiKey = QUuid::createUuid().toString(QUuid::WithoutBraces); // this session's only
    // A damaged file never blocks the app: it is kept aside and the window says so (SandboxRecovery).
    sandboxOptions.badData = SandboxServer::Options::BadData::MoveAside;
    sandboxOptions.memoryWhenUnusable = true;
    SandboxThread sandbox;
    sandbox.start(sandboxOptions);

    QNetworkAccessManager network;
    RevoxClient client(&network);
    KeychainSecretStore secrets(QStringLiteral("Revox Studio"));
    // Settings Qt cannot read are set aside and the app starts from the defaults; the window says so.
    const SettingsFile settingsFile;
    QSettings &settings = settingsFile.settings();

    // The keys for tool credentials in drafts come from the keychain; drafts of earlier versions are
    // rewritten without their secrets once it answered.
    SecretSealer sealer(&secrets);
    DraftStore drafts(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts"),
                      &sealer);
    // Every write to a server, kept per connection (issue 13). A journal file that cannot be used is set aside
    // and a new one started; the window says so.
    JournalStore journal(JournalStore::defaultPath(), &sealer);
    journal.open();
    MainWindow window(&client, &secrets, &settings, &drafts, SandboxEndpoint());
    window.setJournal(&journal);
    SandboxEndpoint endpoint;
    if (sandbox.waitForStarted(&endpoint.startError)) {
        endpoint.baseUrl = sandbox.baseUrl();
        endpoint.apiKey = sandbox.apiKey();
    }
    endpoint.recovery = sandbox.recovery().message();
    window.setSandboxEndpoint(endpoint);
    window.addFileNote(settingsFile.note());
    const ClientSettings environment = ClientSettings::resolve(QUrl(parser.value(options.baseUrl)), QString());
    QString connection = window.connections().currentId();
    if (parser.isSet(options.sandbox) || parser.isSet(options.smokeTest)) {
        connection = ConnectionProfile::sandboxId();
    } else if (!environment.apiKey().isEmpty() || parser.isSet(options.baseUrl)) {
        const QString name = environment.apiKey().isEmpty()
            ? QApplication::translate("main", "Command line")
            : QApplication::translate("main", "Environment (REVOX_API_KEY)");
        connection = window.addSessionConnection(name, environment.baseUrl(), environment.apiKey());
    }
    std::unique_ptr<SmokeTest> smokeTest;
    if (parser.isSet(options.smokeTest)) {
        if (endpoint.baseUrl.isEmpty()) {
            QTextStream(stderr)
                << QApplication::translate("main", "The built-in sandbox could not start: %1").arg(endpoint.startError)
                << '\n';
            return 1;
        }
        smokeTest = std::make_unique<SmokeTest>(&window);
        QTimer::singleShot(30000, &app, [] {
            QTextStream(stderr) << QApplication::translate("main", "No answer from the sandbox within 30 s.") << '\n';
            QApplication::exit(2);
        });
    }
    window.activateConnection(connection); // its list request is under way while the window shows
    window.show();
    return app.exec();
}
