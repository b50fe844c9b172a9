// SPDX-License-Identifier: GPL-3.0-or-later
// Many assistants at once (issue 14), through the real window and its widgets against the sandbox: several
// rows selected and the list's actions on them; Edit Selected… with opt-in fields, a value set through the
// editor's own inputs and a transform (the PATCH each assistant gets holds exactly the ticked fields that
// changed, as the sandbox received it); a regular-expression replace with captures; a change on the server
// between the preview and the apply (a conflict, never an overwrite); faults during the apply and Cancel (every
// assistant accounted for, nothing lost, nothing sent twice); production asking for its name; bad input refused
// at the input with nothing sent; an apply recorded as one journal batch, which the Changes window reverts as one.
#include "core/AssistantPatch.h"
#include "core/AssistantProxyModel.h"
#include "core/AssistantTableModel.h"
#include "core/BatchSave.h"
#include "core/SecretStore.h"
#include "journal/JournalModel.h"
#include "journal/JournalStore.h"
#include "support/AppFixture.h"
#include "ui/MainWindow.h"
#include "ui/bulk/BulkActions.h"
#include "ui/bulk/BulkEditDialog.h"
#include "ui/bulk/BulkEditorPage.h"
#include "ui/bulk/BulkFieldPanel.h"
#include "ui/bulk/BulkPreviewPage.h"
#include "ui/editor/AssistantEditor.h"
#include "ui/history/ChangesWindow.h"
#include "ui/history/HistoryController.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using Kind = BulkOperation::Kind;

namespace {

const QString kSuffix = QStringLiteral(" Always confirm the date.");

const QStringList kFour = {QStringLiteral("Brightsmile Dental – Appointment Reminders"),
                           QStringLiteral("Greenleaf Veterinary – Vaccination Reminders (draft)"),
                           QStringLiteral("Harbor & Finch – Buyer Lead Qualification"),
                           QStringLiteral("QuickFix Plumbing – After-Hours Line")};

QJsonObject bodyOf(const SandboxRequestRecord &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *found = parent ? parent->findChild<T *>(name) : nullptr;
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

} // namespace

class TestBulkEditing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void severalSelectedAndTheListActions();
    void optInFieldsLeaveTheRestUntouched();
    void regexReplaceWithCaptures();
    void serverChangeBetweenPreviewAndApplyIsAConflict();
    void faultsDuringApplyLoseNothing();
    void cancelSendsNothingNew();
    void productionAsksForTheConnectionsName();
    void badInputIsRefusedAtTheInput();
    void preferencesAndUntickedAssistants();
    void applyIsOneJournalBatchRevertedAsOne();

private:
    MainWindow *window() const { return m_app->window(); }
    QTableView *table() const { return m_app->table(); }
    // Selects these rows (by name) the way Ctrl+click does, and returns their ids in the table's order.
    QStringList select(const QStringList &names);
    QString idOf(const QString &name) const;
    BulkEditDialog *openBulkEditor(const QStringList &names);
    BulkFieldPanel *showField(BulkEditDialog *dialog, const QString &key, Kind kind);
    // Clicks Preview and waits until the preview shows `count` assistants.
    bool preview(BulkEditDialog *dialog, int count);
    // Clicks Apply and waits until every assistant has its result.
    bool apply(BulkEditDialog *dialog);

    std::unique_ptr<AppFixture> m_app;
};

void TestBulkEditing::init()
{
    m_app = std::make_unique<AppFixture>();
    QVERIFY(m_app->startOnSandbox());
}

void TestBulkEditing::cleanup()
{
    const QStringList unexpected = m_app->prompter().unexpected();
    m_app.reset();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
}

QString TestBulkEditing::idOf(const QString &name) const
{
    const AssistantTableModel *model = window()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->summaryAt(row).name() == name)
            return model->summaryAt(row).id();
    }
    qWarning("no assistant named %s", qPrintable(name));
    return {};
}

QStringList TestBulkEditing::select(const QStringList &names)
{
    table()->setFocus();
    table()->clearSelection();
    const QSortFilterProxyModel *proxy = window()->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (!names.contains(proxy->index(row, 0).data().toString()))
            continue;
        const QRect cell = table()->visualRect(proxy->index(row, 0));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier, cell.center());
    }
    QStringList ids;
    for (const QString &name : names)
        ids.append(idOf(name));
    return ids;
}

