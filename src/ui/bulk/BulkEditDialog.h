// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assistant.h"
#include "core/BulkEdit.h"
#include "core/VoiceInfo.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class BatchSave;
class BulkEditorPage;
class BulkPreviewPage;
class BulkResultsPage;
class Prompter;
class QSettings;
class QStackedWidget;
class RevoxClient;

// Edit Selected…: the bulk editor (BulkEditorPage), the preview of what each assistant would get
// (BulkPreviewPage, worked out on another thread), and the apply with its results (BulkResultsPage, a
// BatchSave) — three steps of one window that stays open beside the main window, which keeps working. On a
// production connection, applying first asks for the connection's name to be typed.
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    struct Context
    {
        RevoxClient *client = nullptr;
        QString connectionName;
        bool production = false;
        QSettings *settings = nullptr; // remembers how many to save at once
        Prompter *prompter = nullptr; // runs the production confirmation
    };
    static inline const QString concurrencyKey = QStringLiteral("bulk/concurrency");

    // `assistants`: the server's copies of the selected assistants; the first is the template for values.
    BulkEditDialog(const Context &context, const QList<Assistant> &assistants, QWidget *parent = nullptr);
    ~BulkEditDialog() override;

    void setVoices(const QList<VoiceInfo> &voices);
    // Goes straight to the preview of `edit` (Find in All Assistants' Replace); Back is not offered.
    void previewEdit(const BulkEdit &edit);

    BulkEditorPage *editorPage() const { return m_editor; }
    BulkPreviewPage *previewPage() const { return m_preview; }
    BulkResultsPage *resultsPage() const { return m_results; }
    BatchSave *batch() const;
    bool isApplying() const;

signals:
    // A batch starts (for a change journal: BatchSave::jobStarted, batchId()).
    void batchStarted(BatchSave *batch);
    // The server's copy of an assistant after it was saved (or found holding the values already).
    void saved(const Assistant &serverCopy);
    void openRequested(const QString &assistantId);

public slots:
    void reject() override;

private:
    void preview();
    void showPreviewOf(const BulkEdit &edit);
    void apply();

    Context m_context;
    QList<Assistant> m_assistants;
    BulkEdit m_edit;
    QStackedWidget *m_steps;
    BulkEditorPage *m_editor;
    BulkPreviewPage *m_preview;
    BulkResultsPage *m_results;
    QPointer<BatchSave> m_batch;
    int m_generation = 0; // of the preview being worked out: an older one that arrives late is dropped
};
