// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19: local files that go bad never block the app and never vanish silently. Each case is made for real
// on disk (random bytes, a file cut short, a file another connection holds locked, a folder that refuses
// writes) and met through the window (AppFixture) and through the revox-studio program itself: the app starts,
// the user is told, the damaged file is kept byte for byte, and the sample data is back. The table's empty
// state invites creating an assistant only when a list really loaded empty.
#include "sandbox/BadDataFiles.h"
#include "support/AppFixture.h"
#include "support/DiskFaults.h"

#include "core/AssistantProxyModel.h"
#include "core/AssistantTableModel.h"
#include "core/ConnectionProfile.h"
#include "core/DraftStore.h"
#include "core/SettingsFile.h"
#include "ui/Banner.h"
#include "ui/DraftKeeper.h"
#include "ui/MainWindow.h"
#include "ui/editor/AssistantEditor.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using BadDataFiles::Kind;

namespace {

// The sandbox's sample set (resources/sandbox): what a fresh store lists.
constexpr int kSampleAssistants = 12;

// The files of `dir` named like a set-aside copy of `path` (DamagedFile's names), its companions left out.
QStringList copiesOf(const QString &path)
{
    const QFileInfo info(path);
    QStringList copies;
    for (const QString &name : info.dir().entryList({info.completeBaseName() + u"-damaged-*"_s},
                                                    QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (name.endsWith(u'.' + info.suffix()))
            copies.append(info.dir().filePath(name));
    }
    return copies;
}

// Every file under `dir` with its bytes, sorted: what a folder holds, whatever the names.
QList<QByteArray> contentsUnder(const QString &dir)
{
    QList<QByteArray> contents;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        contents.append(DiskFaults::contentOf(it.next()));
    std::sort(contents.begin(), contents.end());
    return contents;
}

} // namespace

class TestLocalFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // The built-in sandbox's database.
    void damagedSandboxDataIsSetAsideAndSaid_data();
    void damagedSandboxDataIsSetAsideAndSaid();
    // Empty versus failed.
    void failedFirstLoadOffersRetryNotCreate();
    void sandboxThatCannotStartIsNoEmptyList();
    void listLoadedEmptyInvitesCreating();
    // Drafts.
    void unreadableDraftsAreSetAsideAndCounted();
    void unprotectedEditsAreSaidOnceAndSavingWorks();
    // Settings.
    void damagedSettingsAreSetAsideAndSaid();
    // The program itself, on every kind of file at once.
    void theAppStartsOverDamagedFiles();

private:
    bool startApp(const AppFixture::Options &options);
    QLabel *emptyState() const { return m_window->findChild<QLabel *>(u"emptyState"_s); }
    QPushButton *emptyStateAction() const { return m_window->findChild<QPushButton *>(u"emptyStateAction"_s); }

    std::unique_ptr<QTemporaryDir> m_dir; // the files each test spoils, outside the fixture's own folder
    std::unique_ptr<AppFixture> m_app;
    MainWindow *m_window = nullptr;
};

void TestLocalFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_app = std::make_unique<AppFixture>();
}

