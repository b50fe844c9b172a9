// SPDX-License-Identifier: GPL-3.0-or-later
// The fault scenarios of TestFaultSuite (FaultScenarios) on the other requests a user's action sends, against
// the real window: the read of the assistant a save makes before it sends anything, a clone, a delete, and the
// voice catalogue that follows the first list. Every row asserts the outcome the table names for it; where it
// fails, the message says so in the table's words, nothing the user typed is lost, and once the fault is gone
// the same action succeeds, once.
#include "core/AssistantTableModel.h"
#include "core/ConnectionProfile.h"
#include "core/RevoxCall.h"
#include "core/RevoxClient.h"
#include "support/AppFixture.h"
#include "ui/AssistantActions.h"
#include "ui/Banner.h"
#include "ui/ListLoader.h"
#include "ui/MainWindow.h"
#include "ui/editor/AssistantEditor.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace FaultScenarios;

class TestFaultActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void reread_data() { addScenarioRows(); }
    void reread();
    void clone_data() { addScenarioRows(); }
    void clone();
    void remove_data() { addScenarioRows(); }
    void remove();
    void voices_data() { addScenarioRows(); }
    void voices();

private:
    static void addScenarioRows();
    // Starts a window on the sandbox and loads its list; with `waitForVoices`, its voice catalogue as well.
    void startWindow(bool waitForVoices);
    // Every call the app's client started since startWindow() has ended (and deleted itself): no answer is
    // still on its way.
    bool callsEnded() const;
    qsizetype requestsTo(const QString &method, const QString &pattern) const;

    std::unique_ptr<AppFixture> m_app;
    SandboxFixture *m_server = nullptr; // m_app's
    MainWindow *m_window = nullptr; // m_app's
    QList<QPointer<RevoxCall>> m_calls;
};

void TestFaultActions::init()
{
    m_calls.clear();
    m_app = std::make_unique<AppFixture>();
    QString error;
    QVERIFY2(m_app->start({}, &error), qPrintable(error));
    m_server = &m_app->server();
    m_app->settings().setValue(QStringLiteral("editor/skipReview"), true);
    connect(&m_app->client(), &RevoxClient::callStarted, this, [this](RevoxCall *call) { m_calls.append(call); });
}

void TestFaultActions::cleanup()
{
    const QStringList unexpected = m_app->prompter().unexpected();
    m_window = nullptr;
    m_server = nullptr;
    m_app.reset();
    QVERIFY2(unexpected.isEmpty(), qPrintable(QStringLiteral("unexpected dialogs: ") + unexpected.join(u", ")));
}

void TestFaultActions::addScenarioRows()
{
    QTest::addColumn<int>("index");
    for (int index = 0; index < FaultScenarios::all().size(); ++index)
        QTest::newRow(qPrintable(FaultScenarios::all().at(index).name)) << index;
}

void TestFaultActions::startWindow(bool waitForVoices)
{
    m_window = m_app->createWindow();
    QVERIFY(m_app->showWindow());
    const int loaded = m_app->load();
    QVERIFY2(loaded >= 10, qPrintable(QString::number(loaded)));
    if (waitForVoices)
        QVERIFY(m_app->waitForVoices());
}

bool TestFaultActions::callsEnded() const
{
    return std::all_of(m_calls.cbegin(), m_calls.cend(), [](const QPointer<RevoxCall> &call) { return !call; });
}

qsizetype TestFaultActions::requestsTo(const QString &method, const QString &pattern) const
{
    const QRegularExpression path(pattern);
    const QList<SandboxRequestRecord> requests = m_server->sandbox().requests();
    return std::count_if(requests.cbegin(), requests.cend(), [&](const SandboxRequestRecord &request) {
        return request.method == method && path.match(request.path).hasMatch();
    });
}

// --- the read before a save ----------------------------------------------------------------------

