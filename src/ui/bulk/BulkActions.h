// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BatchApplyDialog.h"
#include "core/Assistant.h"
#include "core/AssistantBundle.h"
#include "core/BulkEdit.h"
#include "core/VoiceInfo.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class AssistantListPage;
class AssistantTableModel;
class BatchSave;
class BulkEditDialog;
class CompareDialog;
class ConnectionController;
class EditorTabs;
class FindAllDialog;
class ImportDialog;
class Prompter;
class QSettings;
class QWidget;
class RevoxClient;

// The actions on many assistants at once: Edit Selected… (BulkEditDialog), Find in All Assistants…
// (FindAllDialog), Compare… (CompareDialog), and the import of a bundle (ImportDialog). It opens their windows on
// the live connection's list, opens editors for them, and takes what a batch saved or created into the table;
// MainWindow only creates the actions and connects them here. One batch window at a time: a bulk edit or an
// import.
class BulkActions : public QObject
{
    Q_OBJECT

public:
    BulkActions(RevoxClient *client, AssistantTableModel *model, AssistantListPage *list, EditorTabs *tabs,
                ConnectionController *connections, Prompter *prompter, QSettings *settings, QWidget *window);

    // The bulk editor on the selected assistants (a message when none is selected).
    void editSelected();
    void findInAll();
    // The two selected assistants; from an editor, its assistant and one to choose.
    void compare();
    // A bundle read from `fileName` (BundleActions), into the live connection.
    void importBundle(const QString &fileName, const AssistantBundle::Read &bundle);
    void setVoices(const QList<VoiceInfo> &voices);

    // Before the connection changes or the app quits: a batch on its way is stopped, after asking (its next
    // requests would go to the other connection). True when nothing runs or the user agreed.
    bool confirmLeaving(const QString &what);
    // The windows belong to the connection being left.
    void closeAll();

    BulkEditDialog *editDialog() const;
    ImportDialog *importDialog() const;
    FindAllDialog *findDialog() const;
    CompareDialog *compareDialog() const;

signals:
    void message(const QString &text, int timeoutMs); // for the status bar
    // A batch starts: what a change journal attaches to (BatchSave::jobStarted, batchId()).
    void batchStarted(BatchSave *batch);

private:
    QList<Assistant> assistants(const QStringList &ids) const;
    // What an assistant holds now for the user: its open editor's content, else the list's copy.
    std::optional<Assistant> current(const QString &id) const;
    void openBulkEditor(const QList<Assistant> &chosen, const std::optional<BulkEdit> &preview);
    // False (and says so) while a batch is being saved: one batch window at a time.
    bool mayOpenBatchWindow();
    BatchApplyDialog::Context batchContext() const;
    void showBatchWindow(BatchApplyDialog *window);
    void onSaved(const Assistant &copy);
    void showSaved();
    void openAt(const QString &id, const QString &path);
    void showComparison(const QString &leftId, const QString &rightId);
    void copyField(const QString &key, const QString &fromId, const QString &toId);

    RevoxClient *m_client;
    AssistantTableModel *m_model;
    AssistantListPage *m_list;
    EditorTabs *m_tabs;
    ConnectionController *m_connections;
    Prompter *m_prompter;
    QSettings *m_settings;
    QWidget *m_window;
    QList<VoiceInfo> m_voices;
    QPointer<BatchApplyDialog> m_batchWindow; // Edit Selected… or Import…
    QPointer<FindAllDialog> m_find;
    QPointer<CompareDialog> m_compare;
    // A batch saves hundreds of assistants a second: the list takes their new copies in groups, a few times a
    // second, so that it re-sorts and repaints once per group instead of once per assistant.
    QList<Assistant> m_savedCopies;
    QTimer m_showSaved;
};
