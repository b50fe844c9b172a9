// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 6, "never lose an edit, never overwrite a colleague": every way a request can go wrong on the wire,
// played by the sandbox against the real window, for the three things a user sends: loading the list (F5),
// saving an editor, and creating an assistant. After each: the user's input is intact, nothing was created
// twice, the message says what happened and what to do, and once the fault is gone the retry succeeds and the
// server holds the edit exactly once.
#include "core/AssistantPatch.h"
#include "core/AssistantProxyModel.h"
#include "core/AssistantTableModel.h"
#include "core/DraftStore.h"
#include "core/RevoxClient.h"
#include "core/SecretStore.h"
#include "sandbox/SandboxServer.h"
#include "ui/Banner.h"
#include "ui/MainWindow.h"
#include "ui/NewAssistantDialog.h"
#include "ui/editor/AssistantEditor.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

using namespace std::chrono_literals;
using Kind = SandboxFault::Kind;

namespace {

// Short enough for the whole suite to run in a few minutes, long enough for a loaded machine.
constexpr std::chrono::milliseconds kTransfer = 1000ms;
constexpr std::chrono::milliseconds kShortTransfer = 500ms; // below the 900 ms stalls
constexpr std::chrono::milliseconds kDeadline = 3000ms;
constexpr int kWaitMs = 15000;
constexpr qint64 kSmallMaxResponse = 1024 * 1024;

enum class Operation { List, Save, Create };

enum class Setup {
    Fault, // the sandbox plays `fault` on the operation's request
    ServerDown, // the sandbox stops, so its port refuses connections; it comes back on the same port
    DeletedElsewhere, // save: a colleague deletes the assistant first; the other operations play `fault`
};

// What one operation meets under a scenario.
struct Expectation
{
    bool fails = true;
    QStringList words; // regular expressions the message must all match, case-insensitive
};

struct Scenario
{
    QString name;
    Setup setup = Setup::Fault;
    SandboxFault fault;
    bool applied = false; // the sandbox applies the request before it spoils the answer
    std::chrono::milliseconds transfer = kTransfer;
    qint64 maxResponse = RevoxClient::defaultMaxResponseSize;
    bool httpDate = false; // Retry-After as an HTTP date two seconds ahead, made when the fault is armed
    bool otherOrigin = false; // Redirect to a second sandbox, which must receive nothing
    Expectation list;
    Expectation save;
    Expectation create;
};

SandboxFault fault(Kind kind, int status = 0, int delayMs = 0)
{
    SandboxFault result;
    result.kind = kind;
    result.status = status;
    result.delayMs = delayMs;
    result.times = -1; // until cleared: retries and Qt's own silent re-sends meet it as well
    return result;
}

SandboxFault withRetryAfter(SandboxFault fault, const QString &retryAfter)
{
    fault.retryAfter = retryAfter;
    return fault;
}

SandboxFault withSize(SandboxFault fault, qint64 size)
{
    fault.size = size;
    return fault;
}

SandboxFault withBody(SandboxFault fault, const QByteArray &body)
{
    fault.body = body;
    return fault;
}

SandboxFault once(SandboxFault fault)
{
    fault.times = 1;
    return fault;
}

Expectation fails(const QStringList &words)
{
    return {true, words};
}

Expectation succeeds()
{
    return {false, {}};
}

// Every scenario, for every operation. Words are what a user needs to read: what happened, what to do.
const QList<Scenario> &scenarios()
{
    static const QList<Scenario> list = [] {
        QList<Scenario> all;
        const QStringList timedOut{QStringLiteral("did not answer"), QStringLiteral("try again")};
        const QStringList cutShort{QStringLiteral("connection was closed|closed the connection"),
                                   QStringLiteral("try again")};
        const QStringList unreadable{QStringLiteral("could not be understood"), QStringLiteral("Connections")};
        const QStringList rateLimited{QStringLiteral("too many requests"), QStringLiteral("wait")};
        const QStringList conflict{QStringLiteral("changed elsewhere")};
        const QStringList serverWords{QStringLiteral("Injected sandbox failure")};
        const QStringList address{QStringLiteral("address|Connections")};

        all.append({.name = QStringLiteral("refused"),
                    .setup = Setup::ServerDown,
                    .list = fails({QStringLiteral("refused"), QStringLiteral("try again")}),
                    .save = fails({QStringLiteral("refused"), QStringLiteral("try again")}),
                    .create = fails({QStringLiteral("refused"), QStringLiteral("try again")})});
        all.append({.name = QStringLiteral("stall before headers"),
                    .fault = fault(Kind::StallBeforeHeaders, 0, 900),
                    .applied = true,
                    .transfer = kShortTransfer,
                    .list = fails(timedOut),
                    .save = fails(timedOut),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("stall mid-body, within the timeout"),
                    .fault = fault(Kind::StallMidBody, 0, 400),
                    .applied = true,
                    .list = succeeds(),
                    .save = succeeds(),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("stall mid-body, past the timeout"),
                    .fault = fault(Kind::StallMidBody, 0, 900),
                    .applied = true,
                    .transfer = kShortTransfer,
                    .list = fails(timedOut),
                    .save = fails(timedOut),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("slow body, within the deadline"),
                    .fault = withSize(fault(Kind::SlowBody, 0, 25), 2048),
                    .applied = true,
                    .list = succeeds(),
                    .save = succeeds(),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("slow body, past the deadline"),
                    .fault = withSize(fault(Kind::SlowBody, 0, 250), 64),
                    .applied = true,
                    .list = fails({QStringLiteral("did not answer within"), QStringLiteral("try again")}),
                    .save = fails({QStringLiteral("did not answer within"), QStringLiteral("try again")}),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("slow answer (delay)"),
                    .fault = fault(Kind::Delay, 0, 300),
                    .applied = true,
                    .list = succeeds(),
                    .save = succeeds(),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("drop before the answer"),
                    .fault = fault(Kind::Drop),
                    .list = fails(cutShort),
                    .save = fails(cutShort),
                    .create = fails(cutShort)});
        all.append({.name = QStringLiteral("reset during the answer"),
                    .fault = fault(Kind::Reset),
                    .applied = true,
                    .list = fails(cutShort),
                    .save = fails(cutShort),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("truncated JSON"),
                    .fault = fault(Kind::Truncate),
                    .applied = true,
                    .list = fails(cutShort),
                    .save = fails(cutShort),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("malformed JSON"),
                    .fault = fault(Kind::MalformedJson),
                    .applied = true,
                    .list = fails(unreadable),
                    .save = fails(unreadable),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("HTML 502 page"),
                    .fault = fault(Kind::HtmlError, 502),
                    .list = fails({QStringLiteral("502"), QStringLiteral("try again")}),
                    .save = fails({QStringLiteral("502"), QStringLiteral("try again")}),
                    .create = fails({QStringLiteral("502"), QStringLiteral("try again")})});
        all.append({.name = QStringLiteral("wrong content type"),
                    .fault = fault(Kind::WrongContentType),
                    .applied = true,
                    .list = fails(unreadable + QStringList{QStringLiteral("text/plain")}),
                    .save = fails(unreadable + QStringList{QStringLiteral("text/plain")}),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("429, Retry-After in seconds"),
                    .fault = withRetryAfter(fault(Kind::RateLimit), QStringLiteral("1")),
                    .list = fails(rateLimited),
                    .save = fails(rateLimited),
                    .create = fails(rateLimited + QStringList{QStringLiteral("1 second")})});
        all.append({.name = QStringLiteral("429, Retry-After as an HTTP date"),
                    .fault = fault(Kind::RateLimit),
                    .httpDate = true,
                    .list = fails(rateLimited),
                    .save = fails(rateLimited),
                    .create = fails(rateLimited + QStringList{QStringLiteral("[12] seconds?")})});
        all.append({.name = QStringLiteral("500"),
                    .fault = fault(Kind::Status, 500),
                    .list = fails({QStringLiteral("500"), QStringLiteral("try again")}),
                    .save = fails({QStringLiteral("500"), QStringLiteral("try again")}),
                    .create = fails({QStringLiteral("500"), QStringLiteral("try again")})});
        all.append({.name = QStringLiteral("503 with Retry-After"),
                    .fault = withRetryAfter(fault(Kind::Status, 503), QStringLiteral("1")),
                    .list = fails({QStringLiteral("503"), QStringLiteral("try again")}),
                    .save = fails({QStringLiteral("503"), QStringLiteral("try again")}),
                    .create = fails({QStringLiteral("503"), QStringLiteral("try again")})});
        all.append({.name = QStringLiteral("401"),
                    .fault = fault(Kind::Status, 401),
                    .list = fails({QStringLiteral("key"), QStringLiteral("Connections")}),
                    .save = fails({QStringLiteral("key"), QStringLiteral("Connections")}),
                    .create = fails({QStringLiteral("key"), QStringLiteral("Connections")})});
        all.append({.name = QStringLiteral("404, deleted elsewhere"),
                    .setup = Setup::DeletedElsewhere,
                    .fault = fault(Kind::Status, 404),
                    .list = fails(address),
                    .save = fails({QStringLiteral("deleted")}),
                    .create = fails(address)});
        all.append({.name = QStringLiteral("409"),
                    .fault = fault(Kind::Status, 409),
                    .list = fails(serverWords),
                    .save = fails(conflict),
                    .create = fails(serverWords)});
        all.append({.name = QStringLiteral("412"),
                    .fault = fault(Kind::Status, 412),
                    .list = fails(serverWords),
                    .save = fails(conflict),
                    .create = fails(serverWords)});
        // One 412 is what a colleague's save between our read and our write looks like: read, merge, save again.
        all.append({.name = QStringLiteral("412 once"),
                    .fault = once(fault(Kind::Status, 412)),
                    .list = fails(serverWords),
                    .save = succeeds(),
                    .create = fails(serverWords)});
        all.append(
            {.name = QStringLiteral("422 with field errors"),
             .fault = withBody(fault(Kind::Status, 422),
                               R"({"message":"Validation failed","errors":[{"field":"name","message":"is taken"}]})"),
             .list = fails({QStringLiteral("rejected"), QStringLiteral("is taken")}),
             .save = fails({QStringLiteral("rejected"), QStringLiteral("is taken")}),
             .create = fails({QStringLiteral("rejected"), QStringLiteral("name"), QStringLiteral("is taken")})});
        all.append({.name = QStringLiteral("redirect to another origin"),
                    .fault = fault(Kind::Redirect, 307),
                    .otherOrigin = true,
                    .list = fails({QStringLiteral("another server"), QStringLiteral("Connections")}),
                    .save = fails({QStringLiteral("another server"), QStringLiteral("Connections")}),
                    .create = fails({QStringLiteral("another server"), QStringLiteral("Connections")})});
        all.append({.name = QStringLiteral("oversized body"),
                    .fault = withSize(fault(Kind::Oversized), 4 * kSmallMaxResponse),
                    .maxResponse = kSmallMaxResponse,
                    .list = fails({QStringLiteral("larger than"), QStringLiteral("Connections")}),
                    .save = fails({QStringLiteral("larger than"), QStringLiteral("Connections")}),
                    .create = fails({QStringLiteral("larger than"), QStringLiteral("Connections")})});
        return all;
    }();
    return list;
}

// The first of `words` that `text` lacks, or an empty string.
QString missingWord(const QString &text, const QStringList &words)
{
    for (const QString &word : words) {
        if (!QRegularExpression(word, QRegularExpression::CaseInsensitiveOption).match(text).hasMatch())
            return word;
    }
    return {};
}

QString httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
}

