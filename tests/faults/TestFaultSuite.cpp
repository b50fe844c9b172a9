// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 6, "never lose an edit, never overwrite a colleague": every way a request can go wrong on the wire,
// played by the sandbox against the real window, for the three things a user sends: loading the list (F5),
// saving an editor, and creating an assistant. After each: the user's input is intact, nothing was created
// twice, the message says what happened and what to do, and once the fault is gone the retry succeeds and the
// server holds the edit exactly once.
#include "core/AssistantPatch.h"
#include "core/AssistantProxyModel.h"
#include "core/AssistantTableModel.h"
#include "core/SecretStore.h"
#include "support/AppFixture.h"
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

using namespace FaultScenarios;
using Kind = SandboxFault::Kind;

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
    void createLostAndLookupFailed_data();
    void createLostAndLookupFailed();

    void refusedProfileShowsNoForeignRows();
    void colleagueChangeOfAnotherFieldIsTakenIn();
    void colleagueChangeOfTheSameFieldIsNotOverwritten();

private:
    static void addScenarioRows();
    static const QList<Scenario> &scenarios() { return FaultScenarios::all(); }

    Banner *errorBanner() const { return m_app->errorBanner(); }
    QAction *action(const char *name) const { return m_app->action(name); }
    QStringList tableIds() const { return m_app->tableIds(); }
    AssistantEditor *openEditorOnFirstRow() { return m_app->openEditor(0); }
    void editNameAndPrompt(AssistantEditor *editor, const QString &name, const QString &promptSuffix);
    std::optional<Draft> draftOf(const QString &assistantId) const { return m_app->draftOnDisk(assistantId); }

    // The server's state, read through a second client (a colleague's app). Faults must be cleared.
    QList<Assistant> serverAssistants() { return m_server->serverAssistants(); }
    std::optional<Assistant> serverAssistant(const QString &id) { return m_server->serverAssistant(id); }
    qsizetype countNamed(const QString &name) { return m_server->countNamed(name); }
    qsizetype createRequests() const { return m_server->createRequests(); }

    std::unique_ptr<AppFixture> m_app;
    SandboxFixture *m_server = nullptr; // m_app's
    MainWindow *m_window = nullptr; // m_app's
};

void TestFaultSuite::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFaultSuite::init()
{
    m_app = std::make_unique<AppFixture>();
    QString error;
    QVERIFY2(m_app->start({}, &error), qPrintable(error));
    m_server = &m_app->server();
    m_server->client().setTimeouts(FaultScenarios::transfer, FaultScenarios::deadline);
    m_app->settings().setValue(QStringLiteral("editor/skipReview"), true);
    m_window = m_app->createWindow();
    QVERIFY(m_app->showWindow()); // F5 is a shortcut: it needs an active window
    const int loaded = m_app->load();
    QVERIFY2(loaded >= 10, qPrintable(QString::number(loaded)));
    // The voice catalogue follows the list; once it arrived, every later request is the test's.
    QVERIFY(m_app->waitForVoices());
}

void TestFaultSuite::cleanup()
{
    // Modal dialogs nobody expected would have blocked the test: the prompter answered them with Cancel.
    const QStringList unexpected = m_app->prompter().unexpected();
    m_window = nullptr;
    m_server = nullptr;
    m_app.reset();
    QVERIFY2(unexpected.isEmpty(), qPrintable(QStringLiteral("unexpected dialogs: ") + unexpected.join(u", ")));
}

