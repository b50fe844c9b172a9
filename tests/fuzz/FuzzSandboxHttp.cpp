// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the sandbox's HTTP request reader (SandboxHttpReader, what SandboxHttpConnection runs on every
// connection). The input is the byte stream of one connection. It is read several ways, with the real limits
// and with small ones (so that short inputs reach them): whole, one byte at a time, and cut into pieces at
// points drawn from the input, with answers held back for a few pieces at random.
// Invariants: the reading that never overflows ("ideal": whole, no bound on held bytes) is what every other
// reading gives, except that a reading may stop early with Close, and only with a held answer pending (the
// requests before it are then the ideal's first ones); a stream ends at most once, with one refusal (4xx/5xx
// with a message) or one Close, and nothing is read after it; 100 Continue comes at most once per request
// and never to a request that has been handed over; the bytes held stay within the limits (behind a held
// answer: heldBytes; otherwise a head, a body and a chunk line); every request handed over is well formed
// (token method, origin-form path, no CR, LF or NUL in a field value, body within the limit) and reads back
// the same when written out again.
#include "FuzzSupport.h"

#include "sandbox/SandboxHttpReader.h"

#include <QHash>

#include <algorithm>
#include <cctype>
#include <functional>
#include <limits>

namespace {

using Kind = SandboxHttpReader::Step::Kind;
using Limits = SandboxHttpReader::Limits;

struct Outcome
{
    QList<SandboxRequestRecord> requests;
    int refusalStatus = 0; // 0: none
    QString refusalMessage;
    bool closed = false; // stopped by Close
};

// A small deterministic generator: the same input is always cut the same way.
class Random
{
public:
    explicit Random(size_t seed)
        : m_state(seed | 1)
    { }
    quint32 next(quint32 bound) // [0, bound)
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return bound == 0 ? 0 : quint32(m_state % bound);
    }

private:
    quint64 m_state;
};

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

// RFC 3986 pchar and '/' in a path; any visible ASCII but '#' in a query; '%' always followed by two hex
// digits.
bool isTargetText(const QString &text, bool query)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alphanumeric || QStringView(u"-._~!$&'()*+,;=:@/").contains(QChar(c))
            || (query && c > ' ' && c < 0x7f && c != '#' && c != '%'))
            continue;
        if (c != '%' || i + 2 >= text.size() || !isxdigit(text.at(i + 1).toLatin1())
            || !isxdigit(text.at(i + 2).toLatin1()))
            return false;
        i += 2;
    }
    return true;
}

QString describe(const SandboxRequestRecord &request)
{
    QString text = request.method + u' ' + request.path + u'?' + request.query;
    for (const auto &[name, value] : request.headers)
        text += QLatin1String("\n  ") + QString::fromLatin1(name.toPercentEncoding()) + QLatin1String(": ")
            + QString::fromLatin1(value.toPercentEncoding());
    return text + QLatin1String("\n  body ") + QString::number(request.body.size());
}

bool same(const SandboxRequestRecord &a, const SandboxRequestRecord &b)
{
    return a.method == b.method && a.path == b.path && a.query == b.query && a.headers == b.headers && a.body == b.body
        && a.http10 == b.http10;
}

