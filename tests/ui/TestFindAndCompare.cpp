// SPDX-License-Identifier: GPL-3.0-or-later
// Find in All Assistants and Compare (issue 14), through the real window against the sandbox: a find across
// every text field of every assistant (the catalogue's texts: never a secret), grouped by assistant and field,
// opening at the field, refusing an invalid expression at its input, and replacing through the bulk preview;
// two assistants side by side, differences highlighted, a field copied into the other's editor as an ordinary,
// undoable edit that sends nothing by itself; and "Compare with…" from an editor.
#include "core/AssistantPatch.h"
#include "core/AssistantTableModel.h"
#include "core/BatchSave.h"
#include "core/LanguageSetup.h"
#include "support/AppFixture.h"
#include "ui/MainWindow.h"
#include "ui/bulk/AssistantPicker.h"
#include "ui/bulk/BulkActions.h"
#include "ui/bulk/BulkEditDialog.h"
#include "ui/bulk/BulkPreviewPage.h"
#include "ui/bulk/CompareDialog.h"
#include "ui/bulk/FindAllDialog.h"
#include "ui/editor/AssistantEditor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

namespace {

const QString kBrightsmile = QStringLiteral("Brightsmile Dental – Appointment Reminders");
const QString kGreenleaf = QStringLiteral("Greenleaf Veterinary – Vaccination Reminders (draft)");
const QString kHarbor = QStringLiteral("Harbor & Finch – Buyer Lead Qualification");

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent ? parent->findChild<T *>(name) : nullptr;
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

} // namespace

class TestFindAndCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void findsInEveryTextFieldButSecrets();
    void openingAHitShowsItsField();
    void invalidExpressionIsRefusedAtItsInput();
    void replaceGoesThroughThePreview();
    void comparesSideBySide();
    void copyingAFieldIsAnUndoableEditInTheOthersEditor();
    void comparesFromAnEditor();

private:
    MainWindow *window() const { return m_app->window(); }
    QString idOf(const QString &name) const;
    void select(const QStringList &names);
    FindAllDialog *openFind();
    // Types into the find box and waits for the results.
    bool find(FindAllDialog *dialog, const QString &text, bool regex = false);
    CompareDialog *compare(const QString &left, const QString &right);
    QTreeWidgetItem *rowFor(CompareDialog *dialog, const QString &key) const;

    std::unique_ptr<AppFixture> m_app;
    LanguageSetup m_language; // English, as the app installs it: its plural forms ("2 matches")
};

void TestFindAndCompare::initTestCase()
{
    QCOMPARE(m_language.install(QStringLiteral("en")), QStringLiteral("en"));
}

void TestFindAndCompare::init()
{
    m_app = std::make_unique<AppFixture>();
    QVERIFY(m_app->startOnSandbox());
}

void TestFindAndCompare::cleanup()
{
    const QStringList unexpected = m_app->prompter().unexpected();
    m_app.reset();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
}

QString TestFindAndCompare::idOf(const QString &name) const
{
    const AssistantTableModel *model = window()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->summaryAt(row).name() == name)
            return model->summaryAt(row).id();
    }
    qWarning("no assistant named %s", qPrintable(name));
    return {};
}

void TestFindAndCompare::select(const QStringList &names)
{
    QTableView *table = m_app->table();
    table->setFocus();
    table->clearSelection();
    const QAbstractItemModel *proxy = table->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (names.contains(proxy->index(row, 0).data().toString()))
            QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                              table->visualRect(proxy->index(row, 0)).center());
    }
}