BulkEditDialog *TestBulkEditing::openBulkEditor(const QStringList &names)
{
    select(names);
    QTest::keyClick(table(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    BulkEditDialog *dialog = window()->bulkActions()->editDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

BulkFieldPanel *TestBulkEditing::showField(BulkEditDialog *dialog, const QString &key, Kind kind)
{
    BulkFieldPanel *panel = dialog->editorPage()->showField(key);
    if (panel) {
        auto *how = child<QComboBox>(panel, QStringLiteral("bulkOperation"));
        how->setCurrentIndex(how->findData(int(kind)));
    }
    return panel;
}

bool TestBulkEditing::preview(BulkEditDialog *dialog, int count)
{
    auto *button = child<QPushButton>(dialog, QStringLiteral("bulkPreviewButton"));
    if (!button || !button->isEnabled())
        return false;
    button->click();
    return QTest::qWaitFor([dialog, count] { return dialog->previewPage()->preview().size() == count; }, 20000);
}

bool TestBulkEditing::apply(BulkEditDialog *dialog)
{
    auto *button = child<QPushButton>(dialog, QStringLiteral("bulkApply"));
    if (!button || !button->isEnabled())
        return false;
    button->click();
    return QTest::qWaitFor(
        [dialog] {
            return dialog->batch() && !dialog->batch()->isRunning()
                && dialog->batch()->finishedCount() == dialog->batch()->total();
        },
        60000);
}

void TestBulkEditing::severalSelectedAndTheListActions()
{
    // Ctrl+A selects every row; the status bar counts them.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier);
    const int all = window()->model()->rowCount();
    QCOMPARE(table()->selectionModel()->selectedRows().size(), all);
    auto *count = child<QLabel>(window(), QStringLiteral("selectionCountLabel"));
    QCOMPARE(count->text(), QStringLiteral("%1 selected").arg(all));
    QVERIFY(m_app->action("actionEditSelected")->isEnabled());
    QVERIFY(!m_app->action("actionCompare")->isEnabled()); // two, not twelve

    // Copy ID puts every selected ID on a line of its own.
    const QStringList two = select({kFour.at(0), kFour.at(2)});
    QVERIFY(m_app->action("actionCompare")->isEnabled());
    m_app->action("actionCopyId")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), two.join(u'\n'));

    // Open opens each.
    m_app->action("actionOpen")->trigger();
    QCOMPARE(m_app->tabs()->count(), 3);
    QCOMPARE(window()->findChildren<AssistantEditor *>().size(), 2);
    m_app->tabs()->setCurrentIndex(0);

    // Delete asks once, naming how many and which, then deletes each.
    select({kFour.at(1), kFour.at(3)});
    m_app->sandbox().clearRequests();
    m_app->prompter().answer(QStringLiteral("deleteConfirmation"), QStringLiteral("confirmDelete"));
    m_app->action("actionDelete")->trigger();
    // The question waits for the phone numbers, read fresh, that it names.
    QTRY_COMPARE_WITH_TIMEOUT(m_app->prompter().asked().size(), 1, 10000);
    const Prompter::Question asked = m_app->prompter().asked().last();
    QVERIFY2(asked.text.contains(QStringLiteral("2")), qPrintable(asked.text));
    QVERIFY2(asked.informativeText.contains(kFour.at(1)) && asked.informativeText.contains(kFour.at(3)),
             qPrintable(asked.informativeText));
    QTRY_COMPARE_WITH_TIMEOUT(window()->model()->rowCount(), all - 2, 10000);
    QCOMPARE(m_app->server().requests(QStringLiteral("DELETE")).size(), 2);

    // Clone asks first when there are several, then clones each.
    select({kFour.at(0), kFour.at(2)});
    m_app->prompter().answer(QStringLiteral("cloneManyConfirmation"), QStringLiteral("confirmClone"));
    m_app->action("actionClone")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window()->model()->rowCount(), all, 10000);

    // With nothing selected there is no bulk edit: the status bar says how to select.
    table()->clearSelection();
    QVERIFY(!m_app->action("actionEditSelected")->isEnabled());
    window()->bulkActions()->editSelected();
    QVERIFY(!window()->bulkActions()->editDialog());
    QVERIFY2(window()->statusBar()->currentMessage().contains(QStringLiteral("Select the assistants")),
             qPrintable(window()->statusBar()->currentMessage()));
}

