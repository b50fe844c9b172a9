// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantProxyModel.h"

#include "AssistantTableModel.h"

AssistantProxyModel::AssistantProxyModel(AssistantTableModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    setSortRole(AssistantTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AssistantProxyModel::setSearchText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_folded)
        return;
    m_folded = folded;
    m_matcher.setPattern(m_folded);
    invalidateRowsFilter();
}

bool AssistantProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return m_folded.isEmpty() || m_matcher.indexIn(m_model->searchTextAt(sourceRow)) >= 0;
}
