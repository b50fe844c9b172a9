// SPDX-License-Identifier: GPL-3.0-or-later
#include "PollSchedule.h"

#include <algorithm>
#include <cmath>

using namespace std::chrono;

milliseconds PollSchedule::next(milliseconds previous, bool changed) const
{
    if (changed || previous <= milliseconds::zero())
        return std::min(initial, maximum);
    const double grown = std::ceil(double(previous.count()) * std::max(factor, 1.0));
    return std::min(milliseconds(milliseconds::rep(std::min(grown, double(maximum.count())))), maximum);
}

milliseconds PollSchedule::afterFailure(int failures) const
{
    const int doublings = std::clamp(failures - 1, 0, 30);
    const double wait = double(initial.count()) * std::pow(2.0, doublings);
    return milliseconds(milliseconds::rep(std::min(wait, double(maximum.count()))));
}