void TestBulkEditing::optInFieldsLeaveTheRestUntouched()
{
    QList<Assistant> before;
    for (const QString &name : kFour)
        before.append(*window()->model()->assistant(idOf(name)));
    BulkEditDialog *dialog = openBulkEditor(kFour);
    QVERIFY(dialog);
    const Assistant &model = before.first(); // the template: the first selected in the table's order
    QCOMPARE(model.name(), kFour.first());

    // A value set through the editor's own input ticks its field.
    auto *duration = child<QDoubleSpinBox>(dialog, QStringLiteral("max_call_duration_secs"));
    QVERIFY(duration);
    duration->setFocus();
    duration->selectAll();
    QTest::keyClicks(duration, QStringLiteral("600"));
    QCOMPARE(dialog->editorPage()->tickedKeys(), QStringList{QStringLiteral("max_call_duration_secs")});
    // A transform of the prompt.
    BulkFieldPanel *prompt = showField(dialog, QStringLiteral("prompt"), Kind::AppendText);
    QVERIFY(prompt);
    auto *text = child<QPlainTextEdit>(prompt->findChild<QWidget *>(QStringLiteral("bulkKind:appendText")),
                                       QStringLiteral("bulkText"));
    QTest::keyClicks(text, kSuffix);
    // The voice, ticked with the keyboard as it is in the form: every assistant gets the template's.
    auto *fields = child<QTreeWidget>(dialog, QStringLiteral("bulkFields"));
    const QList<QTreeWidgetItem *> voice
        = fields->findItems(QStringLiteral("Voice"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(voice.size(), 2); // the page and the field
    fields->setFocus();
    fields->setCurrentItem(voice.last());
    QTest::keyClick(fields, Qt::Key_Space);
    QCOMPARE(
        dialog->editorPage()->tickedKeys(),
        (QStringList{QStringLiteral("max_call_duration_secs"), QStringLiteral("prompt"), QStringLiteral("voice")}));

    QVERIFY(preview(dialog, 4));
    QCOMPARE(dialog->previewPage()->preview().count(BulkPreview::Status::WillChange), 4);
    m_app->sandbox().clearRequests();
    QVERIFY(apply(dialog));
    QCOMPARE(dialog->batch()->count(BatchSave::Status::Saved), 4);

    for (const Assistant &old : before) {
        // What a careful person would send by hand: the ticked fields whose value is not already there.
        QJsonObject expected{{QStringLiteral("prompt"), QString(old.prompt() + kSuffix)}};
        if (old.maxCallDurationSecs() != 600.0)
            expected.insert(QStringLiteral("max_call_duration_secs"), 600);
        if (AssistantSchema::writableValue(QStringLiteral("voice"), old.value(QStringLiteral("voice")))
            != AssistantSchema::writableValue(QStringLiteral("voice"), model.value(QStringLiteral("voice"))))
            expected.insert(QStringLiteral("voice"), model.value(QStringLiteral("voice")));
        const QList<SandboxRequestRecord> patches = m_app->server().requests(QStringLiteral("PATCH"), old.id());
        QCOMPARE(patches.size(), 1);
        QCOMPARE(bodyOf(patches.first()), expected);
        // Every other field is exactly what it was.
        const std::optional<Assistant> now = m_app->server().serverAssistant(old.id());
        QVERIFY(now);
        for (const QString &key : old.json().keys()) {
            if (!expected.contains(key) && !AssistantSchema::isReadOnlyKey(key))
                QCOMPARE(now->value(key), old.value(key));
        }
        // The table shows the server's copy.
        QCOMPARE(window()->model()->assistant(old.id())->prompt(), old.prompt() + kSuffix);
    }
    // Greenleaf already held 600 s; the template (Brightsmile) and Greenleaf share a voice id, but the PATCH says
    // whether the whole voice differed: at least one assistant kept its duration out of the PATCH.
    QVERIFY(!bodyOf(m_app->server().requests(QStringLiteral("PATCH"), before.at(1).id()).first())
                 .contains(QStringLiteral("max_call_duration_secs")));
}

void TestBulkEditing::regexReplaceWithCaptures()
{
    const QStringList ids = select({kFour.at(0), kFour.at(1), kFour.at(2)});
    for (const QString &id : ids) {
        AssistantPatch hours;
        hours.insert(QStringLiteral("prompt"),
                     QStringLiteral("Open 9:30 to 17:05 on weekdays, 10:00-12:00 on Saturday."));
        QVERIFY(m_app->server().patchOnServer(id, hours));
    }
    QVERIFY(m_app->load() > 0);
    BulkEditDialog *dialog = openBulkEditor({kFour.at(0), kFour.at(1), kFour.at(2)});
    QVERIFY(dialog);
    BulkFieldPanel *prompt = showField(dialog, QStringLiteral("prompt"), Kind::ReplaceText);
    QWidget *page = prompt->findChild<QWidget *>(QStringLiteral("bulkKind:replaceText"));
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("bulkFind")), QStringLiteral("(\\d{1,2}):(\\d{2})"));
    child<QCheckBox>(page, QStringLiteral("bulkRegex"))->click();
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("bulkReplace")), QStringLiteral("\\1h$2"));
    QVERIFY(preview(dialog, 3));
    const BulkPreview::Item &item = dialog->previewPage()->preview().items().first();
    QCOMPARE(item.patch.body(),
             (QJsonObject{{QStringLiteral("prompt"),
                           QStringLiteral("Open 9h30 to 17h05 on weekdays, 10h00-12h00 on Saturday.")}}));
    // The preview shows the body that will be sent.
    QVERIFY(child<QPlainTextEdit>(dialog, QStringLiteral("bulkPreviewBody"))
                ->toPlainText()
                .contains(QStringLiteral("9h30")));
    m_app->sandbox().clearRequests();
    QVERIFY(apply(dialog));
    for (const QString &id : ids)
        QCOMPARE(m_app->server().serverAssistant(id)->prompt(),
                 QStringLiteral("Open 9h30 to 17h05 on weekdays, 10h00-12h00 on Saturday."));
    QCOMPARE(m_app->server().requests(QStringLiteral("PATCH")).size(), 3);
}

