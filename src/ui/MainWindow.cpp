// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Banner.h"
#include "ConflictDialog.h"
#include "ConnectionDialog.h"
#include "DraftRestoreDialog.h"
#include "NewAssistantDialog.h"
#include "core/AssistantMerge.h"
#include "core/AssistantPatch.h"
#include "core/AssistantProxyModel.h"
#include "core/AssistantSchema.h"
#include "core/AssistantTableModel.h"
#include "core/DraftStore.h"
#include "core/RevoxCall.h"
#include "core/RevoxClient.h"
#include "core/SecretStore.h"
#include "editor/AssistantEditor.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

constexpr int kStatusMessageMs = 5000;
constexpr int kDraftDelayMs = 1000; // a change reaches the disk within this, well inside the 2 s promise
const QString kHeaderStateKey = QStringLiteral("mainWindow/tableHeader");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kWindowStateKey = QStringLiteral("mainWindow/state");

QString connectionTitle(const ConnectionProfile &profile)
{
    return profile.production ? QCoreApplication::translate("MainWindow", "%1 (production)").arg(profile.name)
                              : profile.name;
}

// F5 everywhere, plus the platform's own refresh keys (Ctrl+R on macOS) without listing one twice:
// a duplicate makes the shortcut ambiguous and it never fires.
QList<QKeySequence> refreshKeys()
{
    QList<QKeySequence> keys{QKeySequence(Qt::Key_F5)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Refresh)) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

} // namespace

