// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace std::chrono;

bool RetryPolicy::isRetryableMethod(QByteArrayView verb)
{
    // PATCH is not idempotent in HTTP's sense, but ours carries absolute values (a partial
    // replacement), so sending it twice stores the same thing.
    for (const char *method : {"GET", "HEAD", "PUT", "DELETE", "PATCH"}) {
        if (verb == QByteArrayView(method))
            return true;
    }
    return false;
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    switch (httpStatus) {
    case 408: // Request Timeout
    case 429: // Too Many Requests
    case 502: // Bad Gateway
    case 503: // Service Unavailable
    case 504: // Gateway Timeout
        return true;
    default:
        return false;
    }
}

bool RetryPolicy::isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        // TLS failures, cancellations, redirect refusals and protocol errors would fail the same way again.
        return false;
    }
}

bool RetryPolicy::shouldRetry(QByteArrayView verb, QNetworkReply::NetworkError error, int httpStatus,
                              const Headers &headers, int retriesMade)
{
    if (retriesMade >= maxRetries || !isRetryableMethod(verb))
        return false;
    const QByteArray shouldRetryHeader = header(headers, "x-should-retry").trimmed().toLower();
    if (shouldRetryHeader == "true")
        return true;
    if (shouldRetryHeader == "false")
        return false;
    if (httpStatus >= 400)
        return isRetryableStatus(httpStatus);
    return error != QNetworkReply::NoError && isRetryableNetworkError(error);
}

std::optional<milliseconds> RetryPolicy::serverDelay(const Headers &headers, const QDateTime &now)
{
    std::optional<double> waitMs;
    bool ok = false;
    // retry-after-ms is not standard, but the Revox SDKs read it first.
    if (const QByteArray value = header(headers, "retry-after-ms").trimmed(); !value.isEmpty()) {
        const double ms = value.toDouble(&ok);
        if (ok && std::isfinite(ms))
            waitMs = ms;
    }
    if (!waitMs) {
        const QByteArray value = header(headers, "retry-after").trimmed();
        if (!value.isEmpty()) {
            const double seconds = value.toDouble(&ok);
            if (ok && std::isfinite(seconds)) {
                waitMs = seconds * 1000.0;
            } else if (const std::optional<QDateTime> date = parseHttpDate(value)) {
                waitMs = double(now.msecsTo(*date));
            }
        }
    }
    if (!waitMs || *waitMs < 0.0 || *waitMs >= double(maxServerDelay.count()))
        return std::nullopt;
    return milliseconds(qint64(std::ceil(*waitMs)));
}

milliseconds RetryPolicy::backoff(int retriesMade, double random01)
{
    const int exponent = std::clamp(retriesMade, 0, 16);
    const qint64 base = std::min<qint64>(initialDelay.count() << exponent, maxDelay.count());
    const double jitter = 1.0 - 0.25 * std::clamp(random01, 0.0, 1.0);
    return milliseconds(qint64(std::llround(double(base) * jitter)));
}

milliseconds RetryPolicy::delay(int retriesMade, const Headers &headers, const QDateTime &now, double random01)
{
    if (const std::optional<milliseconds> asked = serverDelay(headers, now))
        return *asked;
    return backoff(retriesMade, random01);
}

milliseconds RetryPolicy::delay(int retriesMade, const Headers &headers)
{
    return delay(retriesMade, headers, QDateTime::currentDateTimeUtc(), QRandomGenerator::global()->generateDouble());
}

std::optional<QDateTime> RetryPolicy::parseHttpDate(QByteArrayView value)
{
    const QString text = QString::fromLatin1(value.trimmed()).simplified();
    if (text.isEmpty())
        return std::nullopt;
    const QLocale c = QLocale::c();
    // The weekday is dropped before parsing: it is redundant, and Qt rejects a date whose weekday
    // does not match, which RFC 850's two-digit years would trigger (1924 ≠ 2024).
    const qsizetype space = text.indexOf(u' ');
    if (space < 0)
        return std::nullopt;
    const QString weekday = text.left(space);
    const QString rest = text.mid(space + 1);
    QDateTime parsed;
    if (weekday.endsWith(u',')) {
        // IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT" is what servers send; RFC 850 and asctime
        // must still be accepted (RFC 9110 §5.6.7).
        parsed = c.toDateTime(rest, QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"));
        if (!parsed.isValid()) {
            parsed = c.toDateTime(rest, QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"));
            // Qt reads a two-digit year as 19xx; RFC 850 dates are never that old in practice.
            if (parsed.isValid() && parsed.date().year() < 1970)
                parsed = parsed.addYears(100);
        }
    } else {
        parsed = c.toDateTime(rest, QStringLiteral("MMM d HH:mm:ss yyyy")); // asctime
    }
    if (!parsed.isValid())
        return std::nullopt;
    return QDateTime(parsed.date(), parsed.time(), Qt::UTC);
}

QByteArray RetryPolicy::header(const Headers &headers, QByteArrayView name)
{
    for (const RawHeaderPair &pair : headers) {
        if (QByteArrayView(pair.first).compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}
