// SPDX-License-Identifier: GPL-3.0-or-later
// History and rollback (issue 13) through the real window and the sandbox: every kind of write lands in the
// change journal; the editor's History page; putting changes back as editor edits that save as the exact
// inverse PATCH, or meet the conflict dialog when the server changed since; restoring a deleted assistant;
// the Changes window's filters, opening an entry, export, retention, a batch reverted; a journal that
// cannot be used; and a kill between a save's entry and its answer, settled at the next start.
#include "core/AssistantProxyModel.h"
#include "core/AssistantTableModel.h"
#include "core/SaveJob.h"
#include "core/SecretSealer.h"
#include "journal/JournalModel.h"
#include "journal/JournalRecorder.h"
#include "journal/JournalStore.h"
#include "support/AppFixture.h"
#include "ui/Banner.h"
#include "ui/MainWindow.h"
#include "ui/NewAssistantDialog.h"
#include "ui/editor/AssistantEditor.h"
#include "ui/editor/ReviewChangesDialog.h"
#include "ui/history/ChangesWindow.h"
#include "ui/history/HistoryController.h"
#include "ui/history/HistoryPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using Operation = JournalEntry::Operation;
using Status = JournalEntry::Status;

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyKindOfWriteIsRecorded();
    void historyPageListsTheAssistantsChangesNewestFirst();
    void revertingSendsTheExactInversePatchAndIsUndoable();
    void revertingOverANewerServerChangeAsksFirst();
    void restoreAsOfAChangePutsBackEveryLaterOne();
    void restoredDeletedAssistantHasEveryField();
    void secretThatCannotBeRestoredIsNamed();
    void changesWindowFiltersAndOpensAnEntry();
    void exportWritesTheChangesShownAsJsonLines();
    void retentionSettingPrunes();
    void batchRevertsFromTheChangesWindow();
    void damagedJournalIsSetAsideAndSaid();
    void saveThatCannotBeRecordedStillSavesAndSaysSo();
    void killedBetweenEntryAndAnswerIsCheckedAtTheNextStart();

private:
    void startWindow(AppFixture::Options options = {});
    void refresh(); // F5, and wait for the list
    AssistantEditor *openEditor(const QString &id);
    void typeInto(QWidget *input, const QString &text);
    void saveName(AssistantEditor *editor, const QString &name);
    void save(AssistantEditor *editor);
    HistoryPage *showHistory(AssistantEditor *editor);
    ChangesWindow *showChanges();
    QList<JournalEntry> entries() const { return m_app->journal()->entries({}); }
    QList<Operation> operations() const;
    QList<QJsonObject> patchBodies() const;
    Assistant serverCopy(const QString &id) { return m_app->server().serverAssistant(id).value_or(Assistant()); }
    int rowOf(const QString &id) const;
    Banner *journalBanner() const { return m_window->findChild<Banner *>(QStringLiteral("journalBanner")); }

    std::unique_ptr<AppFixture> m_app;
    MainWindow *m_window = nullptr;
};

void TestHistory::init()
{
    m_app = std::make_unique<AppFixture>();
}

void TestHistory::cleanup()
{
    const QStringList unexpected = m_app->prompter().unexpected();
    m_window = nullptr;
    m_app.reset();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
}

void TestHistory::startWindow(AppFixture::Options options)
{
    QString error;
    QVERIFY2(m_app->start(options, &error), qPrintable(error));
    m_app->settings().setValue(QStringLiteral("editor/skipReview"), true);
    m_window = m_app->createWindow();
    QVERIFY(m_app->showWindow());
    QVERIFY(m_app->load() > 0);
}

void TestHistory::refresh()
{
    QSignalSpy loaded(m_window, &MainWindow::loadFinished);
    m_app->action("actionRefresh")->trigger();
    QVERIFY(loaded.wait(10000));
}

int TestHistory::rowOf(const QString &id) const
{
    return m_window->proxy()->mapFromSource(m_window->model()->index(m_window->model()->rowOf(id), 0)).row();
}

AssistantEditor *TestHistory::openEditor(const QString &id)
{
    if (AssistantEditor *open = m_window->findChild<AssistantEditor *>(QStringLiteral("editor:%1").arg(id))) {
        m_app->tabs()->setCurrentWidget(open);
        return open;
    }
    m_app->tabs()->setCurrentIndex(0); // Open acts on the table
    return m_app->openEditor(rowOf(id));
}

void TestHistory::typeInto(QWidget *input, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(input)) {
        line->selectAll();
        QTest::keyClicks(line, text);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(input)) {
        plain->selectAll();
        QTest::keyClicks(plain, text);
    }
}

void TestHistory::save(AssistantEditor *editor)
{
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving(), 10000);
}

void TestHistory::saveName(AssistantEditor *editor, const QString &name)
{
    typeInto(editor->findChild<QLineEdit *>(QStringLiteral("name")), name);
    save(editor);
    QVERIFY(!editor->isModified());
}

HistoryPage *TestHistory::showHistory(AssistantEditor *editor)
{
    auto *action = editor->findChild<QAction *>(QStringLiteral("actionShowHistory"));
    if (!action)
        return nullptr;
    m_app->tabs()->setCurrentWidget(editor);
    action->trigger();
    auto *page = editor->findChild<HistoryPage *>(QStringLiteral("historyPage"));
    return page && page->isVisible() ? page : nullptr;
}

