// SPDX-License-Identifier: GPL-3.0-or-later
// Test calls through the real window, editor and dialog against the sandbox (calls of a second and a half):
// the POST carries the editor's unsaved state inline and nothing is saved; variables are asked for and a
// missing one is warned; statuses, attempts, the transcript by speaker and the outcome appear; cancel; an
// invalid number, a refusal in the server's words, reads that fail (retried, then said, then looked up
// again), a secret that must be typed again, closing or switching mid-call (asked); the real-call notice,
// the number remembered per connection, and earlier calls kept for the session.
#include "core/AssistantPatch.h"
#include "core/AssistantTableModel.h"
#include "core/CallText.h"
#include "core/SecretPlaceholder.h"
#include "core/SecretStore.h"
#include "support/AppFixture.h"
#include "ui/MainWindow.h"
#include "ui/TestCallDialog.h"
#include "ui/editor/AssistantEditor.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace std::chrono;
using namespace Qt::StringLiterals;

namespace {

const QString kNumber = u"+14155550123"_s;
const QString kSolara = u"b08032c1-d236-5c24-afdc-cfe6a554e70f"_s; // one {{first_name}}, a tool, structured output
const QString kBrightsmile = u"0ac7a593-f056-5dc5-a762-3d80b7d98152"_s; // six variables

PollSchedule quickSchedule()
{
    PollSchedule schedule;
    schedule.initial = 50ms;
    schedule.maximum = 200ms;
    schedule.maxFailures = 2;
    return schedule;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QJsonObject bodyOf(const SandboxRequestRecord &record)
{
    return QJsonDocument::fromJson(record.body).object();
}

} // namespace

class TestTestCall : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void callCarriesTheEditorsUnsavedStateAndSavesNothing();
    void variablesAreAskedAndMissingOnesWarned();
    void statusesTranscriptAndOutcomeAppear();
    void cancelEndsTheCall();
    void closingMidCallAsks();
    void switchingConnectionMidCallAsks();
    void invalidNumberIsNeverSent();
    void refusedCallShowsTheServersWords();
    void lostReadsAreRetriedThenSaidThenLookedUpAgain();
    void unknownSecretNamesTheHeaderToTypeAgain();
    void productionSaysItIsARealCall();
    void numberIsRememberedPerConnection();
    void earlierCallsStayListed();
    void screenshots();

private:
    AssistantEditor *openEditor(const QString &id);
    // Ctrl+T in the editor's window: the assistant's dialog, shown, with quick reads.
    TestCallDialog *openDialog(AssistantEditor *editor);
    void place(TestCallDialog *dialog, const QString &number = kNumber);
    template<typename T> T *child(QWidget *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    int requestsTo(const QString &method, const QString &pathPattern) const;

    std::unique_ptr<AppFixture> m_app;
};

void TestTestCall::init()
{
    m_app = std::make_unique<AppFixture>();
    AppFixture::Options options;
    options.sandbox.callSeconds = 1.5;
    QVERIFY(m_app->start(options));
    m_app->createWindow();
    m_app->window()->resize(1400, 900);
    QVERIFY(m_app->showWindow());
    QVERIFY(m_app->load() > 0);
    QVERIFY(m_app->waitForVoices());
}

void TestTestCall::cleanup()
{
    const QStringList unexpected = m_app->prompter().unexpected();
    m_app.reset();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
}

int TestTestCall::requestsTo(const QString &method, const QString &pathPattern) const
{
    const QRegularExpression path(pathPattern);
    int count = 0;
    for (const SandboxRequestRecord &record : m_app->sandbox().requests())
        count += record.method == method && path.match(record.path).hasMatch() ? 1 : 0;
    return count;
}

AssistantEditor *TestTestCall::openEditor(const QString &id)
{
    const int row = m_app->tableIds().indexOf(id);
    if (row < 0)
        qWarning("no row for %s", qPrintable(id));
    m_app->tabs()->setCurrentIndex(0); // the list's actions work on the list
    return m_app->openEditor(row);
}

TestCallDialog *TestTestCall::openDialog(AssistantEditor *editor)
{
    MainWindow *window = m_app->window();
    window->activateWindow();
    if (!QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }))
        qWarning("the window is not active");
    m_app->tabs()->setCurrentWidget(editor);
    QTest::keyClick(editor, Qt::Key_T, Qt::ControlModifier);
    TestCallDialog *found = nullptr;
    for (TestCallDialog *dialog : window->findChildren<TestCallDialog *>()) {
        if (dialog->assistantId() == editor->assistantId() && dialog->isVisible())
            found = dialog;
    }
    if (found)
        found->job()->setSchedule(quickSchedule());
    else
        qWarning("Ctrl+T showed no dialog");
    return found;
}