void TestFaultActions::reread()
{
    QFETCH(int, index);
    const Scenario &scenario = FaultScenarios::all().at(index);
    const Expectation &expected = scenario.reread;
    startWindow(true);
    AssistantEditor *editor = m_app->openEditor(0);
    QVERIFY(editor);
    const QString id = editor->assistantId();
    const Assistant original = editor->base();
    const QString newName = QStringLiteral("Reread: ") + scenario.name;
    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("name"));
    name->selectAll();
    QTest::keyClicks(name, newName);
    const Assistant edited = editor->edited();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->draftOnDisk(id), waitMs);
    QVERIFY(m_app->drafts().remove(ConnectionProfile::sandboxId(), id));
    auto *banner = editor->findChild<Banner *>(QStringLiteral("editorBanner"));

    m_server->sandbox().clearRequests();
    QVERIFY(m_server->arm(scenario, Operation::Reread, id));
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving(), waitMs);
    const QString status = m_window->statusBar()->currentMessage();
    qInfo("%s: %s", qPrintable(outcomeName(expected.outcome)),
          qPrintable(editor->isModified() ? banner->text() : status));

    if (expected.outcome == Outcome::Succeeds) {
        QVERIFY2(!editor->isModified(), qPrintable(banner->text()));
        QVERIFY2(status.startsWith(QLatin1String("Saved")), qPrintable(status));
        QVERIFY(m_server->disarm());
        QCOMPARE(m_server->serverAssistant(id)->name(), newName);
        QVERIFY(!m_app->draftOnDisk(id));
        return;
    }
    QCOMPARE(expected.outcome, Outcome::Fails);
    // Nothing was sent: the read failed before the PATCH, and the message says so.
    QCOMPARE(requestsTo(QStringLiteral("PATCH"), QStringLiteral("^/api/assistants/")), 0);
    QVERIFY(editor->isModified());
    QCOMPARE(editor->edited(), edited);
    QVERIFY2(m_app->draftOnDisk(id), "the failed save did not keep the edits in a draft");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), Banner::Kind::Error);
    QVERIFY2(banner->text().startsWith(QLatin1String("Not saved.")), qPrintable(banner->text()));
    // What the user reads: the banner, and the server's words beside the field they are about.
    const QString text = banner->text() + u'\n' + editor->fieldMessage(QStringLiteral("name"));
    QVERIFY2(missingWord(text, expected.words).isEmpty(),
             qPrintable(QStringLiteral("“%1” lacks /%2/").arg(text, missingWord(text, expected.words))));
    if (m_server->elsewhere())
        QCOMPARE(m_server->elsewhere()->requests().size(), 0);
    QVERIFY(m_server->disarm());
    if (scenario.setup == Setup::DeletedElsewhere) {
        QVERIFY(!m_server->serverAssistant(id));
        return;
    }
    QCOMPARE(m_server->serverAssistant(id)->name(), original.name());

    // The fault gone, saving again stores the edit.
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving(), waitMs);
    QVERIFY2(!editor->isModified(), qPrintable(banner->text()));
    QCOMPARE(m_server->serverAssistant(id)->name(), newName);
    QCOMPARE(m_server->countNamed(newName), 1);
    QVERIFY(!m_app->draftOnDisk(id));
}

// --- clone ---------------------------------------------------------------------------------------