void TestBulkEditing::serverChangeBetweenPreviewAndApplyIsAConflict()
{
    BulkEditDialog *dialog = openBulkEditor(kFour);
    QVERIFY(dialog);
    BulkFieldPanel *prompt = showField(dialog, QStringLiteral("prompt"), Kind::PrependText);
    QTest::keyClicks(child<QPlainTextEdit>(prompt->findChild<QWidget *>(QStringLiteral("bulkKind:prependText")),
                                           QStringLiteral("bulkText")),
                     QStringLiteral("[Reviewed] "));
    QVERIFY(preview(dialog, 4));

    // A colleague changes one prompt after the preview was made.
    const QString changed = idOf(kFour.at(2));
    AssistantPatch colleague;
    colleague.insert(QStringLiteral("prompt"), QStringLiteral("A colleague's new prompt."));
    QVERIFY(m_app->server().patchOnServer(changed, colleague));
    m_app->sandbox().clearRequests();
    QVERIFY(apply(dialog));

    const BatchSave *batch = dialog->batch();
    QCOMPARE(batch->count(BatchSave::Status::Saved), 3);
    QCOMPARE(batch->count(BatchSave::Status::Conflict), 1);
    const BatchSave::Result &conflict = batch->results().at(2);
    QCOMPARE(conflict.assistantId, changed);
    QVERIFY2(conflict.message.contains(QStringLiteral("Prompt")), qPrintable(conflict.message));
    QVERIFY(m_app->server().requests(QStringLiteral("PATCH"), changed).isEmpty()); // never an overwrite
    QCOMPARE(m_app->server().serverAssistant(changed)->prompt(), QStringLiteral("A colleague's new prompt."));
    auto *results = child<QTreeWidget>(dialog, QStringLiteral("bulkResults"));
    QCOMPARE(results->topLevelItem(2)->text(1), QStringLiteral("Conflict"));
    // The result list lands on it; Open shows it in an editor, to decide there.
    QCOMPARE(results->currentItem(), results->topLevelItem(2));
    child<QPushButton>(dialog, QStringLiteral("bulkOpen"))->click();
    QTRY_VERIFY(qobject_cast<AssistantEditor *>(m_app->tabs()->currentWidget()));
    QCOMPARE(qobject_cast<AssistantEditor *>(m_app->tabs()->currentWidget())->assistantId(), changed);
}