// A call's outcome, copied out before the call deletes itself.
struct Outcome
{
    bool finished = false;
    bool ok = false;
    ApiError error;
    QList<Assistant> assistants;
    Assistant assistant;
};

Outcome await(RevoxCall *call)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(call, &RevoxCall::finished, call, [call, outcome] {
        outcome->finished = true;
        outcome->ok = call->succeeded();
        outcome->error = call->error();
        outcome->assistants = call->assistants();
        outcome->assistant = call->assistant();
    });
    if (!QTest::qWaitFor([outcome] { return outcome->finished; }, kWaitMs))
        call->abort();
    return *outcome;
}

} // namespace

class TestFaultSuite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadList_data() { addScenarioRows(); }
    void loadList();
    void saveEditor_data() { addScenarioRows(); }
    void saveEditor();
    void create_data() { addScenarioRows(); }
    void create();

    void refusedProfileShowsNoForeignRows();
    void colleagueChangeOfAnotherFieldIsTakenIn();
    void colleagueChangeOfTheSameFieldIsNotOverwritten();

private:
    static void addScenarioRows();
    void arm(const Scenario &scenario, Operation operation, const QString &assistantId);
    void disarm();

    Banner *errorBanner() const { return m_window->findChild<Banner *>(QStringLiteral("errorBanner")); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QStringList tableIds() const;
    AssistantEditor *openEditorOnFirstRow();
    void editNameAndPrompt(AssistantEditor *editor, const QString &name, const QString &promptSuffix);
    std::optional<Draft> draftOf(const QString &assistantId) const;

    // The server's state, read through a second client (a colleague's app). Faults must be cleared.
    QList<Assistant> serverAssistants();
    std::optional<Assistant> serverAssistant(const QString &id);
    qsizetype countNamed(const QString &name);
    qsizetype createRequests() const;

    void watchDialogs();

    std::unique_ptr<QTemporaryDir> m_dir;
    SandboxServer::Options m_sandboxOptions;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SandboxServer> m_elsewhere; // the other origin of a redirect
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RevoxClient> m_client;
    std::unique_ptr<QNetworkAccessManager> m_colleagueNetwork;
    std::unique_ptr<RevoxClient> m_colleague;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<MainWindow> m_window;

    // Modal dialogs nobody expected would block the test forever: they are recorded and rejected.
    QTimer m_dialogWatch;
    std::function<bool(QDialog *)> m_dialogHandler; // true: it handled the dialog
    QStringList m_unexpectedDialogs;
};