MainWindow::MainWindow(RevoxClient *client, SecretStore *secrets, QSettings *settings, DraftStore *drafts,
                       const SandboxEndpoint &sandbox, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_drafts(drafts)
    , m_sandbox(sandbox)
    , m_profiles(std::make_unique<ConnectionProfiles>(*settings))
    , m_model(new AssistantTableModel(this))
    , m_proxy(new AssistantProxyModel(m_model, this))
    , m_identity(new QLabel(this))
    , m_errorBanner(new Banner(this))
    , m_infoBanner(new Banner(this))
    , m_draftBanner(new Banner(this))
    , m_tabs(new QTabWidget(this))
    , m_listStack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_emptyState(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_connectionCombo(new QComboBox(this))
    , m_rowCount(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));

    createActions();
    createCentralArea();
    createMenus();
    restoreSettings();

    connect(m_secrets, &SecretStore::readFinished, this, &MainWindow::onSecretRead);
    connect(m_secrets, &SecretStore::persistenceChanged, this, [this](bool persistent) {
        if (!persistent)
            m_infoBanner->showMessage(Banner::Kind::Warning,
                                      tr("No keychain service is available: API keys are kept for this session only "
                                         "and must be entered again next time."));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateRowCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateRowCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateRowCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    // Icons are looked up once the window and its first list are painted (requestIcons()); until then a
    // blank one keeps their place, so that the toolbar does not move when they arrive. The search box's
    // clear button comes then too.
    QPixmap blank(1, 1);
    blank.fill(Qt::transparent);
    const QIcon placeholder(blank);
    const auto make = [this, &placeholder](const QString &text, const char *name, const QList<QKeySequence> &keys,
                                           const QString &icon, void (MainWindow::*slot)()) {
        auto *action = new QAction(text, this);
        if (!icon.isEmpty()) {
            action->setIcon(placeholder);
            m_actionIcons.append({action, icon});
        }
        action->setObjectName(QLatin1String(name));
        action->setShortcuts(keys);
        if (!keys.isEmpty())
            action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(u'&'),
                                                             keys.first().toString(QKeySequence::NativeText)));
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_refreshAction
        = make(tr("&Refresh"), "actionRefresh", refreshKeys(), QStringLiteral("view-refresh"), &MainWindow::reload);
    m_newAction = make(tr("&New Assistant…"), "actionNew", {QKeySequence::New}, QStringLiteral("document-new"),
                       &MainWindow::newAssistant);
    m_cloneAction = make(tr("&Clone"), "actionClone", {QKeySequence(Qt::CTRL | Qt::Key_D)}, QStringLiteral("edit-copy"),
                         &MainWindow::cloneSelected);
    m_deleteAction = make(tr("&Delete…"), "actionDelete", {QKeySequence::Delete}, QStringLiteral("edit-delete"),
                          &MainWindow::deleteSelected);
    m_openAction = make(tr("&Open"), "actionOpen", {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                        QStringLiteral("document-open"), &MainWindow::openSelected);
    m_copyIdAction = make(tr("Copy &ID"), "actionCopyId", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
                          QStringLiteral("edit-copy"), &MainWindow::copySelectedId);
    m_findAction = make(tr("&Find…"), "actionFind", {QKeySequence::Find}, QStringLiteral("edit-find"), nullptr);
    m_closeTabAction
        = make(tr("&Close Tab"), "actionCloseTab", {QKeySequence::Close}, QStringLiteral("window-close"), nullptr);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_closeTabAction, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    // Delete and Enter act on the table only: in the search box they edit text.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_openAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_deleteAction);
    m_table->addAction(m_openAction);

    m_editConnectionAction
        = make(tr("&Edit Connection…"), "actionEditConnection", {}, QString(), &MainWindow::editConnection);
    m_removeConnectionAction
        = make(tr("&Remove Connection"), "actionRemoveConnection", {}, QString(), &MainWindow::removeConnection);
    m_changeKeyAction = make(tr("Change API &Key…"), "actionChangeKey", {}, QString(), &MainWindow::changeApiKey);
}

void MainWindow::loadIcons()
{
    // Desktops without an icon theme (a bare X server, Windows) get the style's own icons.
    const QHash<QString, QStyle::StandardPixmap> fallbackIcons = {
        {QStringLiteral("view-refresh"), QStyle::SP_BrowserReload},
        {QStringLiteral("document-new"), QStyle::SP_FileIcon},
        {QStringLiteral("document-open"), QStyle::SP_DialogOpenButton},
        {QStringLiteral("edit-delete"), QStyle::SP_TrashIcon},
        {QStringLiteral("edit-copy"), QStyle::SP_FileDialogNewFolder},
    };
    for (const auto &[action, name] : std::as_const(m_actionIcons)) {
        QIcon icon = QIcon::fromTheme(name);
        if (icon.isNull() && fallbackIcons.contains(name))
            icon = style()->standardIcon(fallbackIcons.value(name));
        action->setIcon(icon);
    }
    m_search->setClearButtonEnabled(true); // an icon too, shown once there is text to clear
}

QEvent::Type MainWindow::loadIconsEvent()
{
    static const auto type = QEvent::Type(QEvent::registerEventType());
    return type;
}

void MainWindow::requestIcons()
{
    // Looking icons up (the icon theme's folders, or the style's image files, which load every Qt image
    // plugin and decode each size) was the largest part of building the window. It waits until the window
    // is on screen and the first list (or why it failed) is too: the list is what the user waits for.
    if (m_iconsRequested || !m_painted || m_listCall)
        return;
    m_iconsRequested = true;
    // As low a priority as the update requests that paint, so a paint already asked for goes first.
    QCoreApplication::postEvent(this, new QEvent(loadIconsEvent()), Qt::LowEventPriority);
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == loadIconsEvent()) {
        loadIcons();
        return true;
    }
    return QMainWindow::event(event);
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        requestIcons();
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_openAction);
    edit->addAction(m_cloneAction);
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_copyIdAction);
    edit->addAction(m_findAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    m_columnsMenu = view->addMenu(tr("&Columns"));
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *toggle = m_columnsMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setObjectName(QStringLiteral("columnToggle%1").arg(column));
        toggle->setCheckable(true);
        connect(toggle, &QAction::toggled, this, [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    connect(m_columnsMenu, &QMenu::aboutToShow, this, [this, header] {
        const QList<QAction *> toggles = m_columnsMenu->actions();
        for (int column = 0; column < toggles.size(); ++column) {
            QSignalBlocker blocker(toggles[column]);
            toggles[column]->setChecked(!header->isSectionHidden(column));
            // The name column stays: without it no row can be told apart.
            toggles[column]->setEnabled(column != int(AssistantTableModel::Column::Name));
        }
    });
    view->addSeparator();
    view->addAction(m_closeTabAction);

    m_connectionMenu = menuBar()->addMenu(tr("&Connection"));
    m_connectionMenu->setObjectName(QStringLiteral("connectionMenu"));
    rebuildConnectionMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Revox Studio"), this, &MainWindow::showAbout);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_openAction);
    toolbar->addAction(m_cloneAction);
    toolbar->addAction(m_deleteAction);
    toolbar->addSeparator();
    auto *connectionLabel = new QLabel(tr("Co&nnection:"), this);
    connectionLabel->setBuddy(m_connectionCombo);
    toolbar->addWidget(connectionLabel);
    toolbar->addWidget(m_connectionCombo);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(m_search);
}

void MainWindow::createCentralArea()
{
    m_identity->setObjectName(QStringLiteral("connectionIndicator"));
    m_identity->setAutoFillBackground(true);
    m_identity->setMargin(6);
    m_identity->setTextFormat(Qt::RichText);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_infoBanner->setObjectName(QStringLiteral("infoBanner"));
    m_draftBanner->setObjectName(QStringLiteral("draftBanner"));
    connect(m_draftBanner, &Banner::actionTriggered, this, &MainWindow::reviewDrafts);
    connect(m_errorBanner, &Banner::actionTriggered, this, [this] {
        if (m_errorBanner->property("action").toString() == u"key")
            changeApiKey();
        else
            reload();
    });

    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(
        tr("Search name, ID or prompt (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setAccessibleName(tr("Search assistants"));
    m_search->setMinimumWidth(280);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateRowCount();
        updateEmptyState();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
        }
    });

    m_connectionCombo->setObjectName(QStringLiteral("connectionCombo"));
    m_connectionCombo->setAccessibleName(tr("Connection"));
    m_connectionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_connectionCombo, &QComboBox::activated, this,
            [this](int index) { activateConnection(m_connectionCombo->itemData(index).toString()); });

    m_table->setObjectName(QStringLiteral("assistantTable"));
    m_table->setAccessibleName(tr("Assistants"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(AssistantTableModel::Column::Name), Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_columnsMenu->exec(m_table->horizontalHeader()->mapToGlobal(pos)); });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_copyIdAction);
    m_table->addAction(m_cloneAction);
    connect(m_table, &QTableView::doubleClicked, this, &MainWindow::openSelected);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    const QList<int> widths = {300, 200, 200, 140, 110, 110, 150, 150, 290};
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths.at(column));

    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_emptyState);

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(m_listStack, tr("Assistants"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the list cannot be closed
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_identity);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_infoBanner);
    layout->addWidget(m_draftBanner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_rowCount->setObjectName(QStringLiteral("rowCountLabel"));
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_rowCount);
}

