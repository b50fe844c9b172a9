// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

// One thing the command palette (Ctrl+K) can do: open an assistant, show a page or a field, run an action.
struct PaletteCommand
{
    QString text; // what the list shows and what is searched first
    QString kind; // "Assistant", "Field", "Page", a menu's name: shown beside the text, searched too
    QString keywords; // more words that find it (an id, a catalogue path), searched but not shown
    QString shortcut; // the action's key, shown when there is one
    std::function<void()> run;
};