void TestFaultSuite::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dialogWatch.setInterval(50);
    connect(&m_dialogWatch, &QTimer::timeout, this, &TestFaultSuite::watchDialogs);
}

void TestFaultSuite::watchDialogs()
{
    auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
    if (!dialog || qobject_cast<NewAssistantDialog *>(dialog) || !dialog->isVisible())
        return;
    if (m_dialogHandler && m_dialogHandler(dialog))
        return;
    m_unexpectedDialogs.append(
        QStringLiteral("%1 “%2”").arg(QLatin1String(dialog->metaObject()->className()), dialog->windowTitle()));
    dialog->reject();
}

void TestFaultSuite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sandboxOptions = {};
    m_sandboxOptions.dataPath = m_dir->filePath(QStringLiteral("sandbox.sqlite")); // survives a stop and start
    m_sandbox = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_sandbox->start(m_sandboxOptions, &error), qPrintable(error));
    m_sandboxOptions.port = m_sandbox->port(); // a restart comes back where the window looks

    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings->setValue(QStringLiteral("editor/skipReview"), true);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<RevoxClient>(m_network.get());
    m_client->setTimeouts(kTransfer, kDeadline);
    m_colleagueNetwork = std::make_unique<QNetworkAccessManager>();
    m_colleague = std::make_unique<RevoxClient>(m_colleagueNetwork.get());
    QVERIFY(m_colleague->setBaseUrl(m_sandbox->baseUrl()));
    m_colleague->setApiKey(m_sandbox->apiKey());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_drafts = std::make_unique<DraftStore>(m_dir->filePath(QStringLiteral("drafts")));
    m_window = std::make_unique<MainWindow>(m_client.get(), m_secrets.get(), m_settings.get(), m_drafts.get(),
                                            SandboxEndpoint{m_sandbox->baseUrl(), m_sandbox->apiKey(), QString()});
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // F5 is a shortcut: it needs an active window
    m_unexpectedDialogs.clear();
    m_dialogHandler = nullptr;
    m_dialogWatch.start();

    QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
    m_window->activateConnection(ConnectionProfile::sandboxId());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWaitMs);
    QVERIFY(loaded.first().first().toInt() >= 10);
    // The voice catalogue follows the list; once it arrived, every later request is the test's.
    const auto voicesAsked = [this] {
        const QList<SandboxRequestRecord> requests = m_sandbox->requests();
        return std::any_of(requests.begin(), requests.end(),
                           [](const SandboxRequestRecord &r) { return r.path == u"/api/voices"; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(voicesAsked(), kWaitMs);
    QTest::qWait(20);
}

void TestFaultSuite::cleanup()
{
    m_dialogWatch.stop();
    const QStringList unexpected = m_unexpectedDialogs;
    m_dialogHandler = nullptr;
    m_window.reset();
    m_client.reset();
    m_network.reset();
    m_colleague.reset();
    m_colleagueNetwork.reset();
    m_drafts.reset();
    m_secrets.reset();
    m_settings.reset();
    m_elsewhere.reset();
    m_sandbox.reset();
    m_dir.reset();
    QVERIFY2(unexpected.isEmpty(), qPrintable(QStringLiteral("unexpected dialogs: ") + unexpected.join(u", ")));
}

void TestFaultSuite::addScenarioRows()
{
    QTest::addColumn<int>("index");
    const QList<Scenario> &all = scenarios();
    for (int index = 0; index < all.size(); ++index)
        QTest::newRow(qPrintable(all.at(index).name)) << index;
}

void TestFaultSuite::arm(const Scenario &scenario, Operation operation, const QString &assistantId)
{
    m_client->setTimeouts(scenario.transfer, kDeadline);
    m_client->setMaxResponseSize(scenario.maxResponse);
    if (scenario.setup == Setup::ServerDown) {
        m_sandbox->stop();
        return;
    }
    if (scenario.setup == Setup::DeletedElsewhere && operation == Operation::Save) {
        const Outcome deleted = await(m_colleague->deleteAssistant(assistantId));
        QVERIFY2(deleted.ok, qPrintable(deleted.error.message()));
        return;
    }
    SandboxFault fault = scenario.fault;
    switch (operation) {
    case Operation::List:
        fault.method = QStringLiteral("GET");
        fault.pathPattern = QStringLiteral("^/api/assistants$");
        break;
    case Operation::Save:
        fault.method = QStringLiteral("PATCH");
        fault.pathPattern = QStringLiteral("^/api/assistants/[^/]+$");
        break;
    case Operation::Create:
        fault.method = QStringLiteral("POST");
        fault.pathPattern = QStringLiteral("^/api/assistants$");
        break;
    }
    if (scenario.httpDate)
        fault.retryAfter = httpDate(QDateTime::currentDateTimeUtc().addSecs(2));
    if (scenario.otherOrigin) {
        m_elsewhere = std::make_unique<SandboxServer>();
        SandboxServer::Options options;
        options.apiKey = m_sandbox->apiKey(); // it would accept the key: so it must never see it
        QVERIFY(m_elsewhere->start(options));
        QUrl location = m_elsewhere->baseUrl();
        location.setPath(operation == Operation::Save ? QStringLiteral("/api/assistants/") + assistantId
                                                      : QStringLiteral("/api/assistants"));
        fault.location = location;
    }
    m_sandbox->addFault(fault);
}

void TestFaultSuite::disarm()
{
    m_client->setTimeouts(kTransfer, kDeadline);
    m_client->setMaxResponseSize(RevoxClient::defaultMaxResponseSize);
    m_sandbox->clearFaults();
    if (!m_sandbox->isRunning()) {
        QString error;
        QVERIFY2(m_sandbox->start(m_sandboxOptions, &error), qPrintable(error));
    }
}

QStringList TestFaultSuite::tableIds() const
{
    QStringList ids;
    for (int row = 0; row < m_window->proxy()->rowCount(); ++row)
        ids.append(m_window->proxy()->index(row, 0).data(AssistantTableModel::IdRole).toString());
    return ids;
}

AssistantEditor *TestFaultSuite::openEditorOnFirstRow()
{
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("assistantTable"));
    table->selectRow(0);
    const QString id = m_window->proxy()->index(0, 0).data(AssistantTableModel::IdRole).toString();
    action("actionOpen")->trigger();
    return m_window->findChild<AssistantEditor *>(QStringLiteral("editor:%1").arg(id));
}

void TestFaultSuite::editNameAndPrompt(AssistantEditor *editor, const QString &name, const QString &promptSuffix)
{
    auto *nameEdit = editor->findChild<QLineEdit *>(QStringLiteral("name"));
    auto *prompt = editor->findChild<QPlainTextEdit *>(QStringLiteral("prompt"));
    QVERIFY(nameEdit && prompt);
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, name);
    prompt->moveCursor(QTextCursor::End);
    QTest::keyClicks(prompt, promptSuffix);
    QVERIFY(editor->isModified());
}

