// SPDX-License-Identifier: GPL-3.0-or-later
// memory: resident memory the loaded list adds, against the size of its JSON. Runs in a process of its
// own (main.cpp runs each benchmark so), after the heap was trimmed, so the reading is the list's.
#include "BenchReport.h"
#include "BenchSupport.h"
#include "BenchWindow.h"
#include "Benchmarks.h"

#include "core/AssistantJson.h"
#include "core/AssistantProxyModel.h"
#include "core/AssistantTableModel.h"
#include "ui/MainWindow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSortFilterProxyModel>

namespace {

constexpr double kMultipleBudget = 3;

} // namespace

void Benchmarks::memory(const BenchOptions &options, BenchReport &report)
{
    QString error;
    QByteArray bytes = Bench::sandboxListBytes(options.assistants, &error);
    if (bytes.isEmpty()) {
        report.fail(QStringLiteral("memory"), error);
        return;
    }
    BenchWindow bench(std::nullopt);
    AssistantTableModel *model = bench.window()->model();
    AssistantProxyModel *proxy = bench.window()->proxy();
    Bench::trimHeap();
    // The body stays held through both readings: only what the model keeps is counted.
    const qint64 before = Bench::residentBytes();
    {
        std::optional<QList<AssistantSummary>> list = AssistantJson::decodeAssistantList(bytes, &error);
        if (!list) {
            report.fail(QStringLiteral("memory"), error);
            return;
        }
        model->setSummaries(std::move(*list));
    }
    if (proxy->rowCount() != options.assistants) {
        report.fail(QStringLiteral("memory"), QStringLiteral("the proxy shows %1 rows").arg(proxy->rowCount()));
        return;
    }
    // What a user then does first: look through the table, sort by another column, search.
    for (int row = 0; row < proxy->rowCount(); row += 37) {
        for (int column = 0; column < proxy->columnCount(); ++column)
            proxy->index(row, column).data();
    }
    proxy->sort(int(AssistantTableModel::Column::Updated));
    proxy->setSearchText(QStringLiteral("dental"));
    proxy->setSearchText(QString());
    const qint64 untrimmed = Bench::residentBytes();
    Bench::trimHeap();
    const qint64 after = Bench::residentBytes();

    const double multiple = double(after - before) / double(bytes.size());
    const QString rows = QStringLiteral("N=%1").arg(QLocale::c().toString(options.assistants));
    Bench::say(QStringLiteral("memory %1: JSON %2, RSS before %3, after %4 (%5 before trimming the heap): "
                              "added %6 = %7× the JSON")
                   .arg(rows, Bench::mib(bytes.size()), Bench::mib(before), Bench::mib(after), Bench::mib(untrimmed),
                        Bench::mib(after - before))
                   .arg(multiple, 0, 'f', 2));
    report.add(QStringLiteral("memory"), rows + QStringLiteral(": RSS added by the loaded list / JSON size"), multiple,
               QStringLiteral("×"), kMultipleBudget,
               QStringLiteral("%1 added for %2 of JSON").arg(Bench::mib(after - before), Bench::mib(bytes.size())));
    report.add(QStringLiteral("memory"), rows + QStringLiteral(": same, heap not trimmed"),
               double(untrimmed - before) / double(bytes.size()), QStringLiteral("×"));

    // The floor under that figure: what Qt's own JSON tree of the same bytes holds, with nothing else.
    model->clear();
    Bench::trimHeap();
    const qint64 bareBefore = Bench::residentBytes();
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    Bench::trimHeap();
    const double bare = double(Bench::residentBytes() - bareBefore) / double(bytes.size());
    Bench::say(QStringLiteral("memory %1: a bare QJsonDocument of the same bytes adds %2× the JSON (%3 objects)")
                   .arg(rows)
                   .arg(bare, 0, 'f', 2)
                   .arg(document.object().value(u"assistants").toArray().size()));
    report.add(QStringLiteral("memory"), rows + QStringLiteral(": bare QJsonDocument::fromJson, RSS / JSON size"), bare,
               QStringLiteral("×"), std::nullopt, QStringLiteral("what any QJsonObject-based list holds"));
}