void TestTestCall::place(TestCallDialog *dialog, const QString &number)
{
    auto *numberEdit = child<QLineEdit>(dialog, u"testCallNumber"_s);
    if (numberEdit->text() != number)
        typeInto(numberEdit, number);
    auto *call = child<QPushButton>(dialog, u"testCallPlace"_s);
    QVERIFY(call->isEnabled());
    QTest::mouseClick(call, Qt::LeftButton);
}

// --- what is sent ------------------------------------------------------------------------------

void TestTestCall::callCarriesTheEditorsUnsavedStateAndSavesNothing()
{
    const Assistant stored = *m_app->server().serverAssistant(kSolara);
    AssistantEditor *editor = openEditor(kSolara);
    QVERIFY(editor);
    // Unsaved edits: the prompt and the name, typed into the editor.
    auto *prompt = child<QPlainTextEdit>(editor, u"prompt"_s);
    prompt->setFocus();
    QTest::keyClick(prompt, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(prompt, u" Keep it under two minutes."_s);
    auto *name = child<QLineEdit>(editor, u"name"_s);
    name->setFocus();
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClicks(name, u" (test)"_s);
    QVERIFY(editor->isModified());

    TestCallDialog *dialog = openDialog(editor);
    QVERIFY(dialog);
    QVERIFY2(child<QLabel>(dialog, u"testCallNotice"_s)->text().contains(u"simulated"_s),
             qPrintable(child<QLabel>(dialog, u"testCallNotice"_s)->text()));
    QVERIFY(!child<QLabel>(dialog, u"testCallNotice"_s)->property("realCall").toBool());
    QVERIFY(dialog->windowTitle().contains(u"(test)"_s));
    typeInto(child<QLineEdit>(dialog, u"variable:first_name"_s), u"Ann"_s);
    const qsizetype before = m_app->sandbox().requests().size();
    place(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo(u"POST"_s, u"^/api/call$"_s), 1, 5000);

    // The POST: the editor's state as create takes it — unsaved edits in, id and read-only keys out.
    SandboxRequestRecord post;
    for (const SandboxRequestRecord &record : m_app->sandbox().requests().mid(before)) {
        if (record.method == u"POST" && record.path == u"/api/call")
            post = record;
    }
    const QJsonObject sent = bodyOf(post);
    const QJsonObject assistant = sent.value(u"assistant"_s).toObject();
    QCOMPARE(assistant, AssistantPatch::forCreate(editor->edited()).body());
    QVERIFY(assistant.value(u"prompt"_s).toString().endsWith(u" Keep it under two minutes."_s));
    QVERIFY(assistant.value(u"name"_s).toString().endsWith(u" (test)"_s));
    for (const char *key : {"id", "organization_id", "created_at", "updated_at", "created_by", "pending_faq_count"})
        QVERIFY2(!assistant.contains(QLatin1String(key)), key);
    QVERIFY(!sent.contains(u"assistant_id"_s));
    QCOMPARE(sent.value(u"phone_number"_s).toString(), kNumber);
    QCOMPARE(sent.value(u"prompt_variables"_s).toObject(), (QJsonObject{{u"first_name"_s, u"Ann"_s}}));
    // The tool's header went with its value, never a placeholder.
    const QJsonObject header = assistant.value(u"custom_tools"_s)[0][u"headers"_s][0].toObject();
    QCOMPARE(header.value(u"value"_s).toString(), u"{{secrets.solara_api_key}}"_s);

    QTRY_COMPARE_WITH_TIMEOUT(dialog->job()->state(), TestCallJob::State::Ended, 10000);
    // Nothing saved: the editor still holds its edits, the server its assistant, and no write went out.
    QVERIFY(editor->isModified());
    QCOMPARE(*m_app->server().serverAssistant(kSolara), stored);
    QCOMPARE(requestsTo(u"POST"_s, u"^/api/assistants"_s) + requestsTo(u"PATCH"_s, u"^/api/assistants"_s), 0);
    QCOMPARE(m_app->window()->model()->assistant(kSolara)->json(), stored.json());
}

void TestTestCall::variablesAreAskedAndMissingOnesWarned()
{
    AssistantEditor *editor = openEditor(kBrightsmile);
    TestCallDialog *dialog = openDialog(editor);
    QVERIFY(dialog);
    const QStringList expected{u"patient_first_name"_s, u"appointment_date"_s,  u"appointment_time"_s,
                               u"dentist_name"_s,       u"patient_last_name"_s, u"treatment"_s};
    for (const QString &name : expected) {
        auto *input = child<QLineEdit>(dialog, u"variable:"_s + name);
        QVERIFY(input);
        QCOMPARE(input->accessibleName(), u"{{%1}}"_s.arg(name)); // as its label reads
        QCOMPARE(input->accessibleDescription(), u"Value of {{%1}}"_s.arg(name));
    }
    auto *warning = child<QLabel>(dialog, u"testCallVariablesWarning"_s);
    QVERIFY(warning->isVisible());
    typeInto(child<QLineEdit>(dialog, u"variable:patient_first_name"_s), u"Ann"_s);
    QVERIFY(!warning->text().contains(u"{{patient_first_name}}"_s));
    QVERIFY2(warning->text().contains(u"{{appointment_date}}"_s), qPrintable(warning->text()));

    // A variable added in the editor meanwhile gets an input when the dialog is opened again; typed values stay.
    auto *prompt = child<QPlainTextEdit>(editor, u"prompt"_s);
    prompt->setFocus();
    QTest::keyClick(prompt, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(prompt, u" Mention {{clinic_phone}}."_s);
    QCOMPARE(openDialog(editor), dialog);
    QVERIFY(child<QLineEdit>(dialog, u"variable:clinic_phone"_s));
    QCOMPARE(child<QLineEdit>(dialog, u"variable:patient_first_name"_s)->text(), u"Ann"_s);

    // Warned, not blocked: the call goes with the values there are.
    place(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo(u"POST"_s, u"^/api/call$"_s), 1, 5000);
    const QJsonObject sent = bodyOf(m_app->sandbox().requests().last().method == u"POST"
                                        ? m_app->sandbox().requests().last()
                                        : m_app->sandbox().requests().at(m_app->sandbox().requests().size() - 2));
    QCOMPARE(sent.value(u"prompt_variables"_s).toObject(), (QJsonObject{{u"patient_first_name"_s, u"Ann"_s}}));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->job()->state(), TestCallJob::State::Ended, 10000);
    // The variable reached the transcript: the static first sentence says the name.
    auto *transcript = child<QTreeWidget>(dialog, u"testCallTranscript"_s);
    QVERIFY(transcript->topLevelItem(0)->text(1).contains(u"Ann"_s));
}

// --- following the call ------------------------------------------------------------------------

void TestTestCall::statusesTranscriptAndOutcomeAppear()
{
    TestCallDialog *dialog = openDialog(openEditor(kSolara));
    QVERIFY(dialog);
    auto *status = child<QLabel>(dialog, u"testCallStatus"_s);
    auto *transcript = child<QTreeWidget>(dialog, u"testCallTranscript"_s);
    QStringList shown; // the status line at each update, as the user saw it
    QList<int> rowsWhileRunning; // the transcript's rows at each update before the end
    connect(dialog->job(), &TestCallJob::updated, this, [&](const CallInfo &call) {
        shown.append(status->text());
        if (!call.isFinal() && !call.transcript.isEmpty())
            rowsWhileRunning.append(transcript->topLevelItemCount());
    });
    typeInto(child<QLineEdit>(dialog, u"variable:first_name"_s), u"Ann"_s);
    place(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->job()->state(), TestCallJob::State::Ended, 10000);

    // Statuses came one after another, each said in words.
    QStringList distinct;
    for (const QString &text : std::as_const(shown)) {
        const QString words = text.section(u"</b>"_s, 0, 0).remove(u"<b>"_s);
        if (distinct.isEmpty() || distinct.last() != words)
            distinct.append(words);
    }
    QVERIFY2(distinct.size() >= 3, qPrintable(distinct.join(u" → "_s)));
    QCOMPARE(distinct.last(), CallText::status(u"completed"_s));
    QVERIFY2(distinct.contains(CallText::status(u"calling"_s)), qPrintable(distinct.join(u" → "_s)));
    // The transcript grew while the call ran, line after line.
    QVERIFY(rowsWhileRunning.size() >= 2);
    QVERIFY(rowsWhileRunning.first() > 0);
    QVERIFY(rowsWhileRunning.first() < rowsWhileRunning.last());
    QVERIFY(std::is_sorted(rowsWhileRunning.begin(), rowsWhileRunning.end()));

    // The person, the assistant and tools, told apart by name, by look and for code.
    QHash<QString, QTreeWidgetItem *> byRole;
    for (int row = 0; row < transcript->topLevelItemCount(); ++row)
        byRole.insert(transcript->topLevelItem(row)->data(0, Qt::UserRole).toString(), transcript->topLevelItem(row));
    QVERIFY(byRole.contains(u"user"_s) && byRole.contains(u"assistant"_s) && byRole.contains(u"tool"_s));
    QCOMPARE(byRole.value(u"user"_s)->text(0), CallText::speaker(CallInfo::TranscriptEntry::Role::User));
    QCOMPARE(byRole.value(u"assistant"_s)->text(0), CallText::speaker(CallInfo::TranscriptEntry::Role::Assistant));
    QCOMPARE(byRole.value(u"tool"_s)->text(0), CallText::speaker(CallInfo::TranscriptEntry::Role::Tool));
    QVERIFY(byRole.value(u"assistant"_s)->background(1) != byRole.value(u"user"_s)->background(1));
    QVERIFY(byRole.value(u"tool"_s)->background(1) != byRole.value(u"assistant"_s)->background(1));
    QVERIFY(transcript->topLevelItem(0)->text(1).startsWith(u"Hi Ann, this is Blake"_s));
    bool toolNamed = false;
    for (int row = 0; row < transcript->topLevelItemCount(); ++row)
        toolNamed |= transcript->topLevelItem(row)->text(1).startsWith(u"utility_rate_lookup {"_s);
    QVERIFY(toolNamed);

    // The outcome, duration, result and structured output.
    const QString outcome = child<QLabel>(dialog, u"testCallOutcome"_s)->text();
    for (const QString &part :
         {CallText::status(u"completed"_s), CallText::result(u"human"_s), u"Duration"_s, CallText::endedBy(u"agent"_s)})
        QVERIFY2(outcome.contains(part), qPrintable(outcome));
    auto *structured = child<QPlainTextEdit>(dialog, u"testCallStructuredOutput"_s);
    QVERIFY(structured->isVisible());
    QVERIFY(structured->toPlainText().contains(u'{'));
    QVERIFY2(child<QLabel>(dialog, u"testCallAttempts"_s)->text().startsWith(u"Attempt 1: "_s),
             qPrintable(child<QLabel>(dialog, u"testCallAttempts"_s)->text()));
    auto *history = child<QListWidget>(dialog, u"testCallHistory"_s);
    QCOMPARE(history->count(), 1);
    QVERIFY(history->item(0)->text().contains(kNumber) && history->item(0)->text().contains(u"Completed"_s));
    QVERIFY(child<QLabel>(dialog, u"testCallProblem"_s)->isHidden());
}

void TestTestCall::cancelEndsTheCall()
{
    TestCallDialog *dialog = openDialog(openEditor(kSolara));
    QVERIFY(dialog);
    place(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->job()->call().id.isEmpty(), 5000);
    auto *cancel = child<QPushButton>(dialog, u"testCallCancel"_s);
    QVERIFY(cancel->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, u"testCallPlace"_s)->isEnabled()); // one call at a time
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, u"testCallStatus"_s)->text().contains(u"Cancelled"_s), 5000);
    QCOMPARE(requestsTo(u"POST"_s, u"^/api/call/[^/]+/cancel$"_s), 1);
    QCOMPARE(dialog->job()->state(), TestCallJob::State::Ended);
    QVERIFY(child<QPushButton>(dialog, u"testCallPlace"_s)->isEnabled());
}