void MainWindow::restoreSettings()
{
    resize(1280, 760);
    restoreGeometry(m_settings->value(kGeometryKey).toByteArray());
    restoreState(m_settings->value(kWindowStateKey).toByteArray());
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(m_settings->value(kHeaderStateKey).toByteArray()))
        m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    // Saved as soon as they change: a crash must not lose a carefully arranged table.
    const auto saveHeader = [this] { m_settings->setValue(kHeaderStateKey, m_table->horizontalHeader()->saveState()); };
    connect(header, &QHeaderView::sectionResized, this, saveHeader);
    connect(header, &QHeaderView::sectionMoved, this, saveHeader);
    connect(header, &QHeaderView::sortIndicatorChanged, this, saveHeader);
    connect(header, &QHeaderView::sectionCountChanged, this, saveHeader);
    for (QAction *toggle : m_columnsMenu->actions())
        connect(toggle, &QAction::toggled, this, saveHeader);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscardingEdits(tr("Quit"))) {
        event->ignore();
        return;
    }
    for (AssistantEditor *editor : editors())
        removeTab(m_tabs->indexOf(editor)); // their drafts go too: the user chose to discard
    m_settings->setValue(kGeometryKey, saveGeometry());
    m_settings->setValue(kWindowStateKey, saveState());
    m_settings->setValue(kHeaderStateKey, m_table->horizontalHeader()->saveState());
    event->accept();
}

// --- connections ---------------------------------------------------------------------------

QString MainWindow::addSessionConnection(const QString &name, const QUrl &baseUrl, const QString &apiKey)
{
    ConnectionProfile profile{QStringLiteral("session-%1").arg(m_sessionProfiles.size() + 1), name, baseUrl, false};
    m_sessionProfiles.append(profile);
    m_sessionKeys.insert(profile.id, apiKey);
    rebuildConnectionMenu();
    return profile.id;
}

std::optional<ConnectionProfile> MainWindow::findConnection(const QString &id) const
{
    for (const ConnectionProfile &profile : m_sessionProfiles) {
        if (profile.id == id)
            return profile;
    }
    return m_profiles->find(id);
}

void MainWindow::rebuildConnectionMenu()
{
    m_connectionMenu->clear();
    delete m_connectionGroup;
    m_connectionGroup = new QActionGroup(this);
    m_connectionCombo->clear();
    const QList<ConnectionProfile> all = m_profiles->all() + m_sessionProfiles;
    for (int i = 0; i < all.size(); ++i) {
        const ConnectionProfile &profile = all.at(i);
        QAction *action = m_connectionMenu->addAction(connectionTitle(profile));
        action->setObjectName(QStringLiteral("connection:%1").arg(profile.id));
        action->setCheckable(true);
        action->setChecked(profile.id == m_current.id);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key(Qt::Key_1 + i)));
        m_connectionGroup->addAction(action);
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] { activateConnection(id); });
        m_connectionCombo->addItem(connectionTitle(profile), profile.id);
    }
    m_connectionCombo->setCurrentIndex(m_connectionCombo->findData(m_current.id));
    m_connectionMenu->addSeparator();
    QAction *add = m_connectionMenu->addAction(tr("&New Connection…"), this, &MainWindow::addConnection);
    add->setObjectName(QStringLiteral("actionAddConnection"));
    m_connectionMenu->addAction(m_editConnectionAction);
    m_connectionMenu->addAction(m_changeKeyAction);
    m_connectionMenu->addAction(m_removeConnectionAction);
    const bool editable = !m_current.isSandbox() && !m_current.id.startsWith(u"session-");
    m_editConnectionAction->setEnabled(editable);
    m_removeConnectionAction->setEnabled(editable);
    m_changeKeyAction->setEnabled(!m_current.isSandbox());
}

void MainWindow::setSandboxEndpoint(const SandboxEndpoint &sandbox)
{
    m_sandbox = sandbox;
    if (!sandbox.recovery.isEmpty())
        m_infoBanner->showMessage(Banner::Kind::Warning, sandbox.recovery);
}

void MainWindow::activateConnection(const QString &id)
{
    const std::optional<ConnectionProfile> profile = findConnection(id);
    if (!profile)
        return;
    if (id != m_current.id && !confirmDiscardingEdits(tr("Switch Connection"))) {
        rebuildConnectionMenu(); // put the menu and the box back on the live connection
        return;
    }
    if (m_listCall)
        m_listCall->abort();
    // Never show one account's assistants under another's name: empty the table first.
    m_model->clear();
    m_errorBanner->hide();
    m_loadFailed = false;
    for (int index = m_tabs->count() - 1; index > 0; --index)
        removeTab(index);
    m_current = *profile;
    m_awaitingKeyFor.clear();
    m_draftsOffered = false;
    m_draftBanner->hide();
    m_voices.clear();
    m_model->setVoiceNames({});
    // Unchanged on most starts: no write then, as a write locks, syncs and renames the settings file.
    if (!id.startsWith(u"session-") && m_profiles->currentId() != id)
        m_profiles->setCurrentId(id);
    rebuildConnectionMenu();
    updateIdentity();

    if (profile->isSandbox()) {
        if (m_sandbox.baseUrl.isEmpty()) {
            m_errorBanner->showMessage(Banner::Kind::Error,
                                       tr("The built-in sandbox could not start: %1").arg(m_sandbox.startError));
            updateEmptyState();
            return;
        }
        configureClient(m_sandbox.baseUrl, m_sandbox.apiKey);
    } else if (m_sessionKeys.contains(id)) {
        configureClient(profile->baseUrl, m_sessionKeys.value(id));
    } else {
        m_awaitingKeyFor = id;
        m_secrets->read(id);
        updateEmptyState();
    }
    requestIcons(); // when no list is on its way
}