ChangesWindow *TestHistory::showChanges()
{
    m_app->action("actionChanges")->trigger();
    auto *window = m_window->findChild<ChangesWindow *>(QStringLiteral("changesWindow"));
    if (window && !QTest::qWaitForWindowExposed(window, 10000))
        return nullptr;
    return window;
}

QList<Operation> TestHistory::operations() const
{
    QList<Operation> result;
    const QList<JournalEntry> all = entries();
    for (auto it = all.crbegin(); it != all.crend(); ++it) // oldest first
        result.append(it->operation);
    return result;
}

QList<QJsonObject> TestHistory::patchBodies() const
{
    QList<QJsonObject> bodies;
    for (const SandboxRequestRecord &request : m_app->sandbox().requests()) {
        if (request.method == u"PATCH")
            bodies.append(QJsonDocument::fromJson(request.body).object());
    }
    return bodies;
}

void TestHistory::everyKindOfWriteIsRecorded()
{
    startWindow();
    const QStringList ids = m_app->tableIds();

    // Create, through the New dialog.
    m_app->action("actionNew")->trigger();
    auto *dialog = m_window->findChild<NewAssistantDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newName")), QStringLiteral("Journal created"));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("newPrompt")), QStringLiteral("Be brief."));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newCreate")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(operations(), QList<Operation>{Operation::Create}, 10000);
    QTRY_COMPARE(entries().first().status, Status::Succeeded);

    // Edit and save.
    AssistantEditor *editor = openEditor(ids.at(0));
    saveName(editor, QStringLiteral("Journal edited"));

    // Clone and delete, from the table.
    m_app->table()->setFocus();
    m_app->tabs()->setCurrentIndex(0);
    m_app->table()->selectRow(rowOf(ids.at(1)));
    m_app->action("actionClone")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(operations().size(), 3, 10000);
    QTRY_COMPARE(entries().first().status, Status::Succeeded);
    m_app->table()->selectRow(rowOf(ids.at(2)));
    m_app->prompter().answer(QStringLiteral("deleteConfirmation"), QStringLiteral("confirmDelete"));
    m_app->action("actionDelete")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(operations().size(), 4, 10000);
    QTRY_COMPARE(entries().first().status, Status::Succeeded);

    // Revert the edit, from its History page.
    HistoryPage *page = showHistory(editor);
    QVERIFY(page);
    QVERIFY(page->selectEntry(entries().at(2).id));
    page->findChild<QPushButton *>(QStringLiteral("revertChange"))->click();
    save(editor);

    // Restore the deleted one, from the Changes window.
    ChangesWindow *changes = showChanges();
    QVERIFY(changes);
    QVERIFY(changes->selectEntry(entries().at(1).id));
    m_app->prompter().answer(QStringLiteral("restoreDeletedConfirmation"), QStringLiteral("restore"));
    changes->findChild<QPushButton *>(QStringLiteral("restoreDeleted"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(operations().size(), 6, 10000);
    QTRY_COMPARE(entries().first().status, Status::Succeeded);

    QCOMPARE(operations(),
             (QList<Operation>{Operation::Create, Operation::Update, Operation::Clone, Operation::Delete,
                               Operation::Revert, Operation::Restore}));
    for (const JournalEntry &entry : entries()) {
        QCOMPARE(entry.status, Status::Succeeded);
        QCOMPARE(entry.connectionId, ConnectionProfile::sandboxId()); // the sandbox has its own journal
        QVERIFY(entry.finished >= entry.started);
        QVERIFY(!entry.assistantId.isEmpty());
    }
    QVERIFY(m_app->prompter().dialogs().isEmpty());
}

void TestHistory::historyPageListsTheAssistantsChangesNewestFirst()
{
    startWindow();
    const QString id = m_app->tableIds().at(3);
    const QString original = serverCopy(id).name();
    AssistantEditor *editor = openEditor(id);
    saveName(editor, QStringLiteral("First rename"));
    saveName(editor, QStringLiteral("Second rename"));
    // Another assistant's change stays out of this history; one of another connection too.
    saveName(openEditor(m_app->tableIds().at(4)), QStringLiteral("Elsewhere"));
    JournalEntry other = entries().first();
    other.connectionId = QStringLiteral("production");
    other.assistantId = id;
    m_app->journal()->append(other);
    m_app->tabs()->setCurrentWidget(editor);

    // Ctrl+H, as a user reaches it.
    editor->findChild<QLineEdit *>(QStringLiteral("name"))->setFocus();
    QTest::keyClick(editor->findChild<QLineEdit *>(QStringLiteral("name")), Qt::Key_H, Qt::ControlModifier);
    auto *page = editor->findChild<HistoryPage *>(QStringLiteral("historyPage"));
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    QVERIFY(page->table()->hasFocus());
    auto *pages = editor->findChild<QListWidget *>(QStringLiteral("pageList"));
    QCOMPARE(pages->currentItem()->text(), QStringLiteral("History"));

    QTableView *table = page->table();
    QCOMPARE(table->model()->rowCount(), 2);
    const auto change
        = [table](int row) { return table->model()->index(row, int(JournalModel::Column::Change)).data().toString(); };
    QCOMPARE(change(0), QStringLiteral("Name: \"First rename\" → \"Second rename\""));
    QCOMPARE(change(1), QStringLiteral("Name: \"%1\" → \"First rename\"").arg(original));
    QCOMPARE(page->selectedEntry(), entries().at(2).id);
    const QString details = page->findChild<QPlainTextEdit *>(QStringLiteral("historyDetails"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Name: \"First rename\" → \"Second rename\"")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("Outcome: Done")));
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("revertChange"))->isEnabled());
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("restoreAsOf"))->isEnabled()); // nothing after it
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("checkEntry"))->isEnabled());

    // A later save comes in at the top while the page is open.
    saveName(editor, QStringLiteral("Third rename"));
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(change(0), QStringLiteral("Name: \"Second rename\" → \"Third rename\""));

    // Secrets show masked, as in the editor.
    Assistant withTools;
    for (const Assistant &candidate : m_app->server().serverAssistants()) {
        if (!candidate.customTools().isEmpty() && !candidate.customTools().first().headers.isEmpty()) {
            withTools = candidate;
            break;
        }
    }
    QVERIFY(!withTools.id().isEmpty());
    const QString secret = QStringLiteral("Bearer rvx_HISTORYCANARY_31f0c2");
    AssistantEditor *tools = openEditor(withTools.id());
    Assistant edited = tools->edited();
    QList<CustomTool> list = edited.customTools();
    list.first().headers.first().value = secret;
    edited.setCustomTools(list);
    tools->setEdited(edited);
    save(tools);
    QCOMPARE(serverCopy(withTools.id()).customTools().first().headers.first().value, secret);
    HistoryPage *toolsPage = showHistory(tools);
    QVERIFY(toolsPage);
    const QString shown = toolsPage->findChild<QPlainTextEdit *>(QStringLiteral("historyDetails"))->toPlainText()
        + toolsPage->table()->model()->index(0, int(JournalModel::Column::Change)).data().toString();
    QVERIFY2(shown.contains(QStringLiteral("Header value")), qPrintable(shown));
    QVERIFY(shown.contains(QChar(0x2022)));
    QVERIFY(!shown.contains(secret));
}

