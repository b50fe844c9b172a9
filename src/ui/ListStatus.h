// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BannerAction.h"

#include <QObject>
#include <QString>

class AssistantListPage;
class AssistantProxyModel;
class AssistantTableModel;
class ConnectionController;
class ListLoader;
class QLabel;
class QLineEdit;

// What the assistant list says about itself: the row count in the status bar ("12 assistants", "3 of 12
// assistants") and, when no row shows, why: loading, nothing matches the search, the list could not be
// loaded (with the way out), or the account has none yet. It follows the models and the search box itself;
// the window tells it when a load succeeded or failed and when the connection changed.
class ListStatus : public QObject
{
    Q_OBJECT

public:
    ListStatus(AssistantTableModel *model, AssistantProxyModel *proxy, AssistantListPage *list, ListLoader *loader,
               ConnectionController *connections, QLineEdit *search, QLabel *rowCount, QObject *parent);

    // The button that offers `action`, as the list and the error banner show it; empty for None.
    static QString actionText(BannerAction action);

    void setLoaded(); // a list loaded: whatever was wrong is over
    // The list could not be loaded, or the connection cannot load it: the empty list says why, with the way out.
    void setProblem(const QString &text, BannerAction action);
    void reset(); // another connection: nothing loaded yet, nothing wrong yet
    bool hasProblem() const { return !m_problem.isEmpty(); }
    BannerAction problemAction() const { return m_action; }

public slots:
    void update(); // the empty list's message, again
    void updateRowCount();

signals:
    void updated(); // after each update(): what the window enables depends on the same facts

private:
    AssistantTableModel *m_model;
    AssistantProxyModel *m_proxy;
    AssistantListPage *m_list;
    ListLoader *m_loader;
    ConnectionController *m_connections;
    QLineEdit *m_search;
    QLabel *m_rowCount;
    bool m_loaded = false; // the live connection's list loaded at least once
    QString m_problem; // why the list is not loaded, while it is not
    BannerAction m_action = BannerAction::None;
};