void TestFaultSuite::addScenarioRows()
{
    QTest::addColumn<int>("index");
    const QList<Scenario> &all = scenarios();
    for (int index = 0; index < all.size(); ++index)
        QTest::newRow(qPrintable(all.at(index).name)) << index;
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

// --- loading the list ----------------------------------------------------------------------

void TestFaultSuite::loadList()
{
    QFETCH(int, index);
    const Scenario &scenario = scenarios().at(index);
    const Expectation &expected = scenario.list;
    const QStringList rowsBefore = tableIds();
    const qsizetype onServer = rowsBefore.size();

    QVERIFY(m_server->arm(scenario, Operation::List, {}));
    QSignalSpy loaded(m_window, &MainWindow::loadFinished);
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(m_window, Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, waitMs);
    const int count = loaded.first().first().toInt();
    QVERIFY2(expected.outcome == Outcome::Succeeds || expected.outcome == Outcome::Fails,
             "a list either loads or fails");

    if (expected.outcome == Outcome::Succeeds) {
        qInfo("succeeded after %lld ms", qint64(clock.elapsed()));
        QCOMPARE(count, onServer);
        QVERIFY2(!errorBanner()->isVisible(), qPrintable(errorBanner()->text()));
        QCOMPARE(tableIds(), rowsBefore);
        QVERIFY(m_server->disarm());
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
    if (m_server->elsewhere())
        QCOMPARE(m_server->elsewhere()->requests().size(), 0);

    // (4) Once the fault is gone, Retry loads the same rows.
    QVERIFY(m_server->disarm());
    QCOMPARE(serverAssistants().size(), onServer);
    auto *retry = errorBanner()->findChild<QPushButton *>(QStringLiteral("bannerAction"));
    QVERIFY(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, waitMs);
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

    // The typing left a draft; it goes now, so that the one on disk afterwards is the one the save's outcome
    // left (a failed save keeps the edits in a draft; a successful one leaves none).
    QTRY_VERIFY_WITH_TIMEOUT(draftOf(id), waitMs);
    QVERIFY(m_app->drafts().remove(ConnectionProfile::sandboxId(), id));
    QVERIFY(!draftOf(id));

    QVERIFY(m_server->arm(scenario, Operation::Save, id));
    QElapsedTimer clock;
    clock.start();
    editor->save();
    QVERIFY(editor->isSaving());
    QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isSaving(), waitMs);
    QVERIFY(editor);
    const QString status = m_window->statusBar()->currentMessage();
    qInfo("%s after %lld ms: %s", qPrintable(outcomeName(expected.outcome)), qint64(clock.elapsed()),
          qPrintable(editor->isModified() ? banner->text() : status));

    if (!expected.fails()) {
        // It went through; or the answer was spoiled after the server stored the edit and the app found that
        // out (a repeat met 412, it read the server's copy: it holds these values). "Saved" is the truth then.
        QVERIFY2(!editor->isModified(), qPrintable(banner->text()));
        QVERIFY(!banner->isVisible() || banner->kind() != Banner::Kind::Error);
        QVERIFY2(expected.outcome == Outcome::Succeeds ? status.startsWith(QLatin1String("Saved"))
                                                       : status.startsWith(QLatin1String("Nothing left to save")),
                 qPrintable(status));
        QVERIFY(m_server->disarm());
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
    QVERIFY2(draft, "the failed save did not keep the edits in a draft");
    QCOMPARE(m_app->drafts().rehydrated(*draft, editor->base()).edited, edited); // secrets kept as digests
    // No false "saved": the tab still marks unsaved edits and the status bar does not claim a save.
    QVERIFY(tabs->tabText(tabs->indexOf(editor)).contains(QStringLiteral("•")));
    QVERIFY(!m_window->statusBar()->currentMessage().startsWith(QLatin1String("Saved")));
    // (3) The banner says what happened and what to do.
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), Banner::Kind::Error);
    // What the user reads: the banner, and the server's words beside the field they are about.
    const QString text = banner->text() + u'\n' + editor->fieldMessage(QStringLiteral("name"));
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
    if (m_server->elsewhere())
        QCOMPARE(m_server->elsewhere()->requests().size(), 0);

    QVERIFY(m_server->disarm());
    const std::optional<Assistant> stored = serverAssistant(id);
    if (scenario.setup == Setup::DeletedElsewhere) {
        QVERIFY(!stored);
        QCOMPARE(serverAssistants().size(), onServer - 1);
        // Saving again cannot succeed: it fails the same way, keeps everything, and brings nothing back.
        editor->save();
        QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isSaving(), waitMs);
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
        // The server stored the edit before it spoiled the answer: the message says it may have been saved.
        QCOMPARE(stored->name(), edited.name());
        QCOMPARE(stored->prompt(), edited.prompt());
        QVERIFY2(banner->text().contains(QLatin1String("may or may not")), qPrintable(banner->text()));
    } else {
        QCOMPARE(stored->name(), original.name());
        QCOMPARE(stored->prompt(), original.prompt());
    }
    QCOMPARE(serverAssistants().size(), onServer);

    // (4) Saving again succeeds; the server then holds the edit exactly once and the draft is gone.
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isSaving(), waitMs);
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

    QVERIFY(m_server->arm(scenario, Operation::Create, {}));
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newCreate")), Qt::LeftButton);
    QVERIFY(nameEdit->isReadOnly()); // busy
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !nameEdit->isReadOnly(), waitMs);

    const QString status = m_window->statusBar()->currentMessage();
    qInfo("%s after %lld ms: %s", qPrintable(outcomeName(expected.outcome)), qint64(clock.elapsed()),
          qPrintable(dialog ? problems->text() : status));

    if (!expected.fails()) {
        // Created at once; or its answer was lost after the server created it, and the list showed it.
        QTRY_VERIFY(!dialog);
        QVERIFY2(status.startsWith(QStringLiteral("Created “%1”").arg(name)), qPrintable(status));
        QCOMPARE(status.contains(QLatin1String("answer was lost")), expected.outcome == Outcome::FoundDone);
        QVERIFY(m_server->disarm());
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
    QVERIFY2(missingWord(text, expected.words).isEmpty(),
             qPrintable(QStringLiteral("“%1” lacks /%2/").arg(text, missingWord(text, expected.words))));
    // (2) A create is sent once and never repeated on its own; a refused connection sends nothing. Every
    // failing row of the table is one the server did not create (or whose lookup showed it was not).
    QCOMPARE(createRequests(), scenario.setup == Setup::ServerDown ? 0 : 1);
    if (m_server->elsewhere())
        QCOMPARE(m_server->elsewhere()->requests().size(), 0);
    QVERIFY(m_server->disarm());
    QCOMPARE(countNamed(name), 0);
    QCOMPARE(serverAssistants().size(), onServer);

    // (4) Create again, once the fault is gone: the server then holds the assistant exactly once.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newCreate")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, waitMs);
    QCOMPARE(countNamed(name), 1);
    QCOMPARE(serverAssistants().size(), onServer + 1);
    QCOMPARE(m_window->model()->rowCount(), onServer + 1);
}

