// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

class HistoryController;
class QMenuBar;
class QWidget;

// Every keyboard shortcut of the app, read off its actions (never a list kept by hand): the menus', the
// window's own, and those of the windows that have keys of their own — an assistant editor (with its History
// page), the Changes window and Compare. Help ▸ Keyboard Shortcuts shows them; the README lists each of them,
// which TestKeyboard holds it to.
class KeyboardShortcuts
{
    Q_DECLARE_TR_FUNCTIONS(KeyboardShortcuts)

public:
    struct Row
    {
        QString section; // a menu's name, "Window", "Editor", …
        QString action; // the action's text without its accelerator mark
        QList<QKeySequence> keys;
    };

    // The menus of `menus`, the actions of `window` no menu holds, and those of an editor, the Changes window
    // (with `history` only) and Compare, made for the purpose: every one of them has the same keys. In each of
    // those, the actions of every widget inside and the buttons with a key other than their text's accelerator.
    static QList<Row> collect(QMenuBar *menus, QWidget *window, HistoryController *history = nullptr);
    // The same of one widget and the widgets in it, under `section`.
    static QList<Row> of(const QWidget *widget, const QString &section);
    // The rows as a markdown table, keys in their portable (English) form.
    static QString markdown(const QList<Row> &rows);
};
