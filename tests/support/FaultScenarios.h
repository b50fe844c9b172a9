// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RevoxClient.h"
#include "sandbox/SandboxFault.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

// Every way a request can go wrong on the wire that the sandbox can play (issue 6), and what each thing a
// user does must end in under it: loading the list, saving (the fault on the PATCH, or on the read before
// it), creating, cloning, deleting, and the voice catalogue that follows the list. Every scenario names one
// outcome for every operation, and the suites assert exactly that one: TestFaultSuite and TestFaultActions
// play them against the window, TestSaveJob and TestCreateJob against the jobs alone.
namespace FaultScenarios {

using namespace std::chrono_literals;

// Short enough for the whole suite to run in a few minutes, long enough for a loaded machine.
constexpr std::chrono::milliseconds transfer = 1000ms;
constexpr std::chrono::milliseconds shortTransfer = 500ms; // below the 900 ms stalls
constexpr std::chrono::milliseconds deadline = 3000ms;
constexpr int waitMs = 15000;
constexpr qint64 smallMaxResponse = 1024 * 1024;

enum class Operation {
    List, // GET /assistants (F5)
    Save, // the PATCH of a save
    Reread, // the GET of the assistant a save reads before it sends anything
    Create, // POST /assistants (the New dialog)
    Clone, // POST /assistants/{id}/clone
    Delete, // the DELETE of a delete (after its read of the assistant)
    Voices, // GET /voices, after the first list of a connection
};

enum class Setup {
    Fault, // the sandbox plays `fault` on the operation's request
    ServerDown, // the sandbox stops, so its port refuses connections; it comes back on the same port
    // Save, Reread, Clone, Delete: a colleague deletes the assistant first; the other operations play `fault`.
    DeletedElsewhere,
};

// How an operation ends under a scenario.
enum class Outcome {
    Succeeds, // as if nothing had gone wrong
    // The answer was spoiled after the server had done it, and the app found that out instead of failing: a
    // save's repeat met 412 and the read showed the edit stored ("nothing left to save"); a create found its
    // assistant in the list; a delete's repeat found it gone.
    FoundDone,
    Fails, // it fails and says so (Expectation::words); what the user typed stays
    FailsQuietly, // the voice catalogue: a nicety, its failure is not reported; the next load asks again
};

struct Expectation
{
    Outcome outcome = Outcome::Fails;
    QStringList words; // Fails: regular expressions the message must all match, case-insensitive

    bool fails() const { return outcome == Outcome::Fails || outcome == Outcome::FailsQuietly; }
};

QString outcomeName(Outcome outcome); // "succeeds", "found done", …

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
    Expectation reread;
    Expectation create;
    Expectation clone;
    Expectation remove;
    Expectation voices;

    const Expectation &expectation(Operation operation) const;
};

// Every scenario, for every operation. Words are what a user needs to read: what happened, what to do.
const QList<Scenario> &all();

// The first of `words` that `text` lacks, or an empty string.
QString missingWord(const QString &text, const QStringList &words);
QString httpDate(const QDateTime &utc);

} // namespace FaultScenarios
