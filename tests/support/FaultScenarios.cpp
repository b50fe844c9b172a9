// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultScenarios.h"

#include <QLocale>
#include <QRegularExpression>

namespace FaultScenarios {

namespace {

using Kind = SandboxFault::Kind;

SandboxFault fault(Kind kind, int status = 0, int delayMs = 0)
{
    SandboxFault result;
    result.kind = kind;
    result.status = status;
    result.delayMs = delayMs;
    result.times = -1; // until cleared: retries and Qt's own silent re-sends meet it as well
    return result;
}

SandboxFault withRetryAfter(SandboxFault fault, const QString &retryAfter)
{
    fault.retryAfter = retryAfter;
    return fault;
}

SandboxFault withSize(SandboxFault fault, qint64 size)
{
    fault.size = size;
    return fault;
}

SandboxFault withBody(SandboxFault fault, const QByteArray &body)
{
    fault.body = body;
    return fault;
}

SandboxFault once(SandboxFault fault)
{
    fault.times = 1;
    return fault;
}

Expectation fails(const QStringList &words)
{
    return {true, words};
}

Expectation succeeds()
{
    return {false, {}};
}

} // namespace

const QList<Scenario> &all()
{
    static const QList<Scenario> list = [] {
        QList<Scenario> all;
        const QStringList timedOut{QStringLiteral("did not answer"), QStringLiteral("try again")};
        const QStringList cutShort{QStringLiteral("connection was closed|closed the connection"),
                                   QStringLiteral("try again")};
        const QStringList unreadable{QStringLiteral("could not be understood"), QStringLiteral("Connections")};
        const QStringList rateLimited{QStringLiteral("too many requests"), QStringLiteral("wait")};
        const QStringList conflict{QStringLiteral("changed elsewhere")};
        const QStringList serverWords{QStringLiteral("Injected sandbox failure")};
        const QStringList address{QStringLiteral("address|Connections")};

        all.append({.name = QStringLiteral("refused"),
                    .setup = Setup::ServerDown,
                    .list = fails({QStringLiteral("refused"), QStringLiteral("try again")}),
                    .save = fails({QStringLiteral("refused"), QStringLiteral("try again")}),
                    .create = fails({QStringLiteral("refused"), QStringLiteral("try again")})});
        all.append({.name = QStringLiteral("stall before headers"),
                    .fault = fault(Kind::StallBeforeHeaders, 0, 900),
                    .applied = true,
                    .transfer = shortTransfer,
                    .list = fails(timedOut),
                    .save = fails(timedOut),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("stall mid-body, within the timeout"),
                    .fault = fault(Kind::StallMidBody, 0, 400),
                    .applied = true,
                    .list = succeeds(),
                    .save = succeeds(),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("stall mid-body, past the timeout"),
                    .fault = fault(Kind::StallMidBody, 0, 900),
                    .applied = true,
                    .transfer = shortTransfer,
                    .list = fails(timedOut),
                    .save = fails(timedOut),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("slow body, within the deadline"),
                    .fault = withSize(fault(Kind::SlowBody, 0, 25), 2048),
                    .applied = true,
                    .list = succeeds(),
                    .save = succeeds(),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("slow body, past the deadline"),
                    .fault = withSize(fault(Kind::SlowBody, 0, 250), 64),
                    .applied = true,
                    .list = fails({QStringLiteral("did not answer within"), QStringLiteral("try again")}),
                    .save = fails({QStringLiteral("did not answer within"), QStringLiteral("try again")}),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("slow answer (delay)"),
                    .fault = fault(Kind::Delay, 0, 300),
                    .applied = true,
                    .list = succeeds(),
                    .save = succeeds(),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("drop before the answer"),
                    .fault = fault(Kind::Drop),
                    .list = fails(cutShort),
                    .save = fails(cutShort),
                    .create = fails(cutShort)});
        all.append({.name = QStringLiteral("reset during the answer"),
                    .fault = fault(Kind::Reset),
                    .applied = true,
                    .list = fails(cutShort),
                    .save = fails(cutShort),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("truncated JSON"),
                    .fault = fault(Kind::Truncate),
                    .applied = true,
                    .list = fails(cutShort),
                    .save = fails(cutShort),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("malformed JSON"),
                    .fault = fault(Kind::MalformedJson),
                    .applied = true,
                    .list = fails(unreadable),
                    .save = fails(unreadable),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("HTML 502 page"),
                    .fault = fault(Kind::HtmlError, 502),
                    .list = fails({QStringLiteral("502"), QStringLiteral("try again")}),
                    .save = fails({QStringLiteral("502"), QStringLiteral("try again")}),
                    .create = fails({QStringLiteral("502"), QStringLiteral("try again")})});
        all.append({.name = QStringLiteral("wrong content type"),
                    .fault = fault(Kind::WrongContentType),
                    .applied = true,
                    .list = fails(unreadable + QStringList{QStringLiteral("text/plain")}),
                    .save = fails(unreadable + QStringList{QStringLiteral("text/plain")}),
                    .create = succeeds()});
        all.append({.name = QStringLiteral("429, Retry-After in seconds"),
                    .fault = withRetryAfter(fault(Kind::RateLimit), QStringLiteral("1")),
                    .list = fails(rateLimited),
                    .save = fails(rateLimited),
                    .create = fails(rateLimited + QStringList{QStringLiteral("1 second")})});
        all.append({.name = QStringLiteral("429, Retry-After as an HTTP date"),
                    .fault = fault(Kind::RateLimit),
                    .httpDate = true,
                    .list = fails(rateLimited),
                    .save = fails(rateLimited),
                    .create = fails(rateLimited + QStringList{QStringLiteral("[12] seconds?")})});
        all.append({.name = QStringLiteral("500"),
                    .fault = fault(Kind::Status, 500),
                    .list = fails({QStringLiteral("500"), QStringLiteral("try again")}),
                    .save = fails({QStringLiteral("500"), QStringLiteral("try again")}),
                    .create = fails({QStringLiteral("500"), QStringLiteral("try again")})});
        all.append({.name = QStringLiteral("503 with Retry-After"),
                    .fault = withRetryAfter(fault(Kind::Status, 503), QStringLiteral("1")),
                    .list = fails({QStringLiteral("503"), QStringLiteral("try again")}),
                    .save = fails({QStringLiteral("503"), QStringLiteral("try again")}),
                    .create = fails({QStringLiteral("503"), QStringLiteral("try again")})});
        all.append({.name = QStringLiteral("401"),
                    .fault = fault(Kind::Status, 401),
                    .list = fails({QStringLiteral("key"), QStringLiteral("Connections")}),
                    .save = fails({QStringLiteral("key"), QStringLiteral("Connections")}),
                    .create = fails({QStringLiteral("key"), QStringLiteral("Connections")})});
        all.append({.name = QStringLiteral("404, deleted elsewhere"),
                    .setup = Setup::DeletedElsewhere,
                    .fault = fault(Kind::Status, 404),
                    .list = fails(address),
                    .save = fails({QStringLiteral("deleted")}),
                    .create = fails(address)});
        all.append({.name = QStringLiteral("409"),
                    .fault = fault(Kind::Status, 409),
                    .list = fails(serverWords),
                    .save = fails(conflict),
                    .create = fails(serverWords)});
        all.append({.name = QStringLiteral("412"),
                    .fault = fault(Kind::Status, 412),
                    .list = fails(serverWords),
                    .save = fails(conflict),
                    .create = fails(serverWords)});
        // One 412 is what a colleague's save between our read and our write looks like: read, merge, save again.
        all.append({.name = QStringLiteral("412 once"),
                    .fault = once(fault(Kind::Status, 412)),
                    .list = fails(serverWords),
                    .save = succeeds(),
                    .create = fails(serverWords)});
        all.append(
            {.name = QStringLiteral("422 with field errors"),
             .fault = withBody(fault(Kind::Status, 422),
                               R"({"message":"Validation failed","errors":[{"field":"name","message":"is taken"}]})"),
             .list = fails({QStringLiteral("rejected"), QStringLiteral("is taken")}),
             .save = fails({QStringLiteral("rejected"), QStringLiteral("is taken")}),
             .create = fails({QStringLiteral("rejected"), QStringLiteral("name"), QStringLiteral("is taken")})});
        all.append({.name = QStringLiteral("redirect to another origin"),
                    .fault = fault(Kind::Redirect, 307),
                    .otherOrigin = true,
                    .list = fails({QStringLiteral("another server"), QStringLiteral("Connections")}),
                    .save = fails({QStringLiteral("another server"), QStringLiteral("Connections")}),
                    .create = fails({QStringLiteral("another server"), QStringLiteral("Connections")})});
        all.append({.name = QStringLiteral("oversized body"),
                    .fault = withSize(fault(Kind::Oversized), 4 * smallMaxResponse),
                    .maxResponse = smallMaxResponse,
                    .list = fails({QStringLiteral("larger than"), QStringLiteral("Connections")}),
                    .save = fails({QStringLiteral("larger than"), QStringLiteral("Connections")}),
                    .create = fails({QStringLiteral("larger than"), QStringLiteral("Connections")})});
        return all;
    }();
    return list;
}

QString missingWord(const QString &text, const QStringList &words)
{
    for (const QString &word : words) {
        if (!QRegularExpression(word, QRegularExpression::CaseInsensitiveOption).match(text).hasMatch())
            return word;
    }
    return {};
}

QString httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
}

} // namespace FaultScenarios