void TestHistory::revertingSendsTheExactInversePatchAndIsUndoable()
{
    startWindow();
    const QString id = m_app->tableIds().at(5);
    const Assistant original = serverCopy(id);
    AssistantEditor *editor = openEditor(id);
    typeInto(editor->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Friday's name"));
    typeInto(editor->findChild<QPlainTextEdit *>(QStringLiteral("prompt")), QStringLiteral("Friday's bad prompt."));
    save(editor);
    const JournalEntry change = entries().first();
    QCOMPARE(change.fields, (QStringList{QStringLiteral("name"), QStringLiteral("prompt")}));

    HistoryPage *page = showHistory(editor);
    QVERIFY(page && page->selectEntry(change.id));
    page->findChild<QPushButton *>(QStringLiteral("revertChange"))->click();
    // An ordinary edit: shown in the fields, undoable, drafted.
    QVERIFY(editor->isModified());
    QCOMPARE(editor->edited().name(), original.name());
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("name"))->text(), original.name());
    QCOMPARE(editor->edited().prompt(), original.prompt());
    QVERIFY(editor->undoStack()->canUndo());
    editor->undoStack()->undo();
    QCOMPARE(editor->edited().name(), QStringLiteral("Friday's name"));
    QVERIFY(!editor->isModified());
    editor->undoStack()->redo();
    QCOMPARE(editor->edited().name(), original.name());
    QTRY_VERIFY_WITH_TIMEOUT(m_app->draftOnDisk(id).has_value(), 5000);
    QCOMPARE(m_app->draftOnDisk(id)->edited.prompt(), original.prompt());

    // Reviewed like any save: the review dialog lists exactly the two fields going back.
    m_app->settings().setValue(QStringLiteral("editor/skipReview"), false);
    m_app->sandbox().clearRequests();
    editor->save();
    auto *review = editor->findChild<ReviewChangesDialog *>();
    QVERIFY(review);
    QStringList reviewed;
    auto *list = review->findChild<QListWidget *>(QStringLiteral("reviewChanges"));
    for (int row = 0; row < list->count(); ++row)
        reviewed.append(list->item(row)->text());
    review->findChild<QPushButton *>(QStringLiteral("reviewSave"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving() && !editor->isModified(), 10000);
    QCOMPARE(reviewed,
             (QStringList{QStringLiteral("Name: \"Friday's name\" → \"%1\"").arg(original.name()), reviewed.last()}));
    QVERIFY2(reviewed.last().startsWith(QStringLiteral("Prompt: \"Friday's bad prompt.\" → ")),
             qPrintable(reviewed.last()));
    QCOMPARE(patchBodies(),
             (QList<QJsonObject>{QJsonObject{{QStringLiteral("name"), original.name()},
                                             {QStringLiteral("prompt"), original.prompt()}}}));
    QVERIFY(AssistantPatch::between(original, serverCopy(id)).isEmpty());
    const JournalEntry revert = entries().first();
    QCOMPARE(revert.operation, Operation::Revert);
    QCOMPARE(revert.relatedEntry, change.id);
    QCOMPARE(revert.before.value(u"name").toString(), QStringLiteral("Friday's name"));
    QCOMPARE(revert.after.value(u"name").toString(), original.name());
}