void TestBulkEditing::faultsDuringApplyLoseNothing()
{
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(table(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    BulkEditDialog *dialog = window()->bulkActions()->editDialog();
    QVERIFY(dialog);
    BulkFieldPanel *prompt = showField(dialog, QStringLiteral("prompt"), Kind::AppendText);
    QTest::keyClicks(child<QPlainTextEdit>(prompt->findChild<QWidget *>(QStringLiteral("bulkKind:appendText")),
                                           QStringLiteral("bulkText")),
                     kSuffix);
    const int all = window()->model()->rowCount();
    QVERIFY(preview(dialog, all));
    const QList<BatchSave::Entry> entries = dialog->previewPage()->entries();
    QCOMPARE(entries.size(), all);

    // A storm of 429s, a connection dropped mid-batch (before any answer, every time, for one assistant; after
    // the write for another), and one assistant the server rejects.
    SandboxFault storm;
    storm.kind = SandboxFault::Kind::RateLimit;
    storm.retryAfterMs = 200;
    storm.times = 12;
    const QString dropped = entries.at(3).base.id();
    const QString resetAfterWrite = entries.at(6).base.id();
    const QString rejected = entries.at(9).base.id();
    SandboxFault drop;
    drop.kind = SandboxFault::Kind::Drop;
    drop.method = QStringLiteral("PATCH");
    drop.pathPattern = QStringLiteral("/api/assistants/%1$").arg(dropped);
    drop.times = -1;
    SandboxFault reset;
    reset.kind = SandboxFault::Kind::Reset;
    reset.method = QStringLiteral("PATCH");
    reset.pathPattern = QStringLiteral("/api/assistants/%1$").arg(resetAfterWrite);
    SandboxFault unprocessable;
    unprocessable.kind = SandboxFault::Kind::Status;
    unprocessable.status = 422;
    unprocessable.method = QStringLiteral("PATCH");
    unprocessable.pathPattern = QStringLiteral("/api/assistants/%1$").arg(rejected);
    unprocessable.body
        = R"({"message": "Validation failed", "errors": [{"field": "prompt", "message": "is too long"}]})";
    for (const SandboxFault &fault : {storm, drop, reset, unprocessable})
        m_app->sandbox().addFault(fault);
    m_app->sandbox().clearRequests();
    QVERIFY(apply(dialog));

    // Every assistant accounted for, each with one final result.
    const BatchSave *batch = dialog->batch();
    QCOMPARE(batch->finishedCount(), all);
    auto *results = child<QTreeWidget>(dialog, QStringLiteral("bulkResults"));
    QCOMPARE(results->topLevelItemCount(), all);
    QCOMPARE(batch->results().at(3).status, BatchSave::Status::Failed);
    QCOMPARE(batch->results().at(6).status, BatchSave::Status::Saved);
    QCOMPARE(batch->results().at(9).status, BatchSave::Status::Failed);
    QVERIFY2(batch->results().at(9).message.contains(QStringLiteral("is too long")),
             qPrintable(batch->results().at(9).message));
    QCOMPARE(batch->count(BatchSave::Status::Saved), all - 2);
    QVERIFY(child<QLabel>(dialog, QStringLiteral("bulkProgressText"))->text().contains(QStringLiteral("2 failed")));

    // Nothing lost, nothing twice: each prompt holds the suffix once where saved, and not at all where not.
    m_app->sandbox().clearFaults();
    for (int i = 0; i < all; ++i) {
        const QString id = entries.at(i).base.id();
        const QString stored = m_app->server().serverAssistant(id)->prompt();
        const bool saved = batch->results().at(i).status == BatchSave::Status::Saved;
        QCOMPARE(stored, entries.at(i).base.prompt() + (saved ? kSuffix : QString()));
    }

    // Retry Failed, once the server behaves: only the two are sent again, and end saved.
    m_app->sandbox().clearRequests();
    auto *retry = child<QPushButton>(dialog, QStringLiteral("bulkRetry"));
    QVERIFY(retry->isEnabled());
    retry->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->batch()->isRunning(), 20000);
    QCOMPARE(batch->count(BatchSave::Status::Saved), all);
    QCOMPARE(m_app->server().requests(QStringLiteral("PATCH")).size(), 2);
    for (int i = 0; i < all; ++i)
        QCOMPARE(m_app->server().serverAssistant(entries.at(i).base.id())->prompt(),
                 entries.at(i).base.prompt() + kSuffix);
}

void TestBulkEditing::cancelSendsNothingNew()
{
    BulkEditDialog *dialog = openBulkEditor(kFour);
    QVERIFY(dialog);
    BulkFieldPanel *prompt = showField(dialog, QStringLiteral("prompt"), Kind::AppendText);
    QTest::keyClicks(child<QPlainTextEdit>(prompt->findChild<QWidget *>(QStringLiteral("bulkKind:appendText")),
                                           QStringLiteral("bulkText")),
                     kSuffix);
    QVERIFY(preview(dialog, 4));
    child<QSpinBox>(dialog, QStringLiteral("bulkConcurrency"))->setValue(1);
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.method = QStringLiteral("PATCH");
    slow.delayMs = 300;
    slow.times = -1;
    m_app->sandbox().addFault(slow);
    m_app->sandbox().clearRequests();
    child<QPushButton>(dialog, QStringLiteral("bulkApply"))->click();
    QVERIFY(dialog->batch());
    auto *cancel = child<QPushButton>(dialog, QStringLiteral("bulkCancel"));
    QTRY_VERIFY(!m_app->server().requests(QStringLiteral("PATCH")).isEmpty()); // the first one is on its way
    QVERIFY(cancel->isEnabled());
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->batch()->isRunning(), 20000);
    const BatchSave *batch = dialog->batch();
    QCOMPARE(batch->count(BatchSave::Status::Saved), 1); // in flight: finished and reported
    QCOMPARE(batch->count(BatchSave::Status::NotSent), 3);
    QCOMPARE(m_app->server().requests(QStringLiteral("PATCH")).size(), 1);
    QCOMPARE(m_app->server().requests(QStringLiteral("GET")).size(), 1);
    QVERIFY(child<QPushButton>(dialog, QStringLiteral("bulkRetry"))->isEnabled()); // the three can still go
}

