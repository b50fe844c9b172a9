// SPDX-License-Identifier: GPL-3.0-or-later
// Tool credentials through the real window, across sessions: a draft is written, the session ends without
// saving, the next one restores the draft and saves. The keychain is a persistent store shared by the
// sessions (or a session-only one); the server is the sandbox.
#include "../core/SecretTestData.h"
#include "core/AssistantProxyModel.h"
#include "core/AssistantTableModel.h"
#include "core/DraftStore.h"
#include "core/RevoxCall.h"
#include "core/RevoxClient.h"
#include "core/SecretFields.h"
#include "core/SecretPlaceholder.h"
#include "sandbox/SandboxServer.h"
#include "support/ScriptedPrompter.h"
#include "ui/Banner.h"
#include "ui/MainWindow.h"
#include "ui/editor/AssistantEditor.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QJsonDocument>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace SecretTestData;

namespace {

const QString kRotated = QStringLiteral("Bearer rvx_ROTATEDCANARY_c2e4");
const QString kTypedPrompt = QStringLiteral(" Keep it short.");

} // namespace

class TestSecretRestore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void restoresWhenTheServerKeptTheSecrets();
    void aSecretChangedOnTheServerMeanwhileIsAConflict();
    void withoutAKeychainTypedSecretsAreNotKept();

private:
    void startSession(SecretStore *keychain);
    void endSession(); // as a crash would: nothing saved, nothing cleaned up
    AssistantEditor *openAssistant(const QString &id);
    void typeIntoCell(AssistantEditor *editor, const QString &path, const QString &text);
    // Session 1 of both restore tests: the prompt and a header value typed, the draft written, no save.
    void editAndLeave();
    bool draftHeaderIs(int index, SecretPlaceholder::Kind kind) const;
    AssistantEditor *restoreDraft();
    RevoxClient *colleague();
    Assistant serverCopy();
    void patchTools(const Assistant &assistant);
    QStringList filesHolding(const QString &secret) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RevoxClient> m_client;
    std::unique_ptr<RevoxClient> m_colleague;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeptSecretStore> m_keychain;
    std::unique_ptr<SecretSealer> m_sealer;
    std::unique_ptr<DraftStore> m_drafts;
    ScriptedPrompter m_prompter; // answers the window's questions and dialogs as each test scripted them
    std::unique_ptr<MainWindow> m_window;
    QString m_id; // the assistant whose tool carries the canary
    QString m_draftDetails; // what the draft dialog showed
    Assistant m_original;
};

void TestSecretRestore::initTestCase()
{
    // Nothing here may touch the real user's settings.
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("global")));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("global")));
}

void TestSecretRestore::init()
{
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->start({}));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<RevoxClient>(m_network.get());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings->setValue(QStringLiteral("editor/skipReview"), true);
    m_keychain = std::make_unique<KeptSecretStore>();

    // The sample assistant with a tool whose Authorization header carries a real-looking token.
    RevoxCall *list = colleague()->listAssistants();
    QSignalSpy listed(list, &RevoxCall::finished);
    QList<Assistant> assistants;
    connect(list, &RevoxCall::finished, this, [list, &assistants] { assistants = list->assistants(); });
    QVERIFY(listed.wait(10000));
    const auto withTools = std::find_if(assistants.cbegin(), assistants.cend(), [](const Assistant &a) {
        return !a.customTools().isEmpty() && a.customTools().first().headers.size() >= 2;
    });
    QVERIFY(withTools != assistants.cend());
    m_id = withTools->id();
    patchTools(withHeader(*withTools, 0, 0, serverCanary));
    m_original = serverCopy();
    QCOMPARE(m_original.customTools().first().headers.first().value, serverCanary);
}

void TestSecretRestore::cleanup()
{
    const QStringList unexpected = m_prompter.unexpected();
    const qsizetype unused = m_prompter.pending();
    m_prompter.clear();
    endSession();
    m_colleague.reset();
    m_sandbox.reset();
    QDir(m_dir.filePath(QStringLiteral("drafts"))).removeRecursively();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
    QCOMPARE(unused, 0); // every scripted answer was asked for
}

void TestSecretRestore::startSession(SecretStore *keychain)
{
    m_sealer = std::make_unique<SecretSealer>(keychain);
    m_drafts = std::make_unique<DraftStore>(m_dir.filePath(QStringLiteral("drafts")), m_sealer.get());
    m_window = std::make_unique<MainWindow>(m_client.get(), keychain, m_settings.get(), m_drafts.get(),
                                            SandboxEndpoint{m_sandbox->baseUrl(), m_sandbox->apiKey(), QString()},
                                            &m_prompter);
    m_window->show();
    QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
    m_window->activateConnection(ConnectionProfile::sandboxId());
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(m_sealer->isReady());
}

void TestSecretRestore::endSession()
{
    m_window.reset();
    m_drafts.reset();
    m_sealer.reset();
}

