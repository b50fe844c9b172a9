// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangesWindow.h"

#include "EntryDetails.h"
#include "core/LocaleFormat.h"
#include "journal/JournalModel.h"
#include "journal/JournalStore.h"
#include "journal/JournalText.h"
#include "ui/AccessibleNames.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ChangesWindow::ChangesWindow(JournalStore *store, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_model(new JournalModel(store, this))
    , m_search(new QLineEdit(this))
    , m_assistant(new QLineEdit(this))
    , m_connection(new QComboBox(this))
    , m_operation(new QComboBox(this))
    , m_fromEnabled(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(this))
    , m_toEnabled(new QCheckBox(tr("&To"), this))
    , m_to(new QDateEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_details(new EntryDetails(this))
    , m_open(new QPushButton(tr("&Open Assistant"), this))
    , m_restore(new QPushButton(tr("&Restore Deleted Assistant…"), this))
    , m_revertBatch(new QPushButton(tr("Revert &Batch…"), this))
    , m_check(new QPushButton(tr("C&heck Against Server"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_retention(new QPushButton(tr("&Keep History…"), this))
{
    setObjectName(QStringLiteral("changesWindow"));
    setWindowTitle(tr("Changes — Revox Studio"));
    resize(1200, 760);
    buildFilters();

    m_table->setObjectName(QStringLiteral("changesTable"));
    m_table->setAccessibleName(tr("Changes"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab goes on to the buttons; arrows move between rows
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(int(JournalModel::Column::Change), QHeaderView::Stretch);
    m_table->setColumnWidth(int(JournalModel::Column::Time),
                            m_table->fontMetrics().horizontalAdvance(
                                LocaleFormat::dateTime(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59))))
                                + 24);
    m_table->setColumnWidth(int(JournalModel::Column::Connection), 110);
    m_table->setColumnWidth(int(JournalModel::Column::Assistant), 220);
    m_table->setColumnWidth(int(JournalModel::Column::Operation), 130);
    m_table->setColumnWidth(int(JournalModel::Column::Status), 200);
    m_count->setObjectName(QStringLiteral("changesCount"));
    m_details->setObjectName(QStringLiteral("changesDetails"));

    const QList<std::pair<QPushButton *, const char *>> buttons{
        {m_open, "openEntry"},     {m_restore, "restoreDeleted"}, {m_revertBatch, "revertBatch"},
        {m_check, "checkEntries"}, {m_export, "exportChanges"},   {m_retention, "retention"}};
    for (const auto &[button, name] : buttons)
        button->setObjectName(QLatin1String(name));
    m_open->setToolTip(tr("Open the assistant at this change (Enter)"));
    m_restore->setToolTip(tr("Create the deleted assistant again, from what the journal kept (a new ID)"));
    m_revertBatch->setToolTip(tr("Put back every change of this entry's batch, assistant by assistant"));
    m_check->setToolTip(tr("Read the server to tell whether a change of unknown outcome was made"));
    m_export->setToolTip(tr("Write the changes shown as JSON Lines, one change per line"));
    m_retention->setToolTip(tr("How long the journal keeps changes"));
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRequested(selectedEntry()); });
    connect(m_restore, &QPushButton::clicked, this, [this] { emit restoreRequested(selectedEntry()); });
    connect(m_revertBatch, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            emit revertBatchRequested(rows.first().data(JournalModel::BatchIdRole).toLongLong());
    });
    connect(m_check, &QPushButton::clicked, this, [this] { emit checkRequested(selectedEntry()); });
    connect(m_export, &QPushButton::clicked, this, [this] { emit exportRequested(filter()); });
    connect(m_retention, &QPushButton::clicked, this, &ChangesWindow::retentionRequested);
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_open->isEnabled())
            m_open->click();
    });
    auto *close = new QAction(tr("Close the Window"), this);
    // Ctrl+W and Esc on every desktop, and the platform's own Close keys.
    QList<QKeySequence> closeKeys{QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Close)) {
        if (!closeKeys.contains(key))
            closeKeys.append(key);
    }
    close->setShortcuts(closeKeys);
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
    auto *find = new QAction(tr("Search the Changes"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(m_retention);
    actions->addWidget(m_export);
    actions->addSpacing(12);
    actions->addWidget(m_check);
    actions->addWidget(m_revertBatch);
    actions->addWidget(m_restore);
    actions->addWidget(m_open);
    // Tab goes along the row as it is laid out, left to right.
    const QList<QWidget *> row{m_retention, m_export, m_check, m_revertBatch, m_restore, m_open};
    for (qsizetype i = 1; i < row.size(); ++i)
        QWidget::setTabOrder(row.at(i - 1), row.at(i));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("changesSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    static_cast<QVBoxLayout *>(layout())->addWidget(splitter, 1);
    static_cast<QVBoxLayout *>(layout())->addLayout(actions);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChangesWindow::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChangesWindow::onSelectionChanged);
    const auto count = [this] {
        m_count->setText(tr("%n change(s) shown", nullptr, m_model->rowCount()));
        onSelectionChanged();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, count);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, count);
    onSelectionChanged();
}