void TestFaultSuite::createLostAndLookupFailed_data()
{
    QTest::addColumn<bool>("stored"); // whether the lost POST reached the store
    QTest::newRow("it was stored") << true;
    QTest::newRow("it was not") << false;
}

void TestFaultSuite::createLostAndLookupFailed()
{
    // The create's answer is lost, and so is the list the app reads to look for it: it cannot know. The user is
    // told so; Create again looks first, and the server ends with exactly one assistant of that name.
    QFETCH(bool, stored);
    const qsizetype onServer = tableIds().size();
    const QString name = QStringLiteral("Lost twice");
    action("actionNew")->trigger();
    QPointer<NewAssistantDialog> dialog = m_window->findChild<NewAssistantDialog *>();
    QVERIFY(dialog);
    QPointer<QLineEdit> nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("newName"));
    QTest::keyClicks(nameEdit, name);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("newPrompt")), QStringLiteral("Be brief."));

    SandboxFault post;
    post.kind = stored ? Kind::Reset : Kind::Drop;
    post.method = QStringLiteral("POST");
    post.pathPattern = QStringLiteral("^/api/assistants$");
    post.times = -1;
    m_server->sandbox().addFault(post);
    SandboxFault lookup;
    lookup.kind = Kind::Status;
    lookup.status = 500;
    lookup.method = QStringLiteral("GET");
    lookup.pathPattern = QStringLiteral("^/api/assistants$");
    lookup.times = -1;
    m_server->sandbox().addFault(lookup);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newCreate")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !nameEdit->isReadOnly(), waitMs);
    QVERIFY(dialog);
    const QString text = dialog->findChild<QLabel *>(QStringLiteral("newProblems"))->text();
    QVERIFY2(text.contains(QLatin1String("may have created it")) && text.contains(QLatin1String("Press Create again")),
             qPrintable(text));
    QCOMPARE(createRequests(), 1);
    QCOMPARE(m_window->model()->rowCount(), onServer);

    // The network is back; Create pressed again reads the list before it posts anything.
    QVERIFY(m_server->disarm());
    QCOMPARE(countNamed(name), stored ? 1 : 0);
    m_server->sandbox().clearRequests();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newCreate")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, waitMs);
    QCOMPARE(m_server->assistantRequestMethods(),
             stored ? QStringList{QStringLiteral("GET")}
                    : (QStringList{QStringLiteral("GET"), QStringLiteral("POST")}));
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
    m_app->secrets().write(profile.id, QStringLiteral("closed-key"));

    QSignalSpy loaded(m_window, &MainWindow::loadFinished);
    m_window->activateConnection(profile.id);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, waitMs);
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
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, waitMs);
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
    QVERIFY(m_server->patchOnServer(id, theirs));

    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isSaving(), waitMs);
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
    QVERIFY(m_server->patchOnServer(id, theirs));

    // The user is asked (whatever the dialog looks like) and cancels: nothing of theirs is replaced.
    QStringList asked;
    m_app->prompter().handleDialog({}, [&asked](QDialog *dialog) {
        asked.append(QLatin1String(dialog->metaObject()->className()));
        dialog->reject();
    });
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isSaving(), waitMs);
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
