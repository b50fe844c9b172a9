// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class AssistantEditor;
class ConnectionController;
class PhoneNumberDirectory;
class Prompter;
class QWidget;

// Fills every editor's phone-number panel from the window's PhoneNumberDirectory, and carries out what the
// panels ask — route a number to the assistant or away from it — after a confirmation. The list is read
// when the first editor needs it and forgotten when the connection changes.
class PhoneNumberRouting : public QObject
{
    Q_OBJECT

public:
    PhoneNumberRouting(PhoneNumberDirectory *directory, Prompter *prompter, ConnectionController *connections,
                       QWidget *window);

    void watch(AssistantEditor *editor);

signals:
    void message(const QString &text, int timeoutMs); // for the status bar

private:
    void refreshPanels();
    void refresh(AssistantEditor *editor);
    void routeHere(AssistantEditor *editor, const QString &numberId);
    void routeAway(AssistantEditor *editor, const QString &numberId);

    PhoneNumberDirectory *m_directory;
    Prompter *m_prompter;
    QWidget *m_window;
    QList<QPointer<AssistantEditor>> m_editors;
};