void TestHistory::revertingOverANewerServerChangeAsksFirst()
{
    startWindow();
    const QString id = m_app->tableIds().at(6);
    const Assistant original = serverCopy(id);
    AssistantEditor *editor = openEditor(id);
    typeInto(editor->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Mine"));
    typeInto(editor->findChild<QPlainTextEdit *>(QStringLiteral("prompt")), QStringLiteral("My prompt."));
    save(editor);
    const JournalEntry change = entries().first();
    // A colleague changes the prompt since; the editor shows today's copy after a refresh.
    AssistantPatch theirs;
    theirs.insert(QStringLiteral("prompt"), QStringLiteral("A colleague's prompt."));
    QVERIFY(m_app->server().patchOnServer(id, theirs));
    refresh();
    QCOMPARE(editor->base().prompt(), QStringLiteral("A colleague's prompt."));

    HistoryPage *page = showHistory(editor);
    QVERIFY(page && page->selectEntry(change.id));
    page->findChild<QPushButton *>(QStringLiteral("revertChange"))->click();
    m_app->sandbox().clearRequests();
    QStringList conflicts;
    m_app->prompter().handleDialog(QStringLiteral("conflictDialog"), [&conflicts](QDialog *dialog) {
        for (const QRadioButton *mine : dialog->findChildren<QRadioButton *>()) {
            if (mine->objectName().startsWith(QStringLiteral("keepMine:")))
                conflicts.append(mine->objectName().mid(9));
        }
        dialog->findChild<QRadioButton *>(QStringLiteral("takeTheirs:prompt"))->click();
        dialog->findChild<QPushButton *>(QStringLiteral("saveChoices"))->click();
    });
    save(editor);
    QCOMPARE(m_app->prompter().dialogs(), QStringList{QStringLiteral("conflictDialog")});
    QCOMPARE(conflicts, QStringList{QStringLiteral("prompt")}); // the name nobody else touched is no question
    QCOMPARE(patchBodies(), (QList<QJsonObject>{QJsonObject{{QStringLiteral("name"), original.name()}}}));
    QCOMPARE(serverCopy(id).prompt(), QStringLiteral("A colleague's prompt.")); // never overwritten unasked
    QCOMPARE(serverCopy(id).name(), original.name());
}

void TestHistory::restoreAsOfAChangePutsBackEveryLaterOne()
{
    startWindow();
    const QString id = m_app->tableIds().at(7);
    AssistantEditor *editor = openEditor(id);
    saveName(editor, QStringLiteral("As of this"));
    const JournalEntry asOf = entries().first();
    typeInto(editor->findChild<QPlainTextEdit *>(QStringLiteral("prompt")), QStringLiteral("Later prompt."));
    save(editor);
    const QString promptAfterFirst = entries().first().before.value(u"prompt").toString();
    saveName(editor, QStringLiteral("Later name"));

    HistoryPage *page = showHistory(editor);
    QVERIFY(page && page->selectEntry(asOf.id));
    auto *restore = page->findChild<QPushButton *>(QStringLiteral("restoreAsOf"));
    QVERIFY(restore->isEnabled());
    restore->click();
    QCOMPARE(editor->edited().name(), QStringLiteral("As of this"));
    QCOMPARE(editor->edited().prompt(), promptAfterFirst);
    QCOMPARE(editor->undoStack()->count(), 1); // one edit
    m_app->sandbox().clearRequests();
    save(editor);
    QCOMPARE(patchBodies(),
             (QList<QJsonObject>{QJsonObject{{QStringLiteral("name"), QStringLiteral("As of this")},
                                             {QStringLiteral("prompt"), promptAfterFirst}}}));
    QCOMPARE(entries().first().operation, Operation::Revert);
}

void TestHistory::restoredDeletedAssistantHasEveryField()
{
    startWindow();
    // An assistant whose tools carry credentials; a colleague's assistant holds the same tools, so every
    // secret value is still at hand after the delete.
    Assistant victim;
    Assistant keeper;
    for (const Assistant &candidate : m_app->server().serverAssistants()) {
        if (victim.id().isEmpty() && !candidate.customTools().isEmpty()
            && !candidate.customTools().first().headers.isEmpty())
            victim = candidate;
        else if (keeper.id().isEmpty())
            keeper = candidate;
    }
    QVERIFY(!victim.id().isEmpty() && !keeper.id().isEmpty());
    AssistantPatch sameTools;
    sameTools.insert(QStringLiteral("custom_tools"), victim.value(QStringLiteral("custom_tools")));
    QVERIFY(m_app->server().patchOnServer(keeper.id(), sameTools));
    refresh();

    m_app->tabs()->setCurrentIndex(0);
    m_app->table()->selectRow(rowOf(victim.id()));
    m_app->prompter().answer(QStringLiteral("deleteConfirmation"), QStringLiteral("confirmDelete"));
    m_app->action("actionDelete")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->server().serverAssistant(victim.id()), 10000);
    QTRY_COMPARE(entries().first().status, Status::Succeeded);
    const JournalEntry deletion = entries().first();
    QCOMPARE(deletion.operation, Operation::Delete);

    ChangesWindow *changes = showChanges();
    QVERIFY(changes && changes->selectEntry(deletion.id));
    auto *restore = changes->findChild<QPushButton *>(QStringLiteral("restoreDeleted"));
    QVERIFY(restore->isEnabled());
    QVERIFY(!changes->findChild<QPushButton *>(QStringLiteral("openEntry"))->isEnabled());
    m_app->prompter().answer(QStringLiteral("restoreDeletedConfirmation"), QStringLiteral("restore"));
    restore->click();
    QTRY_COMPARE_WITH_TIMEOUT(entries().first().operation, Operation::Restore, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(entries().first().status, Status::Succeeded, 10000);
    const JournalEntry restored = entries().first();
    QVERIFY(restored.assistantId != victim.id());
    QCOMPARE(restored.sourceId, victim.id());
    QCOMPARE(restored.relatedEntry, deletion.id);

    // The new id is shown; the table selects it.
    QVERIFY(journalBanner()->isVisible());
    QVERIFY2(journalBanner()->text().contains(restored.assistantId), qPrintable(journalBanner()->text()));
    QTRY_COMPARE(m_window->model()->rowOf(restored.assistantId) >= 0, true);
    // Every writable field as it was.
    const Assistant now = serverCopy(restored.assistantId);
    QVERIFY2(AssistantPatch::between(victim, now).isEmpty(), AssistantPatch::between(victim, now).toJson().constData());
    QVERIFY2(AssistantPatch::between(now, victim).isEmpty(), AssistantPatch::between(now, victim).toJson().constData());
}

void TestHistory::secretThatCannotBeRestoredIsNamed()
{
    startWindow();
    Assistant victim;
    for (const Assistant &candidate : m_app->server().serverAssistants()) {
        if (!candidate.customTools().isEmpty() && !candidate.customTools().first().headers.isEmpty()) {
            victim = candidate;
            break;
        }
    }
    QVERIFY(!victim.id().isEmpty());
    // A value nobody else holds.
    QList<CustomTool> tools = victim.customTools();
    tools.first().headers.first().value = QStringLiteral("Bearer only-here-7d1f");
    Assistant unique = victim;
    unique.setCustomTools(tools);
    AssistantPatch patch;
    patch.insert(QStringLiteral("custom_tools"), unique.value(QStringLiteral("custom_tools")));
    QVERIFY(m_app->server().patchOnServer(victim.id(), patch));
    refresh();
    const Assistant before = serverCopy(victim.id());

    m_app->tabs()->setCurrentIndex(0);
    m_app->table()->selectRow(rowOf(victim.id()));
    m_app->prompter().answer(QStringLiteral("deleteConfirmation"), QStringLiteral("confirmDelete"));
    m_app->action("actionDelete")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->server().serverAssistant(victim.id()), 10000);
    QTRY_COMPARE(entries().first().status, Status::Succeeded);
    ChangesWindow *changes = showChanges();
    QVERIFY(changes && changes->selectEntry(entries().first().id));
    m_app->prompter().answer(QStringLiteral("restoreDeletedConfirmation"), QStringLiteral("restore"));
    changes->findChild<QPushButton *>(QStringLiteral("restoreDeleted"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(entries().first().status, Status::Succeeded, 10000);
    const Prompter::Question asked = m_app->prompter().asked().last();
    QCOMPARE(asked.id, QStringLiteral("restoreDeletedConfirmation"));
    const QString header = before.customTools().first().headers.first().key;
    QVERIFY2(asked.informativeText.contains(header), qPrintable(asked.informativeText));
    QVERIFY(journalBanner()->text().contains(header));

    const Assistant now = serverCopy(entries().first().assistantId);
    QCOMPARE(now.customTools().first().headers.first().value, QString()); // left empty, to be entered
    // Everything else came back.
    Assistant expected = before;
    expected.setCustomTools(now.customTools());
    QVERIFY(AssistantPatch::between(expected, now).isEmpty());
}

void TestHistory::changesWindowFiltersAndOpensAnEntry()
{
    startWindow();
    const QStringList ids = m_app->tableIds();
    saveName(openEditor(ids.at(0)), QStringLiteral("Zurich clinic"));
    saveName(openEditor(ids.at(1)), QStringLiteral("Bern clinic"));
    AssistantEditor *third = openEditor(ids.at(2));
    typeInto(third->findChild<QPlainTextEdit *>(QStringLiteral("prompt")),
             QStringLiteral("Mention the opening hours."));
    save(third);
    // An entry of another connection, and an old one.
    JournalEntry elsewhere = entries().first();
    elsewhere.connectionId = QStringLiteral("production");
    elsewhere.connectionName = QStringLiteral("Production");
    m_app->journal()->append(elsewhere);
    JournalEntry old = entries().at(3); // Zurich's, two months ago
    old.started = QDateTime::currentDateTimeUtc().addDays(-60);
    m_app->journal()->append(old);
    m_app->tabs()->setCurrentIndex(0);

    ChangesWindow *changes = showChanges();
    QVERIFY(changes);
    QVERIFY(changes->findChild<QLineEdit *>(QStringLiteral("changesSearch"))->hasFocus());
    const auto rows = [changes] { return changes->table()->model()->rowCount(); };
    auto *connection = changes->findChild<QComboBox *>(QStringLiteral("changesConnection"));
    QCOMPARE(connection->currentData().toString(), ConnectionProfile::sandboxId()); // starts on the live one
    QCOMPARE(rows(), 4);
    connection->setCurrentIndex(connection->findData(QString()));
    QCOMPARE(rows(), 5);
    QVERIFY(connection->findText(QStringLiteral("Production")) >= 0);
    connection->setCurrentIndex(connection->findData(ConnectionProfile::sandboxId()));

    // Text, typed; any case.
    QTest::keyClicks(changes->findChild<QLineEdit *>(QStringLiteral("changesSearch")), QStringLiteral("OPENING h"));
    QCOMPARE(rows(), 1);
    QCOMPARE(changes->table()->model()->index(0, int(JournalModel::Column::Assistant)).data().toString(),
             serverCopy(ids.at(2)).name());
    changes->findChild<QLineEdit *>(QStringLiteral("changesSearch"))->clear();
    // Assistant.
    QTest::keyClicks(changes->findChild<QLineEdit *>(QStringLiteral("changesAssistant")), QStringLiteral("RICH CLI"));
    QCOMPARE(rows(), 2);
    changes->findChild<QLineEdit *>(QStringLiteral("changesAssistant"))->clear();
    // Operation.
    auto *operation = changes->findChild<QComboBox *>(QStringLiteral("changesOperation"));
    operation->setCurrentIndex(operation->findData(QStringLiteral("delete")));
    QCOMPARE(rows(), 0);
    operation->setCurrentIndex(operation->findData(QStringLiteral("update")));
    QCOMPARE(rows(), 4);
    operation->setCurrentIndex(0);
    // Dates.
    changes->findChild<QCheckBox *>(QStringLiteral("changesToEnabled"))->setChecked(true);
    changes->findChild<QDateEdit *>(QStringLiteral("changesTo"))->setDate(QDate::currentDate().addDays(-30));
    QCOMPARE(rows(), 1);
    changes->findChild<QCheckBox *>(QStringLiteral("changesToEnabled"))->setChecked(false);
    changes->findChild<QCheckBox *>(QStringLiteral("changesFromEnabled"))->setChecked(true);
    changes->findChild<QDateEdit *>(QStringLiteral("changesFrom"))->setDate(QDate::currentDate());
    QCOMPARE(rows(), 3);

    // A new save shows up at once.
    m_app->tabs()->setCurrentIndex(0);
    saveName(openEditor(ids.at(3)), QStringLiteral("Basel clinic"));
    QCOMPARE(rows(), 4);

    // Opening an entry opens its assistant at that change.
    const qint64 bern = m_app->journal()->ids({.assistantId = ids.at(1)}).constFirst();
    QVERIFY(changes->selectEntry(bern));
    QVERIFY2(changes->findChild<QPlainTextEdit *>(QStringLiteral("changesDetails"))
                 ->toPlainText()
                 .contains(QStringLiteral("→ \"Bern clinic\"")),
             "the details show the change");
    m_app->tabs()->setCurrentIndex(0);
    changes->table()->setFocus();
    QTest::keyClick(changes->table(), Qt::Key_Return);
    AssistantEditor *editor = m_window->findChild<AssistantEditor *>(QStringLiteral("editor:%1").arg(ids.at(1)));
    QVERIFY(editor);
    QCOMPARE(m_app->tabs()->currentWidget(), editor);
    auto *page = editor->findChild<HistoryPage *>(QStringLiteral("historyPage"));
    QVERIFY(page->isVisible());
    QCOMPARE(page->selectedEntry(), bern);

    // One of another connection is not opened on this one.
    connection->setCurrentIndex(connection->findData(QStringLiteral("production")));
    QCOMPARE(rows(), 1);
    changes->table()->selectRow(0);
    m_app->prompter().answer(QStringLiteral("otherConnection"), QStringLiteral("ok"));
    changes->findChild<QPushButton *>(QStringLiteral("openEntry"))->click();
    QCOMPARE(m_app->prompter().asked().last().id, QStringLiteral("otherConnection"));
}

void TestHistory::exportWritesTheChangesShownAsJsonLines()
{
    startWindow();
    const QStringList ids = m_app->tableIds();
    saveName(openEditor(ids.at(0)), QStringLiteral("Exported one"));
    saveName(openEditor(ids.at(1)), QStringLiteral("Exported two"));
    saveName(openEditor(ids.at(0)), QStringLiteral("Exported three"));
    ChangesWindow *changes = showChanges();
    QVERIFY(changes);
    QTest::keyClicks(changes->findChild<QLineEdit *>(QStringLiteral("changesAssistant")), ids.at(0));
    QCOMPARE(changes->table()->model()->rowCount(), 2);

    const QString path = m_app->dir().filePath(QStringLiteral("export.jsonl"));
    m_app->prompter().handleDialog(QStringLiteral("exportDialog"), [&path](QDialog *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        QVERIFY(files);
        QCOMPARE(files->acceptMode(), QFileDialog::AcceptSave);
        files->selectFile(path);
        QMetaObject::invokeMethod(files, "accept", Qt::DirectConnection); // as the Save button does
    });
    changes->findChild<QPushButton *>(QStringLiteral("exportChanges"))->click();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // two entries, then the end after the last newline
    QCOMPARE(QJsonDocument::fromJson(lines.at(0))[u"after"][u"name"].toString(), QStringLiteral("Exported one"));
    QCOMPARE(QJsonDocument::fromJson(lines.at(1))[u"after"][u"name"].toString(), QStringLiteral("Exported three"));
    QCOMPARE(QJsonDocument::fromJson(lines.at(1))[u"assistant"][u"id"].toString(), ids.at(0));
    QVERIFY((file.permissions() & (QFile::ReadOther | QFile::ReadGroup)) == 0);
    // The file dialog kept its history where Qt keeps it, in the user's settings: the test's, not the real ones.
    const QString dialogSettings = QSettings(QSettings::UserScope, QStringLiteral("QtProject")).fileName();
    QVERIFY2(dialogSettings.startsWith(m_app->dir().path() + u'/'), qPrintable(dialogSettings));
    QVERIFY2(QFile::exists(dialogSettings), qPrintable(dialogSettings));
}

void TestHistory::retentionSettingPrunes()
{
    startWindow();
    // 30 old entries, then two saves of today.
    QList<JournalEntry> old;
    for (int i = 0; i < 30; ++i) {
        JournalEntry entry;
        entry.connectionId = ConnectionProfile::sandboxId();
        entry.operation = Operation::Update;
        entry.status = Status::Succeeded;
        entry.started = QDateTime::currentDateTimeUtc().addDays(-400 + i);
        entry.assistantId = QStringLiteral("old-%1").arg(i);
        entry.fields = {QStringLiteral("name")};
        entry.after.insert(QStringLiteral("name"), QStringLiteral("Old %1").arg(i));
        old.append(entry);
    }
    QVERIFY(m_app->journal()->appendAll(old));
    saveName(openEditor(m_app->tableIds().at(0)), QStringLiteral("Kept today"));
    saveName(openEditor(m_app->tableIds().at(1)), QStringLiteral("Kept today too"));
    QCOMPARE(m_app->journal()->count(), 32);

    ChangesWindow *changes = showChanges();
    QVERIFY(changes);
    changes->findChild<QComboBox *>(QStringLiteral("changesConnection"))->setCurrentIndex(0);
    QCOMPARE(changes->table()->model()->rowCount(), 32);
    m_app->prompter().handleDialog(QStringLiteral("retentionDialog"), [](QDialog *dialog) {
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("keepDays"))->value(), 180);
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("keepEntries"))->value(), 100000);
        dialog->findChild<QSpinBox *>(QStringLiteral("keepEntries"))->setValue(10);
        dialog->findChild<QPushButton *>(QStringLiteral("saveRetention"))->click();
    });
    changes->findChild<QPushButton *>(QStringLiteral("retention"))->click();
    // The newest 10 stay (both of today among them); older than 180 days beyond them go.
    QCOMPARE(m_app->journal()->count(), 10);
    QCOMPARE(changes->table()->model()->rowCount(), 10);
    QCOMPARE(m_app->settings().value(QStringLiteral("journal/keepEntries")).toInt(), 10);
    QCOMPARE(m_app->settings().value(QStringLiteral("journal/keepDays")).toInt(), 180);
    QCOMPARE(m_app->journal()->entries({}).first().after.value(u"name").toString(), QStringLiteral("Kept today too"));

    // The window prunes at start with the setting too: the newest 10 (old ones written last) and, younger
    // than 180 days, today's two.
    QVERIFY(m_app->journal()->appendAll(old));
    m_window = m_app->createWindow();
    QTRY_COMPARE(m_app->journal()->count(), 12);
}

