// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiError.h"

#include "RetryPolicy.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace {

// Enough of a server message to be useful in a dialog, never a whole HTML page.
constexpr qsizetype maxServerMessageLength = 300;

QString shortened(const QString &text)
{
    const QString simple = text.simplified();
    if (simple.size() <= maxServerMessageLength)
        return simple;
    return simple.left(maxServerMessageLength - 1) + QChar(0x2026);
}

QString mimeType(const QList<ApiError::RawHeaderPair> &headers)
{
    const QByteArray contentType = RetryPolicy::header(headers, "content-type");
    return QString::fromLatin1(contentType.split(';').constFirst()).trimmed().toLower();
}

bool isJsonType(const QString &mime)
{
    return mime == u"application/json" || mime.endsWith(u"+json");
}

QString fieldPath(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray()) { // Zod-style ["voice", "speed"]
        QStringList parts;
        for (const QJsonValue &part : value.toArray())
            parts.append(part.isDouble() ? QString::number(part.toInteger()) : part.toString());
        return parts.join(u'.');
    }
    return {};
}

QString firstString(const QJsonObject &object, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        const QJsonValue value = object.value(QStringView(key));
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return value.toString();
    }
    return {};
}

void appendFieldErrors(const QJsonValue &errors, QList<ApiError::FieldError> &out)
{
    if (errors.isArray()) {
        // [{"field": …, "message": …}] and its cousins ({"path": […], "msg": …}, bare strings).
        for (const QJsonValue &item : errors.toArray()) {
            if (item.isString()) {
                out.append({QString(), item.toString()});
                continue;
            }
            const QJsonObject object = item.toObject();
            QString field;
            for (const char16_t *key : {u"field", u"path", u"loc", u"name", u"param"}) {
                field = fieldPath(object.value(QStringView(key)));
                if (!field.isEmpty())
                    break;
            }
            const QString message = firstString(object, {u"message", u"msg", u"error", u"detail"});
            if (!field.isEmpty() || !message.isEmpty())
                out.append({field, message});
        }
    } else if (errors.isObject()) {
        // {"field": ["msg", …]} or {"field": "msg"}.
        const QJsonObject object = errors.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isArray()) {
                for (const QJsonValue &message : it.value().toArray())
                    out.append({it.key(), message.toString()});
            } else if (it.value().isObject()) {
                out.append({it.key(), firstString(it.value().toObject(), {u"message", u"msg"})});
            } else {
                out.append({it.key(), it.value().toString()});
            }
        }
    }
}