void TestLocalFiles::cleanup()
{
    const QStringList unexpected = m_app->prompter().unexpected();
    m_window = nullptr;
    m_app.reset();
    // A read-only folder a test made is handed back, so that it can be removed.
    QDirIterator it(m_dir->path(), QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        QFile::setPermissions(it.next(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_dir.reset();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
}

bool TestLocalFiles::startApp(const AppFixture::Options &options)
{
    QString error;
    if (!m_app->start(options, &error)) {
        qWarning("the app could not start: %s", qPrintable(error));
        return false;
    }
    m_app->settings().setValue(u"editor/skipReview"_s, true);
    m_window = m_app->createWindow();
    return m_app->showWindow(false);
}

// --- the built-in sandbox's database ----------------------------------------------------------

void TestLocalFiles::damagedSandboxDataIsSetAsideAndSaid_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("random bytes") << Kind::RandomBytes;
    QTest::newRow("truncated") << Kind::Truncated;
    QTest::newRow("locked by another connection") << Kind::Locked;
}

void TestLocalFiles::damagedSandboxDataIsSetAsideAndSaid()
{
    QFETCH(Kind, kind);
    const QString sound = m_dir->filePath(u"template.sqlite"_s);
    QVERIFY(BadDataFiles::makeSoundFile(sound));
    const QString path = m_dir->filePath(u"sandbox.sqlite"_s);
    std::unique_ptr<BadDataFiles::Lock> lock;
    QVERIFY(BadDataFiles::make(kind, path, sound, &lock));
    const QByteArray before = BadDataFiles::contentOf(path);

    // As revox-studio starts its sandbox: a bad file is set aside, never a reason not to start.
    AppFixture::Options options;
    options.sandbox.dataPath = path;
    options.sandbox.badData = SandboxServer::Options::BadData::MoveAside;
    options.sandbox.memoryWhenUnusable = true;
    QVERIFY(startApp(options));

    const QStringList copies = copiesOf(path);
    QCOMPARE(copies.size(), 1);
    QCOMPARE(BadDataFiles::contentOf(copies.first()), before); // byte for byte
    // The window names both files.
    const QStringList notes = m_window->fileNotes();
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first().contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                 && notes.first().contains(QDir::toNativeSeparators(copies.first()))
                 && notes.first().contains(BadDataFiles::problemOf(kind)),
             qPrintable(notes.first()));
    QVERIFY(m_window->findChild<Banner *>(u"fileNotesBanner"_s)->isVisible());
    // And the sample data is back, in a new file where the old one was.
    QCOMPARE(m_app->load(), kSampleAssistants);
    QVERIFY(m_app->table()->isVisible());
    QVERIFY(QFileInfo(path).isFile());
}

// --- empty versus failed ------------------------------------------------------------------------

void TestLocalFiles::failedFirstLoadOffersRetryNotCreate()
{
    QVERIFY(startApp({}));
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 500;
    fault.method = u"GET"_s;
    fault.pathPattern = u"^/api/assistants$"_s;
    fault.times = -1;
    m_app->sandbox().addFault(fault);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QCOMPARE(m_app->load(), -1);

    // Never "no assistants yet": the failure, and the way out.
    QVERIFY(emptyState()->isVisible());
    const QString text = emptyState()->text();
    QVERIFY2(text.contains(u"could not be loaded"_s) && text.contains(u"500"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"no assistants"_s), qPrintable(text));
    QPushButton *retry = emptyStateAction();
    QVERIFY(retry->isVisible());
    QCOMPARE(retry->text(), u"Retry"_s);
    QCOMPARE(retry->accessibleName(), u"Retry loading the assistants"_s);
    QCOMPARE(m_window->model()->rowCount(), 0);

    // Reached with the keyboard alone: Tab from the search box comes to it.
    QLineEdit *search = m_window->findChild<QLineEdit *>(u"searchBox"_s);
    search->setFocus(Qt::OtherFocusReason);
    for (int i = 0; i < 40 && QApplication::focusWidget() != retry; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), retry);

    m_app->sandbox().clearFaults();
    QSignalSpy loaded(m_window, &MainWindow::loadFinished);
    QTest::keyClick(retry, Qt::Key_Space);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.last().first().toInt(), kSampleAssistants);
    QVERIFY(m_app->table()->isVisible());
    QVERIFY(!emptyState()->isVisible());

    // A later failure keeps the rows it had: the table stays, the banner says what happened.
    m_app->sandbox().addFault(fault);
    QTest::keyClick(m_window, Qt::Key_F5);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.last().first().toInt(), -1);
    QCOMPARE(m_window->model()->rowCount(), kSampleAssistants);
    QVERIFY(m_app->table()->isVisible());
    QVERIFY(m_app->errorBanner()->isVisible());
}

