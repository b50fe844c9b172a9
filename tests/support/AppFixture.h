// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxFixture.h"
#include "ScriptedPrompter.h"

#include "core/ConnectionProfile.h"
#include "core/DraftStore.h"

#include <QSettings>

#include <memory>
#include <optional>

class AssistantEditor;
class Banner;
class JournalStore;
class MainWindow;
class SecretStore;
class QAction;
class QTabWidget;
class QTableView;
class SettingsFile;

// The application as revox-studio wires it, for the window's tests and the benchmarks: a sandbox with a
// colleague's client (SandboxFixture), settings in a temporary file, a memory secret store (or the app's own
// keychain store), drafts in a temporary folder, and the main window, whose questions a ScriptedPrompter answers.
class AppFixture
{
public:
    struct Options
    {
        SandboxServer::Options sandbox; // dataPath defaults to a file in dir()
        bool startSandbox = true; // false: the window is told the built-in sandbox could not start
        // The application's own QSettings() instead of a file in dir(); otherwise every user-scope QSettings of
        // the process (Qt's own included) is pointed into dir() too.
        bool applicationSettings = false;
        QString settingsPath; // default: "settings.ini" in dir(); opened as the app opens its own (SettingsFile)
        // The app's own KeychainSecretStore instead of a MemorySecretStore: without a keychain service (no D-Bus
        // session) it keeps keys for the session only, as revox-studio then does.
        bool keychain = false;
        QString draftsPath; // default: "drafts" in dir()
        bool journal = true; // the change journal, as revox-studio has it
        QString journalPath; // default: "journal.sqlite" in dir()
    };

    AppFixture();
    ~AppFixture();

    // Starts the sandbox and makes every part but the window; false (and why, in *error) on failure.
    bool start(const Options &options, QString *error = nullptr);
    bool start() { return start(Options()); }
    // The whole app on the sandbox, as most window tests begin: the parts, the window shown and active, the list
    // loaded, and the voices asked for (so that later requests are the test's own). False at a step that failed.
    bool startOnSandbox();
    // A new window on the same parts; the previous one goes first (its settings are written as on close).
    MainWindow *createWindow();
    void destroyWindow();
    // Shows the window and waits until it is exposed (and, with `activate`, active: shortcuts need that).
    bool showWindow(bool activate = true);
    // Activates a connection and waits for its list: loadFinished's count, -1 when it failed, -2 on timeout.
    int load(const QString &connectionId = ConnectionProfile::sandboxId(), int timeoutMs = 20000);
    // Waits until the window holds the voice catalogue, which follows the first list: later requests are
    // then the test's own.
    bool waitForVoices();

    QTemporaryDir &dir() { return m_server.dir(); }
    SandboxFixture &server() { return m_server; }
    SandboxServer &sandbox() { return m_server.sandbox(); }
    RevoxClient &client() { return m_server.client(); }
    QSettings &settings();
    SettingsFile &settingsFile() { return *m_settings; }
    SecretStore &secrets() { return *m_secrets; }
    DraftStore &drafts() { return *m_drafts; }
    JournalStore *journal() { return m_journal.get(); } // null when Options::journal is false
    ScriptedPrompter &prompter() { return m_prompter; }
    MainWindow *window() const { return m_window.get(); }

    QAction *action(const char *name) const;
    QTableView *table() const;
    QTabWidget *tabs() const;
    Banner *errorBanner() const;
    QStringList tableIds() const; // in the table's order
    // Selects the table's row and opens it (Enter): the editor, or null.
    AssistantEditor *openEditor(int row);
    // What is on disk for the sandbox connection, read by a store of its own (not the window's).
    std::optional<Draft> draftOnDisk(const QString &assistantId) const;

private:
    SandboxFixture m_server;
    std::unique_ptr<SettingsFile> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<JournalStore> m_journal; // on the drafts' sealer: goes first
    ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
    bool m_sandboxStarted = false;
    QString m_startError;
};
