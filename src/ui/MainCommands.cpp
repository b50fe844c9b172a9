// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainCommands.h"

#include "AccessibleNames.h"
#include "AssistantListPage.h"
#include "ConnectionController.h"
#include "DeferredIcons.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QToolBar>

namespace {

// `first` everywhere, plus the platform's own keys for `standard` (Ctrl+R to refresh on macOS) without listing one
// twice: a duplicate makes the shortcut ambiguous and it never fires. The keys the README promises work on every
// desktop, whatever its key bindings.
QList<QKeySequence> keysWith(const QKeySequence &first, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> keys{first};
    for (const QKeySequence &key : QKeySequence::keyBindings(standard)) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

QAction *make(QMainWindow *window, DeferredIcons *icons, const QString &text, const char *name,
              const QList<QKeySequence> &keys, const QString &icon)
{
    auto *action = new QAction(text, window);
    if (!icon.isEmpty())
        icons->add(action, icon);
    action->setObjectName(QLatin1String(name));
    action->setShortcuts(keys);
    if (!keys.isEmpty())
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(QString(text).remove(u'&'), keys.first().toString(QKeySequence::NativeText)));
    window->addAction(action);
    return action;
}

} // namespace

MainCommands::MainCommands(QMainWindow *window, DeferredIcons *icons)
    : QObject(window)
    , refresh(make(window, icons, tr("&Refresh"), "actionRefresh",
                   keysWith(QKeySequence(Qt::Key_F5), QKeySequence::Refresh), QStringLiteral("view-refresh")))
    , newAssistant(
          make(window, icons, tr("&New Assistant…"), "actionNew", {QKeySequence::New}, QStringLiteral("document-new")))
    , clone(make(window, icons, tr("&Clone"), "actionClone", {QKeySequence(Qt::CTRL | Qt::Key_D)},
                 QStringLiteral("edit-copy")))
    , remove(make(window, icons, tr("&Delete…"), "actionDelete", {QKeySequence::Delete}, QStringLiteral("edit-delete")))
    , open(make(window, icons, tr("&Open"), "actionOpen", {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                QStringLiteral("document-open")))
    , copyId(make(window, icons, tr("Copy &ID"), "actionCopyId", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
                  QStringLiteral("edit-copy")))
    , find(make(window, icons, tr("&Find…"), "actionFind", {QKeySequence::Find}, QStringLiteral("edit-find")))
    , closeTab(make(window, icons, tr("Cl&ose Tab"), "actionCloseTab",
                    keysWith(QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence::Close), QStringLiteral("window-close")))
    , testCall(make(window, icons, tr("&Test Call…"), "actionTestCall", {QKeySequence(Qt::CTRL | Qt::Key_T)},
                    QStringLiteral("call-start")))
    , changes(make(window, icons, tr("C&hanges…"), "actionChanges", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)},
                   QStringLiteral("document-open-recent")))
    , editSelected(make(window, icons, tr("&Edit Selected…"), "actionEditSelected",
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, QStringLiteral("document-edit")))
    , findAll(make(window, icons, tr("Find in &All Assistants…"), "actionFindAll",
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}, QStringLiteral("edit-find-replace")))
    , compare(make(window, icons, tr("Co&mpare…"), "actionCompare", {}, QStringLiteral("view-split-left-right")))
    , import(make(window, icons, tr("&Import…"), "actionImport", {QKeySequence(Qt::CTRL | Qt::Key_I)},
                  QStringLiteral("document-import")))
    , exportSelected(make(window, icons, tr("&Export Selected…"), "actionExportSelected",
                          {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)}, QStringLiteral("document-export")))
    , palette(make(window, icons, tr("Command &Palette…"), "actionCommandPalette", {QKeySequence(Qt::CTRL | Qt::Key_K)},
                   QStringLiteral("system-search")))
    , shortcuts(make(window, icons, tr("&Keyboard Shortcuts"), "actionKeyboardShortcuts", {QKeySequence::HelpContents},
                     QStringLiteral("help-keyboard-shortcuts")))
    , quit(make(window, icons, tr("&Quit"), "actionQuit",
                keysWith(QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence::Quit), QString()))
    , about(make(window, icons, tr("&About Revox Studio"), "actionAbout", {}, QString()))
    , m_window(window)
{
    changes->setEnabled(false);
    compare->setToolTip(tr("Compare the two selected assistants, or the open one with another"));
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

void MainCommands::place(AssistantListPage *list, ConnectionController *connections, QLineEdit *search,
                         const QList<QMenu *> &viewMenus)
{
    QTableView *table = list->table();
    for (QAction *action : {remove, open, copyId, clone, editSelected, compare, exportSelected})
        table->addAction(action);

    QMenuBar *bar = m_window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(newAssistant);
    file->addSeparator();
    file->addActions({import, exportSelected});
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addActions({open, clone, remove});
    edit->addSeparator();
    edit->addActions({copyId, find});
    edit->addSeparator();
    edit->addActions({testCall, editSelected, findAll, compare});

    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(refresh);
    view->addMenu(list->columnsMenu());
    view->addAction(changes);
    view->addAction(palette);
    view->addSeparator();
    for (QMenu *menu : viewMenus)
        view->addMenu(menu);
    view->addSeparator();
    view->addAction(closeTab);

    QMenu *connection = bar->addMenu(tr("&Connection"));
    connection->setObjectName(QStringLiteral("connectionMenu"));
    auto *connectionBox = new QComboBox(m_window);
    connections->attach(connection, connectionBox);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addActions({shortcuts, about});

    QToolBar *toolbar = m_window->addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addActions({refresh, newAssistant, open, clone, remove});
    toolbar->addSeparator();
    toolbar->addAction(editSelected);
    toolbar->addSeparator();
    auto *connectionLabel = new QLabel(tr("Co&nnection:"), m_window);
    connectionLabel->setBuddy(connectionBox);
    AccessibleNames::fromLabel(connectionLabel);
    toolbar->addWidget(connectionLabel);
    toolbar->addWidget(connectionBox);
    auto *spacer = new QWidget(m_window);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(search);
}
