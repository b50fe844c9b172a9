// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevoxCall.h"

#include "AssistantJson.h"
#include "JsonText.h"
#include "RetryPolicy.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstring>

using namespace std::chrono;

namespace {

// A redirect chain longer than this is a loop.
constexpr int maxRedirectHops = 5;

// A request body that Qt may read only once.
//
// When a connection closes before the answer, Qt's HTTP layer silently sends the request again,
// up to twice and whatever the method (QHttpNetworkConnectionChannel::_q_error). For that it
// rewinds the body; this device refuses once anything was read, so Qt reports ContentReSendError
// instead and a POST reaches the server at most once per attempt: whether to repeat is
// RetryPolicy's decision alone. (A QBuffer would not do: Qt reads a QBuffer's array directly.)
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    // An empty body cannot tell "not sent yet" from "sent": it never rewinds.
    bool reset() override { return !m_data.isEmpty() && m_position == 0 && QIODevice::reset(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_position >= m_data.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

RevoxCall::RevoxCall(QNetworkAccessManager *nam, Request request, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_request(std::move(request))
    , m_operation(m_request.operation)
    , m_assistantId(m_request.assistantId)
    , m_resourceId(m_request.resourceId)
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

QList<Assistant> RevoxCall::assistants() const
{
    QList<Assistant> assistants;
    assistants.reserve(m_summaries.size() + m_listed.size());
    for (const AssistantSummary &summary : m_summaries)
        assistants.append(summary.assistant());
    for (const ListedAssistant &listed : m_listed)
        assistants.append(listed.assistant());
    return assistants;
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
    m_url = m_request.request.url(); // a retry starts over from the first address
    m_redirectHops = 0;
    ++m_attempts;
    m_attemptStartedMs = m_elapsed.elapsed();
    send();
}

void RevoxCall::send()
{
    if (m_finished)
        return;
    if (!m_nam) {
        finish(ApiError::invalidRequest(tr("the network manager is gone")));
        return;
    }
    m_abortReason = AbortReason::None;

    QNetworkRequest request = m_request.request;
    request.setUrl(m_url);
    // Redirects are followed here, hop by hop, each a new request to a checked address. Qt's
    // UserVerifiedRedirectPolicy is not usable in Qt 6.4: it rewinds the body of a 307/308 before
    // asking (which OneShotBody refuses), and from the third hop of a chain it sends the request
    // several times at once and ends with status 100.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const QByteArray &verb = m_request.verb;
    QNetworkReply *reply = nullptr;
    if (verb == "GET") {
        reply = m_nam->get(request);
    } else if (verb == "DELETE") {
        reply = m_nam->deleteResource(request);
    } else {
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_request.body, nullptr);
        reply = verb == "POST" ? m_nam->post(request, body) : m_nam->sendCustomRequest(request, verb, body);
        body->setParent(reply); // must outlive the upload; the reply's children go after it
    }
    m_reply = reply;

    // Each slot checks that the reply is still the current one: a late signal of an abandoned
    // attempt must not touch the next.
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

std::optional<ApiError> RevoxCall::refuseRedirect(const QUrl &target, int httpStatus)
{
    // Compared with the first request, not the previous hop: a chain may not wander off either.
    if (!isSameOrigin(m_request.request.url(), target))
        return ApiError::redirectRefused(target, ApiError::RedirectRefusal::OtherOrigin, httpStatus);
    if (!redirectKeepsMethod(m_request.verb, httpStatus))
        return ApiError::redirectRefused(target, ApiError::RedirectRefusal::MethodChange, httpStatus);
    if (++m_redirectHops > maxRedirectHops)
        return ApiError::fromResponse(QNetworkReply::TooManyRedirectsError, httpStatus, {}, {});
    return std::nullopt;
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

    if (m_abortReason != AbortReason::None) {
        finishAborted();
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
    // OneShotBody refused to rewind: either for Qt's silent resend after the connection closed
    // before the answer, or because Qt 6.4 rewinds the body on every 307/308, even when told not
    // to follow redirects. The latter is a redirect answer like any other, decided below.
    if (networkError == QNetworkReply::ContentReSendError)
        networkError = isRedirectStatus(status) ? QNetworkReply::NoError : QNetworkReply::RemoteHostClosedError;
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (body.size() > m_request.maxBodySize) { // progress signals are rate-limited, so check again
        finish(ApiError::tooLarge(m_request.maxBodySize));
        return;
    }
    // Qt 6.4 takes a connection closed mid-body for the end of the body, even when Content-Length
    // promised more. Unless the body was decompressed (then the lengths differ anyway), a short
    // body is a connection lost before the whole answer arrived.
    if (networkError == QNetworkReply::NoError && reply->rawHeader("Content-Encoding").isEmpty()) {
        bool ok = false;
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && declared > body.size())
            networkError = QNetworkReply::RemoteHostClosedError;
    }

    if (networkError == QNetworkReply::NoError && isRedirectStatus(status)) {
        const QByteArray location = reply->rawHeader("Location");
        if (!location.isEmpty()) { // without one, ApiError reports the redirect it could not follow
            const QUrl target = m_url.resolved(QUrl::fromEncoded(location));
            if (const std::optional<ApiError> refusal = refuseRedirect(target, status)) {
                finish(*refusal);
                return;
            }
            m_url = target;
            send(); // the same attempt, one hop further
            return;
        }
    }

    // The question GET /auth-status asks is whether the key is good: a server that answers a bad one with
    // 401 or 403 instead of {"authenticated": false} has answered it too.
    if (m_operation == Operation::AuthStatus && (status == 401 || status == 403)) {
        m_authenticated = false;
        finish({});
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
        const milliseconds spent(m_elapsed.elapsed());
        const milliseconds left = m_request.deadline - spent;
        // A retry that could not finish before the deadline would only turn this error into a timeout: it needs
        // its wait and an attempt as long as this one took.
        const milliseconds attempt = spent - milliseconds(m_attemptStartedMs);
        if (wait + attempt < left) {
            m_retryTimer.start(wait);
            emit retrying(error, wait);
            return;
        }
    }
    finish(error);
}

void RevoxCall::finishAborted()
{
    switch (m_abortReason) {
    case AbortReason::None:
        Q_UNREACHABLE();
        return;
    case AbortReason::User:
        finish(ApiError::aborted());
        return;
    case AbortReason::Deadline:
        finish(ApiError::timeout(m_request.deadline));
        return;
    case AbortReason::TooLarge:
        finish(ApiError::tooLarge(m_request.maxBodySize));
        return;
    }
}

ApiError RevoxCall::decode(const QByteArray &body)
{
    QString problem;
    switch (m_operation) {
    case Operation::List:
        if (std::optional<QList<AssistantSummary>> list = AssistantJson::decodeAssistantList(body, &problem)) {
            m_summaries = std::move(*list);
            return {};
        }
        break;
    case Operation::ListItems:
    case Operation::ListItemsParsed: {
        const auto form
            = m_operation == Operation::ListItems ? ListedAssistant::Form::Bytes : ListedAssistant::Form::Parsed;
        if (std::optional<QList<ListedAssistant>> list = AssistantJson::decodeListedAssistants(body, form, &problem)) {
            m_listed = std::move(*list);
            return {};
        }
        break;
    }
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
        const QJsonDocument document = JsonText::read(body);
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
        const QJsonDocument document = JsonText::read(body);
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
    case Operation::PlaceCall:
    case Operation::GetCall:
    case Operation::CancelCall: {
        const QJsonObject object = JsonText::read(body).object();
        const QJsonObject call = object.value(u"call").isObject() ? object.value(u"call").toObject() : object;
        if (!call.value(u"id").isString()) {
            problem = tr("no call with an \"id\"");
            break;
        }
        m_call = CallInfo::fromJson(call);
        return {};
    }
    case Operation::ListCalls: {
        const QJsonDocument document = JsonText::read(body);
        // {"calls": […]} (with the page's figures), or a bare list.
        const QJsonValue list = document.isArray() ? QJsonValue(document.array()) : document.object().value(u"calls");
        if (!list.isArray()) {
            problem = tr("no \"calls\" list");
            break;
        }
        for (const QJsonValue &item : list.toArray()) {
            if (item.isObject())
                m_calls.append(CallInfo::fromJson(item.toObject()));
        }
        const QJsonValue total = document.object().value(u"total");
        m_callsTotal = total.isDouble() ? total.toInteger(-1) : -1;
        return {};
    }
    case Operation::AuthStatus: {
        const QJsonValue authenticated = JsonText::read(body).object().value(u"authenticated");
        if (!authenticated.isBool()) {
            problem = tr("no \"authenticated\" value");
            break;
        }
        m_authenticated = authenticated.toBool();
        return {};
    }
    case Operation::CurrentUser: {
        const QJsonDocument document = JsonText::read(body);
        m_user = UserInfo::fromJson(document.object());
        if (!document.isObject() || m_user.isEmpty()) {
            problem = tr("no user with an \"id\" or \"email\"");
            break;
        }
        return {};
    }
    case Operation::ListPhoneNumbers: {
        const QJsonDocument document = JsonText::read(body);
        const QJsonValue list
            = document.isArray() ? QJsonValue(document.array()) : document.object().value(u"phone_numbers");
        if (!list.isArray()) {
            problem = tr("no \"phone_numbers\" list");
            break;
        }
        for (const QJsonValue &item : list.toArray()) {
            if (item.isObject())
                m_phoneNumbers.append(PhoneNumberInfo::fromJson(item.toObject()));
        }
        return {};
    }
    case Operation::UpdatePhoneNumber: {
        // {"phone_number": {…}}, or the number itself; a body without either still means it was changed.
        const QJsonDocument document = JsonText::read(body);
        if (!body.trimmed().isEmpty() && !document.isObject()) {
            problem = tr("the answer is not a JSON object");
            break;
        }
        m_phoneNumber = PhoneNumberInfo::fromJson(document.object());
        if (m_phoneNumber.id.isEmpty())
            m_phoneNumber.id = m_resourceId;
        return {};
    }
    case Operation::DeletePhoneNumber: {
        if (body.trimmed().isEmpty())
            return {};
        const QJsonValue success = JsonText::read(body).object().value(u"success");
        if (success.isBool() && !success.toBool()) {
            problem = tr("the server reported that the deletion failed");
            break;
        }
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
    switch (m_operation) {
    case Operation::Get:
    case Operation::Update:
    case Operation::Delete:
    case Operation::Clone:
        m_error = error;
        break;
    case Operation::PlaceCall:
    case Operation::GetCall:
    case Operation::CancelCall:
        m_error = error.about(ApiError::Subject::Call);
        break;
    case Operation::UpdatePhoneNumber:
    case Operation::DeletePhoneNumber:
        m_error = error.about(ApiError::Subject::PhoneNumber);
        break;
    default:
        m_error = error.forRequestWithoutAssistant();
        break;
    }
    m_retryTimer.stop();
    m_deadlineTimer.stop();
    emit finished();
    deleteLater();
}
