// SPDX-License-Identifier: GPL-3.0-or-later
// API keys never reach a file, a log line or a URL. The real window, client, sandbox and secret store
// (KeychainSecretStore: with no keychain service here, its session-only fallback) run with canary keys, under a
// temporary HOME and XDG directories, with no D-Bus session. The keys are typed where a user types them: into
// the connection dialog and into Change API Key. Afterwards every file written there and every Qt log message
// is searched for the keys, and every request the servers received is checked: the key travels in the
// Authorization header and nowhere else.
//
// Scenarios run in slot order and share one window, the way a session would. To cover a new code path
// that may write files, add a slot before closeTheWindow() that drives it; the scans at the end then
// cover whatever it wrote. A scenario that writes files it removes again (drafts) scans on the spot. The
// change journal (journal.sqlite, with every write of the session) and its export are among the files.
#include "SecretScanner.h"

#include "core/AssistantTableModel.h"
#include "core/SecretStore.h"
#include "journal/JournalStore.h"
#include "keychain/KeychainSecretStore.h"
#include "support/AppFixture.h"
#include "ui/Banner.h"
#include "ui/MainWindow.h"
#include "ui/NewAssistantDialog.h"
#include "ui/editor/AssistantEditor.h"
#include "ui/history/ChangesWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Distinct per use, so a finding says which key leaked; none is a substring of another.
const QString kAccountKey = QStringLiteral("rvx_CANARY_7f3a9c");
const QString kWrongKey = QStringLiteral("rvx_WRONGCANARY_5e1d2b");
const QString kSandboxKey = QStringLiteral("rvx_SANDBOXCANARY_90c4d1");
const QString kSessionKey = QStringLiteral("rvx_SESSIONCANARY_3b8e77");
const QString kRotatedKey = QStringLiteral("rvx_ROTATEDCANARY_c62f05"); // the account's next key

// Every Qt message of the process, whatever thread logs it.
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

QStringList capturedLog()
{
    const QMutexLocker lock(&g_logMutex);
    return g_log;
}

} // namespace

class TestKeyCanary : public QObject
{
    Q_OBJECT

public:
    explicit TestKeyCanary(const QString &home)
        : m_home(home)
    { }

private slots:
    void initTestCase();
    void cleanupTestCase();

    // The scanner itself: it must see a key however it was stored.
    void scannerFindsPlantedKeys_data();
    void scannerFindsPlantedKeys();

    // What a session does.
    void addsAConnectionThroughTheDialog();
    void createsAnAssistant();
    void clonesAnAssistant();
    void editsKeepADraftAndSave();
    void deletesRestoresAndExportsTheJournal();
    void changesTheKeyThroughTheDialog();
    void loadsTheBuiltInSandbox();
    void loadsWithAnEnvironmentKey();
    void wrongKeyShowsAnError();
    void closeTheWindow();

    // What it left behind.
    void noWrittenFileHoldsAKey();
    void noLogMessageHoldsAKey();
    void keysTravelOnlyInAuthorization();

private:
    QStringList allKeys() const { return {kAccountKey, kWrongKey, kSandboxKey, kSessionKey, kRotatedKey}; }
    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("assistantTable")); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    // Activates a connection and waits for its list; the count loadFinished reported (-1: failed).
    int load(const QString &connection);
    // Every file under the temporary home, searched for every key; `files` receives what was scanned.
    QStringList scanHome(QStringList *files = nullptr) const;
    std::unique_ptr<SandboxServer> startServer(const QString &key, const QString &dataPath, quint16 port = 0);
    // Types into a line edit of `dialog` as a user does, over what it held.
    static void type(QWidget *dialog, const char *name, const QString &text);

    QString m_home;
    std::unique_ptr<SandboxServer> m_account; // a "real" account: the profile with kAccountKey points here
    // The built-in sandbox as revox-studio starts it, the app's settings, secret store and drafts, the window.
    std::unique_ptr<AppFixture> m_app;
    SandboxServer *m_sandbox = nullptr; // m_app's
    QSettings *m_settings = nullptr; // m_app's
    SecretStore *m_secrets = nullptr; // m_app's: the app's KeychainSecretStore
    DraftStore *m_drafts = nullptr; // m_app's
    MainWindow *m_window = nullptr; // m_app's
    QString m_accountProfile;
    QString m_wrongProfile;
    QString m_journalExport;
    QList<SandboxRequestRecord> m_requests; // of both servers, collected before they stop
};

