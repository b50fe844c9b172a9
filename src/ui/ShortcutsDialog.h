// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyboardShortcuts.h"

#include <QDialog>

// Help ▸ Keyboard Shortcuts: every shortcut of the app (KeyboardShortcuts), where it works and what it does.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<KeyboardShortcuts::Row> &rows, QWidget *parent);
};
