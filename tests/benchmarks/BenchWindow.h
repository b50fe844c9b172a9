// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTemporaryDir>

#include <memory>
#include <optional>

class DraftStore;
class MainWindow;
class MemorySecretStore;
class QLineEdit;
class QNetworkAccessManager;
class QSettings;
class QTableView;
class RevoxClient;
class SandboxServer;

// The real MainWindow, wired as src/studio/main.cpp wires it, on an in-process sandbox seeded with generated
// assistants (or on none, for benchmarks that feed the model themselves).
class BenchWindow
{
public:
    explicit BenchWindow(std::optional<int> seedCount);
    ~BenchWindow();

    bool sandboxStarted() const { return m_started; }
    QString error() const { return m_error; }

    // Shows the window (offscreen) and waits until it is exposed.
    bool show();
    // Loads the sandbox's list through RevoxClient; false on failure or timeout.
    bool load();

    MainWindow *window() const { return m_window.get(); }
    QLineEdit *searchBox() const;
    QTableView *table() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RevoxClient> m_client;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<MainWindow> m_window;
    bool m_started = false;
    QString m_error;
};
