// SPDX-License-Identifier: GPL-3.0-or-later
// Tool credentials never reach a file or a log. A canary token sits in a tool header of an assistant on the
// sandbox (the server: its data lives outside the scanned tree). The real app edits another field of that
// assistant and types a second canary into another header, its draft reaches the disk, and it is killed
// (SIGKILL, revox-kill-harness). The next session, on the real KeychainSecretStore (its session-only
// fallback: no keychain service runs here, and the test makes sure of that), restores the draft and saves.
// Then every file under the temporary HOME, XDG directories and TMPDIR, and every log line, is searched for
// both canaries and for the installation's keys: none may appear anywhere. The change journal records the save and
// a delete of the assistant, which keeps it whole: the journal's file is among those searched.
#include "SecretScanner.h"

#include "core/AssistantProxyModel.h"
#include "core/AssistantTableModel.h"
#include "core/CrashPrivacy.h"
#include "core/DraftStore.h"
#include "core/RevoxCall.h"
#include "core/RevoxClient.h"
#include "core/SecretPlaceholder.h"
#include "core/SecretSealer.h"
#include "journal/JournalStore.h"
#include "keychain/KeychainSecretStore.h"
#include "sandbox/SandboxServer.h"
#include "support/ScriptedPrompter.h"
#include "ui/Banner.h"
#include "ui/MainWindow.h"
#include "ui/editor/AssistantEditor.h"
#include "ui/history/ChangesWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString kServerCanary = QStringLiteral("Bearer rvx_HEADERCANARY_6b21f0");
const QString kTypedCanary = QStringLiteral("rvx_TYPEDHEADERCANARY_d84c3a");
const QString kPromptText = QStringLiteral(" Mention the new opening hours.");

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestSecretCanary : public QObject
{
    Q_OBJECT

public:
    TestSecretCanary(const QString &home, const QString &serverDir)
        : m_home(home)
        , m_serverDir(serverDir)
    { }

private slots:
    void initTestCase();
    void cleanupTestCase();

    void killedInTheMiddleOfAnEdit();
    void restoredAndSaved();
    void deletedAndKeptInTheJournal();
    void closeTheWindow();

    void noFileHoldsASecret();
    void noLogLineHoldsASecret();
    void crashesDumpNoMemory();

private:
    QStringList secrets() const { return QStringList{kServerCanary, kTypedCanary} + m_keys; }
    QString draftsDir() const { return m_dataDir + QStringLiteral("/drafts"); }
    std::unique_ptr<SandboxServer> startSandbox();
    Assistant serverCopy(SandboxServer &sandbox);
    void typeIntoCell(AssistantEditor *editor, const QString &path, const QString &text);

    QString m_home;
    QString m_serverDir;
    QString m_dataDir;
    QString m_id;
    QStringList m_keys; // the sealer's keys, as stored and as bytes (base64 of them is what the scanner adds)
    QByteArray m_harnessOutput;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RevoxClient> m_client;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<SecretSealer> m_sealer;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<JournalStore> m_journal;
    std::unique_ptr<QSettings> m_settings;
    ScriptedPrompter m_prompter; // answers the window's questions and dialogs as each step scripted them
    std::unique_ptr<MainWindow> m_window;
};

std::unique_ptr<SandboxServer> TestSecretCanary::startSandbox()
{
    auto sandbox = std::make_unique<SandboxServer>();
    SandboxServer::Options options;
    options.dataPath = m_serverDir + QStringLiteral("/sandbox.sqlite");
    return sandbox->start(options) ? std::move(sandbox) : nullptr;
}

Assistant TestSecretCanary::serverCopy(SandboxServer &sandbox)
{
    RevoxClient client(m_network.get());
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox.apiKey());
    RevoxCall *call = client.getAssistant(m_id);
    Assistant result;
    connect(call, &RevoxCall::finished, this, [call, &result] { result = call->assistant(); });
    if (!QTest::qWaitFor([&result] { return !result.id().isEmpty(); }, 10000))
        qWarning("the sandbox did not answer");
    return result;
}

