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
    return {Outcome::Fails, words};
}

Expectation succeeds()
{
    return {Outcome::Succeeds, {}};
}

Expectation foundDone()
{
    return {Outcome::FoundDone, {}};
}

Expectation failsQuietly()
{
    return {Outcome::FailsQuietly, {}};
}

} // namespace

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeds:
        return QStringLiteral("succeeds");
    case Outcome::FoundDone:
        return QStringLiteral("found done");
    case Outcome::Fails:
        return QStringLiteral("fails");
    case Outcome::FailsQuietly:
        return QStringLiteral("fails quietly");
    }
    return {};
}

const Expectation &Scenario::expectation(Operation operation) const
{
    switch (operation) {
    case Operation::List:
        return list;
    case Operation::Save:
        return save;
    case Operation::Reread:
        return reread;
    case Operation::Create:
        return create;
    case Operation::Clone:
        return clone;
    case Operation::Delete:
        return remove;
    case Operation::Voices:
        return voices;
    }
    return list;
}

// One row per scenario; every operation's outcome is written out, none is left to a default.
const QList<Scenario> &all()
{
    static const QList<Scenario> list = [] {
        QList<Scenario> all;
        const QStringList refused{QStringLiteral("refused"), QStringLiteral("try again")};
        const QStringList timedOut{QStringLiteral("did not answer"), QStringLiteral("try again")};
        const QStringList deadline{QStringLiteral("did not answer within"), QStringLiteral("try again")};
        const QStringList cutShort{QStringLiteral("connection was closed|closed the connection"),
                                   QStringLiteral("try again")};
        const QStringList unreadable{QStringLiteral("could not be understood"), QStringLiteral("Connections")};
        const QStringList wrongType = unreadable + QStringList{QStringLiteral("text/plain")};
        const QStringList rateLimited{QStringLiteral("too many requests"), QStringLiteral("wait")};
        const QStringList http502{QStringLiteral("502"), QStringLiteral("try again")};
        const QStringList http500{QStringLiteral("500"), QStringLiteral("try again")};
        const QStringList http503{QStringLiteral("503"), QStringLiteral("try again")};
        const QStringList key{QStringLiteral("key"), QStringLiteral("Connections")};
        const QStringList conflict{QStringLiteral("changed elsewhere")};
        const QStringList serverWords{QStringLiteral("Injected sandbox failure")};
        const QStringList address{QStringLiteral("address|Connections")};
        const QStringList deleted{QStringLiteral("deleted")};
        const QStringList rejected{QStringLiteral("rejected"), QStringLiteral("is taken")};
        const QStringList otherServer{QStringLiteral("another server"), QStringLiteral("Connections")};
        const QStringList tooLarge{QStringLiteral("larger than"), QStringLiteral("Connections")};

        all.append({.name = QStringLiteral("refused"),
                    .setup = Setup::ServerDown,
                    .list = fails(refused),
                    .save = fails(refused),
                    .reread = fails(refused),
                    .create = fails(refused),
                    .clone = fails(refused),
                    .remove = fails(refused),
                    .voices = failsQuietly()});
        all.append({.name = QStringLiteral("stall before headers"),
                    .fault = fault(Kind::StallBeforeHeaders, 0, 900),
                    .applied = true,
                    .transfer = shortTransfer,
                    .list = fails(timedOut),
                    .save = fails(timedOut),
                    .reread = fails(timedOut),
                    .create = foundDone(),
                    .clone = fails(timedOut),
                    .remove = fails(timedOut),
                    .voices = failsQuietly()});
        all.append({.name = QStringLiteral("stall mid-body, within the timeout"),
                    .fault = fault(Kind::StallMidBody, 0, 400),
                    .applied = true,
                    .list = succeeds(),
                    .save = succeeds(),
                    .reread = succeeds(),
                    .create = succeeds(),
                    .clone = succeeds(),
                    .remove = succeeds(),
                    .voices = succeeds()});
        all.append({.name = QStringLiteral("stall mid-body, past the timeout"),
                    .fault = fault(Kind::StallMidBody, 0, 900),
                    .applied = true,
                    .transfer = shortTransfer,
                    .list = fails(timedOut),
                    .save = foundDone(),
                    .reread = fails(timedOut),
                    .create = foundDone(),
                    .clone = fails(timedOut),
                    .remove = foundDone(),
                    .voices = failsQuietly()});
        all.append({.name = QStringLiteral("slow body, within the deadline"),
                    .fault = withSize(fault(Kind::SlowBody, 0, 25), 2048),
                    .applied = true,
                    .list = succeeds(),
                    .save = succeeds(),
                    .reread = succeeds(),
                    .create = succeeds(),
                    .clone = succeeds(),
                    .remove = succeeds(),
                    .voices = succeeds()});
        all.append({.name = QStringLiteral("slow body, past the deadline"),
                    .fault = withSize(fault(Kind::SlowBody, 0, 250), 64),
                    .applied = true,
                    .list = fails(deadline),
                    .save = fails(deadline),
                    .reread = fails(deadline),
                    .create = foundDone(),
                    .clone = fails(deadline),
                    .remove = succeeds(), // its answer is too short to trickle past the deadline
                    .voices = failsQuietly()});
        all.append({.name = QStringLiteral("slow answer (delay)"),
                    .fault = fault(Kind::Delay, 0, 300),
                    .applied = true,
                    .list = succeeds(),
                    .save = succeeds(),
                    .reread = succeeds(),
                    .create = succeeds(),
                    .clone = succeeds(),
                    .remove = succeeds(),
                    .voices = succeeds()});
        all.append({.name = QStringLiteral("drop before the answer"),
                    .fault = fault(Kind::Drop),
                    .list = fails(cutShort),
                    .save = fails(cutShort),
                    .reread = fails(cutShort),
                    .create = fails(cutShort),
                    .clone = fails(cutShort),
                    .remove = fails(cutShort),
                    .voices = failsQuietly()});
        all.append({.name = QStringLiteral("reset during the answer"),
                    .fault = fault(Kind::Reset),
                    .applied = true,
                    .list = fails(cutShort),
                    .save = foundDone(),
                    .reread = fails(cutShort),
                    .create = foundDone(),
                    .clone = fails(cutShort),
                    .remove = foundDone(),
                    .voices = failsQuietly()});
        all.append({.name = QStringLiteral("truncated JSON"),
                    .fault = fault(Kind::Truncate),
                    .applied = true,
                    .list = fails(cutShort),
                    .save = foundDone(),
                    .reread = fails(cutShort),
                    .create = foundDone(),
                    .clone = fails(cutShort),
                    .remove = foundDone(),
                    .voices = failsQuietly()});
        all.append({.name = QStringLiteral("malformed JSON"),
                    .fault = fault(Kind::MalformedJson),
                    .applied = true,
                    .list = fails(unreadable),
                    .save = fails(unreadable),
                    .reread = fails(unreadable),
                    .create = foundDone(),
                    .clone = fails(unreadable),
                    .remove = fails(unreadable),
                    .voices = failsQuietly()});
        all.append({.name = QStringLiteral("HTML 502 page"),
                    .fault = fault(Kind::HtmlError, 502),
                    .list = fails(http502),
                    .save = fails(http502),
                    .reread = fails(http502),
                    .create = fails(http502),
                    .clone = fails(http502),
                    .remove = fails(http502),
                    .voices = failsQuietly()});
        all.append({.name = QStringLiteral("wrong content type"),
                    .fault = fault(Kind::WrongContentType),
                    .applied = true,
                    .list = fails(wrongType),
                    .save = fails(wrongType),
                    .reread = fails(wrongType),
                    .create = foundDone(),
                    .clone = fails(wrongType),
                    .remove = fails(wrongType),
                    .voices = failsQuietly()});
        all.append({.name = QStringLiteral("429, Retry-After in seconds"),
                    .fault = withRetryAfter(fault(Kind::RateLimit), QStringLiteral("1")),
                    .list = fails(rateLimited),
                    .save = fails(rateLimited),
                    .reread = fails(rateLimited),
                    .create = fails(rateLimited + QStringList{QStringLiteral("1 second")}),
                    .clone = fails(rateLimited),
                    .remove = fails(rateLimited),
                    .voices = failsQuietly()});
        all.append({.name = QStringLiteral("429, Retry-After as an HTTP date"),
                    .fault = fault(Kind::RateLimit),
                    .httpDate = true,
                    .list = fails(rateLimited),
                    .save = fails(rateLimited),
                    .reread = fails(rateLimited),
                    .create = fails(rateLimited + QStringList{QStringLiteral("[12] seconds?")}),
                    .clone = fails(rateLimited),
                    .remove = fails(rateLimited),
                    .voices = failsQuietly()});
        all.append({.name = QStringLiteral("500"),
                    .fault = fault(Kind::Status, 500),
                    .list = fails(http500),
                    .save = fails(http500),
                    .reread = fails(http500),
                    .create = fails(http500),
                    .clone = fails(http500),
                    .remove = fails(http500),
                    .voices = failsQuietly()});
        all.append({.name = QStringLiteral("503 with Retry-After"),
                    .fault = withRetryAfter(fault(Kind::Status, 503), QStringLiteral("1")),
                    .list = fails(http503),
                    .save = fails(http503),
                    .reread = fails(http503),
                    .create = fails(http503),
                    .clone = fails(http503),
                    .remove = fails(http503),
                    .voices = failsQuietly()});
        all.append({.name = QStringLiteral("401"),
                    .fault = fault(Kind::Status, 401),
                    .list = fails(key),
                    .save = fails(key),
                    .reread = fails(key),
                    .create = fails(key),
                    .clone = fails(key),
                    .remove = fails(key),
                    .voices = failsQuietly()});
        // A colleague deleted the assistant: the save's read, the clone and the delete meet a real 404.
        all.append({.name = QStringLiteral("404, deleted elsewhere"),
                    .setup = Setup::DeletedElsewhere,
                    .fault = fault(Kind::Status, 404),
                    .list = fails(address),
                    .save = fails(deleted),
                    .reread = fails(deleted),
                    .create = fails(address),
                    .clone = fails(deleted),
                    .remove = succeeds(), // what the user asked for holds: it is gone
                    .voices = failsQuietly()});
        all.append({.name = QStringLiteral("409"),
                    .fault = fault(Kind::Status, 409),
                    .list = fails(serverWords),
                    .save = fails(conflict),
                    .reread = fails(conflict),
                    .create = fails(serverWords),
                    .clone = fails(conflict),
                    .remove = fails(conflict),
                    .voices = failsQuietly()});
        all.append({.name = QStringLiteral("412"),
                    .fault = fault(Kind::Status, 412),
                    .list = fails(serverWords),
                    .save = fails(conflict),
                    .reread = fails(conflict),
                    .create = fails(serverWords),
                    .clone = fails(conflict),
                    .remove = fails(conflict),
                    .voices = failsQuietly()});
        // One 412 is what a colleague's save between our read and our write looks like: read, merge, save again.
        all.append({.name = QStringLiteral("412 once"),
                    .fault = once(fault(Kind::Status, 412)),
                    .list = fails(serverWords),
                    .save = succeeds(),
                    .reread = fails(conflict),
                    .create = fails(serverWords),
                    .clone = fails(conflict),
                    .remove = fails(conflict),
                    .voices = failsQuietly()});
        const QByteArray fieldErrors
            = R"({"message":"Validation failed","errors":[{"field":"name","message":"is taken"}]})";
        all.append({.name = QStringLiteral("422 with field errors"),
                    .fault = withBody(fault(Kind::Status, 422), fieldErrors),
                    .list = fails(rejected),
                    .save = fails(rejected),
                    .reread = fails(rejected),
                    .create = fails({QStringLiteral("rejected"), QStringLiteral("name"), QStringLiteral("is taken")}),
                    .clone = fails(rejected),
                    .remove = fails(rejected),
                    .voices = failsQuietly()});
        all.append({.name = QStringLiteral("redirect to another origin"),
                    .fault = fault(Kind::Redirect, 307),
                    .otherOrigin = true,
                    .list = fails(otherServer),
                    .save = fails(otherServer),
                    .reread = fails(otherServer),
                    .create = fails(otherServer),
                    .clone = fails(otherServer),
                    .remove = fails(otherServer),
                    .voices = failsQuietly()});
        all.append({.name = QStringLiteral("oversized body"),
                    .fault = withSize(fault(Kind::Oversized), 4 * smallMaxResponse),
                    .maxResponse = smallMaxResponse,
                    .list = fails(tooLarge),
                    .save = fails(tooLarge),
                    .reread = fails(tooLarge),
                    .create = fails(tooLarge),
                    .clone = fails(tooLarge),
                    .remove = fails(tooLarge),
                    .voices = failsQuietly()});
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
