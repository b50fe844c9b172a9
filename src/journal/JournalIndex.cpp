// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalIndex.h"

#include "JournalSearchRow.h"
#include "JournalStore.h"

#include <QByteArrayMatcher>

namespace {

// The filter without its text: two filters that agree here differ only in what was typed.
JournalFilter withoutText(JournalFilter filter)
{
    filter.text.clear();
    return filter;
}

} // namespace

bool JournalIndex::load(const JournalStore &store)
{
    const qint64 after = lastId();
    bool ok = store.forEachSearchRow(after, [this](const JournalSearchRow &source) {
        Row row;
        row.id = source.id;
        row.started = source.started;
        row.batchId = source.batchId;
        row.connection = connectionIndex(source.connectionId);
        row.operation = int(source.operation);
        row.assistantId = source.assistantId;
        row.sourceId = source.sourceId;
        row.assistantText = source.assistantText.toUtf8();
        appendText(row, source.text);
        m_rows.append(std::move(row));
    });
    m_haveLast = false;
    return ok;
}

void JournalIndex::refresh(const JournalStore &store, qint64 id)
{
    if (id > lastId()) {
        load(store);
        return;
    }
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id,
                                     [](const Row &row, qint64 wanted) { return row.id < wanted; });
    if (it == m_rows.end() || it->id != id)
        return;
    store.forEachSearchRow(
        id - 1,
        [this, it, id](const JournalSearchRow &source) {
            if (source.id != id)
                return;
            it->assistantId = source.assistantId;
            it->assistantText = source.assistantText.toUtf8();
            // The old text stays in the buffer, unreferenced, until the next load from scratch.
            appendText(*it, source.text);
        },
        1);
    m_haveLast = false;
}

void JournalIndex::appendText(Row &row, const QString &text)
{
    row.textStart = m_text.size();
    m_text += text.toUtf8();
    row.textLength = m_text.size() - row.textStart;
    m_text += '\n';
}

QList<qsizetype> JournalIndex::rowsHolding(const QByteArray &word) const
{
    QList<qsizetype> rows;
    const QByteArrayMatcher matcher(word);
    qsizetype from = 0;
    // Rows in text order: their starts grow, except for a row refreshed since (its text moved to the end).
    QList<std::pair<qsizetype, qsizetype>> starts; // text start → row
    starts.reserve(m_rows.size());
    for (qsizetype index = 0; index < m_rows.size(); ++index)
        starts.append({m_rows.at(index).textStart, index});
    if (!std::is_sorted(starts.cbegin(), starts.cend()))
        std::sort(starts.begin(), starts.end());
    while (true) {
        const qsizetype found = matcher.indexIn(m_text, from);
        if (found < 0)
            break;
        const auto it = std::upper_bound(starts.cbegin(), starts.cend(), std::pair<qsizetype, qsizetype>(found, -1),
                                         [](const auto &a, const auto &b) { return a.first < b.first; });
        if (it == starts.cbegin())
            break;
        const auto &[start, index] = *std::prev(it);
        const Row &row = m_rows.at(index);
        if (row.textStart == start && found + word.size() <= start + row.textLength)
            rows.append(index);
        from = start + m_rows.at(index).textLength + 1; // on to the next row: one hit per row is enough
        if (std::next(std::prev(it)) != starts.cend())
            from = std::max(from, std::next(std::prev(it))->first);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void JournalIndex::clear()
{
    m_text.clear();
    m_rows.clear();
    m_connections.clear();
    m_haveLast = false;
}

int JournalIndex::connectionIndex(const QString &id)
{
    const qsizetype index = m_connections.indexOf(id);
    if (index >= 0)
        return int(index);
    m_connections.append(id);
    return int(m_connections.size() - 1);
}

bool JournalIndex::matchesExceptText(const Row &row, const JournalFilter &filter, int connection) const
{
    if (connection >= 0 && row.connection != connection)
        return false;
    if (!filter.assistantId.isEmpty() && row.assistantId != filter.assistantId && row.sourceId != filter.assistantId)
        return false;
    if (filter.operation && row.operation != int(*filter.operation))
        return false;
    if (filter.from.isValid() && row.started < filter.from.startOfDay().toMSecsSinceEpoch())
        return false;
    if (filter.to.isValid() && row.started >= filter.to.addDays(1).startOfDay().toMSecsSinceEpoch())
        return false;
    if (filter.batchId && row.batchId != filter.batchId)
        return false;
    return true;
}

QList<qint64> JournalIndex::ids(const JournalFilter &filter) const
{
    QList<qint64> result;
    int connection = -1;
    if (!filter.connectionId.isEmpty()) {
        connection = int(m_connections.indexOf(filter.connectionId));
        if (connection < 0)
            return result;
    }
    const QByteArray assistantText = JournalFilter::folded(filter.assistantText).toUtf8();
    const QByteArrayMatcher assistantMatcher(assistantText);
    QList<QByteArray> words;
    for (const QString &word : filter.words())
        words.append(word.toUtf8());
    QList<QByteArrayMatcher> matchers;
    for (const QByteArray &word : std::as_const(words))
        matchers.append(QByteArrayMatcher(word));
    const auto matches = [&](const Row &row, qsizetype firstWord) {
        if (!assistantText.isEmpty() && assistantMatcher.indexIn(row.assistantText) < 0)
            return false;
        const QByteArrayView text = textOf(row);
        for (qsizetype i = firstWord; i < matchers.size(); ++i) {
            if (matchers.at(i).indexIn(text) < 0)
                return false;
        }
        return true;
    };

    // Typing on: every entry that matches now matched the shorter text too.
    const bool narrowing = m_haveLast && withoutText(filter) == withoutText(m_lastFilter)
        && JournalFilter::folded(filter.text).startsWith(JournalFilter::folded(m_lastFilter.text));
    QList<qsizetype> matched;
    if (narrowing) {
        for (const qsizetype index : std::as_const(m_lastMatches)) {
            if (matches(m_rows.at(index), 0))
                matched.append(index);
        }
    } else if (!words.isEmpty()) {
        const QList<qsizetype> candidates = rowsHolding(words.constFirst());
        for (auto it = candidates.crbegin(); it != candidates.crend(); ++it) {
            const Row &row = m_rows.at(*it);
            if (matchesExceptText(row, filter, connection) && matches(row, 1))
                matched.append(*it);
        }
    } else {
        for (qsizetype index = m_rows.size() - 1; index >= 0; --index) {
            const Row &row = m_rows.at(index);
            if (matchesExceptText(row, filter, connection) && matches(row, 0))
                matched.append(index);
        }
    }
    result.reserve(matched.size());
    for (const qsizetype index : std::as_const(matched))
        result.append(m_rows.at(index).id);
    m_lastFilter = filter;
    m_lastMatches = std::move(matched);
    m_haveLast = true;
    return result;
}