std::unique_ptr<SandboxServer> TestKeyCanary::startServer(const QString &key, const QString &dataPath, quint16 port)
{
    auto server = std::make_unique<SandboxServer>();
    SandboxServer::Options options;
    options.apiKey = key;
    options.dataPath = dataPath;
    options.port = port;
    QString error;
    if (!server->start(options, &error)) {
        qWarning("sandbox did not start: %s", qPrintable(error));
        return nullptr;
    }
    return server;
}

void TestKeyCanary::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(captureMessage);

    // The environment main() set up: everything the app writes lands under m_home.
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY2(dataDir.startsWith(m_home), qPrintable(dataDir));
    QVERIFY(QDir().mkpath(dataDir));

    // Both servers keep their SQLite file where revox-studio keeps the sandbox's: it is scanned too.
    AppFixture::Options options;
    options.sandbox.apiKey = kSandboxKey;
    options.sandbox.dataPath = dataDir + QStringLiteral("/sandbox.sqlite");
    options.applicationSettings = true; // the app's own: organization and application name, native format
    options.draftsPath = dataDir + QStringLiteral("/drafts"); // where revox-studio keeps them
    options.journalPath = JournalStore::defaultPath(); // the change journal, likewise
    options.keychain = true; // the app's own store, as revox-studio makes it
    m_app = std::make_unique<AppFixture>();
    QString error;
    QVERIFY2(m_app->start(options, &error), qPrintable(error));
    m_account = startServer(kAccountKey, dataDir + QStringLiteral("/account.sqlite"));
    QVERIFY(m_account);
    m_sandbox = &m_app->sandbox();
    m_settings = &m_app->settings();
    m_secrets = &m_app->secrets();
    m_drafts = &m_app->drafts();
    QVERIFY2(m_settings->fileName().startsWith(m_home), qPrintable(m_settings->fileName()));
    m_window = m_app->createWindow();
    QVERIFY(m_app->showWindow(false));

    QVERIFY(qobject_cast<KeychainSecretStore *>(m_secrets));
    QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")); // never a developer's real keyring

    // A key that the account no longer takes (revoked since it was stored).
    m_wrongProfile = m_window->connections().add(QStringLiteral("Old key"), m_account->baseUrl(), false).id;
    QSignalSpy written(m_secrets, &SecretStore::writeFinished);
    m_secrets->write(m_wrongProfile, kWrongKey);
    QVERIFY(written.wait(20000));
    QCOMPARE(written.first().at(1).toString(), QString()); // stored, for the session
    QVERIFY(!m_secrets->isPersistent()); // the fallback: this machine runs no keychain service
}

void TestKeyCanary::type(QWidget *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestKeyCanary::cleanupTestCase()
{
    m_window = nullptr;
    m_app.reset();
    m_account.reset();
    qInstallMessageHandler(g_previousHandler);
}

int TestKeyCanary::load(const QString &connection)
{
    return m_app->load(connection, 20000);
}

QStringList TestKeyCanary::scanHome(QStringList *files) const
{
    return SecretScanner(allKeys()).scanTree(m_home, files);
}

void TestKeyCanary::scannerFindsPlantedKeys_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");

    const QByteArray key = kAccountKey.toUtf8();
    QTest::newRow("plain") << QByteArray("apiKey=" + key + "\n") << QStringLiteral("UTF-8");
    QTest::newRow("header") << QByteArray("Authorization: Bearer " + key) << QStringLiteral("UTF-8");
    const QString inText = QStringLiteral("key: ") + kAccountKey;
    QTest::newRow("UTF-16LE") << QByteArray(reinterpret_cast<const char *>(inText.utf16()), inText.size() * 2)
                              << QStringLiteral("UTF-16LE");
    QByteArray bigEndian;
    for (const QChar c : kAccountKey)
        bigEndian.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    QTest::newRow("UTF-16BE") << QByteArray("\x00\x05" + bigEndian) << QStringLiteral("UTF-16BE");
    for (const char *prefix : {"", "u:", "us:"}) {
        QTest::addRow("base64 after \"%s\"", prefix)
            << QByteArray("Authorization: Basic " + QByteArray(prefix + key).toBase64()) << QStringLiteral("base64");
    }
}