void TestSecretCanary::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(captureMessage);
    QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")); // never a developer's real keyring
    m_dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY2(m_dataDir.startsWith(m_home), qPrintable(m_dataDir));
    QVERIFY(!m_serverDir.startsWith(m_home));
    m_network = std::make_unique<QNetworkAccessManager>();

    // On the server: the canary in the Authorization header of an assistant's first tool.
    std::unique_ptr<SandboxServer> sandbox = startSandbox();
    QVERIFY(sandbox);
    RevoxClient client(m_network.get());
    client.setBaseUrl(sandbox->baseUrl());
    client.setApiKey(sandbox->apiKey());
    RevoxCall *list = client.listAssistants();
    QList<Assistant> assistants;
    connect(list, &RevoxCall::finished, this, [list, &assistants] { assistants = list->assistants(); });
    QTRY_VERIFY_WITH_TIMEOUT(!assistants.isEmpty(), 10000);
    const auto withTools = std::find_if(assistants.cbegin(), assistants.cend(), [](const Assistant &a) {
        return !a.customTools().isEmpty() && a.customTools().first().headers.size() >= 2;
    });
    QVERIFY(withTools != assistants.cend());
    m_id = withTools->id();
    QList<CustomTool> tools = withTools->customTools();
    tools.first().headers.first().value = kServerCanary;
    Assistant changed = *withTools;
    changed.setCustomTools(tools);
    AssistantPatch patch;
    patch.insert(QStringLiteral("custom_tools"), changed.value(QStringLiteral("custom_tools")));
    RevoxCall *update = client.updateAssistant(m_id, patch);
    bool updated = false;
    connect(update, &RevoxCall::finished, this, [update, &updated] { updated = update->succeeded(); });
    QTRY_VERIFY_WITH_TIMEOUT(updated, 10000);
    QCOMPARE(serverCopy(*sandbox).customTools().first().headers.first().value, kServerCanary);
}

void TestSecretCanary::cleanupTestCase()
{
    m_window.reset();
    m_journal.reset();
    m_drafts.reset();
    m_sealer.reset();
    m_keychain.reset();
    m_client.reset();
    m_sandbox.reset();
    qInstallMessageHandler(g_previousHandler);
}

void TestSecretCanary::killedInTheMiddleOfAnEdit()
{
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(); // HOME, XDG_*, TMPDIR: main()
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(REVOX_KILL_HARNESS),
              {m_serverDir + QStringLiteral("/sandbox.sqlite"), draftsDir(),
               m_home + QStringLiteral("/config/kill-harness.ini"), kPromptText, QStringLiteral("--open"), m_id,
               QStringLiteral("--keychain"), QStringLiteral("--header"), kTypedCanary, QStringLiteral("--journal"),
               JournalStore::defaultPath()});
    QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
    QElapsedTimer clock;
    clock.start();
    while (!m_harnessOutput.contains("READY") && clock.elapsed() < 30000 && app.state() == QProcess::Running) {
        app.waitForReadyRead(200);
        m_harnessOutput += app.readAllStandardOutput() + app.readAllStandardError();
    }
    QVERIFY2(m_harnessOutput.contains(QByteArray("READY " + m_id.toUtf8())), m_harnessOutput.constData());

    // The draft is on disk, with the edit, and without either canary.
    const DraftStore reader(draftsDir());
    const std::optional<Draft> draft = reader.load(ConnectionProfile::sandboxId(), m_id);
    QVERIFY(draft);
    QVERIFY(draft->edited.prompt().endsWith(kPromptText));
    QCOMPARE(draft->edited.customTools().first().headers.at(1).value, SecretPlaceholder::withheld().toString());
    QStringList scanned;
    const QStringList findings = SecretScanner(secrets()).scanTree(m_home, &scanned);
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
    QVERIFY(scanned.contains(reader.pathFor(ConnectionProfile::sandboxId(), m_id)));

    app.kill(); // SIGKILL: no close event, no destructor, nothing flushed on the way out
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);
    m_harnessOutput += app.readAllStandardOutput() + app.readAllStandardError();
}

void TestSecretCanary::typeIntoCell(AssistantEditor *editor, const QString &path, const QString &text)
{
    QVERIFY(editor->focusField(path));
    auto *table = editor->findChild<QTableWidget *>(QStringLiteral("custom_tools[].headers"));
    table->editItem(table->currentItem());
    auto *line = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(line);
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(!table->viewport()->findChild<QLineEdit *>());
}

