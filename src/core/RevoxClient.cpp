// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevoxClient.h"

#include "SecretFields.h"

#include <QHostAddress>
#include <QLibraryInfo>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QVersionNumber>

#ifndef REVOX_VERSION
#define REVOX_VERSION "0.0.0"
#endif

using namespace std::chrono;

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// HTTP/2 in Qt before 6.6.2 has CVE-2023-51714 (HPACK integer overflow); fall back to HTTP/1.1.
bool http2IsSafe()
{
    static const bool safe = QLibraryInfo::version() >= QVersionNumber(6, 6, 2);
    return safe;
}

bool isSendableKey(const QString &key)
{
    for (const QChar c : key) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

} // namespace

RevoxClient::RevoxClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_baseUrl(defaultBaseUrl())
{ }

QUrl RevoxClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://www.getrevox.com/api"));
}

bool RevoxClient::isAcceptableBaseUrl(const QUrl &url, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!url.isValid() || url.isRelative())
        return fail(tr("“%1” is not a valid address.").arg(url.toString(QUrl::RemoveUserInfo)));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return fail(tr("The server address must start with https://."));
    if (url.host().isEmpty())
        return fail(tr("The server address has no host name."));
    if (!url.userInfo().isEmpty())
        return fail(tr("The server address must not contain a user name or password; the API key is set apart."));
    if (url.hasQuery() || url.hasFragment())
        return fail(tr("The server address must not contain “?” or “#”."));
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return fail(tr("The server address must use https://, so that the API key is not sent in clear text. "
                       "Plain http:// is only allowed for this computer (localhost)."));
    return true;
}

bool RevoxClient::setBaseUrl(const QUrl &url, QString *error)
{
    if (!isAcceptableBaseUrl(url, error))
        return false;
    m_baseUrl = url;
    return true;
}

void RevoxClient::setApiKey(const QString &key)
{
    m_apiKey = key.trimmed();
}

void RevoxClient::setTimeouts(milliseconds transfer, milliseconds deadline)
{
    m_transferTimeout = std::max(transfer, milliseconds(1));
    m_deadline = std::max(deadline, milliseconds(1));
}

void RevoxClient::setMaxResponseSize(qint64 bytes)
{
    m_maxResponseSize = std::max<qint64>(bytes, 0);
}

QByteArray RevoxClient::userAgent()
{
    return QByteArrayLiteral("RevoxStudio/" REVOX_VERSION);
}

RevoxCall *RevoxClient::listAssistants()
{
    return makeCall(RevoxCall::Operation::List, {}, "GET", QStringLiteral("/assistants"));
}

RevoxCall *RevoxClient::listAssistantItems(ListedAssistant::Form form)
{
    return makeCall(form == ListedAssistant::Form::Parsed ? RevoxCall::Operation::ListItemsParsed
                                                          : RevoxCall::Operation::ListItems,
                    {}, "GET", QStringLiteral("/assistants"));
}

RevoxCall *RevoxClient::getAssistant(const QString &id)
{
    return assistantCall(RevoxCall::Operation::Get, id, "GET");
}

RevoxCall *RevoxClient::createAssistant(const AssistantPatch &body)
{
    if (RevoxCall *refused = refuseSecretPlaceholder(RevoxCall::Operation::Create, {}, "POST", body))
        return refused;
    return makeCall(RevoxCall::Operation::Create, {}, "POST", QStringLiteral("/assistants"), body.toJson());
}

RevoxCall *RevoxClient::updateAssistant(const QString &id, const AssistantPatch &patch, const QByteArray &ifMatch)
{
    if (RevoxCall *refused = refuseSecretPlaceholder(RevoxCall::Operation::Update, id, "PATCH", patch))
        return refused;
    return assistantCall(RevoxCall::Operation::Update, id, "PATCH", {}, patch.toJson(), ifMatch);
}

RevoxCall *RevoxClient::refuseSecretPlaceholder(RevoxCall::Operation operation, const QString &id,
                                                const QByteArray &verb, const AssistantPatch &body)
{
    // A placeholder stands where a secret was not kept; sent, it would replace the user's credential.
    const std::optional<SecretLocation> placeholder = SecretFields::firstPlaceholder(body.body());
    if (!placeholder)
        return nullptr;
    RevoxCall *call = makeCall(operation, id, verb, {});
    call->failBeforeStart(ApiError::secretNotKnown(placeholder->description, placeholder->path));
    return call;
}

RevoxCall *RevoxClient::deleteAssistant(const QString &id)
{
    return assistantCall(RevoxCall::Operation::Delete, id, "DELETE");
}

RevoxCall *RevoxClient::cloneAssistant(const QString &id)
{
    return assistantCall(RevoxCall::Operation::Clone, id, "POST", QStringLiteral("/clone"));
}

RevoxCall *RevoxClient::listVoices()
{
    return makeCall(RevoxCall::Operation::Voices, {}, "GET", QStringLiteral("/voices"));
}

