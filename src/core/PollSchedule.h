// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

// How often a running call is read again (GET /call/{id}): soon after something changed, then less and
// less often while nothing does; after a failed read, waits that double, until `maxFailures` failures in a
// row give up. Pure: the job that polls asks it for each wait.
struct PollSchedule
{
    std::chrono::milliseconds initial{1000};
    std::chrono::milliseconds maximum{5000};
    double factor = 1.5;
    int maxFailures = 4;

    // The wait before the next read: `initial` after one that saw a change, else `previous`·factor, at most
    // `maximum`.
    std::chrono::milliseconds next(std::chrono::milliseconds previous, bool changed) const;
    // The wait after the `failures`-th failed read in a row (1, 2, …): initial·2^(failures−1), at most `maximum`.
    std::chrono::milliseconds afterFailure(int failures) const;
    bool givesUp(int failures) const { return failures >= maxFailures; }
};
