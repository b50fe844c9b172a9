// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkPreview.h"

#include "ChangeSummary.h"
#include "ParallelParts.h"

namespace {

// About 0.1 ms per assistant: below a few dozen, another thread costs more than it saves.
constexpr qsizetype kMinimumPerPart = 24;

template<typename Make> QList<BulkPreview::Item> itemsInParallel(qsizetype count, Make make)
{
    const auto parts = ParallelParts::run(count, kMinimumPerPart, [&make](qsizetype from, qsizetype to) {
        QList<BulkPreview::Item> items;
        items.reserve(to - from);
        for (qsizetype i = from; i < to; ++i)
            items.append(make(i));
        return items;
    });
    QList<BulkPreview::Item> items;
    items.reserve(count);
    for (const QList<BulkPreview::Item> &part : parts)
        items.append(part);
    return items;
}

} // namespace

BulkPreview BulkPreview::compute(const QList<Assistant> &assistants, const BulkEdit &edit)
{
    BulkPreview preview;
    preview.m_items = itemsInParallel(assistants.size(), [&assistants, &edit](qsizetype i) {
        const Assistant &before = assistants.at(i);
        return itemFor(before, edit.appliedTo(before));
    });
    return preview;
}

BulkPreview BulkPreview::fromPairs(const QList<std::pair<Assistant, Assistant>> &pairs)
{
    BulkPreview preview;
    preview.m_items = itemsInParallel(pairs.size(),
                                      [&pairs](qsizetype i) { return itemFor(pairs.at(i).first, pairs.at(i).second); });
    return preview;
}

BulkPreview::Item BulkPreview::itemFor(const Assistant &before, const Assistant &after)
{
    Item item;
    item.before = before;
    item.after = after;
    item.patch = AssistantPatch::between(before, after);
    if (item.patch.isEmpty()) {
        item.status = Status::Unchanged;
        return item;
    }
    item.changes = ChangeSummary::lines(before, after);
    item.problems = Validation::review(before, after).blocking;
    item.status = item.problems.isEmpty() ? Status::WillChange : Status::Invalid;
    return item;
}

int BulkPreview::count(Status status) const
{
    return int(
        std::count_if(m_items.cbegin(), m_items.cend(), [status](const Item &item) { return item.status == status; }));
}