std::optional<Draft> TestFaultSuite::draftOf(const QString &assistantId) const
{
    // A store of its own: what is on disk, not what the window's instance may cache.
    return DraftStore(m_drafts->directory()).load(ConnectionProfile::sandboxId(), assistantId);
}

QList<Assistant> TestFaultSuite::serverAssistants()
{
    const Outcome outcome = await(m_colleague->listAssistants());
    if (!outcome.ok)
        qWarning("the colleague's list failed: %s", qPrintable(outcome.error.message()));
    return outcome.assistants;
}

std::optional<Assistant> TestFaultSuite::serverAssistant(const QString &id)
{
    const Outcome outcome = await(m_colleague->getAssistant(id));
    if (!outcome.ok)
        return std::nullopt;
    return outcome.assistant;
}

qsizetype TestFaultSuite::countNamed(const QString &name)
{
    const QList<Assistant> all = serverAssistants();
    return std::count_if(all.begin(), all.end(), [&name](const Assistant &a) { return a.name() == name; });
}

qsizetype TestFaultSuite::createRequests() const
{
    const QList<SandboxRequestRecord> requests = m_sandbox->requests();
    return std::count_if(requests.begin(), requests.end(), [](const SandboxRequestRecord &r) {
        return r.method == u"POST" && r.path == u"/api/assistants";
    });
}