void TestTestCall::closingMidCallAsks()
{
    AssistantEditor *editor = openEditor(kSolara);
    TestCallDialog *dialog = openDialog(editor);
    QVERIFY(dialog);
    place(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->job()->call().id.isEmpty(), 5000);

    // Escape, then Cancel in the question: the dialog stays.
    m_app->prompter().answer(u"cancelTestCall"_s, Prompter::cancel);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QCOMPARE(m_app->prompter().asked().last().id, u"cancelTestCall"_s);
    QVERIFY(m_app->prompter().asked().last().text.contains(kNumber));
    QVERIFY(dialog->isVisible());

    // Let it run: the dialog goes, the call is still followed to its end and found there again.
    m_app->prompter().answer(u"cancelTestCall"_s, u"letItRun"_s);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->job()->state(), TestCallJob::State::Ended, 10000);
    QCOMPARE(dialog->job()->call().status, u"completed"_s);
    QCOMPARE(openDialog(editor), dialog);
    QVERIFY(child<QListWidget>(dialog, u"testCallHistory"_s)->item(0)->text().contains(u"Completed"_s));

    // Cancel the call: the dialog goes and the server is asked to end it.
    place(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->job()->isActive() && dialog->job()->state() == TestCallJob::State::Following,
                             5000);
    m_app->prompter().answer(u"cancelTestCall"_s, u"cancelCall"_s);
    dialog->close();
    QVERIFY(!dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->job()->state(), TestCallJob::State::Ended, 10000);
    QCOMPARE(dialog->job()->call().status, u"cancelled"_s);
    QCOMPARE(requestsTo(u"POST"_s, u"/cancel$"_s), 1);
    // An ended call closes without a question.
    const qsizetype asked = m_app->prompter().asked().size();
    openDialog(editor)->close();
    QCOMPARE(m_app->prompter().asked().size(), asked);
}

