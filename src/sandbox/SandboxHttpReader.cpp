// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHttpReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SandboxHttpConnection)
};

// RFC 9110 5.6.2.
bool isToken(QByteArrayView text)
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

// RFC 3986: pchar and '/' (a path), or the characters of an authority ("[::1]:8080"). A query takes any
// visible ASCII but '#', as servers do: clients send "statuses[]=a" with its brackets as they are. '%' must
// start a percent-encoded byte everywhere.
enum class TargetPart { Authority, Path, Query };

bool isTargetText(QByteArrayView text, TargetPart part)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        const bool alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alphanumeric || QByteArrayView("-._~!$&'()*+,;=:@").contains(c)
            || (part == TargetPart::Authority ? c == '[' || c == ']' : c == '/')
            || (part == TargetPart::Query && c > ' ' && c < '\x7f' && c != '#' && c != '%'))
            continue;
        if (c != '%' || i + 2 >= text.size() || !std::isxdigit(uchar(text.at(i + 1)))
            || !std::isxdigit(uchar(text.at(i + 2))))
            return false;
        i += 2;
    }
    return true;
}

// The path and query of a request target in origin form ("/a/b?c") or absolute form ("http://host/a/b?c",
// RFC 9112 3.2), exactly as sent; false for anything else. Read by hand rather than with QUrl, which repairs
// what it is given ("%zz" becomes "%25zz") and reads "//host/path" as a host.
bool splitTarget(const QByteArray &target, QByteArray *path, QByteArray *query)
{
    QByteArrayView rest = target;
    if (!rest.startsWith('/')) {
        const qsizetype schemeEnd = rest.indexOf("://");
        const QByteArrayView scheme = schemeEnd < 0 ? QByteArrayView() : rest.first(schemeEnd);
        if (scheme.compare("http", Qt::CaseInsensitive) != 0 && scheme.compare("https", Qt::CaseInsensitive) != 0)
            return false;
        rest = rest.sliced(schemeEnd + 3);
        qsizetype authorityEnd = 0;
        while (authorityEnd < rest.size() && rest.at(authorityEnd) != '/' && rest.at(authorityEnd) != '?')
            ++authorityEnd;
        if (authorityEnd == 0 || !isTargetText(rest.first(authorityEnd), TargetPart::Authority))
            return false;
        rest = rest.sliced(authorityEnd);
    }
    const qsizetype question = rest.indexOf('?');
    const QByteArrayView pathPart = question < 0 ? rest : rest.first(question);
    const QByteArrayView queryPart = question < 0 ? QByteArrayView() : rest.sliced(question + 1);
    if (!isTargetText(pathPart, TargetPart::Path) || !isTargetText(queryPart, TargetPart::Query))
        return false;
    *path = pathPart.isEmpty() ? QByteArray("/") : pathPart.toByteArray(); // "http://host" asks for "/"
    *query = queryPart.toByteArray();
    return true;
}

// A line taken off the front of a buffer, without its CR LF (a bare LF ends a line too, RFC 9112 2.2).
QByteArray withoutLineEnd(QByteArray line)
{
    line.chop(1); // LF
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// The length a line will have once its end arrives, judged on its first `size` bytes: a CR at the end may
// be the first half of its CR LF. So a line is measured alike whether it arrives whole or in pieces.
qsizetype partialLineLength(const QByteArray &buffer)
{
    return buffer.endsWith('\r') ? buffer.size() - 1 : buffer.size();
}

} // namespace

SandboxHttpReader::SandboxHttpReader(const Limits &limits)
    : m_limits(limits)
{ }

void SandboxHttpReader::receive(QByteArrayView bytes)
{
    if (m_finished || bytes.isEmpty())
        return;
    if (m_answering && m_buffer.size() + bytes.size() > m_limits.heldBytes) {
        m_overflowed = true;
        finish();
        return;
    }
    m_buffer.append(bytes);
}

void SandboxHttpReader::answered()
{
    m_answering = false;
}

SandboxHttpReader::Step SandboxHttpReader::next()
{
    Step step;
    if (m_answering)
        return step;
    if (m_overflowed) {
        if (!m_closeReported) {
            m_closeReported = true;
            step.kind = Step::Kind::Close;
        }
        return step;
    }
    if (m_finished)
        return step;

    switch (advance()) {
    case Progress::NeedMore:
        if (m_expectsContinue && !m_continueSent && m_phase != Phase::Head) {
            m_continueSent = true;
            step.kind = Step::Kind::Continue;
        }
        return step;
    case Progress::Invalid:
        finish();
        step.kind = Step::Kind::Refuse;
        step.status = m_refusalStatus;
        step.message = m_refusalMessage;
        return step;
    case Progress::Complete:
        break;
    }
    step.kind = Step::Kind::Request;
    step.request = std::move(m_request);
    startMessage();
    m_answering = true;
    if (step.request.closesConnection()) {
        finish(); // what the client sent after it is not read
    } else if (m_buffer.size() > m_limits.heldBytes) {
        m_overflowed = true;
        finish();
    }
    return step;
}

