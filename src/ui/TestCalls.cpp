// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCalls.h"

#include "ConnectionController.h"
#include "Prompter.h"
#include "TestCallDialog.h"
#include "editor/AssistantEditor.h"

namespace {

QString keyOf(const QString &connectionId, const QString &assistantId)
{
    return connectionId + u'/' + assistantId;
}

} // namespace

TestCalls::TestCalls(RevoxClient *client, QSettings *settings, Prompter *prompter, ConnectionController *connections,
                     QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_settings(settings)
    , m_prompter(prompter)
    , m_connections(connections)
    , m_window(window)
{
    connect(m_connections, &ConnectionController::switched, this, &TestCalls::onConnectionSwitched);
}

void TestCalls::watch(AssistantEditor *editor)
{
    connect(editor, &AssistantEditor::testCallRequested, this, [this, editor] { open(editor); });
}

void TestCalls::open(AssistantEditor *editor)
{
    const ConnectionProfile &connection = m_connections->current();
    const QString key = keyOf(connection.id, editor->assistantId());
    // Bound to this editor (it may be a new one on the same assistant); its state is read when Call is pressed.
    m_editors.insert(key, editor);
    TestCallDialog *dialog = m_dialogs.value(key);
    if (!dialog) {
        dialog = new TestCallDialog({m_client, m_settings, m_prompter, connection}, editor->assistantId(), m_window);
        m_dialogs.insert(key, dialog);
        dialog->setSource([this, key]() -> std::optional<Assistant> {
            if (const AssistantEditor *current = m_editors.value(key))
                return current->edited();
            return std::nullopt;
        });
        connect(dialog, &TestCallDialog::fieldRequested, this, [this, key](const QString &path) {
            if (AssistantEditor *current = m_editors.value(key)) {
                emit editorWanted(current);
                current->window()->activateWindow();
                current->focusField(path);
            }
        });
    }
    dialog->refresh();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

TestCallDialog *TestCalls::dialogFor(const QString &assistantId) const
{
    return m_dialogs.value(keyOf(m_connections->current().id, assistantId));
}

bool TestCalls::confirmLeaving(const QString &what)
{
    QList<TestCallDialog *> running;
    for (TestCallDialog *dialog : std::as_const(m_dialogs)) {
        if (dialog->isCallRunning())
            running.append(dialog);
    }
    if (running.isEmpty())
        return true;
    const Prompter::Question question{
        .id = QStringLiteral("testCallsRunning"),
        .icon = QMessageBox::Question,
        .title = what,
        .text = tr("%n test call(s) still running.", nullptr, int(running.size())),
        .informativeText = tr("Cancel them, or let them go on without following them here?"),
        .choices = {{QStringLiteral("cancelCalls"), tr("Cancel the Calls"), QMessageBox::DestructiveRole},
                    {QStringLiteral("letThemRun"), tr("Let Them Run"), QMessageBox::AcceptRole},
                    Prompter::cancelChoice()},
        .defaultChoice = Prompter::cancel};
    const QString answer = m_prompter->ask(m_window, question);
    if (answer == Prompter::cancel)
        return false;
    if (answer == u"cancelCalls") {
        // Sent now, while the client still talks to the calls' server.
        for (TestCallDialog *dialog : std::as_const(running))
            dialog->job()->cancel();
    }
    return true;
}

void TestCalls::onConnectionSwitched()
{
    for (TestCallDialog *dialog : std::as_const(m_dialogs)) {
        dialog->stopFollowing();
        dialog->hide();
    }
}
