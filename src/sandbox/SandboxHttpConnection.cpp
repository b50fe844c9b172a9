// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHttpConnection.h"

#include "SandboxReply.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QUrl>

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024; // request line and header fields
constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;
constexpr qsizetype kMaxChunkLineBytes = 1024; // a chunk's size line, with any extensions

QString tr(const char *text)
{
    return QCoreApplication::translate("SandboxHttpConnection", text);
}

// What parse() made of the front of the buffer.
struct Parse
{
    enum class Outcome { Incomplete, Complete, Invalid };
    Outcome outcome = Outcome::Incomplete;
    SandboxRequestRecord request; // Complete
    qsizetype consumed = 0; // Complete: the bytes the request took
    bool expectsContinue = false; // Incomplete: the head is in and asks for "100 Continue" before its body
    int status = 0; // Invalid: the answer
    QString message;
};

Parse invalid(int status, const QString &message)
{
    Parse result;
    result.outcome = Parse::Outcome::Invalid;
    result.status = status;
    result.message = message;
    return result;
}

// RFC 9110 5.6.2.
bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alphanumeric && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

bool isDigits(const QByteArray &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isHexDigits(const QByteArray &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

// The line that starts at `from`, without its CR LF (a bare LF ends a line too, RFC 9112 2.2); `next` is
// where the following one starts. False when the line has not all arrived.
bool lineAt(const QByteArray &buffer, qsizetype from, QByteArray *line, qsizetype *next)
{
    const qsizetype newline = buffer.indexOf('\n', from);
    if (newline < 0)
        return false;
    *line = buffer.mid(from, newline - from);
    if (line->endsWith('\r'))
        line->chop(1);
    *next = newline + 1;
    return true;
}

// Every comma-separated element of every `name` field, trimmed.
QList<QByteArray> listValues(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    QList<QByteArray> values;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &element : value.split(','))
            values.append(element.trimmed());
    }
    return values;
}

// A chunked body from `from` on (RFC 9112 7.1); *consumed is where the message ends.
Parse::Outcome readChunked(const QByteArray &buffer, qsizetype from, QByteArray *body, qsizetype *consumed,
                           Parse *failure)
{
    qsizetype at = from;
    QByteArray line;
    while (true) {
        qsizetype next = 0;
        if (!lineAt(buffer, at, &line, &next)) {
            if (buffer.size() - at > kMaxChunkLineBytes)
                *failure = invalid(400, tr("A chunk size line is too long."));
            return buffer.size() - at > kMaxChunkLineBytes ? Parse::Outcome::Invalid : Parse::Outcome::Incomplete;
        }
        const qsizetype extensions = line.indexOf(';'); // chunk extensions are ignored
        const QByteArray sizeText = (extensions < 0 ? line : line.left(extensions)).trimmed();
        if (!isHexDigits(sizeText) || sizeText.size() > 15) {
            *failure = invalid(400, tr("A chunk size is not a hexadecimal number."));
            return Parse::Outcome::Invalid;
        }
        const qint64 size = sizeText.toLongLong(nullptr, 16);
        at = next;
        if (size == 0) {
            // Trailer fields, ignored, up to an empty line; bounded like the head, or a client could make
            // the buffer grow without end.
            const qsizetype trailerStart = at;
            do {
                if (!lineAt(buffer, at, &line, &next)) {
                    if (buffer.size() - trailerStart > kMaxHeadBytes) {
                        *failure = invalid(431, tr("The trailer fields are larger than %1 bytes.").arg(kMaxHeadBytes));
                        return Parse::Outcome::Invalid;
                    }
                    return Parse::Outcome::Incomplete;
                }
                at = next;
            } while (!line.isEmpty());
            if (at - trailerStart > kMaxHeadBytes) {
                *failure = invalid(431, tr("The trailer fields are larger than %1 bytes.").arg(kMaxHeadBytes));
                return Parse::Outcome::Invalid;
            }
            *consumed = at;
            return Parse::Outcome::Complete;
        }
        if (body->size() + size > kMaxBodyBytes) {
            *failure = invalid(413, tr("The request body is larger than %1 bytes.").arg(kMaxBodyBytes));
            return Parse::Outcome::Invalid;
        }
        if (buffer.size() - at < size + 1)
            return Parse::Outcome::Incomplete;
        body->append(buffer.mid(at, size));
        at += size;
        // The data ends with CR LF or a bare LF, judged byte by byte: waiting for a newline would hold a
        // malformed chunk unanswered, and its bytes in memory, for as long as the client sends no LF.
        const bool crlf = buffer.at(at) == '\r';
        if (crlf && buffer.size() - at < 2)
            return Parse::Outcome::Incomplete;
        if (buffer.at(crlf ? at + 1 : at) != '\n') {
            *failure = invalid(400, tr("A chunk is longer than its size says."));
            return Parse::Outcome::Invalid;
        }
        at += crlf ? 2 : 1;
    }
}

