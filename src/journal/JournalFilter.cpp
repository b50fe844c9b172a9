// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalFilter.h"

QStringList JournalFilter::words() const
{
    return folded(text).split(u' ', Qt::SkipEmptyParts);
}

QString JournalFilter::folded(const QString &text)
{
    return text.toCaseFolded().simplified();
}