// --- loading the list ----------------------------------------------------------------------

void TestFaultSuite::loadList()
{
    QFETCH(int, index);
    const Scenario &scenario = scenarios().at(index);
    const Expectation &expected = scenario.list;
    const QStringList rowsBefore = tableIds();
    const qsizetype onServer = rowsBefore.size();

    arm(scenario, Operation::List, {});
    QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWaitMs);
    const int count = loaded.first().first().toInt();

    if (!expected.fails) {
        qInfo("succeeded after %lld ms", qint64(clock.elapsed()));
        QCOMPARE(count, onServer);
        QVERIFY2(!errorBanner()->isVisible(), qPrintable(errorBanner()->text()));
        QCOMPARE(tableIds(), rowsBefore);
        disarm();
        QCOMPARE(createRequests(), 0);
        QCOMPARE(serverAssistants().size(), onServer);
        return;
    }

    QCOMPARE(count, -1);
    // (1) The table still shows what was loaded before.
    QCOMPARE(tableIds(), rowsBefore);
    QVERIFY(m_window->findChild<QTableView *>(QStringLiteral("assistantTable"))->isVisible());
    // (3) The banner says what happened and what to do.
    QVERIFY(errorBanner()->isVisible());
    const QString text = errorBanner()->text();
    qInfo("failed after %lld ms: %s", qint64(clock.elapsed()), qPrintable(text));
    QVERIFY2(missingWord(text, expected.words).isEmpty(),
             qPrintable(QStringLiteral("“%1” lacks /%2/").arg(text, missingWord(text, expected.words))));
    // (2) Nothing was created, on this server or another.
    QCOMPARE(createRequests(), 0);
    if (m_elsewhere)
        QCOMPARE(m_elsewhere->requests().size(), 0);

    // (4) Once the fault is gone, Retry loads the same rows.
    disarm();
    QCOMPARE(serverAssistants().size(), onServer);
    auto *retry = errorBanner()->findChild<QPushButton *>(QStringLiteral("bannerAction"));
    QVERIFY(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, kWaitMs);
    QCOMPARE(loaded.last().first().toInt(), onServer);
    QVERIFY(!errorBanner()->isVisible());
    QCOMPARE(tableIds(), rowsBefore);
}

