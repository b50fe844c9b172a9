// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalModel.h"

#include "JournalIndex.h"
#include "JournalStore.h"
#include "JournalText.h"
#include "core/LocaleFormat.h"

#include <QLocale>

JournalModel::JournalModel(JournalStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (m_store) {
        connect(m_store, &JournalStore::entryChanged, this, &JournalModel::onEntryChanged);
        connect(m_store, &JournalStore::reopened, this, &JournalModel::reload);
    }
}

void JournalModel::reload()
{
    if (m_index) {
        m_index->clear();
        if (m_store)
            m_index->load(*m_store);
    }
    setFilter(m_filter);
}

void JournalModel::setIndex(JournalIndex *index)
{
    m_index = index;
    if (m_index && m_store)
        m_index->load(*m_store);
}

QList<qint64> JournalModel::filtered() const
{
    if (!m_store)
        return {};
    return m_index ? m_index->ids(m_filter) : m_store->ids(m_filter);
}

void JournalModel::setFilter(const JournalFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_ids = filtered();
    m_blocks.clear();
    endResetModel();
}

void JournalModel::refresh()
{
    if (m_index && m_store)
        m_index->load(*m_store);
    QList<qint64> ids = filtered();
    const qsizetype added = ids.size() - m_ids.size();
    // The usual change: entries written since, at the top, and the rest as they were.
    if (added > 0 && std::equal(m_ids.cbegin(), m_ids.cend(), ids.cbegin() + added)) {
        beginInsertRows({}, 0, int(added - 1));
        m_ids = std::move(ids);
        m_blocks.clear(); // rows moved down: every block shifts
        endInsertRows();
        return;
    }
    if (ids == m_ids) {
        m_blocks.clear();
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_ids = std::move(ids);
    m_blocks.clear();
    endResetModel();
}

void JournalModel::setFollowing(bool follow)
{
    m_following = follow;
}

void JournalModel::onEntryChanged(qint64 id)
{
    if (!m_following)
        return;
    if (m_index && m_store)
        m_index->refresh(*m_store, id);
    const int row = rowOf(id);
    if (row < 0) {
        refresh(); // a new entry, or one the filter now lets through
        return;
    }
    m_blocks.remove(row / kBlockSize);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

qint64 JournalModel::entryId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int JournalModel::rowOf(qint64 id) const
{
    // Newest first: the ids fall, so a binary search finds a row without an index of its own.
    const auto it = std::lower_bound(m_ids.cbegin(), m_ids.cend(), id, std::greater<qint64>());
    return it != m_ids.cend() && *it == id ? int(it - m_ids.cbegin()) : -1;
}

JournalEntry JournalModel::header(int row) const
{
    const JournalEntry *entry = headerAt(row);
    return entry ? *entry : JournalEntry();
}

const JournalEntry *JournalModel::headerAt(int row) const
{
    if (row < 0 || row >= m_ids.size() || !m_store)
        return nullptr;
    const int block = row / kBlockSize;
    auto it = m_blocks.find(block);
    if (it == m_blocks.end()) {
        const QList<qint64> ids = m_ids.mid(qsizetype(block) * kBlockSize, kBlockSize);
        QList<JournalEntry> headers = m_store->headers(ids);
        if (headers.size() != ids.size()) { // pruned meanwhile: keep rows aligned with ids
            QHash<qint64, JournalEntry> found;
            for (const JournalEntry &entry : std::as_const(headers))
                found.insert(entry.id, entry);
            headers.clear();
            for (const qint64 id : ids) {
                JournalEntry entry = found.value(id);
                entry.id = id;
                headers.append(entry);
            }
        }
        it = m_blocks.insert(block, headers);
    }
    return &it->at(row % kBlockSize);
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    const JournalEntry *entry = index.isValid() ? headerAt(index.row()) : nullptr;
    if (!entry)
        return {};
    switch (role) {
    case EntryIdRole:
        return entry->id;
    case OperationRole:
        return int(entry->operation);
    case StatusRole:
        return int(entry->status);
    case AssistantIdRole:
        return entry->assistantId;
    case ConnectionIdRole:
        return entry->connectionId;
    case BatchIdRole:
        return entry->batchId;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Column::Time:
        return role == Qt::ToolTipRole ? QLocale().toString(entry->started.toLocalTime(), QLocale::LongFormat)
                                       : LocaleFormat::dateTime(entry->started);
    case Column::Connection:
        return entry->connectionName;
    case Column::Assistant:
        return role == Qt::ToolTipRole ? tr("%1\nID %2").arg(entry->assistantName, entry->assistantId)
                                       : QVariant(entry->assistantName);
    case Column::Operation:
        return entry->batchId
            ? tr("%1 (batch %2)").arg(JournalText::operationText(entry->operation)).arg(entry->batchId)
            : JournalText::operationText(entry->operation);
    case Column::Change:
        return entry->summary;
    case Column::Status:
        return role == Qt::ToolTipRole && !entry->message.isEmpty() ? entry->message : JournalText::statusText(*entry);
    case Column::Count:
        break;
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Connection:
        return tr("Connection");
    case Column::Assistant:
        return tr("Assistant");
    case Column::Operation:
        return tr("Change");
    case Column::Change:
        return tr("What changed");
    case Column::Status:
        return tr("Outcome");
    case Column::Count:
        break;
    }
    return {};
}