void MainWindow::onSecretRead(const QString &account, const QString &secret, const QString &error)
{
    if (account != m_awaitingKeyFor)
        return;
    m_awaitingKeyFor.clear();
    if (!error.isEmpty()) {
        m_errorBanner->setProperty("action", QStringLiteral("key"));
        m_errorBanner->showMessage(Banner::Kind::Error,
                                   tr("The API key could not be read from the keychain: %1").arg(error),
                                   tr("Enter Key…"));
        return;
    }
    if (secret.isEmpty()) {
        m_errorBanner->setProperty("action", QStringLiteral("key"));
        m_errorBanner->showMessage(Banner::Kind::Warning, tr("No API key is stored for “%1”.").arg(m_current.name),
                                   tr("Enter Key…"));
        return;
    }
    configureClient(m_current.baseUrl, secret);
}

void MainWindow::configureClient(const QUrl &baseUrl, const QString &apiKey)
{
    QString error;
    if (!m_client->setBaseUrl(baseUrl, &error)) {
        m_errorBanner->setProperty("action", QString());
        m_errorBanner->showMessage(Banner::Kind::Error,
                                   tr("The base URL of “%1” is refused: %2").arg(m_current.name, error));
        return;
    }
    m_client->setApiKey(apiKey);
    reload();
}

void MainWindow::updateIdentity()
{
    QString text;
    QColor background;
    if (m_current.isSandbox()) {
        text = tr("<b>Sandbox</b> — a local server with sample data. Nothing you do here reaches Revox.");
        background = QColor(0xd8, 0xf0, 0xe6);
    } else if (m_current.production) {
        text = tr("<b>PRODUCTION</b> — %1 · %2. Changes affect live calls.")
                   .arg(m_current.name.toHtmlEscaped(), m_current.baseUrl.toDisplayString().toHtmlEscaped());
        background = QColor(0xb3, 0x26, 0x1e);
    } else {
        text = tr("<b>%1</b> · %2")
                   .arg(m_current.name.toHtmlEscaped(), m_current.baseUrl.toDisplayString().toHtmlEscaped());
        background = QColor(0xe3, 0xe6, 0xec);
    }
    QPalette palette = m_identity->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, m_current.production ? Qt::white : Qt::black);
    m_identity->setPalette(palette);
    m_identity->setText(text);
    m_identity->setProperty("production", m_current.production);
    m_identity->setAccessibleName(QString(text).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
    setWindowTitle(tr("%1 — Revox Studio").arg(connectionTitle(m_current)));
}

QString MainWindow::checkBaseUrl(const QUrl &url) const
{
    QString error;
    return RevoxClient::isAcceptableBaseUrl(url, &error) ? QString() : error;
}

