// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RetryPolicy.h"

#include <QTest>

using namespace std::chrono;
using Headers = RetryPolicy::Headers;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void method_data();
    void method();
    void shouldRetry_data();
    void shouldRetry();
    void backoff_data();
    void backoff();
    void jitterBounds();
    void serverDelay_data();
    void serverDelay();
    void delayPrefersServer();
    void parseHttpDate_data();
    void parseHttpDate();
    void headerLookup();
};

namespace {

const QDateTime now = QDateTime(QDate(2024, 3, 1), QTime(12, 0, 0), Qt::UTC);

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

} // namespace

void TestRetryPolicy::method_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("GET") << QByteArray("GET") << true;
    QTest::newRow("DELETE") << QByteArray("DELETE") << true;
    QTest::newRow("PATCH") << QByteArray("PATCH") << true;
    QTest::newRow("POST") << QByteArray("POST") << false;
    QTest::newRow("lower-case get is not GET") << QByteArray("get") << false;
}

void TestRetryPolicy::method()
{
    QFETCH(QByteArray, verb);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryableMethod(verb), retryable);
}

void TestRetryPolicy::shouldRetry_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("retriesMade");
    QTest::addColumn<bool>("expected");

    const auto none = QNetworkReply::NoError;
    const Headers noHeaders;
    for (int status : {408, 429, 502, 503, 504}) {
        const QByteArray name = QByteArray::number(status);
        QTest::newRow(QByteArray("GET " + name).constData())
            << QByteArray("GET") << QNetworkReply::UnknownServerError << status << noHeaders << 0 << true;
        QTest::newRow(QByteArray("PATCH " + name).constData())
            << QByteArray("PATCH") << QNetworkReply::UnknownServerError << status << noHeaders << 1 << true;
        QTest::newRow(QByteArray("DELETE " + name).constData())
            << QByteArray("DELETE") << QNetworkReply::UnknownServerError << status << noHeaders << 0 << true;
        QTest::newRow(QByteArray("POST " + name + " never").constData())
            << QByteArray("POST") << QNetworkReply::UnknownServerError << status << noHeaders << 0 << false;
    }
    for (int status : {400, 401, 403, 404, 409, 412, 422, 500, 501, 505}) {
        QTest::newRow(QByteArray("GET " + QByteArray::number(status) + " is final").constData())
            << QByteArray("GET") << QNetworkReply::UnknownContentError << status << noHeaders << 0 << false;
    }
    QTest::newRow("third retry refused") << QByteArray("GET") << none << 503 << noHeaders << 2 << false;
    QTest::newRow("refused connection") << QByteArray("GET") << QNetworkReply::ConnectionRefusedError << 0 << noHeaders
                                        << 0 << true;
    QTest::newRow("closed before answer")
        << QByteArray("DELETE") << QNetworkReply::RemoteHostClosedError << 0 << noHeaders << 0 << true;
    QTest::newRow("closed mid body (200)")
        << QByteArray("GET") << QNetworkReply::RemoteHostClosedError << 200 << noHeaders << 0 << true;
    QTest::newRow("transfer timeout") << QByteArray("GET") << QNetworkReply::TimeoutError << 0 << noHeaders << 1
                                      << true;
    QTest::newRow("POST refused connection")
        << QByteArray("POST") << QNetworkReply::ConnectionRefusedError << 0 << noHeaders << 0 << false;
    QTest::newRow("TLS failure is final")
        << QByteArray("GET") << QNetworkReply::SslHandshakeFailedError << 0 << noHeaders << 0 << false;
    QTest::newRow("cancel is final") << QByteArray("GET") << QNetworkReply::OperationCanceledError << 0 << noHeaders
                                     << 0 << false;
    QTest::newRow("success is not retried") << QByteArray("GET") << none << 200 << noHeaders << 0 << false;
    QTest::newRow("x-should-retry true on 500") << QByteArray("GET") << QNetworkReply::InternalServerError << 500
                                                << Headers{{"X-Should-Retry", "true"}} << 0 << true;
    QTest::newRow("x-should-retry false on 503") << QByteArray("GET") << QNetworkReply::ServiceUnavailableError << 503
                                                 << Headers{{"x-should-retry", "false"}} << 0 << false;
    QTest::newRow("x-should-retry true never overrides POST")
        << QByteArray("POST") << QNetworkReply::InternalServerError << 500 << Headers{{"x-should-retry", "true"}} << 0
        << false;
    QTest::newRow("x-should-retry true never overrides the limit")
        << QByteArray("GET") << QNetworkReply::InternalServerError << 500 << Headers{{"x-should-retry", "true"}} << 2
        << false;
}

void TestRetryPolicy::shouldRetry()
{
    QFETCH(QByteArray, verb);
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(int, status);
    QFETCH(Headers, headers);
    QFETCH(int, retriesMade);
    QFETCH(bool, expected);
    QCOMPARE(RetryPolicy::shouldRetry(verb, error, status, headers, retriesMade), expected);
}

void TestRetryPolicy::backoff_data()
{
    QTest::addColumn<int>("retriesMade");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("first, no jitter") << 0 << 0.0 << qint64(500);
    QTest::newRow("second, no jitter") << 1 << 0.0 << qint64(1000);
    QTest::newRow("third, no jitter") << 2 << 0.0 << qint64(2000);
    QTest::newRow("fifth, no jitter") << 4 << 0.0 << qint64(8000);
    QTest::newRow("capped at 8 s") << 6 << 0.0 << qint64(8000);
    QTest::newRow("huge exponent stays capped") << 1000 << 0.0 << qint64(8000);
    QTest::newRow("first, full jitter") << 0 << 1.0 << qint64(375);
    QTest::newRow("second, half jitter") << 1 << 0.5 << qint64(875);
    QTest::newRow("capped, full jitter") << 9 << 1.0 << qint64(6000);
    QTest::newRow("random above 1 is clamped") << 0 << 7.0 << qint64(375);
}

