// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantListPage.h"

#include "core/AssistantProxyModel.h"
#include "core/AssistantTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const QString kHeaderStateKey = QStringLiteral("mainWindow/tableHeader");

} // namespace

AssistantListPage::AssistantListPage(AssistantTableModel *model, AssistantProxyModel *proxy, QSettings *settings,
                                     QWidget *parent)
    : QStackedWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_settings(settings)
    , m_table(new QTableView(this))
    , m_emptyPage(new QWidget(this))
    , m_emptyState(new QLabel(m_emptyPage))
    , m_emptyStateAction(new QPushButton(m_emptyPage))
    , m_columnsMenu(new QMenu(tr("&Columns"), this))
{
    m_table->setObjectName(QStringLiteral("assistantTable"));
    m_table->setAccessibleName(tr("Assistants"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(AssistantTableModel::Column::Name), Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { m_columnsMenu->exec(header->mapToGlobal(pos)); });
    const QList<int> widths = {300, 200, 200, 140, 110, 110, 150, 150, 290};
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths.at(column));

    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
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

    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextInteractionFlags(Qt::TextSelectableByMouse); // an error's words can be copied
    m_emptyStateAction->setObjectName(QStringLiteral("emptyStateAction"));
    m_emptyStateAction->hide();
    connect(m_emptyStateAction, &QPushButton::clicked, this, &AssistantListPage::actionTriggered);
    auto *layout = new QVBoxLayout(m_emptyPage);
    layout->addStretch(1);
    layout->addWidget(m_emptyState);
    layout->addWidget(m_emptyStateAction, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    addWidget(m_table);
    addWidget(m_emptyPage);
    restoreLayout();
}

void AssistantListPage::restoreLayout()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(m_settings->value(kHeaderStateKey).toByteArray()))
        m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    // Saved as soon as they change: a crash must not lose a carefully arranged table.
    connect(header, &QHeaderView::sectionResized, this, &AssistantListPage::saveLayout);
    connect(header, &QHeaderView::sectionMoved, this, &AssistantListPage::saveLayout);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &AssistantListPage::saveLayout);
    connect(header, &QHeaderView::sectionCountChanged, this, &AssistantListPage::saveLayout);
    for (QAction *toggle : m_columnsMenu->actions())
        connect(toggle, &QAction::toggled, this, &AssistantListPage::saveLayout);
}

void AssistantListPage::saveLayout()
{
    m_settings->setValue(kHeaderStateKey, m_table->horizontalHeader()->saveState());
}

QString AssistantListPage::selectedId() const
{
    const QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row(), current.parent()))
        return current.data(AssistantTableModel::IdRole).toString();
    const QStringList ids = selectedIds();
    return ids.isEmpty() ? QString() : ids.first();
}

QStringList AssistantListPage::selectedIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    ids.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(row.data(AssistantTableModel::IdRole).toString());
    return ids;
}

void AssistantListPage::selectAssistants(const QStringList &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue;
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
}

void AssistantListPage::selectAssistant(const QString &id)
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

void AssistantListPage::showMessage(const QString &message, const QString &actionText, const QString &accessibleName)
{
    const bool hadFocus = m_table->hasFocus() || m_emptyStateAction->hasFocus();
    m_emptyState->setText(message);
    m_emptyStateAction->setText(actionText);
    m_emptyStateAction->setAccessibleName(accessibleName.isEmpty() ? actionText : accessibleName);
    m_emptyStateAction->setVisible(!message.isEmpty() && !actionText.isEmpty());
    setCurrentWidget(message.isEmpty() ? m_table : m_emptyPage);
    if (hadFocus && !m_emptyStateAction->isHidden() && isVisible())
        m_emptyStateAction->setFocus(Qt::OtherFocusReason); // Enter or Space retries at once
}
