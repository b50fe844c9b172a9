// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ApiError.h"

#include <QTest>

using Headers = QList<ApiError::RawHeaderPair>;
using Kind = ApiError::Kind;
using namespace Qt::StringLiterals;

class TestApiError : public QObject
{
    Q_OBJECT
private slots:
    void fromResponse_data();
    void fromResponse();
    void longHtmlIsShortened();
    void factories();
    void originOf_data();
    void originOf();
    void mayHaveBeenApplied_data();
    void mayHaveBeenApplied();
    void requestsWithoutAssistant_data();
    void requestsWithoutAssistant();
};

namespace {

const Headers json{{"Content-Type", "application/json; charset=utf-8"}};
const Headers html{{"Content-Type", "text/html"}};
const Headers text{{"Content-Type", "text/plain"}};

const QByteArray nginx502 = R"(<html>
<head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body>
</html>)";

} // namespace

void TestApiError::fromResponse_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("networkError");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QStringList>("messageHas"); // every fragment must appear in message()
    QTest::addColumn<QString>("serverMessage");
    QTest::addColumn<QStringList>("fieldErrors"); // "field=message"

    const auto ok = QNetworkReply::NoError;
    const auto content = QNetworkReply::UnknownContentError;
    const auto server = QNetworkReply::UnknownServerError;
    const QStringList none;

    // --- success ---
    QTest::newRow("200 json") << ok << 200 << QByteArray(R"({"assistants":[]})") << json << Kind::None << none
                              << QString() << none;
    QTest::newRow("201 +json") << ok << 201 << QByteArray("{}") << Headers{{"content-type", "application/vnd.x+json"}}
                               << Kind::None << none << QString() << none;
    QTest::newRow("204 empty") << ok << 204 << QByteArray() << Headers{} << Kind::None << none << QString() << none;
    QTest::newRow("200 html page") << ok << 200 << QByteArray("<html>login</html>") << html << Kind::Payload
                                   << QStringList{u"could not be understood"_s, u"text/html"_s} << QString() << none;
    QTest::newRow("200 text/plain json") << ok << 200 << QByteArray("{}") << text << Kind::Payload
                                         << QStringList{u"text/plain"_s} << QString() << none;
    QTest::newRow("200 no content type") << ok << 200 << QByteArray("{}") << Headers{} << Kind::Payload
                                         << QStringList{u"no content type"_s} << QString() << none;
    QTest::newRow("200 cut short") << QNetworkReply::RemoteHostClosedError << 200 << QByteArray(R"({"a":)") << json
                                   << Kind::Network << QStringList{u"before the whole answer"_s} << QString() << none;

    // --- 4xx ---
    QTest::newRow("400 field list")
        << QNetworkReply::ProtocolInvalidOperationError << 400
        << QByteArray(R"({"message":"Invalid body","errors":[{"field":"name","message":"is required"}]})") << json
        << Kind::Http << QStringList{u"name: is required"_s} << u"Invalid body"_s << QStringList{u"name=is required"_s};
    QTest::newRow("400 message only") << QNetworkReply::ProtocolInvalidOperationError << 400
                                      << QByteArray(R"({"message":"Unexpected token"})") << json << Kind::Http
                                      << QStringList{u"Unexpected token"_s} << u"Unexpected token"_s << none;
    QTest::newRow("400 empty") << QNetworkReply::ProtocolInvalidOperationError << 400 << QByteArray() << Headers{}
                               << Kind::Http << QStringList{u"rejected the request"_s} << QString() << none;
    QTest::newRow("401") << QNetworkReply::AuthenticationRequiredError << 401
                         << QByteArray(R"({"message":"Invalid API key"})") << json << Kind::Http
                         << QStringList{u"key was rejected"_s, u"Connections"_s} << u"Invalid API key"_s << none;
    QTest::newRow("403") << QNetworkReply::ContentAccessDenied << 403 << QByteArray() << Headers{} << Kind::Http
                         << QStringList{u"not allowed"_s} << QString() << none;
    QTest::newRow("404") << QNetworkReply::ContentNotFoundError << 404
                         << QByteArray(R"({"message":"Assistant not found"})") << json << Kind::Http
                         << QStringList{u"no longer exists"_s, u"deleted elsewhere"_s} << u"Assistant not found"_s
                         << none;
    QTest::newRow("408") << content << 408 << QByteArray() << Headers{} << Kind::Http << QStringList{u"Try again"_s}
                         << QString() << none;
    QTest::newRow("409") << QNetworkReply::ContentConflictError << 409 << QByteArray(R"({"error":"version conflict"})")
                         << json << Kind::Http << QStringList{u"changed elsewhere"_s, u"Reload"_s}
                         << u"version conflict"_s << none;
    QTest::newRow("412") << content << 412 << QByteArray() << Headers{} << Kind::Http
                         << QStringList{u"changed elsewhere"_s} << QString() << none;
    QTest::newRow("413") << content << 413 << QByteArray() << Headers{} << Kind::Http << QStringList{u"too large"_s}
                         << QString() << none;
    QTest::newRow("418 other") << content << 418 << QByteArray(R"({"message":"I'm a teapot"})") << json << Kind::Http
                               << QStringList{u"HTTP 418"_s, u"I'm a teapot"_s} << u"I'm a teapot"_s << none;
    QTest::newRow("422 field list")
        << content << 422
        << QByteArray(
               R"({"message":"Validation failed","errors":[{"field":"voice.speed","message":"must be at most 1.5"},{"field":"name","message":"is required"}]})")
        << json << Kind::Http
        << QStringList{u"rejected some values"_s, u"voice.speed: must be at most 1.5"_s, u"name: is required"_s}
        << u"Validation failed"_s << QStringList{u"voice.speed=must be at most 1.5"_s, u"name=is required"_s};
    QTest::newRow("422 field map") << content << 422
                                   << QByteArray(
                                          R"({"errors":{"prompt":["is required","is too short"],"name":"taken"}})")
                                   << json << Kind::Http << QStringList{u"prompt: is required"_s} << QString()
                                   << QStringList{u"name=taken"_s, u"prompt=is required"_s, u"prompt=is too short"_s};
    QTest::newRow("422 zod paths")
        << content << 422
        << QByteArray(
               R"({"errors":[{"path":["call_retry_config","calling_windows",0,"retry_delay_seconds"],"message":"must be positive"}]})")
        << json << Kind::Http << QStringList{u"call_retry_config.calling_windows.0.retry_delay_seconds"_s} << QString()
        << QStringList{u"call_retry_config.calling_windows.0.retry_delay_seconds=must be positive"_s};
    QTest::newRow("422 nested error object")
        << content << 422
        << QByteArray(R"({"error":{"message":"Bad values","errors":[{"field":"webhook_url","message":"not a URL"}]}})")
        << json << Kind::Http << QStringList{u"webhook_url: not a URL"_s} << u"Bad values"_s
        << QStringList{u"webhook_url=not a URL"_s};
    QTest::newRow("422 message only") << content << 422 << QByteArray(R"({"message":"prompt too long"})") << json
                                      << Kind::Http << QStringList{u"prompt too long"_s} << u"prompt too long"_s
                                      << none;
    QTest::newRow("422 plain text") << content << 422 << QByteArray("  Name   is required\n") << text << Kind::Http
                                    << QStringList{u"Name is required"_s} << u"Name is required"_s << none;
    QTest::newRow("429 Retry-After") << content << 429 << QByteArray(R"({"message":"slow down"})")
                                     << Headers{{"Content-Type", "application/json"}, {"Retry-After", "3"}}
                                     << Kind::Http << QStringList{u"rate limiting"_s, u"Wait 3 second"_s}
                                     << u"slow down"_s << none;
    QTest::newRow("429 bare") << content << 429 << QByteArray() << Headers{} << Kind::Http
                              << QStringList{u"rate limiting"_s, u"a moment"_s} << QString() << none;

    // --- 5xx ---
    QTest::newRow("500 json") << QNetworkReply::InternalServerError << 500
                              << QByteArray(R"({"message":"Internal error"})") << json << Kind::Http
                              << QStringList{u"HTTP 500"_s, u"Try again"_s} << u"Internal error"_s << none;
    QTest::newRow("502 nginx html") << server << 502 << nginx502 << html << Kind::Http << QStringList{u"HTTP 502"_s}
                                    << u"502 Bad Gateway"_s << none;
    QTest::newRow("502 html without content type")
        << server << 502 << QByteArray("<html><body>bad</body></html>") << Headers{} << Kind::Http
        << QStringList{u"HTTP 502"_s} << QString() << none;
    QTest::newRow("503") << QNetworkReply::ServiceUnavailableError << 503 << QByteArray() << Headers{} << Kind::Http
                         << QStringList{u"HTTP 503"_s} << QString() << none;
    QTest::newRow("504 body cut short") << QNetworkReply::RemoteHostClosedError << 504 << QByteArray("{\"mess") << json
                                        << Kind::Http << QStringList{u"HTTP 504"_s} << QString() << none;

    // --- 3xx that reached the caller ---
    QTest::newRow("302 not followed") << ok << 302 << QByteArray()
                                      << Headers{{"Location", "https://evil.example:8443/api/assistants"}}
                                      << Kind::Redirect << QStringList{u"https://evil.example:8443"_s} << QString()
                                      << none;
    QTest::newRow("304 without Location")
        << ok << 304 << QByteArray() << Headers{} << Kind::Redirect << QStringList{u"HTTP 304"_s} << QString() << none;

    // --- no answer ---
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << 0 << QByteArray() << Headers{} << Kind::Network
                             << QStringList{u"refused the connection"_s} << QString() << none;
    QTest::newRow("host not found") << QNetworkReply::HostNotFoundError << 0 << QByteArray() << Headers{}
                                    << Kind::Network << QStringList{u"could not be found"_s} << QString() << none;
    QTest::newRow("closed without answer") << QNetworkReply::RemoteHostClosedError << 0 << QByteArray() << Headers{}
                                           << Kind::Network << QStringList{u"without answering"_s} << QString() << none;
    QTest::newRow("TLS") << QNetworkReply::SslHandshakeFailedError << 0 << QByteArray() << Headers{} << Kind::Network
                         << QStringList{u"secure connection"_s} << QString() << none;
    QTest::newRow("temporary failure") << QNetworkReply::TemporaryNetworkFailureError << 0 << QByteArray() << Headers{}
                                       << Kind::Network << QStringList{u"could not be reached"_s} << QString() << none;
    QTest::newRow("timeout") << QNetworkReply::TimeoutError << 0 << QByteArray() << Headers{} << Kind::Timeout
                             << QStringList{u"did not answer in time"_s} << QString() << none;
    QTest::newRow("timeout mid body") << QNetworkReply::TimeoutError << 200 << QByteArray("{") << json << Kind::Timeout
                                      << QStringList{u"in time"_s} << QString() << none;
    QTest::newRow("cancelled") << QNetworkReply::OperationCanceledError << 0 << QByteArray() << Headers{}
                               << Kind::Aborted << QStringList{u"cancelled"_s} << QString() << none;
    QTest::newRow("too many redirects") << QNetworkReply::TooManyRedirectsError << 0 << QByteArray() << Headers{}
                                        << Kind::Redirect << QStringList{u"too many times"_s} << QString() << none;
    QTest::newRow("insecure redirect") << QNetworkReply::InsecureRedirectError << 0 << QByteArray() << Headers{}
                                       << Kind::Redirect << QStringList{u"insecure"_s} << QString() << none;
}

