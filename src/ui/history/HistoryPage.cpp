// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryPage.h"

#include "EntryDetails.h"
#include "journal/JournalModel.h"
#include "journal/JournalStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

HistoryPage::HistoryPage(JournalStore *store, const QString &connectionId, const QString &assistantId, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_connectionId(connectionId)
    , m_assistantId(assistantId)
    , m_model(new JournalModel(store, this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new EntryDetails(this))
    , m_revert(new QPushButton(tr("&Revert This Change"), this))
    , m_restoreAsOf(new QPushButton(tr("Restore &as of This Change"), this))
    , m_check(new QPushButton(tr("Chec&k Against Server"), this))
{
    setObjectName(QStringLiteral("historyPage"));
    auto *heading = new QLabel(tr("<b>History</b> — every change made to this assistant from this machine, newest "
                                  "first. Putting one back makes ordinary edits: review them and save."),
                               this);
    heading->setWordWrap(true);
    m_count->setObjectName(QStringLiteral("historyCount"));

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Changes to this assistant"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setColumnHidden(int(JournalModel::Column::Connection), true);
    m_table->setColumnHidden(int(JournalModel::Column::Assistant), true);
    m_table->horizontalHeader()->setSectionResizeMode(int(JournalModel::Column::Change), QHeaderView::Stretch);
    m_table->setColumnWidth(int(JournalModel::Column::Time),
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + 24);
    m_table->setColumnWidth(int(JournalModel::Column::Operation), 150);
    m_table->setColumnWidth(int(JournalModel::Column::Status), 220);

    m_details->setObjectName(QStringLiteral("historyDetails"));
    for (auto [button, name] : {std::pair{m_revert, "revertChange"}, std::pair{m_restoreAsOf, "restoreAsOf"},
                                std::pair{m_check, "checkEntry"}}) {
        button->setObjectName(QLatin1String(name));
        button->setEnabled(false);
    }
    m_revert->setToolTip(tr("Put the values from before this change into the editor, as edits to review and save"));
    m_restoreAsOf->setToolTip(tr("Put back every later change, so the assistant is as it was right after this one"));
    m_check->setToolTip(tr("Read the assistant from the server to tell whether this change was made"));
    connect(m_revert, &QPushButton::clicked, this, [this] { emit revertRequested(selectedEntry()); });
    connect(m_restoreAsOf, &QPushButton::clicked, this, [this] { emit restoreAsOfRequested(selectedEntry()); });
    connect(m_check, &QPushButton::clicked, this, [this] { emit checkRequested(selectedEntry()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_check);
    buttons->addWidget(m_restoreAsOf);
    buttons->addWidget(m_revert);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(heading);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPage::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryPage::onSelectionChanged);
    const auto count = [this] { m_count->setText(tr("%n change(s)", nullptr, m_model->rowCount())); };
    connect(m_model, &QAbstractItemModel::modelReset, this, count);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, count);
}

void HistoryPage::showEvent(QShowEvent *event)
{
    load();
    QWidget::showEvent(event);
}

void HistoryPage::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_model->setFilter({.connectionId = m_connectionId, .assistantId = m_assistantId});
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        m_details->showNothing(tr("No change to this assistant was made from this machine yet (or the journal has "
                                  "let older ones go)."));
}

bool HistoryPage::selectEntry(qint64 id)
{
    load();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

qint64 HistoryPage::selectedEntry() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->entryId(rows.first().row());
}

void HistoryPage::onSelectionChanged()
{
    const qint64 id = selectedEntry();
    const std::optional<JournalEntry> entry = id ? m_store->entry(id) : std::nullopt;
    if (!entry) {
        m_details->showNothing();
        for (QPushButton *button : {m_revert, m_restoreAsOf, m_check})
            button->setEnabled(false);
        return;
    }
    m_details->showEntry(*entry);
    const bool done = entry->status == JournalEntry::Status::Succeeded;
    // Entries about this assistant, not the ones where it was the source of a copy.
    const bool own = entry->assistantId == m_assistantId;
    m_revert->setEnabled(own && done && entry->changesFields());
    m_restoreAsOf->setEnabled(own && done && (entry->changesFields() || entry->createsAssistant())
                              && m_store->hasChangesAfter(*entry));
    m_check->setEnabled(entry->status == JournalEntry::Status::Unknown);
}
