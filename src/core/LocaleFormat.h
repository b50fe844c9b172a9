// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// Moments in the formats of the language in use (QLocale()), to the second where a list of changes or calls
// needs it: "05/12/2026 14:03:07" in French, "12/5/2026 2:03:07 PM" in American English. The year always has
// four digits; the time zone is left out (every time shown is local).
namespace LocaleFormat {

QString dateFormat(); // for a QDateEdit
QString timeFormat(); // with seconds
QString dateTime(const QDateTime &when); // shown in local time
QString timeOfDay(const QDateTime &when); // shown in local time

} // namespace LocaleFormat
