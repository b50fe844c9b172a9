// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxReply.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

SandboxReply SandboxReply::json(int status, const QJsonObject &object)
{
    return raw(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

SandboxReply SandboxReply::raw(int status, const QByteArray &jsonBody)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = jsonBody;
    return reply;
}

SandboxReply SandboxReply::error(int status, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("message"), message}});
}

QByteArray SandboxReply::head(qint64 contentLength, bool closeConnection) const
{
    // RFC 9110 IMF-fixdate; the C locale keeps day and month names English.
    const QString date
        = QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss") + QLatin1String(" GMT");
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += "Date: " + date.toLatin1() + "\r\n";
    head += "Server: revox-sandbox/" REVOX_VERSION "\r\n";
    for (const auto &[key, value] : headers)
        head += key + ": " + value + "\r\n";
    head += closeConnection ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";
    return head;
}

QByteArray SandboxReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}