void TestLocalFiles::sandboxThatCannotStartIsNoEmptyList()
{
    AppFixture::Options options;
    options.startSandbox = false;
    QVERIFY(startApp(options));
    m_window->activateConnection(ConnectionProfile::sandboxId());
    QVERIFY(emptyState()->isVisible());
    const QString text = emptyState()->text();
    QVERIFY2(text.contains(u"could not be loaded"_s) && text.contains(u"could not start"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"no assistants"_s), qPrintable(text));
    QVERIFY(!emptyStateAction()->isVisible()); // a retry cannot start it
}

void TestLocalFiles::listLoadedEmptyInvitesCreating()
{
    AppFixture::Options options;
    options.sandbox.seedCount = 0;
    QVERIFY(startApp(options));
    QCOMPARE(m_app->load(), 0);
    QVERIFY(emptyState()->isVisible());
    QVERIFY2(emptyState()->text().contains(u"There are no assistants yet"_s), qPrintable(emptyState()->text()));
    QVERIFY(!emptyStateAction()->isVisible());
}

// --- drafts --------------------------------------------------------------------------------------

void TestLocalFiles::unreadableDraftsAreSetAsideAndCounted()
{
    AppFixture::Options options;
    QString error;
    QVERIFY2(m_app->start(options, &error), qPrintable(error));
    DraftStore &drafts = m_app->drafts();
    // One sound draft, of an assistant the sandbox has.
    const Assistant kept = m_app->server().serverAssistants().first();
    Assistant edited = kept;
    edited.setName(u"Kept draft"_s);
    QVERIFY(drafts.save({ConnectionProfile::sandboxId(), kept.id(), kept, edited, QDateTime::currentDateTimeUtc()}));
    const QByteArray sound = DiskFaults::contentOf(drafts.pathFor(ConnectionProfile::sandboxId(), kept.id()));
    // Three that cannot be read: random bytes, one cut short, zeros in another connection's folder.
    const QList<QByteArray> damaged{DiskFaults::randomBytes(2048), sound.left(sound.size() / 2),
                                    QByteArray(sound.size(), '\0')};
    const QStringList paths{drafts.pathFor(ConnectionProfile::sandboxId(), u"x1"_s),
                            drafts.pathFor(ConnectionProfile::sandboxId(), u"x2"_s),
                            drafts.pathFor(u"another-connection"_s, u"x3"_s)};
    QVERIFY(QDir().mkpath(QFileInfo(paths.at(2)).path()));
    for (int i = 0; i < 3; ++i)
        QVERIFY(DiskFaults::writeFile(paths.at(i), damaged.at(i)));

    m_app->settings().setValue(u"editor/skipReview"_s, true);
    m_window = m_app->createWindow();
    QVERIFY(m_app->showWindow(false));
    // How many, and where they are kept.
    const QStringList notes = m_window->fileNotes();
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first().startsWith(u"3 draft"_s) && notes.first().contains(u"could not be read"_s)
                 && notes.first().contains(QDir::toNativeSeparators(drafts.damagedDirectory())),
             qPrintable(notes.first()));
    // Kept byte for byte, and no longer where they were.
    QList<QByteArray> expected = damaged;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(contentsUnder(drafts.damagedDirectory()), expected);
    for (const QString &path : paths)
        QVERIFY(!QFileInfo::exists(path));
    // The sound draft is still offered.
    QVERIFY(m_app->load() > 0);
    auto *offer = m_window->findChild<Banner *>(u"draftBanner"_s);
    QTRY_VERIFY(offer->isVisible());
    QVERIFY2(offer->text().contains(u"Kept draft"_s), qPrintable(offer->text()));

    // Set aside, they are not reported again at the next start.
    m_window = m_app->createWindow();
    QCOMPARE(m_window->fileNotes(), QStringList());
    QCOMPARE(contentsUnder(drafts.damagedDirectory()), expected);
}

