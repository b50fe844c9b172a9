// SPDX-License-Identifier: GPL-3.0-or-later
// The app without a mouse and with a screen reader: the QAccessible tree of the main window, every editor page
// and every dialog (kDialogs below lists them all; a QDialog subclass in src/ui that is not listed fails
// everyDialogIsListed) gives each focusable widget a name, names each input as its visible label does, and
// Tab walks each editor page's inputs in reading order. Menus and dialogs have no two accelerators alike, in
// English and in French.
#include "core/AssistantMerge.h"
#include "core/AssistantTableModel.h"
#include "core/DraftStore.h"
#include "support/AppFixture.h"
#include "ui/CommandPalette.h"
#include "ui/ConflictDialog.h"
#include "ui/ConnectionDialog.h"
#include "ui/DraftRestoreDialog.h"
#include "ui/KeyboardShortcuts.h"
#include "ui/LanguageSetup.h"
#include "ui/MainWindow.h"
#include "ui/NewAssistantDialog.h"
#include "ui/ShortcutsDialog.h"
#include "ui/editor/AssistantEditor.h"
#include "ui/editor/ReviewChangesDialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTest>
#include <QTextDocument>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString describe(const QWidget *widget)
{
    QString name = widget->objectName();
    for (const QWidget *up = widget->parentWidget(); name.isEmpty() && up; up = up->parentWidget()) {
        if (!up->objectName().isEmpty())
            name = u"(in "_s + up->objectName() + u')';
    }
    return QString::fromLatin1(widget->metaObject()->className()) + u' ' + name;
}

QString plainLabel(const QString &text)
{
    QTextDocument document;
    document.setHtml(text);
    QString plain = document.toPlainText();
    plain.remove(u'●');
    plain.replace(u"&&"_s, u"\x01"_s);
    plain.remove(u'&');
    plain.replace(u'\x01', u'&');
    plain = plain.trimmed();
    if (plain.endsWith(u':'))
        plain.chop(1);
    return plain.trimmed();
}

// Every widget of the accessible tree under `root` that takes the focus and is shown, without a name.
void walkForNames(QAccessibleInterface *iface, QStringList &problems, int depth = 0)
{
    if (!iface || depth > 64)
        return;
    const QAccessible::State state = iface->state();
    auto *widget = qobject_cast<QWidget *>(iface->object());
    if (widget && state.focusable && !state.invisible && widget->isVisible()
        && iface->text(QAccessible::Name).trimmed().isEmpty())
        problems.append(describe(widget) + u": no accessible name"_s);
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface *child = iface->child(i);
        // Items of views (cells, rows) are named by their text; the widgets are what this walk is about.
        if (child && child->object() && child->object() != iface->object())
            walkForNames(child, problems, depth + 1);
    }
}

QStringList unnamed(QWidget *root)
{
    QStringList problems;
    walkForNames(QAccessible::queryAccessibleInterface(root), problems);
    return problems;
}

QStringList buddyMismatches(QWidget *root)
{
    QStringList problems;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        QWidget *buddy = label->buddy();
        if (!buddy || !label->isVisible())
            continue;
        const QString expected = plainLabel(label->text());
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(buddy);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.compare(expected, Qt::CaseInsensitive) != 0)
            problems.append(u"%1: named \"%2\", its label says \"%3\""_s.arg(describe(buddy), name, expected));
    }
    return problems;
}

// The inputs a person tabs through on `page`: shown, enabled, taking Tab focus, not part of another input.
bool isInput(QWidget *widget, QWidget *page)
{
    if (!page->isAncestorOf(widget) || !widget->isVisible() || !widget->isEnabled()
        || !(widget->focusPolicy() & Qt::TabFocus))
        return false;
    for (QWidget *up = widget->parentWidget(); up && up != page; up = up->parentWidget()) {
        if (qobject_cast<QComboBox *>(up) || qobject_cast<QAbstractSpinBox *>(up))
            return false;
    }
    return true;
}

