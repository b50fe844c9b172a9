// SPDX-License-Identifier: GPL-3.0-or-later
// list: from the bytes of GET /api/assistants to a table ready to show (decode, model, sorted proxy),
// against a bare QJsonDocument::fromJson of the same bytes.
#include "BenchReport.h"
#include "BenchSupport.h"
#include "BenchWindow.h"
#include "Benchmarks.h"

#include "core/AssistantJson.h"
#include "core/AssistantProxyModel.h"
#include "core/AssistantTableModel.h"
#include "ui/MainWindow.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSortFilterProxyModel>

namespace {

constexpr double kRatioBudget = 1.5;

QString sized(int count)
{
    return QStringLiteral("N=%1").arg(QLocale::c().toString(count));
}

} // namespace

void Benchmarks::list(const BenchOptions &options, BenchReport &report)
{
    // The window's own model and proxy: sorted by name, filter and sort roles as the app sets them.
    // Not shown, so no painting is counted.
    BenchWindow bench(std::nullopt);
    AssistantTableModel *model = bench.window()->model();
    QSortFilterProxyModel *proxy = bench.window()->proxy();
    const QList<int> sizes = options.listSizes();
    for (const int count : sizes) {
        QString error;
        const QByteArray bytes = Bench::sandboxListBytes(count, &error);
        if (bytes.isEmpty()) {
            report.fail(QStringLiteral("list"), error);
            return;
        }

        QJsonDocument parsed;
        const double bare = Bench::medianMs(
            options.runs, [&] { parsed = QJsonDocument::fromJson(bytes); }, [&] { parsed = {}; });
        parsed = {};

        int rows = -1;
        const double full = Bench::medianMs(
            options.runs,
            [&] {
                std::optional<QList<AssistantSummary>> list = AssistantJson::decodeAssistantList(bytes, &error);
                model->setSummaries(list ? std::move(*list) : QList<AssistantSummary>());
                rows = proxy->rowCount();
            },
            [&] { model->clear(); });
        if (rows != count) {
            report.fail(QStringLiteral("list"),
                        QStringLiteral("%1: the proxy shows %2 rows instead of %3: %4")
                            .arg(sized(count))
                            .arg(rows)
                            .arg(count)
                            .arg(error));
            return;
        }
        const QString note = Bench::mib(bytes.size()) + QStringLiteral(" of JSON");
        report.add(QStringLiteral("list"), sized(count) + QStringLiteral(": bytes → table ready"), full,
                   QStringLiteral("ms"), std::nullopt, note);
        report.add(QStringLiteral("list"), sized(count) + QStringLiteral(": QJsonDocument::fromJson alone"), bare,
                   QStringLiteral("ms"));
        report.add(QStringLiteral("list"), sized(count) + QStringLiteral(": ratio to fromJson"), full / bare,
                   QStringLiteral("×"), kRatioBudget);
        Bench::say(QStringLiteral("list %1 (%2): table ready in %3 ms, fromJson %4 ms, ratio %5")
                       .arg(sized(count), note)
                       .arg(full, 0, 'f', 2)
                       .arg(bare, 0, 'f', 2)
                       .arg(full / bare, 0, 'f', 2));

        if (count != sizes.last())
            continue;
        // Where the time goes, for the largest list only.
        std::optional<QList<AssistantSummary>> decoded;
        const double decode = Bench::medianMs(
            options.runs, [&] { decoded = AssistantJson::decodeAssistantList(bytes); }, [&] { decoded.reset(); });
        const double show = Bench::medianMs(
            options.runs,
            [&] {
                model->setSummaries(*decoded); // shares the decoded list, as MainWindow does
                rows = proxy->rowCount();
            },
            [&] { model->clear(); });
        report.add(QStringLiteral("list"), sized(count) + QStringLiteral(": of which decodeAssistantList"), decode,
                   QStringLiteral("ms"));
        report.add(QStringLiteral("list"), sized(count) + QStringLiteral(": of which model + sorted proxy"), show,
                   QStringLiteral("ms"));
        model->clear();
    }
}