void ChangesWindow::buildFilters()
{
    m_search->setObjectName(QStringLiteral("changesSearch"));
    m_search->setAccessibleDescription(tr("Search changes"));
    m_search->setPlaceholderText(tr("Words in the change: a field, a value, a name (%1)")
                                     .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    m_assistant->setObjectName(QStringLiteral("changesAssistant"));
    m_assistant->setAccessibleDescription(tr("Assistant name or ID"));
    m_assistant->setPlaceholderText(tr("Name or ID"));
    m_assistant->setClearButtonEnabled(true);
    m_connection->setObjectName(QStringLiteral("changesConnection"));
    m_operation->setObjectName(QStringLiteral("changesOperation"));
    m_operation->setAccessibleDescription(tr("Kind of change"));
    m_operation->addItem(tr("Any change"), QString());
    for (const JournalEntry::Operation operation : JournalEntry::allOperations())
        m_operation->addItem(JournalText::operationText(operation), JournalEntry::operationName(operation));
    for (const auto &[check, date, name] :
         {std::tuple{m_fromEnabled, m_from, "changesFrom"}, std::tuple{m_toEnabled, m_to, "changesTo"}}) {
        check->setObjectName(QLatin1String(name) + QStringLiteral("Enabled"));
        check->setAccessibleName(check == m_fromEnabled ? tr("Only changes from a date")
                                                        : tr("Only changes to a date"));
        date->setObjectName(QLatin1String(name));
        date->setAccessibleName(check == m_fromEnabled ? tr("From date") : tr("To date"));
        date->setCalendarPopup(true);
        date->setDate(QDate::currentDate());
        date->setDisplayFormat(LocaleFormat::dateFormat());
        date->setEnabled(false);
        connect(check, &QCheckBox::toggled, date, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &ChangesWindow::applyFilter);
        connect(date, &QDateEdit::dateChanged, this, &ChangesWindow::applyFilter);
    }
    m_from->setDate(QDate::currentDate().addDays(-30));
    connect(m_search, &QLineEdit::textChanged, this, &ChangesWindow::applyFilter);
    connect(m_assistant, &QLineEdit::textChanged, this, &ChangesWindow::applyFilter);
    connect(m_connection, &QComboBox::currentIndexChanged, this, &ChangesWindow::applyFilter);
    connect(m_operation, &QComboBox::currentIndexChanged, this, &ChangesWindow::applyFilter);

    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *result = new QLabel(text, this);
        result->setBuddy(buddy);
        return result;
    };
    auto *grid = new QGridLayout;
    grid->addWidget(label(tr("&Search:"), m_search), 0, 0);
    grid->addWidget(m_search, 0, 1, 1, 3);
    grid->addWidget(label(tr("&Assistant:"), m_assistant), 0, 4);
    grid->addWidget(m_assistant, 0, 5);
    grid->addWidget(label(tr("Co&nnection:"), m_connection), 1, 0);
    grid->addWidget(m_connection, 1, 1);
    grid->addWidget(label(tr("&Change:"), m_operation), 1, 2);
    grid->addWidget(m_operation, 1, 3);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_fromEnabled);
    dates->addWidget(m_from);
    dates->addSpacing(8);
    dates->addWidget(m_toEnabled);
    dates->addWidget(m_to);
    dates->addStretch(1);
    grid->addLayout(dates, 1, 4, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(grid);
    AccessibleNames::fromLabels(this);
}

