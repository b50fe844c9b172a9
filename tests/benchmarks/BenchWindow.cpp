// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchWindow.h"

#include "BenchSupport.h"

#include "core/DraftStore.h"
#include "core/RevoxClient.h"
#include "core/SecretStore.h"
#include "sandbox/SandboxServer.h"
#include "ui/MainWindow.h"

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTableView>
#include <QTest>

BenchWindow::BenchWindow(std::optional<int> seedCount)
{
    SandboxEndpoint endpoint;
    if (seedCount) {
        m_sandbox = std::make_unique<SandboxServer>();
        SandboxServer::Options options;
        options.seedCount = *seedCount;
        m_started = m_sandbox->start(options, &m_error);
        if (m_started)
            endpoint = {m_sandbox->baseUrl(), m_sandbox->apiKey(), QString()};
        else
            endpoint.startError = m_error;
    }
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<RevoxClient>(m_network.get());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_drafts = std::make_unique<DraftStore>(m_dir.filePath(QStringLiteral("drafts")));
    m_window
        = std::make_unique<MainWindow>(m_client.get(), m_secrets.get(), m_settings.get(), m_drafts.get(), endpoint);
}

BenchWindow::~BenchWindow()
{
    m_window.reset(); // before the client and the network it uses
}

bool BenchWindow::show()
{
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get(), 10000);
}

bool BenchWindow::load()
{
    int count = -2;
    const auto connection = QObject::connect(m_window.get(), &MainWindow::loadFinished, m_window.get(),
                                             [&count](int loaded) { count = loaded; });
    m_window->activateConnection(ConnectionProfile::sandboxId());
    const bool finished = Bench::waitUntil([&count] { return count != -2; }, 180000);
    QObject::disconnect(connection);
    if (!finished)
        m_error = QStringLiteral("the list did not load within 180 s");
    else if (count < 0)
        m_error = QStringLiteral("the list failed to load");
    return finished && count >= 0;
}

QLineEdit *BenchWindow::searchBox() const
{
    return m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
}

QTableView *BenchWindow::table() const
{
    return m_window->findChild<QTableView *>(QStringLiteral("assistantTable"));
}
