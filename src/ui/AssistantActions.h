// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assistant.h"
#include "core/AssistantSummary.h"

#include <QObject>

#include <memory>

class AssistantListPage;
class AssistantTableModel;
class ConnectionController;
class Prompter;
class RevoxClient;
class SaveCoordinator;
class QWidget;

// What the list's actions do: create an assistant (through SaveCoordinator's CreateJob), clone or delete
// (after asking) the selected ones, copy their IDs. With several selected, each acts on every one of them:
// clone asks once and clones each, delete asks once naming how many and deletes each, copy puts one ID per
// line. The table follows; the rest is reported to the window.
class AssistantActions : public QObject
{
    Q_OBJECT

public:
    AssistantActions(RevoxClient *client, AssistantTableModel *model, AssistantListPage *list,
                     ConnectionController *connections, SaveCoordinator *saves, Prompter *prompter, QWidget *window);

    void newAssistant();
    void cloneSelected();
    void deleteSelected();
    void copySelectedId();
    // Asks before opening many editors at once; true when there are few or the user agreed.
    bool confirmOpening(int count);

signals:
    void added(const QString &id); // created or cloned: the window shows its row
    void deleted(const QString &id);
    void message(const QString &text, int timeoutMs); // for the status bar; empty clears it
    void failed(const QString &text);

private:
    void onCreated(const Assistant &created, const QList<AssistantSummary> &listed);
    void clone(const QString &id);
    void remove(const QString &id, const QString &name, const std::shared_ptr<int> &pending,
                const std::shared_ptr<QStringList> &failures);
    QString nameOf(const QString &id) const;

    RevoxClient *m_client;
    AssistantTableModel *m_model;
    AssistantListPage *m_list;
    ConnectionController *m_connections;
    SaveCoordinator *m_saves;
    Prompter *m_prompter;
    QWidget *m_window;
};
