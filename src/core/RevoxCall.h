// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "Assistant.h"
#include "AssistantSummary.h"
#include "CallInfo.h"
#include "ListedAssistant.h"
#include "PhoneNumberInfo.h"
#include "UserInfo.h"
#include "VoiceInfo.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// One API request, including its retries and redirects. Made by RevoxClient; deletes itself
// (deleteLater) right after finished(), so read the results in a slot connected to finished().
//
// A request with a body (create, update, clone) reaches the server at most once per attempt. Qt's
// HTTP layer may itself repeat a GET or DELETE whose connection closed before any answer.
class RevoxCall : public QObject
{
    Q_OBJECT
public:
    enum class Operation {
        List,
        ListItems, // the same request, each assistant as a ListedAssistant (listed()) of Form::Bytes
        ListItemsParsed, // likewise, of Form::Parsed
        Get,
        Create,
        Update,
        Delete,
        Clone,
        Voices,
        PlaceCall,
        GetCall,
        ListCalls,
        CancelCall,
        AuthStatus,
        CurrentUser,
        ListPhoneNumbers,
        UpdatePhoneNumber,
        DeletePhoneNumber,
    };
    Q_ENUM(Operation)

    ~RevoxCall() override;

    Operation operation() const { return m_operation; }
    QString assistantId() const { return m_assistantId; } // Get, Update, Delete, Clone (the source)
    // The call (GetCall, CancelCall) or phone number (UpdatePhoneNumber, DeletePhoneNumber) it names.
    QString resourceId() const { return m_resourceId; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error; }
    const ApiError &error() const { return m_error; }

    QList<AssistantSummary> summaries() const { return m_summaries; } // List
    QList<ListedAssistant> listed() const { return m_listed; } // ListItems, ListItemsParsed
    QList<Assistant> assistants() const; // any list, each parsed whole: for a few, not for 10,000
    Assistant assistant() const { return m_assistant; } // Get, Create, Update, Clone
    QList<VoiceInfo> voices() const { return m_voices; } // Voices
    CallInfo call() const { return m_call; } // PlaceCall, GetCall, CancelCall
    QList<CallInfo> calls() const { return m_calls; } // ListCalls: one page, newest first
    qint64 callsTotal() const { return m_callsTotal; } // ListCalls: all that match, when the server says; else -1
    // AuthStatus: whether the key is valid. A 401 or 403 answer is a "no", not a failure.
    bool authenticated() const { return m_authenticated; }
    UserInfo user() const { return m_user; } // CurrentUser
    QList<PhoneNumberInfo> phoneNumbers() const { return m_phoneNumbers; } // ListPhoneNumbers
    PhoneNumberInfo phoneNumber() const { return m_phoneNumber; } // UpdatePhoneNumber
    QByteArray etag() const { return m_etag; } // of the last response, if it had one
    int attempts() const { return m_attempts; } // 1 + retries made

    // Stops the request; finished() follows at once with an Aborted error. No-op once finished.
    void abort();

    // Whether a redirect from `from` to `to` keeps the origin (scheme, host, port) and the method.
    // `verb` is the request's method, `httpStatus` the redirect's status.
    static bool isSameOrigin(const QUrl &from, const QUrl &to);
    static bool redirectKeepsMethod(QByteArrayView verb, int httpStatus);

signals:
    void progress(qint64 received, qint64 total); // download progress of the current attempt; total -1 if unknown
    void finished();
    // A failed attempt will be repeated after `wait` (what the server asked for, or the back-off), so that
    // whoever sends other requests to the same server can hold them back too (BatchSave).
    void retrying(const ApiError &error, std::chrono::milliseconds wait);

private:
    friend class RevoxClient;

    struct Request
    {
        Operation operation = Operation::List;
        QString assistantId;
        QString resourceId;
        QByteArray verb;
        QNetworkRequest request;
        QByteArray body;
        std::chrono::milliseconds deadline{90000};
        qint64 maxBodySize = 0;
    };

    RevoxCall(QNetworkAccessManager *nam, Request request, QObject *parent);
    void start();
    void failBeforeStart(const ApiError &error);

    void sendAttempt(); // a new attempt: from the first URL, counted in attempts()
    void send(); // the current attempt, to m_url
    void onDownloadProgress(QNetworkReply *reply, qint64 received, qint64 total);
    void onMetaDataChanged(QNetworkReply *reply);
    void onReplyFinished(QNetworkReply *reply);
    void onDeadline();
    ApiError decode(const QByteArray &body);
    void finish(const ApiError &error);
    void finishAborted(); // with the error m_abortReason stands for

    // Why we aborted the current reply ourselves; Qt reports every abort as OperationCanceledError.
    enum class AbortReason { None, User, Deadline, TooLarge };
    void abortReply(AbortReason reason);
    // Why a redirect to `target` must not be followed (counting it as a hop), or nullopt.
    std::optional<ApiError> refuseRedirect(const QUrl &target, int httpStatus);

    QPointer<QNetworkAccessManager> m_nam;
    Request m_request;
    Operation m_operation;
    QString m_assistantId;
    QString m_resourceId;

    QPointer<QNetworkReply> m_reply;
    QUrl m_url; // where the current hop goes
    int m_redirectHops = 0;
    AbortReason m_abortReason = AbortReason::None;
    QTimer m_retryTimer;
    QTimer m_deadlineTimer;
    QElapsedTimer m_elapsed;

    int m_attempts = 0;
    qint64 m_attemptStartedMs = 0; // on m_elapsed
    bool m_finished = false;
    ApiError m_error;
    QList<AssistantSummary> m_summaries;
    QList<ListedAssistant> m_listed;
    Assistant m_assistant;
    QList<VoiceInfo> m_voices;
    CallInfo m_call;
    QList<CallInfo> m_calls;
    qint64 m_callsTotal = -1;
    bool m_authenticated = false;
    UserInfo m_user;
    QList<PhoneNumberInfo> m_phoneNumbers;
    PhoneNumberInfo m_phoneNumber;
    QByteArray m_etag;
};
