// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

// One text per row, all kept in a single QString, so a search that reads every row's text on every
// keystroke reads memory in order. Strings allocated one per row end up scattered between everything
// else allocated while a list was decoded, and searching 10,000 of them that way took about twice as long.
// Replaced and removed texts leave their characters behind until they are half the block.
class RowTextBlock
{
public:
    void clear();
    void reserve(qsizetype characters) { m_text.reserve(characters); }
    void append(QStringView text); // as the text of a new last row
    void replace(qsizetype row, QStringView text);
    void remove(qsizetype row);

    QStringView at(qsizetype row) const;
    qsizetype rows() const { return m_spans.size(); }

private:
    void compactIfWasteful();

    QString m_text;
    QList<std::pair<qsizetype, qsizetype>> m_spans; // per row: start and length in m_text
    qsizetype m_unused = 0; // characters of m_text no row points at
};
