// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowTextBlock.h"

void RowTextBlock::clear()
{
    m_text.clear();
    m_spans.clear();
    m_unused = 0;
}

void RowTextBlock::append(QStringView text)
{
    m_spans.append({m_text.size(), text.size()});
    m_text.append(text);
}

void RowTextBlock::replace(qsizetype row, QStringView text)
{
    m_unused += m_spans.at(row).second;
    m_spans[row] = {m_text.size(), text.size()};
    m_text.append(text);
    compactIfWasteful();
}

void RowTextBlock::remove(qsizetype row)
{
    m_unused += m_spans.at(row).second;
    m_spans.removeAt(row);
    compactIfWasteful();
}

QStringView RowTextBlock::at(qsizetype row) const
{
    const auto [start, length] = m_spans.at(row);
    return QStringView(m_text).sliced(start, length);
}

void RowTextBlock::compactIfWasteful()
{
    if (m_unused * 2 <= m_text.size())
        return;
    QString compact;
    compact.reserve(m_text.size() - m_unused);
    for (auto &[start, length] : m_spans) {
        const qsizetype moved = compact.size();
        compact.append(QStringView(m_text).sliced(start, length));
        start = moved;
    }
    m_text = std::move(compact);
    m_unused = 0;
}
