// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assistant.h"
#include "core/AssistantSummary.h"

#include <QObject>

#include <memory>

class AssistantListPage;
class AssistantTableModel;
class CloneJob;
class ConnectionController;
class PhoneNumberDirectory;
class DeleteJob;
class Prompter;
class RevoxClient;
class SaveCoordinator;
class QWidget;

// What the list's actions do: create an assistant (through SaveCoordinator's CreateJob), clone or delete
// (after asking, naming the phone numbers they still answer) the selected ones, copy their IDs. With several selected,
// each acts on every one of them: clone asks once and clones each, delete asks once naming how many and deletes each,
// copy puts one ID per line. The table follows; the rest is reported to the window.
class AssistantActions : public QObject
{
    Q_OBJECT

public:
    AssistantActions(RevoxClient *client, AssistantTableModel *model, AssistantListPage *list,
                     ConnectionController *connections, SaveCoordinator *saves, PhoneNumberDirectory *numbers,
                     Prompter *prompter, QWidget *window);

    void newAssistant();
    void cloneSelected();
    void deleteSelected();
    void copySelectedId();
    // Asks before opening many editors at once; true when there are few or the user agreed.
    bool confirmOpening(int count);

signals:
    // A job was made and is about to start: whoever records writes (the change journal) attaches to it now.
    void cloning(CloneJob *job);
    void deleting(DeleteJob *job);
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
    // Asks, with the phone numbers just read, and deletes when the user agrees.
    void confirmDelete(const QStringList &ids);
    QString numbersReaching(const QStringList &ids) const; // for the question, with a blank line after

    RevoxClient *m_client;
    AssistantTableModel *m_model;
    AssistantListPage *m_list;
    ConnectionController *m_connections;
    SaveCoordinator *m_saves;
    PhoneNumberDirectory *m_numbers;
    Prompter *m_prompter;
    bool m_deleteAsking = false; // the numbers are being read for a delete
    QWidget *m_window;
};