void TestBulkEditing::productionAsksForTheConnectionsName()
{
    const ConnectionProfile profile
        = window()->connections().add(QStringLiteral("Acme Clinics"), m_app->sandbox().baseUrl(), true);
    m_app->secrets().write(profile.id, m_app->sandbox().apiKey());
    QVERIFY(m_app->load(profile.id) > 0);
    BulkEditDialog *dialog = openBulkEditor({kFour.at(0), kFour.at(1)});
    QVERIFY(dialog);
    BulkFieldPanel *prompt = showField(dialog, QStringLiteral("prompt"), Kind::AppendText);
    QTest::keyClicks(child<QPlainTextEdit>(prompt->findChild<QWidget *>(QStringLiteral("bulkKind:appendText")),
                                           QStringLiteral("bulkText")),
                     kSuffix);
    QVERIFY(preview(dialog, 2));
    m_app->sandbox().clearRequests();

    // Cancelled at the question: nothing is sent.
    QString said;
    m_app->prompter().handleDialog(QStringLiteral("productionConfirmation"), [&said](QDialog *confirm) {
        said = confirm->findChild<QLabel *>()->text();
        confirm->reject();
    });
    child<QPushButton>(dialog, QStringLiteral("bulkApply"))->click();
    QVERIFY2(said.contains(QStringLiteral("Acme Clinics")) && said.contains(QStringLiteral("2")), qPrintable(said));
    QVERIFY(!dialog->batch());
    QVERIFY(m_app->server().requests(QStringLiteral("PATCH")).isEmpty());

    // The name typed: only the exact name lets the button go.
    bool refusedWrongName = false;
    m_app->prompter().handleDialog(QStringLiteral("productionConfirmation"), [&refusedWrongName](QDialog *confirm) {
        auto *typed = confirm->findChild<QLineEdit *>(QStringLiteral("confirmConnectionName"));
        auto *go = confirm->findChild<QPushButton *>(QStringLiteral("confirmApply"));
        QTest::keyClicks(typed, QStringLiteral("Acme"));
        refusedWrongName = !go->isEnabled();
        QTest::keyClicks(typed, QStringLiteral(" Clinics"));
        go->click();
    });
    QVERIFY(apply(dialog));
    QVERIFY(refusedWrongName);
    QCOMPARE(dialog->batch()->count(BatchSave::Status::Saved), 2);
    QCOMPARE(m_app->server().requests(QStringLiteral("PATCH")).size(), 2);
}