void TestFaultActions::clone()
{
    QFETCH(int, index);
    const Scenario &scenario = FaultScenarios::all().at(index);
    const Expectation &expected = scenario.clone;
    startWindow(true);
    const QString id = m_app->tableIds().first();
    const QString copyName = m_window->model()->assistant(id)->name() + QStringLiteral(" (copy)");
    const qsizetype onServer = m_app->tableIds().size();
    auto *actions = m_window->findChild<AssistantActions *>();
    QSignalSpy added(actions, &AssistantActions::added);
    QSignalSpy failed(actions, &AssistantActions::failed);

    m_server->sandbox().clearRequests();
    QVERIFY(m_server->arm(scenario, Operation::Clone, id));
    m_app->table()->selectRow(0);
    m_app->action("actionClone")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(added.size() + failed.size() == 1, waitMs);
    const QString status = m_window->statusBar()->currentMessage();
    qInfo("%s: %s", qPrintable(outcomeName(expected.outcome)),
          qPrintable(failed.isEmpty() ? status : failed.constFirst().constFirst().toString()));
    // A clone is a POST: sent once, never repeated (a refused connection sends nothing).
    QCOMPARE(requestsTo(QStringLiteral("POST"), QStringLiteral("/clone$")),
             scenario.setup == Setup::ServerDown ? 0 : 1);

    if (expected.outcome == Outcome::Succeeds) {
        QCOMPARE(added.size(), 1);
        QVERIFY2(status.startsWith(QLatin1String("Cloned")), qPrintable(status));
        QCOMPARE(m_window->model()->rowCount(), onServer + 1);
        QVERIFY(m_server->disarm());
        QCOMPARE(m_server->countNamed(copyName), 1);
        return;
    }
    QCOMPARE(expected.outcome, Outcome::Fails);
    QCOMPARE(failed.size(), 1);
    const QString text = failed.constFirst().constFirst().toString();
    QVERIFY2(text.contains(QLatin1String("could not be cloned")), qPrintable(text));
    QVERIFY2(missingWord(text, expected.words).isEmpty(),
             qPrintable(QStringLiteral("“%1” lacks /%2/").arg(text, missingWord(text, expected.words))));
    QVERIFY(m_app->errorBanner()->isVisible());
    QCOMPARE(m_window->model()->rowCount(), onServer);
    if (m_server->elsewhere())
        QCOMPARE(m_server->elsewhere()->requests().size(), 0);
    QVERIFY(m_server->disarm());
    if (scenario.setup == Setup::DeletedElsewhere) {
        QCOMPARE(m_server->serverAssistants().size(), onServer - 1);
        return;
    }
    // A clone the server made before it spoiled the answer is there, once; otherwise none.
    QCOMPARE(m_server->countNamed(copyName), scenario.applied ? 1 : 0);

    // The fault gone, cloning again adds one.
    m_app->table()->selectRow(0);
    m_app->action("actionClone")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, waitMs);
    QCOMPARE(m_server->countNamed(copyName), scenario.applied ? 2 : 1);
}

// --- delete --------------------------------------------------------------------------------------

void TestFaultActions::remove()
{
    QFETCH(int, index);
    const Scenario &scenario = FaultScenarios::all().at(index);
    const Expectation &expected = scenario.remove;
    startWindow(true);
    const QString id = m_app->tableIds().first();
    const qsizetype onServer = m_app->tableIds().size();
    auto *actions = m_window->findChild<AssistantActions *>();
    QSignalSpy deleted(actions, &AssistantActions::deleted);
    QSignalSpy failed(actions, &AssistantActions::failed);

    m_server->sandbox().clearRequests();
    QVERIFY(m_server->arm(scenario, Operation::Delete, id));
    m_app->table()->selectRow(0);
    m_app->prompter().answer(QStringLiteral("deleteConfirmation"), QStringLiteral("confirmDelete"));
    m_app->action("actionDelete")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(deleted.size() + failed.size() == 1, waitMs);
    const QString status = m_window->statusBar()->currentMessage();
    qInfo("%s: %s", qPrintable(outcomeName(expected.outcome)),
          qPrintable(failed.isEmpty() ? status : failed.constFirst().constFirst().toString()));

    if (expected.outcome == Outcome::Succeeds || expected.outcome == Outcome::FoundDone) {
        // Deleted; or the answer was spoiled after the server deleted it, and its repeat found it gone.
        QCOMPARE(deleted.size(), 1);
        QVERIFY2(status.startsWith(QLatin1String("Deleted")), qPrintable(status));
        QVERIFY(!m_app->tableIds().contains(id));
        QVERIFY(m_server->disarm());
        QVERIFY(!m_server->serverAssistant(id));
        QCOMPARE(m_server->serverAssistants().size(), onServer - 1);
        // A delete the server had not done yet is sent once more at most (the answer decided).
        QCOMPARE(requestsTo(QStringLiteral("DELETE"), QStringLiteral("^/api/assistants/")) > 1,
                 expected.outcome == Outcome::FoundDone);
        return;
    }
    QCOMPARE(expected.outcome, Outcome::Fails);
    QCOMPARE(failed.size(), 1);
    const QString text = failed.constFirst().constFirst().toString();
    QVERIFY2(text.contains(QLatin1String("could not be deleted")), qPrintable(text));
    QVERIFY2(missingWord(text, expected.words).isEmpty(),
             qPrintable(QStringLiteral("“%1” lacks /%2/").arg(text, missingWord(text, expected.words))));
    QVERIFY(m_app->errorBanner()->isVisible());
    QVERIFY(m_app->tableIds().contains(id)); // still listed: the user can try again
    if (m_server->elsewhere())
        QCOMPARE(m_server->elsewhere()->requests().size(), 0);
    QVERIFY(m_server->disarm());
    // What the server did before it spoiled the answer holds: gone when it was applied, there otherwise.
    QCOMPARE(bool(m_server->serverAssistant(id)), !scenario.applied);

    // The fault gone, deleting again ends with it gone (a repeat that finds it gone is a success).
    m_app->table()->selectRow(0);
    m_app->prompter().answer(QStringLiteral("deleteConfirmation"), QStringLiteral("confirmDelete"));
    m_app->action("actionDelete")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, waitMs);
    QVERIFY(!m_app->tableIds().contains(id));
    QCOMPARE(m_server->serverAssistants().size(), onServer - 1);
}

