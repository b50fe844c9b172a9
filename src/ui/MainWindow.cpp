// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AccessibleNames.h"
#include "AssistantActions.h"
#include "AssistantListPage.h"
#include "CommandPalette.h"
#include "ConnectionController.h"
#include "DeferredIcons.h"
#include "DraftKeeper.h"
#include "EditorTabs.h"
#include "FileNotesBanner.h"
#include "KeyboardShortcuts.h"
#include "LanguageMenu.h"
#include "ListLoader.h"
#include "ListStatus.h"
#include "MainCommands.h"
#include "MessageBoxPrompter.h"
#include "PaletteCommands.h"
#include "PhoneNumberRouting.h"
#include "SaveCoordinator.h"
#include "ShortcutsDialog.h"
#include "TestCalls.h"
#include "Theme.h"
#include "ThemeMenu.h"
#include "bulk/BulkActions.h"
#include "bulk/BundleActions.h"
#include "core/AssistantProxyModel.h"
#include "core/AssistantTableModel.h"
#include "core/PhoneNumberDirectory.h"
#include "core/RevoxClient.h"
#include "core/SecretSealer.h"
#include "core/SecretStore.h"
#include "editor/AssistantEditor.h"
#include "history/ChangesWindow.h"
#include "history/HistoryController.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kWindowStateKey = QStringLiteral("mainWindow/state");

} // namespace