void TestBulkEditing::badInputIsRefusedAtTheInput()
{
    m_app->sandbox().clearRequests();
    BulkEditDialog *dialog = openBulkEditor(kFour);
    QVERIFY(dialog);
    auto *previewButton = child<QPushButton>(dialog, QStringLiteral("bulkPreviewButton"));
    auto *summary = child<QLabel>(dialog, QStringLiteral("bulkSummary"));
    // Nothing ticked: nothing to preview, and it says so.
    QVERIFY(!previewButton->isEnabled());
    QVERIFY2(summary->text().contains(QStringLiteral("Tick at least one field")), qPrintable(summary->text()));

    // An invalid regular expression: the message at the panel names the field and the rule.
    BulkFieldPanel *prompt = showField(dialog, QStringLiteral("prompt"), Kind::ReplaceText);
    QWidget *page = prompt->findChild<QWidget *>(QStringLiteral("bulkKind:replaceText"));
    child<QCheckBox>(page, QStringLiteral("bulkRegex"))->click();
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("bulkFind")), QStringLiteral("(open"));
    auto *problem = child<QLabel>(prompt, QStringLiteral("bulkProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(QStringLiteral("Prompt: The regular expression is not valid")),
             qPrintable(problem->text()));
    QVERIFY(!previewButton->isEnabled());
    QTest::keyClick(child<QLineEdit>(page, QStringLiteral("bulkFind")), Qt::Key_Backspace);
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("bulkFind")), QStringLiteral(")"));
    QVERIFY(problem->isHidden());
    // A replacement naming a group the expression lacks.
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("bulkReplace")), QStringLiteral("$2"));
    QVERIFY2(problem->text().contains(QStringLiteral("group 2")), qPrintable(problem->text()));
    QVERIFY(!previewButton->isEnabled());
    dialog->editorPage()->setTicked(QStringLiteral("prompt"), false);

    // A value that breaks a rule, typed in the editor's own input: its rule shows under it.
    auto *webhook = child<QLineEdit>(dialog, QStringLiteral("webhook_url"));
    dialog->editorPage()->showField(QStringLiteral("webhook_url"));
    webhook->selectAll();
    QTest::keyClicks(webhook, QStringLiteral("not a url"));
    QVERIFY(dialog->editorPage()->tickedKeys().contains(QStringLiteral("webhook_url")));
    auto *issue = child<QLabel>(dialog, QStringLiteral("issue:webhook_url"));
    QVERIFY(issue->isVisible());
    QVERIFY2(issue->text().startsWith(QStringLiteral("Webhook URL")), qPrintable(issue->text()));
    QVERIFY(!previewButton->isEnabled());
    QVERIFY2(summary->text().contains(QStringLiteral("Webhook URL")), qPrintable(summary->text()));

    // Nothing of it reached the server.
    QVERIFY(m_app->server().requests(QStringLiteral("PATCH")).isEmpty());
}

void TestBulkEditing::preferencesAndUntickedAssistants()
{
    BulkEditDialog *dialog = openBulkEditor(kFour);
    QVERIFY(dialog);
    BulkFieldPanel *prompt = showField(dialog, QStringLiteral("prompt"), Kind::AppendText);
    QTest::keyClicks(child<QPlainTextEdit>(prompt->findChild<QWidget *>(QStringLiteral("bulkKind:appendText")),
                                           QStringLiteral("bulkText")),
                     kSuffix);
    QVERIFY(preview(dialog, 4));
    // Unticked assistants are left out; with none ticked, Apply says why it is off.
    BulkPreviewPage *previewPage = dialog->previewPage();
    const QStringList ids{idOf(kFour.at(0)), idOf(kFour.at(1)), idOf(kFour.at(2)), idOf(kFour.at(3))};
    for (const QString &id : ids)
        previewPage->setTicked(id, false);
    auto *applyButton = child<QPushButton>(dialog, QStringLiteral("bulkApply"));
    QVERIFY(!applyButton->isEnabled());
    QVERIFY(child<QLabel>(dialog, QStringLiteral("bulkApplyProblem"))
                ->text()
                .contains(QStringLiteral("No assistant is ticked")));
    previewPage->setTicked(ids.at(1), true);
    QVERIFY(child<QLabel>(dialog, QStringLiteral("bulkTotals"))->text().contains(QStringLiteral("3 unticked")));
    child<QSpinBox>(dialog, QStringLiteral("bulkConcurrency"))->setValue(2);
    m_app->sandbox().clearRequests();
    QVERIFY(apply(dialog));
    QCOMPARE(m_app->server().requests(QStringLiteral("PATCH")).size(), 1);
    QCOMPARE(m_app->server().requests(QStringLiteral("PATCH"), ids.at(1)).size(), 1);
    // How many at once is kept for next time.
    QCOMPARE(m_app->settings().value(BulkEditDialog::concurrencyKey).toInt(), 2);
}

