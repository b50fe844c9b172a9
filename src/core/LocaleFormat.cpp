// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocaleFormat.h"

#include <QLocale>

namespace {

// `format` without its time zone ('t', outside quoted text) and the spaces left around it.
QString withoutZone(const QString &format)
{
    QString out;
    bool quoted = false;
    for (const QChar c : format) {
        if (c == u'\'')
            quoted = !quoted;
        if (!quoted && c == u't')
            continue;
        out.append(c);
    }
    return out.simplified();
}

} // namespace

namespace LocaleFormat {

QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString timeFormat()
{
    return withoutZone(QLocale().timeFormat(QLocale::LongFormat));
}

QString dateTime(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), dateFormat() + u' ' + timeFormat());
}

QString timeOfDay(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().time(), timeFormat());
}

} // namespace LocaleFormat