// Reads the request at the front of `buffer`, if it has all arrived (RFC 9112).
Parse parse(const QByteArray &buffer)
{
    // The head: the request line and the header fields, up to an empty line. Empty lines before a request
    // are skipped (RFC 9112 2.2).
    QList<QByteArray> lines;
    qsizetype at = 0;
    while (true) {
        QByteArray line;
        qsizetype next = 0;
        if (!lineAt(buffer, at, &line, &next)) {
            if (buffer.size() > kMaxHeadBytes)
                return invalid(431, tr("The request head is larger than %1 bytes.").arg(kMaxHeadBytes));
            return {};
        }
        at = next;
        if (line.isEmpty() && !lines.isEmpty())
            break;
        if (!line.isEmpty())
            lines.append(line);
    }
    if (at > kMaxHeadBytes)
        return invalid(431, tr("The request head is larger than %1 bytes.").arg(kMaxHeadBytes));
    const qsizetype headEnd = at;

    const QList<QByteArray> requestLine = lines.first().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)))
        return invalid(400, tr("The request line is not “METHOD target HTTP/1.1”."));
    const QByteArray &version = requestLine.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        return version.startsWith("HTTP/") ? invalid(505, tr("Only HTTP/1.1 and HTTP/1.0 are supported."))
                                           : invalid(400, tr("The request line is not “METHOD target HTTP/1.1”."));
    }
    const QByteArray &target = requestLine.at(1);
    const QUrl url = QUrl::fromEncoded(target);
    if (!url.isValid() || !(target.startsWith('/') || (url.scheme().startsWith(u"http") && !url.host().isEmpty())))
        return invalid(400, tr("The request target is not a path."));

    Parse result;
    SandboxRequestRecord &request = result.request;
    request.method = QString::fromLatin1(requestLine.at(0));
    request.http10 = version == "HTTP/1.0";
    request.path = url.path(QUrl::FullyEncoded);
    request.query = url.query(QUrl::FullyEncoded);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        // Also refuses folded lines (obsolete) and a space before the colon (RFC 9112 5.1, 5.2).
        if (colon <= 0 || !isToken(line.left(colon)))
            return invalid(400, tr("A header line is not “Name: value”."));
        request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }

    // The body's length: chunked, or Content-Length, or none (RFC 9112 6.3).
    const QList<QByteArray> codings = listValues(request.headers, "Transfer-Encoding");
    const QList<QByteArray> lengths = listValues(request.headers, "Content-Length");
    const bool chunked = !codings.isEmpty();
    qint64 length = 0;
    if (chunked) {
        if (!lengths.isEmpty())
            return invalid(400, tr("A request cannot have both Transfer-Encoding and Content-Length."));
        if (codings.last().compare("chunked", Qt::CaseInsensitive) != 0)
            return invalid(400, tr("The last transfer coding must be chunked."));
        if (codings.size() > 1)
            return invalid(501, tr("Only the chunked transfer coding is supported."));
    } else if (!lengths.isEmpty()) {
        if (!isDigits(lengths.first()) || lengths.first().size() > 18
            || lengths.count(lengths.first()) != lengths.size())
            return invalid(400, tr("Content-Length is not one number."));
        length = lengths.first().toLongLong();
        if (length > kMaxBodyBytes)
            return invalid(413, tr("The request body is larger than %1 bytes.").arg(kMaxBodyBytes));
    }
    result.expectsContinue = version == "HTTP/1.1" && (chunked || length > 0)
        && request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0;

    if (chunked) {
        Parse failure;
        const Parse::Outcome outcome = readChunked(buffer, headEnd, &request.body, &result.consumed, &failure);
        if (outcome != Parse::Outcome::Complete)
            return outcome == Parse::Outcome::Invalid ? failure : result;
    } else {
        if (buffer.size() - headEnd < length)
            return result;
        request.body = buffer.mid(headEnd, length);
        result.consumed = headEnd + length;
    }
    result.outcome = Parse::Outcome::Complete;
    return result;
}

} // namespace

SandboxHttpConnection::SandboxHttpConnection(QTcpSocket *socket, Dispatch dispatch)
    : QObject(socket)
    , m_socket(socket)
    , m_dispatch(std::move(dispatch))
{
    connect(socket, &QTcpSocket::readyRead, this, &SandboxHttpConnection::onReadyRead);
    if (socket->bytesAvailable() > 0)
        onReadyRead();
}

void SandboxHttpConnection::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (!m_done)
        m_buffer += bytes;
    readRequests();
}

void SandboxHttpConnection::readRequests()
{
    while (!m_done && !m_answering && !m_buffer.isEmpty()) {
        Parse parsed = parse(m_buffer);
        switch (parsed.outcome) {
        case Parse::Outcome::Incomplete:
            if (parsed.expectsContinue && !m_continueSent) {
                m_continueSent = true;
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return;
        case Parse::Outcome::Invalid:
            refuse(parsed.status, parsed.message);
            return;
        case Parse::Outcome::Complete:
            m_buffer.remove(0, parsed.consumed);
            m_continueSent = false;
            // The answer closes the connection; what the client sent after it is not read.
            m_done = parsed.request.closesConnection();
            m_answering = m_dispatch(std::move(parsed.request));
            if (m_answering) {
                connect(m_answering.data(), &QObject::destroyed, this, &SandboxHttpConnection::readRequests,
                        Qt::QueuedConnection);
            }
            break;
        }
    }
}

void SandboxHttpConnection::refuse(int status, const QString &message)
{
    m_done = true;
    m_buffer.clear();
    const SandboxReply reply = SandboxReply::error(status, message);
    const QByteArray bytes = reply.head(reply.body.size(), true) + reply.body;
    // From the event loop, not inside the socket's read handler (as SandboxDelivery answers).
    QMetaObject::invokeMethod(
        this,
        [this, bytes] {
            m_socket->write(bytes);
            m_socket->disconnectFromHost();
        },
        Qt::QueuedConnection);
}
