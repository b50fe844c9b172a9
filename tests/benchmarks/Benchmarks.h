// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class BenchReport;

// What a run measures and how often. scripts/bench.sh uses the defaults; BenchmarkSmoke uses --smoke.
struct BenchOptions
{
    int assistants = 10000; // the large list
    int runs = 7; // repetitions behind each median
    int patches = 1000; // for the throughput comparison
    int loadSeconds = 5; // per wrk run
    bool smoke = false;

    // 100, 1,000 and 10,000 (those not above `assistants`), and `assistants` itself.
    QList<int> listSizes() const;
};

// Each fills `report` with its figures (or a failure) and says what it does on stdout as it goes.
namespace Benchmarks {

QStringList names(); // in the order a full run takes them
bool run(const QString &name, const BenchOptions &options, BenchReport &report);

void list(const BenchOptions &options, BenchReport &report);
void filter(const BenchOptions &options, BenchReport &report);
void memory(const BenchOptions &options, BenchReport &report);
void startup(const BenchOptions &options, BenchReport &report);
void save(const BenchOptions &options, BenchReport &report);
void throughput(const BenchOptions &options, BenchReport &report);
void sandbox(const BenchOptions &options, BenchReport &report);
void journal(const BenchOptions &options, BenchReport &report);
void bulk(const BenchOptions &options, BenchReport &report); // issue 14: find, preview, apply, stalls
void cli(const BenchOptions &options, BenchReport &report);

} // namespace Benchmarks