AssistantEditor *TestSecretRestore::openAssistant(const QString &id)
{
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("assistantTable"));
    const QModelIndex source = m_window->model()->index(m_window->model()->rowOf(id), 0);
    table->selectionModel()->clearSelection();
    table->selectRow(m_window->proxy()->mapFromSource(source).row());
    m_window->findChild<QAction *>(QStringLiteral("actionOpen"))->trigger();
    return m_window->findChild<AssistantEditor *>(QStringLiteral("editor:%1").arg(id));
}

// As a user types a value: into the cell's own editor (a password field while masked), then Enter.
void TestSecretRestore::typeIntoCell(AssistantEditor *editor, const QString &path, const QString &text)
{
    QVERIFY(editor->focusField(path));
    auto *table = editor->findChild<QTableWidget *>(QStringLiteral("custom_tools[].headers"));
    table->editItem(table->currentItem());
    auto *line = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(line);
    QCOMPARE(line->echoMode(), QLineEdit::Password);
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(!table->viewport()->findChild<QLineEdit *>());
}

RevoxClient *TestSecretRestore::colleague()
{
    if (!m_colleague) {
        m_colleague = std::make_unique<RevoxClient>(m_network.get());
        m_colleague->setBaseUrl(m_sandbox->baseUrl());
        m_colleague->setApiKey(m_sandbox->apiKey());
    }
    return m_colleague.get();
}

Assistant TestSecretRestore::serverCopy()
{
    RevoxCall *call = colleague()->getAssistant(m_id);
    Assistant result;
    connect(call, &RevoxCall::finished, this, [call, &result] { result = call->assistant(); });
    if (!QTest::qWaitFor([&result] { return !result.id().isEmpty(); }, 10000))
        qWarning("the server did not answer"); // the empty copy then fails the caller's comparisons
    return result;
}

void TestSecretRestore::patchTools(const Assistant &assistant)
{
    AssistantPatch patch;
    patch.insert(QStringLiteral("custom_tools"), assistant.value(QStringLiteral("custom_tools")));
    RevoxCall *call = colleague()->updateAssistant(assistant.id(), patch);
    bool done = false;
    bool succeeded = false;
    connect(call, &RevoxCall::finished, this, [call, &done, &succeeded] {
        done = true;
        succeeded = call->succeeded();
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(succeeded);
}

QStringList TestSecretRestore::filesHolding(const QString &secret) const
{
    QStringList found;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(secret.toUtf8()) || bytes.contains(secret.toUtf8().toBase64()))
            found.append(file.fileName());
    }
    return found;
}

// Whether the draft on disk holds, for header `index` of the first tool, a placeholder of this kind.
bool TestSecretRestore::draftHeaderIs(int index, SecretPlaceholder::Kind kind) const
{
    const std::optional<Draft> draft = m_drafts->load(ConnectionProfile::sandboxId(), m_id);
    if (!draft || draft->edited.customTools().isEmpty() || draft->edited.customTools().first().headers.size() <= index)
        return false;
    const std::optional<SecretPlaceholder> held
        = SecretPlaceholder::parse(draft->edited.customTools().first().headers.at(index).value);
    return held && held->kind() == kind;
}

void TestSecretRestore::editAndLeave()
{
    startSession(m_keychain.get());
    AssistantEditor *editor = openAssistant(m_id);
    QVERIFY(editor);
    auto *prompt = editor->findChild<QPlainTextEdit *>(QStringLiteral("prompt"));
    prompt->moveCursor(QTextCursor::End);
    QTest::keyClicks(prompt, kTypedPrompt);
    typeIntoCell(editor, QStringLiteral("custom_tools[0].headers[1].value"), typedCanary);
    QCOMPARE(editor->edited().customTools().first().headers.at(1).value, typedCanary);
    // The draft holds both edits: the prompt, and the typed value sealed.
    QTRY_VERIFY_WITH_TIMEOUT(
        draftHeaderIs(1, SecretPlaceholder::Kind::Sealed)
            && m_drafts->load(ConnectionProfile::sandboxId(), m_id)->edited.prompt().endsWith(kTypedPrompt),
        5000);
    QCOMPARE(filesHolding(serverCanary), QStringList());
    QCOMPARE(filesHolding(typedCanary), QStringList());
    endSession();
}

AssistantEditor *TestSecretRestore::restoreDraft()
{
    startSession(m_keychain.get());
    auto *banner = m_window->findChild<Banner *>(QStringLiteral("draftBanner"));
    if (!banner->isVisible())
        return nullptr;
    QString details;
    m_prompter.handleDialog(QStringLiteral("draftRestoreDialog"), [&details](QDialog *dialog) {
        details = dialog->findChild<QPlainTextEdit *>(QStringLiteral("draftDetails"))->toPlainText();
        dialog->findChild<QPushButton *>(QStringLiteral("restoreDrafts"))->click();
    });
    banner->findChild<QPushButton *>(QStringLiteral("bannerAction"))->click();
    m_draftDetails = details;
    return m_window->findChild<AssistantEditor *>(QStringLiteral("editor:%1").arg(m_id));
}

