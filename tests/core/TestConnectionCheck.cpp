// SPDX-License-Identifier: GPL-3.0-or-later
// Checking a key before a connection is stored, against the sandbox: a good key is accepted and labelled
// with its user's e-mail, a wrong or missing key is refused, an unreachable server is a failure that says
// so, an account that cannot be read leaves the key accepted without a label, and a newer check replaces
// one still running.
#include "core/ConnectionCheck.h"
#include "core/RevoxCall.h"
#include "core/RevoxClient.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace std::chrono;
using namespace Qt::StringLiterals;
using Outcome = ConnectionCheck::Result::Outcome;

class TestConnectionCheck : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void goodKeyIsAcceptedWithItsEmail();
    void wrongKeyIsRefused_data();
    void wrongKeyIsRefused();
    void unreachableServerFails();
    void badBaseUrlFails();
    void unreadableAccountLeavesNoLabel();
    void newerCheckReplacesTheRunningOne();

private:
    ConnectionCheck::Result run(const QUrl &baseUrl, const QString &key);

    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ConnectionCheck> m_check;
};

void TestConnectionCheck::init()
{
    m_server = std::make_unique<SandboxServer>();
    SandboxServer::Options options;
    options.apiKey = u"right-key"_s;
    QVERIFY(m_server->start(options));
    m_check = std::make_unique<ConnectionCheck>(&m_nam);
    m_check->setTimeout(3000ms);
}

void TestConnectionCheck::cleanup()
{
    m_check.reset();
    m_server.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

ConnectionCheck::Result TestConnectionCheck::run(const QUrl &baseUrl, const QString &key)
{
    QSignalSpy finished(m_check.get(), &ConnectionCheck::finished);
    m_check->check(baseUrl, key);
    if (!finished.wait(15000) || finished.size() != 1)
        qWarning("the check did not finish once");
    return finished.isEmpty() ? ConnectionCheck::Result() : finished.first().first().value<ConnectionCheck::Result>();
}

void TestConnectionCheck::goodKeyIsAcceptedWithItsEmail()
{
    const ConnectionCheck::Result result = run(m_server->baseUrl(), u"  right-key "_s);
    QCOMPARE(result.outcome, Outcome::Accepted);
    QCOMPARE(result.user.email, u"sandbox@example.com"_s);
    QVERIFY(result.message.isEmpty());
    QVERIFY(!m_check->isRunning());
    const QList<SandboxRequestRecord> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).path, u"/api/auth-status"_s);
    QCOMPARE(requests.at(1).path, u"/api/users/me"_s);
}

void TestConnectionCheck::wrongKeyIsRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("wrong") << u"wrong-key"_s;
    QTest::newRow("empty") << u"  "_s;
}

void TestConnectionCheck::wrongKeyIsRefused()
{
    QFETCH(QString, key);
    const ConnectionCheck::Result result = run(m_server->baseUrl(), key);
    QCOMPARE(result.outcome, Outcome::Refused);
    QVERIFY(result.user.isEmpty());
    QVERIFY2(result.message.startsWith(u"API key:"_s), qPrintable(result.message));
    // Nobody asked whose a refused key is.
    for (const SandboxRequestRecord &request : m_server->requests())
        QVERIFY(request.path != u"/api/users/me"_s);
}

void TestConnectionCheck::unreachableServerFails()
{
    const QUrl url = m_server->baseUrl();
    m_server->stop();
    const ConnectionCheck::Result result = run(url, u"right-key"_s);
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.error.kind(), ApiError::Kind::Network);
    QVERIFY2(result.message.contains(u"could not be checked"_s), qPrintable(result.message));
}

void TestConnectionCheck::badBaseUrlFails()
{
    const ConnectionCheck::Result result = run(QUrl(u"http://example.com/api"_s), u"right-key"_s);
    QCOMPARE(result.outcome, Outcome::Failed);
    QVERIFY2(result.message.startsWith(u"Base URL:"_s), qPrintable(result.message));
    QVERIFY(m_server->requests().isEmpty());
}

void TestConnectionCheck::unreadableAccountLeavesNoLabel()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 404;
    fault.pathPattern = u"/users/me$"_s;
    fault.times = -1;
    m_server->addFault(fault);
    const ConnectionCheck::Result result = run(m_server->baseUrl(), u"right-key"_s);
    QCOMPARE(result.outcome, Outcome::Accepted);
    QVERIFY(result.user.isEmpty());
    QCOMPARE(result.error.httpStatus(), 404);
    QVERIFY2(result.message.contains(u"no e-mail label"_s), qPrintable(result.message));
}

void TestConnectionCheck::newerCheckReplacesTheRunningOne()
{
    QList<QPointer<RevoxCall>> calls;
    connect(m_check->findChild<RevoxClient *>(), &RevoxClient::callStarted, this,
            [&calls](RevoxCall *call) { calls.append(call); });
    QSignalSpy finished(m_check.get(), &ConnectionCheck::finished);
    m_check->check(m_server->baseUrl(), u"wrong-key"_s);
    m_check->check(m_server->baseUrl(), u"right-key"_s);
    QVERIFY(finished.wait(10000));
    // Every call of both checks has ended (each deletes itself once finished): no answer to the first can come.
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(calls.cbegin(), calls.cend(), [](const QPointer<RevoxCall> &c) { return !c; }),
                             10000);
    QVERIFY(calls.size() >= 2);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ConnectionCheck::Result>().outcome, Outcome::Accepted);
}

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "TestConnectionCheck.moc"