void TestApiError::fromResponse()
{
    QFETCH(QNetworkReply::NetworkError, networkError);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Headers, headers);
    QFETCH(Kind, kind);
    QFETCH(QStringList, messageHas);
    QFETCH(QString, serverMessage);
    QFETCH(QStringList, fieldErrors);

    const ApiError error = ApiError::fromResponse(networkError, status, body, headers, u"Qt detail"_s);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(bool(error), kind != Kind::None);
    if (kind == Kind::None) {
        QVERIFY(error.message().isEmpty());
        return;
    }
    if (kind == Kind::Http || kind == Kind::Network || kind == Kind::Redirect)
        QCOMPARE(error.httpStatus(), status);
    QVERIFY(!error.message().isEmpty());
    for (const QString &fragment : messageHas)
        QVERIFY2(error.message().contains(fragment), qPrintable(error.message() + u" lacks: "_s + fragment));
    QCOMPARE(error.serverMessage(), serverMessage);
    QStringList actualFields;
    for (const ApiError::FieldError &field : error.fieldErrors())
        actualFields.append(field.field + u'=' + field.message);
    actualFields.sort(); // a JSON object's members come back sorted by key
    fieldErrors.sort();
    QCOMPARE(actualFields, fieldErrors);
    // Qt's technical wording stays out of the message for people.
    QVERIFY(!error.message().contains(u"Qt detail"_s));
}

