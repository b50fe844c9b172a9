// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class AssistantProxyModel;
class AssistantTableModel;
class QLabel;
class QMenu;
class QSettings;
class QTableView;

// The first tab: the table of assistants, or a message where it would be empty (loading, a failure, no
// match). Keeps the columns the user arranged (widths, order, hidden ones, the sort) in the settings.
class AssistantListPage : public QStackedWidget
{
    Q_OBJECT

public:
    AssistantListPage(AssistantTableModel *model, AssistantProxyModel *proxy, QSettings *settings,
                      QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QMenu *columnsMenu() const { return m_columnsMenu; }

    QString selectedId() const;
    void selectAssistant(const QString &id);
    // Shows `message` instead of the table; an empty message shows the table.
    void showMessage(const QString &message);
    void saveLayout();

private:
    void restoreLayout();

    AssistantTableModel *m_model;
    AssistantProxyModel *m_proxy;
    QSettings *m_settings;
    QTableView *m_table;
    QLabel *m_emptyState;
    QMenu *m_columnsMenu;
};