void SandboxHttpReader::startMessage()
{
    m_phase = Phase::Head;
    m_scan = 0;
    m_headBytes = 0;
    m_trailerBytes = 0;
    m_headLines.clear();
    m_request = {};
    m_remaining = 0;
    m_expectsContinue = false;
    m_continueSent = false;
}

void SandboxHttpReader::finish()
{
    m_finished = true;
    m_buffer.clear();
    m_buffer.squeeze();
    m_headLines.clear();
    m_request = {};
}

SandboxHttpReader::Progress SandboxHttpReader::fail(int status, const QString &message)
{
    m_refusalStatus = status;
    m_refusalMessage = message;
    return Progress::Invalid;
}

SandboxHttpReader::Progress SandboxHttpReader::advance()
{
    if (m_phase == Phase::Head) {
        const Progress head = readHead();
        if (head != Progress::Complete)
            return head;
        const Progress parsed = parseHead();
        if (parsed != Progress::Complete)
            return parsed;
    }
    if (m_phase == Phase::FixedBody) {
        if (m_buffer.size() < m_remaining)
            return Progress::NeedMore;
        m_request.body = m_buffer.left(m_remaining);
        m_buffer.remove(0, m_remaining);
        m_remaining = 0;
        return Progress::Complete;
    }
    if (m_phase == Phase::Head) // a request without a body
        return Progress::Complete;
    return readChunked();
}

SandboxHttpReader::Progress SandboxHttpReader::readHead()
{
    // Lines up to an empty one after the request line; empty lines before a request are skipped (RFC 9112
    // 2.2) but count towards the head's size, or a client could send them without end.
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n', m_scan);
        if (newline < 0) {
            m_scan = m_buffer.size();
            if (m_headBytes + m_buffer.size() > m_limits.headBytes)
                return fail(431, Text::tr("The request head is larger than %1 bytes.").arg(m_limits.headBytes));
            return Progress::NeedMore;
        }
        m_headBytes += newline + 1;
        if (m_headBytes > m_limits.headBytes)
            return fail(431, Text::tr("The request head is larger than %1 bytes.").arg(m_limits.headBytes));
        const QByteArray line = withoutLineEnd(m_buffer.left(newline + 1));
        m_buffer.remove(0, newline + 1);
        m_scan = 0;
        // RFC 9112 2.2 and RFC 9110 5.5: a bare CR or a NUL makes the message invalid; passed on, it could
        // end a line early for whoever reads the request next.
        if (line.contains('\r') || line.contains('\0'))
            return fail(400, Text::tr("A line of the request head contains a bare CR or a NUL byte."));
        if (!line.isEmpty())
            m_headLines.append(line);
        else if (!m_headLines.isEmpty())
            return Progress::Complete;
    }
}

SandboxHttpReader::Progress SandboxHttpReader::parseHead()
{
    const QList<QByteArray> requestLine = m_headLines.first().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)))
        return fail(400, Text::tr("The request line is not “METHOD target HTTP/1.1”."));
    const QByteArray &version = requestLine.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        return version.startsWith("HTTP/") ? fail(505, Text::tr("Only HTTP/1.1 and HTTP/1.0 are supported."))
                                           : fail(400, Text::tr("The request line is not “METHOD target HTTP/1.1”."));
    }
    QByteArray path;
    QByteArray query;
    if (!splitTarget(requestLine.at(1), &path, &query))
        return fail(400, Text::tr("The request target is not a path."));

    SandboxRequestRecord &request = m_request;
    request.method = QString::fromLatin1(requestLine.at(0));
    request.http10 = version == "HTTP/1.0";
    request.path = QString::fromLatin1(path);
    request.query = QString::fromLatin1(query);
    for (qsizetype i = 1; i < m_headLines.size(); ++i) {
        const QByteArray &line = m_headLines.at(i);
        const qsizetype colon = line.indexOf(':');
        // Also refuses folded lines (obsolete) and a space before the colon (RFC 9112 5.1, 5.2).
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return fail(400, Text::tr("A header line is not “Name: value”."));
        request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    m_headLines.clear();

    // The body's length: chunked, or Content-Length, or none (RFC 9112 6.3).
    const QList<QByteArray> codings = listValues(request.headers, "Transfer-Encoding");
    const QList<QByteArray> lengths = listValues(request.headers, "Content-Length");
    const bool chunked = !codings.isEmpty();
    qint64 length = 0;
    if (chunked) {
        if (!lengths.isEmpty())
            return fail(400, Text::tr("A request cannot have both Transfer-Encoding and Content-Length."));
        if (codings.last().compare("chunked", Qt::CaseInsensitive) != 0)
            return fail(400, Text::tr("The last transfer coding must be chunked."));
        if (codings.size() > 1)
            return fail(501, Text::tr("Only the chunked transfer coding is supported."));
    } else if (!lengths.isEmpty()) {
        if (!isDigits(lengths.first()) || lengths.first().size() > 18
            || lengths.count(lengths.first()) != lengths.size())
            return fail(400, Text::tr("Content-Length is not one number."));
        length = lengths.first().toLongLong();
        if (length > m_limits.bodyBytes)
            return fail(413, Text::tr("The request body is larger than %1 bytes.").arg(m_limits.bodyBytes));
    }
    m_expectsContinue = version == "HTTP/1.1" && (chunked || length > 0)
        && request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0;

    if (chunked) {
        m_phase = Phase::ChunkSize;
    } else if (length > 0) {
        m_phase = Phase::FixedBody;
        m_remaining = length;
    }
    m_scan = 0;
    return Progress::Complete;
}

