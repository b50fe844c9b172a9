// SPDX-License-Identifier: GPL-3.0-or-later
// The app without a mouse and with a screen reader: the QAccessible tree of the main window, every editor page
// (the History page and the Calls page's phone numbers among them) and every dialog and window (kDialogs below
// lists every dialog; a QDialog subclass in src/ui that is not listed fails everyDialogIsListed; the windows
// that show a state — the Changes window, the bulk editor's steps, find, compare, a test call — are driven
// there through the app) gives each focusable widget a name, names each input as its visible label does, and
// Tab walks each page's inputs in reading order. Menus and dialogs have no two accelerators alike, in English
// and in French.
#include "core/AssistantBundle.h"
#include "core/AssistantMerge.h"
#include "core/AssistantTableModel.h"
#include "core/BatchSave.h"
#include "core/ConnectionCheck.h"
#include "core/DraftStore.h"
#include "core/LanguageSetup.h"
#include "core/TestCallJob.h"
#include "journal/JournalModel.h"
#include "journal/JournalRetention.h"
#include "support/AppFixture.h"
#include "ui/CommandPalette.h"
#include "ui/ConflictDialog.h"
#include "ui/ConnectionDialog.h"
#include "ui/DraftRestoreDialog.h"
#include "ui/KeyboardShortcuts.h"
#include "ui/MainWindow.h"
#include "ui/NewAssistantDialog.h"
#include "ui/ShortcutsDialog.h"
#include "ui/TestCallDialog.h"
#include "ui/bulk/AssistantPicker.h"
#include "ui/bulk/BulkActions.h"
#include "ui/bulk/BulkEditDialog.h"
#include "ui/bulk/BulkEditorPage.h"
#include "ui/bulk/BulkFieldPanel.h"
#include "ui/bulk/BulkPreviewPage.h"
#include "ui/bulk/CompareDialog.h"
#include "ui/bulk/FindAllDialog.h"
#include "ui/bulk/ImportDialog.h"
#include "ui/bulk/ProductionConfirmDialog.h"
#include "ui/editor/AssistantEditor.h"
#include "ui/editor/ReviewChangesDialog.h"
#include "ui/history/ChangesWindow.h"
#include "ui/history/HistoryController.h"
#include "ui/history/RetentionDialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

#include <algorithm>
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