void TestTestCall::switchingConnectionMidCallAsks()
{
    SandboxServer other;
    SandboxServer::Options options;
    options.apiKey = u"other-key"_s;
    options.seedCount = 1;
    QVERIFY(other.start(options));
    const ConnectionProfile profile = m_app->window()->connections().add(u"Staging"_s, other.baseUrl(), false);
    m_app->secrets().write(profile.id, u"other-key"_s);

    TestCallDialog *dialog = openDialog(openEditor(kSolara));
    QVERIFY(dialog);
    place(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->job()->state(), TestCallJob::State::Following, 5000);
    m_app->prompter().answer(u"testCallsRunning"_s, u"cancelCalls"_s);
    QCOMPARE(m_app->load(profile.id), 1);
    QCOMPARE(m_app->prompter().asked().last().id, u"testCallsRunning"_s);
    QVERIFY(!dialog->isVisible());
    // The cancel went to the server the call is on, before the switch; nothing about calls reached the other.
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo(u"POST"_s, u"/cancel$"_s), 1, 5000);
    for (const SandboxRequestRecord &record : other.requests())
        QVERIFY2(!record.path.startsWith(u"/api/call"_s), qPrintable(record.path));
}

// --- bad input and faults ----------------------------------------------------------------------

void TestTestCall::invalidNumberIsNeverSent()
{
    TestCallDialog *dialog = openDialog(openEditor(kSolara));
    QVERIFY(dialog);
    auto *number = child<QLineEdit>(dialog, u"testCallNumber"_s);
    auto *message = child<QLabel>(dialog, u"testCallNumberMessage"_s);
    auto *call = child<QPushButton>(dialog, u"testCallPlace"_s);
    QVERIFY(!call->isEnabled()); // nothing typed yet
    typeInto(number, u"0612 345 678"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(u"Number to call:"_s) && message->text().contains(u"E.164"_s),
             qPrintable(message->text()));
    QVERIFY(!call->isEnabled());
    QTest::keyClick(number, Qt::Key_Return);
    typeInto(number, u"+1415555"_s); // the right shape, not a real number
    QVERIFY(message->isVisible());
    typeInto(number, kNumber);
    QVERIFY(!message->isVisible());
    QVERIFY(call->isEnabled());
    // The caller number is checked too, when there is one.
    auto *from = child<QLineEdit>(dialog, u"testCallFrom"_s);
    typeInto(from, u"12345"_s);
    QVERIFY(child<QLabel>(dialog, u"testCallFromMessage"_s)->text().startsWith(u"Calling from:"_s));
    QVERIFY(!call->isEnabled());
    dialog->placeCall();
    QCOMPARE(requestsTo(u"POST"_s, u"^/api/call$"_s), 0);
}