void TestHistory::batchRevertsFromTheChangesWindow()
{
    startWindow();
    // Three assistants saved as one batch, the way the bulk editor's BatchSave will record them.
    JournalRecorder *recorder = m_window->history()->recorder();
    const qint64 batch = recorder->beginBatch(QStringLiteral("Greeting for three assistants"));
    QVERIFY(batch);
    QList<Assistant> originals;
    for (int i = 0; i < 3; ++i) {
        const Assistant base = serverCopy(m_app->tableIds().at(i));
        originals.append(base);
        Assistant edited = base;
        edited.setFirstSentence(QStringLiteral("Hello from the batch."));
        auto *job = new SaveJob(&m_app->client(), base, edited, nullptr);
        recorder->attach(job, {.batchId = batch});
        bool done = false;
        connect(job, &SaveJob::finished, this, [&done] { done = true; });
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }
    recorder->finishBatch(batch);

    ChangesWindow *changes = showChanges();
    QVERIFY(changes && changes->selectEntry(entries().first().id));
    auto *revert = changes->findChild<QPushButton *>(QStringLiteral("revertBatch"));
    QVERIFY(revert->isEnabled());
    QCOMPARE(changes->table()->model()->index(0, int(JournalModel::Column::Operation)).data().toString(),
             QStringLiteral("Edited (batch %1)").arg(batch));
    m_app->prompter().answer(QStringLiteral("revertBatchConfirmation"), QStringLiteral("revert"));
    m_app->prompter().answer(QStringLiteral("batchRevertResults"), QStringLiteral("ok"));
    revert->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_app->prompter().asked().last().id, QStringLiteral("batchRevertResults"), 20000);
    const Prompter::Question results = m_app->prompter().asked().last();
    QCOMPARE(results.text, QStringLiteral("Reverted 3 of 3 assistant(s) of “Greeting for three assistants”."));
    QCOMPARE(results.informativeText.split(u'\n').size(), 3);
    for (const Assistant &original : originals)
        QCOMPARE(serverCopy(original.id()).value(QStringLiteral("first_sentence")),
                 original.value(QStringLiteral("first_sentence")));
    QCOMPARE(operations().mid(3), (QList<Operation>{Operation::Revert, Operation::Revert, Operation::Revert}));
}