void ChangesWindow::setCurrentConnection(const QString &id, const QList<std::pair<QString, QString>> &known)
{
    m_currentConnection = id;
    m_knownConnections = known;
    fillConnections();
    // The window follows the live connection; the filter can still be set to any other.
    const int index = m_connection->findData(id);
    if (index >= 0 && index != m_connection->currentIndex())
        m_connection->setCurrentIndex(index); // applies the filter
}

void ChangesWindow::fillConnections()
{
    const QSignalBlocker blocker(m_connection);
    const QString selected = m_connection->count() ? m_connection->currentData().toString() : m_currentConnection;
    m_connection->clear();
    m_connection->addItem(tr("All connections"), QString());
    QList<std::pair<QString, QString>> connections = m_knownConnections;
    for (const std::pair<QString, QString> &known : m_store->connections()) {
        // Not a structured binding: clang 14 (the sanitizer build) cannot capture one in a lambda.
        if (std::none_of(connections.cbegin(), connections.cend(),
                         [&known](const auto &c) { return c.first == known.first; }))
            connections.append(known);
    }
    for (const auto &[id, name] : std::as_const(connections))
        m_connection->addItem(name, id);
    const int index = m_connection->findData(selected);
    m_connection->setCurrentIndex(index >= 0 ? index : 0);
}

void ChangesWindow::showEvent(QShowEvent *event)
{
    if (!m_filled) {
        m_filled = true;
        fillConnections();
        m_model->setIndex(&m_index); // reads the journal's filter facts once; later entries come in as they are written
        applyFilter();
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    }
    m_search->setFocus(Qt::OtherFocusReason);
    QWidget::showEvent(event);
}

JournalFilter ChangesWindow::filter() const
{
    JournalFilter filter;
    filter.connectionId = m_connection->currentData().toString();
    filter.assistantText = m_assistant->text();
    filter.operation = JournalEntry::operationFromName(m_operation->currentData().toString());
    if (m_fromEnabled->isChecked())
        filter.from = m_from->date();
    if (m_toEnabled->isChecked())
        filter.to = m_to->date();
    filter.text = m_search->text();
    return filter;
}

void ChangesWindow::applyFilter()
{
    if (!m_filled)
        return;
    const qint64 selected = selectedEntry();
    m_model->setFilter(filter());
    if (selected && !selectEntry(selected) && m_model->rowCount() > 0)
        m_table->selectRow(0);
}

qint64 ChangesWindow::selectedEntry() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->entryId(rows.first().row());
}

bool ChangesWindow::selectEntry(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void ChangesWindow::onSelectionChanged()
{
    const qint64 id = selectedEntry();
    const std::optional<JournalEntry> entry = id ? m_store->entry(id) : std::nullopt;
    if (entry)
        m_details->showEntry(*entry);
    else
        m_details->showNothing(m_model->rowCount() ? QString() : tr("No change matches these filters."));
    const bool done = entry && entry->status == JournalEntry::Status::Succeeded;
    m_open->setEnabled(entry && !entry->assistantId.isEmpty() && entry->operation != JournalEntry::Operation::Delete);
    m_restore->setEnabled(done && entry->operation == JournalEntry::Operation::Delete);
    m_revertBatch->setEnabled(done && entry->batchId != 0);
    m_check->setEnabled(entry && entry->status == JournalEntry::Status::Unknown);
}