void TestTestCall::refusedCallShowsTheServersWords()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 403;
    fault.body = R"({"message":"Outbound calls to this country are not enabled on the account."})";
    fault.method = u"POST"_s;
    fault.pathPattern = u"^/api/call$"_s;
    m_app->sandbox().addFault(fault);
    TestCallDialog *dialog = openDialog(openEditor(kSolara));
    QVERIFY(dialog);
    place(dialog);
    auto *problem = child<QLabel>(dialog, u"testCallProblem"_s);
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 5000);
    QVERIFY2(problem->text().contains(u"Outbound calls to this country are not enabled"_s),
             qPrintable(problem->text()));
    QVERIFY(problem->text().startsWith(u"The call was not placed"_s));
    QCOMPARE(dialog->job()->state(), TestCallJob::State::Refused);
    QVERIFY(child<QPushButton>(dialog, u"testCallPlace"_s)->isEnabled()); // may be tried again
    QCOMPARE(child<QListWidget>(dialog, u"testCallHistory"_s)->count(), 0);
}

void TestTestCall::lostReadsAreRetriedThenSaidThenLookedUpAgain()
{
    TestCallDialog *dialog = openDialog(openEditor(kSolara));
    QVERIFY(dialog);
    place(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->job()->call().id.isEmpty(), 5000);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 503;
    fault.method = u"GET"_s;
    fault.pathPattern = u"^/api/call/"_s;
    fault.times = -1;
    m_app->sandbox().addFault(fault);

    auto *problem = child<QLabel>(dialog, u"testCallProblem"_s);
    QStringList said;
    connect(dialog->job(), &TestCallJob::pollFailed, this, [&] { said.append(problem->text()); });
    auto *lookUp = child<QPushButton>(dialog, u"testCallLookUp"_s);
    QVERIFY(!lookUp->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(lookUp->isEnabled(), 15000);
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().contains(u"Trying again"_s), qPrintable(said.first()));
    QVERIFY2(problem->text().startsWith(u"Lost track of the call"_s), qPrintable(problem->text()));
    QVERIFY(child<QLabel>(dialog, u"testCallStatus"_s)->text().contains(u"last known state"_s));

    m_app->sandbox().clearFaults();
    QTest::mouseClick(lookUp, Qt::LeftButton);
    QVERIFY(problem->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, u"testCallStatus"_s)->text().contains(u"Completed"_s), 10000);
    QCOMPARE(requestsTo(u"POST"_s, u"^/api/call$"_s), 1);
}

