// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionCheck.h"

#include "RevoxCall.h"
#include "RevoxClient.h"

#include <QTimer>

using namespace std::chrono;

ConnectionCheck::ConnectionCheck(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_client(new RevoxClient(nam, this))
{
    setTimeout(defaultTimeout);
}

ConnectionCheck::~ConnectionCheck()
{
    abort();
}

void ConnectionCheck::setTimeout(milliseconds timeout)
{
    m_client->setTimeouts(std::min(timeout, RevoxClient::defaultTransferTimeout), timeout);
}

void ConnectionCheck::check(const QUrl &baseUrl, const QString &apiKey)
{
    abort();
    m_running = true;
    m_baseUrl = baseUrl;
    const QString key = apiKey.trimmed();
    QString urlProblem;
    if (!m_client->setBaseUrl(baseUrl, &urlProblem)) {
        Result result;
        result.outcome = Result::Outcome::Failed;
        result.error = ApiError::invalidRequest(urlProblem);
        result.message = tr("Base URL: %1").arg(urlProblem);
        finishLater(result);
        return;
    }
    if (key.isEmpty()) {
        Result result;
        result.outcome = Result::Outcome::Refused;
        result.message = tr("API key: enter the key of this account, from the Revox dashboard.");
        finishLater(result);
        return;
    }
    m_client->setApiKey(key);

    RevoxCall *call = m_client->authStatus();
    m_request = call;
    const quint64 generation = m_generation;
    connect(call, &RevoxCall::finished, this, [this, call, generation] {
        if (generation != m_generation)
            return;
        m_request = nullptr;
        Result result;
        if (!call->succeeded()) {
            result.outcome = Result::Outcome::Failed;
            result.error = call->error();
            result.message = tr("The key could not be checked with %1: %2")
                                 .arg(ApiError::originOf(m_baseUrl), call->error().message());
            finish(result);
        } else if (!call->authenticated()) {
            result.outcome = Result::Outcome::Refused;
            result.message = tr("API key: %1 refused this key. Check that it is the whole key, copied from the "
                                "Revox dashboard of this account.")
                                 .arg(ApiError::originOf(m_baseUrl));
            finish(result);
        } else {
            askWhoseKey();
        }
    });
}

void ConnectionCheck::askWhoseKey()
{
    RevoxCall *call = m_client->currentUser();
    m_request = call;
    const quint64 generation = m_generation;
    connect(call, &RevoxCall::finished, this, [this, call, generation] {
        if (generation != m_generation)
            return;
        m_request = nullptr;
        Result result;
        result.outcome = Result::Outcome::Accepted;
        if (call->succeeded()) {
            result.user = call->user();
        } else {
            // The key works; only the label is missing.
            result.error = call->error();
            result.message = tr("The key works, but its account could not be read (%1), so the connection has "
                                "no e-mail label.")
                                 .arg(call->error().message());
        }
        finish(result);
    });
}

void ConnectionCheck::abort()
{
    ++m_generation;
    m_running = false;
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
    }
    m_request = nullptr;
}

void ConnectionCheck::finishLater(const Result &result)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, result, generation] {
        if (generation == m_generation)
            finish(result);
    });
}

void ConnectionCheck::finish(const Result &result)
{
    m_running = false;
    emit finished(result);
}
