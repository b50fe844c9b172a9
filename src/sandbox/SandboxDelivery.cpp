// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxDelivery.h"

#include "core/JsonText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SandboxDelivery)
};

using Kind = SandboxFault::Kind;

constexpr int kDefaultStallMs = 1000;
constexpr int kDefaultTrickleMs = 50;
constexpr int kDefaultTrickleBytes = 16;
constexpr int kResetAfterMs = 50;
constexpr qint64 kDefaultOversizedBytes = 16 * 1024 * 1024;
constexpr qint64 kOversizedChunk = 64 * 1024;
const QByteArray kOversizedPrefix = "{\"assistants\":[],\"padding\":\"";
const QByteArray kOversizedSuffix = "\"}";

int orDefault(int value, int fallback)
{
    return value > 0 ? value : fallback;
}

// The request as a server that does not take `field` sees it: a JSON object body without that member.
SandboxRequestRecord withoutField(SandboxRequestRecord request, const QString &field)
{
    const QJsonDocument document = JsonText::read(request.body);
    if (document.isObject()) {
        QJsonObject body = document.object();
        body.remove(field);
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return request;
}

QByteArray htmlErrorPage(int status)
{
    // What a reverse proxy in front of an API sends when the upstream is down.
    const QByteArray line = QByteArray::number(status) + ' ' + SandboxReply::reasonPhrase(status);
    return "<html>\r\n<head><title>" + line + "</title></head>\r\n<body>\r\n<center><h1>" + line
        + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
}

// What an answer asking for a wait tells the client, as the client's own policy reads the headers
// (retry-after-ms first, RetryPolicy): "" when it asks for none.
QString waitAdvice(const SandboxFault &fault, const QByteArray &retryAfter)
{
    if (fault.retryAfterMs >= 0)
        return Text::tr("try again in %n millisecond(s)", nullptr, fault.retryAfterMs);
    if (retryAfter.isEmpty())
        return {};
    bool seconds = false;
    const int count = retryAfter.toInt(&seconds);
    if (seconds && count >= 0)
        return Text::tr("try again in %n second(s)", nullptr, count);
    return Text::tr("try again after %1").arg(QString::fromLatin1(retryAfter));
}

} // namespace