QString joinedFieldErrors(const QList<ApiError::FieldError> &errors)
{
    QStringList parts;
    for (const ApiError::FieldError &error : errors) {
        if (error.field.isEmpty())
            parts.append(error.message);
        else if (error.message.isEmpty())
            parts.append(error.field);
        else
            parts.append(QStringLiteral("%1: %2").arg(error.field, error.message));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

ApiError ApiError::fromResponse(QNetworkReply::NetworkError networkError, int httpStatus, const QByteArray &body,
                                const QList<RawHeaderPair> &headers, const QString &detail)
{
    switch (networkError) {
    case QNetworkReply::OperationCanceledError: {
        ApiError error = aborted();
        error.m_httpStatus = httpStatus;
        error.m_detail = detail;
        return error;
    }
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError: {
        ApiError error;
        error.m_kind = Kind::Timeout;
        error.m_httpStatus = httpStatus;
        error.m_networkError = networkError;
        error.m_detail = detail;
        error.m_message = tr("The Revox server did not answer in time. Check your connection and try again.");
        return error;
    }
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError: {
        ApiError error;
        error.m_kind = Kind::Redirect;
        error.m_httpStatus = httpStatus;
        error.m_networkError = networkError;
        error.m_detail = detail;
        error.m_message = networkError == QNetworkReply::TooManyRedirectsError
            ? tr("The server redirected the request too many times. Check the server address in Connections.")
            : tr("The server redirected the request from a secure to an insecure address, which is refused. "
                 "Check the server address in Connections.");
        return error;
    }
    default:
        break;
    }

    if (httpStatus >= 400) {
        ApiError error = httpError(httpStatus, body, headers);
        error.m_networkError = networkError;
        error.m_detail = detail;
        return error;
    }
    if (httpStatus >= 300) {
        // Only reached when a redirect was neither followed nor refused by us (no Location,
        // 304 without a cache, 300 Multiple Choices).
        ApiError error;
        error.m_kind = Kind::Redirect;
        error.m_httpStatus = httpStatus;
        error.m_networkError = networkError;
        error.m_detail = detail;
        const QByteArray location = RetryPolicy::header(headers, "location");
        error.m_redirectTarget = QUrl(QString::fromUtf8(location));
        error.m_message = location.isEmpty()
            ? tr("The server answered with an unexpected redirect (HTTP %1). Check the server address in "
                 "Connections.")
                  .arg(httpStatus)
            : tr("The server answered with a redirect to %1 (HTTP %2) that was not followed. Check the server "
                 "address in Connections.")
                  .arg(originOf(error.m_redirectTarget))
                  .arg(httpStatus);
        return error;
    }
    if (networkError != QNetworkReply::NoError)
        return networkFailure(networkError, httpStatus, detail);
    if (httpStatus < 200) {
        ApiError error = badPayload(tr("no HTTP status"));
        error.m_httpStatus = httpStatus;
        return error;
    }
    // A 2xx answer: anything but JSON means we are not talking to the API (a captive portal, a
    // proxy's login page, a misconfigured base URL serving the web site).
    if (!body.isEmpty()) {
        const QString mime = mimeType(headers);
        if (!isJsonType(mime)) {
            ApiError error = badPayload(mime.isEmpty() ? tr("no content type") : tr("content type %1").arg(mime));
            error.m_httpStatus = httpStatus;
            return error;
        }
    }
    return {};
}

ApiError ApiError::fromReply(const QNetworkReply &reply, const QByteArray &body)
{
    return fromResponse(reply.error(), reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), body,
                        reply.rawHeaderPairs(),
                        reply.error() == QNetworkReply::NoError ? QString() : reply.errorString());
}

ApiError ApiError::httpError(int httpStatus, const QByteArray &body, const QList<RawHeaderPair> &headers)
{
    ApiError error;
    error.m_kind = Kind::Http;
    error.m_httpStatus = httpStatus;
    error.parseBody(body, headers);
    error.m_retryAfter = RetryPolicy::serverDelay(headers, QDateTime::currentDateTimeUtc());

    const QString server = error.m_serverMessage;
    const QString fields = joinedFieldErrors(error.m_fieldErrors);
    switch (httpStatus) {
    case 400:
        if (!fields.isEmpty()) {
            error.m_message
                = tr("The server rejected the request: %1. Correct these values and try again.").arg(fields);
            error.m_summary = tr("The server rejected the request. Correct the values it names and try again.");
        } else if (!server.isEmpty())
            error.m_message = tr("The server rejected the request: %1").arg(server);
        else
            error.m_message = tr("The server rejected the request as invalid. Check the values and try again.");
        break;
    case 401:
        error.m_message = tr("The API key was rejected. Update it in Connections.");
        break;
    case 403:
        error.m_message = tr("The API key is not allowed to do this. Check its permissions in the Revox dashboard, "
                             "or use another key in Connections.");
        break;
    case 404:
        error.m_message = tr("The assistant no longer exists on the server; it may have been deleted elsewhere. "
                             "Reload the list.");
        break;
    case 408:
        error.m_message = tr("The server gave up waiting for the request. Try again.");
        break;
    case 409:
    case 412:
        error.m_message = tr("The assistant was changed elsewhere since it was loaded. Reload it, then apply your "
                             "changes again.");
        break;
    case 413:
        error.m_message = tr("The request is too large for the server. Shorten the longest texts or lists and try "
                             "again.");
        break;
    case 422:
        if (!fields.isEmpty()) {
            error.m_message = tr("The server rejected some values: %1. Correct them and save again.").arg(fields);
            error.m_summary = tr("The server rejected some values. Correct them and save again.");
        } else if (!server.isEmpty())
            error.m_message = tr("The server rejected some values: %1").arg(server);
        else
            error.m_message = tr("The server rejected some values. Correct them and save again.");
        break;
    case 429: {
        const std::optional<std::chrono::milliseconds> wait
            = RetryPolicy::serverDelay(headers, QDateTime::currentDateTimeUtc());
        if (wait) {
            const int seconds = int(std::ceil(double(wait->count()) / 1000.0));
            error.m_message = tr("Too many requests: the server is rate limiting this API key. Wait %n second(s) and "
                                 "try again.",
                                 nullptr, seconds);
        } else {
            error.m_message = tr("Too many requests: the server is rate limiting this API key. Wait a moment and "
                                 "try again.");
        }
        break;
    }
    default:
        if (httpStatus >= 500) {
            error.m_message
                = tr("The Revox server is having trouble (HTTP %1). Try again in a moment.").arg(httpStatus);
        } else if (!server.isEmpty()) {
            error.m_message = tr("The server refused the request (HTTP %1): %2").arg(httpStatus).arg(server);
        } else {
            error.m_message = tr("The server refused the request (HTTP %1).").arg(httpStatus);
        }
        break;
    }
    return error;
}

void ApiError::parseBody(const QByteArray &body, const QList<RawHeaderPair> &headers)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        if (document.isObject()) {
            const QJsonObject object = document.object();
            m_serverMessage = shortened(firstString(object, {u"message", u"detail", u"title"}));
            const QJsonValue errorValue = object.value(u"error");
            if (errorValue.isString() && m_serverMessage.isEmpty()) {
                m_serverMessage = shortened(errorValue.toString());
            } else if (errorValue.isObject()) { // {"error": {"message": …, "errors": …}}
                const QJsonObject inner = errorValue.toObject();
                if (m_serverMessage.isEmpty())
                    m_serverMessage = shortened(firstString(inner, {u"message", u"detail"}));
                appendFieldErrors(inner.value(u"errors"), m_fieldErrors);
            }
            appendFieldErrors(object.value(u"errors"), m_fieldErrors);
            // FastAPI puts the list under "detail".
            if (object.value(u"detail").isArray())
                appendFieldErrors(object.value(u"detail"), m_fieldErrors);
        } else if (document.isArray()) {
            appendFieldErrors(document.array(), m_fieldErrors);
        }
        return;
    }
    const QString mime = mimeType(headers);
    if (isJsonType(mime))
        return; // broken JSON (cut short): nothing readable in it
    const QString text = QString::fromUtf8(trimmed);
    if (mime == u"text/html" || text.startsWith(u'<')) {
        // Proxies and load balancers answer 502/503 with a page; its title is the only readable part.
        static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                              QRegularExpression::CaseInsensitiveOption
                                                  | QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch match = title.match(text);
        if (match.hasMatch())
            m_serverMessage = shortened(match.captured(1));
        return;
    }
    m_serverMessage = shortened(text);
}

