// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard first, with nothing but key presses on the real window: the command palette (Ctrl+K) opens an
// assistant by its name and then jumps to a field by words of its label ("voice speed"); the editor's keys
// change pages (Ctrl+PgUp/PgDn, Alt+1…9) and go from problem to problem (F8); Help ▸ Keyboard Shortcuts (F1)
// lists every shortcut the app has, and so does the README, whose table is held to that very list.
#include "core/AssistantTableModel.h"
#include "core/LanguageSetup.h"
#include "support/AppFixture.h"
#include "ui/CommandPalette.h"
#include "ui/KeyboardShortcuts.h"
#include "ui/MainWindow.h"
#include "ui/ShortcutsDialog.h"
#include "ui/editor/AssistantEditor.h"
#include "ui/history/ChangesWindow.h"
#include "ui/history/HistoryController.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

const QString kSolara = u"Solara Home Solar – Consultation Booking"_s;

// The widget that has the focus, or the input it belongs to (a spin box's text field stands for the spin box).
QWidget *focusedInput()
{
    QWidget *focus = QApplication::focusWidget();
    while (focus && focus->objectName().isEmpty())
        focus = focus->parentWidget();
    return focus;
}

QString focusedName()
{
    const QWidget *input = focusedInput();
    return input ? input->objectName() : u"(nothing has the focus)"_s;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void paletteOpensAnAssistantAndJumpsToAField();
    void paletteRunsActionsAndSwitchesPages();
    void editorKeysChangePagesAndFindProblems();
    void shortcutsDialogListsEveryShortcut();
    void readmeListsEveryShortcut();

private:
    CommandPalette *openPalette();
    void type(const QString &text);

    AppFixture m_app;
    LanguageSetup m_language; // English, as the app installs it
};

void TestKeyboard::initTestCase()
{
    QCOMPARE(m_language.install(u"en"_s), u"en"_s);
    QVERIFY(m_app.start());
}

void TestKeyboard::init()
{
    m_app.createWindow();
    QVERIFY(m_app.showWindow());
    QVERIFY(m_app.load() > 0);
}

void TestKeyboard::cleanup()
{
    const QStringList unexpected = m_app.prompter().unexpected();
    m_app.destroyWindow();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
}

CommandPalette *TestKeyboard::openPalette()
{
    // The window has the keys again once the palette or a window it opened is gone.
    if (!QTest::qWaitFor([this] { return QApplication::activeWindow() == m_app.window(); }))
        return nullptr;
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_app.window(), Qt::Key_K,
                    Qt::ControlModifier);
    auto *palette = m_app.window()->findChild<CommandPalette *>();
    const auto inBox
        = [] { return QApplication::focusWidget() && QApplication::focusWidget()->objectName() == u"paletteSearch"; };
    if (!palette || !QTest::qWaitForWindowActive(palette) || !QTest::qWaitFor(inBox))
        return nullptr;
    return palette;
}