void MainWindow::addConnection()
{
    ConnectionDialog dialog(
        std::nullopt, [this](const QUrl &url) { return checkBaseUrl(url); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionProfile profile = m_profiles->add(dialog.name(), dialog.baseUrl(), dialog.isProduction());
    // Secret stores answer in order, so the read activateConnection() starts sees this key.
    m_secrets->write(profile.id, dialog.apiKey());
    activateConnection(profile.id);
}

void MainWindow::editConnection()
{
    ConnectionDialog dialog(
        m_current, [this](const QUrl &url) { return checkBaseUrl(url); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ConnectionProfile profile = m_current;
    profile.name = dialog.name();
    profile.baseUrl = dialog.baseUrl();
    profile.production = dialog.isProduction();
    m_profiles->update(profile);
    if (!dialog.apiKey().isEmpty())
        m_secrets->write(profile.id, dialog.apiKey());
    activateConnection(profile.id);
}

void MainWindow::removeConnection()
{
    const ConnectionProfile profile = m_current;
    if (QMessageBox::question(this, tr("Remove Connection"),
                              tr("Remove the connection “%1” and its stored API key? The assistants on the server "
                                 "are not touched.")
                                  .arg(profile.name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    m_profiles->remove(profile.id);
    m_secrets->remove(profile.id);
    activateConnection(ConnectionProfile::sandboxId());
}

void MainWindow::changeApiKey()
{
    if (m_current.isSandbox())
        return;
    bool ok = false;
    const QString key
        = askForApiKey(this, m_current.name, tr("The key is stored in your system keychain."), &ok).trimmed();
    if (!ok || key.isEmpty())
        return;
    if (m_current.id.startsWith(u"session-"))
        m_sessionKeys.insert(m_current.id, key);
    else
        m_secrets->write(m_current.id, key);
    m_errorBanner->hide();
    configureClient(m_current.baseUrl, key);
}

// --- loading -------------------------------------------------------------------------------

void MainWindow::reload()
{
    if (!m_awaitingKeyFor.isEmpty())
        return;
    if (m_listCall)
        m_listCall->abort();
    RevoxCall *call = m_client->listAssistants();
    m_listCall = call;
    m_progress->setRange(0, 0);
    m_progress->show();
    statusBar()->showMessage(tr("Loading assistants from %1…").arg(m_current.name));
    connect(call, &RevoxCall::progress, this, [this, call](qint64 received, qint64 total) {
        if (call != m_listCall || total <= 0)
            return;
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(received * 1000 / total));
    });
    connect(call, &RevoxCall::finished, this, [this, call] { onListFinished(call); });
    updateEmptyState();
}

void MainWindow::onListFinished(RevoxCall *call)
{
    if (call != m_listCall) // a load for a connection that is no longer current, or replaced
        return;
    m_listCall = nullptr;
    m_progress->hide();
    statusBar()->clearMessage();
    if (!call->succeeded()) {
        if (call->error().kind() != ApiError::Kind::Aborted)
            showLoadError(call->error());
        emit loadFinished(-1);
        requestIcons();
        return;
    }
    const QString selected = selectedId();
    m_loadFailed = false;
    m_errorBanner->hide();
    m_model->setSummaries(call->summaries());
    if (!selected.isEmpty())
        selectAssistant(selected);
    else if (m_proxy->rowCount() > 0) {
        m_table->selectRow(0); // so Enter, Ctrl+D and Del work at once
        if (!m_search->hasFocus() && m_tabs->currentIndex() == 0)
            m_table->setFocus();
    }
    // Editors without edits follow what the server now holds. An editor with edits keeps the copy its
    // edits were made on: the save compares it with the server and merges, so a colleague's change is
    // never overwritten by a silent rebase.
    for (AssistantEditor *editor : editors()) {
        const std::optional<Assistant> fresh = m_model->assistant(editor->assistantId());
        if (fresh && !editor->isModified() && !editor->isSaving() && !(*fresh == editor->base()))
            editor->rebase(*fresh);
    }
    updateEmptyState();
    if (m_voices.isEmpty())
        loadVoices();
    if (!m_draftsOffered) {
        m_draftsOffered = true;
        offerDrafts();
    }
    emit loadFinished(m_model->rowCount());
    requestIcons();
}

void MainWindow::loadVoices()
{
    RevoxCall *call = m_client->listVoices();
    const QString connection = m_current.id;
    connect(call, &RevoxCall::finished, this, [this, call, connection] {
        // Voice names are a nicety: without them the table shows voice IDs, so a failure says nothing.
        if (!call->succeeded() || connection != m_current.id)
            return;
        m_voices = call->voices();
        for (AssistantEditor *editor : editors())
            editor->setVoices(m_voices);
        QHash<QString, QString> names;
        for (const VoiceInfo &voice : std::as_const(m_voices))
            names.insert(voice.id, voice.name);
        m_model->setVoiceNames(names);
    });
}

void MainWindow::showLoadError(const ApiError &error)
{
    m_loadFailed = true;
    const bool keyRejected = error.httpStatus() == 401 && !m_current.isSandbox();
    m_errorBanner->setProperty("action", keyRejected ? QStringLiteral("key") : QStringLiteral("retry"));
    QString text = describe(error);
    if (m_model->rowCount() > 0)
        text += u' ' + tr("The list shows what was loaded before.");
    m_errorBanner->showMessage(Banner::Kind::Error, text, keyRejected ? tr("Enter New Key…") : tr("Retry"));
    updateEmptyState();
}

QString MainWindow::describe(const ApiError &error)
{
    QString text = error.message();
    for (const ApiError::FieldError &field : error.fieldErrors())
        text += QStringLiteral("\n• %1%2")
                    .arg(field.field.isEmpty() ? QString() : field.field + QStringLiteral(": "), field.message);
    return text;
}

void MainWindow::updateEmptyState()
{
    QString message;
    if (m_proxy->rowCount() == 0) {
        if (m_listCall || !m_awaitingKeyFor.isEmpty())
            message = tr("Loading assistants…");
        else if (m_loadFailed)
            message = tr("The assistants could not be loaded. See the message above.");
        else if (m_model->rowCount() > 0)
            message = tr("No assistant matches “%1”.").arg(m_search->text().trimmed());
        else if (!m_errorBanner->isVisible())
            message = tr("There are no assistants yet.\nPress %1 to create one.")
                          .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
    }
    m_emptyState->setText(message);
    m_listStack->setCurrentWidget(message.isEmpty() ? static_cast<QWidget *>(m_table) : m_emptyState);
    updateActions();
}

void MainWindow::updateRowCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QString assistants = total == 1 ? tr("1 assistant") : tr("%1 assistants").arg(total);
    m_rowCount->setText(shown == total ? assistants : tr("%1 of %2").arg(shown).arg(assistants));
}

void MainWindow::updateActions()
{
    const bool onList = m_tabs->currentIndex() == 0;
    const bool hasSelection = !selectedId().isEmpty();
    m_cloneAction->setEnabled(hasSelection && onList);
    m_deleteAction->setEnabled(hasSelection && onList);
    m_openAction->setEnabled(hasSelection && onList);
    m_copyIdAction->setEnabled(hasSelection && onList);
    m_closeTabAction->setEnabled(!onList);
}

// --- actions -------------------------------------------------------------------------------

QString MainWindow::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(AssistantTableModel::IdRole).toString();
}

void MainWindow::selectAssistant(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void MainWindow::newAssistant()
{
    if (m_newDialog) {
        m_newDialog->raise();
        m_newDialog->activateWindow();
        return;
    }
    auto *dialog = new NewAssistantDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_newDialog = dialog;
    auto attempt = std::make_shared<CreateAttempt>();
    connect(dialog, &NewAssistantDialog::submitted, this, [this, dialog, attempt](const Assistant &draft) {
        dialog->setBusy(true);
        if (attempt->uncertain)
            checkCreated(dialog, draft, attempt, ApiError());
        else
            postAssistant(dialog, draft, attempt);
    });
    dialog->open();
}

void MainWindow::postAssistant(NewAssistantDialog *dialog, const Assistant &draft,
                               const std::shared_ptr<CreateAttempt> &attempt)
{
    attempt->knownIds.clear();
    for (int row = 0; row < m_model->rowCount(); ++row)
        attempt->knownIds.insert(m_model->summaryAt(row).id());
    // A create is never retried automatically: a duplicate assistant is worse than an error.
    RevoxCall *call = m_client->createAssistant(AssistantPatch::forCreate(draft));
    connect(call, &RevoxCall::finished, dialog, [this, call, dialog, draft, attempt] {
        if (call->succeeded()) {
            showCreated(dialog, call->assistant(), tr("Created “%1”.").arg(call->assistant().name()));
        } else if (call->error().mayHaveBeenApplied()) {
            // The answer was lost, not necessarily the assistant: look before anyone presses Create again.
            attempt->uncertain = true;
            checkCreated(dialog, draft, attempt, call->error());
        } else {
            dialog->showError(describe(call->error()));
        }
    });
}

void MainWindow::checkCreated(NewAssistantDialog *dialog, const Assistant &draft,
                              const std::shared_ptr<CreateAttempt> &attempt, const ApiError &createError)
{
    RevoxCall *list = m_client->listAssistants();
    connect(list, &RevoxCall::finished, dialog, [this, list, dialog, draft, attempt, createError] {
        if (!list->succeeded()) {
            const ApiError &shown = createError ? createError : list->error();
            dialog->showError(describe(shown) + u'\n'
                              + tr("The server may have created it before the answer was lost. Press Create "
                                   "again: Revox Studio checks the list first and creates it only if it is not "
                                   "there."));
            return;
        }
        for (const AssistantSummary &summary : list->summaries()) {
            if (attempt->knownIds.contains(summary.id()) || summary.name() != draft.name())
                continue;
            const Assistant assistant = summary.assistant();
            if (assistant.prompt() == draft.prompt()) {
                m_model->setSummaries(list->summaries());
                showCreated(
                    dialog, assistant,
                    tr("Created “%1” (its answer was lost on the way, but the server has it).").arg(assistant.name()));
                return;
            }
        }
        attempt->uncertain = false;
        if (createError)
            dialog->showError(describe(createError) + u'\n' + tr("It was not created. You can try again."));
        else
            postAssistant(dialog, draft, attempt);
    });
}

void MainWindow::showCreated(NewAssistantDialog *dialog, const Assistant &created, const QString &message)
{
    m_model->replaceAssistant(created);
    m_search->clear();
    selectAssistant(created.id());
    statusBar()->showMessage(message, kStatusMessageMs);
    dialog->accept();
}

void MainWindow::cloneSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QString name = m_model->summaryAt(m_model->rowOf(id)).name();
    statusBar()->showMessage(tr("Cloning “%1”…").arg(name));
    RevoxCall *call = m_client->cloneAssistant(id);
    connect(call, &RevoxCall::finished, this, [this, call, name] {
        statusBar()->clearMessage();
        if (!call->succeeded()) {
            m_errorBanner->setProperty("action", QString());
            m_errorBanner->showMessage(Banner::Kind::Error,
                                       tr("“%1” could not be cloned. %2").arg(name, describe(call->error())));
            return;
        }
        m_model->replaceAssistant(call->assistant());
        m_search->clear();
        selectAssistant(call->assistant().id());
        statusBar()->showMessage(tr("Cloned “%1” as “%2”.").arg(name, call->assistant().name()), kStatusMessageMs);
    });
}

void MainWindow::deleteSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QString name = m_model->summaryAt(m_model->rowOf(id)).name();
    QMessageBox confirm(QMessageBox::Warning, tr("Delete Assistant"),
                        tr("Delete the assistant “%1” from %2?").arg(name, m_current.name), QMessageBox::NoButton,
                        this);
    confirm.setObjectName(QStringLiteral("deleteConfirmation"));
    confirm.setInformativeText(
        tr("ID: %1\nCalls that use this assistant will stop working. This cannot be undone.").arg(id));
    QPushButton *deleteButton = confirm.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("confirmDelete"));
    confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != deleteButton)
        return;

    RevoxCall *call = m_client->deleteAssistant(id);
    connect(call, &RevoxCall::finished, this, [this, call, id, name] {
        // 404: somebody deleted it already; the outcome the user asked for holds.
        if (!call->succeeded() && call->error().httpStatus() != 404) {
            m_errorBanner->setProperty("action", QString());
            m_errorBanner->showMessage(Banner::Kind::Error,
                                       tr("“%1” could not be deleted. %2").arg(name, describe(call->error())));
            return;
        }
        if (AssistantEditor *editor = editorFor(id))
            removeTab(m_tabs->indexOf(editor));
        m_model->removeAssistant(id);
        statusBar()->showMessage(tr("Deleted “%1”.").arg(name), kStatusMessageMs);
    });
}

void MainWindow::openSelected()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        openAssistant(id);
}