ApiError ApiError::networkFailure(QNetworkReply::NetworkError networkError, int httpStatus, const QString &detail)
{
    ApiError error;
    error.m_kind = Kind::Network;
    error.m_httpStatus = httpStatus;
    error.m_networkError = networkError;
    error.m_detail = detail;
    switch (networkError) {
    case QNetworkReply::HostNotFoundError:
        error.m_message = tr("The Revox server could not be found. Check your internet connection and the server "
                             "address in Connections.");
        break;
    case QNetworkReply::ConnectionRefusedError:
        error.m_message = tr("The Revox server refused the connection. Check the server address in Connections, or "
                             "try again later.");
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.m_message = httpStatus > 0 ? tr("The connection was closed before the whole answer arrived. Try again.")
                                         : tr("The server closed the connection without answering. Try again.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.m_message = tr("A secure connection to the server could not be made. Check the server address in "
                             "Connections and your computer's date and time.");
        break;
    default:
        error.m_message = tr("The Revox server could not be reached. Check your internet connection and try "
                             "again.");
        break;
    }
    return error;
}

ApiError ApiError::timeout(std::chrono::milliseconds after)
{
    ApiError error;
    error.m_kind = Kind::Timeout;
    error.m_networkError = QNetworkReply::TimeoutError;
    const int seconds = int(std::ceil(double(after.count()) / 1000.0));
    error.m_message = tr("The Revox server did not answer within %n second(s). Check your connection and try again.",
                         nullptr, seconds);
    return error;
}

bool ApiError::mayHaveBeenApplied() const
{
    switch (m_kind) {
    case Kind::Timeout:
    case Kind::Payload:
    case Kind::TooLarge:
        return true;
    case Kind::Network:
        // Nothing was sent when no connection was made.
        return m_networkError != QNetworkReply::ConnectionRefusedError
            && m_networkError != QNetworkReply::HostNotFoundError
            && m_networkError != QNetworkReply::ProxyConnectionRefusedError
            && m_networkError != QNetworkReply::ProxyNotFoundError
            && m_networkError != QNetworkReply::SslHandshakeFailedError
            && m_networkError != QNetworkReply::NetworkSessionFailedError;
    case Kind::Http:
        return m_httpStatus == 502 || m_httpStatus == 504;
    case Kind::None:
    case Kind::Redirect:
    case Kind::Aborted:
    case Kind::Invalid:
        return false;
    }
    return false;
}