MainWindow::MainWindow(RevoxClient *client, SecretStore *secrets, QSettings *settings, DraftStore *drafts,
                       const SandboxEndpoint &sandbox, Prompter *prompter, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_settings(settings)
    , m_ownPrompter(prompter ? nullptr : std::make_unique<MessageBoxPrompter>())
    , m_prompter(prompter ? prompter : m_ownPrompter.get())
    , m_model(new AssistantTableModel(this))
    , m_proxy(new AssistantProxyModel(m_model, this))
    , m_identity(new QLabel(this))
    , m_errorBanner(new Banner(this))
    , m_infoBanner(new Banner(this))
    , m_draftBanner(new Banner(this))
    , m_fileNotes(new FileNotesBanner(this))
    , m_list(new AssistantListPage(m_model, m_proxy, settings, this))
    , m_tabs(new EditorTabs(m_list, settings, m_prompter, this))
    , m_search(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_rowCount(new QLabel(this))
    , m_selectionCount(new QLabel(this))
    , m_connections(new ConnectionController(client, secrets, settings, m_prompter, this, m_identity))
    , m_drafts(new DraftKeeper(drafts, m_prompter, m_draftBanner, this))
    , m_saves(new SaveCoordinator(client, m_prompter, this))
    , m_numbers(new PhoneNumberDirectory(client, this))
    , m_routing(new PhoneNumberRouting(m_numbers, m_prompter, m_connections, this))
    , m_testCalls(new TestCalls(client, settings, m_prompter, m_connections, this))
    , m_actions(new AssistantActions(client, m_model, m_list, m_connections, m_saves, m_numbers, m_prompter, this))
    , m_icons(new DeferredIcons(this))
    , m_loader(new ListLoader(client, m_progress, this))
    , m_theme(new Theme(settings, this))
    , m_bulk(new BulkActions(client, m_model, m_list, m_tabs, m_connections, m_prompter, settings, this))
    , m_bundles(new BundleActions(m_model, m_list, m_bulk, m_prompter, settings, this))
    , m_commands(new MainCommands(this, m_icons))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_theme->applySaved();
    m_listStatus = new ListStatus(m_model, m_proxy, m_list, m_loader, m_connections, m_search, m_rowCount, this);
    createCentralArea();
    m_commands->place(m_list, m_connections, m_search,
                      {new LanguageMenu(m_settings, m_prompter, this), new ThemeMenu(m_theme, this)});
    wireParts();
    setSandboxEndpoint(sandbox);
    connect(secrets, &SecretStore::persistenceChanged, this, [this](bool persistent) {
        if (!persistent)
            m_infoBanner->showMessage(Banner::Kind::Warning,
                                      tr("No keychain service is available: API keys are kept for this session only "
                                         "and must be entered again next time."));
    });
    if (drafts)
        connect(drafts->sealer(), &SecretSealer::typedSecretNotKept, this, [this] {
            m_infoBanner->showMessage(Banner::Kind::Warning,
                                      tr("No keychain service is available: values typed in a tool's headers or "
                                         "query parameters are not kept in drafts and will not survive a crash. "
                                         "Save to keep them."));
        });
    resize(1280, 760);
    restoreGeometry(m_settings->value(kGeometryKey).toByteArray());
    restoreState(m_settings->value(kWindowStateKey).toByteArray());
}

MainWindow::~MainWindow() = default;

// --- layout ----------------------------------------------------------------------------------

void MainWindow::createCentralArea()
{
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_infoBanner->setObjectName(QStringLiteral("infoBanner"));

    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(
        tr("Search name, ID or prompt (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setAccessibleName(tr("Search assistants"));
    m_search->setMinimumWidth(280);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_identity);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_infoBanner);
    layout->addWidget(m_fileNotes);
    layout->addWidget(m_draftBanner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_rowCount->setObjectName(QStringLiteral("rowCountLabel"));
    m_selectionCount->setObjectName(QStringLiteral("selectionCountLabel"));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_selectionCount);
    statusBar()->addPermanentWidget(m_rowCount);
}

// --- wiring ----------------------------------------------------------------------------------

void MainWindow::wireParts()
{
    m_drafts->setServerCopies([this](const QString &id) { return m_model->assistant(id); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        m_listStatus->updateRowCount();
        m_listStatus->update();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_list->table()->setFocus();
            m_list->table()->selectRow(0);
        }
    });
    connect(m_list->table(), &QTableView::doubleClicked, this, &MainWindow::openSelected);
    connect(m_commands->refresh, &QAction::triggered, this, &MainWindow::reload);
    connect(m_commands->open, &QAction::triggered, this, &MainWindow::openSelected);
    connect(m_commands->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_commands->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_commands->palette, &QAction::triggered, this, &MainWindow::showCommandPalette);
    connect(m_commands->shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_commands->find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_commands->closeTab, &QAction::triggered, this, [this] { m_tabs->closeTab(m_tabs->currentIndex()); });
    connect(m_list->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_listStatus, &ListStatus::updated, this, &MainWindow::updateActions);
    connect(m_errorBanner, &Banner::actionTriggered, this, [this] { runAction(m_errorAction); });
    connect(m_list, &AssistantListPage::actionTriggered, this, [this] { runAction(m_listStatus->problemAction()); });

    m_connections->setSwitchGuard([this] {
        return m_tabs->confirmDiscardingEdits(tr("Switch Connection"))
            && m_testCalls->confirmLeaving(tr("Switch Connection")) && m_bulk->confirmLeaving(tr("Switch Connection"));
    });
    connect(m_connections, &ConnectionController::switched, this, &MainWindow::onSwitched);
    connect(m_loader, &ListLoader::loaded, this, &MainWindow::onListLoaded);
    connect(m_loader, &ListLoader::failed, this, &MainWindow::onListFailed);
    connect(m_loader, &ListLoader::finished, this, [this](bool succeeded) {
        statusBar()->clearMessage();
        m_listStatus->update();
        emit loadFinished(succeeded ? m_model->rowCount() : -1);
        m_icons->setWaiting(false);
    });
    connect(m_loader, &ListLoader::voicesLoaded, this, [this](const QList<VoiceInfo> &voices) {
        for (AssistantEditor *editor : m_tabs->editors())
            editor->setVoices(voices);
        QHash<QString, QString> names;
        for (const VoiceInfo &voice : voices)
            names.insert(voice.id, voice.name);
        m_model->setVoiceNames(names);
        m_bulk->setVoices(voices);
    });
    connect(m_connections, &ConnectionController::ready, this, [this] {
        m_errorBanner->hide();
        reload();
    });
    connect(m_connections, &ConnectionController::problem, this,
            [this](Banner::Kind kind, const QString &text, BannerAction action) {
                showError(kind, text, action);
                m_listStatus->setProblem(text, action);
            });

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &EditorTabs::editorOpened, this, &MainWindow::onEditorOpened);
    connect(m_tabs, &EditorTabs::editorClosing, m_drafts, &DraftKeeper::forget);

    connect(m_draftBanner, &Banner::actionTriggered, this, [this] { m_drafts->review(m_tabs->openIds()); });
    connect(m_drafts, &DraftKeeper::restoreRequested, this, [this](const Draft &draft) {
        // The draft's own base, not today's server copy: the save then merges what changed meanwhile.
        m_tabs->open(draft.base)->setEdited(draft.edited);
    });
    connect(m_drafts, &DraftKeeper::fileNote, m_fileNotes, &FileNotesBanner::add);
    m_drafts->setAsideUnreadable();

    connect(m_saves, &SaveCoordinator::saveFinished, this, &MainWindow::onSaveFinished);
    connect(m_commands->newAssistant, &QAction::triggered, m_actions, &AssistantActions::newAssistant);
    connect(m_commands->clone, &QAction::triggered, m_actions, &AssistantActions::cloneSelected);
    connect(m_commands->remove, &QAction::triggered, m_actions, &AssistantActions::deleteSelected);
    connect(m_commands->copyId, &QAction::triggered, m_actions, &AssistantActions::copySelectedId);
    connect(m_actions, &AssistantActions::added, this, [this](const QString &id) {
        m_search->clear();
        m_list->selectAssistant(id);
    });
    connect(m_actions, &AssistantActions::deleted, this, [this](const QString &id) {
        if (AssistantEditor *editor = m_tabs->editorFor(id))
            m_tabs->closeEditor(editor);
    });
    connect(m_actions, &AssistantActions::failed, this,
            [this](const QString &text) { showError(Banner::Kind::Error, text, BannerAction::None); });
    connect(m_saves, &SaveCoordinator::message, this, &MainWindow::showStatus);
    connect(m_routing, &PhoneNumberRouting::message, this, &MainWindow::showStatus);
    connect(m_commands->testCall, &QAction::triggered, this, [this] {
        if (auto *editor = qobject_cast<AssistantEditor *>(m_tabs->currentWidget()))
            m_testCalls->open(editor);
    });
    connect(m_testCalls, &TestCalls::editorWanted, m_tabs, &QTabWidget::setCurrentWidget);
    // The search box's clear button is an icon too, shown once there is text to clear.
    connect(m_icons, &DeferredIcons::loaded, m_search, [this] { m_search->setClearButtonEnabled(true); });
    connect(m_actions, &AssistantActions::message, this, &MainWindow::showStatus);
    connect(m_commands->editSelected, &QAction::triggered, m_bulk, &BulkActions::editSelected);
    connect(m_commands->findAll, &QAction::triggered, m_bulk, &BulkActions::findInAll);
    connect(m_commands->compare, &QAction::triggered, m_bulk, &BulkActions::compare);
    connect(m_bulk, &BulkActions::message, this, &MainWindow::showStatus);
    connect(m_commands->import, &QAction::triggered, m_bundles, &BundleActions::importFile);
    connect(m_commands->exportSelected, &QAction::triggered, m_bundles, &BundleActions::exportSelected);
    connect(m_bundles, &BundleActions::message, this, &MainWindow::showStatus);
}