void TestTestCall::unknownSecretNamesTheHeaderToTypeAgain()
{
    AssistantEditor *editor = openEditor(kSolara);
    // As a draft restored without a keychain leaves it: the header's value is not known here.
    QJsonObject json = editor->edited().json();
    QJsonArray tools = json.value(u"custom_tools"_s).toArray();
    QJsonObject tool = tools.first().toObject();
    tool.insert(
        u"headers"_s,
        QJsonArray{QJsonObject{{u"key"_s, u"X-Api-Key"_s}, {u"value"_s, SecretPlaceholder::withheld().toString()}}});
    tools.replace(0, tool);
    json.insert(u"custom_tools"_s, tools);
    editor->setEdited(Assistant(json));

    TestCallDialog *dialog = openDialog(editor);
    QVERIFY(dialog);
    place(dialog);
    auto *problem = child<QLabel>(dialog, u"testCallProblem"_s);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"utility_rate_lookup"_s) && problem->text().contains(u"X-Api-Key"_s)
                 && problem->text().contains(u"Type the value again"_s),
             qPrintable(problem->text()));
    QCOMPARE(requestsTo(u"POST"_s, u"^/api/call$"_s), 0);
    // Show in Editor brings the editor up with the header's value in focus.
    m_app->tabs()->setCurrentIndex(0);
    auto *show = child<QPushButton>(dialog, u"testCallShowField"_s);
    QVERIFY(show->isVisible());
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(m_app->tabs()->currentWidget(), editor);
    auto *headers = editor->findChild<QTableWidget *>(u"custom_tools[].headers"_s);
    QVERIFY(headers);
    QTRY_VERIFY(headers->hasFocus() || headers->isAncestorOf(QApplication::focusWidget()));
}

