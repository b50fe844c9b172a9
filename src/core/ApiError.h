// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

// What went wrong with one API request, told for people and kept for code.
//
// All mapping from a transport outcome (Qt error code, HTTP status, body, headers) to an error
// happens in fromResponse(), a pure function; the other factories cover outcomes the client
// itself decides (deadline, cancel, refused redirect, size cap, undecodable body).
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        Network, // no usable answer: refused, reset, closed early, DNS, TLS
        Timeout, // per-transfer timeout or the overall deadline
        Http, // the server answered with a 4xx or 5xx status
        Payload, // a 2xx answer whose body is not what the API promises
        Redirect, // a redirect that was not followed (other origin, method change, loop)
        TooLarge, // the body exceeded the client's size cap
        Aborted, // cancelled by the user
        Invalid, // the request could not be made (e.g. an id that is not a path segment)
    };

    struct FieldError
    {
        QString field; // dotted path ("voice.speed"); empty when the server gave none
        QString message;
        friend bool operator==(const FieldError &a, const FieldError &b)
        {
            return a.field == b.field && a.message == b.message;
        }
    };

    using RawHeaderPair = QNetworkReply::RawHeaderPair;

    ApiError() = default;

    // `detail` is Qt's error string (technical, English); it is kept apart from message().
    static ApiError fromResponse(QNetworkReply::NetworkError networkError, int httpStatus, const QByteArray &body,
                                 const QList<RawHeaderPair> &headers, const QString &detail = {});
    // The reply's body must be passed in: the caller has already read it (and checked its size).
    static ApiError fromReply(const QNetworkReply &reply, const QByteArray &body);

    static ApiError timeout(std::chrono::milliseconds after);
    static ApiError aborted();
    static ApiError badPayload(const QString &detail);
    enum class RedirectRefusal { OtherOrigin, MethodChange };
    static ApiError redirectRefused(const QUrl &target, RedirectRefusal reason, int httpStatus = 0);
    static ApiError tooLarge(qint64 limitBytes);
    static ApiError invalidRequest(const QString &detail);
    // A body that would carry a secret placeholder (SecretPlaceholder) instead of the value: never sent.
    // `where` names the field for people (SecretLocation::description), `path` is its concrete path.
    static ApiError secretNotKnown(const QString &where, const QString &path);

    // fromResponse() speaks of "the assistant" for 404, 409 and 412. A request that names no existing
    // assistant (the list, a create, the voices) gets words of its own from this.
    ApiError forRequestWithoutAssistant() const;
    // Likewise for a request about a call (placing, reading, cancelling one) or a phone number.
    enum class Subject { Call, PhoneNumber };
    ApiError about(Subject subject) const;

    // "https://host:port" of a URL, as people would recognise it.
    static QString originOf(const QUrl &url);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; } // 0 when no status line arrived
    QNetworkReply::NetworkError networkError() const { return m_networkError; }
    QString message() const { return m_message; } // translated: what happened and what to do
    // message() without the field errors it lists, for a view that shows each beside its field.
    QString summary() const { return m_summary.isEmpty() ? m_message : m_summary; }
    QString serverMessage() const { return m_serverMessage; } // the server's own words, untranslated
    const QList<FieldError> &fieldErrors() const { return m_fieldErrors; }
    QString detail() const { return m_detail; } // technical detail for logs and "details" panes
    QUrl redirectTarget() const { return m_redirectTarget; }
    // The wait the server asked for before another request (Retry-After, retry-after-ms; RetryPolicy's rules),
    // for those that pace their next requests (BatchSave); nullopt when it asked for none.
    std::optional<std::chrono::milliseconds> retryAfter() const { return m_retryAfter; }

    explicit operator bool() const { return m_kind != Kind::None; }

    // Whether the server may have carried out the request although no usable answer came back: the
    // connection broke or timed out after sending, a gateway gave up (502, 504), or a 2xx answer was
    // unreadable. A create that failed so must be checked before it is sent again.
    bool mayHaveBeenApplied() const;

private:
    static ApiError httpError(int httpStatus, const QByteArray &body, const QList<RawHeaderPair> &headers);
    static ApiError networkFailure(QNetworkReply::NetworkError networkError, int httpStatus, const QString &detail);
    void parseBody(const QByteArray &body, const QList<RawHeaderPair> &headers);

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    QString m_message;
    QString m_summary; // set when m_message lists field errors
    QString m_serverMessage;
    QList<FieldError> m_fieldErrors;
    QString m_detail;
    QUrl m_redirectTarget;
    std::optional<std::chrono::milliseconds> m_retryAfter;
};

Q_DECLARE_METATYPE(ApiError)
