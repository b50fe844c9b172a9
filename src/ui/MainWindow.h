// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "core/ConnectionProfile.h"
#include "core/VoiceInfo.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>

class Assistant;
class AssistantEditor;
class DraftStore;
struct Draft;
class AssistantPatch;
class AssistantProxyModel;
class AssistantTableModel;
class Banner;
class NewAssistantDialog;
class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSettings;
class QStackedWidget;
class QTabWidget;
class QTableView;
class RevoxCall;
class RevoxClient;
class SecretStore;

// Where the built-in sandbox answers, once it runs. An empty URL: it could not start.
struct SandboxEndpoint
{
    QUrl baseUrl;
    QString apiKey;
    QString startError;
    QString recovery; // what was done about a data file it could not use (SandboxRecovery::message())
};

// The assistant table of the live connection, its actions, and the switch between connections.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `drafts` keeps every editor's unsaved state on disk, so a crash loses nothing.
    MainWindow(RevoxClient *client, SecretStore *secrets, QSettings *settings, DraftStore *drafts,
               const SandboxEndpoint &sandbox, QWidget *parent = nullptr);
    ~MainWindow() override;

    // A connection for this session only, not saved (REVOX_API_KEY and REVOX_BASE_URL from the environment).
    QString addSessionConnection(const QString &name, const QUrl &baseUrl, const QString &apiKey);
    // Where the built-in sandbox answers, for a window built while it was starting (before activating it).
    void setSandboxEndpoint(const SandboxEndpoint &sandbox);
    // Makes a connection the live one and loads its assistants; the window starts with none.
    void activateConnection(const QString &id);
    QString currentConnectionId() const { return m_current.id; }
    ConnectionProfiles &connections() { return *m_profiles; }

    AssistantTableModel *model() const { return m_model; }
    AssistantProxyModel *proxy() const { return m_proxy; }

public slots:
    void reload();

signals:
    // A list load finished and the table shows its rows (or the load failed: count -1).
    void loadFinished(int count);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void createActions();
    static QEvent::Type loadIconsEvent();
    void requestIcons(); // loads them once the window and its first list are painted
    void loadIcons();
    void createMenus();
    void createCentralArea();
    void restoreSettings();

    void rebuildConnectionMenu();
    void updateIdentity();
    void configureClient(const QUrl &baseUrl, const QString &apiKey);
    void onSecretRead(const QString &account, const QString &secret, const QString &error);
    void onListFinished(RevoxCall *call);
    void showLoadError(const ApiError &error);
    void loadVoices();
    void updateEmptyState();
    void updateRowCount();
    void updateActions();

    // What one New dialog knows about its create, across the user's attempts.
    struct CreateAttempt
    {
        QSet<QString> knownIds; // assistants that existed before the POST
        bool uncertain = false; // a POST may have been stored although its answer was lost
    };
    void newAssistant();
    void postAssistant(NewAssistantDialog *dialog, const Assistant &draft,
                       const std::shared_ptr<CreateAttempt> &attempt);
    void checkCreated(NewAssistantDialog *dialog, const Assistant &draft, const std::shared_ptr<CreateAttempt> &attempt,
                      const ApiError &createError);
    void showCreated(NewAssistantDialog *dialog, const Assistant &created, const QString &message);
    void cloneSelected();
    void deleteSelected();
    void openSelected();
    void copySelectedId();
    AssistantEditor *openAssistant(const QString &id);
    AssistantEditor *openEditor(const Assistant &base);
    QList<AssistantEditor *> editors() const;
    AssistantEditor *editorFor(const QString &id) const;
    // A save reads the server's copy first; changes made elsewhere meanwhile are merged, and fields
    // changed on both sides go to the user (ConflictDialog). A 412 answer starts the same merge.
    void saveEditor(const QString &id, const AssistantPatch &patch);
    void mergeAndSave(AssistantEditor *editor, int attempt);
    void sendPatch(AssistantEditor *editor, const Assistant &serverCopy, const QByteArray &etag, int attempt);
    void finishSaveFailed(AssistantEditor *editor, const ApiError &error);
    void scheduleDraft(AssistantEditor *editor);
    void writeDraft(AssistantEditor *editor);
    void offerDrafts();
    void reviewDrafts();
    // Asks before unsaved edits go away (quit, switching connection); true when the user agreed.
    bool confirmDiscardingEdits(const QString &what);
    void closeTab(int index); // asks when the editor has unsaved changes
    void removeTab(int index); // closes without asking
    void addConnection();
    void editConnection();
    void removeConnection();
    void changeApiKey();
    void showAbout();

    QString selectedId() const;
    void selectAssistant(const QString &id);
    std::optional<ConnectionProfile> findConnection(const QString &id) const;
    static QString describe(const ApiError &error);
    QString checkBaseUrl(const QUrl &url) const;

    RevoxClient *m_client;
    SecretStore *m_secrets;
    QSettings *m_settings;
    DraftStore *m_drafts;
    SandboxEndpoint m_sandbox;
    bool m_draftsOffered = false; // once per activation of a connection
    std::unique_ptr<ConnectionProfiles> m_profiles;
    QList<ConnectionProfile> m_sessionProfiles;
    QHash<QString, QString> m_sessionKeys;
    ConnectionProfile m_current;
    QString m_awaitingKeyFor; // the connection whose key the secret store is reading
    QPointer<RevoxCall> m_listCall;
    QList<VoiceInfo> m_voices; // of the current connection; empty until GET /voices answered
    bool m_loadFailed = false;

    AssistantTableModel *m_model;
    AssistantProxyModel *m_proxy;
    QLabel *m_identity;
    Banner *m_errorBanner;
    Banner *m_infoBanner;
    Banner *m_draftBanner;
    QTabWidget *m_tabs;
    QStackedWidget *m_listStack;
    QTableView *m_table;
    QLabel *m_emptyState;
    QLineEdit *m_search;
    QComboBox *m_connectionCombo;
    QLabel *m_rowCount;
    QProgressBar *m_progress;
    QPointer<NewAssistantDialog> m_newDialog;
    QSet<AssistantEditor *> m_closeAfterSave; // editors whose tab closes once their save succeeded

    QList<std::pair<QAction *, QString>> m_actionIcons; // each action and its icon's theme name
    bool m_painted = false;
    bool m_iconsRequested = false;
    QAction *m_refreshAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_cloneAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_editConnectionAction = nullptr;
    QAction *m_removeConnectionAction = nullptr;
    QAction *m_changeKeyAction = nullptr;
    QMenu *m_connectionMenu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QActionGroup *m_connectionGroup = nullptr;
};
