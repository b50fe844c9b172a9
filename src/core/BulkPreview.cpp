// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkPreview.h"

#include "ChangeSummary.h"
#include "FolderIssue.h"
#include "ParallelParts.h"

#include <QCoreApplication>

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

BulkPreview BulkPreview::fromImport(const QList<ImportPlan::Item> &plan)
{
    using Action = ImportPlan::Item::Action;
    BulkPreview preview;
    preview.m_items = itemsInParallel(plan.size(), [&plan](qsizetype i) {
        const ImportPlan::Item &planned = plan.at(i);
        Item item;
        item.before = planned.action == Action::Create ? Assistant() : planned.existing.value_or(Assistant());
        item.after = planned.action == Action::Skip ? item.before : planned.wanted;
        item.patch
            = item.creates() ? AssistantPatch::forCreate(item.after) : AssistantPatch::between(item.before, item.after);
        item.changes = ChangeSummary::lines(item.before, item.after);
        for (const FolderIssue &note : planned.notes)
            item.notes.append(note.message);
        switch (planned.action) {
        case Action::Create:
        case Action::Update:
            item.status = item.patch.isEmpty() ? Status::Unchanged : Status::WillChange;
            if (item.patch.isEmpty())
                item.reason
                    = QCoreApplication::translate("BulkPreview", "Unchanged: it holds the bundle's values already.");
            break;
        case Action::Skip:
            item.status = Status::Unchanged;
            item.reason = QCoreApplication::translate("BulkPreview", "Left out: an assistant of that name exists.");
            break;
        case Action::Stop:
            item.status = Status::Invalid;
            for (const FolderIssue &issue : planned.issues)
                item.problems.append({issue.field, issue.message});
            break;
        }
        return item;
    });
    return preview;
}

int BulkPreview::count(Status status) const
{
    return int(
        std::count_if(m_items.cbegin(), m_items.cend(), [status](const Item &item) { return item.status == status; }));
}

int BulkPreview::creates() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const Item &item) { return item.status == Status::WillChange && item.creates(); }));
}