// --- around the call ---------------------------------------------------------------------------

void TestTestCall::productionSaysItIsARealCall()
{
    SandboxServer production;
    SandboxServer::Options options;
    options.apiKey = u"prod-key"_s;
    options.seedCount = 1;
    QVERIFY(production.start(options));
    const ConnectionProfile profile = m_app->window()->connections().add(u"Acme"_s, production.baseUrl(), true);
    m_app->secrets().write(profile.id, u"prod-key"_s);
    QCOMPARE(m_app->load(profile.id), 1);
    TestCallDialog *dialog = openDialog(openEditor(m_app->tableIds().first()));
    QVERIFY(dialog);
    auto *notice = child<QLabel>(dialog, u"testCallNotice"_s);
    QVERIFY(notice->property("production").toBool());
    QVERIFY(notice->property("realCall").toBool());
    QVERIFY2(notice->text().contains(u"This is a real call."_s) && notice->text().contains(u"Acme"_s),
             qPrintable(notice->text()));
    QCOMPARE(notice->palette().color(QPalette::Window), QColor(0xb3, 0x26, 0x1e));
    QCOMPARE(dialog->connectionId(), profile.id);
}

void TestTestCall::numberIsRememberedPerConnection()
{
    TestCallDialog *dialog = openDialog(openEditor(kSolara));
    QVERIFY(dialog);
    QVERIFY(child<QLineEdit>(dialog, u"testCallNumber"_s)->text().isEmpty());
    place(dialog, u"+33612345678"_s);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->job()->state(), TestCallJob::State::Following, 5000);
    QCOMPARE(m_app->settings().value(TestCallDialog::numberKey(ConnectionProfile::sandboxId())).toString(),
             u"+33612345678"_s);
    // Another assistant on the same connection starts with it.
    TestCallDialog *other = openDialog(openEditor(kBrightsmile));
    QVERIFY(other && other != dialog);
    QCOMPARE(child<QLineEdit>(other, u"testCallNumber"_s)->text(), u"+33612345678"_s);
    // Another connection does not.
    SandboxServer staging;
    SandboxServer::Options options;
    options.apiKey = u"staging-key"_s;
    options.seedCount = 1;
    QVERIFY(staging.start(options));
    const ConnectionProfile profile = m_app->window()->connections().add(u"Staging"_s, staging.baseUrl(), false);
    m_app->secrets().write(profile.id, u"staging-key"_s);
    m_app->prompter().answer(u"testCallsRunning"_s, u"letThemRun"_s);
    QCOMPARE(m_app->load(profile.id), 1);
    TestCallDialog *elsewhere = openDialog(openEditor(m_app->tableIds().first()));
    QVERIFY(elsewhere);
    QVERIFY(child<QLineEdit>(elsewhere, u"testCallNumber"_s)->text().isEmpty());
}

