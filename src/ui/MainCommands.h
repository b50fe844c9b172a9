// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class AssistantListPage;
class ConnectionController;
class DeferredIcons;
class QAction;
class QLineEdit;
class QMainWindow;
class QMenu;

// The main window's commands: each action with its text, keys, icon, tooltip and object name (what the tests and
// the README's key tables go by), and the menus, toolbar and table context menu that show them. It makes and
// places them; what each does, MainWindow connects.
class MainCommands : public QObject
{
    Q_OBJECT

public:
    // Every action is the window's, so its keys work wherever the focus is in it; Delete and Enter only on the
    // table (in the search box they edit text). `icons` gives them their icons once the theme is loaded.
    MainCommands(QMainWindow *window, DeferredIcons *icons);

    // The menu bar (with the table's Columns menu, `viewMenus` — Language, Theme — and the Connection menu), the
    // toolbar (the connection box, labelled, and `search` at its end) and the table's context menu.
    void place(AssistantListPage *list, ConnectionController *connections, QLineEdit *search,
               const QList<QMenu *> &viewMenus);

    QAction *const refresh;
    QAction *const newAssistant;
    QAction *const clone;
    QAction *const remove;
    QAction *const open;
    QAction *const copyId;
    QAction *const find;
    QAction *const closeTab;
    QAction *const testCall;
    QAction *const changes; // off until there is a change journal
    QAction *const editSelected;
    QAction *const findAll;
    QAction *const compare;
    QAction *const import;
    QAction *const exportSelected;
    QAction *const palette; // Ctrl+K
    QAction *const shortcuts; // Help ▸ Keyboard Shortcuts
    QAction *const quit;
    QAction *const about;

private:
    QMainWindow *m_window;
};
