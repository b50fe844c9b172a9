// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

// One misbehaviour of the sandbox server, played on the socket for the requests it matches.
//
// Kinds that replace the answer (the request is NOT applied): Status, RateLimit, Drop, HtmlError, Redirect,
// Oversized. IgnoreField applies the request without the body's member `field` and answers normally, as a
// server does that silently drops a field it does not take. Kinds that deliver the real answer badly (the request IS
// applied first, as when a real server commits and the network fails afterwards): Delay (applied after the wait),
// Reset, Truncate, StallBeforeHeaders, StallMidBody, SlowBody, MalformedJson, WrongContentType.
//
// Defaults when a member is left at 0/empty: Status 500; HtmlError 502; Redirect 307; Delay and the stalls
// 1000 ms; Reset 50 ms after the head and half the body; SlowBody sends `size` bytes (default 16) every
// `delayMs` (default 50 ms); Oversized 16 MiB; RateLimit without retryAfter/retryAfterMs sends
// "Retry-After: 1". retryAfter/retryAfterMs go with Status, RateLimit, HtmlError and Redirect answers, which
// leave at once, or `delayMs` after the request when it is set.
//
// Qt 6.4's QNetworkAccessManager silently re-sends a request, whatever its method, when a kept-alive
// connection closes before any byte of the answer (Drop): with times = 1 the client sees a success. Use
// times = -1 (then clearFaults()) or a count above 1. `times` counts those re-sends too.
struct SandboxFault
{
    enum class Kind {
        Delay, // wait delayMs, then answer normally
        Status, // answer `status` with `body` (default {"message":…})
        RateLimit, // 429 with Retry-After and/or retry-after-ms
        Drop, // close before any byte
        Reset, // head and half the body, then after delayMs an abort (TCP RST)
        Truncate, // Content-Length larger than the bytes sent, then close
        StallBeforeHeaders, // hold the connection delayMs before the first byte, then answer
        StallMidBody, // headers and half the body, hold delayMs, then the rest
        SlowBody, // bytes trickle: `size` bytes every delayMs
        MalformedJson, // the answer's body cut short into invalid JSON (or `body` verbatim)
        HtmlError, // an HTML 502 page (or `status`) from a "proxy"
        WrongContentType, // the real answer labelled text/plain
        Redirect, // `status` (default 307) with Location: `location`
        Oversized, // 200 with a valid JSON body of `size` bytes
        IgnoreField, // the body's member `field` is left out before the request is applied
    };

    Kind kind = Kind::Status;
    int status = 0;
    int delayMs = 0;
    QString retryAfter; // "2" or an HTTP date; sent as Retry-After
    int retryAfterMs = -1; // sent as retry-after-ms when ≥ 0
    QUrl location;
    qint64 size = 0;
    QByteArray body; // for Status: custom JSON body, e.g. 422 with errors
    QString field; // for IgnoreField: the top-level key of the body the server ignores
    QString method; // empty = any
    QString pathPattern; // empty = any, else a regular expression searched in the path ("/api/assistants/[^/]+$")
    int times = 1; // how many matching requests it hits; -1 = until cleared

    // Members are the JSON keys ({"kind":"rateLimit","retryAfter":"2","times":-1}); kind names are matched
    // without regard to case, '-' or '_' ("rate_limit" works too). `body` may be a string or any JSON value.
    static std::optional<SandboxFault> fromJson(const QJsonObject &json, QString *error = nullptr);
    QJsonObject toJson() const;

    static QString kindName(Kind kind); // "rateLimit"
    static std::optional<Kind> kindFromName(const QString &name);
};

Q_DECLARE_METATYPE(SandboxFault)
