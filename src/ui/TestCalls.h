// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class AssistantEditor;
class ConnectionController;
class Prompter;
class QSettings;
class QWidget;
class RevoxClient;
class TestCallDialog;

// The window's test calls: one TestCallDialog per assistant and connection for the whole session (closing
// hides it, so earlier calls stay listed and a call left running is still followed), fed with the state of
// the assistant's open editor. Before the connection changes or the window closes, running calls are
// asked about; when the connection changes, reading them stops, since the client then talks to another
// server.
class TestCalls : public QObject
{
    Q_OBJECT

public:
    TestCalls(RevoxClient *client, QSettings *settings, Prompter *prompter, ConnectionController *connections,
              QWidget *window);

    // The editor's Test Call button and the window's action (Ctrl+T) open the dialog through this.
    void watch(AssistantEditor *editor);
    // Shows the assistant's dialog, bound to this editor, and raises it.
    void open(AssistantEditor *editor);
    // Calls still running are cancelled, left running, or (false) the user keeps things as they are.
    bool confirmLeaving(const QString &what);

    // The dialog of an assistant on the live connection, if one was opened.
    TestCallDialog *dialogFor(const QString &assistantId) const;

signals:
    // "Show in Editor" in a dialog: the window brings this editor to the front (its field has the focus).
    void editorWanted(AssistantEditor *editor);

private:
    void onConnectionSwitched();

    RevoxClient *m_client;
    QSettings *m_settings;
    Prompter *m_prompter;
    ConnectionController *m_connections;
    QWidget *m_window;
    QHash<QString, TestCallDialog *> m_dialogs; // by connection id + '/' + assistant id; children of the window
    QHash<QString, QPointer<AssistantEditor>> m_editors; // the editor each dialog reads, by the same key
};