void TestBulkEditing::applyIsOneJournalBatchRevertedAsOne()
{
    const QStringList names = kFour.mid(0, 3);
    QList<Assistant> before;
    for (const QString &name : names)
        before.append(*window()->model()->assistant(idOf(name)));
    BulkEditDialog *dialog = openBulkEditor(names);
    QVERIFY(dialog);
    BulkFieldPanel *prompt = showField(dialog, QStringLiteral("prompt"), Kind::AppendText);
    QVERIFY(prompt);
    QTest::keyClicks(child<QPlainTextEdit>(prompt->findChild<QWidget *>(QStringLiteral("bulkKind:appendText")),
                                           QStringLiteral("bulkText")),
                     kSuffix);
    QVERIFY(preview(dialog, 3));
    QVERIFY(apply(dialog));
    QCOMPARE(dialog->batch()->count(BatchSave::Status::Saved), 3);
    const QString description = dialog->batch()->description();
    dialog->close();

    // One journal batch: an entry per assistant, every one under it, the batch named after the edit.
    JournalStore *journal = m_app->journal();
    const QList<JournalEntry> entries = journal->entries({});
    QCOMPARE(entries.size(), 3);
    const qint64 batch = entries.first().batchId;
    QVERIFY(batch != 0);
    for (const JournalEntry &entry : entries) {
        QCOMPARE(entry.batchId, batch);
        QCOMPARE(entry.operation, JournalEntry::Operation::Update);
        QCOMPARE(entry.status, JournalEntry::Status::Succeeded);
        QCOMPARE(entry.fields, QStringList{QStringLiteral("prompt")});
    }
    const std::optional<JournalBatch> recorded = journal->batch(batch);
    QVERIFY(recorded && recorded->finished.isValid());
    QCOMPARE(recorded->description, QStringLiteral("%1 (3 assistant(s))").arg(description));

    // A colleague changes one of the prompts since.
    AssistantPatch theirs;
    theirs.insert(QStringLiteral("prompt"), QStringLiteral("Their newer prompt."));
    QVERIFY(m_app->server().patchOnServer(before.at(1).id(), theirs));

    // The Changes window shows the three as one batch and reverts it assistant by assistant, a result each; the
    // prompt changed since goes through the conflict dialog, where the colleague's is kept.
    m_app->action("actionChanges")->trigger();
    ChangesWindow *changes = window()->history()->changesWindow();
    QVERIFY(changes && QTest::qWaitForWindowExposed(changes));
    QCOMPARE(changes->table()->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(changes->table()->model()->index(row, int(JournalModel::Column::Operation)).data().toString(),
                 QStringLiteral("Edited (batch %1)").arg(batch));
    QVERIFY(changes->selectEntry(entries.first().id));
    auto *revert = child<QPushButton>(changes, QStringLiteral("revertBatch"));
    QVERIFY(revert->isEnabled());
    m_app->prompter().answer(QStringLiteral("revertBatchConfirmation"), QStringLiteral("revert"));
    QStringList conflicts;
    m_app->prompter().handleDialog(QStringLiteral("conflictDialog"), [&conflicts](QDialog *conflict) {
        for (const QRadioButton *mine : conflict->findChildren<QRadioButton *>()) {
            if (mine->objectName().startsWith(QStringLiteral("keepMine:")))
                conflicts.append(mine->objectName().mid(9));
        }
        conflict->findChild<QRadioButton *>(QStringLiteral("takeTheirs:prompt"))->click();
        conflict->findChild<QPushButton *>(QStringLiteral("saveChoices"))->click();
    });
    m_app->prompter().answer(QStringLiteral("batchRevertResults"), QStringLiteral("ok"));
    revert->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_app->prompter().asked().last().id, QStringLiteral("batchRevertResults"), 20000);
    QCOMPARE(conflicts, QStringList{QStringLiteral("prompt")});
    const Prompter::Question results = m_app->prompter().asked().last();
    QCOMPARE(results.text, QStringLiteral("Reverted 2 of 3 assistant(s) of “%1”.").arg(recorded->description));
    const QStringList lines = results.informativeText.split(u'\n');
    QCOMPARE(lines.size(), 3);
    for (const Assistant &old : before) {
        const auto line = std::find_if(lines.cbegin(), lines.cend(),
                                       [&old](const QString &text) { return text.startsWith(old.name() + u':'); });
        QVERIFY2(line != lines.cend(), qPrintable(old.name()));
        const bool colleagues = old.id() == before.at(1).id();
        QVERIFY2(line->contains(colleagues ? QStringLiteral("Nothing left to put back") : QStringLiteral("Put back")),
                 qPrintable(*line));
        const QString expected = colleagues ? QStringLiteral("Their newer prompt.") : old.prompt();
        QCOMPARE(m_app->server().serverAssistant(old.id())->prompt(), expected);
        QCOMPARE(window()->model()->assistant(old.id())->prompt(), expected);
    }
    // The reverts are a batch of their own, pointing at the one they put back.
    const QList<JournalEntry> reverts = journal->entries({});
    QCOMPARE(reverts.size(), 5);
    const std::optional<JournalBatch> revertBatch = journal->batch(reverts.first().batchId);
    QVERIFY(revertBatch);
    QCOMPARE(revertBatch->revertOf, batch);
    QCOMPARE(journal->batchEntries(revertBatch->id).size(), 2);
}

QTEST_MAIN(TestBulkEditing)
#include "TestBulkEditing.moc"
