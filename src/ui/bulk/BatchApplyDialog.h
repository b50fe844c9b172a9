// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assistant.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <optional>

class BatchSave;
class BulkPreview;
class BulkPreviewPage;
class BulkResultsPage;
class Prompter;
class QSettings;
class QStackedWidget;
class RevoxClient;

// A change to many assistants after its first step (what the change is): the preview of what each assistant
// would get (BulkPreviewPage), then the apply and its results (BulkResultsPage, one BatchSave) — in a window
// that stays open beside the main window, which keeps working. On a production connection, applying first asks
// for the connection's name to be typed. Edit Selected… (BulkEditDialog) and Import… (ImportDialog) put their
// own first step before these.
class BatchApplyDialog : public QDialog
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
        std::optional<QSet<QString>> knownIds; // the account's IDs, when new assistants are made (BatchSave)
        int accountSize = 0; // the account's assistants: a large batch re-reads them in one request (BatchSave)
    };
    static inline const QString concurrencyKey = QStringLiteral("bulk/concurrency");

    ~BatchApplyDialog() override;

    BulkPreviewPage *previewPage() const { return m_preview; }
    BulkResultsPage *resultsPage() const { return m_results; }
    BatchSave *batch() const;
    bool isApplying() const;
    // Before the connection changes or the app quits: a batch on its way is stopped, after asking (its next
    // requests would go to the other connection). True when nothing runs or the user agreed.
    bool confirmLeaving(const QString &what);

signals:
    // A batch starts (for a change journal: BatchSave::jobStarted, createStarted, batchId()).
    void batchStarted(BatchSave *batch);
    // The server's copy of an assistant after it was saved, created, or found holding the values already.
    void saved(const Assistant &serverCopy);
    void openRequested(const QString &assistantId);

public slots:
    void reject() override;

protected:
    BatchApplyDialog(const Context &context, QWidget *firstStep, QWidget *parent);

    QWidget *firstStep() const { return m_first; }
    void showFirstStep();
    // The preview step while `assistants` are worked out; then what they would get. `title` says what the
    // change is; `description`, on one line, names the batch (and its journal entry).
    void showComputing(int assistants);
    void showPreview(const BulkPreview &preview, const QString &title, const QString &description);
    // The preview's Back returns to the first step; without one (Find's Replace), it is not offered.
    void setBackOffered(bool offered);

private:
    void apply();

    Context m_context;
    QStackedWidget *m_steps;
    QWidget *m_first;
    BulkPreviewPage *m_preview;
    BulkResultsPage *m_results;
    QPointer<BatchSave> m_batch;
    QString m_description;
};
