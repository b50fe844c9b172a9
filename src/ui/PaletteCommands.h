// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PaletteCommand.h"

#include <QList>

class AssistantListPage;
class AssistantTableModel;
class EditorTabs;
class QMenuBar;
class QWidget;

// What the command palette offers, gathered when it opens: every assistant (by name or id), the pages and
// fields of the assistant at hand (the editor shown, else the one selected in the table; fields come from
// the catalogue), and every action of the menus, the window and the editor shown (connections among them).
class PaletteCommands
{
public:
    PaletteCommands(const AssistantTableModel *model, AssistantListPage *list, EditorTabs *tabs, QMenuBar *menus,
                    QWidget *window);

    QList<PaletteCommand> build() const;

private:
    void addAssistants(QList<PaletteCommand> &out) const;
    void addPagesAndFields(QList<PaletteCommand> &out) const;
    void addActions(QList<PaletteCommand> &out) const;
    QString targetId() const; // the assistant pages and fields apply to; "" when none

    const AssistantTableModel *m_model;
    AssistantListPage *m_list;
    EditorTabs *m_tabs;
    QMenuBar *m_menus;
    QWidget *m_window;
};