void TestTestCall::earlierCallsStayListed()
{
    AssistantEditor *editor = openEditor(kSolara);
    TestCallDialog *dialog = openDialog(editor);
    QVERIFY(dialog);
    place(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->job()->state(), TestCallJob::State::Ended, 10000);
    const QString first = dialog->job()->call().id;
    place(dialog, u"+14155550124"_s);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->job()->state(), TestCallJob::State::Ended, 10000);
    auto *history = child<QListWidget>(dialog, u"testCallHistory"_s);
    QCOMPARE(history->count(), 2);
    QVERIFY(history->item(0)->text().contains(u"+14155550124"_s)); // newest first
    // Choosing the earlier one shows its transcript.
    auto *transcript = child<QTreeWidget>(dialog, u"testCallTranscript"_s);
    history->setFocus();
    QTest::keyClick(history, Qt::Key_Down);
    QCOMPARE(history->currentRow(), 1);
    QVERIFY(transcript->topLevelItemCount() > 0);
    QCOMPARE(dialog->calls().at(1).id, first);

    // The editor closed and opened again: the same calls are there.
    dialog->close();
    QPointer<AssistantEditor> closing = editor;
    m_app->tabs()->setCurrentWidget(editor);
    m_app->action("actionCloseTab")->trigger(); // unmodified: closes without a question
    QTRY_VERIFY(closing.isNull());
    TestCallDialog *again = openDialog(openEditor(kSolara));
    QCOMPARE(again, dialog);
    QCOMPARE(child<QListWidget>(again, u"testCallHistory"_s)->count(), 2);
    QVERIFY(child<QPushButton>(again, u"testCallPlace"_s)->isEnabled()); // bound to the new editor
}

// --- screenshots -------------------------------------------------------------------------------

void TestTestCall::screenshots()
{
    // REVOX_SCREENSHOT_DIR=docs/screenshots, under xvfb-run -s "-screen 0 1600x1000x24" with QT_QPA_PLATFORM=xcb:
    // the whole screen (import -window root) with a call in progress, then with its transcript at the end.
    const QString directory = qEnvironmentVariable("REVOX_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("set REVOX_SCREENSHOT_DIR to write screenshots");
    // A call of half a minute, as a short real one: the picture shows it under way and its length after.
    m_app = std::make_unique<AppFixture>();
    AppFixture::Options options;
    options.sandbox.callSeconds = 30;
    QVERIFY(m_app->start(options));
    m_app->createWindow();
    QVERIFY(m_app->showWindow());
    QVERIFY(m_app->load() > 0);
    QVERIFY(m_app->waitForVoices());
    m_app->window()->setGeometry(0, 0, 1600, 1000);
    AssistantEditor *editor = openEditor(kBrightsmile);
    TestCallDialog *dialog = openDialog(editor);
    QVERIFY(dialog);
    dialog->setGeometry(250, 110, 1180, 840);
    const QList<std::pair<QString, QString>> values{{u"patient_first_name"_s, u"Ann"_s},
                                                    {u"patient_last_name"_s, u"Moreau"_s},
                                                    {u"appointment_date"_s, u"Thursday, June 12"_s},
                                                    {u"appointment_time"_s, u"9:30 am"_s},
                                                    {u"dentist_name"_s, u"Dr. Patel"_s}};
    for (const auto &[name, value] : values)
        typeInto(child<QLineEdit>(dialog, u"variable:"_s + name), value);
    // import runs while this thread waits for it: the window stays as it was painted.
    const auto shoot = [&directory](const QString &name) {
        const QString path = QDir(directory).absoluteFilePath(name);
        QCOMPARE(QProcess::execute(u"import"_s, {u"-window"_s, u"root"_s, path}), 0);
    };
    place(dialog);
    // In progress: a few lines said, the call still going.
    QTRY_VERIFY_WITH_TIMEOUT(child<QTreeWidget>(dialog, u"testCallTranscript"_s)->topLevelItemCount() >= 4, 30000);
    QVERIFY(!dialog->job()->call().isFinal());
    shoot(u"test-call-in-progress.png"_s);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->job()->state(), TestCallJob::State::Ended, 40000);
    QTest::qWait(200);
    shoot(u"test-call-transcript.png"_s);
}

QTEST_MAIN(TestTestCall)
#include "TestTestCall.moc"
