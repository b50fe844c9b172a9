// SPDX-License-Identifier: GPL-3.0-or-later
// The window's list of phone numbers against the sandbox's sample numbers: read, asked which reach an
// assistant, routed here and away (the list follows the server's answer), a refused change leaves the list
// as it was, a failed read keeps what was read before, and clearing abandons a read without leaving anyone
// waiting.
#include "core/PhoneNumberDirectory.h"
#include "core/RevoxCall.h"
#include "core/RevoxClient.h"
#include "support/SandboxFixture.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono;
using namespace Qt::StringLiterals;

namespace {

const QString kBrightsmile = u"0ac7a593-f056-5dc5-a762-3d80b7d98152"_s;
const QString kFrontDesk = u"5b0e7c1a-3f4d-4a8e-9c2b-7d6f1e0a9b31"_s;
const QString kParis = u"9f3d2b7e-6a15-4c08-b4e1-0c8a5d9e2f67"_s;

SandboxFault statusFault(const QString &method, int status)
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = status;
    fault.method = method;
    fault.pathPattern = u"^/api/phone-numbers"_s;
    fault.times = -1;
    return fault;
}

} // namespace

class TestPhoneNumberDirectory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readsAndTellsWhichReachAnAssistant();
    void routesHereAndAway();
    void refusedRouteLeavesTheList();
    void failedReadKeepsWhatWasRead();
    void clearAbandonsTheRead();

private:
    bool load();

    std::unique_ptr<SandboxFixture> m_server;
    std::unique_ptr<PhoneNumberDirectory> m_directory;
};

void TestPhoneNumberDirectory::init()
{
    m_server = std::make_unique<SandboxFixture>();
    QVERIFY(m_server->start());
    QVERIFY(m_server->connectClient());
    m_server->client().setTimeouts(1000ms, 3000ms);
    m_directory = std::make_unique<PhoneNumberDirectory>(&m_server->client());
}

void TestPhoneNumberDirectory::cleanup()
{
    m_directory.reset();
    m_server.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

bool TestPhoneNumberDirectory::load()
{
    QSignalSpy settled(m_directory.get(), &PhoneNumberDirectory::settled);
    m_directory->reload();
    return settled.wait(10000) && settled.size() == 1;
}

void TestPhoneNumberDirectory::readsAndTellsWhichReachAnAssistant()
{
    QCOMPARE(m_directory->state(), PhoneNumberDirectory::State::Unknown);
    QSignalSpy changed(m_directory.get(), &PhoneNumberDirectory::changed);
    m_directory->reload();
    QCOMPARE(m_directory->state(), PhoneNumberDirectory::State::Loading);
    m_directory->reload(); // the running read counts; no second one
    QTRY_COMPARE(m_directory->state(), PhoneNumberDirectory::State::Loaded);
    QCOMPARE(m_directory->numbers().size(), 4);
    const QList<PhoneNumberInfo> routed = m_directory->routedTo(kBrightsmile);
    QCOMPARE(routed.size(), 1);
    QCOMPARE(routed.first().id, kFrontDesk);
    QVERIFY(m_directory->routedTo(QString()).isEmpty()); // "no assistant" is not an assistant
    QCOMPARE(m_directory->number(kParis)->phoneNumber, u"+33184880123"_s);
    QVERIFY(!m_directory->number(u"nope"_s));
    int reads = 0;
    for (const SandboxRequestRecord &record : m_server->sandbox().requests())
        reads += record.path == u"/api/phone-numbers" ? 1 : 0;
    QCOMPARE(reads, 1);
    QVERIFY(changed.size() >= 2); // loading, loaded
}

void TestPhoneNumberDirectory::routesHereAndAway()
{
    QVERIFY(load());
    QSignalSpy routed(m_directory.get(), &PhoneNumberDirectory::routed);
    m_directory->route(kParis, kBrightsmile);
    QVERIFY(m_directory->isRouting(kParis));
    m_directory->route(kParis, kBrightsmile); // one change at a time per number
    QVERIFY(routed.wait(10000));
    QCOMPARE(routed.size(), 1);
    QVERIFY(!m_directory->isRouting(kParis));
    QCOMPARE(routed.first().at(1).toString(), QString()); // it reached nobody before
    QCOMPARE(m_directory->routedTo(kBrightsmile).size(), 2);
    QCOMPARE(m_directory->number(kParis)->inboundAssistantId, kBrightsmile);

    m_directory->route(kParis, QString());
    QVERIFY(routed.wait(10000));
    QCOMPARE(routed.last().at(1).toString(), kBrightsmile);
    QCOMPARE(m_directory->number(kParis)->inboundAssistantId, QString());
    // What the server holds, read again.
    QVERIFY(load());
    QCOMPARE(m_directory->routedTo(kBrightsmile).size(), 1);
}

void TestPhoneNumberDirectory::refusedRouteLeavesTheList()
{
    QVERIFY(load());
    m_server->sandbox().addFault(statusFault(u"PATCH"_s, 409));
    QSignalSpy failed(m_directory.get(), &PhoneNumberDirectory::routeFailed);
    m_directory->route(kParis, kBrightsmile);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).value<PhoneNumberInfo>().id, kParis);
    QCOMPARE(failed.first().at(1).value<ApiError>().httpStatus(), 409);
    QCOMPARE(m_directory->number(kParis)->inboundAssistantId, QString());
    QVERIFY(!m_directory->isRouting(kParis));
}

void TestPhoneNumberDirectory::failedReadKeepsWhatWasRead()
{
    QVERIFY(load());
    m_server->sandbox().addFault(statusFault(u"GET"_s, 404));
    QVERIFY(load());
    QCOMPARE(m_directory->state(), PhoneNumberDirectory::State::Failed);
    QCOMPARE(m_directory->error().httpStatus(), 404);
    QCOMPARE(m_directory->numbers().size(), 4);
}

void TestPhoneNumberDirectory::clearAbandonsTheRead()
{
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 500;
    slow.pathPattern = u"^/api/phone-numbers"_s;
    m_server->sandbox().addFault(slow);
    QPointer<RevoxCall> read;
    connect(&m_server->client(), &RevoxClient::callStarted, this, [&read](RevoxCall *call) { read = call; });
    QSignalSpy settled(m_directory.get(), &PhoneNumberDirectory::settled);
    m_directory->reload();
    QVERIFY(read);
    m_directory->clear();
    QCOMPARE(settled.size(), 1); // whoever waited hears of it at once
    QCOMPARE(m_directory->state(), PhoneNumberDirectory::State::Unknown);
    // The abandoned read has ended (it deletes itself once finished): no answer of it can come any more.
    QTRY_VERIFY_WITH_TIMEOUT(!read, 10000);
    QCOMPARE(m_directory->state(), PhoneNumberDirectory::State::Unknown);
    QVERIFY(m_directory->numbers().isEmpty());
    QCOMPARE(settled.size(), 1);
}

QTEST_GUILESS_MAIN(TestPhoneNumberDirectory)
#include "TestPhoneNumberDirectory.moc"
