// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevoxCall.h"

#include "AssistantJson.h"
#include "RetryPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace std::chrono;

RevoxCall::RevoxCall(QNetworkAccessManager *nam, Request request, QObject *parent)
    : QObject(parent), m_nam(nam), m_request(std::move(request)), m_operation(m_request.operation),
      m_assistantId(m_request.assistantId)
{
    m_retryTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    // Precise: a retry wait or a deadline of a few seconds should not drift by 5 %.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &RevoxCall::sendAttempt);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &RevoxCall::onDeadline);
}

RevoxCall::~RevoxCall()
{
    // Destroyed while running (its parent went away): the reply belongs to the manager, so it
    // must be stopped and released here or it would finish into nothing.
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RevoxCall::start()
{
    m_elapsed.start();
    m_deadlineTimer.start(m_request.deadline);
    sendAttempt();
}

void RevoxCall::failBeforeStart(const ApiError &error)
{
    // Queued: the caller has not had the chance to connect to finished() yet.
    QMetaObject::invokeMethod(
        this, [this, error] { finish(error); }, Qt::QueuedConnection);
}

void RevoxCall::abort()
{
    if (m_finished)
        return;
    if (m_reply) {
        abortReply(AbortReason::User);
        return;
    }
    finish(ApiError::aborted()); // waiting between attempts, or not started
}

void RevoxCall::sendAttempt()
{
    if (m_finished)
        return;
    if (!m_nam) {
        finish(ApiError::invalidRequest(tr("the network manager is gone")));
        return;
    }
    ++m_attempts;
    m_abortReason = AbortReason::None;

    const QNetworkRequest &request = m_request.request;
    const QByteArray &verb = m_request.verb;
    QNetworkReply *reply = nullptr;
    if (verb == "GET")
        reply = m_nam->get(request);
    else if (verb == "DELETE")
        reply = m_nam->deleteResource(request);
    else if (verb == "POST")
        reply = m_nam->post(request, m_request.body);
    else
        reply = m_nam->sendCustomRequest(request, verb, m_request.body);
    m_reply = reply;

    // Each slot checks that the reply is still the current one: a late signal of an abandoned
    // attempt must not touch the next.
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &url) { onRedirected(reply, url); });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64 total) { onDownloadProgress(reply, received, total); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaDataChanged(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

bool RevoxCall::isSameOrigin(const QUrl &from, const QUrl &to)
{
    const QString scheme = from.scheme().toLower();
    const int defaultPort = scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1;
    return to.isValid() && scheme == to.scheme().toLower() && from.host().compare(to.host(), Qt::CaseInsensitive) == 0
        && from.port(defaultPort) == to.port(defaultPort);
}

bool RevoxCall::redirectKeepsMethod(QByteArrayView verb, int httpStatus)
{
    // 307 and 308 repeat the request as it was. 301, 302 and 303 turn it into a GET (Qt does so
    // for every method but HEAD), which is only the same request when it already was a GET.
    switch (httpStatus) {
    case 307:
    case 308:
        return true;
    case 301:
    case 302:
    case 303:
        return verb == "GET" || verb == "HEAD";
    default:
        return false;
    }
}

void RevoxCall::onRedirected(QNetworkReply *reply, const QUrl &url)
{
    if (reply != m_reply)
        return;
    // Compared with the first request, not the previous hop: a chain may not wander off either.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!isSameOrigin(m_request.request.url(), url)) {
        m_refusedRedirect = url;
        m_redirectStatus = status;
        abortReply(AbortReason::RedirectOtherOrigin);
        return;
    }
    if (!redirectKeepsMethod(m_request.verb, status)) {
        m_refusedRedirect = url;
        m_redirectStatus = status;
        abortReply(AbortReason::RedirectMethodChange);
        return;
    }
    emit reply->redirectAllowed();
}

void RevoxCall::onDownloadProgress(QNetworkReply *reply, qint64 received, qint64 total)
{
    if (reply != m_reply)
        return;
    if (received > m_request.maxBodySize || total > m_request.maxBodySize) {
        abortReply(AbortReason::TooLarge);
        return;
    }
    emit progress(received, total);
}

void RevoxCall::onMetaDataChanged(QNetworkReply *reply)
{
    if (reply != m_reply)
        return;
    // Refuse a declared oversize body before any of it arrives.
    bool ok = false;
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && length > m_request.maxBodySize)
        abortReply(AbortReason::TooLarge);
}

void RevoxCall::abortReply(AbortReason reason)
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    m_abortReason = reason;
    reply->abort(); // emits finished() synchronously, which lands in onReplyFinished()
    onReplyFinished(reply); // no-op unless it had already finished internally and will not report again
}

