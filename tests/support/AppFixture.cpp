// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppFixture.h"

#include "core/AssistantProxyModel.h"
#include "core/AssistantTableModel.h"
#include "core/SecretStore.h"
#include "core/SettingsFile.h"
#include "journal/JournalStore.h"
#include "keychain/KeychainSecretStore.h"
#include "ui/Banner.h"
#include "ui/ListLoader.h"
#include "ui/MainWindow.h"
#include "ui/editor/AssistantEditor.h"

#include <QAction>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>

AppFixture::AppFixture() = default;

AppFixture::~AppFixture()
{
    m_window.reset(); // before the client, the stores and the servers it uses
}

bool AppFixture::start(const Options &options, QString *error)
{
    if (options.startSandbox) {
        if (!m_server.start(options.sandbox, &m_startError)) {
            if (error)
                *error = m_startError;
            return false;
        }
        m_sandboxStarted = true;
    } else {
        m_startError = QStringLiteral("not started by the test");
    }
    if (!options.applicationSettings) {
        // Whatever else asks for the user's settings — Qt itself, for a file dialog's history — asks here, never
        // in the real user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir().filePath(QStringLiteral("user")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir().filePath(QStringLiteral("user")));
    }
    m_settings = std::make_unique<SettingsFile>(
        options.applicationSettings
            ? QString()
            : (options.settingsPath.isEmpty() ? dir().filePath(QStringLiteral("settings.ini")) : options.settingsPath));
    if (options.keychain)
        m_secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("Revox Studio")); // as main.cpp names it
    else
        m_secrets = std::make_unique<MemorySecretStore>();
    m_drafts = std::make_unique<DraftStore>(options.draftsPath.isEmpty() ? dir().filePath(QStringLiteral("drafts"))
                                                                         : options.draftsPath);
    if (options.journal) {
        m_journal = std::make_unique<JournalStore>(
            options.journalPath.isEmpty() ? dir().filePath(QStringLiteral("journal.sqlite")) : options.journalPath,
            m_drafts->sealer());
        m_journal->open(); // a file it cannot use is set aside: the window's banner says so
    }
    return true;
}

QSettings &AppFixture::settings()
{
    return m_settings->settings();
}

MainWindow *AppFixture::createWindow()
{
    m_window.reset();
    const SandboxEndpoint endpoint = m_sandboxStarted
        ? SandboxEndpoint{sandbox().baseUrl(), sandbox().apiKey(), QString(), sandbox().recovery().message()}
        : SandboxEndpoint{QUrl(), QString(), m_startError};
    m_window = std::make_unique<MainWindow>(&client(), m_secrets.get(), &m_settings->settings(), m_drafts.get(),
                                            endpoint, &m_prompter);
    m_window->setJournal(m_journal.get());
    m_window->addFileNote(m_settings->note());
    return m_window.get();
}

void AppFixture::destroyWindow()
{
    m_window.reset();
}

bool AppFixture::showWindow(bool activate)
{
    m_window->show();
    if (!activate)
        return QTest::qWaitForWindowExposed(m_window.get(), 10000);
    m_window->activateWindow();
    return QTest::qWaitForWindowActive(m_window.get(), 10000);
}

bool AppFixture::startOnSandbox()
{
    if (!start())
        return false;
    createWindow();
    return showWindow() && load() > 0 && waitForVoices();
}

int AppFixture::load(const QString &connectionId, int timeoutMs)
{
    QSignalSpy loaded(m_window.get(), &MainWindow::loadFinished);
    m_window->activateConnection(connectionId);
    if (!QTest::qWaitFor([&loaded] { return !loaded.isEmpty(); }, timeoutMs))
        return -2;
    return loaded.last().first().toInt();
}

bool AppFixture::waitForVoices()
{
    // The catalogue is in the window once its answer arrived: later requests are the test's own.
    const auto *loader = m_window->findChild<ListLoader *>();
    return loader && QTest::qWaitFor([loader] { return !loader->voices().isEmpty(); }, 15000);
}

QAction *AppFixture::action(const char *name) const
{
    return m_window->findChild<QAction *>(QLatin1String(name));
}

QTableView *AppFixture::table() const
{
    return m_window->findChild<QTableView *>(QStringLiteral("assistantTable"));
}

QTabWidget *AppFixture::tabs() const
{
    return m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
}

Banner *AppFixture::errorBanner() const
{
    return m_window->findChild<Banner *>(QStringLiteral("errorBanner"));
}

QStringList AppFixture::tableIds() const
{
    QStringList ids;
    for (int row = 0; row < m_window->proxy()->rowCount(); ++row)
        ids.append(m_window->proxy()->index(row, 0).data(AssistantTableModel::IdRole).toString());
    return ids;
}

AssistantEditor *AppFixture::openEditor(int row)
{
    table()->selectionModel()->clearSelection();
    table()->selectRow(row);
    const QString id = m_window->proxy()->index(row, 0).data(AssistantTableModel::IdRole).toString();
    action("actionOpen")->trigger();
    return m_window->findChild<AssistantEditor *>(QStringLiteral("editor:%1").arg(id));
}

std::optional<Draft> AppFixture::draftOnDisk(const QString &assistantId) const
{
    return DraftStore(m_drafts->directory()).load(ConnectionProfile::sandboxId(), assistantId);
}