void TestApiError::longHtmlIsShortened()
{
    const QByteArray page = "<html><head><title>" + QByteArray(2000, 'x') + "</title></head></html>";
    const ApiError error = ApiError::fromResponse(QNetworkReply::ServiceUnavailableError, 503, page, {}, {});
    QCOMPARE(error.kind(), Kind::Http);
    QVERIFY(error.serverMessage().size() <= 300);
    QVERIFY(error.serverMessage().startsWith(u"xxx"_s));
    QVERIFY(!error.message().contains(u"<html"_s));
}

void TestApiError::factories()
{
    QVERIFY(!ApiError());
    QCOMPARE(ApiError().kind(), Kind::None);

    const ApiError timeout = ApiError::timeout(std::chrono::milliseconds(90000));
    QCOMPARE(timeout.kind(), Kind::Timeout);
    QVERIFY(timeout.message().contains(u"within 90 second"_s));

    QCOMPARE(ApiError::aborted().kind(), Kind::Aborted);

    const ApiError payload = ApiError::badPayload(u"no \"assistants\" list"_s);
    QCOMPARE(payload.kind(), Kind::Payload);
    QVERIFY(payload.message().contains(u"no \"assistants\" list"_s));

    const QUrl target(u"https://user:pw@other.example:444/steal?key=1"_s);
    const ApiError otherOrigin = ApiError::redirectRefused(target, ApiError::RedirectRefusal::OtherOrigin);
    QCOMPARE(otherOrigin.kind(), Kind::Redirect);
    QCOMPARE(otherOrigin.redirectTarget(), target);
    QVERIFY(otherOrigin.message().contains(u"https://other.example:444"_s));
    QVERIFY(!otherOrigin.message().contains(u"pw"_s)); // no credentials from a URL in a message
    QVERIFY(!otherOrigin.detail().contains(u"pw"_s));
    const ApiError methodChange
        = ApiError::redirectRefused(QUrl(u"http://127.0.0.1:8080/x"_s), ApiError::RedirectRefusal::MethodChange);
    QVERIFY(methodChange.message().contains(u"http://127.0.0.1:8080"_s));
    QVERIFY(methodChange.message() != otherOrigin.message());

    const ApiError tooLarge = ApiError::tooLarge(qint64(512) * 1024 * 1024);
    QCOMPARE(tooLarge.kind(), Kind::TooLarge);
    QVERIFY(tooLarge.message().contains(u"512 MiB"_s));

    const ApiError invalid = ApiError::invalidRequest(u"“..” is not an assistant id"_s);
    QCOMPARE(invalid.kind(), Kind::Invalid);
    QVERIFY(invalid.message().contains(u"“..”"_s));
}