SandboxHttpReader::Progress SandboxHttpReader::readChunked()
{
    // RFC 9112 7.1. Data is moved into the body as it arrives, so the buffer holds at most one line.
    while (true) {
        switch (m_phase) {
        case Phase::ChunkSize: {
            const qsizetype newline = m_buffer.indexOf('\n', m_scan);
            if (newline < 0) {
                m_scan = m_buffer.size();
                if (partialLineLength(m_buffer) > m_limits.chunkLineBytes)
                    return fail(400, Text::tr("A chunk size line is too long."));
                return Progress::NeedMore;
            }
            const QByteArray line = withoutLineEnd(m_buffer.left(newline + 1));
            if (line.size() > m_limits.chunkLineBytes)
                return fail(400, Text::tr("A chunk size line is too long."));
            m_buffer.remove(0, newline + 1);
            m_scan = 0;
            const qsizetype extensions = line.indexOf(';'); // chunk extensions are ignored
            QByteArray sizeText = (extensions < 0 ? line : line.left(extensions)).trimmed();
            if (!isHexDigits(sizeText))
                return fail(400, Text::tr("A chunk size is not a hexadecimal number."));
            while (sizeText.size() > 1 && sizeText.startsWith('0'))
                sizeText.remove(0, 1);
            if (sizeText.size() > 15)
                return fail(413, Text::tr("The request body is larger than %1 bytes.").arg(m_limits.bodyBytes));
            const qint64 size = sizeText.toLongLong(nullptr, 16);
            if (size == 0) {
                m_phase = Phase::Trailers;
                break;
            }
            if (m_request.body.size() + size > m_limits.bodyBytes)
                return fail(413, Text::tr("The request body is larger than %1 bytes.").arg(m_limits.bodyBytes));
            m_remaining = size;
            m_phase = Phase::ChunkData;
            break;
        }
        case Phase::ChunkData: {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, m_buffer.size()));
            m_request.body.append(QByteArrayView(m_buffer).first(take));
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return Progress::NeedMore;
            m_phase = Phase::ChunkEnd;
            break;
        }
        case Phase::ChunkEnd: {
            // The data ends with CR LF or a bare LF, judged byte by byte: waiting for a newline would hold a
            // malformed chunk unanswered, and its bytes in memory, for as long as the client sends no LF.
            if (m_buffer.isEmpty())
                return Progress::NeedMore;
            const bool crlf = m_buffer.at(0) == '\r';
            if (crlf && m_buffer.size() < 2)
                return Progress::NeedMore;
            if (m_buffer.at(crlf ? 1 : 0) != '\n')
                return fail(400, Text::tr("A chunk is longer than its size says."));
            m_buffer.remove(0, crlf ? 2 : 1);
            m_phase = Phase::ChunkSize;
            break;
        }
        case Phase::Trailers: {
            // Trailer fields, ignored, up to an empty line; bounded like the head, or a client could make
            // the buffer grow without end.
            const qsizetype newline = m_buffer.indexOf('\n', m_scan);
            if (newline < 0) {
                m_scan = m_buffer.size();
                if (m_trailerBytes + m_buffer.size() > m_limits.headBytes)
                    return fail(431, Text::tr("The trailer fields are larger than %1 bytes.").arg(m_limits.headBytes));
                return Progress::NeedMore;
            }
            m_trailerBytes += newline + 1;
            if (m_trailerBytes > m_limits.headBytes)
                return fail(431, Text::tr("The trailer fields are larger than %1 bytes.").arg(m_limits.headBytes));
            const QByteArray line = withoutLineEnd(m_buffer.left(newline + 1));
            m_buffer.remove(0, newline + 1);
            m_scan = 0;
            if (line.isEmpty())
                return Progress::Complete;
            break;
        }
        case Phase::Head:
        case Phase::FixedBody:
            Q_UNREACHABLE();
            return Progress::Invalid;
        }
    }
}
