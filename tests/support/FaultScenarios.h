// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RevoxClient.h"
#include "sandbox/SandboxFault.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

// Every way a request can go wrong on the wire that the sandbox can play (issue 6), and what each of the
// three things a user sends — loading the list, saving, creating — must meet under it. The fault suite
// plays them against the window, TestSaveJob and TestCreateJob against the jobs alone.
namespace FaultScenarios {

using namespace std::chrono_literals;

// Short enough for the whole suite to run in a few minutes, long enough for a loaded machine.
constexpr std::chrono::milliseconds transfer = 1000ms;
constexpr std::chrono::milliseconds shortTransfer = 500ms; // below the 900 ms stalls
constexpr std::chrono::milliseconds deadline = 3000ms;
constexpr int waitMs = 15000;
constexpr qint64 smallMaxResponse = 1024 * 1024;

enum class Operation { List, Save, Create };

enum class Setup {
    Fault, // the sandbox plays `fault` on the operation's request
    ServerDown, // the sandbox stops, so its port refuses connections; it comes back on the same port
    DeletedElsewhere, // save: a colleague deletes the assistant first; the other operations play `fault`
};

// What one operation meets under a scenario.
struct Expectation
{
    bool fails = true;
    QStringList words; // regular expressions the message must all match, case-insensitive
};

struct Scenario
{
    QString name;
    Setup setup = Setup::Fault;
    SandboxFault fault;
    bool applied = false; // the sandbox applies the request before it spoils the answer
    std::chrono::milliseconds transfer = FaultScenarios::transfer;
    qint64 maxResponse = RevoxClient::defaultMaxResponseSize;
    bool httpDate = false; // Retry-After as an HTTP date two seconds ahead, made when the fault is armed
    bool otherOrigin = false; // Redirect to a second sandbox, which must receive nothing
    Expectation list;
    Expectation save;
    Expectation create;

    const Expectation &expectation(Operation operation) const
    {
        return operation == Operation::List ? list : operation == Operation::Save ? save : create;
    }
};

// Every scenario, for every operation. Words are what a user needs to read: what happened, what to do.
const QList<Scenario> &all();

// The first of `words` that `text` lacks, or an empty string.
QString missingWord(const QString &text, const QStringList &words);
QString httpDate(const QDateTime &utc);

} // namespace FaultScenarios