void TestApiError::originOf_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("origin");
    QTest::newRow("https default port") << QUrl(u"https://www.getrevox.com/api/assistants"_s)
                                        << u"https://www.getrevox.com"_s;
    QTest::newRow("explicit port") << QUrl(u"http://127.0.0.1:8080/api"_s) << u"http://127.0.0.1:8080"_s;
    QTest::newRow("credentials dropped") << QUrl(u"https://a:b@host.example/x?y#z"_s) << u"https://host.example"_s;
    QTest::newRow("ipv6") << QUrl(u"http://[::1]:99/"_s) << u"http://[::1]:99"_s;
}

void TestApiError::originOf()
{
    QFETCH(QUrl, url);
    QFETCH(QString, origin);
    QCOMPARE(ApiError::originOf(url), origin);
}

void TestApiError::mayHaveBeenApplied_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("networkError");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("applied");
    using E = QNetworkReply;
    QTest::newRow("refused: nothing sent") << E::ConnectionRefusedError << 0 << QByteArray() << false;
    QTest::newRow("unknown host: nothing sent") << E::HostNotFoundError << 0 << QByteArray() << false;
    QTest::newRow("closed after sending") << E::RemoteHostClosedError << 0 << QByteArray() << true;
    QTest::newRow("timed out") << E::TimeoutError << 0 << QByteArray() << true;
    QTest::newRow("2xx unreadable") << E::NoError << 200 << QByteArray("{\"assistant\":") << true;
    QTest::newRow("422 refused") << E::ContentConflictError << 422 << QByteArray("{}") << false;
    QTest::newRow("500") << E::InternalServerError << 500 << QByteArray() << false;
    QTest::newRow("502 gateway") << E::UnknownServerError << 502 << QByteArray() << true;
    QTest::newRow("503 not taken") << E::ServiceUnavailableError << 503 << QByteArray() << false;
    QTest::newRow("504 gateway timeout") << E::UnknownServerError << 504 << QByteArray() << true;
}

void TestApiError::mayHaveBeenApplied()
{
    QFETCH(QNetworkReply::NetworkError, networkError);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, applied);
    ApiError error = ApiError::fromResponse(networkError, status, body, json);
    if (!error) // a 2xx that the caller could not decode
        error = ApiError::badPayload(QStringLiteral("cut short"));
    QCOMPARE(error.mayHaveBeenApplied(), applied);
}

void TestApiError::requestsWithoutAssistant_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messageHas");
    QTest::newRow("404: no API here") << 404 << "no Revox API at this address";
    QTest::newRow("409: the server's words") << 409 << "“Name already in use”";
    QTest::newRow("412: the server's words") << 412 << "HTTP 412";
    QTest::newRow("500 unchanged") << 500 << "500";
}

void TestApiError::requestsWithoutAssistant()
{
    QFETCH(int, status);
    QFETCH(QString, messageHas);
    const ApiError error = ApiError::fromResponse(QNetworkReply::UnknownContentError, status,
                                                  R"({"message":"Name already in use"})", json)
                               .forRequestWithoutAssistant();
    QVERIFY2(error.message().contains(messageHas), qPrintable(error.message()));
    QVERIFY(!error.message().contains(QLatin1String("the assistant")));
    QCOMPARE(error.httpStatus(), status);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "TestApiError.moc"
