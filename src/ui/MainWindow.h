// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Banner.h"
#include "BannerAction.h"
#include "ConnectionController.h"
#include "SandboxEndpoint.h"
#include "core/ApiError.h"
#include "core/AssistantSummary.h"
#include "core/ConnectionProfile.h"
#include "core/SaveResult.h"
#include "core/VoiceInfo.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class AssistantActions;
class AssistantEditor;
class AssistantListPage;
class AssistantProxyModel;
class AssistantTableModel;
class BulkActions;
class BundleActions;
class DeferredIcons;
class DraftKeeper;
class DraftStore;
class EditorTabs;
class FileNotesBanner;
class HistoryController;
class JournalStore;
class ListLoader;
class ListStatus;
class MainCommands;
class PhoneNumberDirectory;
class PhoneNumberRouting;
class Prompter;
class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSettings;
class RevoxClient;
class SaveCoordinator;
class SecretStore;
class CommandPalette;
class Theme;
class TestCalls;

// The assistant table of the live connection and its actions, the editors' tabs, and the banners that say
// what happened. It lays out widgets and wires the parts that do the work: MainCommands (the actions, menus
// and toolbar), ConnectionController (which account), EditorTabs (open editors), DraftKeeper (unsaved edits on
// disk), SaveCoordinator (saves and creates, through SaveJob and CreateJob), AssistantActions (new, clone,
// delete), ListStatus (the row count and the empty list's message), TestCalls (test calls of the open editors),
// PhoneNumberRouting (which numbers reach each assistant), BulkActions and BundleActions (many assistants at once,
// bundle files), HistoryController (the change journal).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `drafts` keeps every editor's unsaved state on disk, so a crash loses nothing. `prompter` asks the
    // user (a MessageBoxPrompter of the window's own when null); it must outlive the window.
    MainWindow(RevoxClient *client, SecretStore *secrets, QSettings *settings, DraftStore *drafts,
               const SandboxEndpoint &sandbox, Prompter *prompter = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // A connection for this session only, not saved (REVOX_API_KEY and REVOX_BASE_URL from the environment).
    QString addSessionConnection(const QString &name, const QUrl &baseUrl, const QString &apiKey)
    {
        return m_connections->addSessionConnection(name, baseUrl, apiKey);
    }
    // Where the built-in sandbox answers, for a window built while it was starting (before activating it).
    void setSandboxEndpoint(const SandboxEndpoint &sandbox);
    // Makes a connection the live one and loads its assistants; the window starts with none.
    void activateConnection(const QString &id);
    QString currentConnectionId() const { return m_connections->current().id; }
    ConnectionProfiles &connections() { return m_connections->profiles(); }

    // Records every write in the change journal and gives editors their History page (issue 13); without it,
    // nothing is recorded. Call once, before activating a connection. The journal must outlive the window.
    void setJournal(JournalStore *journal);
    HistoryController *history() const { return m_history; }

    AssistantTableModel *model() const { return m_model; }
    AssistantProxyModel *proxy() const { return m_proxy; }
    BulkActions *bulkActions() const { return m_bulk; }

    // Says what the app did about one of its own files (issue 19: a file set aside, settings that cannot be
    // saved) in the banner of such notes, beside the others of this start. An empty note says nothing.
    void addFileNote(const QString &note);
    QStringList fileNotes() const; // what that banner shows now

public slots:
    void reload();

signals:
    // A list load finished and the table shows its rows (or the load failed: count -1).
    void loadFinished(int count);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createCentralArea();
    void wireParts();

    void onSwitched(const ConnectionProfile &profile);
    void showError(Banner::Kind kind, const QString &text, BannerAction action);
    void runAction(BannerAction action);
    void showStatus(const QString &text, int timeoutMs); // empty: clears the status bar
    void onListLoaded(const QList<AssistantSummary> &summaries);
    void onListFailed(const ApiError &error);
    void updateActions();

    void openSelected();
    void onEditorOpened(AssistantEditor *editor);
    void onSaveFinished(AssistantEditor *editor, const SaveResult &result);
    void showAbout();
    void showCommandPalette();
    void showShortcuts();

    RevoxClient *m_client;
    QSettings *m_settings;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter;
    bool m_draftsOffered = false; // once per activation of a connection
    BannerAction m_errorAction = BannerAction::None;

    AssistantTableModel *m_model;
    AssistantProxyModel *m_proxy;
    QLabel *m_identity;
    Banner *m_errorBanner;
    Banner *m_infoBanner;
    Banner *m_draftBanner;
    FileNotesBanner *m_fileNotes;
    AssistantListPage *m_list;
    EditorTabs *m_tabs;
    QLineEdit *m_search;
    QProgressBar *m_progress;
    QLabel *m_rowCount;
    QLabel *m_selectionCount;
    ConnectionController *m_connections;
    DraftKeeper *m_drafts;
    SaveCoordinator *m_saves;
    PhoneNumberDirectory *m_numbers;
    PhoneNumberRouting *m_routing;
    TestCalls *m_testCalls;
    AssistantActions *m_actions;
    DeferredIcons *m_icons;
    ListLoader *m_loader;
    ListStatus *m_listStatus = nullptr; // the row count, and why the list shows no rows
    Theme *m_theme;
    CommandPalette *m_palette = nullptr; // made when first asked for
    HistoryController *m_history = nullptr;
    BulkActions *m_bulk;
    BundleActions *m_bundles;
    MainCommands *m_commands;
};