void TestKeyCanary::scannerFindsPlantedKeys()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const SecretScanner scanner(allKeys());
    const QStringList findings = scanner.scanBytes(QStringLiteral("sample"), bytes);
    QVERIFY2(findings.contains(QStringLiteral("sample: %1 (%2)").arg(kAccountKey, encoding)),
             qPrintable(findings.join(u'\n')));
    QVERIFY(scanner.scanBytes(QStringLiteral("clean"), QByteArray("Bearer rvx_other_key")).isEmpty());
}

void TestKeyCanary::addsAConnectionThroughTheDialog()
{
    // Typed into the connection dialog, checked with the server, then stored by the app in its keychain store.
    QSignalSpy loaded(m_window, &MainWindow::loadFinished);
    bool accepted = false;
    m_app->prompter().handleDialog(QStringLiteral("connectionDialog"), [&](QDialog *dialog) {
        type(dialog, "connectionName", QStringLiteral("Acme account"));
        type(dialog, "connectionBaseUrl", m_account->baseUrl().toString());
        type(dialog, "connectionApiKey", kAccountKey);
        dialog->findChild<QCheckBox *>(QStringLiteral("connectionProduction"))->setChecked(true);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(
            !dialog->isVisible(),
            qPrintable(dialog->findChild<QLabel *>(QStringLiteral("connectionKeyMessage"))->text() + u'|'
                       + dialog->findChild<QLabel *>(QStringLiteral("connectionProblems"))->text()),
            20000);
        accepted = dialog->result() == QDialog::Accepted;
    });
    action("actionAddConnection")->trigger();
    QVERIFY(accepted);
    QVERIFY(loaded.wait(20000));
    QVERIFY(loaded.last().first().toInt() > 0);
    m_accountProfile = m_window->currentConnectionId();
    QCOMPARE(m_window->connections().find(m_accountProfile)->name, QStringLiteral("Acme account"));
    const QList<SandboxRequestRecord> requests = m_account->requests();
    QVERIFY(!requests.isEmpty());
    QCOMPARE(requests.last().header("Authorization"), QByteArray("Bearer " + kAccountKey.toUtf8()));
    QVERIFY(!m_secrets->isPersistent());
}

void TestKeyCanary::createsAnAssistant()
{
    const int before = m_window->model()->rowCount();
    action("actionNew")->trigger();
    auto *dialog = m_window->findChild<NewAssistantDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newName")), QStringLiteral("Canary reminders"));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("newPrompt")), QStringLiteral("Be brief."));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newCreate")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), before + 1, 20000);
}

void TestKeyCanary::clonesAnAssistant()
{
    const int before = m_window->model()->rowCount();
    table()->selectRow(0);
    action("actionClone")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), before + 1, 20000);
    QVERIFY(m_account->requests().last().path.endsWith(QLatin1String("/clone")));
}

void TestKeyCanary::editsKeepADraftAndSave()
{
    m_settings->setValue(QStringLiteral("editor/skipReview"), true); // save() sends at once, no review dialog
    table()->selectionModel()->clearSelection();
    table()->selectRow(0);
    action("actionOpen")->trigger();
    auto *editor
        = qobject_cast<AssistantEditor *>(m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->currentWidget());
    QVERIFY(editor);
    const QString id = editor->assistantId();
    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("name"));
    QVERIFY(name);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Canary edited"));

    // The draft is on disk while the edit is unsaved; it goes away with the save, so look at it now.
    QTRY_VERIFY_WITH_TIMEOUT(m_drafts->load(m_accountProfile, id), 5000);
    QStringList files;
    const QStringList findings = scanHome(&files);
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
    QVERIFY2(files.contains(m_drafts->pathFor(m_accountProfile, id)), qPrintable(files.join(u'\n')));

    editor->save(); // reads the server's copy, then PATCHes
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isModified() && !editor->isSaving(), 20000);
    QCOMPARE(m_account->requests().last().method, QStringLiteral("PATCH"));
    QTRY_VERIFY(!m_drafts->load(m_accountProfile, id));
}

