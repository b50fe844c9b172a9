// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>

#include <algorithm>
#include <future>
#include <vector>

// Work on independent items (assistants, files) spread over the cores: [0, count) cut into one contiguous part
// per core (fewer when there is little to do: at least `minimumPerPart` items each, so a short run stays on the
// calling thread), the calling thread taking the last part itself. The parts must need no lock.
namespace ParallelParts {

// Runs `work(from, to)` on each part; returns each part's result, in order.
template<typename Work>
auto run(qsizetype count, qsizetype minimumPerPart, Work work) -> std::vector<decltype(work(qsizetype(), qsizetype()))>
{
    using Result = decltype(work(qsizetype(), qsizetype()));
    const qsizetype parts = std::clamp<qsizetype>(count / std::max<qsizetype>(minimumPerPart, 1), 1,
                                                  std::max(QThread::idealThreadCount(), 1));
    const qsizetype perPart = (count + parts - 1) / parts;
    std::vector<std::future<Result>> others;
    for (qsizetype index = 0; index + 1 < parts; ++index) {
        const qsizetype from = index * perPart;
        others.push_back(std::async(std::launch::async, work, from, std::min(count, from + perPart)));
    }
    Result last = work(std::min(count, (parts - 1) * perPart), count);
    std::vector<Result> results;
    results.reserve(parts);
    for (auto &other : others)
        results.push_back(other.get());
    results.push_back(std::move(last));
    return results;
}

// Runs `work(index)` for every index below `count`, part by part as run() cuts them. `work` must be safe to call
// from several threads at once for different indexes.
template<typename Work> void forEach(qsizetype count, qsizetype minimumPerPart, Work work)
{
    run(count, minimumPerPart, [&work](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            work(i);
        return true; // run() keeps a result per part
    });
}

} // namespace ParallelParts