QList<AssistantEditor *> MainWindow::editors() const
{
    QList<AssistantEditor *> result;
    for (int index = 1; index < m_tabs->count(); ++index) {
        if (auto *editor = qobject_cast<AssistantEditor *>(m_tabs->widget(index)))
            result.append(editor);
    }
    return result;
}

AssistantEditor *MainWindow::editorFor(const QString &id) const
{
    for (AssistantEditor *editor : editors()) {
        if (editor->assistantId() == id)
            return editor;
    }
    return nullptr;
}

AssistantEditor *MainWindow::openAssistant(const QString &id)
{
    if (AssistantEditor *open = editorFor(id)) {
        m_tabs->setCurrentWidget(open);
        return open;
    }
    const std::optional<Assistant> assistant = m_model->assistant(id);
    return assistant ? openEditor(*assistant) : nullptr;
}

AssistantEditor *MainWindow::openEditor(const Assistant &base)
{
    auto *editor = new AssistantEditor(base, m_tabs);
    const QString id = base.id();
    editor->setObjectName(QStringLiteral("editor:%1").arg(id));
    editor->setVoices(m_voices);
    connect(editor, &AssistantEditor::titleChanged, this,
            [this, editor](const QString &title) { m_tabs->setTabText(m_tabs->indexOf(editor), title); });
    connect(editor, &AssistantEditor::saveRequested, this, &MainWindow::saveEditor);
    // Every change (typing, undo, redo, a merge) reaches the draft within a second.
    connect(editor->undoStack(), &QUndoStack::indexChanged, this, [this, editor] { scheduleDraft(editor); });
    connect(editor, &AssistantEditor::modifiedChanged, this, [this, editor] { scheduleDraft(editor); });
    const int index = m_tabs->addTab(editor, editor->title());
    m_tabs->setTabToolTip(index, id);
    m_tabs->setCurrentIndex(index);
    return editor;
}