void MainWindow::setJournal(JournalStore *journal)
{
    if (m_history || !journal)
        return;
    m_history = new HistoryController(journal, m_client, m_prompter, m_settings, m_tabs, m_model, this);
    auto *layout = static_cast<QVBoxLayout *>(centralWidget()->layout());
    layout->insertWidget(layout->indexOf(m_draftBanner) + 1, m_history->banner());
    m_history->follow({.saves = m_saves, .actions = m_actions, .bulk = m_bulk, .connections = m_connections});
    m_commands->changes->setEnabled(true);
    connect(m_commands->changes, &QAction::triggered, m_history, &HistoryController::showChanges);
    connect(this, &MainWindow::loadFinished, m_history, [this](int count) {
        if (count >= 0)
            m_history->offerChecks();
    });
    connect(m_history, &HistoryController::assistantChanged, this, [this](const Assistant &assistant) {
        m_model->replaceAssistant(assistant);
        m_search->clear();
        m_list->selectAssistant(assistant.id());
    });
    connect(m_history, &HistoryController::message, this, &MainWindow::showStatus);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_tabs->confirmDiscardingEdits(tr("Quit")) || !m_testCalls->confirmLeaving(tr("Quit"))
        || !m_bulk->confirmLeaving(tr("Quit"))) {
        event->ignore();
        return;
    }
    m_tabs->closeAllEditors(); // their drafts go too: the user chose to discard
    m_settings->setValue(kGeometryKey, saveGeometry());
    m_settings->setValue(kWindowStateKey, saveState());
    m_list->saveLayout();
    event->accept();
}

