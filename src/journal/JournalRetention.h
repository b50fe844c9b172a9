// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

class QSettings;

// How long the change journal keeps entries: an entry goes once it is older than `days` AND more than
// `entries` newer ones exist, so whichever keeps more wins.
struct JournalRetention
{
    int days = 180;
    int entries = 100000;

    // The oldest time an entry must have to be kept for its age.
    QDateTime cutoff(const QDateTime &now) const { return now.addDays(-days); }

    static JournalRetention fromSettings(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const JournalRetention &, const JournalRetention &) = default;
};