void TestKeyboard::type(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

void TestKeyboard::paletteOpensAnAssistantAndJumpsToAField()
{
    // From the list, by keys alone: Ctrl+K, a few letters of the name, Enter.
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    QTRY_COMPARE(focusedName(), u"paletteSearch"_s);
    type(u"solara"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!palette->isVisible());
    QTRY_COMPARE(QApplication::activeWindow(), m_app.window());
    auto *editor = qobject_cast<AssistantEditor *>(m_app.tabs()->currentWidget());
    QVERIFY(editor);
    QCOMPARE(editor->edited().name(), kSolara);

    // Then to a field, by words of its label.
    QVERIFY(openPalette());
    type(u"voice speed"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(focusedName(), u"voice.speed"_s);
    QCOMPARE(editor->pageTitle(editor->currentPage()), u"Voice"_s);
    // The keys go on working there: the speed goes up by its step.
    auto *speed = qobject_cast<QAbstractSpinBox *>(focusedInput());
    QVERIFY(speed);
    const QString before = speed->text();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QVERIFY(speed->text() != before);
    QVERIFY(editor->isModified());
    editor->undoStack()->setIndex(0);
}

void TestKeyboard::paletteRunsActionsAndSwitchesPages()
{
    // A menu action by its name: "changes" finds View ▸ Changes….
    QVERIFY(openPalette());
    type(u"changes"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(m_app.window()->history()->changesWindow() && m_app.window()->history()->changesWindow()->isVisible());
    m_app.window()->history()->changesWindow()->close();
    m_app.window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_app.window()));

    // An editor's page, on the selected assistant.
    m_app.table()->setFocus();
    m_app.table()->selectRow(0);
    QVERIFY(openPalette());
    type(u"retry windows"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto *editor = qobject_cast<AssistantEditor *>(m_app.tabs()->currentWidget());
    QTRY_VERIFY(editor);
    QTRY_COMPARE(editor->pageTitle(editor->currentPage()), u"Retry windows"_s);
}

void TestKeyboard::editorKeysChangePagesAndFindProblems()
{
    AssistantEditor *editor = m_app.openEditor(0);
    QVERIFY(editor);
    QTRY_VERIFY(editor->isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget() == editor);
    editor->showPage(0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(editor->currentPage(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(editor->currentPage(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(editor->currentPage(), editor->pageCount() - 1); // round the list, to the History page
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::AltModifier);
    QCOMPARE(editor->currentPage(), 2);
    QVERIFY(editor->isAncestorOf(QApplication::focusWidget())); // the page's first input has the focus

    // Two problems typed in; F8 goes to each in turn, Shift+F8 back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::AltModifier);
    QVERIFY(editor->focusField(u"name"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    QVERIFY(editor->focusField(u"webhook_url"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    type(u"not a web address"_s);
    QTRY_VERIFY(editor->review().blocking.size() >= 2);
    // F8 goes round every problem (the server's copy may have flagged ones of its own), these two among them.
    const int problems = int(editor->review().blocking.size() + editor->review().flagged.size());
    QStringList visited;
    for (int i = 0; i <= problems; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
        visited.append(focusedName());
    }
    QVERIFY2(visited.contains(u"name"_s) && visited.contains(u"webhook_url"_s), qPrintable(visited.join(u", ")));
    QCOMPARE(visited.constLast(), visited.constFirst()); // round the list
    // Shift+F8 goes back: to another of the problems.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8, Qt::ShiftModifier);
    QVERIFY(focusedName() != visited.constLast());
    QVERIFY(visited.contains(focusedName()));
    editor->undoStack()->setIndex(0);
    QTRY_VERIFY(!editor->isModified());
}

void TestKeyboard::shortcutsDialogListsEveryShortcut()
{
    const QList<KeyboardShortcuts::Row> rows
        = KeyboardShortcuts::collect(m_app.window()->menuBar(), m_app.window(), m_app.window()->history());
    QStringList sections;
    for (const KeyboardShortcuts::Row &row : rows)
        sections.append(row.section);
    for (const QString &section :
         {u"File"_s, u"Edit"_s, u"View"_s, u"Connection"_s, u"Help"_s, u"Editor"_s, u"Changes window"_s, u"Compare"_s})
        QVERIFY2(sections.contains(section), qPrintable(section));
    // The new features' keys are among them: History, Changes, bulk editing, find, test calls, compare.
    QStringList keys;
    for (const KeyboardShortcuts::Row &row : rows) {
        for (const QKeySequence &key : row.keys)
            keys.append(key.toString(QKeySequence::PortableText));
    }
    for (const QString &key : {u"Ctrl+H"_s, u"Ctrl+Shift+H"_s, u"Ctrl+Shift+E"_s, u"Ctrl+Shift+F"_s, u"Ctrl+T"_s,
                               u"Alt+R"_s, u"Alt+L"_s, u"Ctrl+K"_s, u"F8"_s, u"Ctrl+PgDown"_s})
        QVERIFY2(keys.contains(key), qPrintable(key));

    m_app.prompter().handleDialog(u"shortcutsDialog"_s, [&rows](QDialog *dialog) {
        auto *table = dialog->findChild<QTableWidget *>(u"shortcutsTable"_s);
        QVERIFY(table);
        QCOMPARE(table->rowCount(), rows.size());
    });
    QTest::keyClick(m_app.window(), Qt::Key_F1);
    QCOMPARE(m_app.prompter().dialogs(), QStringList{u"shortcutsDialog"_s});
}

void TestKeyboard::readmeListsEveryShortcut()
{
    const QString table = KeyboardShortcuts::markdown(
        KeyboardShortcuts::collect(m_app.window()->menuBar(), m_app.window(), m_app.window()->history()));
    QFile readme(QStringLiteral(REVOX_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    if (!text.contains(table)) {
        qInfo().noquote() << "README.md's \"Every shortcut\" table must read, as Help ▸ Keyboard Shortcuts does:";
        for (const QString &line : table.split(u'\n'))
            qInfo().noquote() << line;
    }
    QVERIFY2(text.contains(table), "README.md lists other shortcuts than the app has (the table is above)");
}

QTEST_MAIN(TestKeyboard)
#include "TestKeyboard.moc"
