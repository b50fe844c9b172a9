// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

class QMenuBar;
class QWidget;

// Every keyboard shortcut of the app, read off its actions (never a list kept by hand): the menus', the
// window's own and an assistant editor's. Help ▸ Keyboard Shortcuts shows them; the README's table is
// their markdown(), which TestKeyboardShortcuts holds it to.
class KeyboardShortcuts
{
    Q_DECLARE_TR_FUNCTIONS(KeyboardShortcuts)

public:
    struct Row
    {
        QString section; // a menu's name, "Window" or "Editor"
        QString action; // the action's text without its accelerator mark
        QList<QKeySequence> keys;
    };

    // The menus of `menus`, the actions of `window` no menu holds, and those of an editor (one made for the
    // purpose: every editor has the same keys).
    static QList<Row> collect(QMenuBar *menus, QWidget *window);
    // The rows as a markdown table, keys in their portable (English) form.
    static QString markdown(const QList<Row> &rows);
};