void TestSecretCanary::restoredAndSaved()
{
    // The next session, wired as revox-studio wires it.
    m_sandbox = startSandbox();
    QVERIFY(m_sandbox);
    m_client = std::make_unique<RevoxClient>(m_network.get());
    m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("Revox Studio"));
    m_sealer = std::make_unique<SecretSealer>(m_keychain.get());
    m_drafts = std::make_unique<DraftStore>(draftsDir(), m_sealer.get());
    m_settings = std::make_unique<QSettings>();
    m_settings->setValue(QStringLiteral("editor/skipReview"), true);
    m_journal = std::make_unique<JournalStore>(JournalStore::defaultPath(), m_sealer.get());
    QVERIFY(m_journal->open());
    m_window = std::make_unique<MainWindow>(m_client.get(), m_keychain.get(), m_settings.get(), m_drafts.get(),
                                            SandboxEndpoint{m_sandbox->baseUrl(), m_sandbox->apiKey(), QString()},
                                            &m_prompter);
    m_window->setJournal(m_journal.get());
    m_window->show();
    QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
    m_window->activateConnection(ConnectionProfile::sandboxId());
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(m_sealer->isReady(), 10000);
    QVERIFY(!m_keychain->isPersistent()); // the fallback: this machine runs no keychain service
    QVERIFY(!m_sealer->isPersistent());

    auto *banner = m_window->findChild<Banner *>(QStringLiteral("draftBanner"));
    QTRY_VERIFY(banner->isVisible());
    m_prompter.handleDialog(QStringLiteral("draftRestoreDialog"), [](QDialog *dialog) {
        dialog->findChild<QPushButton *>(QStringLiteral("restoreDrafts"))->click();
    });
    banner->findChild<QPushButton *>(QStringLiteral("bannerAction"))->click();
    auto *editor = m_window->findChild<AssistantEditor *>(QStringLiteral("editor:%1").arg(m_id));
    QVERIFY(editor);
    QVERIFY(editor->edited().prompt().endsWith(kPromptText));
    // The typed value did not survive the kill, and the editor says so; the user types it again.
    QVERIFY(!editor->review().canSave());
    typeIntoCell(editor, QStringLiteral("custom_tools[0].headers[1].value"), kTypedCanary);
    QVERIFY(editor->review().canSave());

    // Digests of a killed session cannot be checked: custom_tools looks changed on both sides.
    QString shown;
    m_prompter.handleDialog(QStringLiteral("conflictDialog"), [&shown](QDialog *dialog) {
        for (const QPlainTextEdit *view : dialog->findChildren<QPlainTextEdit *>())
            shown += view->toPlainText();
        if (auto *mine = dialog->findChild<QRadioButton *>(QStringLiteral("keepMine:custom_tools")))
            mine->click();
        dialog->findChild<QPushButton *>(QStringLiteral("saveChoices"))->click();
    });
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving(), 10000);
    QVERIFY(!editor->isModified());
    QVERIFY(!shown.isEmpty());
    const Assistant server = serverCopy(*m_sandbox);
    QVERIFY(server.prompt().endsWith(kPromptText));
    QCOMPARE(server.customTools().first().headers.at(0).value, kServerCanary); // kept, never typed again
    QCOMPARE(server.customTools().first().headers.at(1).value, kTypedCanary);
    QTRY_VERIFY(!m_drafts->load(ConnectionProfile::sandboxId(), m_id));
    // The journal recorded the save, tools included, with the secrets as digests.
    const JournalEntry saved = m_journal->entries({}).first();
    QCOMPARE(saved.operation, JournalEntry::Operation::Update);
    QCOMPARE(saved.status, JournalEntry::Status::Succeeded);
    QVERIFY(saved.fields.contains(QStringLiteral("custom_tools")));

    // The sealer's keys, to look for them too: they must stay in the (session-only) store.
    QSignalSpy read(m_keychain.get(), &SecretStore::readFinished);
    m_keychain->read(SecretSealer::keyAccount());
    QVERIFY(read.wait(5000));
    const QString stored = read.first().at(1).toString();
    QVERIFY(stored.startsWith(QLatin1String("v1:")));
    m_keys.append(stored);
    for (const QString &key : stored.split(u':').mid(1))
        m_keys.append(key);
}

