// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class AssistantProxyModel;
class AssistantTableModel;
class QLabel;
class QMenu;
class QPushButton;
class QSettings;
class QTableView;

// The first tab: the table of assistants, or a message where it would be empty (loading, a failure and its
// way out, no match). Keeps the columns the user arranged (widths, order, hidden ones, the sort) in the settings. Rows
// are selected like files: Shift and Ctrl with the mouse or the arrows, Ctrl+A for all.
class AssistantListPage : public QStackedWidget
{
    Q_OBJECT

public:
    AssistantListPage(AssistantTableModel *model, AssistantProxyModel *proxy, QSettings *settings,
                      QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QMenu *columnsMenu() const { return m_columnsMenu; }

    // The current row's assistant when it is selected, else the first selected one; empty when none is.
    QString selectedId() const;
    // Every selected assistant, in the table's order.
    QStringList selectedIds() const;
    void selectAssistant(const QString &id);
    // Selects these (the others are deselected) and shows the first.
    void selectAssistants(const QStringList &ids);
    // Shows `message` instead of the table; an empty message shows the table. With `actionText`, a button
    // under it (named `accessibleName` for screen readers) emits actionTriggered(); it takes the focus when the
    // table had it.
    void showMessage(const QString &message, const QString &actionText = {}, const QString &accessibleName = {});
    void saveLayout();

signals:
    void actionTriggered(); // the message's button (Retry, Enter Key…)

private:
    void restoreLayout();

    AssistantTableModel *m_model;
    AssistantProxyModel *m_proxy;
    QSettings *m_settings;
    QTableView *m_table;
    QWidget *m_emptyPage;
    QLabel *m_emptyState;
    QPushButton *m_emptyStateAction;
    QMenu *m_columnsMenu;
};