// Presses Tab from the page's first input until the focus leaves the page: every input must be reached, in
// reading order (a row below, or the same row further right).
QStringList tabOrderProblems(QWidget *page)
{
    QStringList problems;
    QList<QWidget *> inputs;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (isInput(widget, page))
            inputs.append(widget);
    }
    if (inputs.isEmpty())
        return problems;
    QList<QWidget *> visited;
    QWidget *first = nullptr;
    for (QWidget *widget = page->nextInFocusChain(); widget != page; widget = widget->nextInFocusChain()) {
        if (inputs.contains(widget)) {
            first = widget;
            break;
        }
    }
    if (!first)
        return {u"no input of the page is in the focus chain"_s};
    first->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 400; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus || !page->isAncestorOf(focus))
            break;
        while (focus && !inputs.contains(focus) && focus != page)
            focus = focus->parentWidget(); // a combo's line edit stands for its combo
        if (!focus || focus == page)
            break;
        if (!visited.isEmpty() && visited.constLast() == focus) {
            problems.append(describe(focus) + u": Tab stays in it (a keyboard trap)"_s);
            break;
        }
        if (visited.contains(focus))
            break; // round the page
        visited.append(focus);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    for (QWidget *input : std::as_const(inputs)) {
        if (!visited.contains(input))
            problems.append(describe(input) + u": never reached by Tab"_s);
    }
    for (int i = 1; i < visited.size(); ++i) {
        const QRect a(visited.at(i - 1)->mapTo(page, QPoint(0, 0)), visited.at(i - 1)->size());
        const QRect b(visited.at(i)->mapTo(page, QPoint(0, 0)), visited.at(i)->size());
        const bool below = b.top() >= a.center().y();
        const bool sameRowRight = b.top() < a.bottom() && b.bottom() > a.top() && b.left() >= a.right() - 2;
        if (!below && !sameRowRight)
            problems.append(u"Tab goes from %1 to %2, against the reading order"_s.arg(describe(visited.at(i - 1)),
                                                                                       describe(visited.at(i))));
    }
    return problems;
}

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

// Two different texts with one accelerator, among `texts` (one menu, one dialog).
QStringList clashes(const QStringList &texts, const QString &where)
{
    QStringList problems;
    QHash<QChar, QString> seen;
    for (const QString &text : texts) {
        const QChar key = mnemonic(text);
        if (key.isNull())
            continue;
        if (seen.contains(key) && seen.value(key) != text)
            problems.append(u"%1: \"%2\" and \"%3\" both use Alt+%4"_s.arg(where, seen.value(key), text, key));
        seen.insert(key, text);
    }
    return problems;
}

QStringList menuClashes(QMenu *menu, const QString &where)
{
    QStringList texts;
    QStringList problems;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        texts.append(action->text());
        if (action->menu())
            problems += menuClashes(action->menu(), where + u" ▸ "_s + action->menu()->title());
    }
    return problems + clashes(texts, where);
}

// The texts Alt+letter reaches in a window or dialog: buttons and labels with a buddy (menus have their own).
QStringList widgetTexts(QWidget *root)
{
    QStringList texts;
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            texts.append(button->text());
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisible())
            texts.append(label->text());
    }
    return texts;
}

struct DialogCase
{
    const char *className;
    std::function<std::unique_ptr<QDialog>(AppFixture &)> make;
};

Assistant sample(AppFixture &app)
{
    return *app.window()->model()->assistant(app.window()->model()->summaryAt(0).id());
}

Assistant withTool(Assistant assistant, const QString &name)
{
    QJsonObject json = assistant.json();
    json.insert(u"name"_s, name);
    json.insert(u"custom_tools"_s,
                QJsonArray{QJsonObject{{u"name"_s, u"lookup"_s},
                                       {u"description"_s, u"Looks it up"_s},
                                       {u"url"_s, u"https://api.example.com/lookup"_s},
                                       {u"method"_s, u"GET"_s},
                                       {u"headers"_s,
                                        QJsonArray{QJsonObject{{u"key"_s, u"Authorization"_s},
                                                               {u"value"_s, u"Bearer %1"_s.arg(name)}}}}}});
    return *Assistant::fromJson(json);
}

// Every dialog of src/ui, made as the app makes it. A new QDialog subclass belongs here.
const QList<DialogCase> kDialogs = {
    {"ConflictDialog",
     [](AppFixture &app) -> std::unique_ptr<QDialog> {
         const Assistant base = sample(app);
         static std::unique_ptr<AssistantMerge> merge;
         merge = std::make_unique<AssistantMerge>(base, withTool(base, u"Mine"_s), withTool(base, u"Theirs"_s));
         return std::make_unique<ConflictDialog>(*merge, app.window());
     }},
    {"ConnectionDialog",
     [](AppFixture &app) -> std::unique_ptr<QDialog> {
         return std::make_unique<ConnectionDialog>(
             std::nullopt, [](const QUrl &) { return QString(); }, app.window());
     }},
    {"DraftRestoreDialog",
     [](AppFixture &app) -> std::unique_ptr<QDialog> {
         const Assistant base = sample(app);
         const Draft draft{ConnectionProfile::sandboxId(), base.id(), base, withTool(base, u"Edited"_s),
                           QDateTime::currentDateTime()};
         return std::make_unique<DraftRestoreDialog>(QList<Draft>{draft}, &app.prompter(), app.window());
     }},
    {"NewAssistantDialog",
     [](AppFixture &app) -> std::unique_ptr<QDialog> { return std::make_unique<NewAssistantDialog>(app.window()); }},
    {"ReviewChangesDialog",
     [](AppFixture &app) -> std::unique_ptr<QDialog> {
         const Assistant base = sample(app);
         return std::make_unique<ReviewChangesDialog>(base, withTool(base, u"Edited"_s), app.window());
     }},
    {"ShortcutsDialog",
     [](AppFixture &app) -> std::unique_ptr<QDialog> {
         return std::make_unique<ShortcutsDialog>(KeyboardShortcuts::collect(app.window()->menuBar(), app.window()),
                                                  app.window());
     }},
    {"CommandPalette",
     [](AppFixture &app) -> std::unique_ptr<QDialog> {
         auto palette = std::make_unique<CommandPalette>(app.window());
         palette->setCommands({{.text = u"Refresh"_s, .kind = u"View"_s}});
         return palette;
     }},
};

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindow_data();
    void mainWindow();
    void editorPages_data();
    void editorPages();
    void dialogs_data();
    void dialogs();
    void everyDialogIsListed();

