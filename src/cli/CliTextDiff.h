// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// A line-by-line difference of two texts (a prompt before and after), in the unified style people know from
// git: "-" for a line removed, "+" for a line added, two lines of context around each change, "…" between.
namespace CliTextDiff {

QStringList lines(const QString &before, const QString &after);

} // namespace CliTextDiff
