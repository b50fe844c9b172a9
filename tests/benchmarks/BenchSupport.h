// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assistant.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class RevoxClient;
class SandboxProcess;

class RevoxCall;

// Small helpers every benchmark uses: statistics, memory readings, blocking HTTP for setup.
namespace Bench {

double median(QList<double> values);
double maximum(const QList<double> &values);

// Runs `body` `runs` times and returns the median wall time in milliseconds. `prepare`, untimed, runs
// before each.
double medianMs(int runs, const std::function<void()> &body, const std::function<void()> &prepare = {});

qint64 residentBytes(); // VmRSS of this process
qint64 peakResidentBytes(); // VmHWM
void trimHeap(); // hands freed heap pages back, so VmRSS shows what is still held

// Processor time used so far, user and system, in milliseconds: by the calling thread; by the whole process.
double threadCpuMs();
double processCpuMs();

// Runs the event loop, blocking between events, until `done` holds or `timeoutMs` passes; false on timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

// A blocking GET through a real QNetworkAccessManager, with "Authorization: Bearer <key>".
// An empty result with *error set when it did not answer 200.
QByteArray get(const QUrl &url, const QString &key, QString *error);

// The body of GET /api/assistants from an in-process sandbox (in-memory) seeded with `count`
// generated assistants. Empty with *error set on failure.
QByteArray sandboxListBytes(int count, QString *error);

// Waits for a RevoxCall (which deletes itself right after finished()) and keeps what it answered.
struct CallOutcome
{
    bool ok = false;
    QString error;
    QList<Assistant> assistants; // List
    Assistant assistant; // Get, Update, …
};
CallOutcome finish(RevoxCall *call, int timeoutMs = 120000);

// Starts `sandbox` (its own process) with `seed` generated assistants, points `client` at it and lists
// them; nullopt (and why, in *error) when any step failed.
std::optional<QList<Assistant>> startAndList(SandboxProcess &sandbox, int seed, RevoxClient &client, QString *error);

// A line of progress for people, flushed at once (the parent process streams it).
void say(const QString &line);

QString mib(qint64 bytes); // "12.3 MiB"

} // namespace Bench