// --- drafts --------------------------------------------------------------------------------

void MainWindow::scheduleDraft(AssistantEditor *editor)
{
    auto *timer = editor->findChild<QTimer *>(QStringLiteral("draftTimer"));
    if (!timer) {
        timer = new QTimer(editor);
        timer->setObjectName(QStringLiteral("draftTimer"));
        timer->setSingleShot(true);
        timer->setInterval(kDraftDelayMs);
        connect(timer, &QTimer::timeout, this, [this, editor] { writeDraft(editor); });
    }
    if (!timer->isActive()) // not restarted while typing: the draft is never older than the delay
        timer->start();
}

void MainWindow::writeDraft(AssistantEditor *editor)
{
    if (!m_drafts)
        return;
    if (!editor->isModified()) {
        m_drafts->remove(m_current.id, editor->assistantId());
        return;
    }
    QString error;
    if (!m_drafts->save(
            {m_current.id, editor->assistantId(), editor->base(), editor->edited(), QDateTime::currentDateTimeUtc()},
            &error))
        statusBar()->showMessage(tr("Could not keep a draft of “%1”: %2").arg(editor->base().name(), error));
}

void MainWindow::offerDrafts()
{
    if (!m_drafts)
        return;
    QStringList names;
    for (const Draft &draft : m_drafts->drafts(m_current.id)) {
        if (!editorFor(draft.assistantId))
            names.append(QStringLiteral("“%1”").arg(draft.edited.name()));
    }
    if (names.isEmpty())
        return;
    m_draftBanner->showMessage(Banner::Kind::Warning,
                               names.size() == 1
                                   ? tr("Unsaved edits of %1 were kept from an earlier session.").arg(names.first())
                                   : tr("Unsaved edits of %1 assistants were kept from an earlier session: %2.")
                                         .arg(names.size())
                                         .arg(names.join(QStringLiteral(", "))),
                               tr("Review…"));
}

void MainWindow::reviewDrafts()
{
    QList<Draft> drafts;
    for (const Draft &draft : m_drafts->drafts(m_current.id)) {
        if (!editorFor(draft.assistantId))
            drafts.append(draft);
    }
    DraftRestoreDialog dialog(drafts, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const Draft &draft : dialog.toDiscard())
        m_drafts->remove(draft.connectionId, draft.assistantId);
    for (const Draft &draft : dialog.toRestore()) {
        // The draft's own base, not today's server copy: the save then merges what changed meanwhile.
        AssistantEditor *editor = openEditor(draft.base);
        editor->setEdited(draft.edited);
    }
    m_draftBanner->hide();
    offerDrafts(); // what was left for later is offered again
}

void MainWindow::saveEditor(const QString &id, const AssistantPatch &patch)
{
    Q_UNUSED(patch) // recomputed after the merge: the server may have moved on since it was made
    if (AssistantEditor *editor = editorFor(id))
        mergeAndSave(editor, 1);
}