void TestKeyCanary::deletesRestoresAndExportsTheJournal()
{
    // Every write so far is in the change journal, under the connection's id; a delete keeps the whole
    // assistant, a restore posts it again, an export writes the journal out.
    m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(0);
    table()->selectionModel()->clearSelection();
    table()->selectRow(1);
    const int before = m_window->model()->rowCount();
    m_app->prompter().answer(QStringLiteral("deleteConfirmation"), QStringLiteral("confirmDelete"));
    action("actionDelete")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), before - 1, 20000);
    JournalStore *journal = m_app->journal();
    QTRY_COMPARE(journal->entries({}).first().status, JournalEntry::Status::Succeeded);
    const JournalEntry deletion = journal->entries({}).first();
    QCOMPARE(deletion.operation, JournalEntry::Operation::Delete);

    action("actionChanges")->trigger();
    auto *changes = m_window->findChild<ChangesWindow *>(QStringLiteral("changesWindow"));
    QVERIFY(changes && QTest::qWaitForWindowExposed(changes));
    QVERIFY(changes->selectEntry(deletion.id));
    m_app->prompter().answer(QStringLiteral("restoreDeletedConfirmation"), QStringLiteral("restore"));
    changes->findChild<QPushButton *>(QStringLiteral("restoreDeleted"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), before, 20000);
    QTRY_COMPARE(journal->entries({}).first().status, JournalEntry::Status::Succeeded);

    m_journalExport = m_home + QStringLiteral("/journal-export.jsonl");
    const QString path = m_journalExport;
    m_app->prompter().handleDialog(QStringLiteral("exportDialog"), [path](QDialog *dialog) {
        qobject_cast<QFileDialog *>(dialog)->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept", Qt::DirectConnection);
    });
    changes->findChild<QComboBox *>(QStringLiteral("changesConnection"))->setCurrentIndex(0); // all of them
    changes->findChild<QPushButton *>(QStringLiteral("exportChanges"))->click();
    QVERIFY(QFile::exists(path));
    changes->close();

    QList<JournalEntry::Operation> operations;
    for (const JournalEntry &entry : journal->entries({.connectionId = m_accountProfile}))
        operations.prepend(entry.operation);
    QCOMPARE(operations,
             (QList<JournalEntry::Operation>{JournalEntry::Operation::Create, JournalEntry::Operation::Clone,
                                             JournalEntry::Operation::Update, JournalEntry::Operation::Delete,
                                             JournalEntry::Operation::Restore}));
    QVERIFY(m_app->prompter().unexpected().isEmpty());
}

void TestKeyCanary::changesTheKeyThroughTheDialog()
{
    // The account's key is replaced on the server: the stored one is refused, and the new one is typed into
    // Change API Key, checked with the server, and stored in place of the old.
    const quint16 port = m_account->port();
    m_requests += m_account->requests();
    m_account->stop();
    m_account = startServer(
        kRotatedKey,
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/account.sqlite"), port);
    QVERIFY(m_account);
    QSignalSpy loaded(m_window, &MainWindow::loadFinished);
    action("actionRefresh")->trigger();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.last().first().toInt(), -1);

    m_app->prompter().handleDialog(QStringLiteral("apiKeyDialog"), [](QDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClicks(edit, kRotatedKey);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QSignalSpy written(m_secrets, &SecretStore::writeFinished);
    action("actionChangeKey")->trigger();
    QVERIFY(loaded.wait(20000));
    QVERIFY(loaded.last().first().toInt() > 0);
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.first().first().toString(), m_accountProfile);
    QCOMPARE(m_account->requests().last().header("Authorization"), QByteArray("Bearer " + kRotatedKey.toUtf8()));
    // The store holds the new key in place of the old.
    QSignalSpy read(m_secrets, &SecretStore::readFinished);
    m_secrets->read(m_accountProfile);
    QVERIFY(read.wait(20000));
    QCOMPARE(read.first().at(1).toString(), kRotatedKey);
}

void TestKeyCanary::loadsTheBuiltInSandbox()
{
    QVERIFY(load(ConnectionProfile::sandboxId()) > 0);
    QVERIFY(!m_sandbox->requests().isEmpty());
}

void TestKeyCanary::loadsWithAnEnvironmentKey()
{
    // REVOX_API_KEY and --base-url become a session connection; its key lives in the window only.
    const QString id = m_window->addSessionConnection(QStringLiteral("Environment (REVOX_API_KEY)"),
                                                      m_account->baseUrl(), kSessionKey);
    m_requests += m_account->requests();
    m_account->clearRequests();
    QCOMPARE(load(id), -1); // the account server knows kAccountKey only
    QCOMPARE(m_account->requests().first().header("Authorization"), QByteArray("Bearer " + kSessionKey.toUtf8()));
    m_requests += m_account->requests();
    m_account->clearRequests();
}

void TestKeyCanary::wrongKeyShowsAnError()
{
    QCOMPARE(load(m_wrongProfile), -1);
    auto *banner = m_window->findChild<Banner *>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("key")), qPrintable(banner->text()));
    QVERIFY2(!banner->text().contains(kWrongKey), qPrintable(banner->text()));
}

