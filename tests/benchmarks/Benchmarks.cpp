// SPDX-License-Identifier: GPL-3.0-or-later
#include "Benchmarks.h"

#include "BenchReport.h"

QList<int> BenchOptions::listSizes() const
{
    QList<int> sizes;
    for (const int size : {100, 1000, 10000}) {
        if (size < assistants)
            sizes.append(size);
    }
    sizes.append(assistants);
    return sizes;
}

namespace Benchmarks {

QStringList names()
{
    return {QStringLiteral("list"), QStringLiteral("filter"),     QStringLiteral("memory"),  QStringLiteral("startup"),
            QStringLiteral("save"), QStringLiteral("throughput"), QStringLiteral("sandbox"), QStringLiteral("journal"),
            QStringLiteral("bulk"), QStringLiteral("cli")};
}

bool run(const QString &name, const BenchOptions &options, BenchReport &report)
{
    using Benchmark = void (*)(const BenchOptions &, BenchReport &);
    const QList<std::pair<QString, Benchmark>> all = {
        {QStringLiteral("list"), &list},       {QStringLiteral("filter"), &filter},
        {QStringLiteral("memory"), &memory},   {QStringLiteral("startup"), &startup},
        {QStringLiteral("save"), &save},       {QStringLiteral("throughput"), &throughput},
        {QStringLiteral("sandbox"), &sandbox}, {QStringLiteral("journal"), &journal},
        {QStringLiteral("bulk"), &bulk},       {QStringLiteral("cli"), &cli},
    };
    for (const auto &[known, benchmark] : all) {
        if (known == name) {
            benchmark(options, report);
            return true;
        }
    }
    return false;
}

} // namespace Benchmarks
