// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalIndex.h"

#include "JournalSearchRow.h"
#include "JournalStore.h"

#include <cstring>

namespace {

// A word to find in folded UTF-8 text. It looks for its rarest byte with memchr (which scans many bytes a
// cycle) and compares the word where that byte is: on this text, two to five times as fast as a Boyer-Moore
// search (QByteArrayMatcher), whose skips are short for the short words people type.
class Needle
{
public:
    Needle(const QByteArray &word, const std::array<qint64, 256> &frequency)
        : m_word(word)
    {
        for (qsizetype i = 1; i < word.size(); ++i) {
            if (frequency[uchar(word.at(i))] < frequency[uchar(word.at(m_rare))])
                m_rare = i;
        }
    }

    qsizetype size() const { return m_word.size(); }

    // The first place of the word in `data` at or after `from`; -1 when it is not there.
    qsizetype indexIn(QByteArrayView data, qsizetype from = 0) const
    {
        const qsizetype length = m_word.size();
        if (length == 0)
            return from <= data.size() ? from : -1;
        const char rare = m_word.at(m_rare);
        const char *begin = data.data();
        qsizetype at = from + m_rare;
        while (at < data.size()) {
            const auto *hit = static_cast<const char *>(std::memchr(begin + at, rare, size_t(data.size() - at)));
            if (!hit)
                return -1;
            const qsizetype start = (hit - begin) - m_rare;
            if (start + length <= data.size() && std::memcmp(begin + start, m_word.constData(), size_t(length)) == 0)
                return start;
            at = (hit - begin) + 1;
        }
        return -1;
    }

private:
    QByteArray m_word;
    qsizetype m_rare = 0; // the byte of the word that is rarest in the text
};

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
    m_textOrder.clear();
    row.textStart = m_text.size();
    const QByteArray bytes = text.toUtf8();
    for (const char byte : bytes)
        ++m_frequency[uchar(byte)];
    m_text += bytes;
    row.textLength = m_text.size() - row.textStart;
    m_text += '\n';
}

const QList<std::pair<qsizetype, qsizetype>> &JournalIndex::textOrder() const
{
    if (m_textOrder.size() != m_rows.size()) {
        // Rows in text order: their starts grow, except for a row refreshed since (its text moved to the end).
        m_textOrder.clear();
        m_textOrder.reserve(m_rows.size());
        for (qsizetype index = 0; index < m_rows.size(); ++index)
            m_textOrder.append({m_rows.at(index).textStart, index});
        if (!std::is_sorted(m_textOrder.cbegin(), m_textOrder.cend()))
            std::sort(m_textOrder.begin(), m_textOrder.end());
    }
    return m_textOrder;
}

QList<qsizetype> JournalIndex::rowsHolding(const QByteArray &word) const
{
    QList<qsizetype> rows;
    const Needle matcher(word, m_frequency);
    const QList<std::pair<qsizetype, qsizetype>> &order = textOrder();
    qsizetype from = 0;
    while (true) {
        const qsizetype found = matcher.indexIn(m_text, from);
        if (found < 0)
            break;
        const auto next = std::upper_bound(order.cbegin(), order.cend(), found,
                                           [](qsizetype offset, const auto &entry) { return offset < entry.first; });
        if (next == order.cbegin())
            break;
        const auto &[start, index] = *std::prev(next);
        const Row &row = m_rows.at(index);
        if (row.textStart == start && found + word.size() <= start + row.textLength)
            rows.append(index);
        // On to the next row: one hit per row is enough.
        from = next != order.cend() ? next->first : start + row.textLength + 1;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void JournalIndex::clear()
{
    m_textOrder.clear();
    m_frequency.fill(0);
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
    const Needle assistantMatcher(assistantText, m_frequency);
    QList<QByteArray> words;
    for (const QString &word : filter.words())
        words.append(word.toUtf8());
    QList<Needle> matchers;
    for (const QByteArray &word : std::as_const(words))
        matchers.append(Needle(word, m_frequency));
    // `found`: a word already known to be in the row's text.
    const auto matches = [&](const Row &row, qsizetype found) {
        if (!assistantText.isEmpty() && assistantMatcher.indexIn(row.assistantText) < 0)
            return false;
        const QByteArrayView text = textOf(row);
        for (qsizetype i = 0; i < matchers.size(); ++i) {
            if (i != found && matchers.at(i).indexIn(text) < 0)
                return false;
        }
        return true;
    };

    // Typing on: every entry that matches now matched the shorter text too.
    const bool narrowing = m_haveLast && withoutText(filter) == withoutText(m_lastFilter)
        && JournalFilter::folded(filter.text).startsWith(JournalFilter::folded(m_lastFilter.text));
    QList<qsizetype> matched;
    if (!words.isEmpty() && (!narrowing || m_lastMatches.size() > m_rows.size() / 8)) {
        // One pass over the whole text for the longest word (the search skips furthest), then the rest per row.
        qsizetype longest = 0;
        for (qsizetype i = 1; i < words.size(); ++i) {
            if (words.at(i).size() > words.at(longest).size())
                longest = i;
        }
        const QList<qsizetype> holding = rowsHolding(words.at(longest)); // ascending
        if (narrowing) { // both lists are sorted: walk them together
            auto it = holding.crbegin();
            for (const qsizetype index : std::as_const(m_lastMatches)) { // descending
                while (it != holding.crend() && *it > index)
                    ++it;
                if (it != holding.crend() && *it == index && matches(m_rows.at(index), longest))
                    matched.append(index);
            }
        } else {
            for (auto it = holding.crbegin(); it != holding.crend(); ++it) {
                const Row &row = m_rows.at(*it);
                if (matchesExceptText(row, filter, connection) && matches(row, longest))
                    matched.append(*it);
            }
        }
    } else if (narrowing) {
        for (const qsizetype index : std::as_const(m_lastMatches)) {
            if (matches(m_rows.at(index), -1))
                matched.append(index);
        }
    } else {
        for (qsizetype index = m_rows.size() - 1; index >= 0; --index) {
            const Row &row = m_rows.at(index);
            if (matchesExceptText(row, filter, connection) && matches(row, -1))
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
