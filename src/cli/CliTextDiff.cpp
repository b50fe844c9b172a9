// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTextDiff.h"

#include <QList>

#include <vector>

namespace {

constexpr qsizetype kContext = 2;
// Past this many cells the table of common subsequences costs too much: the texts are shown whole.
constexpr qsizetype kLargestTable = 4'000'000;

struct Edit
{
    char kind; // ' ', '-', '+'
    QString text;
};

QList<Edit> edits(const QStringList &a, const QStringList &b)
{
    // Common head and tail first: most edits touch a few lines of a long prompt.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;

    QList<Edit> result;
    for (qsizetype i = 0; i < head; ++i)
        result.append({' ', a.at(i)});
    if ((n + 1) * (m + 1) > kLargestTable) {
        for (qsizetype i = 0; i < n; ++i)
            result.append({'-', a.at(head + i)});
        for (qsizetype j = 0; j < m; ++j)
            result.append({'+', b.at(head + j)});
    } else {
        // Longest common subsequence of the middle parts, from the end.
        std::vector<int> table(size_t((n + 1) * (m + 1)), 0);
        const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j)
                table[at(i, j)] = a.at(head + i) == b.at(head + j) ? table[at(i + 1, j + 1)] + 1
                                                                   : std::max(table[at(i + 1, j)], table[at(i, j + 1)]);
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(head + i) == b.at(head + j)) {
                result.append({' ', a.at(head + i)});
                ++i;
                ++j;
            } else if (i < n && (j == m || table[at(i + 1, j)] >= table[at(i, j + 1)])) {
                result.append({'-', a.at(head + i)});
                ++i;
            } else {
                result.append({'+', b.at(head + j)});
                ++j;
            }
        }
    }
    for (qsizetype i = a.size() - tail; i < a.size(); ++i)
        result.append({' ', a.at(i)});
    return result;
}

} // namespace

namespace CliTextDiff {

QStringList lines(const QString &before, const QString &after)
{
    const QList<Edit> all = edits(before.split(u'\n'), after.split(u'\n'));
    std::vector<bool> shown(size_t(all.size()), false);
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).kind == ' ')
            continue;
        for (qsizetype k = std::max<qsizetype>(0, i - kContext); k <= std::min(all.size() - 1, i + kContext); ++k)
            shown[size_t(k)] = true;
    }
    QStringList out;
    bool gap = false;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!shown[size_t(i)]) {
            gap = true;
            continue;
        }
        if (gap && !out.isEmpty())
            out.append(QStringLiteral("…"));
        gap = false;
        out.append(QChar::fromLatin1(all.at(i).kind) + all.at(i).text);
    }
    return out;
}

} // namespace CliTextDiff
