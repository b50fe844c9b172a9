// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryController.h"

#include "ChangesWindow.h"
#include "HistoryPage.h"
#include "RetentionDialog.h"
#include "core/AssistantTableModel.h"
#include "core/BatchSave.h"
#include "core/CloneJob.h"
#include "core/CreateJob.h"
#include "core/DeleteJob.h"
#include "core/RevoxClient.h"
#include "core/SaveJob.h"
#include "core/SecretFields.h"
#include "core/SecretPlaceholder.h"
#include "core/SecretSealer.h"
#include "journal/JournalBatchRevert.h"
#include "journal/JournalChecker.h"
#include "journal/JournalModel.h"
#include "journal/JournalRecorder.h"
#include "journal/JournalRetention.h"
#include "journal/JournalRevert.h"
#include "journal/JournalStore.h"
#include "ui/AssistantActions.h"
#include "ui/Banner.h"
#include "ui/ConnectionController.h"
#include "ui/EditorTabs.h"
#include "ui/Prompter.h"
#include "ui/SaveCoordinator.h"
#include "ui/bulk/BulkActions.h"
#include "ui/editor/AssistantEditor.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <array>

namespace {

constexpr int kStatusMessageMs = 8000;

Prompter::Choice ok()
{
    return {QStringLiteral("ok"), QCoreApplication::translate("HistoryController", "OK"), QMessageBox::AcceptRole};
}

} // namespace

