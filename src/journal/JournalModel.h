// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalEntry.h"
#include "JournalFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

class JournalIndex;
class JournalStore;

// The journal entries a filter lets through, newest first, for the History page and the Changes window.
// Filtering runs in SQLite and yields only ids (one pass over a narrow table); a row's text is read when a
// view asks for it, a block of rows at a time, so 100,000 entries cost what the visible ones cost.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Time, Connection, Assistant, Operation, Change, Status, Count };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        OperationRole, // JournalEntry::Operation as int
        StatusRole, // JournalEntry::Status as int
        AssistantIdRole,
        ConnectionIdRole,
        BatchIdRole,
    };

    explicit JournalModel(JournalStore *store, QObject *parent = nullptr);

    // Runs the filter; the rows follow.
    void setFilter(const JournalFilter &filter);
    const JournalFilter &filter() const { return m_filter; }
    // Runs the filter again: new entries come in at the top without a reset, so views keep their selection.
    void refresh();
    // Filters in memory with `index` (loaded and kept up to date here; it must outlive the model) instead of
    // in SQLite: for the whole journal, where a keystroke must not read the disk.
    void setIndex(JournalIndex *index);
    // Reads everything again (the index too): after old entries were removed, or the journal started afresh.
    void reload();
    // Whether the journal's changes show at once (the store's signals) or only on refresh(). On by default.
    void setFollowing(bool follow);

    qint64 entryId(int row) const;
    int rowOf(qint64 id) const; // -1 when the filter leaves it out
    JournalEntry header(int row) const; // without values (JournalStore::headers)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr int kBlockSize = 128;

    const JournalEntry *headerAt(int row) const;
    void onEntryChanged(qint64 id);

    QList<qint64> filtered() const;

    QPointer<JournalStore> m_store;
    JournalIndex *m_index = nullptr;
    JournalFilter m_filter;
    QList<qint64> m_ids;
    mutable QHash<int, QList<JournalEntry>> m_blocks; // block number → its rows' headers
    bool m_following = true;
};
