// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalRetention.h"

#include <QSettings>

#include <algorithm>

namespace {

const QString kDaysKey = QStringLiteral("journal/keepDays");
const QString kEntriesKey = QStringLiteral("journal/keepEntries");

} // namespace

JournalRetention JournalRetention::fromSettings(const QSettings &settings)
{
    JournalRetention retention;
    // A hand-edited value below 1 would empty the journal: never fewer than one day and one entry.
    retention.days = std::max(1, settings.value(kDaysKey, retention.days).toInt());
    retention.entries = std::max(1, settings.value(kEntriesKey, retention.entries).toInt());
    return retention;
}

void JournalRetention::save(QSettings &settings) const
{
    settings.setValue(kDaysKey, days);
    settings.setValue(kEntriesKey, entries);
}