// Whether the accessible tree says that `label` labels `input` (how a screen reader on Linux finds a combo
// box's label: Qt names a combo box there by its value).
bool labelledBy(QAccessibleInterface *input, const QLabel *label)
{
    const auto relations = input->relations(QAccessible::Label);
    return std::any_of(relations.cbegin(), relations.cend(),
                       [label](const auto &relation) { return relation.first->object() == label; });
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
        if (!iface) {
            problems.append(describe(buddy) + u": not in the accessible tree"_s);
            continue;
        }
        // On Linux a combo box's accessible name is its current value; its own name is what other platforms
        // read, and the label relation is what Linux's screen readers read.
        const bool combo = qobject_cast<QComboBox *>(buddy) != nullptr;
        const QString name = (combo ? buddy->accessibleName() : iface->text(QAccessible::Name)).trimmed();
        if (name.compare(expected, Qt::CaseInsensitive) != 0)
            problems.append(u"%1: named \"%2\", its label says \"%3\""_s.arg(describe(buddy), name, expected));
        if (combo && !labelledBy(iface, label))
            problems.append(
                u"%1: the accessible tree does not say that \"%2\" labels it"_s.arg(describe(buddy), expected));
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

// Radio buttons of one exclusive group are one stop for Tab (arrows move within it): the group's first button
// stands for all of them.
QWidget *stop(QWidget *widget)
{
    auto *radio = qobject_cast<QRadioButton *>(widget);
    if (!radio)
        return widget;
    if (const QButtonGroup *group = radio->group(); group && group->exclusive())
        return group->buttons().constFirst();
    if (radio->autoExclusive()) {
        for (QRadioButton *sibling : radio->parentWidget()->findChildren<QRadioButton *>(Qt::FindDirectChildrenOnly)) {
            if (sibling->autoExclusive() && !sibling->group())
                return sibling;
        }
    }
    return widget;
}

// Presses Tab from the page's first input until the focus leaves the page: every input must be reached, in
// reading order (a row below, the same row further right, the top of a column to the right, or a part inside
// the input before: a table's cells).
QStringList tabOrderProblems(QWidget *page)
{
    QStringList problems;
    QList<QWidget *> inputs;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (isInput(widget, page) && !inputs.contains(stop(widget)))
            inputs.append(stop(widget));
    }
    if (inputs.isEmpty())
        return problems;
    QList<QWidget *> visited;
    QWidget *first = nullptr;
    for (QWidget *widget = page->nextInFocusChain(); widget != page; widget = widget->nextInFocusChain()) {
        if (inputs.contains(stop(widget))) {
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
        while (focus && !inputs.contains(stop(focus)) && focus != page)
            focus = focus->parentWidget(); // a combo's line edit stands for its combo
        if (!focus || focus == page)
            break;
        focus = stop(focus);
        if (!visited.isEmpty() && visited.constLast() == focus) {
            // Staying put is a trap only while other inputs wait (a window's only input keeps the focus).
            if (visited.size() < inputs.size())
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
        const bool inside = visited.at(i - 1)->isAncestorOf(visited.at(i)) || a.contains(b);
        const bool nextColumn = b.left() >= a.right() - 2; // a column to the right starts at its top
        if (!below && !sameRowRight && !inside && !nextColumn)
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

Assistant sample(AppFixture &app, int row = 0)
{
    return *app.window()->model()->assistant(app.window()->model()->summaryAt(row).id());
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

PollSchedule quickSchedule()
{
    PollSchedule schedule;
    schedule.initial = std::chrono::milliseconds(50);
    schedule.maximum = std::chrono::milliseconds(200);
    return schedule;
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
         auto *check = new ConnectionCheck(new QNetworkAccessManager(app.window()), app.window());
         return std::make_unique<ConnectionDialog>(
             std::nullopt, [](const QUrl &) { return QString(); }, check, QString(), app.window());
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
         MainWindow *window = app.window();
         return std::make_unique<ShortcutsDialog>(
             KeyboardShortcuts::collect(window->menuBar(), window, window->history()), window);
     }},
    {"CommandPalette",
     [](AppFixture &app) -> std::unique_ptr<QDialog> {
         auto palette = std::make_unique<CommandPalette>(app.window());
         palette->setCommands({{.text = u"Refresh"_s, .kind = u"View"_s}});
         return palette;
     }},
    {"RetentionDialog",
     [](AppFixture &app) -> std::unique_ptr<QDialog> {
         return std::make_unique<RetentionDialog>(JournalRetention(), 1234, app.window());
     }},
    {"ProductionConfirmDialog",
     [](AppFixture &app) -> std::unique_ptr<QDialog> {
         return std::make_unique<ProductionConfirmDialog>(u"Acme Production"_s, 12, app.window());
     }},
    {"AssistantPicker",
     [](AppFixture &app) -> std::unique_ptr<QDialog> {
         QList<AssistantPicker::Choice> choices;
         for (int row = 0; row < app.window()->model()->rowCount(); ++row) {
             const AssistantSummary &summary = app.window()->model()->summaryAt(row);
             choices.append({summary.id(), summary.name()});
         }
         return std::make_unique<AssistantPicker>(u"Compare with…"_s, choices, app.window());
     }},
    {"FindAllDialog",
     [](AppFixture &app) -> std::unique_ptr<QDialog> {
         return std::make_unique<FindAllDialog>(app.window()->model(), app.window());
     }},
    {"CompareDialog",
     [](AppFixture &app) -> std::unique_ptr<QDialog> {
         AssistantTableModel *model = app.window()->model();
         return std::make_unique<CompareDialog>(
             model->summaryAt(0).id(), model->summaryAt(1).id(),
             [model](const QString &id) { return model->assistant(id); }, app.window());
     }},
    {"TestCallDialog",
     [](AppFixture &app) -> std::unique_ptr<QDialog> {
         const Assistant assistant = sample(app);
         ConnectionProfile sandbox;
         sandbox.id = ConnectionProfile::sandboxId();
         sandbox.name = u"Sandbox"_s;
         auto dialog = std::make_unique<TestCallDialog>(
             TestCallDialog::Context{&app.client(), &app.settings(), &app.prompter(), sandbox}, assistant.id(),
             app.window());
         dialog->setSource([assistant] { return std::optional<Assistant>(assistant); });
         return dialog;
     }},
    {"ImportDialog",
     [](AppFixture &app) -> std::unique_ptr<QDialog> {
         const QString file = app.dir().filePath(u"bundle.json"_s);
         const AssistantBundle::Read bundle
             = AssistantBundle::read(AssistantBundle::write({sample(app, 0), sample(app, 1)}, false), file);
         return std::make_unique<ImportDialog>(
             BatchApplyDialog::Context{&app.client(), u"Sandbox"_s, false, &app.settings(), &app.prompter(), {}}, file,
             bundle, app.window()->model()->summaries(), app.window());
     }},
    {"BulkEditDialog",
     [](AppFixture &app) -> std::unique_ptr<QDialog> {
         return std::make_unique<BulkEditDialog>(
             BulkEditDialog::Context{&app.client(), u"Sandbox"_s, false, &app.settings(), &app.prompter()},
             QList<Assistant>{sample(app, 0), sample(app, 1)}, app.window());
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
    void changesWindow_data();
    void changesWindow();
    void bulkEditor_data();
    void bulkEditor();
    void findAndCompare_data();
    void findAndCompare();
    void testCall_data();
    void testCall();

private:
    void addLanguages();
    void useLanguage(const QString &code);
    // The problems of a window or dialog: names, labels, accelerators, and (for a page of inputs) Tab.
    QStringList problemsOf(QWidget *root, const QString &where, bool tabOrder);
    QStringList selectRows(int count);

    AppFixture m_app;
    LanguageSetup m_language;
};

void TestAccessibility::initTestCase()
{
    QAccessible::setActive(true);
    AppFixture::Options options;
    options.sandbox.callSeconds = 1.0;
    QVERIFY(m_app.start(options));
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

QStringList TestAccessibility::problemsOf(QWidget *root, const QString &where, bool tabOrder)
{
    QStringList problems = unnamed(root) + buddyMismatches(root);
    if (tabOrder) {
        root->window()->activateWindow(); // Tab moves the focus of the active window
        if (!QTest::qWaitFor([root] { return QApplication::activeWindow() == root->window(); }))
            problems.append(u"the window is not active"_s);
        problems += tabOrderProblems(root);
    }
    problems += clashes(widgetTexts(root), where);
    for (QString &problem : problems) {
        if (!problem.startsWith(where))
            problem.prepend(where + u": "_s);
    }
    return problems;
}

QStringList TestAccessibility::selectRows(int count)
{
    QTableView *table = m_app.table();
    m_app.tabs()->setCurrentIndex(0);
    table->setFocus();
    table->clearSelection();
    QStringList ids;
    for (int row = 0; row < count; ++row) {
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        ids.append(table->model()->index(row, 0).data(AssistantTableModel::IdRole).toString());
    }
    return ids;
}

#define REPORT(problems)                                                                                               \
    do {                                                                                                               \
        for (const QString &problem : std::as_const(problems))                                                         \
            qWarning().noquote() << problem;                                                                           \
        QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problem(s), listed above"_s.arg(problems.size())));               \
    } while (false)

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
    REPORT(problems);
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
    // The Calls page lists the account's phone numbers once they are read.
    auto *numbers = editor->findChild<QTreeWidget *>(u"phoneNumbers"_s);
    QVERIFY(numbers);
    QTRY_VERIFY(numbers->topLevelItemCount() > 0);
    QStringList problems;
    const int pages = editor->pageCount();
    QVERIFY2(pages >= 10, "the field pages and the History page");
    for (int index = 0; index < pages; ++index) {
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
    REPORT(problems);
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
    const QStringList problems = problemsOf(made.get(), made->objectName(), true);
    made->hide();
    REPORT(problems);
}

void TestAccessibility::everyDialogIsListed()
{
    QStringList listed;
    for (const DialogCase &dialog : kDialogs)
        listed.append(QString::fromLatin1(dialog.className));
    // Every class of src/ui derived from QDialog, at any depth; a base that others derive from is seen through
    // them.
    static const QRegularExpression subclass(u"class\\s+(\\w+)\\s*(?:final\\s*)?:\\s*public\\s+(\\w+)\\b"_s);
    QHash<QString, QString> bases;
    QDirIterator it(QStringLiteral(REVOX_SOURCE_DIR "/src/ui"), {u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (auto match = subclass.globalMatch(QString::fromUtf8(file.readAll())); match.hasNext();) {
            const QRegularExpressionMatch one = match.next();
            bases.insert(one.captured(1), one.captured(2));
        }
    }
    const auto isDialog = [&bases](QString name) {
        for (int depth = 0; depth < 8 && bases.contains(name); ++depth) {
            name = bases.value(name);
            if (name == u"QDialog")
                return true;
        }
        return false;
    };
    QStringList found;
    for (auto base = bases.constBegin(); base != bases.constEnd(); ++base) {
        const bool derivedFrom = std::any_of(bases.cbegin(), bases.cend(),
                                             [&base](const QString &parent) { return parent == base.key(); });
        if (isDialog(base.key()) && !derivedFrom)
            found.append(base.key());
    }
    QVERIFY(found.size() >= 15);
    for (const QString &name : std::as_const(found))
        QVERIFY2(listed.contains(name),
                 qPrintable(name
                            + u" is a dialog the accessibility test does not open: add it "
                              u"to kDialogs in tests/ui/TestAccessibility.cpp"_s));
}

void TestAccessibility::changesWindow_data()
{
    addLanguages();
}

void TestAccessibility::changesWindow()
{
    QFETCH(QString, language);
    useLanguage(language);
    // A change to list: a clone, recorded in the journal.
    const int before = m_app.window()->model()->rowCount();
    selectRows(1);
    m_app.action("actionClone")->trigger();
    QTRY_COMPARE(m_app.window()->model()->rowCount(), before + 1);
    m_app.action("actionChanges")->trigger();
    ChangesWindow *changes = m_app.window()->history()->changesWindow();
    QVERIFY(changes);
    QVERIFY(QTest::qWaitForWindowExposed(changes));
    QTRY_VERIFY(changes->model()->rowCount() > 0);
    changes->table()->selectRow(0);
    QStringList problems = problemsOf(changes, u"Changes window"_s, true);
    changes->close();
    REPORT(problems);
}

void TestAccessibility::bulkEditor_data()
{
    addLanguages();
}

void TestAccessibility::bulkEditor()
{
    QFETCH(QString, language);
    useLanguage(language);
    selectRows(2);
    m_app.action("actionEditSelected")->trigger();
    BulkEditDialog *dialog = m_app.window()->bulkActions()->editDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QStringList problems;
    // The editor step, with the inputs of every kind of change.
    for (const QString &key : {u"prompt"_s, u"faq_items"_s, u"custom_tools"_s, u"call_retry_config"_s}) {
        BulkFieldPanel *panel = dialog->editorPage()->showField(key);
        QVERIFY2(panel, qPrintable(key));
        for (const BulkFieldPanel::Kind kind : BulkFieldPanel::kindsFor(key)) {
            panel->setKind(kind);
            QTest::qWait(0);
            problems += problemsOf(dialog, u"Bulk editor, %1, %2"_s.arg(key, BulkFieldPanel::kindText(kind)), false);
            problems += tabOrderProblems(panel);
        }
    }
    // The preview: the prompt gets a sentence at its end, nothing else.
    for (const QString &key : dialog->editorPage()->tickedKeys())
        dialog->editorPage()->setTicked(key, false);
    BulkFieldPanel *panel = dialog->editorPage()->showField(u"prompt"_s);
    panel->setKind(BulkFieldPanel::Kind::AppendText);
    QWidget *append = panel->findChild<QWidget *>(u"bulkKind:appendText"_s);
    QVERIFY(append);
    auto *text = append->findChild<QPlainTextEdit *>(u"bulkText"_s);
    QVERIFY(text);
    text->setFocus();
    QTest::keyClicks(text, u" Thank you."_s);
    auto *preview = dialog->findChild<QPushButton *>(u"bulkPreviewButton"_s);
    QTRY_VERIFY2(preview->isEnabled(), qPrintable(dialog->editorPage()->problems().join(u'\n')));
    preview->click();
    QTRY_COMPARE(dialog->previewPage()->preview().size(), 2);
    problems += problemsOf(dialog, u"Bulk preview"_s, true);
    // The results.
    auto *apply = dialog->findChild<QPushButton *>(u"bulkApply"_s);
    QTRY_VERIFY(apply->isEnabled());
    apply->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->batch() && !dialog->batch()->isRunning(), 30000);
    problems += problemsOf(dialog, u"Bulk results"_s, true);
    dialog->close();
    REPORT(problems);
}

void TestAccessibility::findAndCompare_data()
{
    addLanguages();
}

void TestAccessibility::findAndCompare()
{
    QFETCH(QString, language);
    useLanguage(language);
    m_app.action("actionFindAll")->trigger();
    FindAllDialog *find = m_app.window()->bulkActions()->findDialog();
    QVERIFY(find);
    QVERIFY(QTest::qWaitForWindowExposed(find));
    auto *query = find->findChild<QLineEdit *>(u"findAllText"_s);
    QVERIFY(query);
    query->setText(u"the"_s);
    auto *results = find->findChild<QTreeWidget *>();
    QTRY_VERIFY(results->topLevelItemCount() > 0);
    QStringList problems = problemsOf(find, u"Find in all assistants"_s, true);
    find->close();

    selectRows(2);
    m_app.action("actionCompare")->trigger();
    CompareDialog *compare = m_app.window()->bulkActions()->compareDialog();
    QVERIFY(compare);
    QVERIFY(QTest::qWaitForWindowExposed(compare));
    problems += problemsOf(compare, u"Compare"_s, true);
    compare->close();
    REPORT(problems);
}

void TestAccessibility::testCall_data()
{
    addLanguages();
}

void TestAccessibility::testCall()
{
    QFETCH(QString, language);
    useLanguage(language);
    AssistantEditor *editor = m_app.openEditor(0);
    QVERIFY(editor);
    m_app.window()->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_app.window());
    m_app.tabs()->setCurrentWidget(editor);
    m_app.action("actionTestCall")->trigger();
    TestCallDialog *dialog = nullptr;
    for (TestCallDialog *each : m_app.window()->findChildren<TestCallDialog *>()) {
        if (each->assistantId() == editor->assistantId() && each->isVisible())
            dialog = each;
    }
    QVERIFY(dialog);
    dialog->job()->setSchedule(quickSchedule());
    QStringList problems = problemsOf(dialog, u"Test call"_s, true);
    // A call to its end: status, transcript and outcome shown.
    dialog->findChild<QLineEdit *>(u"testCallNumber"_s)->setText(u"+14155550123"_s);
    auto *call = dialog->findChild<QPushButton *>(u"testCallPlace"_s);
    QTRY_VERIFY(call->isEnabled());
    call->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->calls().isEmpty() && !dialog->isCallRunning(), 30000);
    problems += problemsOf(dialog, u"Test call, ended"_s, false);
    dialog->close();
    REPORT(problems);
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
