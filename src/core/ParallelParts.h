// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>

#include <algorithm>
#include <future>
#include <vector>

// Runs `work(from, to)` over [0, count) cut into one part per core (fewer when there is little to do); the
// calling thread takes the last part itself. Returns each part's result, in order. For work on independent
// items (assistants) whose parts need no lock.
namespace ParallelParts {

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

} // namespace ParallelParts
