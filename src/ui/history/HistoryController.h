// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ConnectionProfile.h"
#include "journal/JournalEntry.h"
#include "journal/JournalFilter.h"
#include "ui/ConflictDialogResolver.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class AssistantEditor;
class AssistantActions;
class AssistantTableModel;
class Banner;
class BatchSave;
class BulkActions;
class ChangesWindow;
class CloneJob;
class ConnectionController;
class CreateJob;
class DeleteJob;
class EditorTabs;
class HistoryPage;
class JournalChecker;
class JournalRecorder;
class JournalStore;
class Prompter;
class QSettings;
class RevoxClient;
class SaveCoordinator;
class SaveJob;
class Assistant;

// The change journal in the window: records every job the window starts (JournalRecorder), gives each editor
// its History page, runs the Changes window, and does what they ask — put changes back as editor edits, open
// an assistant at a change, restore a deleted assistant, revert a batch, check unknown outcomes against the
// server, export, keep the retention. Its banner says what the journal could not do.
class HistoryController : public QObject
{
    Q_OBJECT

public:
    // The window's parts whose writes it records.
    struct Sources
    {
        SaveCoordinator *saves = nullptr; // the editors' saves and creates
        AssistantActions *actions = nullptr; // deletes and clones
        BulkActions *bulk = nullptr; // bulk edits and imports, a batch each
        ConnectionController *connections = nullptr; // the live connection
    };

    // Everything must outlive the controller; `prompter` asks the user.
    HistoryController(JournalStore *store, RevoxClient *client, Prompter *prompter, QSettings *settings,
                      EditorTabs *tabs, AssistantTableModel *model, QWidget *window);
    ~HistoryController() override;

    Banner *banner() const { return m_banner; }
    JournalStore *store() const { return m_store; }
    JournalRecorder *recorder() const { return m_recorder; }
    ChangesWindow *changesWindow() const { return m_changes; } // null until first shown
    HistoryPage *historyPage(AssistantEditor *editor) const { return m_pages.value(editor); }

    // Records what `sources` write from now on, follows their live connection, and gives every editor of the tabs
    // (those open now too) its History page.
    void follow(const Sources &sources);
    // The live connection: jobs record to it, the History pages read it.
    void setConnection(const ConnectionProfile &profile);
    // Once per connection, after its list loaded: offers to check changes whose outcome is unknown.
    void offerChecks();
    void attachEditor(AssistantEditor *editor);
    void recordSave(AssistantEditor *editor, SaveJob *job);
    void recordCreate(CreateJob *job);
    void recordDelete(DeleteJob *job);
    void recordClone(CloneJob *job);
    // A batch about to start (bulk editing, an import): its writes become one journal batch, reverted as one.
    void recordBatch(BatchSave *batch);
    void showChanges();

signals:
    // A deleted assistant was created again, or a batch revert changed one: the window shows it.
    void assistantChanged(const Assistant &assistant);
    void message(const QString &text, int timeoutMs);

private:
    enum class BannerAction { None, Check };

    void putBack(AssistantEditor *editor, qint64 entryId, bool asOfIt);
    void openEntry(qint64 entryId);
    void restoreDeleted(qint64 entryId);
    void revertBatch(qint64 batchId);
    void check(const QList<JournalEntry> &entries);
    void exportChanges(const JournalFilter &filter);
    void editRetention();
    void warn(const QString &text);
    void inform(const QString &text);

    JournalStore *m_store;
    QPointer<RevoxClient> m_client;
    Prompter *m_prompter;
    QSettings *m_settings;
    EditorTabs *m_tabs;
    AssistantTableModel *m_model;
    QWidget *m_window;
    JournalRecorder *m_recorder;
    JournalChecker *m_checker;
    ConflictDialogResolver m_resolver;
    Banner *m_banner;
    QPointer<ChangesWindow> m_changes;
    QHash<AssistantEditor *, HistoryPage *> m_pages;
    QHash<AssistantEditor *, qint64> m_putBack; // the first entry put back in an editor, until it is saved
    ConnectionProfile m_connection;
    BannerAction m_bannerAction = BannerAction::None;
    bool m_offered = false;
};