SandboxDelivery::SandboxDelivery(QTcpSocket *socket, SandboxRequestRecord request, std::optional<SandboxFault> fault,
                                 Answer answer)
    : QObject(socket)
    , m_socket(socket)
    , m_request(std::move(request))
    , m_fault(std::move(fault))
    , m_answer(std::move(answer))
    , m_closeAfter(m_request.closesConnection())
{
    // Headers and body leave in separate writes; with Nagle's algorithm on, the body waits for the
    // client's delayed ACK, about 40 ms on every kept-alive request.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

bool SandboxDelivery::alive() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void SandboxDelivery::start()
{
    if (!alive()) {
        deleteLater();
        return;
    }
    if (!m_fault) {
        sendWhole(m_answer(m_request));
        finish();
        return;
    }
    play(*m_fault);
}

void SandboxDelivery::play(const SandboxFault &fault)
{
    switch (fault.kind) {
    case Kind::Status:
    case Kind::RateLimit:
    case Kind::HtmlError:
    case Kind::Redirect:
        if (fault.delayMs > 0) { // a refusal that takes its time, as from a server under load
            sendWholeLater(fault.delayMs, [this, fault] { return replacement(fault); });
            return;
        }
        sendWhole(replacement(fault));
        finish();
        return;
    case Kind::Oversized:
        streamOversized(fault.size > 0 ? fault.size : kDefaultOversizedBytes);
        return;
    case Kind::Drop:
        m_socket->disconnectFromHost();
        deleteLater();
        return;
    case Kind::IgnoreField:
        sendWhole(m_answer(withoutField(m_request, fault.field)));
        finish();
        return;
    case Kind::Delay:
        sendWholeLater(orDefault(fault.delayMs, kDefaultStallMs), [this] { return m_answer(m_request); });
        return;
    default:
        break;
    }

    // The remaining kinds apply the request, then spoil the delivery of its answer.
    SandboxReply reply = m_answer(m_request);
    const QByteArray body = reply.body;
    const QByteArray firstHalf = body.left(body.size() / 2);
    const QByteArray secondHalf = body.mid(firstHalf.size());
    switch (fault.kind) {
    case Kind::Reset:
        sendHead(reply, body.size());
        sendBody(firstHalf);
        // Long enough for the head to arrive, so the client sees a reply die rather than a refused one.
        QTimer::singleShot(orDefault(fault.delayMs, kResetAfterMs), this, &SandboxDelivery::resetConnection);
        return;
    case Kind::Truncate:
        sendHead(reply, body.size());
        sendBody(firstHalf);
        m_socket->disconnectFromHost(); // after the buffered bytes: the client gets a short body, then EOF
        deleteLater();
        return;
    case Kind::StallBeforeHeaders:
        sendWholeLater(orDefault(fault.delayMs, kDefaultStallMs), [reply] { return reply; });
        return;
    case Kind::StallMidBody:
        sendHead(reply, body.size());
        sendBody(firstHalf);
        QTimer::singleShot(orDefault(fault.delayMs, kDefaultStallMs), this, [this, secondHalf] {
            if (!alive())
                return deleteLater();
            sendBody(secondHalf);
            finish();
        });
        return;
    case Kind::SlowBody:
        sendHead(reply, body.size());
        trickle(body, int(fault.size > 0 ? fault.size : kDefaultTrickleBytes),
                orDefault(fault.delayMs, kDefaultTrickleMs));
        return;
    case Kind::MalformedJson:
        if (fault.status)
            reply.status = fault.status;
        reply.body = fault.body.isEmpty() ? firstHalf + "\xE2\x80\xA6" : fault.body;
        sendWhole(reply);
        finish();
        return;
    case Kind::WrongContentType:
        reply.contentType = "text/plain; charset=utf-8";
        sendWhole(reply);
        finish();
        return;
    default:
        Q_UNREACHABLE();
    }
}

SandboxReply SandboxDelivery::replacement(const SandboxFault &fault) const
{
    const QByteArray retryAfter = fault.retryAfter.isEmpty() && fault.retryAfterMs < 0 && fault.kind == Kind::RateLimit
        ? QByteArray("1")
        : fault.retryAfter.toLatin1();
    const QString wait = waitAdvice(fault, retryAfter);
    SandboxReply reply;
    switch (fault.kind) {
    case Kind::RateLimit:
        reply = SandboxReply::error(fault.status ? fault.status : 429,
                                    tr("Too many requests (an injected sandbox fault): %1.").arg(wait));
        break;
    case Kind::HtmlError:
        reply.status = fault.status ? fault.status : 502;
        reply.body = htmlErrorPage(reply.status);
        reply.contentType = "text/html; charset=utf-8";
        break;
    case Kind::Redirect:
        reply
            = SandboxReply::error(fault.status ? fault.status : 307, tr("Moved to %1.").arg(fault.location.toString()));
        reply.addHeader("Location", fault.location.toEncoded());
        break;
    default: { // Status
        const int status = fault.status ? fault.status : 500;
        QString message = status == 503 ? tr("The service is unavailable (an injected sandbox fault).")
                                        : tr("Injected sandbox failure (%1).").arg(status);
        if (!wait.isEmpty()) // "…: try again in 3 seconds."
            message = message.chopped(1) + QLatin1String(": ") + wait + u'.';
        reply = fault.body.isEmpty() ? SandboxReply::error(status, message) : SandboxReply::raw(status, fault.body);
        break;
    }
    }
    if (!retryAfter.isEmpty())
        reply.addHeader("Retry-After", retryAfter);
    if (fault.retryAfterMs >= 0)
        reply.addHeader("retry-after-ms", QByteArray::number(fault.retryAfterMs));
    return reply;
}

void SandboxDelivery::sendWhole(const SandboxReply &reply)
{
    sendHead(reply, reply.body.size());
    sendBody(reply.body);
}

void SandboxDelivery::sendWholeLater(int delayMs, const std::function<SandboxReply()> &reply)
{
    QTimer::singleShot(delayMs, this, [this, reply] {
        if (!alive())
            return deleteLater();
        sendWhole(reply());
        finish();
    });
}

void SandboxDelivery::sendHead(const SandboxReply &reply, qint64 claimedLength)
{
    m_socket->write(reply.head(claimedLength, m_closeAfter));
}

void SandboxDelivery::sendBody(const QByteArray &bytes)
{
    // An answer to HEAD has no body: bytes here would be read as the start of the next answer.
    if (m_request.method == u"HEAD")
        return;
    m_socket->write(bytes);
    m_socket->flush();
}

void SandboxDelivery::trickle(const QByteArray &rest, int chunkSize, int intervalMs)
{
    if (!alive())
        return deleteLater();
    if (rest.isEmpty())
        return finish();
    sendBody(rest.left(chunkSize));
    const QByteArray remaining = rest.mid(chunkSize);
    QTimer::singleShot(intervalMs, this,
                       [this, remaining, chunkSize, intervalMs] { trickle(remaining, chunkSize, intervalMs); });
}

void SandboxDelivery::streamOversized(qint64 size)
{
    SandboxReply reply;
    const qint64 frame = kOversizedPrefix.size() + kOversizedSuffix.size();
    const qint64 total = std::max(size, frame);
    m_oversizedLeft = m_request.method == u"HEAD" ? 0 : total - frame;
    sendHead(reply, total);
    sendBody(kOversizedPrefix);
    // Written as the socket drains, so a huge body never sits in memory at once.
    connect(m_socket.data(), &QTcpSocket::bytesWritten, this, &SandboxDelivery::pumpOversized);
    pumpOversized();
}

void SandboxDelivery::pumpOversized()
{
    if (!alive())
        return deleteLater();
    while (m_oversizedLeft > 0 && m_socket->bytesToWrite() < 4 * kOversizedChunk) {
        const qint64 chunk = std::min(m_oversizedLeft, kOversizedChunk);
        m_socket->write(QByteArray(chunk, 'x'));
        m_oversizedLeft -= chunk;
    }
    if (m_oversizedLeft == 0) {
        disconnect(m_socket.data(), &QTcpSocket::bytesWritten, this, &SandboxDelivery::pumpOversized);
        sendBody(kOversizedSuffix);
        m_oversizedLeft = -1;
        finish();
    }
}

void SandboxDelivery::resetConnection()
{
    if (alive()) {
#ifdef Q_OS_UNIX
        // A zero linger turns close() into a TCP RST instead of an orderly FIN.
        const linger hardClose{1, 0};
        ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hardClose, sizeof hardClose);
#endif
        m_socket->abort();
    }
    deleteLater();
}

void SandboxDelivery::finish()
{
    if (m_closeAfter && alive())
        m_socket->disconnectFromHost();
    deleteLater();
}