bool isChunked(const SandboxRequestRecord &request)
{
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The request as a client would write it, head fields as they were read.
QByteArray encode(const SandboxRequestRecord &request)
{
    QByteArray bytes = request.method.toLatin1() + ' ' + request.path.toLatin1();
    if (!request.query.isEmpty())
        bytes += '?' + request.query.toLatin1();
    bytes += request.http10 ? " HTTP/1.0\r\n" : " HTTP/1.1\r\n";
    for (const auto &[name, value] : request.headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "\r\n";
    if (isChunked(request)) {
        if (!request.body.isEmpty())
            bytes += QByteArray::number(request.body.size(), 16) + "\r\n" + request.body + "\r\n";
        bytes += "0\r\n\r\n";
    } else {
        bytes += request.body;
    }
    return bytes;
}

void checkRequest(const SandboxRequestRecord &request, const Limits &limits)
{
    FUZZ_CHECK(isToken(request.method.toLatin1()), describe(request));
    FUZZ_CHECK(request.path.startsWith(u'/'), describe(request));
    FUZZ_CHECK(isTargetText(request.path, false) && isTargetText(request.query, true), describe(request));
    FUZZ_CHECK(request.body.size() <= limits.bodyBytes, describe(request));
    for (const auto &[name, value] : request.headers) {
        FUZZ_CHECK(isToken(name), describe(request));
        // RFC 9110 5.5: a field value with CR, LF or NUL is refused (or those replaced), never passed on.
        FUZZ_CHECK(!value.contains('\r') && !value.contains('\n') && !value.contains('\0'), describe(request));
        FUZZ_CHECK(value == value.trimmed(), describe(request));
    }

    // Written out and read again, it is the same request.
    Limits roomy;
    roomy.headBytes = std::numeric_limits<int>::max();
    roomy.bodyBytes = roomy.headBytes;
    roomy.heldBytes = roomy.headBytes;
    SandboxHttpReader again(roomy);
    const QByteArray bytes = encode(request);
    again.receive(bytes);
    SandboxHttpReader::Step step = again.next();
    FUZZ_CHECK(step.kind == Kind::Request, describe(request) + QLatin1String("\n-> ") + step.message);
    FUZZ_CHECK(same(step.request, request), describe(request) + QLatin1String("\n-> ") + describe(step.request));
    again.answered();
    FUZZ_CHECK(again.next().kind == Kind::Wait, describe(request));
}

// Reads `input` in the pieces `cut` chooses; `hold` says for how many more pieces an answer stays pending
// once its request is handed over.
Outcome read(const QByteArray &input, const Limits &limits, const std::function<qsizetype(qsizetype left)> &cut,
             const std::function<int()> &hold)
{
    SandboxHttpReader reader(limits);
    Outcome outcome;
    bool ended = false;
    bool continued = false; // 100 Continue sent for the request being read
    int holdFor = 0; // pieces the pending answer is still held for
    const qsizetype maxHeld = limits.heldBytes;
    const qsizetype maxIdle = limits.headBytes + limits.bodyBytes + limits.chunkLineBytes + 1;

    const auto drain = [&] {
        while (true) {
            SandboxHttpReader::Step step = reader.next();
            if (ended) {
                FUZZ_CHECK(step.kind == Kind::Wait, QStringLiteral("a step after the end"));
                FUZZ_CHECK(reader.bufferedBytes() == 0, QString::number(reader.bufferedBytes()));
                return;
            }
            switch (step.kind) {
            case Kind::Wait:
                if (reader.isAnswering())
                    FUZZ_CHECK(reader.bufferedBytes() <= maxHeld, QString::number(reader.bufferedBytes()));
                else if (!reader.isFinished())
                    FUZZ_CHECK(reader.bufferedBytes() <= maxIdle, QString::number(reader.bufferedBytes()));
                return;
            case Kind::Continue:
                FUZZ_CHECK(!continued, QStringLiteral("two 100 Continue for one request"));
                FUZZ_CHECK(!reader.isAnswering(), QStringLiteral("100 Continue while an answer is held"));
                continued = true;
                break;
            case Kind::Request:
                checkRequest(step.request, limits);
                outcome.requests.append(step.request);
                continued = false;
                FUZZ_CHECK(reader.isAnswering(), QStringLiteral("a request handed over without an answer"));
                holdFor = hold();
                if (holdFor == 0)
                    reader.answered();
                break;
            case Kind::Refuse:
                FUZZ_CHECK(step.status >= 400 && step.status <= 599, QString::number(step.status));
                FUZZ_CHECK(!step.message.isEmpty(), QString::number(step.status));
                FUZZ_CHECK(reader.isFinished() && !reader.isAnswering(), QString::number(step.status));
                outcome.refusalStatus = step.status;
                outcome.refusalMessage = step.message;
                ended = true;
                break;
            case Kind::Close:
                FUZZ_CHECK(reader.isFinished() && !reader.isAnswering(), QStringLiteral("Close"));
                outcome.closed = true;
                ended = true;
                break;
            }
        }
    };

    qsizetype at = 0;
    while (at < input.size()) {
        const qsizetype size = std::clamp<qsizetype>(cut(input.size() - at), 1, input.size() - at);
        reader.receive(QByteArrayView(input).sliced(at, size));
        at += size;
        if (reader.isAnswering())
            FUZZ_CHECK(reader.bufferedBytes() <= maxHeld || reader.isFinished(),
                       QString::number(reader.bufferedBytes()));
        if (reader.isAnswering() && holdFor > 0 && --holdFor == 0)
            reader.answered();
        drain();
    }
    // The input is over: every held answer goes out, and what can still be read is read.
    while (reader.isAnswering()) {
        reader.answered();
        drain();
    }
    drain();
    return outcome;
}

void compare(const Outcome &ideal, const Outcome &other, const char *how)
{
    const QString label = QLatin1String(how);
    if (other.closed) {
        // Too much arrived behind a held answer: what was read before is right, and nothing was refused.
        FUZZ_CHECK(other.refusalStatus == 0, label);
        FUZZ_CHECK(other.requests.size() <= ideal.requests.size(), label);
    } else {
        FUZZ_CHECK(
            other.requests.size() == ideal.requests.size(),
            label + QStringLiteral(": %1 requests, ideally %2").arg(other.requests.size()).arg(ideal.requests.size()));
        FUZZ_CHECK(other.refusalStatus == ideal.refusalStatus,
                   label
                       + QStringLiteral(": refused %1 (%2), ideally %3 (%4)")
                             .arg(other.refusalStatus)
                             .arg(other.refusalMessage)
                             .arg(ideal.refusalStatus)
                             .arg(ideal.refusalMessage));
        FUZZ_CHECK(other.refusalMessage == ideal.refusalMessage, label + QLatin1String(": ") + other.refusalMessage);
    }
    for (qsizetype i = 0; i < other.requests.size(); ++i)
        FUZZ_CHECK(same(other.requests.at(i), ideal.requests.at(i)),
                   label + QLatin1String(": ") + describe(other.requests.at(i)) + QLatin1String("\nideally ")
                       + describe(ideal.requests.at(i)));
}

void readEveryWay(const QByteArray &input, Limits limits)
{
    const auto whole = [](qsizetype left) { return left; };
    const auto never = [] { return 0; };

    Limits unbounded = limits;
    unbounded.heldBytes = std::numeric_limits<qsizetype>::max();
    const Outcome ideal = read(input, unbounded, whole, never);
    FUZZ_CHECK(!ideal.closed, QStringLiteral("closed without a bound"));

    compare(ideal, read(input, limits, whole, never), "whole");
    compare(ideal,
            read(
                input, unbounded, [](qsizetype) { return 1; }, never),
            "byte by byte");
    Random random(qHashBits(input.constData(), size_t(input.size()), limits.headBytes));
    for (int round = 0; round < 3; ++round) {
        const Outcome pieces = read(
            input, limits, [&random](qsizetype) { return qsizetype(1 + random.next(random.next(2) ? 8 : 300)); },
            [&random] { return int(random.next(4)); });
        compare(ideal, pieces, "in pieces");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    readEveryWay(input, Limits());
    // Small enough for short inputs to reach every limit.
    Limits small;
    small.headBytes = 200;
    small.bodyBytes = 300;
    small.chunkLineBytes = 24;
    small.heldBytes = small.headBytes + small.bodyBytes;
    readEveryWay(input, small);
    return 0;
}