FindAllDialog *TestFindAndCompare::openFind()
{
    QTest::keyClick(m_app->table(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    FindAllDialog *dialog = window()->bulkActions()->findDialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

bool TestFindAndCompare::find(FindAllDialog *dialog, const QString &text, bool regex)
{
    auto *box = child<QLineEdit>(dialog, QStringLiteral("findAllText"));
    box->clear();
    auto *regexBox = child<QCheckBox>(dialog, QStringLiteral("findAllRegex"));
    if (regexBox->isChecked() != regex)
        regexBox->click();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
    return QTest::qWaitFor([dialog] { return dialog->isIdle(); }, 20000);
}

void TestFindAndCompare::findsInEveryTextFieldButSecrets()
{
    // A marker in a prompt, in an FAQ answer of another assistant, and in a tool's secret header value.
    const QString brightsmile = idOf(kBrightsmile);
    const QString harbor = idOf(kHarbor);
    const Assistant other = *window()->model()->assistant(harbor);
    AssistantPatch prompt;
    prompt.insert(QStringLiteral("prompt"), QStringLiteral("First line.\nCall ZEBRA-7 before noon."));
    QVERIFY(m_app->server().patchOnServer(brightsmile, prompt));
    QJsonArray faq = other.value(QStringLiteral("faq_items")).toArray();
    QJsonObject item = faq.at(1).toObject();
    item.insert(QStringLiteral("answer"), QStringLiteral("Ask for zebra-7 at the desk."));
    faq[1] = item;
    QJsonArray tools = other.value(QStringLiteral("custom_tools")).toArray();
    QJsonObject tool = tools.at(0).toObject();
    tool.insert(QStringLiteral("headers"),
                QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("X-Token")},
                                       {QStringLiteral("value"), QStringLiteral("ZEBRA-7")}}});
    tools[0] = tool;
    AssistantPatch both;
    both.insert(QStringLiteral("faq_items"), AssistantSchema::writableValue(QStringLiteral("faq_items"), faq));
    both.insert(QStringLiteral("custom_tools"), tools);
    QVERIFY(m_app->server().patchOnServer(harbor, both));
    QVERIFY(m_app->load() > 0);

    FindAllDialog *dialog = openFind();
    QVERIFY(dialog);
    QVERIFY(find(dialog, QStringLiteral("zebra-7")));
    const AssistantSearch::Result &result = dialog->result();
    QCOMPARE(result.matches, 2); // the header value is a secret: never searched
    QCOMPARE(result.assistantIds, (QStringList{brightsmile, harbor}));
    auto *tree = child<QTreeWidget>(dialog, QStringLiteral("findAllResults"));
    QCOMPARE(tree->topLevelItemCount(), 2);
    QTreeWidgetItem *first = tree->topLevelItem(0);
    QCOMPARE(first->text(0), kBrightsmile);
    QCOMPARE(first->child(0)->text(0), QStringLiteral("Prompt"));
    QCOMPARE(first->child(0)->child(0)->text(0), QStringLiteral("line 2"));
    QCOMPARE(first->child(0)->child(0)->text(1), QStringLiteral("Call ZEBRA-7 before noon."));
    QCOMPARE(tree->topLevelItem(1)->child(0)->text(0), QStringLiteral("FAQ answer (item 2)"));
    QVERIFY2(child<QLabel>(dialog, QStringLiteral("findAllStatus"))
                 ->text()
                 .startsWith(QStringLiteral("2 matches in 2 assistants of")),
             qPrintable(child<QLabel>(dialog, QStringLiteral("findAllStatus"))->text()));

    // Case and whole words.
    child<QCheckBox>(dialog, QStringLiteral("findAllMatchCase"))->click();
    dialog->findNow();
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->isIdle(); }, 20000));
    QCOMPARE(dialog->result().matches, 1);
}

void TestFindAndCompare::openingAHitShowsItsField()
{
    const QString id = idOf(kGreenleaf);
    AssistantPatch prompt;
    prompt.insert(QStringLiteral("prompt"), QStringLiteral("Remind owners about QUOKKA vaccines."));
    QVERIFY(m_app->server().patchOnServer(id, prompt));
    QVERIFY(m_app->load() > 0);
    FindAllDialog *dialog = openFind();
    QVERIFY(dialog);
    QVERIFY(find(dialog, QStringLiteral("quokka")));
    auto *tree = child<QTreeWidget>(dialog, QStringLiteral("findAllResults"));
    tree->setCurrentItem(tree->topLevelItem(0)->child(0)->child(0));
    child<QPushButton>(dialog, QStringLiteral("findAllOpen"))->click();
    auto *editor = qobject_cast<AssistantEditor *>(m_app->tabs()->currentWidget());
    QVERIFY(editor);
    QCOMPARE(editor->assistantId(), id);
    QTRY_COMPARE(window()->focusWidget() ? window()->focusWidget()->objectName() : QString(), QStringLiteral("prompt"));
}