void MainWindow::mergeAndSave(AssistantEditor *editor, int attempt)
{
    statusBar()->showMessage(tr("Saving “%1”…").arg(editor->base().name()));
    RevoxCall *read = m_client->getAssistant(editor->assistantId());
    connect(read, &RevoxCall::finished, editor, [this, read, editor, attempt] {
        if (!read->succeeded()) {
            finishSaveFailed(editor, read->error());
            return;
        }
        const Assistant serverCopy = read->assistant();
        if (AssistantPatch::between(editor->base(), serverCopy).isEmpty()) {
            sendPatch(editor, serverCopy, read->etag(), attempt);
            return;
        }
        // Changed elsewhere since this editor loaded it: take in what only they changed, keep what
        // only the user changed, and let the user decide where both did.
        AssistantMerge merge(editor->base(), editor->edited(), serverCopy);
        if (merge.hasConflicts()) {
            ConflictDialog dialog(merge, this);
            if (dialog.exec() != QDialog::Accepted) {
                finishSaveFailed(editor, ApiError::aborted());
                return;
            }
        }
        const Assistant merged = merge.merged();
        editor->rebase(serverCopy);
        editor->setEdited(merged);
        QStringList taken;
        for (const QString &key : merge.takenFromServer()) {
            const FieldSpec *spec = AssistantSchema::field(key);
            taken.append(spec ? spec->displayLabel() : key);
        }
        if (!taken.isEmpty())
            statusBar()->showMessage(tr("Took in changes made elsewhere to %1.").arg(taken.join(QStringLiteral(", "))),
                                     kStatusMessageMs);
        sendPatch(editor, serverCopy, read->etag(), attempt);
    });
}

void MainWindow::sendPatch(AssistantEditor *editor, const Assistant &serverCopy, const QByteArray &etag, int attempt)
{
    const AssistantPatch patch = AssistantPatch::between(serverCopy, editor->edited());
    const QString connection = m_current.id;
    if (patch.isEmpty()) { // every difference was settled in the server's favour
        editor->saveSucceeded(serverCopy);
        if (connection == m_current.id)
            m_model->replaceAssistant(serverCopy);
        writeDraft(editor);
        statusBar()->showMessage(tr("Nothing left to save: the server already holds these values."), kStatusMessageMs);
        return;
    }
    RevoxCall *call = m_client->updateAssistant(editor->assistantId(), patch, etag);
    connect(call, &RevoxCall::finished, editor, [this, call, editor, connection, attempt] {
        if (!call->succeeded()) {
            // 412: it changed between our read and our write. Read and merge again, once.
            if (call->error().httpStatus() == 412 && attempt < 2) {
                mergeAndSave(editor, attempt + 1);
                return;
            }
            finishSaveFailed(editor, call->error());
            return;
        }
        statusBar()->clearMessage();
        const Assistant saved = call->assistant();
        editor->saveSucceeded(saved);
        writeDraft(editor); // removes it, unless the user typed on while the save ran
        if (connection == m_current.id)
            m_model->replaceAssistant(saved);
        statusBar()->showMessage(tr("Saved “%1”.").arg(saved.name()), kStatusMessageMs);
        if (m_closeAfterSave.remove(editor) && !editor->isModified())
            removeTab(m_tabs->indexOf(editor));
    });
}

void MainWindow::finishSaveFailed(AssistantEditor *editor, const ApiError &error)
{
    statusBar()->clearMessage();
    editor->saveFailed(error);
    m_closeAfterSave.remove(editor);
    writeDraft(editor); // the edits survive a crash while the user decides what to do
}

bool MainWindow::confirmDiscardingEdits(const QString &what)
{
    QStringList names;
    for (AssistantEditor *editor : editors()) {
        if (editor->isModified())
            names.append(editor->base().name());
    }
    if (names.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, what,
                    names.size() == 1 ? tr("1 assistant has unsaved changes:")
                                      : tr("%1 assistants have unsaved changes:").arg(names.size()),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("unsavedChanges"));
    box.setInformativeText(QStringLiteral("• ") + names.join(QStringLiteral("\n• "))
                           + tr("\n\nDiscard these changes?"));
    QPushButton *discard = box.addButton(tr("Discard Changes"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardChanges"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == discard;
}

void MainWindow::closeTab(int index)
{
    auto *editor = qobject_cast<AssistantEditor *>(m_tabs->widget(index));
    if (!editor || !editor->isModified()) {
        removeTab(index);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Close Editor"),
                    tr("“%1” has unsaved changes.").arg(editor->base().name()), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("closeModifiedEditor"));
    box.setInformativeText(tr("Save them before closing?"));
    QPushButton *save = box.addButton(tr("Save…"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveBeforeClosing"));
    QPushButton *discard = box.addButton(tr("Discard Changes"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardChanges"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() == discard) {
        removeTab(index);
    } else if (box.clickedButton() == save) {
        m_tabs->setCurrentIndex(index);
        m_closeAfterSave.insert(editor);
        editor->save();
        if (!editor->isSaving()) // nothing sent (problems, or the review was cancelled): stay open
            m_closeAfterSave.remove(editor);
    }
}

void MainWindow::removeTab(int index)
{
    if (index <= 0 || index >= m_tabs->count())
        return;
    QWidget *page = m_tabs->widget(index);
    if (auto *editor = qobject_cast<AssistantEditor *>(page)) {
        m_closeAfterSave.remove(editor);
        // Closing an editor ends its draft: the edits were saved, or the user chose to discard them.
        if (m_drafts)
            m_drafts->remove(m_current.id, editor->assistantId());
    }
    m_tabs->removeTab(index);
    page->deleteLater();
}

void MainWindow::copySelectedId()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(id);
    statusBar()->showMessage(tr("Copied ID %1").arg(id), kStatusMessageMs);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Revox Studio"),
                       tr("<h3>Revox Studio %1</h3><p>A desktop editor for Revox voice-AI assistants.</p>"
                          "<p>Without an API key it works on a built-in sandbox server with sample data.</p>")
                           .arg(QStringLiteral(REVOX_VERSION)));
}