void TestSecretCanary::deletedAndKeptInTheJournal()
{
    // Cloned first, so that the canaries stay on the server (and the restore finds their values there); then
    // deleted, kept whole in the journal, and restored from it.
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("assistantTable"));
    m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(0);
    const auto select = [this, table](const QString &id) {
        table->selectionModel()->clearSelection();
        table->selectRow(
            m_window->proxy()->mapFromSource(m_window->model()->index(m_window->model()->rowOf(id), 0)).row());
    };
    const int rows = m_window->model()->rowCount();
    select(m_id);
    m_window->findChild<QAction *>(QStringLiteral("actionClone"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), rows + 1, 10000);
    select(m_id);
    m_prompter.answer(QStringLiteral("deleteConfirmation"), QStringLiteral("confirmDelete"));
    m_window->findChild<QAction *>(QStringLiteral("actionDelete"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowOf(m_id) < 0, 10000);
    QTRY_COMPARE(m_journal->entries({}).first().status, JournalEntry::Status::Succeeded);
    const JournalEntry deletion = m_journal->entries({}).first();
    QCOMPARE(deletion.operation, JournalEntry::Operation::Delete);
    QVERIFY(deletion.before.contains(QStringLiteral("custom_tools"))); // whole, secrets as digests

    m_window->findChild<QAction *>(QStringLiteral("actionChanges"))->trigger();
    auto *changes = m_window->findChild<ChangesWindow *>(QStringLiteral("changesWindow"));
    QVERIFY(changes && changes->selectEntry(deletion.id));
    m_prompter.answer(QStringLiteral("restoreDeletedConfirmation"), QStringLiteral("restore"));
    changes->findChild<QPushButton *>(QStringLiteral("restoreDeleted"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_journal->entries({}).first().operation, JournalEntry::Operation::Restore, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_journal->entries({}).first().status, JournalEntry::Status::Succeeded, 10000);
    const QString restored = m_journal->entries({}).first().assistantId;
    // Both canaries came back from the clone's copy, though the journal never held them.
    RevoxClient client(m_network.get());
    client.setBaseUrl(m_sandbox->baseUrl());
    client.setApiKey(m_sandbox->apiKey());
    RevoxCall *call = client.getAssistant(restored);
    Assistant copy;
    connect(call, &RevoxCall::finished, this, [call, &copy] { copy = call->assistant(); });
    QTRY_VERIFY_WITH_TIMEOUT(!copy.id().isEmpty(), 10000);
    QCOMPARE(copy.customTools().first().headers.at(0).value, kServerCanary);
    QCOMPARE(copy.customTools().first().headers.at(1).value, kTypedCanary);
    changes->close();
}

void TestSecretCanary::closeTheWindow()
{
    // Every question and dialog of the session was scripted, and every scripted answer was asked for.
    QVERIFY2(m_prompter.unexpected().isEmpty(), qPrintable(m_prompter.unexpected().join(u'\n')));
    QCOMPARE(m_prompter.pending(), 0);
    QVERIFY(m_window->close());
    m_window.reset();
    m_settings->sync();
    m_settings.reset();
    m_sandbox->stop();
}

void TestSecretCanary::noFileHoldsASecret()
{
    QStringList files;
    const QStringList findings = SecretScanner(secrets()).scanTree(m_home, &files);
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
    QVERIFY2(files.contains(QSettings().fileName()), qPrintable(files.join(u'\n')));
    QVERIFY2(files.contains(JournalStore::defaultPath()), qPrintable(files.join(u'\n')));

    // The keys as raw bytes, in case anything wrote them unencoded.
    for (const QString &key : m_keys.mid(1)) {
        const QByteArray raw = QByteArray::fromBase64(key.toLatin1());
        QCOMPARE(raw.size(), 32);
        for (const QString &file : std::as_const(files)) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(raw), qPrintable(file));
        }
    }
    // The scanner is not blind: the server's data (outside the home) does hold the canaries.
    const QStringList serverSide = SecretScanner({kServerCanary, kTypedCanary}).scanTree(m_serverDir);
    QVERIFY2(serverSide.size() >= 2, qPrintable(serverSide.join(u'\n')));
}

void TestSecretCanary::noLogLineHoldsASecret()
{
    const SecretScanner scanner(secrets());
    QStringList findings = scanner.scanBytes(QStringLiteral("harness output"), m_harnessOutput);
    const QMutexLocker lock(&g_logMutex);
    for (qsizetype i = 0; i < g_log.size(); ++i)
        findings += scanner.scanBytes(QStringLiteral("log message %1").arg(i + 1), g_log.at(i).toUtf8());
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
}

void TestSecretCanary::crashesDumpNoMemory()
{
    // What revox-studio's main() does first; this process is done with its child processes by now.
    CrashPrivacy::keepMemoryOutOfCrashDumps();
    QVERIFY(CrashPrivacy::isMemoryKeptOutOfCrashDumps());
}

int main(int argc, char *argv[])
{
    // Before Qt reads the environment: HOME, the XDG directories and TMPDIR all point into one temporary
    // directory, so every file the app writes can be found and scanned; no D-Bus session, so the real
    // KeychainSecretStore falls back to session-only and no developer's keyring is touched.
    QTemporaryDir home;
    QTemporaryDir server; // the sandbox's data: the server side, not scanned
    if (!home.isValid() || !server.isValid())
        return 1;
    const QDir root(home.path());
    for (const char *dir : {"config", "data", "cache", "state", "tmp", "runtime"}) {
        if (!root.mkpath(QLatin1String(dir)))
            return 1;
    }
    QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", root.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", root.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", root.filePath(QStringLiteral("cache")).toLocal8Bit());
    qputenv("XDG_STATE_HOME", root.filePath(QStringLiteral("state")).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", root.filePath(QStringLiteral("runtime")).toLocal8Bit());
    qputenv("TMPDIR", root.filePath(QStringLiteral("tmp")).toLocal8Bit());
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY"); // no X11 autolaunch of a D-Bus session either

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Revox"));
    QCoreApplication::setApplicationName(QStringLiteral("Revox Studio"));
    TestSecretCanary test(home.path(), server.path());
    return QTest::qExec(&test, argc, argv);
}

#include "TestSecretCanary.moc"