RevoxCall *RevoxClient::placeCall(const CallRequest &request)
{
    // A placeholder would make the assistant on the phone use a credential it does not have.
    if (request.assistant) {
        if (RevoxCall *refused
            = refuseSecretPlaceholder(RevoxCall::Operation::PlaceCall, {}, "POST", *request.assistant))
            return refused;
    }
    return makeCall(RevoxCall::Operation::PlaceCall, {}, "POST", QStringLiteral("/call"), request.toJson());
}

RevoxCall *RevoxClient::getCall(const QString &id)
{
    return resourceCall(RevoxCall::Operation::GetCall, QStringLiteral("/call/"), id, "GET");
}

RevoxCall *RevoxClient::listCalls(int page, int pageSize, const QStringList &statuses)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    for (const QString &status : statuses)
        query.addQueryItem(QStringLiteral("statuses[]"), status);
    return makeCall(RevoxCall::Operation::ListCalls, {}, "GET", QStringLiteral("/call"), {}, {}, query);
}

RevoxCall *RevoxClient::cancelCall(const QString &id)
{
    return resourceCall(RevoxCall::Operation::CancelCall, QStringLiteral("/call/"), id, "POST",
                        QStringLiteral("/cancel"));
}

RevoxCall *RevoxClient::authStatus()
{
    return makeCall(RevoxCall::Operation::AuthStatus, {}, "GET", QStringLiteral("/auth-status"));
}

RevoxCall *RevoxClient::currentUser()
{
    return makeCall(RevoxCall::Operation::CurrentUser, {}, "GET", QStringLiteral("/users/me"));
}

RevoxCall *RevoxClient::listPhoneNumbers()
{
    return makeCall(RevoxCall::Operation::ListPhoneNumbers, {}, "GET", QStringLiteral("/phone-numbers"));
}

RevoxCall *RevoxClient::updatePhoneNumber(const QString &id, const PhoneNumberUpdate &update)
{
    return resourceCall(RevoxCall::Operation::UpdatePhoneNumber, QStringLiteral("/phone-numbers/"), id, "PATCH", {},
                        update.toJson());
}

RevoxCall *RevoxClient::deletePhoneNumber(const QString &id)
{
    return resourceCall(RevoxCall::Operation::DeletePhoneNumber, QStringLiteral("/phone-numbers/"), id, "DELETE");
}

QString RevoxClient::pathSegment(const QString &id)
{
    // QUrl decodes %2E back to '.', so "." and ".." cannot be escaped: they would climb out of the
    // collection and reach another endpoint.
    if (id.isEmpty() || id == u"." || id == u"..")
        return {};
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

RevoxCall *RevoxClient::assistantCall(RevoxCall::Operation operation, const QString &id, const QByteArray &verb,
                                      const QString &suffix, const QByteArray &body, const QByteArray &ifMatch)
{
    const QString segment = pathSegment(id);
    if (segment.isEmpty()) {
        RevoxCall *call = makeCall(operation, id, verb, {});
        call->failBeforeStart(ApiError::invalidRequest(tr("“%1” is not an assistant id").arg(id)));
        return call;
    }
    return makeCall(operation, id, verb, QStringLiteral("/assistants/") + segment + suffix, body, ifMatch);
}

RevoxCall *RevoxClient::resourceCall(RevoxCall::Operation operation, const QString &collection, const QString &id,
                                     const QByteArray &verb, const QString &suffix, const QByteArray &body)
{
    const QString segment = pathSegment(id);
    RevoxCall *call = makeCall(operation, {}, verb, segment.isEmpty() ? QString() : collection + segment + suffix, body,
                               {}, {}, id);
    if (segment.isEmpty())
        call->failBeforeStart(ApiError::invalidRequest(tr("“%1” is not an id").arg(id)));
    return call;
}

RevoxCall *RevoxClient::makeCall(RevoxCall::Operation operation, const QString &id, const QByteArray &verb,
                                 const QString &encodedPath, const QByteArray &body, const QByteArray &ifMatch,
                                 const QUrlQuery &query, const QString &resourceId)
{
    const bool hasBody = verb == "POST" || verb == "PATCH";
    RevoxCall::Request request;
    request.operation = operation;
    request.assistantId = id;
    request.resourceId = resourceId;
    request.verb = verb;
    request.request = requestFor(encodedPath, hasBody && !body.isEmpty(), query);
    if (!ifMatch.isEmpty())
        request.request.setRawHeader("If-Match", ifMatch);
    request.body = body;
    request.deadline = m_deadline;
    request.maxBodySize = m_maxResponseSize;

    auto *call = new RevoxCall(m_nam, std::move(request), this);
    emit callStarted(call);
    if (!encodedPath.isEmpty())
        call->start();
    return call;
}

QNetworkRequest RevoxClient::requestFor(const QString &encodedPath, bool hasBody, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + encodedPath, QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(query);

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_apiKey.isEmpty() && isSendableKey(m_apiKey))
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toLatin1());

    // Qt's own policies would resend Authorization to another origin on 307/308 and turn a
    // redirected PATCH into a GET: RevoxCall follows each hop itself, after checking it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(std::min<qint64>(m_transferTimeout.count(), std::numeric_limits<int>::max())));
    if (!http2IsSafe())
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Bodies hold secrets (custom LLM keys, webhook URLs): never keep them in a disk cache.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return request;
}
