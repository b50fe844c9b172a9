// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/AppFixture.h"

#include <optional>

class MainWindow;
class QLineEdit;
class QTableView;

// The real MainWindow, wired as src/studio/main.cpp wires it (AppFixture), on an in-process sandbox seeded
// with generated assistants (or on none, for benchmarks that feed the model themselves).
class BenchWindow
{
public:
    explicit BenchWindow(std::optional<int> seedCount);

    bool sandboxStarted() const { return m_started; }
    QString error() const { return m_error; }

    // Shows the window (offscreen) and waits until it is exposed.
    bool show();
    // Loads the sandbox's list (or another connection's) through RevoxClient; false on failure or timeout.
    bool load(const QString &connectionId = ConnectionProfile::sandboxId());
    AppFixture &app() { return m_app; }

    MainWindow *window() const { return m_app.window(); }
    QLineEdit *searchBox() const;
    QTableView *table() const { return m_app.table(); }

private:
    AppFixture m_app;
    bool m_started = false;
    QString m_error;
};
