// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/JsonText.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

// A real QNetworkAccessManager talking to a sandbox over loopback, one blocking request at a time.
class SandboxTestClient
{
public:
    struct Result
    {
        int status = 0; // 0 when no HTTP answer arrived
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        qint64 elapsedMs = 0;
        int progressEvents = 0; // readyRead signals: pieces of body that arrived apart
        qint64 firstBytesAtMs = -1; // when the first body bytes arrived
        bool gaveUp = false; // aborted after Options::giveUpMs, not by the request's own transfer timeout

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return {};
        }
        QJsonObject json() const { return JsonText::read(body).object(); }
        bool isJson() const { return !JsonText::read(body).isNull(); }
    };

    struct Options
    {
        QList<QPair<QByteArray, QByteArray>> headers; // extra, or replacing Authorization
        bool authorize = true; // sends "Authorization: Bearer <key>"
        int transferTimeoutMs = 0; // 0: none
        QNetworkRequest::RedirectPolicy redirects = QNetworkRequest::ManualRedirectPolicy;
        int giveUpMs = 30000; // the test fails instead of hanging
    };

    SandboxTestClient(QUrl baseUrl, QString key)
        : m_base(std::move(baseUrl))
        , m_key(std::move(key))
    { }

    void setBaseUrl(const QUrl &url) { m_base = url; }
    QUrl url(const QString &path) const
    {
        QUrl url = m_base;
        url.setPath(m_base.path() + path);
        return url;
    }

    // `path` is under the base URL ("/assistants"), or a whole URL.
    Result send(const QByteArray &method, const QString &path, const QByteArray &body, const Options &options)
    {
        return sendTo(path.startsWith(u"http") ? QUrl(path) : url(path), method, body, options);
    }
    // (Overloads, not default arguments: GCC cannot default a nested struct with member initializers.)
    Result send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return send(method, path, body, Options());
    }
    Result get(const QString &path, const Options &options) { return send("GET", path, {}, options); }
    Result get(const QString &path) { return get(path, Options()); }

    Result sendTo(const QUrl &target, const QByteArray &method, const QByteArray &body, const Options &options)
    {
        QNetworkRequest request(target);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, options.redirects);
        if (options.transferTimeoutMs > 0)
            request.setTransferTimeout(options.transferTimeoutMs);
        if (!body.isEmpty() || method == "POST" || method == "PATCH")
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (options.authorize)
            request.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
        for (const auto &[name, value] : options.headers)
            request.setRawHeader(name, value);

        QElapsedTimer clock;
        clock.start();
        // A GET through sendCustomRequest() carries an (empty) upload, which makes Qt 6.4 re-send the original
        // request when it follows a redirect; get() is what the app uses anyway.
        // HEAD too: as a custom verb, Qt would wait for the body the headers announce.
        QNetworkReply *reply = method == "HEAD" ? m_nam.head(request)
            : method == "GET" && body.isEmpty() ? m_nam.get(request)
                                                : m_nam.sendCustomRequest(request, method, body);
        Result result;
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        // readyRead, not downloadProgress: Qt throttles the latter to one signal per 100 ms.
        QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&result, &clock, reply] {
            if (reply->bytesAvailable() <= 0)
                return;
            ++result.progressEvents;
            if (result.firstBytesAtMs < 0)
                result.firstBytesAtMs = clock.elapsed();
        });
        QTimer::singleShot(options.giveUpMs, &loop, [reply, &result] {
            result.gaveUp = true;
            reply->abort();
        });
        if (!reply->isFinished())
            loop.exec();
        result.elapsedMs = clock.elapsed();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        if (reply->isOpen())
            result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_key;
};
