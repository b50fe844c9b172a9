// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConflictDialogResolver.h"
#include "core/AssistantSummary.h"
#include "core/CreateResult.h"
#include "core/SaveResult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class AssistantEditor;
class CreateJob;
class NewAssistantDialog;
class Prompter;
class RevoxClient;
class SaveJob;

// Runs what the window sends: a SaveJob for each save an editor asks for, with the conflict dialog as the
// resolver, and a CreateJob for the New dialog. It knows no table or tab: it tells the editor and the
// dialog how it went and reports to the window, which updates the rest.
class SaveCoordinator : public QObject
{
    Q_OBJECT

public:
    // `prompter` runs the conflict dialog.
    SaveCoordinator(RevoxClient *client, Prompter *prompter, QWidget *window);

    // Reads, merges and sends the editor's edits; the editor takes the result (finishSave()).
    void save(AssistantEditor *editor);
    // Opens the New dialog, or raises the open one. `knownIds` gives the ids that exist before each POST.
    void newAssistant(const std::function<QSet<QString>()> &knownIds);

signals:
    // A job was made and is about to start: whoever records writes (the change journal) attaches to it now.
    void saving(AssistantEditor *editor, SaveJob *job);
    void creating(CreateJob *job);
    void saveFinished(AssistantEditor *editor, const SaveResult &result);
    // A create succeeded (or its lost answer was found); `listed` is the list read to find it, if any.
    void created(const Assistant &assistant, const QList<AssistantSummary> &listed);
    // What happened, for the status bar; `timeoutMs` 0 keeps it until the next message.
    void message(const QString &text, int timeoutMs);

private:
    QString savedMessage(const SaveResult &result) const;
    QString uncertainAdvice(const CreateResult &result) const; // what to do after a create that may be stored

    RevoxClient *m_client;
    QWidget *m_window;
    ConflictDialogResolver m_resolver;
    QPointer<NewAssistantDialog> m_newDialog;
};