void TestHistory::damagedJournalIsSetAsideAndSaid()
{
    AppFixture::Options options;
    QTemporaryDir elsewhere;
    options.journalPath = elsewhere.filePath(QStringLiteral("journal.sqlite"));
    {
        QFile file(options.journalPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("not a database at all").repeated(200));
    }
    startWindow(options);
    Banner *banner = journalBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("set aside")), qPrintable(banner->text()));
    QCOMPARE(banner->kind(), Banner::Kind::Warning);
    QCOMPARE(m_app->journal()->setAsideFiles().size(), 1);
    QVERIFY(banner->text().contains(QDir::toNativeSeparators(m_app->journal()->setAsideFiles().first())));
    QVERIFY(QFile::exists(m_app->journal()->setAsideFiles().first())); // never deleted
    // The new journal records.
    saveName(openEditor(m_app->tableIds().at(0)), QStringLiteral("Recorded in the new journal"));
    QCOMPARE(entries().size(), 1);
}

void TestHistory::saveThatCannotBeRecordedStillSavesAndSaysSo()
{
    AppFixture::Options options;
    QTemporaryDir elsewhere;
    QFile blocker(elsewhere.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    options.journalPath = elsewhere.filePath(QStringLiteral("file/journal.sqlite")); // its folder is a file
    startWindow(options);
    QVERIFY(journalBanner()->isVisible()); // said at start
    journalBanner()->hide();
    const QString id = m_app->tableIds().at(0);
    saveName(openEditor(id), QStringLiteral("Saved without a journal"));
    QCOMPARE(serverCopy(id).name(), QStringLiteral("Saved without a journal"));
    QVERIFY(journalBanner()->isVisible());
    QVERIFY2(journalBanner()->text().contains(QStringLiteral("could not record")), qPrintable(journalBanner()->text()));
    QVERIFY(journalBanner()->text().contains(QStringLiteral("Saved without a journal")));
}

void TestHistory::killedBetweenEntryAndAnswerIsCheckedAtTheNextStart()
{
    const QString data = m_app->dir().filePath(QStringLiteral("kill.sqlite"));
    const QString drafts = m_app->dir().filePath(QStringLiteral("drafts"));
    const QString journal = m_app->dir().filePath(QStringLiteral("kill-journal.sqlite"));
    const QString settings = m_app->dir().filePath(QStringLiteral("kill.ini"));
    const QString text = QStringLiteral(" Sent, then killed.");

    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(REVOX_KILL_HARNESS),
              {data, drafts, settings, text, QStringLiteral("--journal"), journal, QStringLiteral("--save")});
    QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
    QByteArray output;
    QElapsedTimer clock;
    clock.start();
    while (!output.contains("READY") && clock.elapsed() < 30000 && app.state() == QProcess::Running) {
        app.waitForReadyRead(200);
        output += app.readAllStandardOutput();
    }
    QVERIFY2(output.contains("READY"), output.constData());
    const QString id = QString::fromUtf8(output.mid(output.indexOf("READY") + 6).trimmed());
    app.kill(); // SIGKILL between the entry and the answer
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);
    {
        // What the killed app left: the entry, pending.
        JournalStore left(journal, nullptr);
        QVERIFY(left.open());
        const QList<JournalEntry> all = left.entries({});
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().assistantId, id);
    }

    // The next start on the same data and journal.
    AppFixture::Options options;
    options.sandbox.dataPath = data;
    options.draftsPath = drafts;
    options.journalPath = journal;
    startWindow(options);
    const JournalEntry entry = entries().first();
    QCOMPARE(entry.status, Status::Unknown);
    QVERIFY(entry.request.value(u"prompt").toString().endsWith(text));
    Banner *banner = journalBanner();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("unknown outcome")), qPrintable(banner->text()));
    // The draft is offered as well; that is TestNoLostEdits' business.
    m_app->prompter().clear();
    banner->findChild<QPushButton *>(QStringLiteral("bannerAction"))->click();
    // The server took the PATCH before the kill: the check finds the change there.
    QTRY_COMPARE_WITH_TIMEOUT(entries().first().status, Status::Succeeded, 10000);
    QVERIFY(entries().first().checked.isValid());
    QTRY_VERIFY(banner->text().contains(QStringLiteral("1 made")));
    QVERIFY(m_app->journal()->unresolved(ConnectionProfile::sandboxId()).isEmpty());
    QVERIFY(serverCopy(id).prompt().endsWith(text));
}

QTEST_MAIN(TestHistory)
#include "TestHistory.moc"