void TestLocalFiles::unprotectedEditsAreSaidOnceAndSavingWorks()
{
    QString how;
    AppFixture::Options options;
    options.draftsPath = DiskFaults::unwritableFolder(m_dir->path(), &how) + u"/drafts"_s;
    QVERIFY(startApp(options));
    QVERIFY(m_app->load() > 0);
    AssistantEditor *editor = m_app->openEditor(0);
    QVERIFY(editor);
    auto *name = editor->findChild<QLineEdit *>(u"name"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Not protected"_s);

    // The editor says so, within the second a draft takes.
    auto *warning = editor->findChild<Banner *>(u"draftWarning"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(warning->isVisible(), qPrintable(how), 5000);
    QVERIFY2(warning->text().contains(u"not protected"_s)
                 && warning->text().contains(QDir::toNativeSeparators(options.draftsPath)),
             qPrintable(warning->text()));
    // Once: dismissed, it does not come back at the next keystrokes' drafts.
    QTest::mouseClick(warning->findChild<QToolButton *>(u"bannerClose"_s), Qt::LeftButton);
    QVERIFY(!warning->isVisible());
    QTest::keyClicks(name, u" still"_s);
    auto *keeper = m_window->findChild<DraftKeeper *>();
    QVERIFY(keeper);
    keeper->write(editor); // the draft the timer would write, now
    QVERIFY(!warning->isVisible());
    QVERIFY(!QFileInfo::exists(options.draftsPath));

    // Saving to the server works all the same.
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving() && !editor->isModified(), 15000);
    QCOMPARE(m_app->server().serverAssistant(editor->assistantId())->name(), u"Not protected still"_s);
}

// --- settings ------------------------------------------------------------------------------------

void TestLocalFiles::damagedSettingsAreSetAsideAndSaid()
{
    // The app's settings, cut short in the middle of a section's name.
    const QString path = m_dir->filePath(u"Revox Studio.conf"_s);
    {
        QSettings written(path, QSettings::IniFormat);
        written.setValue(u"mainWindow/geometry"_s, QByteArray(48, '\x01'));
        written.setValue(u"mainWindow/tableHeader"_s, QByteArray(64, '\x02'));
    }
    QByteArray bytes = DiskFaults::contentOf(path);
    bytes.truncate(bytes.indexOf("[mainWindow]") + 7);
    QVERIFY(DiskFaults::writeFile(path, bytes));

    AppFixture::Options options;
    options.settingsPath = path;
    QVERIFY(startApp(options));
    const QStringList copies = copiesOf(path);
    QCOMPARE(copies.size(), 1);
    QCOMPARE(DiskFaults::contentOf(copies.first()), bytes);
    const QStringList notes = m_window->fileNotes();
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first().contains(QDir::toNativeSeparators(path))
                 && notes.first().contains(QDir::toNativeSeparators(copies.first()))
                 && notes.first().contains(u"default settings"_s),
             qPrintable(notes.first()));
    QCOMPARE(m_app->load(), kSampleAssistants);

    // What the window writes now goes to a new file; the damaged one stays as it was.
    QVERIFY(m_window->close());
    m_app->settings().sync();
    QVERIFY(QSettings(path, QSettings::IniFormat).contains(u"mainWindow/geometry"_s));
    QCOMPARE(DiskFaults::contentOf(copies.first()), bytes);
}

// --- the program ---------------------------------------------------------------------------------

