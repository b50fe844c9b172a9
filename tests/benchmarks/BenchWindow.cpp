// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchWindow.h"

#include "ui/MainWindow.h"

#include <QLineEdit>

BenchWindow::BenchWindow(std::optional<int> seedCount)
{
    AppFixture::Options options;
    options.startSandbox = seedCount.has_value();
    options.sandbox.seedCount = seedCount.value_or(-1);
    options.sandbox.dataPath = QStringLiteral(":memory:"); // as fast as revox-studio's, whatever the disk
    m_started = m_app.start(options, &m_error) && seedCount;
    if (seedCount && !m_started) { // the window then says the sandbox could not start
        options.startSandbox = false;
        m_app.start(options);
    }
    m_app.createWindow();
}

bool BenchWindow::show()
{
    return m_app.showWindow(false);
}

bool BenchWindow::load(const QString &connectionId)
{
    const int count = m_app.load(connectionId, 180000);
    if (count == -2)
        m_error = QStringLiteral("the list did not load within 180 s");
    else if (count < 0)
        m_error = QStringLiteral("the list failed to load");
    return count >= 0;
}

QLineEdit *BenchWindow::searchBox() const
{
    return m_app.window()->findChild<QLineEdit *>(QStringLiteral("searchBox"));
}