private:
    void addLanguages();
    void useLanguage(const QString &code);

    AppFixture m_app;
    LanguageSetup m_language;
};

void TestAccessibility::initTestCase()
{
    QAccessible::setActive(true);
    QVERIFY(m_app.start());
}

void TestAccessibility::addLanguages()
{
    QTest::addColumn<QString>("language");
    for (const QString &code : LanguageSetup::languages())
        QTest::newRow(code.toLatin1()) << code;
}

void TestAccessibility::useLanguage(const QString &code)
{
    m_language.install(code);
    m_app.createWindow();
    QVERIFY(m_app.showWindow());
    QVERIFY(m_app.load() > 0);
}

void TestAccessibility::mainWindow_data()
{
    addLanguages();
}

void TestAccessibility::mainWindow()
{
    QFETCH(QString, language);
    useLanguage(language);
    MainWindow *window = m_app.window();
    QStringList problems = unnamed(window) + buddyMismatches(window);
    QStringList titles;
    for (QAction *action : window->menuBar()->actions()) {
        titles.append(action->text());
        problems += menuClashes(action->menu(), action->text());
    }
    problems += clashes(titles + widgetTexts(window), u"the main window"_s);
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problem(s), listed above"_s.arg(problems.size())));
}

void TestAccessibility::editorPages_data()
{
    addLanguages();
}

void TestAccessibility::editorPages()
{
    QFETCH(QString, language);
    useLanguage(language);
    AssistantEditor *editor = m_app.openEditor(0);
    QVERIFY(editor);
    QStringList problems;
    for (int index = 0; index < editor->pageCount(); ++index) {
        editor->showPage(index);
        auto *stack = editor->findChild<QStackedWidget *>(u"pageStack"_s);
        QWidget *page = stack->currentWidget();
        QTest::qWait(0);
        const QString where = editor->pageTitle(index) + u": "_s;
        for (const QString &problem : unnamed(page) + buddyMismatches(page) + tabOrderProblems(page))
            problems.append(where + problem);
    }
    problems += unnamed(editor);
    problems += clashes(widgetTexts(editor), u"the editor"_s);
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problem(s), listed above"_s.arg(problems.size())));
}

void TestAccessibility::dialogs_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("dialog");
    for (const QString &code : LanguageSetup::languages()) {
        for (int i = 0; i < kDialogs.size(); ++i)
            QTest::addRow("%s %s", kDialogs.at(i).className, qPrintable(code)) << code << i;
    }
}

void TestAccessibility::dialogs()
{
    QFETCH(QString, language);
    QFETCH(int, dialog);
    if (m_language.language() != language || !m_app.window())
        useLanguage(language);
    const std::unique_ptr<QDialog> made = kDialogs.at(dialog).make(m_app);
    QCOMPARE(QString::fromLatin1(made->metaObject()->className()), QString::fromLatin1(kDialogs.at(dialog).className));
    made->show();
    QVERIFY(QTest::qWaitForWindowExposed(made.get()));
    const QStringList problems
        = unnamed(made.get()) + buddyMismatches(made.get()) + clashes(widgetTexts(made.get()), made->objectName());
    made->hide();
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problem(s), listed above"_s.arg(problems.size())));
}

void TestAccessibility::everyDialogIsListed()
{
    QStringList listed;
    for (const DialogCase &dialog : kDialogs)
        listed.append(QString::fromLatin1(dialog.className));
    static const QRegularExpression subclass(u"class\\s+(\\w+)\\s*(?:final\\s*)?:\\s*public\\s+QDialog\\b"_s);
    QStringList found;
    QDirIterator it(QStringLiteral(REVOX_SOURCE_DIR "/src/ui"), {u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (auto match = subclass.globalMatch(QString::fromUtf8(file.readAll())); match.hasNext();)
            found.append(match.next().captured(1));
    }
    QVERIFY(found.size() >= 7);
    for (const QString &name : std::as_const(found))
        QVERIFY2(listed.contains(name),
                 qPrintable(name
                            + u" is a dialog the accessibility test does not open: add it "
                              u"to kDialogs in tests/ui/TestAccessibility.cpp"_s));
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
