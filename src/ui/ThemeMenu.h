// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class Theme;

// View ▸ Theme: System, Light, Dark; a choice applies at once.
class ThemeMenu : public QMenu
{
    Q_OBJECT

public:
    ThemeMenu(Theme *theme, QWidget *parent);
};