// --- saving an editor ----------------------------------------------------------------------

void TestFaultSuite::saveEditor()
{
    QFETCH(int, index);
    const Scenario &scenario = scenarios().at(index);
    const Expectation &expected = scenario.save;
    const qsizetype onServer = tableIds().size();
    QPointer<AssistantEditor> editor = openEditorOnFirstRow();
    QVERIFY(editor);
    const QString id = editor->assistantId();
    const Assistant original = editor->base();
    const QString newName = QStringLiteral("Renamed: ") + scenario.name;
    editNameAndPrompt(editor, newName, QStringLiteral(" Always confirm the date."));
    const Assistant edited = editor->edited();
    QCOMPARE(edited.name(), newName);
    auto *banner = editor->findChild<Banner *>(QStringLiteral("editorBanner"));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));

    arm(scenario, Operation::Save, id);
    QElapsedTimer clock;
    clock.start();
    editor->save();
    QVERIFY(editor->isSaving());
    QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isSaving(), kWaitMs);
    QVERIFY(editor);

    if (!expected.fails) {
        qInfo("succeeded after %lld ms", qint64(clock.elapsed()));
        QVERIFY2(!editor->isModified(), qPrintable(banner->text()));
        QVERIFY(!banner->isVisible() || banner->kind() != Banner::Kind::Error);
        disarm();
        const std::optional<Assistant> stored = serverAssistant(id);
        QVERIFY(stored);
        QCOMPARE(stored->name(), edited.name());
        QCOMPARE(stored->prompt(), edited.prompt());
        QCOMPARE(countNamed(newName), 1);
        QCOMPARE(createRequests(), 0);
        QVERIFY(!draftOf(id));
        return;
    }

    if (scenario.applied && !editor->isModified()) {
        // The answer was spoiled after the server stored the edit, and the app found that out (a retry met
        // 412, it read the server's copy: it already holds these values). "Saved" is then the truth.
        qInfo("saved after %lld ms, having re-read the server's copy: %s", qint64(clock.elapsed()),
              qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(!banner->isVisible() || banner->kind() != Banner::Kind::Error);
        disarm();
        const std::optional<Assistant> stored = serverAssistant(id);
        QVERIFY(stored);
        QCOMPARE(stored->name(), edited.name());
        QCOMPARE(stored->prompt(), edited.prompt());
        QCOMPARE(countNamed(newName), 1);
        QCOMPARE(serverAssistants().size(), onServer);
        QCOMPARE(createRequests(), 0);
        QCOMPARE(m_window->model()->assistant(id)->name(), newName);
        QVERIFY(!draftOf(id));
        return;
    }

    // (1) Every edit is still there, unsaved, and kept on disk as a draft.
    QVERIFY(editor->isModified());
    QCOMPARE(editor->edited(), edited);
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("name"))->text(), newName);
    QCOMPARE(editor->findChild<QPlainTextEdit *>(QStringLiteral("prompt"))->toPlainText(), edited.prompt());
    const std::optional<Draft> draft = draftOf(id);
    QVERIFY2(draft, "no draft on disk after a failed save");
    QCOMPARE(draft->edited, edited);
    // No false "saved": the tab still marks unsaved edits and the status bar does not claim a save.
    QVERIFY(tabs->tabText(tabs->indexOf(editor)).contains(QStringLiteral("•")));
    QVERIFY(!m_window->statusBar()->currentMessage().startsWith(QLatin1String("Saved")));
    // (3) The banner says what happened and what to do.
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), Banner::Kind::Error);
    // What the user reads: the banner, and the server's words beside the field they are about.
    const QString text = banner->text() + u'\n' + editor->fieldMessage(QStringLiteral("name"));
    qInfo("failed after %lld ms: %s", qint64(clock.elapsed()), qPrintable(text));
    QVERIFY2(missingWord(text, expected.words).isEmpty(),
             qPrintable(QStringLiteral("“%1” lacks /%2/").arg(text, missingWord(text, expected.words))));
    if (scenario.fault.kind == Kind::Status && scenario.fault.status == 422) {
        QVERIFY2(editor->fieldMessage(QStringLiteral("name")).contains(QLatin1String("is taken")),
                 qPrintable(editor->fieldMessage(QStringLiteral("name"))));
        // Told once: beside the field, not again in the banner.
        QVERIFY2(!banner->text().contains(QLatin1String("is taken")), qPrintable(banner->text()));
    }
    // (2) Nothing was created, here or elsewhere.
    QCOMPARE(createRequests(), 0);
    if (m_elsewhere)
        QCOMPARE(m_elsewhere->requests().size(), 0);

    disarm();
    const std::optional<Assistant> stored = serverAssistant(id);
    if (scenario.setup == Setup::DeletedElsewhere) {
        QVERIFY(!stored);
        QCOMPARE(serverAssistants().size(), onServer - 1);
        // Saving again cannot succeed: it fails the same way, keeps everything, and brings nothing back.
        editor->save();
        QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isSaving(), kWaitMs);
        QVERIFY(editor && editor->isModified());
        QCOMPARE(editor->edited(), edited);
        QVERIFY(missingWord(banner->text(), expected.words).isEmpty());
        QVERIFY(!serverAssistant(id));
        QCOMPARE(serverAssistants().size(), onServer - 1);
        QCOMPARE(countNamed(newName), 0);
        QVERIFY(draftOf(id));
        return;
    }
    QVERIFY(stored);
    if (scenario.applied) {
        // The server may hold the edit already, but never twice: the values are the user's or the old ones.
        QVERIFY2(stored->name() == original.name() || stored->name() == edited.name(), qPrintable(stored->name()));
        QVERIFY2(stored->prompt() == original.prompt() || stored->prompt() == edited.prompt(),
                 qPrintable(stored->prompt()));
    } else {
        QCOMPARE(stored->name(), original.name());
        QCOMPARE(stored->prompt(), original.prompt());
    }
    QCOMPARE(serverAssistants().size(), onServer);

    // (4) Saving again succeeds; the server then holds the edit exactly once and the draft is gone.
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isSaving(), kWaitMs);
    QVERIFY(editor);
    QVERIFY2(!editor->isModified(), qPrintable(banner->text()));
    QVERIFY(!banner->isVisible() || banner->kind() != Banner::Kind::Error);
    const std::optional<Assistant> saved = serverAssistant(id);
    QVERIFY(saved);
    QCOMPARE(saved->name(), edited.name());
    QCOMPARE(saved->prompt(), edited.prompt());
    QCOMPARE(countNamed(newName), 1);
    QCOMPARE(serverAssistants().size(), onServer);
    QCOMPARE(m_window->model()->assistant(id)->name(), newName);
    QVERIFY(!draftOf(id));
}

