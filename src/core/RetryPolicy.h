// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>

#include <chrono>
#include <optional>

// When a failed request may be repeated, and how long to wait first. Pure: time and randomness
// come in as arguments, so every rule is testable.
//
// Follows the official SDKs (revox-typescript client.ts): at most two retries, 0.5 s·2^n capped at
// 8 s minus up to 25 % jitter, unless the server asks for a wait under a minute. Unlike the SDKs,
// POST (create, clone) is never repeated: the API takes no idempotency key, so a repeat after a
// lost answer would create a second assistant.
class RetryPolicy
{
public:
    using RawHeaderPair = QNetworkReply::RawHeaderPair;
    using Headers = QList<RawHeaderPair>;

    static constexpr int maxRetries = 2;
    static constexpr std::chrono::milliseconds initialDelay{500};
    static constexpr std::chrono::milliseconds maxDelay{8000};
    static constexpr std::chrono::milliseconds maxServerDelay{60000}; // exclusive

    static bool isRetryableMethod(QByteArrayView verb);
    static bool isRetryableStatus(int httpStatus);
    static bool isRetryableNetworkError(QNetworkReply::NetworkError error);

    // The whole decision for one failed attempt. `retriesMade` counts the retries already done.
    // A status of 400 or more decides on its own; below that the transport error decides.
    // The server's `x-should-retry: true|false` wins over the status, never over the method.
    static bool shouldRetry(QByteArrayView verb, QNetworkReply::NetworkError error, int httpStatus,
                            const Headers &headers, int retriesMade);

    // The wait the server asked for: `retry-after-ms`, else `Retry-After` in seconds or as an HTTP
    // date; nullopt when absent, unreadable, negative or a minute or more.
    static std::optional<std::chrono::milliseconds> serverDelay(const Headers &headers, const QDateTime &now);
    // 0.5 s·2^retriesMade capped at 8 s, times (1 − 0.25·random01); random01 in [0, 1].
    static std::chrono::milliseconds backoff(int retriesMade, double random01);
    static std::chrono::milliseconds delay(int retriesMade, const Headers &headers, const QDateTime &now,
                                           double random01);
    // Same, with the current time and a random jitter.
    static std::chrono::milliseconds delay(int retriesMade, const Headers &headers);

    // RFC 9110 HTTP-date in any of its three forms (IMF-fixdate, RFC 850, asctime), as UTC.
    static std::optional<QDateTime> parseHttpDate(QByteArrayView value);
    // First value of a header, by case-insensitive name; empty when absent.
    static QByteArray header(const Headers &headers, QByteArrayView name);
};
