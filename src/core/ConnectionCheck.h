// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "UserInfo.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class RevoxCall;
class RevoxClient;

// Checks an API key before a connection is stored: GET /auth-status says whether the server takes it, then
// GET /users/me says whose it is (the e-mail labels the connection). It talks through a client of its own,
// so the window's client stays on the live connection meanwhile.
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Outcome {
            Accepted, // the server takes the key; `user` is its owner when /users/me answered
            Refused, // the server does not take the key (or there is none)
            Failed, // the key could not be checked: `error` says why
        };
        Outcome outcome = Outcome::Failed;
        UserInfo user;
        ApiError error; // Failed; or Accepted when /users/me failed
        QString message; // for people: what happened and what to do; empty when all went well

        bool accepted() const { return outcome == Outcome::Accepted; }
    };

    static constexpr std::chrono::milliseconds defaultTimeout{20000};

    explicit ConnectionCheck(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ConnectionCheck() override;

    // The longest the whole check may take (each of its two requests, retries included).
    void setTimeout(std::chrono::milliseconds timeout);

    // finished() follows, never from within check(). A check still running is abandoned.
    void check(const QUrl &baseUrl, const QString &apiKey);
    void abort(); // abandons the running check without finished()
    bool isRunning() const { return m_running; }

signals:
    void finished(const ConnectionCheck::Result &result);

private:
    void askWhoseKey();
    void finishLater(const Result &result);
    void finish(const Result &result);

    RevoxClient *m_client;
    QPointer<RevoxCall> m_request;
    QUrl m_baseUrl;
    bool m_running = false;
    quint64 m_generation = 0;
};

Q_DECLARE_METATYPE(ConnectionCheck::Result)