// --- creating ------------------------------------------------------------------------------

void TestFaultSuite::create()
{
    QFETCH(int, index);
    const Scenario &scenario = scenarios().at(index);
    const Expectation &expected = scenario.create;
    const qsizetype onServer = tableIds().size();
    const QString name = QStringLiteral("Created: ") + scenario.name;
    const QString prompt = QStringLiteral("Answer in one sentence.");

    action("actionNew")->trigger();
    QPointer<NewAssistantDialog> dialog = m_window->findChild<NewAssistantDialog *>();
    QVERIFY(dialog);
    QPointer<QLineEdit> nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("newName"));
    QTest::keyClicks(nameEdit, name);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("newPrompt")), prompt);
    auto *problems = dialog->findChild<QLabel *>(QStringLiteral("newProblems"));

    arm(scenario, Operation::Create, {});
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newCreate")), Qt::LeftButton);
    QVERIFY(nameEdit->isReadOnly()); // busy
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !nameEdit->isReadOnly(), kWaitMs);

    if (!expected.fails) {
        qInfo("succeeded after %lld ms", qint64(clock.elapsed()));
        QTRY_VERIFY(!dialog);
        disarm();
        QCOMPARE(createRequests(), 1);
        QCOMPARE(countNamed(name), 1);
        QCOMPARE(serverAssistants().size(), onServer + 1);
        QCOMPARE(m_window->model()->rowCount(), onServer + 1);
        return;
    }

    // (1) The dialog is still open with what was typed; the table did not change.
    QVERIFY(dialog);
    QCOMPARE(dialog->draft().name(), name);
    QCOMPARE(dialog->draft().prompt(), prompt);
    QCOMPARE(m_window->model()->rowCount(), onServer);
    // (3) The dialog says what happened and what to do.
    const QString text = problems->text();
    qInfo("failed after %lld ms: %s", qint64(clock.elapsed()), qPrintable(text));
    QVERIFY2(missingWord(text, expected.words).isEmpty(),
             qPrintable(QStringLiteral("“%1” lacks /%2/").arg(text, missingWord(text, expected.words))));
    // (2) A create is sent once and never repeated on its own; a refused connection sends nothing.
    QCOMPARE(createRequests(), scenario.setup == Setup::ServerDown ? 0 : 1);
    if (m_elsewhere)
        QCOMPARE(m_elsewhere->requests().size(), 0);
    disarm();
    const qsizetype stored = countNamed(name);
    QVERIFY2(scenario.applied ? stored <= 1 : stored == 0, qPrintable(QString::number(stored)));
    QCOMPARE(serverAssistants().size(), onServer + stored);

    // (4) Create again, once the fault is gone: the server then holds the assistant exactly once.
    if (dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newCreate")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !nameEdit->isReadOnly(), kWaitMs);
    }
    QTRY_VERIFY(!dialog);
    qInfo("after Create again the server holds %lld assistant(s) named “%s”", qint64(countNamed(name)),
          qPrintable(name));
    QCOMPARE(countNamed(name), 1);
    QCOMPARE(serverAssistants().size(), onServer + 1);
    QCOMPARE(m_window->model()->rowCount(), onServer + 1);
}

