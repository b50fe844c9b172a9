// SPDX-License-Identifier: GPL-3.0-or-later
// The waits between the reads of a running call: back to the start after a change, growing while nothing
// changes, doubling after failures, never past the maximum, and giving up after maxFailures.
#include "core/PollSchedule.h"

#include <QTest>

using namespace std::chrono;

class TestPollSchedule : public QObject
{
    Q_OBJECT

private slots:
    void next_data();
    void next();
    void afterFailure_data();
    void afterFailure();
    void givesUp();
};

void TestPollSchedule::next_data()
{
    QTest::addColumn<qint64>("previous");
    QTest::addColumn<bool>("changed");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("first read") << qint64(0) << false << qint64(1000);
    QTest::newRow("after a change") << qint64(4000) << true << qint64(1000);
    QTest::newRow("unchanged grows") << qint64(1000) << false << qint64(1500);
    QTest::newRow("and grows") << qint64(1500) << false << qint64(2250);
    QTest::newRow("up to the maximum") << qint64(4000) << false << qint64(5000);
    QTest::newRow("stays there") << qint64(5000) << false << qint64(5000);
}

void TestPollSchedule::next()
{
    QFETCH(qint64, previous);
    QFETCH(bool, changed);
    QFETCH(qint64, expected);
    const PollSchedule schedule;
    QCOMPARE(schedule.next(milliseconds(previous), changed).count(), expected);
}

void TestPollSchedule::afterFailure_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("first") << 1 << qint64(1000);
    QTest::newRow("second") << 2 << qint64(2000);
    QTest::newRow("third") << 3 << qint64(4000);
    QTest::newRow("capped") << 4 << qint64(5000);
    QTest::newRow("far beyond") << 100 << qint64(5000);
    QTest::newRow("none yet") << 0 << qint64(1000);
}

void TestPollSchedule::afterFailure()
{
    QFETCH(int, failures);
    QFETCH(qint64, expected);
    const PollSchedule schedule;
    QCOMPARE(schedule.afterFailure(failures).count(), expected);
}

void TestPollSchedule::givesUp()
{
    PollSchedule schedule;
    schedule.maxFailures = 3;
    QVERIFY(!schedule.givesUp(2));
    QVERIFY(schedule.givesUp(3));
    // A factor below 1 never shrinks the wait.
    schedule.factor = 0.5;
    QCOMPARE(schedule.next(2000ms, false), 2000ms);
}

QTEST_GUILESS_MAIN(TestPollSchedule)
#include "TestPollSchedule.moc"