ApiError ApiError::forRequestWithoutAssistant() const
{
    ApiError error = *this;
    if (m_kind != Kind::Http)
        return error;
    const QString server = m_serverMessage.isEmpty() ? QString() : QStringLiteral(" “%1”").arg(m_serverMessage);
    if (m_httpStatus == 404)
        error.m_message = tr("The server has no Revox API at this address (HTTP 404). Check the base URL in "
                             "Connections.");
    else if (m_httpStatus == 409 || m_httpStatus == 412)
        error.m_message = tr("The server refused the request (HTTP %1)%2. Try again; if it keeps refusing, "
                             "contact Revox support.")
                              .arg(m_httpStatus)
                              .arg(server);
    return error;
}

ApiError ApiError::about(Subject subject) const
{
    ApiError error = *this;
    if (m_kind != Kind::Http)
        return error;
    const QString server = m_serverMessage.isEmpty() ? QString() : QStringLiteral(" “%1”").arg(m_serverMessage);
    if (m_httpStatus == 404)
        error.m_message = subject == Subject::Call
            ? tr("The server knows no such call, or not the assistant it names (HTTP 404)%1.").arg(server)
            : tr("The phone number is no longer on the account; it may have been removed elsewhere. Reload the "
                 "phone numbers.");
    else if (m_httpStatus == 409 || m_httpStatus == 412)
        error.m_message = tr("The server refused the request (HTTP %1)%2.").arg(m_httpStatus).arg(server);
    return error;
}

ApiError ApiError::aborted()
{
    ApiError error;
    error.m_kind = Kind::Aborted;
    error.m_networkError = QNetworkReply::OperationCanceledError;
    error.m_message = tr("The request was cancelled.");
    return error;
}

ApiError ApiError::badPayload(const QString &detail)
{
    ApiError error;
    error.m_kind = Kind::Payload;
    error.m_detail = detail;
    error.m_message = tr("The server's answer could not be understood (%1). Check the server address in "
                         "Connections; if it is right, try again later.")
                          .arg(detail);
    return error;
}

ApiError ApiError::redirectRefused(const QUrl &target, RedirectRefusal reason, int httpStatus)
{
    ApiError error;
    error.m_kind = Kind::Redirect;
    error.m_httpStatus = httpStatus;
    error.m_redirectTarget = target;
    error.m_detail = target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    switch (reason) {
    case RedirectRefusal::OtherOrigin:
        error.m_message = tr("The server redirected the request to another server, %1, which was refused so that "
                             "your API key is not sent there. Check the server address in Connections.")
                              .arg(originOf(target));
        break;
    case RedirectRefusal::MethodChange:
        error.m_message = tr("The server redirected the request to %1 in a way that would turn it into a different "
                             "request, so it was not followed. Check the server address in Connections.")
                              .arg(originOf(target));
        break;
    }
    return error;
}

ApiError ApiError::tooLarge(qint64 limitBytes)
{
    ApiError error;
    error.m_kind = Kind::TooLarge;
    const double mebibytes = double(limitBytes) / (1024.0 * 1024.0);
    error.m_message = tr("The server's answer is larger than the %1 MiB this app accepts and was stopped. Check the "
                         "server address in Connections.")
                          .arg(QString::number(mebibytes, 'g', 4));
    error.m_detail = QStringLiteral("limit %1 bytes").arg(limitBytes);
    return error;
}

ApiError ApiError::invalidRequest(const QString &detail)
{
    ApiError error;
    error.m_kind = Kind::Invalid;
    error.m_detail = detail;
    error.m_message = tr("The request could not be made: %1. Reload the list and try again.").arg(detail);
    return error;
}

ApiError ApiError::secretNotKnown(const QString &where, const QString &path)
{
    ApiError error;
    error.m_kind = Kind::Invalid;
    error.m_detail = QStringLiteral("placeholder at %1").arg(path);
    error.m_message = tr("The value of %1 is not known here: it was not kept in the draft (no keychain), or it "
                         "changed on the server since. Type it again, or take the server's version.")
                          .arg(where);
    error.m_fieldErrors.append({path, error.m_message});
    return error;
}

QString ApiError::originOf(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                        | QUrl::StripTrailingSlash);
}