void TestLocalFiles::theAppStartsOverDamagedFiles()
{
    // A home of its own: the data and settings folders revox-studio finds through the XDG variables.
    const QString home = m_dir->filePath(u"home"_s);
    const QString dataDir = home + u"/data/Revox/Revox Studio"_s;
    const QString configDir = home + u"/config/Revox"_s;
    QVERIFY(QDir().mkpath(dataDir));
    QVERIFY(QDir().mkpath(configDir));

    const QString sandboxFile = dataDir + u"/sandbox.sqlite"_s;
    const QString settingsFile = configDir + u"/Revox Studio.conf"_s;
    const QString journalFile = dataDir + u"/journal.sqlite"_s;
    const QString draftFile = DraftStore(dataDir + u"/drafts"_s).pathFor(ConnectionProfile::sandboxId(), u"x1"_s);
    QVERIFY(QDir().mkpath(QFileInfo(draftFile).path()));
    const QByteArray sandboxBytes = DiskFaults::randomBytes(16 * 1024, 7);
    const QByteArray settingsBytes = QByteArray(600, '\0'); // as a crash can leave a file: zeros
    const QByteArray journalBytes = QByteArray("SQLite format 3") + QByteArray(4096, '\x7f');
    const QByteArray draftBytes = QByteArray(R"({"version":2,"connection":"sandbox","assistant":"x1","ba)");
    QVERIFY(DiskFaults::writeFile(sandboxFile, sandboxBytes));
    QVERIFY(DiskFaults::writeFile(settingsFile, settingsBytes));
    QVERIFY(DiskFaults::writeFile(journalFile, journalBytes));
    QVERIFY(DiskFaults::writeFile(draftFile, draftBytes));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keyring of the developer's
    QProcess app;
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(REVOX_STUDIO_EXE), {u"--smoke-test"_s});
    QVERIFY2(app.waitForFinished(60000), qPrintable(app.errorString()));
    const QString out = QString::fromUtf8(app.readAllStandardOutput());
    const QString err = QString::fromUtf8(app.readAllStandardError());
    // It started, and the sample data is back.
    QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, qPrintable(out + err));
    QVERIFY2(out.contains(u"%1 assistants listed."_s.arg(kSampleAssistants)), qPrintable(out + err));

    // Each damaged file kept byte for byte, under a name with the time.
    const QStringList sandboxCopies = copiesOf(sandboxFile);
    const QStringList settingsCopies = copiesOf(settingsFile);
    const QStringList journalCopies = copiesOf(journalFile);
    QCOMPARE(sandboxCopies.size(), 1);
    QCOMPARE(settingsCopies.size(), 1);
    QCOMPARE(journalCopies.size(), 1);
    QCOMPARE(DiskFaults::contentOf(sandboxCopies.first()), sandboxBytes);
    QCOMPARE(DiskFaults::contentOf(settingsCopies.first()), settingsBytes);
    QCOMPARE(DiskFaults::contentOf(journalCopies.first()), journalBytes);
    const QString draftsAside = dataDir + u"/drafts/damaged"_s;
    QCOMPARE(contentsUnder(draftsAside), QList<QByteArray>{draftBytes});
    QVERIFY(!QFileInfo::exists(draftFile));

    // The user is told, naming the files (the journal's own banner says what became of it: TestHistory).
    QVERIFY2(err.contains(QDir::toNativeSeparators(sandboxCopies.first())), qPrintable(err));
    QVERIFY2(err.contains(QDir::toNativeSeparators(settingsCopies.first())), qPrintable(err));
    QVERIFY2(err.contains(u"\n1 draft"_s) && err.contains(u"could not be read"_s)
                 && err.contains(QDir::toNativeSeparators(draftsAside)),
             qPrintable(err));
    // And the new files are sound: the next start has nothing to say.
    QProcess again;
    again.setProcessEnvironment(environment);
    again.start(QStringLiteral(REVOX_STUDIO_EXE), {u"--smoke-test"_s});
    QVERIFY(again.waitForFinished(60000));
    QCOMPARE(again.exitCode(), 0);
    const QString errAgain = QString::fromUtf8(again.readAllStandardError());
    QVERIFY2(!errAgain.contains(u"damaged"_s) && !errAgain.contains(u"could not be read"_s), qPrintable(errAgain));
    QCOMPARE(copiesOf(sandboxFile).size(), 1);
    QCOMPARE(copiesOf(settingsFile).size(), 1);
}

QTEST_MAIN(TestLocalFiles)
#include "TestLocalFiles.moc"