void RevoxCall::onDeadline()
{
    if (m_finished)
        return;
    if (m_reply) {
        abortReply(AbortReason::Deadline);
        return;
    }
    m_retryTimer.stop();
    finish(ApiError::timeout(m_request.deadline));
}

void RevoxCall::onReplyFinished(QNetworkReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    if (m_finished)
        return;

    switch (m_abortReason) {
    case AbortReason::None:
        break;
    case AbortReason::User:
        finish(ApiError::aborted());
        return;
    case AbortReason::Deadline:
        finish(ApiError::timeout(m_request.deadline));
        return;
    case AbortReason::RedirectOtherOrigin:
        finish(ApiError::redirectRefused(m_refusedRedirect, ApiError::RedirectRefusal::OtherOrigin, m_redirectStatus));
        return;
    case AbortReason::RedirectMethodChange:
        finish(ApiError::redirectRefused(m_refusedRedirect, ApiError::RedirectRefusal::MethodChange, m_redirectStatus));
        return;
    case AbortReason::TooLarge:
        finish(ApiError::tooLarge(m_request.maxBodySize));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QList<QNetworkReply::RawHeaderPair> headers = reply->rawHeaderPairs();
    m_etag = reply->rawHeader("ETag");
    QNetworkReply::NetworkError networkError = reply->error();
    // Every abort of ours set m_abortReason; Qt 6.4 reports its own transfer timeout as a
    // cancellation (later versions say TimeoutError).
    if (networkError == QNetworkReply::OperationCanceledError)
        networkError = QNetworkReply::TimeoutError;
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (body.size() > m_request.maxBodySize) { // progress signals are rate-limited, so check again
        finish(ApiError::tooLarge(m_request.maxBodySize));
        return;
    }

    const ApiError error = ApiError::fromResponse(
        networkError, status, body, headers, networkError == QNetworkReply::NoError ? QString() : reply->errorString());
    if (!error) {
        finish(decode(body));
        return;
    }
    if (RetryPolicy::shouldRetry(m_request.verb, networkError, status, headers, m_attempts - 1)) {
        const milliseconds wait = RetryPolicy::delay(m_attempts - 1, headers);
        const milliseconds left = m_request.deadline - milliseconds(m_elapsed.elapsed());
        // A retry that could not finish before the deadline would only turn this error into a timeout.
        if (wait < left) {
            m_retryTimer.start(wait);
            return;
        }
    }
    finish(error);
}

ApiError RevoxCall::decode(const QByteArray &body)
{
    QString problem;
    switch (m_operation) {
    case Operation::List:
        if (std::optional<QList<Assistant>> list = AssistantJson::decodeAssistantList(body, &problem)) {
            m_assistants = std::move(*list);
            return {};
        }
        break;
    case Operation::Get:
        if (std::optional<Assistant> item = AssistantJson::decodeAssistant(body, &problem)) {
            m_assistant = std::move(*item);
            return {};
        }
        break;
    case Operation::Create:
    case Operation::Update:
    case Operation::Clone:
        if (std::optional<Assistant> item = AssistantJson::decodeWrappedAssistant(body, &problem)) {
            m_assistant = std::move(*item);
            return {};
        }
        break;
    case Operation::Delete: {
        // {"success": true}; an empty body (204) also means it is gone.
        if (body.trimmed().isEmpty())
            return {};
        const QJsonDocument document = QJsonDocument::fromJson(body);
        const QJsonValue success = document.object().value(u"success");
        if (success.isBool()) {
            if (success.toBool())
                return {};
            problem = tr("the server reported that the deletion failed");
        } else {
            problem = tr("no \"success\" value");
        }
        break;
    }
    case Operation::Voices: {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        const QJsonValue list = document.object().value(u"voices");
        if (!list.isArray()) {
            problem = tr("no \"voices\" list");
            break;
        }
        const QJsonArray array = list.toArray();
        QList<VoiceInfo> voices;
        voices.reserve(array.size());
        for (const QJsonValue &item : array) {
            if (!item.isObject()) {
                problem = tr("item %1 of \"voices\" is not an object").arg(voices.size());
                break;
            }
            voices.append(VoiceInfo::fromJson(item.toObject()));
        }
        if (!problem.isEmpty())
            break;
        m_voices = std::move(voices);
        return {};
    }
    }
    return ApiError::badPayload(problem);
}

void RevoxCall::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_retryTimer.stop();
    m_deadlineTimer.stop();
    emit finished();
    deleteLater();
}