void TestFindAndCompare::invalidExpressionIsRefusedAtItsInput()
{
    FindAllDialog *dialog = openFind();
    QVERIFY(dialog);
    QVERIFY(find(dialog, QStringLiteral("(unclosed"), true));
    auto *problem = child<QLabel>(dialog, QStringLiteral("findAllProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(QStringLiteral("The regular expression is not valid")),
             qPrintable(problem->text()));
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("findAllReplace"))->isEnabled());
    QCOMPARE(child<QTreeWidget>(dialog, QStringLiteral("findAllResults"))->topLevelItemCount(), 0);
    // Fixed, it searches.
    QVERIFY(find(dialog, QStringLiteral("(reminder|appointment)s?"), true));
    QVERIFY(problem->isHidden());
    QVERIFY(dialog->result().matches > 0);
}

void TestFindAndCompare::replaceGoesThroughThePreview()
{
    const QStringList ids{idOf(kBrightsmile), idOf(kGreenleaf)};
    for (const QString &id : ids) {
        AssistantPatch prompt;
        prompt.insert(QStringLiteral("prompt"), QStringLiteral("Ring room 12-B, then room 7-C."));
        QVERIFY(m_app->server().patchOnServer(id, prompt));
    }
    QVERIFY(m_app->load() > 0);
    FindAllDialog *dialog = openFind();
    QVERIFY(dialog);
    QVERIFY(find(dialog, QStringLiteral("room (\\d+)-([A-Z])"), true));
    QCOMPARE(dialog->result().assistantIds, ids);
    auto *replacement = child<QLineEdit>(dialog, QStringLiteral("findAllReplacement"));
    QTest::keyClicks(replacement, QStringLiteral("room $2$1"));
    auto *replace = child<QPushButton>(dialog, QStringLiteral("findAllReplace"));
    QVERIFY(replace->isEnabled());
    m_app->sandbox().clearRequests();
    replace->click();
    BulkEditDialog *bulk = window()->bulkActions()->editDialog();
    QVERIFY(bulk);
    QTRY_COMPARE_WITH_TIMEOUT(bulk->previewPage()->preview().size(), 2, 20000);
    QCOMPARE(bulk->previewPage()->preview().items().first().patch.body(),
             (QJsonObject{{QStringLiteral("prompt"), QStringLiteral("Ring room B12, then room C7.")}}));
    QVERIFY(m_app->sandbox().requests().isEmpty()); // nothing before Apply
    child<QPushButton>(bulk, QStringLiteral("bulkApply"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(bulk->batch() && !bulk->batch()->isRunning(), 20000);
    QCOMPARE(bulk->batch()->count(BatchSave::Status::Saved), 2);
    for (const QString &id : ids)
        QCOMPARE(m_app->server().serverAssistant(id)->prompt(), QStringLiteral("Ring room B12, then room C7."));
    // The list follows, and so does the find once the list settles.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->result().matches, 0, 20000);
}

CompareDialog *TestFindAndCompare::compare(const QString &left, const QString &right)
{
    select({left, right});
    QAction *action = m_app->action("actionCompare");
    if (!action->isEnabled())
        return nullptr;
    action->trigger();
    return window()->bulkActions()->compareDialog();
}

QTreeWidgetItem *TestFindAndCompare::rowFor(CompareDialog *dialog, const QString &key) const
{
    auto *table = dialog->findChild<QTreeWidget *>(QStringLiteral("compareTable"));
    for (int row = 0; row < table->topLevelItemCount(); ++row) {
        if (table->topLevelItem(row)->data(0, Qt::UserRole).toString() == key)
            return table->topLevelItem(row);
    }
    return nullptr;
}

void TestFindAndCompare::comparesSideBySide()
{
    CompareDialog *dialog = compare(kBrightsmile, kGreenleaf);
    QVERIFY(dialog);
    QCOMPARE(dialog->leftId(), idOf(kBrightsmile));
    QCOMPARE(dialog->rightId(), idOf(kGreenleaf));
    auto *table = child<QTreeWidget>(dialog, QStringLiteral("compareTable"));
    const auto shown = [table] {
        QStringList keys;
        for (int row = 0; row < table->topLevelItemCount(); ++row) {
            if (!table->topLevelItem(row)->isHidden())
                keys.append(table->topLevelItem(row)->data(0, Qt::UserRole).toString());
        }
        return keys;
    };
    // Only what differs, in catalogue order; 300 s against 600 s among them, highlighted.
    const QStringList differing = shown();
    QVERIFY(differing.contains(QStringLiteral("max_call_duration_secs")));
    QVERIFY(!differing.contains(QStringLiteral("id")));
    QVERIFY(differing.indexOf(QStringLiteral("name")) < differing.indexOf(QStringLiteral("prompt")));
    QTreeWidgetItem *duration = rowFor(dialog, QStringLiteral("max_call_duration_secs"));
    QCOMPARE(duration->text(1), QStringLiteral("300"));
    QCOMPARE(duration->text(2), QStringLiteral("600"));
    QVERIFY(duration->background(1).style() != Qt::NoBrush);
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("compareSummary"))->text(),
             QStringLiteral("Fields that differ: %1.").arg(differing.size()));
    // Show all: the equal ones too, not highlighted.
    child<QCheckBox>(dialog, QStringLiteral("compareShowAll"))->click();
    const QStringList all = shown();
    QVERIFY(all.size() > differing.size());
    for (const QString &key : all) {
        if (!differing.contains(key)) {
            QCOMPARE(rowFor(dialog, key)->background(1).style(), Qt::NoBrush);
            QVERIFY(!rowFor(dialog, key)->font(0).bold());
        }
    }
}