void MainWindow::setSandboxEndpoint(const SandboxEndpoint &sandbox)
{
    m_connections->setSandboxEndpoint(sandbox);
    m_fileNotes->add(sandbox.recovery);
}

void MainWindow::addFileNote(const QString &note)
{
    m_fileNotes->add(note);
}

QStringList MainWindow::fileNotes() const
{
    return m_fileNotes->notes();
}

void MainWindow::showError(Banner::Kind kind, const QString &text, BannerAction action)
{
    m_errorAction = action;
    m_errorBanner->showMessage(kind, text, ListStatus::actionText(action));
}

void MainWindow::runAction(BannerAction action)
{
    if (action == BannerAction::Retry)
        reload();
    else if (action == BannerAction::EnterKey || action == BannerAction::ReplaceKey)
        m_connections->changeApiKey();
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    if (text.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(text, timeoutMs);
}

// --- connections -----------------------------------------------------------------------------

void MainWindow::activateConnection(const QString &id)
{
    m_connections->activate(id);
    m_listStatus->update();
    m_icons->setWaiting(m_loader->isLoading()); // icons come now unless a list is on its way
}

void MainWindow::onSwitched(const ConnectionProfile &profile)
{
    m_loader->reset();
    // Never show one account's assistants under another's name: empty the table first.
    m_model->clear();
    m_errorBanner->hide();
    m_listStatus->reset();
    m_tabs->closeAllEditors(); // the user agreed; their drafts belong to the connection left
    m_bulk->closeAll();
    m_drafts->setConnection(profile.id);
    m_draftsOffered = false;
    m_model->setVoiceNames({});
}

// --- loading ---------------------------------------------------------------------------------

void MainWindow::reload()
{
    if (m_connections->isAwaitingKey())
        return;
    m_loader->load();
    m_icons->setWaiting(true);
    statusBar()->showMessage(tr("Loading assistants from %1…").arg(m_connections->current().name));
    m_listStatus->update();
}

void MainWindow::onListLoaded(const QList<AssistantSummary> &summaries)
{
    const QString selected = m_list->selectedId();
    m_listStatus->setLoaded();
    m_errorBanner->hide();
    m_model->setSummaries(summaries);
    if (!selected.isEmpty())
        m_list->selectAssistant(selected);
    else if (m_proxy->rowCount() > 0) {
        m_list->table()->selectRow(0); // so Enter, Ctrl+D and Del work at once
        if (!m_search->hasFocus() && m_tabs->currentIndex() == 0)
            m_list->table()->setFocus();
    }
    // Editors without edits follow what the server now holds. An editor with edits keeps the copy its
    // edits were made on: the save compares it with the server and merges, so a colleague's change is
    // never overwritten by a silent rebase.
    for (AssistantEditor *editor : m_tabs->editors()) {
        if (const std::optional<Assistant> fresh = m_model->assistant(editor->assistantId()))
            editor->showServerCopy(*fresh);
    }
    if (!m_draftsOffered) {
        m_draftsOffered = true;
        m_drafts->offer(m_tabs->openIds());
    }
}

void MainWindow::onListFailed(const ApiError &error)
{
    const bool keyRejected = error.httpStatus() == 401 && !m_connections->current().isSandbox();
    QString text = error.message();
    if (m_model->rowCount() > 0)
        text += u' ' + tr("The list shows what was loaded before.");
    const BannerAction action = keyRejected ? BannerAction::ReplaceKey : BannerAction::Retry;
    showError(Banner::Kind::Error, text, action);
    m_listStatus->setProblem(error.message(), action);
}

void MainWindow::updateActions()
{
    const bool onList = m_tabs->currentIndex() == 0;
    const int selected = int(m_list->selectedIds().size());
    const bool hasSelection = selected > 0;
    for (QAction *action : {m_commands->clone, m_commands->remove, m_commands->open, m_commands->copyId,
                            m_commands->editSelected, m_commands->exportSelected})
        action->setEnabled(hasSelection && onList);
    m_commands->closeTab->setEnabled(!onList);
    m_commands->testCall->setEnabled(!onList);
    // Names are compared with the list's: not before it is there.
    m_commands->import->setEnabled(!m_loader->isLoading() && !m_listStatus->hasProblem()
                                   && !m_connections->isAwaitingKey());
    // From an editor, its assistant is one side and the other is chosen.
    m_commands->compare->setEnabled(onList ? selected == 2 : true);
    m_commands->compare->setText(onList ? tr("Co&mpare…") : tr("Co&mpare With…"));
    m_selectionCount->setText(selected > 1 ? tr("%n selected", nullptr, selected) : QString());
}

// --- assistants ------------------------------------------------------------------------------

void MainWindow::openSelected()
{
    // With several selected, each opens in its tab (after asking when many); the one the user was on shows.
    const QStringList ids = m_list->selectedIds();
    if (!m_actions->confirmOpening(int(ids.size())))
        return;
    const QString current = m_list->selectedId();
    for (const QString &id : ids) {
        if (id != current) {
            if (const std::optional<Assistant> assistant = m_model->assistant(id))
                m_tabs->open(*assistant);
        }
    }
    if (const std::optional<Assistant> assistant = m_model->assistant(current))
        m_tabs->open(*assistant);
}

void MainWindow::onEditorOpened(AssistantEditor *editor)
{
    editor->setVoices(m_loader->voices());
    connect(editor, &AssistantEditor::saveRequested, this, [this, editor] { m_saves->save(editor); });
    m_drafts->watch(editor); // every change (typing, undo, redo, a save's outcome) reaches the draft
    m_testCalls->watch(editor);
    m_routing->watch(editor);
}

void MainWindow::onSaveFinished(AssistantEditor *editor, const SaveResult &result)
{
    if (m_tabs->indexOf(editor) < 0) // closed, or the connection changed, while it ran
        return;
    if (result.succeeded())
        m_model->replaceAssistant(*result.newBase());
    m_drafts->write(editor); // removes it once nothing is left unsaved; keeps every edit otherwise
    m_tabs->saveFinished(editor, result.succeeded());
}

void MainWindow::showCommandPalette()
{
    if (!m_palette)
        m_palette = new CommandPalette(this);
    m_palette->setCommands(PaletteCommands(m_model, m_list, m_tabs, menuBar(), this).build());
    m_palette->popUp();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(KeyboardShortcuts::collect(menuBar(), this, m_history), this);
    m_prompter->exec(&dialog);
}

void MainWindow::showAbout()
{
    m_prompter->ask(this,
                    {.id = QStringLiteral("aboutBox"),
                     .icon = QMessageBox::Information,
                     .title = tr("About Revox Studio"),
                     .text = tr("<h3>Revox Studio %1</h3><p>A desktop editor for Revox voice-AI assistants.</p>"
                                "<p>Without an API key it works on a built-in sandbox server with sample data.</p>")
                                 .arg(QStringLiteral(REVOX_VERSION)),
                     .choices = {{QStringLiteral("ok"), tr("OK"), QMessageBox::AcceptRole}},
                     .defaultChoice = QStringLiteral("ok")});
}