void TestSecretRestore::restoresWhenTheServerKeptTheSecrets()
{
    editAndLeave();
    AssistantEditor *editor = restoreDraft();
    QVERIFY(editor);
    QVERIFY2(m_draftDetails.contains(QStringLiteral("Header value")), qPrintable(m_draftDetails));
    QVERIFY(!m_draftDetails.contains(typedCanary) && !m_draftDetails.contains(serverCanary)); // masked
    QCOMPARE(editor->base(), m_original); // every digest matched the server's value
    const Assistant edited = editor->edited();
    QVERIFY(edited.prompt().endsWith(kTypedPrompt));
    QCOMPARE(edited.customTools().first().headers.at(0).value, serverCanary);
    QCOMPARE(edited.customTools().first().headers.at(1).value, typedCanary); // opened with the keychain's key
    QVERIFY(editor->review().canSave());

    m_sandbox->clearRequests();
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isModified() && !editor->isSaving(), 10000);
    const Assistant server = serverCopy();
    QVERIFY(server.prompt().endsWith(kTypedPrompt));
    QCOMPARE(server.customTools().first().headers.at(0).value, serverCanary);
    QCOMPARE(server.customTools().first().headers.at(1).value, typedCanary);
    QTRY_VERIFY(!m_drafts->load(ConnectionProfile::sandboxId(), m_id));
}

void TestSecretRestore::aSecretChangedOnTheServerMeanwhileIsAConflict()
{
    editAndLeave();
    patchTools(withHeader(m_original, 0, 0, kRotated)); // a colleague rotates the token meanwhile
    AssistantEditor *editor = restoreDraft();
    QVERIFY(editor);
    QVERIFY(SecretPlaceholder::isPlaceholder(editor->base().customTools().first().headers.at(0).value));
    QCOMPARE(editor->edited().customTools().first().headers.at(1).value, typedCanary);

    QString shown;
    m_prompter.handleDialog(QStringLiteral("conflictDialog"), [&shown](QDialog *dialog) {
        for (const QPlainTextEdit *view : dialog->findChildren<QPlainTextEdit *>())
            shown += view->toPlainText();
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("keepMine:custom_tools")));
        dialog->findChild<QRadioButton *>(QStringLiteral("keepMine:custom_tools"))->click();
        dialog->findChild<QPushButton *>(QStringLiteral("saveChoices"))->click();
    });
    m_sandbox->clearRequests();
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving(), 10000);
    QVERIFY2(!shown.isEmpty(), "no conflict dialog");
    for (const QString &secret : {serverCanary, kRotated, typedCanary})
        QVERIFY2(!shown.contains(secret), qPrintable(secret)); // masked as in the editor
    QVERIFY(!editor->isModified());

    // Theirs for the secret the user never touched, the user's for what they typed.
    const Assistant server = serverCopy();
    QCOMPARE(server.customTools().first().headers.at(0).value, kRotated);
    QCOMPARE(server.customTools().first().headers.at(1).value, typedCanary);
    QVERIFY(server.prompt().endsWith(kTypedPrompt));
    for (const SandboxRequestRecord &request : m_sandbox->requests())
        QVERIFY(!request.body.contains("revox-secret")); // no placeholder ever travelled
}

void TestSecretRestore::withoutAKeychainTypedSecretsAreNotKept()
{
    MemorySecretStore sessionOnly;
    startSession(&sessionOnly);
    QVERIFY(!m_sealer->isPersistent());
    AssistantEditor *editor = openAssistant(m_id);
    auto *info = m_window->findChild<Banner *>(QStringLiteral("infoBanner"));
    QVERIFY(!info->isVisible());
    typeIntoCell(editor, QStringLiteral("custom_tools[0].headers[1].value"), typedCanary);
    QTRY_VERIFY_WITH_TIMEOUT(info->isVisible(), 5000);
    QVERIFY2(info->text().contains(QStringLiteral("will not survive a crash")), qPrintable(info->text()));
    QVERIFY(m_drafts->load(ConnectionProfile::sandboxId(), m_id));
    QCOMPARE(filesHolding(typedCanary), QStringList());
    QCOMPARE(filesHolding(serverCanary), QStringList());

    // Said once: the next typed value writes a draft without a word.
    info->findChild<QAbstractButton *>(QStringLiteral("bannerClose"))->click();
    QVERIFY(!info->isVisible());
    typeIntoCell(editor, QStringLiteral("custom_tools[0].headers[0].value"), QStringLiteral("Bearer rvx_other_4410"));
    QTRY_VERIFY_WITH_TIMEOUT(draftHeaderIs(0, SecretPlaceholder::Kind::Withheld), 5000);
    QVERIFY(!info->isVisible());
    QCOMPARE(filesHolding(QStringLiteral("rvx_other_4410")), QStringList());
    // The values are in the editor all along: a save sends them.
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isModified() && !editor->isSaving(), 10000);
    QCOMPARE(serverCopy().customTools().first().headers.at(1).value, typedCanary);
}

QTEST_MAIN(TestSecretRestore)
#include "TestSecretRestore.moc"