void TestFindAndCompare::copyingAFieldIsAnUndoableEditInTheOthersEditor()
{
    CompareDialog *dialog = compare(kBrightsmile, kGreenleaf);
    QVERIFY(dialog);
    auto *table = child<QTreeWidget>(dialog, QStringLiteral("compareTable"));
    table->setCurrentItem(rowFor(dialog, QStringLiteral("max_call_duration_secs")));
    QCOMPARE(child<QPlainTextEdit>(dialog, QStringLiteral("compareLeftValue"))->toPlainText(), QStringLiteral("300"));
    m_app->sandbox().clearRequests();
    child<QPushButton>(dialog, QStringLiteral("compareCopyRight"))->click();

    AssistantEditor *editor = m_app->tabs()->findChild<AssistantEditor *>();
    QVERIFY(editor);
    QCOMPARE(editor->assistantId(), idOf(kGreenleaf));
    QCOMPARE(editor->edited().maxCallDurationSecs(), 300.0);
    QCOMPARE(editor->patch().keys(), QStringList{QStringLiteral("max_call_duration_secs")});
    QVERIFY(m_app->sandbox().requests().isEmpty()); // an edit, not a save
    // The comparison follows the editor: that field is the same now.
    QVERIFY(!rowFor(dialog, QStringLiteral("max_call_duration_secs"))->data(0, Qt::UserRole + 1).toBool());
    QVERIFY2(child<QLabel>(dialog, QStringLiteral("compareNote"))->text().contains(QStringLiteral("Max call duration")),
             qPrintable(child<QLabel>(dialog, QStringLiteral("compareNote"))->text()));
    // One undo step in that editor takes it back.
    editor->undoStack()->undo();
    QCOMPARE(editor->edited().maxCallDurationSecs(), 600.0);
    QVERIFY(!editor->isModified());
}

void TestFindAndCompare::comparesFromAnEditor()
{
    select({kHarbor});
    m_app->action("actionOpen")->trigger();
    QVERIFY(qobject_cast<AssistantEditor *>(m_app->tabs()->currentWidget()));
    QVERIFY(m_app->action("actionCompare")->isEnabled());
    QString title;
    m_app->prompter().handleDialog(QStringLiteral("assistantPicker"), [&title](QDialog *picker) {
        title = picker->windowTitle();
        QTest::keyClicks(picker->findChild<QLineEdit *>(QStringLiteral("pickerFilter")), QStringLiteral("greenleaf"));
        picker->findChild<QPushButton *>(QStringLiteral("pickerOk"))->click();
    });
    m_app->action("actionCompare")->trigger();
    QVERIFY2(title.contains(kHarbor), qPrintable(title));
    CompareDialog *dialog = window()->bulkActions()->compareDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->leftId(), idOf(kHarbor));
    QCOMPARE(dialog->rightId(), idOf(kGreenleaf));
}

QTEST_MAIN(TestFindAndCompare)
#include "TestFindAndCompare.moc"
