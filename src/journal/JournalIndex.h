// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalFilter.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <array>

class JournalStore;

// Everything a filter looks at, for every entry of the journal, in memory: the Changes window filters
// 100,000 entries on each keystroke without reading the disk. Gives the same answer as JournalStore::ids().
// While the user types on (the text grows, nothing else changes) only the entries that matched are searched.
class JournalIndex
{
public:
    // Reads what was added to the journal since the last call (everything, the first time).
    bool load(const JournalStore &store);
    // Reads one entry again (its outcome changed, or it is new).
    void refresh(const JournalStore &store, qint64 id);
    // Forgets everything, for a journal started afresh.
    void clear();

    QList<qint64> ids(const JournalFilter &filter) const; // newest first
    qsizetype size() const { return m_rows.size(); }
    qint64 lastId() const { return m_rows.isEmpty() ? 0 : m_rows.constLast().id; }

private:
    struct Row
    {
        qint64 id = 0;
        qint64 started = 0;
        qint64 batchId = 0;
        int connection = 0; // into m_connections
        int operation = 0;
        QString assistantId;
        QString sourceId;
        QByteArray assistantText; // UTF-8: a byte search finds exactly the substrings a character search would
        qsizetype textStart = 0; // into m_text
        qsizetype textLength = 0;
    };

    bool matchesExceptText(const Row &row, const JournalFilter &filter, int connection) const;
    int connectionIndex(const QString &id);
    void appendText(Row &row, const QString &text);
    QByteArrayView textOf(const Row &row) const { return {m_text.constData() + row.textStart, row.textLength}; }
    // The rows whose text holds `word`, oldest first: one pass over the whole text, which beats a search per row.
    QList<qsizetype> rowsHolding(const QByteArray &word) const;
    const QList<std::pair<qsizetype, qsizetype>> &textOrder() const; // (text start, row), by start

    QList<Row> m_rows; // oldest first
    QByteArray m_text; // every row's search text, one after another, each ended by a newline (which no text holds)
    mutable QList<std::pair<qsizetype, qsizetype>> m_textOrder; // made on demand, dropped when the text changes
    std::array<qint64, 256> m_frequency{}; // of each byte in m_text: a search looks for a word's rarest byte
    QStringList m_connections;
    mutable JournalFilter m_lastFilter;
    mutable QList<qsizetype> m_lastMatches; // rows that matched m_lastFilter, newest first
    mutable bool m_haveLast = false;
};
