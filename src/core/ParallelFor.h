// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>

#include <algorithm>
#include <future>
#include <vector>

// Runs `work(index)` for every index below `count`, in as many contiguous parts as there are cores (at least
// `perPart` indexes each, so a short run stays on the calling thread, which takes the last part itself).
// `work` must be safe to call from several threads at once for different indexes.
template<typename Work> void parallelFor(qsizetype count, Work work, qsizetype perPart = 16)
{
    const qsizetype parts
        = std::clamp<qsizetype>(count / std::max<qsizetype>(perPart, 1), 1, QThread::idealThreadCount());
    const qsizetype size = (count + parts - 1) / parts;
    const auto run = [&work, size, count](qsizetype part) {
        for (qsizetype i = part * size; i < std::min(count, (part + 1) * size); ++i)
            work(i);
    };
    std::vector<std::future<void>> others;
    for (qsizetype part = 0; part + 1 < parts; ++part)
        others.push_back(std::async(std::launch::async, run, part));
    run(parts - 1);
    for (auto &other : others)
        other.get();
}
