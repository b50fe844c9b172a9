// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AssistantPatch.h"
#include "CallRequest.h"
#include "PhoneNumberUpdate.h"
#include "RevoxCall.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

class QNetworkAccessManager;
class QNetworkRequest;

// The Revox REST API: one method per endpoint, each returning a RevoxCall that reports the outcome.
//
// Transport rules the whole app relies on: the key travels only in the Authorization header and
// only to the base URL's origin (redirects elsewhere are refused), requests that are safe to repeat
// are retried a bounded number of times, and every call ends within its deadline.
class RevoxClient : public QObject
{
    Q_OBJECT
public:
    explicit RevoxClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    static QUrl defaultBaseUrl(); // https://www.getrevox.com/api
    static constexpr std::chrono::milliseconds defaultTransferTimeout{30000};
    static constexpr std::chrono::milliseconds defaultDeadline{90000};
    // Room for 10,000 full assistants in one list.
    static constexpr qint64 defaultMaxResponseSize = qint64(512) * 1024 * 1024;

    // Refuses (returns false, says why in *error) a URL that is not http(s), has no host, carries
    // user info, a query or a fragment, or is plain http to a host other than loopback
    // (127.0.0.0/8, ::1, localhost).
    bool setBaseUrl(const QUrl &url, QString *error = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    static bool isAcceptableBaseUrl(const QUrl &url, QString *error = nullptr);

    // Never logged, never put in a URL. A key with spaces or control characters is not sent at
    // all (the server then answers 401), so it cannot split the header.
    void setApiKey(const QString &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

    // `transfer`: the longest a single attempt may go without receiving data; `deadline`: the
    // longest a whole call may take, retries and waits included.
    void setTimeouts(std::chrono::milliseconds transfer, std::chrono::milliseconds deadline);
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    std::chrono::milliseconds deadline() const { return m_deadline; }

    // The manager requests go through, for a helper that needs a client of its own (ConnectionCheck).
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    void setMaxResponseSize(qint64 bytes);
    qint64 maxResponseSize() const { return m_maxResponseSize; }

    RevoxCall *listAssistants(); // GET /assistants → {"assistants":[…]}
    // The same, each assistant as a ListedAssistant (RevoxCall::listed()): for work on each one.
    RevoxCall *listAssistantItems(ListedAssistant::Form form);
    RevoxCall *getAssistant(const QString &id); // GET /assistants/{id} → bare object
    // Both refuse, without sending anything, a body that holds a secret placeholder (SecretPlaceholder):
    // the call fails with ApiError::secretNotKnown naming the tool and the header.
    RevoxCall *createAssistant(const AssistantPatch &body); // POST /assistants → {"assistant":…}; never retried
    // PATCH /assistants/{id} → {"assistant":…}. A non-empty `ifMatch` is sent as If-Match.
    RevoxCall *updateAssistant(const QString &id, const AssistantPatch &patch, const QByteArray &ifMatch = {});
    RevoxCall *deleteAssistant(const QString &id); // DELETE /assistants/{id} → {"success":…}
    RevoxCall *cloneAssistant(const QString &id); // POST /assistants/{id}/clone → {"assistant":…}; never retried
    RevoxCall *listVoices(); // GET /voices → {"voices":[…]}

    // Calls. A call may be placed with a draft inline (CallRequest::assistant): nothing is saved. Like a
    // create, a draft holding a secret placeholder is refused before anything is sent.
    RevoxCall *placeCall(const CallRequest &request); // POST /call → {"call":…}; never retried, like a create
    RevoxCall *getCall(const QString &id); // GET /call/{id} → {"call":…}: poll it until call().isFinal()
    // GET /call?page=&page_size=&statuses[]= → one page of calls, newest first. Pages count from 1.
    RevoxCall *listCalls(int page = 1, int pageSize = 20, const QStringList &statuses = {});
    RevoxCall *cancelCall(const QString &id); // POST /call/{id}/cancel → {"call":…}; never retried

    // The account: whether a key is valid, and whose it is. authStatus() answers false for a refused key
    // rather than failing, so a key can be checked before it is stored.
    RevoxCall *authStatus(); // GET /auth-status → authenticated()
    RevoxCall *currentUser(); // GET /users/me → user()

    // Phone numbers and the assistant that answers each one's inbound calls.
    RevoxCall *listPhoneNumbers(); // GET /phone-numbers → phoneNumbers()
    RevoxCall *updatePhoneNumber(const QString &id, const PhoneNumberUpdate &update); // PATCH /phone-numbers/{id}
    RevoxCall *deletePhoneNumber(const QString &id); // DELETE /phone-numbers/{id}

    static QByteArray userAgent(); // "RevoxStudio/<version>"

signals:
    void callStarted(RevoxCall *call); // for a global busy indicator

private:
    RevoxCall *makeCall(RevoxCall::Operation operation, const QString &id, const QByteArray &verb,
                        const QString &encodedPath, const QByteArray &body = {}, const QByteArray &ifMatch = {},
                        const QUrlQuery &query = {}, const QString &resourceId = {});
    RevoxCall *assistantCall(RevoxCall::Operation operation, const QString &id, const QByteArray &verb,
                             const QString &suffix = {}, const QByteArray &body = {}, const QByteArray &ifMatch = {});
    // A request about one call or phone number: "<collection>/<id><suffix>".
    RevoxCall *resourceCall(RevoxCall::Operation operation, const QString &collection, const QString &id,
                            const QByteArray &verb, const QString &suffix = {}, const QByteArray &body = {});
    // `id` as one path segment; empty when it cannot be one ("", ".", "..": QUrl would climb out with them).
    static QString pathSegment(const QString &id);
    QNetworkRequest requestFor(const QString &encodedPath, bool hasBody, const QUrlQuery &query = {}) const;
    // A call that fails at once when `body` holds a secret placeholder; nullptr when it holds none.
    RevoxCall *refuseSecretPlaceholder(RevoxCall::Operation operation, const QString &id, const QByteArray &verb,
                                       const AssistantPatch &body);

    QPointer<QNetworkAccessManager> m_nam;
    QUrl m_baseUrl;
    QString m_apiKey;
    std::chrono::milliseconds m_transferTimeout = defaultTransferTimeout;
    std::chrono::milliseconds m_deadline = defaultDeadline;
    qint64 m_maxResponseSize = defaultMaxResponseSize;
};