void TestRetryPolicy::backoff()
{
    QFETCH(int, retriesMade);
    QFETCH(double, random);
    QFETCH(qint64, expectedMs);
    QCOMPARE(RetryPolicy::backoff(retriesMade, random).count(), expectedMs);
}

void TestRetryPolicy::jitterBounds()
{
    // The real generator: every delay lies within [75 %, 100 %] of the base, and jitter does vary.
    for (int retriesMade = 0; retriesMade < 6; ++retriesMade) {
        const qint64 base = std::min<qint64>(500LL << retriesMade, 8000);
        QSet<qint64> seen;
        for (int i = 0; i < 200; ++i) {
            const qint64 ms = RetryPolicy::delay(retriesMade, {}).count();
            QVERIFY2(ms >= base * 3 / 4 && ms <= base,
                     qPrintable(QStringLiteral("%1 ms for base %2 ms").arg(ms).arg(base)));
            seen.insert(ms);
        }
        QVERIFY(seen.size() > 1);
    }
}

void TestRetryPolicy::serverDelay_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<qint64>("expectedMs"); // -1: none

    QTest::newRow("no header") << Headers{} << qint64(-1);
    QTest::newRow("Retry-After seconds") << Headers{{"Retry-After", "3"}} << qint64(3000);
    QTest::newRow("Retry-After zero") << Headers{{"Retry-After", "0"}} << qint64(0);
    QTest::newRow("Retry-After 59 s") << Headers{{"retry-after", "59"}} << qint64(59000);
    QTest::newRow("Retry-After 60 s ignored") << Headers{{"Retry-After", "60"}} << qint64(-1);
    QTest::newRow("Retry-After an hour ignored") << Headers{{"Retry-After", "3600"}} << qint64(-1);
    QTest::newRow("Retry-After negative ignored") << Headers{{"Retry-After", "-5"}} << qint64(-1);
    QTest::newRow("Retry-After garbage ignored") << Headers{{"Retry-After", "soon"}} << qint64(-1);
    QTest::newRow("Retry-After fraction") << Headers{{"Retry-After", "1.5"}} << qint64(1500);
    QTest::newRow("Retry-After date in 10 s") << Headers{{"Retry-After", httpDate(now.addSecs(10))}} << qint64(10000);
    QTest::newRow("Retry-After date in 2 min ignored")
        << Headers{{"Retry-After", httpDate(now.addSecs(120))}} << qint64(-1);
    QTest::newRow("Retry-After date in the past ignored")
        << Headers{{"Retry-After", httpDate(now.addSecs(-5))}} << qint64(-1);
    QTest::newRow("retry-after-ms") << Headers{{"retry-after-ms", "250"}} << qint64(250);
    QTest::newRow("retry-after-ms wins over Retry-After")
        << Headers{{"Retry-After", "5"}, {"Retry-After-Ms", "1200"}} << qint64(1200);
    QTest::newRow("retry-after-ms too long: no fallback")
        << Headers{{"retry-after-ms", "70000"}, {"Retry-After", "2"}} << qint64(-1);
    QTest::newRow("retry-after-ms garbage: Retry-After used")
        << Headers{{"retry-after-ms", "x"}, {"Retry-After", "2"}} << qint64(2000);
}

void TestRetryPolicy::serverDelay()
{
    QFETCH(Headers, headers);
    QFETCH(qint64, expectedMs);
    const std::optional<milliseconds> wait = RetryPolicy::serverDelay(headers, now);
    QCOMPARE(wait.has_value(), expectedMs >= 0);
    if (wait)
        QCOMPARE(wait->count(), expectedMs);
}

void TestRetryPolicy::delayPrefersServer()
{
    QCOMPARE(RetryPolicy::delay(0, {{"Retry-After", "7"}}, now, 0.0), milliseconds(7000));
    QCOMPARE(RetryPolicy::delay(1, {{"Retry-After", "120"}}, now, 0.0), milliseconds(1000));
    QCOMPARE(RetryPolicy::delay(2, {}, now, 1.0), milliseconds(1500));
}

void TestRetryPolicy::parseHttpDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: not a date
    const QDateTime rfcExample(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << rfcExample;
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << rfcExample;
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << rfcExample;
    QTest::newRow("RFC 850 two-digit year after 2000")
        << QByteArray("Friday, 01-Mar-24 12:00:00 GMT") << QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    QTest::newRow("round trip") << httpDate(now) << now;
    QTest::newRow("seconds are not a date") << QByteArray("120") << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
    QTest::newRow("garbage") << QByteArray("tomorrow-ish") << QDateTime();
}

void TestRetryPolicy::parseHttpDate()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> parsed = RetryPolicy::parseHttpDate(text);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed) {
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }
}

void TestRetryPolicy::headerLookup()
{
    const Headers headers{{"Content-Type", "application/json"}, {"RETRY-AFTER", "4"}, {"retry-after", "9"}};
    QCOMPARE(RetryPolicy::header(headers, "retry-after"), QByteArray("4"));
    QCOMPARE(RetryPolicy::header(headers, "content-TYPE"), QByteArray("application/json"));
    QVERIFY(RetryPolicy::header(headers, "etag").isEmpty());
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