// --- beyond the table ----------------------------------------------------------------------

void TestFaultSuite::refusedProfileShowsNoForeignRows()
{
    // A port nobody listens on.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(QStringLiteral("/api"));
    const ConnectionProfile profile = m_window->connections().add(QStringLiteral("Closed port"), url, false);
    m_secrets->write(profile.id, QStringLiteral("closed-key"));

    QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
    m_window->activateConnection(profile.id);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWaitMs);
    QCOMPARE(loaded.first().first().toInt(), -1);
    QCOMPARE(m_window->currentConnectionId(), profile.id);
    QCOMPARE(m_window->model()->rowCount(), 0); // never the sandbox's rows under this connection's name
    QVERIFY(errorBanner()->isVisible());
    QVERIFY2(errorBanner()->text().contains(QLatin1String("refused")), qPrintable(errorBanner()->text()));

    // The server comes up on that port: Retry loads its rows.
    SandboxServer late;
    SandboxServer::Options options;
    options.port = port;
    options.apiKey = QStringLiteral("closed-key");
    options.seedCount = 4;
    QString error;
    QVERIFY2(late.start(options, &error), qPrintable(error));
    QTest::mouseClick(errorBanner()->findChild<QPushButton *>(QStringLiteral("bannerAction")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, kWaitMs);
    QCOMPARE(loaded.last().first().toInt(), 4);
    QVERIFY(!errorBanner()->isVisible());
}

void TestFaultSuite::colleagueChangeOfAnotherFieldIsTakenIn()
{
    QPointer<AssistantEditor> editor = openEditorOnFirstRow();
    QVERIFY(editor);
    const QString id = editor->assistantId();
    editNameAndPrompt(editor, QStringLiteral("Mine"), QStringLiteral(" Mine too."));
    const Assistant edited = editor->edited();

    AssistantPatch theirs;
    theirs.insert(QStringLiteral("end_of_call_sentence"), QStringLiteral("A colleague's goodbye."));
    const Outcome colleague = await(m_colleague->updateAssistant(id, theirs));
    QVERIFY2(colleague.ok, qPrintable(colleague.error.message()));

    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isSaving(), kWaitMs);
    QVERIFY(editor && !editor->isModified());
    const std::optional<Assistant> stored = serverAssistant(id);
    QVERIFY(stored);
    QCOMPARE(stored->name(), edited.name());
    QCOMPARE(stored->prompt(), edited.prompt());
    QCOMPARE(stored->endOfCallSentence(), std::optional<QString>(QStringLiteral("A colleague's goodbye.")));
    QCOMPARE(editor->base().endOfCallSentence(), stored->endOfCallSentence());
}

void TestFaultSuite::colleagueChangeOfTheSameFieldIsNotOverwritten()
{
    QPointer<AssistantEditor> editor = openEditorOnFirstRow();
    QVERIFY(editor);
    const QString id = editor->assistantId();
    editNameAndPrompt(editor, QStringLiteral("Mine"), QStringLiteral(" Mine too."));
    const Assistant edited = editor->edited();

    AssistantPatch theirs;
    theirs.insert(QStringLiteral("prompt"), QStringLiteral("A colleague's prompt."));
    const Outcome colleague = await(m_colleague->updateAssistant(id, theirs));
    QVERIFY2(colleague.ok, qPrintable(colleague.error.message()));

    // The user is asked (whatever the dialog looks like) and cancels: nothing of theirs is replaced.
    QStringList asked;
    m_dialogHandler = [&asked](QDialog *dialog) {
        asked.append(QLatin1String(dialog->metaObject()->className()));
        dialog->reject();
        return true;
    };
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isSaving(), kWaitMs);
    m_dialogHandler = nullptr;
    QVERIFY(editor);
    QCOMPARE(asked.size(), 1);
    const std::optional<Assistant> stored = serverAssistant(id);
    QVERIFY(stored);
    QCOMPARE(stored->prompt(), QStringLiteral("A colleague's prompt."));
    QVERIFY(editor->isModified());
    QCOMPARE(editor->edited().prompt(), edited.prompt());
    QCOMPARE(editor->edited().name(), edited.name());
    const std::optional<Draft> draft = draftOf(id);
    QVERIFY(draft);
    QCOMPARE(draft->edited.prompt(), edited.prompt());
}

QTEST_MAIN(TestFaultSuite)
#include "TestFaultSuite.moc"