HistoryController::HistoryController(JournalStore *store, RevoxClient *client, Prompter *prompter, QSettings *settings,
                                     EditorTabs *tabs, AssistantTableModel *model, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_client(client)
    , m_prompter(prompter)
    , m_settings(settings)
    , m_tabs(tabs)
    , m_model(model)
    , m_window(window)
    , m_recorder(new JournalRecorder(store, this))
    , m_checker(new JournalChecker(client, store, this))
    , m_resolver(prompter, window)
    , m_banner(new Banner(window))
{
    m_banner->setObjectName(QStringLiteral("journalBanner"));
    connect(m_recorder, &JournalRecorder::notRecorded, this, &HistoryController::warn);
    connect(m_store, &JournalStore::problem, this, &HistoryController::warn);
    connect(m_banner, &Banner::actionTriggered, this, [this] {
        if (m_bannerAction == BannerAction::Check)
            check(m_store->unresolved(m_connection.id));
    });
    connect(m_checker, &JournalChecker::finished, this, [this](const QString &error) {
        if (!error.isEmpty()) {
            m_bannerAction = BannerAction::Check;
            m_banner->showMessage(Banner::Kind::Warning,
                                  tr("The changes of unknown outcome could not be checked: %1").arg(error),
                                  tr("Check Again"));
        }
    });
    if (!m_store->openingProblem().isEmpty())
        warn(m_store->openingProblem());
    // What the retention no longer keeps goes once the window is up, not while it starts.
    QTimer::singleShot(0, this, [this] { m_store->prune(JournalRetention::fromSettings(*m_settings)); });
}

HistoryController::~HistoryController() = default;

void HistoryController::warn(const QString &text)
{
    m_bannerAction = BannerAction::None;
    m_banner->showMessage(Banner::Kind::Warning, text);
}

void HistoryController::inform(const QString &text)
{
    m_bannerAction = BannerAction::None;
    m_banner->showMessage(Banner::Kind::Info, text);
}

// --- connections and recording ----------------------------------------------------------------

void HistoryController::follow(const Sources &sources)
{
    connect(sources.saves, &SaveCoordinator::saving, this, &HistoryController::recordSave);
    connect(sources.saves, &SaveCoordinator::creating, this, &HistoryController::recordCreate);
    connect(sources.actions, &AssistantActions::deleting, this, &HistoryController::recordDelete);
    connect(sources.actions, &AssistantActions::cloning, this, &HistoryController::recordClone);
    connect(sources.bulk, &BulkActions::batchStarted, this, &HistoryController::recordBatch);
    connect(sources.connections, &ConnectionController::switched, this, &HistoryController::setConnection);
    connect(m_tabs, &EditorTabs::editorOpened, this, &HistoryController::attachEditor);
    setConnection(sources.connections->current());
    for (AssistantEditor *editor : m_tabs->editors())
        attachEditor(editor);
}

void HistoryController::setConnection(const ConnectionProfile &profile)
{
    m_connection = profile;
    m_recorder->setConnection(profile.id, profile.name);
    m_offered = false;
    if (m_bannerAction == BannerAction::Check)
        m_banner->hide(); // the offer was for the connection left
    if (m_changes)
        m_changes->setCurrentConnection(profile.id, {{profile.id, profile.name}});
}

void HistoryController::offerChecks()
{
    if (m_offered || m_checker->isRunning())
        return;
    m_offered = true;
    const qsizetype unknown = m_store->unresolved(m_connection.id).size();
    if (unknown == 0)
        return;
    m_bannerAction = BannerAction::Check;
    m_banner->showMessage(Banner::Kind::Warning,
                          tr("%n change(s) to %1 have an unknown outcome: Revox Studio stopped, or the answer was "
                             "lost, before the server said whether it made them.",
                             nullptr, int(unknown))
                              .arg(m_connection.name),
                          tr("Check Against Server"));
}

void HistoryController::recordSave(AssistantEditor *editor, SaveJob *job)
{
    JournalRecorder::Context context;
    if (m_putBack.contains(editor) && editor->hasAssumptions()) {
        context.operation = JournalEntry::Operation::Revert;
        context.relatedEntry = m_putBack.value(editor);
    }
    m_recorder->attach(job, context);
    connect(job, &SaveJob::finished, this,
            [this, editor = QPointer<AssistantEditor>(editor)](const SaveResult &result) {
                if (editor && result.succeeded())
                    m_putBack.remove(editor);
            });
}

void HistoryController::recordCreate(CreateJob *job)
{
    m_recorder->attach(job);
}

void HistoryController::recordDelete(DeleteJob *job)
{
    m_recorder->attach(job);
}

void HistoryController::recordClone(CloneJob *job)
{
    m_recorder->attach(job);
}

void HistoryController::recordBatch(BatchSave *batch)
{
    // 0 when the batch could not be written: its saves are then recorded one by one.
    const qint64 id
        = m_recorder->beginBatch(tr("%1 (%n assistant(s))", nullptr, batch->total()).arg(batch->description()));
    connect(batch, &BatchSave::jobStarted, this,
            [this, id](const QString &, SaveJob *job) { m_recorder->attach(job, {.batchId = id}); });
    connect(batch, &BatchSave::createStarted, this, [this, id](CreateJob *job) {
        m_recorder->attach(job, {.operation = JournalEntry::Operation::Create, .batchId = id});
    });
    // A retry of its failed saves belongs to the same batch: each run's end moves the batch's.
    connect(batch, &BatchSave::finished, this, [this, id] { m_recorder->finishBatch(id); });
}

// --- the History page -------------------------------------------------------------------------

void HistoryController::attachEditor(AssistantEditor *editor)
{
    if (m_pages.contains(editor))
        return;
    auto *page = new HistoryPage(m_store, m_connection.id, editor->assistantId(), editor);
    editor->addSidePage(page, tr("History"));
    m_pages.insert(editor, page);
    auto *show = new QAction(tr("Show History"), editor);
    show->setObjectName(QStringLiteral("actionShowHistory"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    show->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(show, &QAction::triggered, page, [editor, page] {
        editor->showSidePage(page);
        page->table()->setFocus(Qt::ShortcutFocusReason);
    });
    editor->addAction(show);
    connect(page, &HistoryPage::revertRequested, this, [this, editor](qint64 id) { putBack(editor, id, false); });
    connect(page, &HistoryPage::restoreAsOfRequested, this, [this, editor](qint64 id) { putBack(editor, id, true); });
    connect(page, &HistoryPage::checkRequested, this, [this](qint64 id) {
        if (const std::optional<JournalEntry> entry = m_store->entry(id))
            check({*entry});
    });
    connect(editor, &QObject::destroyed, this, [this, editor] {
        m_pages.remove(editor);
        m_putBack.remove(editor);
    });
}

void HistoryController::putBack(AssistantEditor *editor, qint64 entryId, bool asOfIt)
{
    const std::optional<JournalEntry> entry = m_store->entry(entryId);
    if (!entry || editor->isSaving())
        return;
    const JournalRevert::Plan plan = asOfIt
        ? JournalRevert::restoreAsOf(m_store->changesAfter(*entry), editor->base(), editor->edited(),
                                     *m_store->sealer())
        : JournalRevert::revert(*entry, editor->base(), editor->edited(), *m_store->sealer());
    if (plan.isEmpty()) {
        emit message(tr("Nothing to put back: the editor already holds those values."), kStatusMessageMs);
        return;
    }
    editor->setEditedAssuming(plan.edited, plan.keys, plan.assumed);
    if (!m_putBack.contains(editor))
        m_putBack.insert(editor, plan.entryIds.constFirst());
    const QString keys = QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText);
    const QString undo = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    emit message(asOfIt ? tr("The assistant as it was after change #%1 is in the editor: review and save it (%2), or "
                             "undo (%3).")
                              .arg(entryId)
                              .arg(keys, undo)
                        : tr("The values from before change #%1 are in the editor: review and save them (%2), or "
                             "undo (%3).")
                              .arg(entryId)
                              .arg(keys, undo),
                 kStatusMessageMs);
    if (!plan.unrestored.isEmpty())
        warn(tr("These tool secrets cannot be put back, because the journal keeps only a fingerprint of them and no "
                "copy at hand holds that value any more: %1. They keep their current value; type the old one in the "
                "Custom tools page if you know it.")
                 .arg(plan.unrestored.join(QStringLiteral("; "))));
}

// --- the Changes window -----------------------------------------------------------------------

void HistoryController::showChanges()
{
    if (!m_changes) {
        m_changes = new ChangesWindow(m_store, m_window);
        m_changes->setCurrentConnection(m_connection.id, {{m_connection.id, m_connection.name}});
        connect(m_changes, &ChangesWindow::openRequested, this, &HistoryController::openEntry);
        connect(m_changes, &ChangesWindow::restoreRequested, this, &HistoryController::restoreDeleted);
        connect(m_changes, &ChangesWindow::revertBatchRequested, this, &HistoryController::revertBatch);
        connect(m_changes, &ChangesWindow::checkRequested, this, [this](qint64 id) {
            if (const std::optional<JournalEntry> entry = m_store->entry(id))
                check({*entry});
        });
        connect(m_changes, &ChangesWindow::exportRequested, this, &HistoryController::exportChanges);
        connect(m_changes, &ChangesWindow::retentionRequested, this, &HistoryController::editRetention);
    }
    m_changes->show();
    m_changes->raise();
    m_changes->activateWindow();
}

void HistoryController::openEntry(qint64 entryId)
{
    const std::optional<JournalEntry> entry = m_store->entry(entryId);
    if (!entry)
        return;
    QWidget *parent = m_changes ? static_cast<QWidget *>(m_changes) : m_window;
    if (entry->connectionId != m_connection.id) {
        m_prompter->ask(parent,
                        {.id = QStringLiteral("otherConnection"),
                         .icon = QMessageBox::Information,
                         .title = tr("Open Assistant"),
                         .text = tr("This change was made on “%1”.").arg(entry->connectionName),
                         .informativeText = tr("Switch to that connection to open its assistants."),
                         .choices = {ok()},
                         .defaultChoice = QStringLiteral("ok")});
        return;
    }
    AssistantEditor *editor = m_tabs->editorFor(entry->assistantId);
    if (!editor) {
        const std::optional<Assistant> assistant = m_model->assistant(entry->assistantId);
        if (!assistant) {
            m_prompter->ask(parent,
                            {.id = QStringLiteral("assistantGone"),
                             .icon = QMessageBox::Information,
                             .title = tr("Open Assistant"),
                             .text = tr("“%1” is not in the list of %2.").arg(entry->assistantName, m_connection.name),
                             .informativeText = tr("It was deleted, or the list is not loaded yet. A deleted "
                                                   "assistant can be restored from its Deleted entry."),
                             .choices = {ok()},
                             .defaultChoice = QStringLiteral("ok")});
            return;
        }
        editor = m_tabs->open(*assistant);
    }
    m_tabs->setCurrentWidget(editor);
    if (HistoryPage *page = m_pages.value(editor)) {
        editor->showSidePage(page);
        page->selectEntry(entryId);
    }
    m_window->raise();
    m_window->activateWindow();
}

void HistoryController::restoreDeleted(qint64 entryId)
{
    const std::optional<JournalEntry> entry = m_store->entry(entryId);
    if (!entry || entry->operation != JournalEntry::Operation::Delete || !m_client)
        return;
    QWidget *parent = m_changes ? static_cast<QWidget *>(m_changes) : m_window;
    // The journal holds secrets as digests: a value comes back when an assistant at hand holds it.
    QJsonObject json = entry->before;
    for (int row = 0; row < m_model->rowCount() && SecretFields::firstPlaceholder(json); ++row) {
        if (!m_model->summaryAt(row).customToolNames().isEmpty())
            json = m_store->sealer()->rehydrated(json, m_model->summaryAt(row).assistant().json());
    }
    QStringList unrestored;
    json = SecretFields::replaced(json, [&unrestored](const SecretLocation &where, const QString &value) {
        if (!SecretPlaceholder::isPlaceholder(value))
            return value;
        unrestored.append(where.description);
        return QString();
    });
    const Assistant draft(json);
    QString informative = tr("The API cannot bring back ID %1: the assistant gets a new one. Every field the journal "
                             "kept is sent.")
                              .arg(entry->assistantId);
    if (!unrestored.isEmpty())
        informative += u'\n'
            + tr("These tool secrets cannot be restored (the journal keeps only a fingerprint of them) and will be "
                 "empty: %1. Enter them in the editor afterwards.")
                  .arg(unrestored.join(QStringLiteral("; ")));
    const QString answer = m_prompter->ask(
        parent,
        {.id = QStringLiteral("restoreDeletedConfirmation"),
         .icon = QMessageBox::Question,
         .title = tr("Restore Deleted Assistant"),
         .text = tr("Create “%1” again on %2?").arg(draft.name(), m_connection.name),
         .informativeText = informative,
         .choices = {{QStringLiteral("restore"), tr("Restore"), QMessageBox::AcceptRole}, Prompter::cancelChoice()},
         .defaultChoice = QStringLiteral("restore")});
    if (answer != u"restore")
        return;
    auto *job = new CreateJob(m_client, this);
    QSet<QString> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->summaryAt(row).id());
    job->setKnownIds(ids);
    m_recorder->attach(
        job, {.operation = JournalEntry::Operation::Restore, .relatedEntry = entryId, .sourceId = entry->assistantId});
    emit message(tr("Restoring “%1”…").arg(draft.name()), 0);
    connect(job, &CreateJob::finished, this, [this, job, unrestored](const CreateResult &result) {
        emit message({}, 0);
        if (result.succeeded()) {
            job->deleteLater();
            emit assistantChanged(*result.assistant);
            const QString restored = tr("Restored “%1” as a new assistant. Its new ID is %2.")
                                         .arg(result.assistant->name(), result.assistant->id());
            if (unrestored.isEmpty())
                inform(restored);
            else
                warn(restored + u' '
                     + tr("Enter the values of these tool secrets in its editor: %1.")
                           .arg(unrestored.join(QStringLiteral("; "))));
            return;
        }
        // An unknown outcome stays in the journal: checking it later finds the assistant, if it was made.
        job->deleteLater();
        warn(tr("The assistant could not be restored. %1").arg(result.error.message()));
    });
    job->submit(draft);
}

void HistoryController::revertBatch(qint64 batchId)
{
    const std::optional<JournalBatch> batch = m_store->batch(batchId);
    if (!batch || !m_client)
        return;
    QWidget *parent = m_changes ? static_cast<QWidget *>(m_changes) : m_window;
    const QString answer = m_prompter->ask(
        parent,
        {.id = QStringLiteral("revertBatchConfirmation"),
         .icon = QMessageBox::Question,
         .title = tr("Revert Batch"),
         .text = tr("Put back every change of “%1”?").arg(batch->description),
         .informativeText = tr("Assistant by assistant, the fields the batch changed get the values they had "
                               "before it. A field changed since is shown to you first; nothing is "
                               "overwritten without your choice."),
         .choices = {{QStringLiteral("revert"), tr("Revert"), QMessageBox::AcceptRole}, Prompter::cancelChoice()},
         .defaultChoice = QStringLiteral("revert")});
    if (answer != u"revert")
        return;
    auto *revert = new JournalBatchRevert(m_client, m_store, m_recorder, &m_resolver, this);
    emit message(tr("Reverting “%1”…").arg(batch->description), 0);
    connect(revert, &JournalBatchRevert::assistantFinished, this, [this](const JournalBatchRevert::Result &result) {
        // What the server holds now, reverted or not (a colleague's newer value kept): the window shows it.
        if (result.assistant) {
            emit assistantChanged(*result.assistant);
            if (AssistantEditor *editor = m_tabs->editorFor(result.assistantId))
                editor->showServerCopy(*result.assistant);
        }
    });
    connect(revert, &JournalBatchRevert::finished, this,
            [this, revert, parent, description = batch->description](const QList<JournalBatchRevert::Result> &results) {
                emit message({}, 0);
                revert->deleteLater();
                QStringList lines;
                int reverted = 0;
                for (const JournalBatchRevert::Result &result : results) {
                    lines.append(tr("%1: %2").arg(result.assistantName, result.message));
                    reverted += result.outcome == JournalBatchRevert::Result::Outcome::Reverted ? 1 : 0;
                }
                m_prompter->ask(parent,
                                {.id = QStringLiteral("batchRevertResults"),
                                 .icon = reverted == results.size() ? QMessageBox::Information : QMessageBox::Warning,
                                 .title = tr("Revert Batch"),
                                 .text = tr("Reverted %1 of %n assistant(s) of “%2”.", nullptr, int(results.size()))
                                             .arg(reverted)
                                             .arg(description),
                                 .informativeText = lines.join(u'\n'),
                                 .choices = {ok()},
                                 .defaultChoice = QStringLiteral("ok")});
            });
    revert->start(batchId);
}

void HistoryController::check(const QList<JournalEntry> &entries)
{
    if (entries.isEmpty() || m_checker->isRunning())
        return;
    auto counts = std::make_shared<std::array<int, 3>>();
    const QMetaObject::Connection each
        = connect(m_checker, &JournalChecker::checked, this,
                  [counts](const JournalEntry &, JournalChecker::Verdict verdict) { ++(*counts)[int(verdict)]; });
    auto done = std::make_shared<QMetaObject::Connection>();
    *done = connect(m_checker, &JournalChecker::finished, this, [this, counts, each, done](const QString &error) {
        disconnect(each);
        disconnect(*done);
        if (!error.isEmpty())
            return; // the checker's own handler says so
        const QString text
            = tr("Checked against the server: %1, %2, %3 (the server holds other values now). View ▸ Changes lists "
                 "them.")
                  .arg(tr("%n made", nullptr, (*counts)[int(JournalChecker::Verdict::Applied)]),
                       tr("%n not made", nullptr, (*counts)[int(JournalChecker::Verdict::NotApplied)]),
                       tr("%n cannot be told", nullptr, (*counts)[int(JournalChecker::Verdict::Undetermined)]));
        if (m_bannerAction == BannerAction::Check || m_banner->isVisible())
            inform(text);
        emit message(text, kStatusMessageMs);
    });
    emit message(tr("Checking %n change(s) against the server…", nullptr, int(entries.size())), 0);
    m_checker->check(entries);
}

void HistoryController::exportChanges(const JournalFilter &filter)
{
    QWidget *parent = m_changes ? static_cast<QWidget *>(m_changes) : m_window;
    QFileDialog dialog(parent, tr("Export Changes"),
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                           + QStringLiteral("/revox-changes.jsonl"),
                       tr("JSON Lines (*.jsonl);;All files (*)"));
    dialog.setObjectName(QStringLiteral("exportDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("jsonl"));
    if (m_prompter->exec(&dialog) != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    QSaveFile file(path);
    QString error;
    // Prompts and names are the user's business: the export is readable by them only, like the journal.
    const bool written = file.open(QIODevice::WriteOnly) && file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        && m_store->exportJsonLines(filter, &file, &error) && file.commit();
    if (!written) {
        warn(tr("The changes could not be exported to %1: %2")
                 .arg(QDir::toNativeSeparators(path), error.isEmpty() ? file.errorString() : error));
        return;
    }
    emit message(tr("Exported the changes shown to %1.").arg(QDir::toNativeSeparators(path)), kStatusMessageMs);
}

void HistoryController::editRetention()
{
    RetentionDialog dialog(JournalRetention::fromSettings(*m_settings), m_store->count(),
                           m_changes ? static_cast<QWidget *>(m_changes) : m_window);
    if (m_prompter->exec(&dialog) != QDialog::Accepted)
        return;
    const JournalRetention retention = dialog.retention();
    retention.save(*m_settings);
    const int removed = m_store->prune(retention);
    emit message(tr("%1; %2").arg(tr("The journal keeps changes for %n day(s) or the newest %1, whichever keeps more",
                                     nullptr, retention.days)
                                      .arg(QLocale().toString(retention.entries)),
                                  tr("%n older change(s) went.", nullptr, removed)),
                 kStatusMessageMs);
    if (m_changes && removed > 0)
        m_changes->model()->reload();
}