void TestKeyCanary::closeTheWindow()
{
    // Closing is when the window saves its state; the settings then go to disk.
    QVERIFY(m_window->close());
    m_window = nullptr;
    m_app->destroyWindow();
    m_settings->sync();
    QCOMPARE(m_settings->status(), QSettings::NoError);
    m_requests += m_account->requests();
    m_requests += m_sandbox->requests();
    // Stopping closes the SQLite files, so what the servers stored is on disk when it is scanned.
    m_account->stop();
    m_sandbox->stop();
}

void TestKeyCanary::noWrittenFileHoldsAKey()
{
    QStringList files;
    const QStringList findings = scanHome(&files);
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));

    // The scan saw what the session wrote: the settings with both profiles, and the sandbox data.
    const QString settingsFile = QSettings().fileName();
    QVERIFY2(files.contains(settingsFile), qPrintable(files.join(u'\n')));
    QFile settings(settingsFile);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray text = settings.readAll();
    QVERIFY(text.contains("Acme account") && text.contains(m_accountProfile.toUtf8()));
    QVERIFY(std::any_of(files.cbegin(), files.cend(),
                        [](const QString &file) { return file.endsWith(QLatin1String("/account.sqlite")); }));
    // And the change journal, with its log, and its export.
    QVERIFY2(files.contains(JournalStore::defaultPath()), qPrintable(files.join(u'\n')));
    QVERIFY2(files.contains(m_journalExport), qPrintable(files.join(u'\n')));
    QFile exported(m_journalExport);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(exported.readAll().contains(m_accountProfile.toUtf8()));
}

void TestKeyCanary::noLogMessageHoldsAKey()
{
    const SecretScanner scanner(allKeys());
    QStringList findings;
    const QStringList log = capturedLog();
    for (qsizetype i = 0; i < log.size(); ++i)
        findings += scanner.scanBytes(QStringLiteral("log message %1").arg(i + 1), log.at(i).toUtf8());
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
}

void TestKeyCanary::keysTravelOnlyInAuthorization()
{
    const SecretScanner scanner(allKeys());
    // Two lists with their voice catalogues, a create, a clone, a save, two refused loads.
    QVERIFY2(m_requests.size() >= 8, qPrintable(QString::number(m_requests.size())));
    QSet<QByteArray> sent;
    for (const SandboxRequestRecord &request : std::as_const(m_requests)) {
        const QString where = request.method + u' ' + request.path;
        QStringList findings = scanner.scanBytes(where + QLatin1String(" (path)"), request.path.toUtf8());
        findings += scanner.scanBytes(where + QLatin1String(" (query)"), request.query.toUtf8());
        findings += scanner.scanBytes(where + QLatin1String(" (body)"), request.body);
        for (const auto &[name, value] : request.headers) {
            if (name.compare("Authorization", Qt::CaseInsensitive) != 0)
                findings
                    += scanner.scanBytes(where + QLatin1String(" (header ") + QString::fromLatin1(name) + u')', value);
        }
        QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
        const QByteArray authorization = request.header("Authorization");
        QVERIFY2(authorization.startsWith("Bearer "), qPrintable(where));
        sent.insert(authorization.mid(7));
    }
    // Each key went to its own server, and only there.
    const QSet<QByteArray> expected
        = {kAccountKey.toUtf8(), kWrongKey.toUtf8(), kSandboxKey.toUtf8(), kSessionKey.toUtf8(), kRotatedKey.toUtf8()};
    QCOMPARE(sent, expected);
}

int main(int argc, char *argv[])
{
    // Before Qt reads the environment: HOME, the XDG directories and TMPDIR all point into one
    // temporary directory, so every file the app writes can be found and scanned.
    QTemporaryDir home;
    if (!home.isValid())
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
    // No D-Bus session: the real KeychainSecretStore falls back to session-only, and no developer's keyring
    // is touched.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY"); // no X11 autolaunch of a D-Bus session either

    QApplication app(argc, argv);
    // As revox-studio names itself, so QSettings and QStandardPaths pick the same places.
    QCoreApplication::setOrganizationName(QStringLiteral("Revox"));
    QCoreApplication::setApplicationName(QStringLiteral("Revox Studio"));
    TestKeyCanary test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeyCanary.moc"