// --- the voice catalogue -------------------------------------------------------------------------

void TestFaultActions::voices()
{
    QFETCH(int, index);
    const Scenario &scenario = FaultScenarios::all().at(index);
    const Expectation &expected = scenario.voices;
    // A window of its own: the catalogue is asked for once per connection, after its first list.
    m_window = m_app->createWindow();
    QVERIFY(m_app->showWindow());
    auto *loader = m_window->findChild<ListLoader *>();
    QVERIFY(loader);
    QVERIFY(m_server->arm(scenario, Operation::Voices, {}));
    const int loaded = m_app->load();
    if (scenario.setup == Setup::ServerDown) {
        // Nothing answers: the list says so, and nothing is asked for the voices.
        QCOMPARE(loaded, -1);
        QVERIFY(m_app->errorBanner()->isVisible());
    } else {
        QVERIFY2(loaded >= 10, qPrintable(QString::number(loaded)));
        QTRY_VERIFY_WITH_TIMEOUT(requestsTo(QStringLiteral("GET"), QStringLiteral("^/api/voices$")) > 0, waitMs);
    }
    QTRY_VERIFY_WITH_TIMEOUT(callsEnded(), waitMs);
    qInfo("%s: %lld voices", qPrintable(outcomeName(expected.outcome)), qint64(loader->voices().size()));

    if (expected.outcome == Outcome::Succeeds) {
        QVERIFY(!loader->voices().isEmpty());
        QVERIFY(!m_app->errorBanner()->isVisible());
        return;
    }
    QCOMPARE(expected.outcome, Outcome::FailsQuietly);
    QVERIFY(loader->voices().isEmpty()); // the table shows voice IDs
    if (scenario.setup != Setup::ServerDown) {
        QVERIFY2(!m_app->errorBanner()->isVisible(), qPrintable(m_app->errorBanner()->text()));
        QCOMPARE(m_window->model()->rowCount(), loaded);
    }
    if (m_server->elsewhere())
        QCOMPARE(m_server->elsewhere()->requests().size(), 0);

    // The fault gone, the next load asks for the voices again.
    QVERIFY(m_server->disarm());
    QSignalSpy voicesLoaded(loader, &ListLoader::voicesLoaded);
    QTest::keyClick(m_window, Qt::Key_F5);
    QVERIFY(voicesLoaded.wait(waitMs));
    QVERIFY(!loader->voices().isEmpty());
    QVERIFY(!m_app->errorBanner()->isVisible());
}

QTEST_MAIN(TestFaultActions)
#include "TestFaultActions.moc"
